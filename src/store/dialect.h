#pragma once

// Where SQLite and PostgreSQL differ, in one place (not part of the public API). The migrations
// and every query are written once, in SQLite's words; the few words PostgreSQL spells
// differently are given here, and the migrations' type names are translated here.

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace cairn::store::detail {

class Dialect {
public:
    enum class Backend { Sqlite, Postgres };

    explicit Dialect(Backend backend) : backend_(backend) {}
    /// The dialect of the database behind `db`'s driver.
    static Dialect of(const QSqlDatabase& db);
    /// The dialect of the database `query` runs on.
    static Dialect of(const QSqlQuery& query);

    [[nodiscard]] bool isPostgres() const { return backend_ == Backend::Postgres; }

    /// A migration's statement, written for SQLite, in this dialect: on PostgreSQL an integer
    /// key becomes an identity column, INTEGER becomes BIGINT (SQLite's integers are 64-bit), REAL
    /// becomes DOUBLE PRECISION (PostgreSQL's REAL has 24 bits, too few for money), and
    /// WITHOUT ROWID goes (PostgreSQL tables are heaps either way).
    [[nodiscard]] QString schema(const QString& sqliteStatement) const;

    /// Begins a write transaction: SQLite's IMMEDIATE takes the write lock at once, so a busy
    /// file is found before anything is done; PostgreSQL locks rows as it goes.
    [[nodiscard]] QString beginWrite() const;

    /// What a SELECT inside a write transaction ends with to hold the rows it reads until the
    /// commit: FOR UPDATE on PostgreSQL, where two connections' transactions run side by side;
    /// nothing on SQLite, whose write transaction already excludes every other writer.
    [[nodiscard]] QString lockRows() const;

    /// Orders by `column` ignoring case: SQLite's NOCASE collation, PostgreSQL's lower().
    [[nodiscard]] QString caseless(const QString& column) const;

    /// What an INSERT into a table with an `id` key ends with so that insertedId() can read
    /// it: nothing for SQLite, which knows the last row id; RETURNING id on PostgreSQL, whose
    /// driver can only report OIDs, which Cairn's tables do not have.
    [[nodiscard]] QString returningId() const;
    /// The id of the row `query` (an INSERT ending in returningId()) just added.
    [[nodiscard]] qint64 insertedId(QSqlQuery& query) const;

    /// The one-row source of a JSON array bound as text, named `j`, and its parts: the text of
    /// item `i`, item `i` as an integer, and item `i` as JSON text.
    [[nodiscard]] QString jsonRow() const;
    [[nodiscard]] QString jsonText(int i) const;
    [[nodiscard]] QString jsonInteger(int i) const;
    [[nodiscard]] QString jsonPart(int i) const;

private:
    Backend backend_;
};

} // namespace cairn::store::detail
