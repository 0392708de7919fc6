#pragma once

// Helpers shared by the workspace's implementation files (not part of the public API).

#include "cairn/store/result.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <initializer_list>
#include <optional>

namespace cairn::store::detail {

/// Turns an SQLite failure into an Error a person can act on: busy, disk full, read-only,
/// damaged (with the newest backup offered), or the driver's own words.
Error sqlError(const QSqlError& error, const Message& doing, const QString& databasePath);

/// Turns a PostgreSQL failure into an Error a person can act on: the server cannot be reached,
/// refused the password, the TLS connection or has no such database; busy, disk full,
/// read-only; or the server's own words. `address` is the server address without password.
Error serverError(const QSqlError& error, const Message& doing, const QString& address);
/// The same for a statement that `role` (a Role… clause) ran: a refusal by the server's
/// privileges or row-level security (SQLSTATE 42501) becomes a Denied error that names the role,
/// or the client when `doing` names one.
Error serverError(const QSqlError& error, const Message& doing, const QString& address, const Message& role);

/// The Cairn role (a Role… clause) of the user on the server connection `driver`, for the
/// sentences of refusals: a refused statement aborts the transaction, which then cannot ask.
void rememberRole(const QSqlDriver* driver, const Message& role);
void forgetRole(const QSqlDriver* driver);
/// The role remembered for `driver`; RoleNone when none was.
Message roleOf(const QSqlDriver* driver);

/// The Error of the last failure of `query` or `db`, in the words of its back end.
Error failure(const QSqlQuery& query, const Message& doing, const QString& where);
Error failure(const QSqlDatabase& db, const Message& doing, const QString& where);

/// "… is not a Cairn database or damaged", offering the newest backup when there is one, with
/// SQLite's `findings` or `unreadable`, the object that could not be read back, when known.
Error damagedError(const QString& databasePath, const QStringList& findings = {},
                   const std::optional<Message>& unreadable = std::nullopt);

/// The newest `<file>.bak-v<N>` next to the database, empty when there is none.
QString newestBackup(const QString& databasePath);

/// An empty text for a null QString: the driver would bind a null QString as SQL NULL, and
/// text columns are NOT NULL.
QVariant notNull(const QVariant& value);

/// A name for a new QSqlDatabase connection, unique in the process.
QString nextConnectionName();

/// Now, in ISO 8601 UTC with milliseconds.
QString now();

/// Prepares `sql` (bound values only, never user text in the SQL) and runs it with `values`.
/// On failure returns false and sets `error`.
bool run(QSqlQuery& query, const QString& sql, std::initializer_list<QVariant> values, Error& error,
         const Message& doing, const QString& path);

/// Why a versioned UPDATE (`… AND row_version = ?`) changed no row: the row is still there, so
/// someone else saved it since it was read (`changed`, kind Stale), or it is gone (`deleted`,
/// kind NotFound). `existsSql` selects the row by `keys`.
Error staleOrDeleted(QSqlQuery& query, const QString& existsSql, std::initializer_list<QVariant> keys, Message changed,
                     Message deleted, const Message& doing, const QString& path);

/// One write transaction (on SQLite BEGIN IMMEDIATE, so a busy file is found before anything
/// is done).
/// Rolled back on destruction unless committed.
class Transaction {
public:
    Transaction(QSqlDatabase db, QString path);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// False when the transaction could not begin; `error()` says why.
    [[nodiscard]] bool begun() const { return begun_; }
    bool commit();
    [[nodiscard]] const Error& error() const { return error_; }

private:
    QSqlDatabase db_;
    QString path_;
    Error error_;
    bool begun_ = false;
    bool done_ = false;
};

/// The facts of the store's messages: a path, a name or an id as written, a number.
inline MessageArg textArg(const QString& text) {
    return arg::text(text.toStdString());
}
inline MessageArg idArg(qint64 id) {
    return arg::count(id);
}
inline MessageArg textsArg(const QStringList& texts) {
    std::vector<std::string> out;
    for (const QString& t : texts)
        out.push_back(t.toStdString());
    return arg::texts(out);
}

/// A message of the store: `code` with its facts in the order its comment in
/// cairn/engine/message.h gives.
inline Message says(Message::Code code, std::vector<MessageArg> args = {}) {
    return Message{code, std::move(args)};
}

/// What the workspace was doing (a `Doing…` code), the clause its database errors name.
inline Message doing(Message::Code code, std::vector<MessageArg> args = {}) {
    return Message{code, std::move(args)};
}

inline Error notFound(Message what) {
    return Error::of(Error::Kind::NotFound, std::move(what));
}

} // namespace cairn::store::detail
