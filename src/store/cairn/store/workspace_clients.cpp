// Workspace: clients and their profiles.
#include "cairn/store/snapshot_json.h"
#include "cairn/store/workspace.h"
#include "dialect.h"
#include "sql_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cairn/io/skill_goal_json.h>

namespace cairn::store {

using namespace detail;

namespace {

const QString kClientColumns =
    QStringLiteral("id, name, contact, notes, catalog_id, goal, profile, created_at, owner, row_version");

Result<Client> clientFromRow(const QSqlQuery& q, const QString& path) {
    Client c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.contact = q.value(2).toString();
    c.notes = q.value(3).toString();
    if (!q.value(4).isNull())
        c.catalogId = q.value(4).toLongLong();
    auto profile = profileFromJson(QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object());
    if (!profile) {
        Error e = damagedError(path, {}, says(Message::Code::ReadBackProfile, {textArg(c.name)}));
        return e;
    }
    c.profile = std::move(*profile);
    c.createdAt = q.value(7).toString();
    c.owner = q.value(8).toString();
    c.rowVersion = q.value(9).toInt();
    return c;
}

QString profileText(const Profile& p) {
    return QString::fromUtf8(QJsonDocument(profileToJson(p)).toJson(QJsonDocument::Compact));
}

QVariant catalogValue(const std::optional<qint64>& id) {
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

Result<std::vector<Client>> Workspace::clients() const {
    QSqlQuery q(db());
    Error error;
    if (!run(q,
             QStringLiteral("SELECT %1 FROM clients ORDER BY %2, id")
                 .arg(kClientColumns, Dialect::of(q).caseless(QStringLiteral("name"))),
             {}, error, doing(Message::Code::DoingListClients), path_))
        return error;
    std::vector<Client> out;
    while (q.next()) {
        auto c = clientFromRow(q, path_);
        if (!c)
            return c.error();
        out.push_back(std::move(*c));
    }
    return out;
}

Result<Client> Workspace::client(qint64 clientId) const {
    QSqlQuery q(db());
    Error error;
    if (!run(q, QStringLiteral("SELECT %1 FROM clients WHERE id = ?").arg(kClientColumns), {clientId}, error,
             doing(Message::Code::DoingReadClient), path_))
        return error;
    if (!q.next())
        return notFound(says(Message::Code::NoClient, {idArg(clientId)}));
    return clientFromRow(q, path_);
}

Result<qint64> Workspace::findClient(const QString& nameOrId) const {
    QSqlQuery q(db());
    Error error;
    if (!run(q, QStringLiteral("SELECT id FROM clients WHERE name = ? ORDER BY id"), {nameOrId}, error,
             doing(Message::Code::DoingFindClient), path_))
        return error;
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    if (ids.size() == 1)
        return ids.front().toLongLong();
    if (ids.size() > 1)
        return Error::of(Error::Kind::Conflict,
                         says(Message::Code::ClientsShareName, {textArg(nameOrId), textsArg(ids)}));
    bool isNumber = false;
    const qint64 id = nameOrId.toLongLong(&isNumber);
    if (isNumber && client(id))
        return id;
    return notFound(says(Message::Code::NoClientNamed, {textArg(nameOrId)}));
}

Result<qint64> Workspace::addClient(const Client& c) {
    const QString name = c.name.trimmed();
    if (name.isEmpty())
        return Error::of(Error::Kind::Invalid, says(Message::Code::ClientNeedsName));
    if (c.catalogId && !catalogSummary(*c.catalogId))
        return notFound(says(Message::Code::NoCatalogToPlanAgainst, {idArg(*c.catalogId)}));
    QSqlQuery q(db());
    Error error;
    if (!run(q,
             QStringLiteral("INSERT INTO clients (name, contact, notes, catalog_id, goal, profile, created_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)") +
                 Dialect::of(q).returningId(),
             {name, c.contact, c.notes, catalogValue(c.catalogId), QString::fromStdString(c.profile.goal),
              profileText(c.profile), now()},
             error, doing(Message::Code::DoingAddClient, {textArg(name)}), path_))
        return error;
    return Dialect::of(q).insertedId(q);
}

Result<int> Workspace::updateClient(const Client& c) {
    const QString name = c.name.trimmed();
    if (name.isEmpty())
        return Error::of(Error::Kind::Invalid, says(Message::Code::ClientNeedsName));
    if (c.catalogId && !catalogSummary(*c.catalogId))
        return notFound(says(Message::Code::NoCatalogToPlanAgainst, {idArg(*c.catalogId)}));
    QSqlQuery q(db());
    Error error;
    if (!run(q,
             QStringLiteral("UPDATE clients SET name = ?, contact = ?, notes = ?, catalog_id = ?, goal = ?, "
                            "profile = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
             {name, c.contact, c.notes, catalogValue(c.catalogId), QString::fromStdString(c.profile.goal),
              profileText(c.profile), c.id, c.rowVersion},
             error, doing(Message::Code::DoingSaveClient, {textArg(name)}), path_))
        return error;
    if (q.numRowsAffected() == 0)
        return staleOrDeleted(q, QStringLiteral("SELECT 1 FROM clients WHERE id = ?"), {c.id},
                              says(Message::Code::ClientChangedMeanwhile, {textArg(name)}),
                              says(Message::Code::ClientDeletedMeanwhile, {textArg(name)}),
                              doing(Message::Code::DoingSaveClient, {textArg(name)}), path_);
    return c.rowVersion + 1;
}

Result<void> Workspace::deleteClient(qint64 clientId) {
    QSqlQuery q(db());
    Error error;
    // Their saved plans go with them (ON DELETE CASCADE), in the statement's own transaction.
    if (!run(q, QStringLiteral("DELETE FROM clients WHERE id = ?"), {clientId}, error,
             doing(Message::Code::DoingDeleteClient), path_))
        return error;
    if (q.numRowsAffected() == 0)
        return notFound(says(Message::Code::NoClient, {idArg(clientId)}));
    return {};
}

Result<QByteArray> Workspace::exportClientJson(qint64 clientId) const {
    auto c = client(clientId);
    if (!c)
        return c.error();
    auto history = plans(clientId);
    if (!history)
        return history.error();
    QString catalogName;
    if (c->catalogId)
        if (auto summary = catalogSummary(*c->catalogId))
            catalogName = summary->name;

    QJsonArray saved;
    for (const SavedPlanSummary& s : *history) {
        auto p = plan(s.id);
        if (!p)
            return p.error();
        saved.append(QJsonObject{{QStringLiteral("version"), p->summary.version},
                                 {QStringLiteral("title"), p->summary.title},
                                 {QStringLiteral("note"), p->summary.note},
                                 {QStringLiteral("createdAt"), p->summary.createdAt},
                                 {QStringLiteral("inputs"), inputsToJson(p->inputs)},
                                 {QStringLiteral("plan"), planToJson(p->plan)}});
    }
    auto goals = clientGoals(clientId);
    if (!goals)
        return goals.error();
    QJsonArray ownGoals;
    for (const ClientGoal& g : *goals) {
        QJsonObject goal = QJsonDocument::fromJson(io::writeSkillGoal(g.goal)).object();
        goal.insert(QStringLiteral("id"), QString::fromStdString(g.id));
        goal.insert(QStringLiteral("createdAt"), g.createdAt);
        ownGoals.append(goal);
    }
    auto trail = clientAudit(clientId);
    if (!trail)
        return trail.error();
    QJsonArray audit;
    for (const io::AuditEntry& e : *trail)
        audit.append(io::auditEntryJson(e));
    QJsonObject client{
        {QStringLiteral("name"), c->name},           {QStringLiteral("contact"), c->contact},
        {QStringLiteral("notes"), c->notes},         {QStringLiteral("catalog"), catalogName},
        {QStringLiteral("createdAt"), c->createdAt}, {QStringLiteral("profile"), profileToJson(c->profile)}};
    if (!ownGoals.isEmpty())
        client.insert(QStringLiteral("goals"), ownGoals);
    const QJsonObject doc{{QStringLiteral("format"), QStringLiteral("cairn-client")},
                          {QStringLiteral("version"), 1},
                          {QStringLiteral("client"), client},
                          {QStringLiteral("plans"), saved},
                          {QStringLiteral("audit"), audit}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

} // namespace cairn::store
