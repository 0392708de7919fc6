#include "cairn/store/server_address.h"

#include "sql_support.h"

#include <QRegularExpression>
#include <QUrl>
#include <algorithm>

namespace cairn::store {

using namespace detail;

namespace {

const QString kSchemes[] = {QStringLiteral("postgresql://"), QStringLiteral("postgres://")};

/// The libpq parameters an address may carry besides host, port, user and dbname. `password`
/// is not one of them: see ServerAddress.
const QStringList& knownParameters() {
    static const QStringList known = {QStringLiteral("sslmode"),         QStringLiteral("sslrootcert"),
                                      QStringLiteral("sslcert"),         QStringLiteral("sslkey"),
                                      QStringLiteral("sslcrl"),          QStringLiteral("sslpassword"),
                                      QStringLiteral("connect_timeout"), QStringLiteral("application_name"),
                                      QStringLiteral("passfile"),        QStringLiteral("target_session_attrs"),
                                      QStringLiteral("keepalives"),      QStringLiteral("keepalives_idle"),
                                      QStringLiteral("gssencmode"),      QStringLiteral("service")};
    return known;
}

QString decoded(const QString& part) {
    return QUrl::fromPercentEncoding(part.toUtf8());
}

bool isNumber(const QString& text, int low, int high) {
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok && !text.startsWith(QLatin1Char('+')) && n >= low && n <= high;
}

/// The address as written, its password (if any, in the user part or as a parameter) blanked,
/// for a message.
QString withoutPassword(const QString& text) {
    static const QRegularExpression userPassword(QStringLiteral("^([a-zA-Z]+://[^:/?@]*:)[^/?@]*@"));
    static const QRegularExpression parameter(QStringLiteral("([?&]password=)[^&]*"));
    QString out = text;
    out.replace(userPassword, QStringLiteral("\\1***@"));
    out.replace(parameter, QStringLiteral("\\1***"));
    return out;
}

Error invalid(const QString& text, const QString& part) {
    return Error::of(Error::Kind::Server,
                     says(Message::Code::ServerAddressInvalid, {textArg(withoutPassword(text)), textArg(part)}));
}

/// A value libpq's conninfo can take after QPSQL turned every ';' into a space.
bool fitsConnectOptions(const QString& value) {
    return !value.contains(QLatin1Char(';')) &&
           std::none_of(value.begin(), value.end(), [](QChar c) { return c.unicode() < 0x20; });
}

/// Checks one `key=value` of the query part and puts it where it belongs.
std::optional<Error> takeParameter(const QString& text, const QString& key, const QString& value,
                                   ServerAddress& address) {
    if (key == QLatin1String("password"))
        return Error::of(Error::Kind::Server,
                         says(Message::Code::ServerAddressPassword, {textArg(withoutPassword(text))}));
    if (!fitsConnectOptions(value))
        return invalid(text, key + QLatin1Char('=') + value);
    if (key == QLatin1String("host"))
        address.host = value;
    else if (key == QLatin1String("port")) {
        if (!isNumber(value, 1, 65535))
            return invalid(text, QStringLiteral("port=") + value);
        address.port = value.toInt();
    } else if (key == QLatin1String("user"))
        address.user = value;
    else if (key == QLatin1String("dbname"))
        address.database = value;
    else if (!knownParameters().contains(key))
        return Error::of(Error::Kind::Server,
                         says(Message::Code::ServerAddressParameter, {textArg(withoutPassword(text)), textArg(key)}));
    else if (key == QLatin1String("sslmode") &&
             !QStringList{QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                          QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")}
                  .contains(value))
        return invalid(text, QStringLiteral("sslmode=") + value);
    else if (key == QLatin1String("connect_timeout") && !isNumber(value, 0, 86400))
        return invalid(text, QStringLiteral("connect_timeout=") + value);
    else
        address.parameters.emplace_back(key, value);
    return std::nullopt;
}

/// `[host][:port]`, the host possibly an IPv6 address in brackets.
std::optional<Error> takeHostAndPort(const QString& text, const QString& hostPort, ServerAddress& address) {
    QString host = hostPort;
    QString port;
    if (hostPort.startsWith(QLatin1Char('['))) {
        const qsizetype close = hostPort.indexOf(QLatin1Char(']'));
        if (close < 0 || (close + 1 < hostPort.size() && hostPort.at(close + 1) != QLatin1Char(':')))
            return invalid(text, hostPort);
        host = hostPort.mid(1, close - 1);
        port = hostPort.mid(close + 2);
    } else if (const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        host = hostPort.left(colon);
        port = hostPort.mid(colon + 1);
    }
    // Several hosts (libpq's fail-over list) are not one workspace's address.
    if (host.contains(QLatin1Char(',')) || host.contains(QLatin1Char(' ')))
        return invalid(text, hostPort);
    address.host = decoded(host);
    if (!port.isEmpty() && !isNumber(port, 1, 65535))
        return invalid(text, QStringLiteral(":") + port);
    address.port = port.isEmpty() ? 0 : port.toInt();
    if (!fitsConnectOptions(address.host))
        return invalid(text, hostPort);
    return std::nullopt;
}

} // namespace

bool ServerAddress::isServerAddress(const QString& text) {
    return std::any_of(std::begin(kSchemes), std::end(kSchemes),
                       [&](const QString& scheme) { return text.startsWith(scheme, Qt::CaseInsensitive); });
}

Result<ServerAddress> ServerAddress::parse(const QString& text) {
    const QString* scheme = std::find_if(std::begin(kSchemes), std::end(kSchemes),
                                         [&](const QString& s) { return text.startsWith(s, Qt::CaseInsensitive); });
    if (scheme == std::end(kSchemes))
        return invalid(text, text.section(QLatin1Char(':'), 0, 0));
    QString rest = text.mid(scheme->size());
    QString query;
    if (const qsizetype mark = rest.indexOf(QLatin1Char('?')); mark >= 0) {
        query = rest.mid(mark + 1);
        rest.truncate(mark);
    }
    ServerAddress address;
    QString authority = rest;
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        authority = rest.left(slash);
        address.database = decoded(rest.mid(slash + 1));
        if (address.database.contains(QLatin1Char('/')) || !fitsConnectOptions(address.database))
            return invalid(text, rest.mid(slash + 1));
    }
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        if (userInfo.contains(QLatin1Char(':')))
            return Error::of(Error::Kind::Server,
                             says(Message::Code::ServerAddressPassword, {textArg(withoutPassword(text))}));
        address.user = decoded(userInfo);
        if (!fitsConnectOptions(address.user))
            return invalid(text, userInfo);
        authority = authority.mid(at + 1);
    }
    if (auto wrong = takeHostAndPort(text, authority, address))
        return *wrong;
    for (const QString& item : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return invalid(text, item);
        if (auto wrong = takeParameter(text, decoded(item.left(equals)), decoded(item.mid(equals + 1)), address))
            return *wrong;
    }
    return address;
}

QString ServerAddress::display() const {
    QString out = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        out += QString::fromUtf8(QUrl::toPercentEncoding(user)) + QLatin1Char('@');
    if (host.contains(QLatin1Char(':')))
        out += QLatin1Char('[') + host + QLatin1Char(']');
    else
        out += QString::fromUtf8(QUrl::toPercentEncoding(host));
    if (port > 0)
        out += QLatin1Char(':') + QString::number(port);
    if (!database.isEmpty())
        out += QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(database));
    return out;
}

QString ServerAddress::parameter(const QString& key) const {
    for (const auto& [k, v] : parameters)
        if (k == key)
            return v;
    return {};
}

QString ServerAddress::connectOptions() const {
    QStringList options;
    for (const auto& [key, value] : parameters) {
        // libpq's conninfo quoting: single quotes, with backslash before a quote or backslash.
        QString quoted = value;
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
        options << key + QStringLiteral("='") + quoted + QLatin1Char('\'');
    }
    return options.join(QLatin1Char(';'));
}

} // namespace cairn::store
