// Workspace: the audit trail, read. The triggers of audit_trail.h write it.
#include "audit_trail.h"
#include "cairn/store/workspace.h"
#include "sql_support.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace cairn::store {

using namespace detail;

namespace {

constexpr const char* kColumns = "id, changed_at, actor, subject, item, kind, old_values, new_values";

QJsonObject objectOf(const QVariant& text) {
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

/// The entries `q` selected (kColumns), skipping any the trail's format does not know.
std::vector<io::AuditEntry> entriesOf(QSqlQuery& q) {
    std::vector<io::AuditEntry> out;
    while (q.next()) {
        const auto subject = io::auditSubjectNamed(q.value(3).toString());
        const auto kind = io::auditKindNamed(q.value(5).toString());
        if (!subject || !kind)
            continue;
        io::AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = q.value(1).toString();
        e.actor = q.value(2).toString();
        e.subject = *subject;
        e.item = q.value(4).toString();
        if (e.subject == io::AuditEntry::Subject::OwnGoal)
            e.item = QStringLiteral("own:") + e.item;
        e.kind = *kind;
        e.fields = io::auditFields(objectOf(q.value(6)), objectOf(q.value(7)), e.kind);
        // A change of nothing that is recorded (only a version or a time) tells a person nothing.
        if (e.kind != io::AuditEntry::Kind::Changed || !e.fields.empty())
            out.push_back(std::move(e));
    }
    return out;
}

} // namespace

Result<void> Workspace::recordChanges() {
    return installFileAudit(db(), path_);
}

Result<std::vector<io::AuditEntry>> Workspace::clientAudit(qint64 clientId, int limit) const {
    auto owner = client(clientId);
    if (!owner)
        return owner.error();
    QSqlQuery q(db());
    Error error;
    // From the client's own addition on: a file may give a removed client's id to a new one, and
    // the trail of the old one stays (it outlives what it is about).
    if (!run(q,
             QStringLiteral("SELECT %1 FROM audit_trail WHERE client_id = ? AND id >= coalesce((SELECT max(id) FROM "
                            "audit_trail WHERE client_id = ? AND subject = 'client' AND kind = 'added'), 0) "
                            "ORDER BY id DESC LIMIT ?")
                 .arg(QLatin1String(kColumns)),
             {clientId, clientId, limit}, error, doing(Message::Code::DoingReadClient), path_))
        return error;
    return entriesOf(q);
}

Result<std::vector<io::AuditEntry>> Workspace::catalogAudit(qint64 catalogId, int limit) const {
    auto summary = catalogSummary(catalogId);
    if (!summary)
        return summary.error();
    QSqlQuery q(db());
    Error error;
    if (!run(q,
             QStringLiteral("SELECT %1 FROM audit_trail WHERE catalog_id = ? AND client_id IS NULL AND id >= "
                            "coalesce((SELECT max(id) FROM audit_trail WHERE catalog_id = ? AND subject = 'catalog' "
                            "AND kind = 'added'), 0) ORDER BY id DESC LIMIT ?")
                 .arg(QLatin1String(kColumns)),
             {catalogId, catalogId, limit}, error, doing(Message::Code::DoingReadCatalog), path_))
        return error;
    return entriesOf(q);
}

Result<std::map<std::string, QString>> Workspace::goalTitles(qint64 clientId) const {
    auto owner = client(clientId);
    if (!owner)
        return owner.error();
    std::map<std::string, QString> titles;
    if (owner->catalogId) {
        QSqlQuery q(db());
        Error error;
        if (!run(q, QStringLiteral("SELECT id, title FROM goals WHERE catalog_id = ?"), {*owner->catalogId}, error,
                 doing(Message::Code::DoingReadCatalog), path_))
            return error;
        while (q.next())
            titles.emplace(q.value(0).toString().toStdString(), q.value(1).toString());
    }
    auto own = clientGoals(clientId);
    if (!own)
        return own.error();
    for (const ClientGoal& g : *own)
        titles[g.id] = QString::fromStdString(g.goal.title);
    return titles;
}

} // namespace cairn::store
