// Workspace: the clients and the caseload a page at a time, from summary columns only.
#include "cairn/store/snapshot_json.h"
#include "cairn/store/workspace.h"
#include "dialect.h"
#include "sql_support.h"

#include <limits>

namespace cairn::store {

using namespace detail;

namespace {

/// The LIKE pattern for "the name holds `text`": LIKE's own wildcards in a name someone types are
/// meant literally.
QString containsPattern(const QString& text) {
    QString escaped = text.toLower();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

/// The clients `query` picks, as a WHERE clause on `clients AS c` with one bound value (the
/// pattern) when it has one. PostgreSQL folds the case of every letter with lower(); SQLite's
/// LIKE ignores the case of ASCII letters only.
QString whereClause(const ClientQuery& query, const Dialect& sql) {
    if (query.nameContains.isEmpty())
        return {};
    return sql.isPostgres() ? QStringLiteral(" WHERE lower(c.name) LIKE ? ESCAPE '\\'")
                            : QStringLiteral(" WHERE c.name LIKE ? ESCAPE '\\'");
}

/// The page's clients in the order of their names (the index clients_by_caseless_name).
QString pageOf(const QString& columns, const ClientQuery& query, const Dialect& sql) {
    const int limit = query.limit > 0 ? query.limit : std::numeric_limits<int>::max();
    return QStringLiteral("SELECT %1 FROM clients AS c%2 ORDER BY %3, c.id LIMIT %4 OFFSET %5")
        .arg(columns, whereClause(query, sql), sql.caseless(QStringLiteral("c.name")))
        .arg(limit)
        .arg(std::max(0, query.offset));
}

bool runQuery(QSqlQuery& q, const QString& sql, const ClientQuery& query, Error& error, const QString& path) {
    const Message step = doing(Message::Code::DoingListClients);
    return query.nameContains.isEmpty() ? run(q, sql, {}, error, step, path)
                                        : run(q, sql, {containsPattern(query.nameContains)}, error, step, path);
}

ClientListing listingFromRow(const QSqlQuery& q) {
    ClientListing c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.goal = q.value(2).toString().toStdString();
    if (!q.value(3).isNull())
        c.catalogId = q.value(3).toLongLong();
    return c;
}

std::optional<PlanStatus> statusFrom(const QVariant& value) {
    if (value.isNull())
        return std::nullopt;
    const QString status = value.toString();
    for (auto st : {PlanStatus::Optimal, PlanStatus::Feasible, PlanStatus::Infeasible, PlanStatus::Unknown})
        if (status == QLatin1String(statusName(st)))
            return st;
    return PlanStatus::Unknown;
}

} // namespace

Result<int> Workspace::countClients(const ClientQuery& query) const {
    QSqlQuery q(db());
    Error error;
    if (!runQuery(q, QStringLiteral("SELECT count(*) FROM clients AS c") + whereClause(query, Dialect::of(db())), query,
                  error, path_) ||
        !q.next())
        return error;
    return q.value(0).toInt();
}

Result<Page<ClientListing>> Workspace::clientList(const ClientQuery& query) const {
    auto total = countClients(query);
    if (!total)
        return total.error();
    QSqlQuery q(db());
    Error error;
    if (!runQuery(q, pageOf(QStringLiteral("c.id, c.name, c.goal, c.catalog_id"), query, Dialect::of(db())), query,
                  error, path_))
        return error;
    Page<ClientListing> page;
    page.total = *total;
    while (q.next())
        page.rows.push_back(listingFromRow(q));
    return page;
}

Result<Page<CaseloadRow>> Workspace::caseload(const ClientQuery& query) const {
    auto total = countClients(query);
    if (!total)
        return total.error();
    const Dialect sql = Dialect::of(db());
    // The page is chosen first, so that only its clients' plans and goals are looked at: the
    // latest plan through the index of (client_id, version), its completion from its column.
    const QString select =
        QStringLiteral("SELECT c.id, c.name, c.goal, c.catalog_id, "
                       "(SELECT count(*) FROM plans AS n WHERE n.client_id = c.id), p.status, p.cost, p.created_at, "
                       "p.completion, g.title, c.owner "
                       "FROM (%1) AS c "
                       "LEFT JOIN plans AS p ON p.client_id = c.id "
                       "AND p.version = (SELECT MAX(m.version) FROM plans AS m WHERE m.client_id = c.id) "
                       "LEFT JOIN client_goals AS g ON g.client_id = c.id AND c.goal = 'own:' || g.number "
                       "ORDER BY %2, c.id")
            .arg(pageOf(QStringLiteral("c.id, c.name, c.goal, c.catalog_id, c.owner"), query, sql),
                 sql.caseless(QStringLiteral("c.name")));
    QSqlQuery q(db());
    Error error;
    if (!runQuery(q, select, query, error, path_))
        return error;
    Page<CaseloadRow> page;
    page.total = *total;
    while (q.next()) {
        CaseloadRow row;
        row.client = listingFromRow(q);
        row.savedPlans = q.value(4).toInt();
        row.status = statusFrom(q.value(5));
        if (row.status) {
            row.cost = q.value(6).toDouble();
            row.savedAt = q.value(7).toString();
            row.completion = Date::fromIso(q.value(8).toString().toStdString());
        }
        row.ownGoalTitle = q.value(9).toString();
        row.owner = q.value(10).toString();
        page.rows.push_back(std::move(row));
    }
    return page;
}

} // namespace cairn::store
