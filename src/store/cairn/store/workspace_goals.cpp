// Workspace: a client's own goals (schema version 7), kept in the cairn-goal JSON form.
#include "cairn/store/workspace.h"
#include "sql_support.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cairn/io/skill_goal_json.h>
#include <charconv>

namespace cairn::store {

using namespace detail;

std::string ownGoalId(int number) {
    return std::string(kOwnGoalPrefix) + std::to_string(number);
}

std::optional<int> ownGoalNumber(std::string_view id) {
    if (!id.starts_with(kOwnGoalPrefix))
        return std::nullopt;
    const std::string_view digits = id.substr(kOwnGoalPrefix.size());
    int number = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), number);
    if (ec != std::errc{} || end != digits.data() + digits.size() || number <= 0 || digits.front() == '0')
        return std::nullopt;
    return number;
}

namespace {

/// One more than any own goal's number the client's goals or saved plans name: a saved plan for
/// a removed goal keeps its id, so a new goal never takes it over.
Result<int> nextNumber(const QSqlDatabase& db, qint64 clientId, const QString& path) {
    QSqlQuery q(db);
    Error error;
    if (!run(q, QStringLiteral("SELECT COALESCE(MAX(number), 0) FROM client_goals WHERE client_id = ?"), {clientId},
             error, doing(Message::Code::DoingReadGoals), path))
        return error;
    q.next();
    int last = q.value(0).toInt();
    if (!run(q, QStringLiteral("SELECT inputs FROM plans WHERE client_id = ?"), {clientId}, error,
             doing(Message::Code::DoingReadGoals), path))
        return error;
    while (q.next()) {
        const QJsonObject inputs = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        if (auto number = ownGoalNumber(inputs.value(QStringLiteral("goal")).toString().toStdString()))
            last = std::max(last, *number);
    }
    return last + 1;
}

} // namespace

Result<std::vector<ClientGoal>> Workspace::clientGoals(qint64 clientId) const {
    auto owner = client(clientId);
    if (!owner)
        return owner.error();
    QSqlQuery q(db());
    Error error;
    if (!run(q,
             QStringLiteral("SELECT number, goal, created_at, row_version FROM client_goals WHERE client_id = ? "
                            "ORDER BY number"),
             {clientId}, error, doing(Message::Code::DoingReadGoals), path_))
        return error;
    std::vector<ClientGoal> out;
    while (q.next()) {
        ClientGoal g;
        g.id = ownGoalId(q.value(0).toInt());
        auto goal = io::readSkillGoal(q.value(1).toString().toUtf8());
        if (!goal.ok())
            return damagedError(path_, {}, says(Message::Code::ReadBackGoal, {arg::text(g.id)}));
        g.goal = std::move(*goal.value);
        g.createdAt = q.value(2).toString();
        g.rowVersion = q.value(3).toInt();
        out.push_back(std::move(g));
    }
    return out;
}

Result<std::string> Workspace::saveClientGoal(qint64 clientId, const SkillGoal& goal, const std::string& id,
                                              std::optional<int> readVersion) {
    auto owner = client(clientId);
    if (!owner)
        return owner.error();
    // Only what reads back is kept: the goal file's rules (a title, levels 1–5, ESCO URIs) hold.
    const QByteArray json = io::writeSkillGoal(goal);
    if (auto check = io::readSkillGoal(json); !check.ok()) {
        const auto count = arg::count(static_cast<long long>(check.errors.size()));
        return Error::of(Error::Kind::Invalid, says(Message::Code::ClientGoalInvalid, {textArg(owner->name), count}),
                         std::move(check.errors));
    }
    int number = 0;
    if (id.empty()) {
        auto next = nextNumber(db(), clientId, path_);
        if (!next)
            return next.error();
        number = *next;
    } else if (auto given = ownGoalNumber(id)) {
        number = *given;
    } else {
        return Error::of(Error::Kind::Invalid,
                         says(Message::Code::NoClientGoal, {arg::text(id), textArg(owner->name)}));
    }
    const std::string goalId = ownGoalId(number);
    QSqlQuery q(db());
    Error error;
    if (readVersion && !id.empty()) {
        if (!run(q,
                 QStringLiteral("UPDATE client_goals SET title = ?, goal = ?, row_version = row_version + 1"
                                " WHERE client_id = ? AND number = ? AND row_version = ?"),
                 {QString::fromStdString(goal.title), QString::fromUtf8(json), clientId, number, *readVersion}, error,
                 doing(Message::Code::DoingSaveGoal, {arg::text(goalId)}), path_))
            return error;
        if (q.numRowsAffected() == 0)
            return staleOrDeleted(
                q, QStringLiteral("SELECT 1 FROM client_goals WHERE client_id = ? AND number = ?"), {clientId, number},
                says(Message::Code::ClientGoalChangedMeanwhile, {arg::text(goalId), textArg(owner->name)}),
                says(Message::Code::ClientGoalDeletedMeanwhile, {arg::text(goalId), textArg(owner->name)}),
                doing(Message::Code::DoingSaveGoal, {arg::text(goalId)}), path_);
        return goalId;
    }
    // A goal saved again under its id keeps the day it was first made, and counts a version.
    if (!run(q,
             QStringLiteral("INSERT INTO client_goals (client_id, number, title, goal, created_at)"
                            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (client_id, number)"
                            " DO UPDATE SET title = excluded.title, goal = excluded.goal,"
                            " row_version = client_goals.row_version + 1"),
             {clientId, number, QString::fromStdString(goal.title), QString::fromUtf8(json), now()}, error,
             doing(Message::Code::DoingSaveGoal, {arg::text(goalId)}), path_))
        return error;
    return goalId;
}

Result<void> Workspace::deleteClientGoal(qint64 clientId, const std::string& id) {
    auto owner = client(clientId);
    if (!owner)
        return owner.error();
    const auto number = ownGoalNumber(id);
    const Error missing = notFound(says(Message::Code::NoClientGoal, {arg::text(id), textArg(owner->name)}));
    if (!number)
        return missing;
    QSqlQuery q(db());
    Error error;
    if (!run(q, QStringLiteral("DELETE FROM client_goals WHERE client_id = ? AND number = ?"), {clientId, *number},
             error, doing(Message::Code::DoingSaveGoal, {arg::text(id)}), path_))
        return error;
    if (q.numRowsAffected() == 0)
        return missing;
    return {};
}

Result<void> Workspace::renameClientGoal(qint64 clientId, const std::string& id, const std::string& title) {
    auto goals = clientGoals(clientId);
    if (!goals)
        return goals.error();
    const auto same = std::find_if(goals->begin(), goals->end(), [&](const ClientGoal& g) { return g.id == id; });
    if (same == goals->end()) {
        auto owner = client(clientId);
        return notFound(says(Message::Code::NoClientGoal, {arg::text(id), textArg(owner ? owner->name : QString())}));
    }
    SkillGoal renamed = same->goal;
    renamed.title = title;
    // Over the version just read: a save by someone else in between is refused, not undone.
    if (auto saved = saveClientGoal(clientId, renamed, id, same->rowVersion); !saved)
        return saved.error();
    return {};
}

Result<std::vector<SavedPlanSummary>> Workspace::plansForGoal(qint64 clientId, const std::string& goalId) const {
    auto all = plans(clientId);
    if (!all)
        return all.error();
    std::vector<SavedPlanSummary> out;
    for (const SavedPlanSummary& summary : *all) {
        auto saved = plan(summary.id);
        if (!saved)
            return saved.error();
        if (saved->inputs.goal == goalId)
            out.push_back(summary);
    }
    return out;
}

} // namespace cairn::store
