#pragma once

#include "cairn/io/ctdl_terms.h"
#include "cairn/io/json_value.h"
#include "cairn/io/load_error.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <variant>
#include <vector>

namespace cairn::io::ctdl {

/// One CTDL file as read: the JSON it holds and the nodes at its top, whatever the shape —
/// a single node, an `@graph` wrapper, an array of nodes (compact or expanded JSON-LD), or a
/// Credential Registry envelope with the document in its `decoded_resource`.
struct Document {
    QString file;
    std::shared_ptr<const JsonValue> root; ///< owns what `nodes` point into
    std::vector<Located> nodes;            ///< JSON objects, in written order
};

/// Parses `bytes` (strict JSON, see parseJson()) and finds the document's nodes. A file that is
/// not JSON — two documents one after the other included — or not CTDL gives one error with the
/// file, line and column.
std::variant<Document, LoadError> readDocument(const QByteArray& bytes, const QString& file);

} // namespace cairn::io::ctdl
