#pragma once

// Reading and writing a catalog's rows (not part of the public API).

#include "cairn/store/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <cairn/engine/catalog.h>

namespace cairn::store::detail {

/// Inserts catalog items with statements prepared once, so large imports stay fast.
/// Call inside a transaction; on false, `error()` says what failed.
class CatalogWriter {
public:
    CatalogWriter(QSqlDatabase db, qint64 catalogId, QString path);

    bool skill(const Skill& skill, int position);
    bool credential(const Credential& credential, int position);
    bool program(const Program& program, int position);
    bool goal(const Goal& goal, int position);
    bool offer(const Offer& offer, int position);
    /// Every list of the catalog, in order.
    bool content(const Catalog& catalog);

    [[nodiscard]] const Error& error() const { return error_; }

private:
    qint64 catalogId_;
    QString path_;
    QSqlQuery skill_, credential_, program_, goal_, offer_;
    Error error_;
    bool prepared_ = false;

    bool exec(QSqlQuery& q, const Message& action);
};

/// The catalog as stored; a row that cannot be read back is reported as damage.
Result<Catalog> readCatalogRows(QSqlDatabase db, qint64 catalogId, const QString& path);

} // namespace cairn::store::detail
