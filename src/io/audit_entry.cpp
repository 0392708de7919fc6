#include "cairn/io/audit_entry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <array>

namespace cairn::io {

namespace {

constexpr std::array<std::pair<AuditEntry::Subject, const char*>, 11> kSubjects{{
    {AuditEntry::Subject::Client, "client"},
    {AuditEntry::Subject::Plan, "plan"},
    {AuditEntry::Subject::Note, "note"},
    {AuditEntry::Subject::OwnGoal, "own-goal"},
    {AuditEntry::Subject::Share, "share"},
    {AuditEntry::Subject::Catalog, "catalog"},
    {AuditEntry::Subject::Skill, "skill"},
    {AuditEntry::Subject::Credential, "credential"},
    {AuditEntry::Subject::Program, "program"},
    {AuditEntry::Subject::Goal, "goal"},
    {AuditEntry::Subject::Offer, "offer"},
}};

constexpr std::array<std::pair<AuditEntry::Kind, const char*>, 3> kKinds{{
    {AuditEntry::Kind::Added, "added"},
    {AuditEntry::Kind::Changed, "changed"},
    {AuditEntry::Kind::Removed, "removed"},
}};

/// The JSON object a text value holds, when it holds one (a client's profile, an own goal).
std::optional<QJsonObject> objectInText(const QJsonValue& value) {
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString();
    if (!text.startsWith(QLatin1Char('{')))
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

/// SQLite keeps 2000 as 2000.0 and PostgreSQL as 2000; both are the same number.
bool same(const QJsonValue& a, const QJsonValue& b) {
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

QStringList keysOf(const QJsonObject& a, const QJsonObject& b) {
    QStringList keys = a.keys();
    for (const QString& k : b.keys())
        if (!a.contains(k))
            keys << k;
    return keys;
}

void addChanges(std::vector<AuditEntry::Field>& out, const QString& prefix, const QJsonObject& before,
                const QJsonObject& after) {
    for (const QString& key : keysOf(before, after)) {
        const QJsonValue was = before.value(key);
        const QJsonValue is = after.value(key);
        if (same(was, is))
            continue;
        const auto wasObject = objectInText(was);
        const auto isObject = objectInText(is);
        if (wasObject && isObject)
            addChanges(out, prefix + key + QLatin1Char('.'), *wasObject, *isObject);
        else
            out.push_back({prefix + key, was, is});
    }
}

} // namespace

QString auditSubjectName(AuditEntry::Subject subject) {
    for (const auto& [s, name] : kSubjects)
        if (s == subject)
            return QLatin1String(name);
    return {};
}

std::optional<AuditEntry::Subject> auditSubjectNamed(const QString& name) {
    for (const auto& [s, n] : kSubjects)
        if (name == QLatin1String(n))
            return s;
    return std::nullopt;
}

QString auditKindName(AuditEntry::Kind kind) {
    for (const auto& [k, name] : kKinds)
        if (k == kind)
            return QLatin1String(name);
    return {};
}

std::optional<AuditEntry::Kind> auditKindNamed(const QString& name) {
    for (const auto& [k, n] : kKinds)
        if (name == QLatin1String(n))
            return k;
    return std::nullopt;
}

std::vector<AuditEntry::Field> auditFields(const QJsonObject& before, const QJsonObject& after, AuditEntry::Kind kind) {
    std::vector<AuditEntry::Field> out;
    switch (kind) {
    case AuditEntry::Kind::Added:
        for (auto it = after.begin(); it != after.end(); ++it)
            out.push_back({it.key(), QJsonValue(QJsonValue::Undefined), it.value()});
        break;
    case AuditEntry::Kind::Removed:
        for (auto it = before.begin(); it != before.end(); ++it)
            out.push_back({it.key(), it.value(), QJsonValue(QJsonValue::Undefined)});
        break;
    case AuditEntry::Kind::Changed:
        addChanges(out, QString(), before, after);
        break;
    }
    return out;
}

QJsonObject auditEntryJson(const AuditEntry& entry) {
    QJsonArray fields;
    for (const AuditEntry::Field& f : entry.fields) {
        QJsonObject field{{QStringLiteral("field"), f.name}};
        if (!f.before.isUndefined())
            field.insert(QStringLiteral("from"), f.before);
        if (!f.after.isUndefined())
            field.insert(QStringLiteral("to"), f.after);
        fields.append(field);
    }
    return {{QStringLiteral("at"), entry.at},
            {QStringLiteral("actor"), entry.actor},
            {QStringLiteral("subject"), auditSubjectName(entry.subject)},
            {QStringLiteral("item"), entry.item},
            {QStringLiteral("change"), auditKindName(entry.kind)},
            {QStringLiteral("fields"), fields}};
}

} // namespace cairn::io
