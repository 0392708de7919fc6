// Workspace: saved plans and their history.
#include "cairn/store/snapshot_json.h"
#include "cairn/store/workspace.h"
#include "dialect.h"
#include "sql_support.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cairn::store {

using namespace detail;

namespace {

const QString kSummaryColumns = QStringLiteral(
    "id, client_id, version, title, note, created_at, status, cost, hours, credential_count, row_version");

SavedPlanSummary summaryFromRow(const QSqlQuery& q) {
    SavedPlanSummary s;
    s.id = q.value(0).toLongLong();
    s.clientId = q.value(1).toLongLong();
    s.version = q.value(2).toInt();
    s.title = q.value(3).toString();
    s.note = q.value(4).toString();
    s.createdAt = q.value(5).toString();
    const QString status = q.value(6).toString();
    for (auto st : {PlanStatus::Optimal, PlanStatus::Feasible, PlanStatus::Infeasible, PlanStatus::Unknown})
        if (status == QLatin1String(statusName(st)))
            s.status = st;
    s.cost = q.value(7).toDouble();
    s.hours = q.value(8).toDouble();
    s.credentials = q.value(9).toInt();
    s.rowVersion = q.value(10).toInt();
    return s;
}

QString compact(const QJsonObject& o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

Result<qint64> Workspace::savePlan(qint64 clientId, const SavedPlanInputs& given, const Plan& plan,
                                   const QString& title, const QString& note) {
    auto owner = client(clientId);
    if (!owner)
        return owner.error();
    SavedPlanInputs inputs = given;
    if (inputs.catalogId) {
        auto summary = catalogSummary(*inputs.catalogId);
        if (!summary)
            return summary.error();
        if (inputs.catalogName.isEmpty())
            inputs.catalogName = summary->name;
        if (inputs.catalogRevision.isEmpty())
            inputs.catalogRevision = summary->revision;
    }
    // A plan for one of the client's own goals keeps that goal as it is now: the goal may be
    // edited or deleted later, and the saved plan still says what it was for.
    if (!inputs.ownGoal && ownGoalNumber(inputs.goal)) {
        auto goals = clientGoals(clientId);
        if (!goals)
            return goals.error();
        for (const ClientGoal& g : *goals)
            if (g.id == inputs.goal)
                inputs.ownGoal = g.goal;
    }

    Transaction t(db(), path_);
    if (!t.begun())
        return t.error();
    QSqlQuery q(db());
    Error error;
    // Advisors saving plans for one client at once take turns here, so each gets the next version.
    if (!run(q, QStringLiteral("SELECT id FROM clients WHERE id = ?") + Dialect::of(q).lockRows(), {clientId}, error,
             doing(Message::Code::DoingSavePlan), path_))
        return error;
    if (!q.next())
        return notFound(says(Message::Code::NoClient, {idArg(clientId)}));
    q.finish();
    if (!run(q, QStringLiteral("SELECT COALESCE(MAX(version), 0) + 1 FROM plans WHERE client_id = ?"), {clientId},
             error, doing(Message::Code::DoingSavePlan), path_) ||
        !q.next())
        return error;
    const int version = q.value(0).toInt();
    const QString stamp = now();
    if (!run(q,
             QStringLiteral("INSERT INTO plans (client_id, version, catalog_id, title, note, status, cost, hours, "
                            "credential_count, completion, inputs, result, created_at, updated_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") +
                 Dialect::of(q).returningId(),
             {clientId, version,
              inputs.catalogId ? QVariant(*inputs.catalogId) : QVariant(QMetaType(QMetaType::LongLong)), title, note,
              QString::fromLatin1(statusName(plan.status)), plan.totals.cost, plan.totals.hours,
              static_cast<int>(plan.credentials.size()), QString::fromStdString(plan.totals.completion.toIso()),
              compact(inputsToJson(inputs)), compact(planToJson(plan)), stamp, stamp},
             error, doing(Message::Code::DoingSavePlan), path_))
        return error;
    const qint64 id = Dialect::of(q).insertedId(q);
    if (!t.commit())
        return t.error();
    return id;
}

Result<std::vector<SavedPlanSummary>> Workspace::plans(qint64 clientId) const {
    if (auto owner = client(clientId); !owner)
        return owner.error();
    QSqlQuery q(db());
    Error error;
    if (!run(q, QStringLiteral("SELECT %1 FROM plans WHERE client_id = ? ORDER BY version DESC").arg(kSummaryColumns),
             {clientId}, error, doing(Message::Code::DoingListPlans), path_))
        return error;
    std::vector<SavedPlanSummary> out;
    while (q.next())
        out.push_back(summaryFromRow(q));
    return out;
}

Result<std::vector<SavedPlanSummary>> Workspace::allPlans() const {
    QSqlQuery q(db());
    Error error;
    if (!run(q, QStringLiteral("SELECT %1 FROM plans ORDER BY created_at DESC, id DESC").arg(kSummaryColumns), {},
             error, doing(Message::Code::DoingListPlans), path_))
        return error;
    std::vector<SavedPlanSummary> out;
    while (q.next())
        out.push_back(summaryFromRow(q));
    return out;
}

Result<SavedPlan> Workspace::plan(qint64 planId) const {
    QSqlQuery q(db());
    Error error;
    if (!run(q, QStringLiteral("SELECT %1, catalog_id, inputs, result FROM plans WHERE id = ?").arg(kSummaryColumns),
             {planId}, error, doing(Message::Code::DoingReadPlan), path_))
        return error;
    if (!q.next())
        return notFound(says(Message::Code::NoSavedPlan, {idArg(planId)}));
    SavedPlan saved;
    saved.summary = summaryFromRow(q);
    auto inputs = inputsFromJson(QJsonDocument::fromJson(q.value(12).toString().toUtf8()).object());
    auto result = planFromJson(QJsonDocument::fromJson(q.value(13).toString().toUtf8()).object());
    if (!inputs || !result) {
        Error e = damagedError(path_, {}, says(Message::Code::ReadBackPlan, {idArg(planId)}));
        return e;
    }
    saved.inputs = std::move(*inputs);
    if (!q.value(11).isNull())
        saved.inputs.catalogId = q.value(11).toLongLong();
    saved.plan = std::move(*result);
    return saved;
}

Result<int> Workspace::setPlanNote(qint64 planId, const QString& note, int rowVersion) {
    QSqlQuery q(db());
    Error error;
    if (!run(q,
             QStringLiteral("UPDATE plans SET note = ?, updated_at = ?, row_version = row_version + 1 "
                            "WHERE id = ? AND row_version = ?"),
             {note, now(), planId, rowVersion}, error, doing(Message::Code::DoingSaveNote), path_))
        return error;
    if (q.numRowsAffected() > 0)
        return rowVersion + 1;
    // Which version of whose plan, so the message names what the advisor had open.
    if (!run(q,
             QStringLiteral("SELECT p.version, c.name FROM plans p JOIN clients c ON c.id = p.client_id "
                            "WHERE p.id = ?"),
             {planId}, error, doing(Message::Code::DoingSaveNote), path_))
        return error;
    if (!q.next())
        return notFound(says(Message::Code::PlanDeletedMeanwhile, {idArg(planId)}));
    return Error::of(Error::Kind::Stale, says(Message::Code::PlanChangedMeanwhile,
                                              {idArg(q.value(0).toLongLong()), textArg(q.value(1).toString())}));
}

Result<void> Workspace::deletePlan(qint64 planId) {
    QSqlQuery q(db());
    Error error;
    if (!run(q, QStringLiteral("DELETE FROM plans WHERE id = ?"), {planId}, error,
             doing(Message::Code::DoingDeletePlan), path_))
        return error;
    if (q.numRowsAffected() == 0)
        return notFound(says(Message::Code::NoSavedPlan, {idArg(planId)}));
    return {};
}

Result<PlanComparison> Workspace::comparePlans(qint64 fromPlanId, qint64 toPlanId) const {
    auto from = plan(fromPlanId);
    if (!from)
        return from.error();
    auto to = plan(toPlanId);
    if (!to)
        return to.error();
    return compare(*from, *to);
}

} // namespace cairn::store
