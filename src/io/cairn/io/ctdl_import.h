#pragma once

#include "cairn/io/ctdl_document.h"
#include "cairn/io/ctdl_report.h"

#include <QByteArray>
#include <QString>
#include <cairn/engine/catalog.h>
#include <set>
#include <string>
#include <vector>

// Reading Credential Engine's CTDL documents into a catalog (docs/formats.md, "CTDL import").
namespace cairn::io::ctdl {

struct ImportOptions {
    QString language;    ///< the reader's language (BCP 47, "de-DE"); texts fall back to English
    QString currency;    ///< the catalog's currency; empty: the one most prices are given in (USD if none)
    QString catalogName; ///< the catalog's name; empty: "CTDL import"
    int skillLevel = 2;  ///< the level competencies are granted and required at (CTDL gives none)
    /// Credentials of the catalog the documents are added to: a target with one of these ids is
    /// that credential, not a placeholder that would replace it.
    std::set<std::string> existingCredentials;
    /// Skills of that catalog: a competency with one of these ids is that skill, left as it is.
    std::set<std::string> existingSkills;
    /// Goals of that catalog: a pathway Cairn wrote for one of them (its codedNotation "goal:ID")
    /// is that goal again, and keeps what a pathway does not carry (its O*NET and ESCO occupations).
    std::vector<Goal> existingGoals;
};

/// The catalog made from the documents, and the account of how.
struct ImportResult {
    Catalog catalog;
    Report report;
};

/// Collects CTDL files, then maps them together, so that a condition in one file can name a
/// credential described in another.
class Importer {
public:
    explicit Importer(ImportOptions options) : options_(std::move(options)) {}

    /// Reads a file (at most kMaxFileBytes). A file that cannot be read, is not JSON, is not CTDL
    /// or holds a placeholder where a value is imported becomes a failure of the report; the
    /// other files still import.
    void addFile(const QString& path);
    void addBytes(const QByteArray& bytes, const QString& file);

    /// The catalog of every document added. Its ids are the same on every import of the same
    /// documents (see catalogId()).
    ImportResult finish();

private:
    ImportOptions options_;
    std::vector<Document> documents_;
    Report report_;
};

/// The first placeholder (isPlaceholder()) in a field the import reads, as an error naming the
/// file, line, column and JSON path; kind Unreadable. nullopt when there is none.
std::optional<LoadError> findPlaceholder(const Document& document, const QString& language);

} // namespace cairn::io::ctdl
