// PostgreSQL's failures as the store's errors (sql_support.h).
#include "sql_support.h"

#include <QRegularExpression>
#include <map>
#include <mutex>

namespace cairn::store::detail {

namespace {

/// The first "quoted" name after `after` in the server's words, e.g. the user of "password
/// authentication failed for user "x"".
QString quotedAfter(const QString& words, const QString& after) {
    const QRegularExpression pattern(QRegularExpression::escape(after) + QStringLiteral("\\s*\"([^\"]*)\""));
    const auto match = pattern.match(words);
    return match.hasMatch() ? match.captured(1) : QString();
}

/// The server's or libpq's words on one line, without the "FATAL:" and "connection to server
/// at …" prefixes that repeat what the message already says.
QString plainWords(const QString& words) {
    QStringList lines;
    for (QString line : words.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        line = line.trimmed();
        line.remove(QRegularExpression(QStringLiteral("^(FATAL|ERROR):\\s*")));
        if (!line.isEmpty())
            lines << line;
    }
    return lines.join(QStringLiteral("; "));
}

bool mentions(const QString& words, const char* phrase) {
    return words.contains(QLatin1String(phrase), Qt::CaseInsensitive);
}

Error server(Message::Code code, std::vector<MessageArg> args) {
    return Error::of(Error::Kind::Server, says(code, std::move(args)));
}

/// A failure to connect carries no SQLSTATE when libpq itself gave up (no route, refused, TLS),
/// so it is told by libpq's and the server's words, which Cairn's test cluster and a server
/// with English messages use; a server answering in another language gets its own words shown.
std::optional<Error> connectionRefusal(const QString& state, const QString& words, const QString& address) {
    if (state == QLatin1String("28P01") || state == QLatin1String("28000") ||
        mentions(words, "password authentication failed") || mentions(words, "no password supplied") ||
        mentions(words, "fe_sendauth"))
        return server(Message::Code::ServerAuthFailed,
                      {textArg(address), textArg(quotedAfter(words, QStringLiteral("user")))});
    if (state == QLatin1String("3D000") || (mentions(words, "database \"") && mentions(words, "does not exist")))
        return server(Message::Code::ServerDatabaseMissing,
                      {textArg(address), textArg(quotedAfter(words, QStringLiteral("database")))});
    if (mentions(words, "SSL") || mentions(words, "TLS") || mentions(words, "certificate"))
        return server(Message::Code::ServerTlsRefused, {textArg(address), textArg(plainWords(words))});
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")) ||
        mentions(words, "could not connect") || mentions(words, "connection to server") ||
        mentions(words, "could not translate host name") || mentions(words, "timeout expired") ||
        mentions(words, "server closed the connection") || mentions(words, "no connection to the server"))
        return server(Message::Code::ServerUnreachable, {textArg(address), textArg(plainWords(words))});
    return std::nullopt;
}

std::mutex rolesGuard;
std::map<const QSqlDriver*, Message>& roles() {
    static std::map<const QSqlDriver*, Message> known;
    return known;
}

/// What a store operation was doing when the server refused it: changing a catalog, reassigning
/// a client, or working on a client by name.
bool changesCatalog(Message::Code doing) {
    switch (doing) {
    case Message::Code::DoingAddCatalog:
    case Message::Code::DoingChangeCatalog:
    case Message::Code::DoingRenameCatalog:
    case Message::Code::DoingDeleteCatalog:
    case Message::Code::DoingPrepareCatalogTables:
    case Message::Code::DoingSaveSkill:
    case Message::Code::DoingDeleteSkill:
    case Message::Code::DoingSaveCredential:
    case Message::Code::DoingReplaceCredential:
    case Message::Code::DoingDeleteCredential:
    case Message::Code::DoingSaveKeeping:
    case Message::Code::DoingSaveProgram:
    case Message::Code::DoingSaveGoal:
    case Message::Code::DoingSaveOffer:
        return true;
    default:
        return false;
    }
}

bool namesClient(Message::Code doing) {
    return doing == Message::Code::DoingSaveClient || doing == Message::Code::DoingAddNote ||
           doing == Message::Code::DoingShareClient;
}

/// SQLSTATE 42501: the role lacks the privilege, or a row-level security policy refused the row.
Error denied(const Message& doing, const QString& address, const Message& role) {
    const MessageArg roleArg = arg::clauses({role});
    if (changesCatalog(doing.code))
        return Error::of(Error::Kind::Denied, says(Message::Code::CatalogsNotYours, {roleArg}));
    if (doing.code == Message::Code::DoingReassignClient)
        return Error::of(Error::Kind::Denied, says(Message::Code::ReassignManagersOnly, {roleArg}));
    if (namesClient(doing.code) && !doing.args.empty())
        return Error::of(Error::Kind::Denied, says(Message::Code::ClientNotYours, {doing.args.front()}));
    return Error::of(Error::Kind::Denied,
                     says(Message::Code::PermissionDenied, {arg::clauses({doing}), textArg(address), roleArg}));
}

} // namespace

void rememberRole(const QSqlDriver* driver, const Message& role) {
    const std::lock_guard lock(rolesGuard);
    roles()[driver] = role;
}

void forgetRole(const QSqlDriver* driver) {
    const std::lock_guard lock(rolesGuard);
    roles().erase(driver);
}

Message roleOf(const QSqlDriver* driver) {
    const std::lock_guard lock(rolesGuard);
    const auto found = roles().find(driver);
    return found == roles().end() ? says(Message::Code::RoleNone) : found->second;
}

Error serverError(const QSqlError& error, const Message& doing, const QString& address, const Message& role) {
    if (error.nativeErrorCode() == QLatin1String("42501"))
        return denied(doing, address, role);
    return serverError(error, doing, address);
}

Error serverError(const QSqlError& error, const Message& doing, const QString& address) {
    const QString state = error.nativeErrorCode();
    const QString words = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const MessageArg action = arg::clauses({doing});
    if (auto refused = connectionRefusal(state, words, address))
        return *refused;
    if (error.type() == QSqlError::ConnectionError)
        return server(Message::Code::ServerUnreachable, {textArg(address), textArg(plainWords(words))});
    // Serialization failure, deadlock, lock wait timed out, statement cancelled.
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03") ||
        state == QLatin1String("57014"))
        return Error::of(Error::Kind::Busy, says(Message::Code::WorkspaceBusy, {textArg(address), action}));
    if (state == QLatin1String("53100"))
        return Error::of(Error::Kind::DiskFull, says(Message::Code::DiskFull, {action, textArg(address)}));
    if (state == QLatin1String("25006"))
        return Error::of(Error::Kind::ReadOnly, says(Message::Code::WorkspaceReadOnly, {textArg(address), action}));
    // The server's own words, in the language it is set up to speak.
    return Error::of(Error::Kind::Io,
                     says(Message::Code::WorkspaceFailed, {action, textArg(address), textArg(plainWords(words))}));
}

} // namespace cairn::store::detail
