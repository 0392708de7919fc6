#include "cairn/io/ctdl_ids.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QUrl>

namespace cairn::io::ctdl {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kUuid = u"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"_s;

QString hashed(const QString& text) {
    const QByteArray digest = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QString::fromLatin1(digest.left(8));
}

} // namespace

QString derivedId(const QString& prefix, const QString& readable, const QString& key) {
    const QString part = slug(readable);
    return prefix + (part.isEmpty() ? QString() : part + u'-') + hashed(key);
}

QString slug(const QString& text) {
    QString out;
    for (QChar c : text.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
        if (out.size() >= 40)
            break;
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

QString catalogId(const QString& reference) {
    const QString ref = reference.trimmed();
    if (ref.isEmpty())
        return {};
    static const QRegularExpression cairn(u"^urn:cairn:(?:credential|skill):([A-Za-z0-9._-]{1,200})$"_s);
    if (const auto m = cairn.match(ref); m.hasMatch())
        return m.captured(1);
    static const QRegularExpression ctid(u"(?:^|[/:])(?:ce-|urn:ctid:)("_s + kUuid + u")/?$"_s);
    if (const auto m = ctid.match(ref); m.hasMatch())
        return u"ce-"_s + m.captured(1).toLower();
    static const QRegularExpression registryUuid(u"^https?://[^/]*credentialengineregistry\\.org/.*/("_s + kUuid +
                                                 u")/?$"_s);
    if (const auto m = registryUuid.match(ref); m.hasMatch())
        return u"ce-"_s + m.captured(1).toLower();
    static const QRegularExpression blank(u"^_:([A-Za-z0-9._-]{1,80})$"_s);
    if (const auto m = blank.match(ref); m.hasMatch())
        return u"bnode-"_s + m.captured(1);
    const QUrl url(ref);
    return derivedId(u"ctdl-"_s, url.isValid() && !url.host().isEmpty() ? url.host() + url.path() : ref, ref);
}

} // namespace cairn::io::ctdl
