#pragma once

#include <QJsonObject>
#include <QString>
#include <cairn/io/audit_entry.h>
#include <string>
#include <vector>

namespace cairn::io {

/// A file records an import of credentials as one entry about the catalog, not one per row
/// (store/audit_trail.h): `{"imported": file name, "credentials": count, "ids": [every id
/// written]}`. A server's triggers record each row instead.
QJsonObject auditImportValues(const QString& fileName, const std::vector<std::string>& ids);

/// Whether the entry is about the catalog item `id`: a change to that credential, skill,
/// program, goal or offer, or a file's import that wrote it.
bool auditEntryConcerns(const AuditEntry& entry, const QString& id);

} // namespace cairn::io
