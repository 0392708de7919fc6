#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QtGlobal>
#include <optional>
#include <vector>

namespace cairn::io {

/// One change in a workspace's audit trail: who changed which client, plan or catalog entry,
/// when, and from what to what. The workspace records it (cairn/store/workspace.h); it is
/// exported with the client (`cairn-client`, docs/formats.md) and worded by text::AuditWords.
struct AuditEntry {
    /// What the change is about: the client or one of their parts, or a catalog or one of its items.
    enum class Subject { Client, Plan, Note, OwnGoal, Share, Catalog, Skill, Credential, Program, Goal, Offer };
    enum class Kind { Added, Changed, Removed };

    /// One field: for a change its value before and after; for an addition only `after`, for a
    /// removal only `before` (the other is undefined). A field that holds a JSON object of its
    /// own (a client's profile) is compared inside: `profile.budget`.
    struct Field {
        QString name;
        QJsonValue before;
        QJsonValue after;

        bool operator==(const Field&) const = default;
    };

    qint64 id = 0; ///< in the order the changes were made
    QString at;    ///< ISO 8601 UTC with milliseconds
    QString actor; ///< the server login; in a file, the computer's user
    Subject subject = Subject::Client;
    QString item; ///< which one: a plan's version, a credential's id, an own goal's "own:N", an advisor
    Kind kind = Kind::Changed;
    std::vector<Field> fields; ///< a change: the fields that differ; an addition or removal: all

    /// The field named `name`, or null.
    [[nodiscard]] const Field* field(const QString& name) const {
        for (const Field& f : fields)
            if (f.name == name)
                return &f;
        return nullptr;
    }
    bool operator==(const AuditEntry&) const = default;
};

/// The names the trail and the `cairn-client` format use: "client", "plan", "note", "own-goal",
/// "share", "catalog", "skill", "credential", "program", "goal", "offer"; "added", "changed",
/// "removed".
QString auditSubjectName(AuditEntry::Subject subject);
std::optional<AuditEntry::Subject> auditSubjectNamed(const QString& name);
QString auditKindName(AuditEntry::Kind kind);
std::optional<AuditEntry::Kind> auditKindNamed(const QString& name);

/// The entry as it is exported with a client: `{"at", "actor", "subject", "item", "change",
/// "fields": [{"field", "from", "to"}, …]}`, `from` left out of an addition and `to` of a removal.
QJsonObject auditEntryJson(const AuditEntry& entry);

/// The fields of one recorded change, from the row's recorded values before and after it (either
/// empty for an addition or a removal): for a change only those that differ, a field holding a
/// JSON object in text compared key by key.
std::vector<AuditEntry::Field> auditFields(const QJsonObject& before, const QJsonObject& after, AuditEntry::Kind kind);

} // namespace cairn::io
