#include "cairn/text/audit_words.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace cairn::text {

using Entry = io::AuditEntry;

namespace {

constexpr int kLongestText = 80;
constexpr int kLongestList = 120;
/// The most fields a sentence names; the others are counted.
constexpr int kFieldsNamed = 4;

QString shortened(const QString& text, int longest) {
    QString flat = text.simplified();
    if (flat.size() <= longest)
        return flat;
    return flat.left(longest - 1).trimmed() + QChar(0x2026);
}

bool isMoney(const QString& field) {
    const QString last = field.section(QLatin1Char('.'), -1);
    return last == QLatin1String("budget") || last == QLatin1String("cost") || last == QLatin1String("hourlyValue") ||
           last == QLatin1String("price");
}

bool isGoal(const QString& field) {
    return field == QLatin1String("goal") || field == QLatin1String("profile.goal");
}

/// The value an added or removed row had in the first of `fields` it has.
QString recorded(const Entry& e, std::initializer_list<const char*> fields) {
    for (const char* name : fields)
        if (const Entry::Field* f = e.field(QLatin1String(name))) {
            const QJsonValue v = e.kind == Entry::Kind::Removed ? f->before : f->after;
            if (v.isString() && !v.toString().isEmpty())
                return v.toString();
        }
    return {};
}

} // namespace

QString AuditWords::when(const QString& recordedAt) const {
    const QDateTime at = QDateTime::fromString(recordedAt, Qt::ISODateWithMs).toLocalTime();
    if (!at.isValid())
        return recordedAt;
    if (isoTimes_)
        return at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return format_.locale().toString(at, QLocale::ShortFormat);
}

QString AuditWords::fieldName(const QString& field) const {
    static const char* const kNames[][2] = {
        {"name", QT_TR_NOOP("the name")},
        {"contact", QT_TR_NOOP("the contact")},
        {"notes", QT_TR_NOOP("the notes")},
        {"catalog_id", QT_TR_NOOP("the catalog")},
        {"goal", QT_TR_NOOP("the goal")},
        {"owner", QT_TR_NOOP("the advisor")},
        {"title", QT_TR_NOOP("the title")},
        {"note", QT_TR_NOOP("the note")},
        {"text", QT_TR_NOOP("the text")},
        {"cost", QT_TR_NOOP("the cost")},
        {"hours", QT_TR_NOOP("the hours")},
        {"provider", QT_TR_NOOP("the provider")},
        {"url", QT_TR_NOOP("the web address")},
        {"description", QT_TR_NOOP("the description")},
        {"requires", QT_TR_NOOP("the prerequisites")},
        {"grants", QT_TR_NOOP("the skills it grants")},
        {"tags", QT_TR_NOOP("the tags")},
        {"source", QT_TR_NOOP("the source")},
        {"as_of", QT_TR_NOOP("the date checked")},
        {"price", QT_TR_NOOP("the price")},
        {"status", QT_TR_NOOP("the status")},
        {"profile.name", QT_TR_NOOP("the name in the profile")},
        {"profile.goal", QT_TR_NOOP("the goal")},
        {"profile.skills", QT_TR_NOOP("the skills")},
        {"profile.completed", QT_TR_NOOP("the credentials held")},
        {"profile.completedDates", QT_TR_NOOP("the dates credentials were earned")},
        {"profile.budget", QT_TR_NOOP("the budget")},
        {"profile.hoursPerWeek", QT_TR_NOOP("the hours a week")},
        {"profile.start", QT_TR_NOOP("the start")},
        {"profile.deadline", QT_TR_NOOP("the deadline")},
        {"profile.hourlyValue", QT_TR_NOOP("the value of an hour")},
        {"profile.pinned", QT_TR_NOOP("the credentials kept in the plan")},
        {"profile.excluded", QT_TR_NOOP("the credentials left out")},
        {"goal.title", QT_TR_NOOP("the title")},
        {"goal.skills", QT_TR_NOOP("the skills")},
    };
    for (const auto& [name, words] : kNames)
        if (field == QLatin1String(name))
            return tr(words);
    return tr("the field %1").arg(field);
}

QString AuditWords::listItem(const QJsonValue& item) const {
    if (item.isString())
        return item.toString();
    if (item.isDouble())
        return format_.number(item.toDouble());
    const QJsonObject o = item.toObject();
    if (o.contains(QLatin1String("skill")) && o.contains(QLatin1String("level")))
        return tr("%1 at level %2")
            .arg(o.value(QLatin1String("skill")).toString())
            .arg(o.value(QLatin1String("level")).toInt());
    if (o.contains(QLatin1String("credential")))
        return o.value(QLatin1String("credential")).toString();
    if (item.isArray())
        return QString::fromUtf8(QJsonDocument(item.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString AuditWords::value(const QString& field, const QJsonValue& v) const {
    if (v.isUndefined() || v.isNull())
        return tr("none");
    if (v.isBool())
        return v.toBool() ? tr("yes") : tr("no");
    if (v.isDouble()) {
        if (field == QLatin1String("catalog_id"))
            return tr("catalog %1").arg(static_cast<qint64>(v.toDouble()));
        return isMoney(field) && !currency_.empty() ? format_.money(v.toDouble(), currency_)
                                                    : format_.number(v.toDouble());
    }
    if (v.isString()) {
        if (v.toString().isEmpty())
            return tr("nothing");
        // A list stored as JSON text (a credential's tags) reads as a list.
        if (v.toString().startsWith(QLatin1Char('['))) {
            const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8());
            if (doc.isArray())
                return value(field, doc.array());
        }
        if (isGoal(field))
            if (const auto title = goalTitles_.find(v.toString().toStdString()); title != goalTitles_.end())
                return tr("“%1”").arg(shortened(title->second, kLongestText));
        return tr("“%1”").arg(shortened(v.toString(), kLongestText));
    }
    if (v.isArray()) {
        QStringList items;
        for (const QJsonValue& item : v.toArray())
            items << listItem(item);
        return items.isEmpty() ? tr("none") : shortened(items.join(QStringLiteral(", ")), kLongestList);
    }
    return shortened(QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)), kLongestList);
}

