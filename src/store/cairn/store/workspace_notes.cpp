// Workspace: a client's dated notes.
#include "cairn/store/workspace.h"
#include "dialect.h"
#include "sql_support.h"

namespace cairn::store {

using namespace detail;

Result<qint64> Workspace::addNote(qint64 clientId, const QString& text, std::optional<qint64> planId) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::of(Error::Kind::Invalid, says(Message::Code::NoteNeedsText));
    auto owner = client(clientId);
    if (!owner)
        return owner.error();
    if (planId) {
        auto about = plan(*planId);
        if (!about)
            return about.error();
        if (about->summary.clientId != clientId)
            return Error::of(Error::Kind::Invalid,
                             says(Message::Code::PlanOfAnotherClient, {idArg(*planId), textArg(owner->name)}));
    }
    QSqlQuery q(db());
    Error error;
    if (!run(q,
             QStringLiteral("INSERT INTO notes (client_id, plan_id, text, created_at) VALUES (?, ?, ?, ?)") +
                 Dialect::of(q).returningId(),
             {clientId, planId ? QVariant(*planId) : QVariant(QMetaType(QMetaType::LongLong)), trimmed, now()}, error,
             doing(Message::Code::DoingAddNote, {textArg(owner->name)}), path_))
        return error;
    return Dialect::of(q).insertedId(q);
}

Result<std::vector<ClientNote>> Workspace::notes(qint64 clientId) const {
    auto owner = client(clientId);
    if (!owner)
        return owner.error();
    QSqlQuery q(db());
    Error error;
    if (!run(q,
             QStringLiteral("SELECT id, client_id, plan_id, text, created_at FROM notes WHERE client_id = ? "
                            "ORDER BY created_at DESC, id DESC"),
             {clientId}, error, doing(Message::Code::DoingReadNotes), path_))
        return error;
    std::vector<ClientNote> list;
    while (q.next()) {
        ClientNote n;
        n.id = q.value(0).toLongLong();
        n.clientId = q.value(1).toLongLong();
        if (!q.value(2).isNull())
            n.planId = q.value(2).toLongLong();
        n.text = q.value(3).toString();
        n.createdAt = q.value(4).toString();
        list.push_back(std::move(n));
    }
    return list;
}

Result<void> Workspace::deleteNote(qint64 noteId) {
    QSqlQuery q(db());
    Error error;
    if (!run(q, QStringLiteral("DELETE FROM notes WHERE id = ?"), {noteId}, error,
             doing(Message::Code::DoingDeleteNote), path_))
        return error;
    if (q.numRowsAffected() == 0)
        return notFound(says(Message::Code::NoNote, {idArg(noteId)}));
    return {};
}

} // namespace cairn::store
