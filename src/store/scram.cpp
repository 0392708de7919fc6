#include "scram.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <algorithm>

namespace cairn::store::detail {

namespace {

QByteArray hmac(const QByteArray& key, const QByteArray& message) {
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

/// Hi() of RFC 5802: PBKDF2 with HMAC-SHA-256, one block.
QByteArray salted(const QByteArray& password, const QByteArray& salt, int iterations) {
    QByteArray u = hmac(password, salt + QByteArray("\x00\x00\x00\x01", 4));
    QByteArray out = u;
    for (int i = 1; i < iterations; ++i) {
        u = hmac(password, u);
        for (qsizetype b = 0; b < out.size(); ++b)
            out[b] = static_cast<char>(out[b] ^ u[b]);
    }
    return out;
}

bool printableAscii(const QString& text) {
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; });
}

} // namespace

QString scramVerifier(const QString& password, const QByteArray& salt, int iterations) {
    if (password.isEmpty() || !printableAscii(password))
        return {};
    const QByteArray key = salted(password.toLatin1(), salt, iterations);
    const QByteArray storedKey =
        QCryptographicHash::hash(hmac(key, QByteArrayLiteral("Client Key")), QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(key, QByteArrayLiteral("Server Key"));
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QLatin1String(salt.toBase64()), QLatin1String(storedKey.toBase64()), QLatin1String(serverKey.toBase64()));
}

QString scramVerifier(const QString& password) {
    QByteArray salt(16, Qt::Uninitialized);
    for (char& c : salt)
        c = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return scramVerifier(password, salt);
}

} // namespace cairn::store::detail