QString AuditWords::changes(const Entry& entry) const {
    // A client's goal is kept both in its own column and in the profile, an own goal's title both
    // beside the goal and in it: the same change twice reads as one.
    QStringList all;
    for (const Entry::Field& f : entry.fields) {
        const QString part =
            tr("%1 from %2 to %3").arg(fieldName(f.name), value(f.name, f.before), value(f.name, f.after));
        if (!all.contains(part))
            all << part;
    }
    QStringList parts = all.mid(0, kFieldsNamed);
    const int others = static_cast<int>(all.size() - parts.size());
    if (others > 0)
        parts << tr("%n other fields", nullptr, others);
    if (parts.size() == 1)
        return parts.front();
    const QString last = parts.takeLast();
    return tr("%1 and %2").arg(parts.join(QStringLiteral(", ")), last);
}

QString AuditWords::itemWhat(const Entry& entry) const {
    switch (entry.subject) {
    case Entry::Subject::Client:
        return tr("the client");
    case Entry::Subject::Plan:
        return tr("plan version %1").arg(entry.item);
    case Entry::Subject::Note:
        return tr("a note");
    case Entry::Subject::OwnGoal:
        return tr("the own goal %1").arg(entry.item);
    case Entry::Subject::Share:
        return tr("the sharing with %1").arg(entry.item);
    case Entry::Subject::Catalog:
        return tr("the catalog");
    case Entry::Subject::Skill:
        return tr("the skill %1").arg(entry.item);
    case Entry::Subject::Credential:
        return tr("the credential %1").arg(entry.item);
    case Entry::Subject::Program:
        return tr("the program %1").arg(entry.item);
    case Entry::Subject::Goal:
        return tr("the goal %1").arg(entry.item);
    case Entry::Subject::Offer:
        return tr("the offer %1").arg(entry.item);
    }
    return {};
}

QString AuditWords::titled(const Entry& entry) const {
    const QString title = recorded(entry, {"title", "name", "text"});
    if (title.isEmpty())
        return itemWhat(entry);
    return tr("%1, %2").arg(itemWhat(entry), tr("“%1”").arg(shortened(title, kLongestText)));
}

QString AuditWords::added(const Entry& entry) const {
    switch (entry.subject) {
    case Entry::Subject::Plan:
        return tr("Saved %1.").arg(titled(entry));
    case Entry::Subject::Note:
        return tr("Added a note: %1.").arg(tr("“%1”").arg(shortened(recorded(entry, {"text"}), kLongestText)));
    case Entry::Subject::Share:
        return tr("Shared the client with %1.").arg(entry.item);
    default:
        return tr("Added %1.").arg(titled(entry));
    }
}

QString AuditWords::removed(const Entry& entry) const {
    switch (entry.subject) {
    case Entry::Subject::Plan:
        return tr("Deleted %1.").arg(titled(entry));
    case Entry::Subject::Note:
        return tr("Deleted a note: %1.").arg(tr("“%1”").arg(shortened(recorded(entry, {"text"}), kLongestText)));
    case Entry::Subject::Share:
        return tr("Stopped sharing the client with %1.").arg(entry.item);
    default:
        return tr("Removed %1.").arg(titled(entry));
    }
}

QString AuditWords::changed(const Entry& entry) const {
    // A file records an import as one entry, not each credential (store/audit_trail.h).
    if (const Entry::Field* file = entry.field(QStringLiteral("imported")))
        if (const Entry::Field* count = entry.field(QStringLiteral("credentials")))
            return tr("Imported %Ln credentials from %1.", nullptr, count->after.toInt())
                .arg(tr("“%1”").arg(file->after.toString()));
    if (entry.subject == Entry::Subject::Client || entry.subject == Entry::Subject::Catalog)
        return tr("Changed %1.").arg(changes(entry));
    return tr("Changed %1: %2.").arg(itemWhat(entry), changes(entry));
}

QString AuditWords::change(const Entry& entry) const {
    switch (entry.kind) {
    case Entry::Kind::Added:
        return added(entry);
    case Entry::Kind::Removed:
        return removed(entry);
    case Entry::Kind::Changed:
        return changed(entry);
    }
    return {};
}

} // namespace cairn::text
