#include "cairn/io/audit_import.h"

#include <QJsonArray>

namespace cairn::io {

namespace {

const QString kIds = QStringLiteral("ids");

} // namespace

QJsonObject auditImportValues(const QString& fileName, const std::vector<std::string>& ids) {
    QJsonArray written;
    for (const std::string& id : ids)
        written.append(QString::fromStdString(id));
    return {{QStringLiteral("imported"), fileName},
            {QStringLiteral("credentials"), static_cast<qint64>(ids.size())},
            {kIds, written}};
}

bool auditEntryConcerns(const AuditEntry& entry, const QString& id) {
    if (entry.item == id && entry.subject != AuditEntry::Subject::Catalog)
        return true;
    if (entry.subject != AuditEntry::Subject::Catalog || !entry.field(QStringLiteral("imported")))
        return false;
    const AuditEntry::Field* written = entry.field(kIds);
    return written && written->after.toArray().contains(id);
}

} // namespace cairn::io
