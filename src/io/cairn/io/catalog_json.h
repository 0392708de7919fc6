#pragma once

#include "cairn/io/load_error.h"

#include <cairn/engine/catalog.h>

#include <QByteArray>
#include <QString>

namespace cairn::io {

/// Reads the `cairn-catalog` JSON format (docs/formats.md). Unknown fields, unknown formats
/// and versions are errors; every error names the file, line, column and field.
LoadResult<Catalog> readCatalog(const QByteArray& json, const QString& fileName = {});
LoadResult<Catalog> readCatalogFile(const QString& path);

/// Writes the catalog in the canonical form: reading it back gives an equal Catalog.
QByteArray writeCatalog(const Catalog& catalog);

} // namespace cairn::io
