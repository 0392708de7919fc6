// Copying catalogs and clients from one workspace to another: a file to a server and back.
#include "cairn/store/workspace_transfer.h"

#include "cairn/store/snapshot_json.h"
#include "cairn/store/workspace.h"
#include "dialect.h"
#include "sql_support.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cairn/io/catalog_json.h>
#include <cairn/io/skill_goal_json.h>
#include <map>
#include <optional>

namespace cairn::store {

using namespace detail;

namespace {

/// A catalog as the comparison and the copy need it.
struct CatalogCopy {
    CatalogSummary summary;
    Catalog catalog;
    QByteArray json; ///< as exportCatalogJson() writes it: what "the same" compares
    int edits = 0;   ///< the workspace's edit count, which its revision label shows
};

/// A note and the version of the saved plan it is about, the plan's row id meaning nothing in
/// another workspace.
struct NoteCopy {
    ClientNote note;
    std::optional<int> planVersion;
};

/// A client with everything that goes with them, each list oldest first.
struct ClientCopy {
    Client client;
    QString catalogName; ///< empty when they have no catalog
    std::vector<ClientGoal> goals;
    std::vector<SavedPlan> plans;
    std::vector<NoteCopy> notes;
};

/// What is decided for each catalog and client before anything is written.
struct Decision {
    std::vector<const CatalogCopy*> catalogs;   ///< to copy
    std::vector<const ClientCopy*> clients;     ///< to copy
    std::map<QString, qint64> targetCatalogIds; ///< the target's catalogs, by name
};

std::map<qint64, QString> namesById(const std::vector<CatalogSummary>& catalogs) {
    std::map<qint64, QString> out;
    for (const CatalogSummary& c : catalogs)
        out.emplace(c.id, c.name);
    return out;
}

QString nameOf(const std::map<qint64, QString>& names, const std::optional<qint64>& id) {
    if (!id)
        return {};
    const auto it = names.find(*id);
    return it == names.end() ? QString() : it->second;
}

Result<int> editsOf(const QSqlDatabase& db, qint64 catalogId, const QString& path) {
    QSqlQuery q(db);
    Error error;
    if (!run(q, QStringLiteral("SELECT edits FROM catalogs WHERE id = ?"), {catalogId}, error,
             doing(Message::Code::DoingReadCatalog), path) ||
        !q.next())
        return error;
    return q.value(0).toInt();
}

Result<CatalogCopy> readCatalog(const Workspace& ws, const QSqlDatabase& db, const CatalogSummary& summary) {
    auto catalog = ws.loadCatalog(summary.id);
    if (!catalog)
        return catalog.error();
    auto edits = editsOf(db, summary.id, ws.path());
    if (!edits)
        return edits.error();
    QByteArray json = io::writeCatalog(*catalog);
    return CatalogCopy{summary, std::move(*catalog), std::move(json), *edits};
}

Result<ClientCopy> readClient(const Workspace& ws, const Client& client, const std::map<qint64, QString>& catalogs) {
    ClientCopy copy{client, nameOf(catalogs, client.catalogId), {}, {}, {}};
    auto goals = ws.clientGoals(client.id);
    if (!goals)
        return goals.error();
    copy.goals = std::move(*goals);
    auto history = ws.plans(client.id);
    if (!history)
        return history.error();
    std::map<qint64, int> versionOf;
    for (auto s = history->rbegin(); s != history->rend(); ++s) {
        auto saved = ws.plan(s->id);
        if (!saved)
            return saved.error();
        versionOf.emplace(s->id, s->version);
        copy.plans.push_back(std::move(*saved));
    }
    auto notes = ws.notes(client.id);
    if (!notes)
        return notes.error();
    for (auto n = notes->rbegin(); n != notes->rend(); ++n) {
        std::optional<int> version;
        if (n->planId)
            if (const auto it = versionOf.find(*n->planId); it != versionOf.end())
                version = it->second;
        copy.notes.push_back(NoteCopy{*n, version});
    }
    return copy;
}

/// Two saved plans are the same when all but their row ids and row versions are; the catalog is
/// compared by the name the inputs keep.
bool samePlan(const SavedPlan& a, const SavedPlan& b) {
    const SavedPlanSummary& x = a.summary;
    const SavedPlanSummary& y = b.summary;
    if (x.version != y.version || x.title != y.title || x.note != y.note || x.createdAt != y.createdAt ||
        x.status != y.status || x.cost != y.cost || x.hours != y.hours || x.credentials != y.credentials)
        return false;
    SavedPlanInputs left = a.inputs;
    SavedPlanInputs right = b.inputs;
    left.catalogId.reset();
    right.catalogId.reset();
    return left == right && a.plan == b.plan;
}

/// The parts of the client themself that differ, as TransferPart… clauses. Not the day they were
/// added: that says when they came into each workspace (the demo clients of two new workspaces
/// are the same people).
std::vector<Message> differingParts(const ClientCopy& target, const ClientCopy& source) {
    std::vector<Message> parts;
    const Client& t = target.client;
    const Client& s = source.client;
    if (t.contact != s.contact)
        parts.push_back(says(Message::Code::TransferPartContact));
    if (t.notes != s.notes)
        parts.push_back(says(Message::Code::TransferPartNotes));
    if (target.catalogName != source.catalogName)
        parts.push_back(says(Message::Code::TransferPartCatalog));
    if (!(t.profile == s.profile))
        parts.push_back(says(Message::Code::TransferPartProfile));
    return parts;
}

/// What differs between the target's client and the source's of the same name, the plainest
/// difference first; none when they are the same.
std::optional<Message> difference(const ClientCopy& target, const ClientCopy& source) {
    const auto counts = [](Message::Code code, std::size_t there, std::size_t here) {
        return says(code, {idArg(static_cast<qint64>(there)), idArg(static_cast<qint64>(here))});
    };
    if (target.plans.size() != source.plans.size())
        return counts(Message::Code::TransferPlanCountDiffers, target.plans.size(), source.plans.size());
    if (target.goals.size() != source.goals.size())
        return counts(Message::Code::TransferGoalCountDiffers, target.goals.size(), source.goals.size());
    if (target.notes.size() != source.notes.size())
        return counts(Message::Code::TransferNoteCountDiffers, target.notes.size(), source.notes.size());
    if (auto parts = differingParts(target, source); !parts.empty())
        return says(Message::Code::TransferClientDiffers, {arg::clauses(std::move(parts))});
    for (std::size_t i = 0; i < source.goals.size(); ++i) {
        const ClientGoal& t = target.goals[i];
        const ClientGoal& s = source.goals[i];
        if (t.id != s.id || !(t.goal == s.goal) || t.createdAt != s.createdAt)
            return says(Message::Code::TransferGoalDiffers, {arg::text(s.id)});
    }
    for (std::size_t i = 0; i < source.plans.size(); ++i)
        if (!samePlan(target.plans[i], source.plans[i]))
            return says(Message::Code::TransferPlanDiffers, {idArg(source.plans[i].summary.version)});
    for (std::size_t i = 0; i < source.notes.size(); ++i) {
        const NoteCopy& t = target.notes[i];
        const NoteCopy& s = source.notes[i];
        if (t.note.text != s.note.text || t.note.createdAt != s.note.createdAt || t.planVersion != s.planVersion)
            return says(Message::Code::TransferNoteDiffers, {textArg(s.note.createdAt)});
    }
    return std::nullopt;
}

Result<std::vector<CatalogCopy>> readCatalogs(const Workspace& ws, const QSqlDatabase& db,
                                              const std::vector<CatalogSummary>& summaries) {
    std::vector<CatalogCopy> out;
    for (const CatalogSummary& summary : summaries) {
        auto copy = readCatalog(ws, db, summary);
        if (!copy)
            return copy.error();
        out.push_back(std::move(*copy));
    }
    return out;
}

/// Compares the source's catalogs with the target's of the same name.
Result<void> decideCatalogs(const Workspace& target, const QSqlDatabase& targetDb,
                            const std::vector<CatalogCopy>& source, const std::vector<CatalogSummary>& there,
                            TransferReport& report, Decision& decision) {
    std::map<QString, const CatalogSummary*> byName;
    for (const CatalogSummary& c : there)
        byName.emplace(c.name, &c);
    for (const CatalogCopy& c : source) {
        const auto it = byName.find(c.summary.name);
        if (it == byName.end()) {
            report.copiedCatalogs << c.summary.name;
            decision.catalogs.push_back(&c);
            continue;
        }
        auto theirs = readCatalog(target, targetDb, *it->second);
        if (!theirs)
            return theirs.error();
        if (theirs->json == c.json) {
            report.sameCatalogs << c.summary.name;
            continue;
        }
        report.conflicts.push_back({TransferConflict::Kind::Catalog, c.summary.name,
                                    says(Message::Code::TransferCatalogDiffers,
                                         {textArg(theirs->summary.revision), textArg(c.summary.revision),
                                          idArg(theirs->summary.credentials), idArg(c.summary.credentials)})});
    }
    return {};
}

/// Compares the source's clients with the target's of the same name. Names must be unique on
/// both sides, or which is which cannot be told.
Result<void> decideClients(const Workspace& target, const std::vector<ClientCopy>& source,
                           const std::vector<Client>& there, const std::map<qint64, QString>& targetCatalogs,
                           TransferReport& report, Decision& decision) {
    std::map<QString, std::vector<const Client*>> theirs;
    for (const Client& c : there)
        theirs[c.name].push_back(&c);
    std::map<QString, int> ours;
    for (const ClientCopy& c : source)
        ++ours[c.client.name];
    QStringList reported;
    for (const ClientCopy& c : source) {
        const QString& name = c.client.name;
        const auto match = theirs.find(name);
        const std::size_t count = match == theirs.end() ? 0 : match->second.size();
        if (ours[name] > 1 || count > 1) {
            if (!reported.contains(name))
                report.conflicts.push_back(
                    {TransferConflict::Kind::Client, name,
                     says(Message::Code::TransferNameShared, {idArg(ours[name]), idArg(static_cast<qint64>(count))})});
            reported << name;
            continue;
        }
        if (count == 0) {
            report.copiedClients << name;
            report.copiedPlans += static_cast<int>(c.plans.size());
            report.copiedNotes += static_cast<int>(c.notes.size());
            report.copiedGoals += static_cast<int>(c.goals.size());
            decision.clients.push_back(&c);
            continue;
        }
        auto other = readClient(target, *match->second.front(), targetCatalogs);
        if (!other)
            return other.error();
        if (auto differs = difference(*other, c))
            report.conflicts.push_back({TransferConflict::Kind::Client, name, std::move(*differs)});
        else
            report.sameClients << name;
    }
    return {};
}

QVariant idOrNull(const std::map<QString, qint64>& ids, const QString& name) {
    if (const auto it = ids.find(name); !name.isEmpty() && it != ids.end())
        return it->second;
    return QVariant(QMetaType(QMetaType::LongLong));
}

QString compact(const QJsonObject& o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// Adds one client and what goes with them; the caller holds the transaction.
Result<void> insertClient(const QSqlDatabase& db, const QString& path, const ClientCopy& c,
                          const std::map<qint64, QString>& sourceCatalogs,
                          const std::map<QString, qint64>& targetCatalogs) {
    QSqlQuery q(db);
    Error error;
    const Message writing = doing(Message::Code::DoingTransfer);
    const Dialect sql = Dialect::of(db);
    // The owner is left to the column's default: on a server, whoever copies them.
    if (!run(q,
             QStringLiteral("INSERT INTO clients (name, contact, notes, catalog_id, goal, profile, created_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)") +
                 sql.returningId(),
             {c.client.name, notNull(c.client.contact), notNull(c.client.notes),
              idOrNull(targetCatalogs, c.catalogName), QString::fromStdString(c.client.profile.goal),
              compact(profileToJson(c.client.profile)), c.client.createdAt},
             error, writing, path))
        return error;
    const qint64 clientId = sql.insertedId(q);
    for (const ClientGoal& g : c.goals)
        if (!run(q,
                 QStringLiteral("INSERT INTO client_goals (client_id, number, title, goal, created_at) "
                                "VALUES (?, ?, ?, ?, ?)"),
                 {clientId, ownGoalNumber(g.id).value_or(0), QString::fromStdString(g.goal.title),
                  QString::fromUtf8(io::writeSkillGoal(g.goal)), g.createdAt},
                 error, writing, path))
            return error;
    std::map<int, qint64> planIds;
    for (const SavedPlan& p : c.plans) {
        const SavedPlanSummary& s = p.summary;
        if (!run(q,
                 QStringLiteral("INSERT INTO plans (client_id, version, catalog_id, title, note, status, cost, hours, "
                                "credential_count, inputs, result, created_at, updated_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") +
                     sql.returningId(),
                 {clientId, s.version, idOrNull(targetCatalogs, nameOf(sourceCatalogs, p.inputs.catalogId)),
                  notNull(s.title), notNull(s.note), QString::fromLatin1(statusName(s.status)), s.cost, s.hours,
                  s.credentials, compact(inputsToJson(p.inputs)), compact(planToJson(p.plan)), s.createdAt,
                  s.createdAt},
                 error, writing, path))
            return error;
        planIds.emplace(s.version, sql.insertedId(q));
    }
    for (const NoteCopy& n : c.notes) {
        QVariant planId{QMetaType(QMetaType::LongLong)};
        if (n.planVersion)
            if (const auto it = planIds.find(*n.planVersion); it != planIds.end())
                planId = it->second;
        if (!run(q, QStringLiteral("INSERT INTO notes (client_id, plan_id, text, created_at) VALUES (?, ?, ?, ?)"),
                 {clientId, planId, n.note.text, n.note.createdAt}, error, writing, path))
            return error;
    }
    return {};
}

/// The copied clients whose name the target now has twice: someone else added one of that name
/// while the copy ran (on a server; a file is locked for the copy's transaction).
Result<QStringList> addedMeanwhile(const QSqlDatabase& db, const QString& path, const QStringList& copied) {
    QSqlQuery q(db);
    Error error;
    if (!run(q, QStringLiteral("SELECT name FROM clients GROUP BY name HAVING count(*) > 1"), {}, error,
             doing(Message::Code::DoingTransfer), path))
        return error;
    QStringList twice;
    while (q.next())
        if (const QString name = q.value(0).toString(); copied.contains(name))
            twice << name;
    return twice;
}

bool sameWorkspace(const Workspace& a, const Workspace& b) {
    if (a.path() == b.path())
        return true;
    const QFileInfo x(a.path());
    const QFileInfo y(b.path());
    return x.exists() && y.exists() && x.canonicalFilePath() == y.canonicalFilePath();
}

} // namespace

Result<TransferReport> transferWorkspace(const Workspace& source, Workspace& target, const TransferOptions& options) {
    if (sameWorkspace(source, target))
        return Error::of(Error::Kind::Invalid, says(Message::Code::TransferSameWorkspace, {textArg(target.path())}));

    // The source first, whole: reading it takes the longest, and the target is not held meanwhile.
    auto sourceSummaries = source.catalogs();
    if (!sourceSummaries)
        return sourceSummaries.error();
    const auto sourceCatalogNames = namesById(*sourceSummaries);
    auto sourceCatalogs = readCatalogs(source, source.db(), *sourceSummaries);
    if (!sourceCatalogs)
        return sourceCatalogs.error();
    auto sourceClientList = source.clients();
    if (!sourceClientList)
        return sourceClientList.error();
    std::vector<ClientCopy> sourceClients;
    for (const Client& c : *sourceClientList) {
        auto copy = readClient(source, c, sourceCatalogNames);
        if (!copy)
            return copy.error();
        sourceClients.push_back(std::move(*copy));
    }

    // Then the target, compared and written in one transaction, so that what was compared is
    // what the copy is added to.
    std::optional<Transaction> transaction;
    if (!options.dryRun) {
        transaction.emplace(target.db(), target.path());
        if (!transaction->begun())
            return transaction->error();
    }
    auto there = target.catalogs();
    if (!there)
        return there.error();
    auto theirClients = target.clients();
    if (!theirClients)
        return theirClients.error();

    TransferReport report;
    Decision decision;
    for (const CatalogSummary& c : *there)
        decision.targetCatalogIds.emplace(c.name, c.id);
    if (auto decided = decideCatalogs(target, target.db(), *sourceCatalogs, *there, report, decision); !decided)
        return decided.error();
    if (auto decided = decideClients(target, sourceClients, *theirClients, namesById(*there), report, decision);
        !decided)
        return decided.error();
    if (options.dryRun || !report.conflicts.empty())
        return report;

    for (const CatalogCopy* c : decision.catalogs) {
        auto id = target.insertCatalog(c->catalog, c->summary.name);
        if (!id)
            return id.error();
        QSqlQuery q(target.db());
        Error error;
        if (c->edits > 0 && !run(q, QStringLiteral("UPDATE catalogs SET edits = ? WHERE id = ?"), {c->edits, *id},
                                 error, doing(Message::Code::DoingTransfer), target.path()))
            return error;
        decision.targetCatalogIds.emplace(c->summary.name, *id);
    }
    for (const ClientCopy* c : decision.clients)
        if (auto added = insertClient(target.db(), target.path(), *c, sourceCatalogNames, decision.targetCatalogIds);
            !added)
            return added.error();
    auto twice = addedMeanwhile(target.db(), target.path(), report.copiedClients);
    if (!twice)
        return twice.error();
    if (!twice->isEmpty()) {
        // Rolled back with the transaction: what someone else added stays as they made it.
        for (const QString& name : *twice)
            report.conflicts.push_back(
                {TransferConflict::Kind::Client, name, says(Message::Code::TransferAddedMeanwhile)});
        return report;
    }
    if (!transaction->commit())
        return transaction->error();
    report.written = true;
    return report;
}

} // namespace cairn::store
