// Workspace: catalogs — import, export, listing and editing one item at a time.
#include "audit_trail.h"
#include "cairn/store/credential_csv.h"
#include "cairn/store/workspace.h"
#include "catalog_tables.h"
#include "dialect.h"
#include "sql_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cairn/engine/validation.h>
#include <cairn/io/catalog_json.h>
#include <cairn/io/catalog_rules.h>
#include <cairn/io/file_access.h>
#include <unordered_map>

namespace cairn::store {

using namespace detail;

namespace {

QString revisionLabel(const QString& revision, int edits) {
    if (edits == 0)
        return revision;
    return revision.isEmpty() ? QStringLiteral("edit %1").arg(edits) : QStringLiteral("%1+%2").arg(revision).arg(edits);
}

/// Validation errors as load errors: those about a credential read from a file point at its line.
std::vector<io::LoadError> validationErrors(const std::vector<Problem>& problems, const QString& fileName,
                                            const std::unordered_map<std::string, int>& lineOf) {
    std::vector<io::LoadError> out;
    for (const Problem& p : problems) {
        if (p.severity != Problem::Severity::Error)
            continue;
        io::LoadError e;
        e.file = fileName;
        if (const auto it = lineOf.find(p.credential); !p.credential.empty() && it != lineOf.end()) {
            e.line = it->second;
            e.column = 1; // the problem is about the row as a whole
        }
        e.object = QString::fromStdString(p.object);
        e.what = p.message;
        out.push_back(std::move(e));
    }
    return out;
}

Error invalid(Message what, std::vector<io::LoadError> problems) {
    return Error::of(Error::Kind::Invalid, std::move(what), std::move(problems));
}

Result<QByteArray> readWholeFile(const QString& filePath) {
    io::FileContent content = io::readFile(filePath);
    if (!content.ok())
        return Error::of(Error::Kind::Io,
                         says(Message::Code::FileUnreadable, {textArg(filePath), arg::clauses({*content.error})}));
    return std::move(content.bytes);
}

/// The end of every single-item catalog edit: count the edit (it shows in the catalog's
/// revision label) and commit the edit's transaction.
Result<void> countEditAndCommit(QSqlQuery& q, Transaction& t, qint64 catalogId, const Message& action,
                                const QString& path) {
    Error error;
    if (!run(q, QStringLiteral("UPDATE catalogs SET edits = edits + 1, updated_at = ? WHERE id = ?"),
             {now(), catalogId}, error, action, path))
        return error;
    if (!t.commit())
        return t.error();
    return {};
}

} // namespace

Result<std::vector<CatalogSummary>> Workspace::catalogs() const {
    QSqlQuery q(db());
    Error error;
    if (!run(q,
             QStringLiteral("SELECT c.id, c.name, c.revision, c.edits, c.updated_at,"
                            " (SELECT count(*) FROM credentials WHERE catalog_id = c.id),"
                            " (SELECT count(*) FROM skills WHERE catalog_id = c.id),"
                            " (SELECT count(*) FROM goals WHERE catalog_id = c.id),"
                            " c.currency,"
                            " (SELECT count(*) FROM offers WHERE catalog_id = c.id),"
                            " c.row_version"
                            " FROM catalogs c ORDER BY %1, c.id")
                 .arg(Dialect::of(q).caseless(QStringLiteral("c.name"))),
             {}, error, doing(Message::Code::DoingListCatalogs), path_))
        return error;
    std::vector<CatalogSummary> out;
    while (q.next())
        out.push_back(CatalogSummary{q.value(0).toLongLong(), q.value(1).toString(),
                                     revisionLabel(q.value(2).toString(), q.value(3).toInt()), q.value(5).toInt(),
                                     q.value(6).toInt(), q.value(7).toInt(), q.value(4).toString(),
                                     q.value(8).toString().toStdString(), q.value(9).toInt(), q.value(10).toInt()});
    return out;
}

Result<CatalogSummary> Workspace::catalogSummary(qint64 catalogId) const {
    auto all = catalogs();
    if (!all)
        return all.error();
    for (const auto& c : *all)
        if (c.id == catalogId)
            return c;
    return notFound(says(Message::Code::NoCatalog, {idArg(catalogId)}));
}

Result<qint64> Workspace::findCatalog(const QString& nameOrId) const {
    QSqlQuery q(db());
    Error error;
    if (!run(q, QStringLiteral("SELECT id FROM catalogs WHERE name = ?"), {nameOrId}, error,
             doing(Message::Code::DoingFindCatalog), path_))
        return error;
    if (q.next())
        return q.value(0).toLongLong();
    bool isNumber = false;
    const qint64 id = nameOrId.toLongLong(&isNumber);
    if (isNumber) {
        if (!run(q, QStringLiteral("SELECT id FROM catalogs WHERE id = ?"), {id}, error,
                 doing(Message::Code::DoingFindCatalog), path_))
            return error;
        if (q.next())
            return id;
    }
    QStringList names;
    if (auto all = catalogs())
        for (const auto& c : *all)
            names << c.name;
    return notFound(says(Message::Code::NoCatalogNamed, {textArg(nameOrId), textsArg(names)}));
}

Result<qint64> Workspace::addCatalog(const Catalog& catalog, const QString& requestedName) {
    // Checked before the transaction: validating a large catalog takes a while, and other
    // programs should not wait for it.
    auto name = checkedCatalogName(catalog, requestedName);
    if (!name)
        return name.error();
    Transaction t(db(), path_);
    if (!t.begun())
        return t.error();
    auto id = insertCatalog(catalog, *name);
    if (!id)
        return id;
    if (!t.commit())
        return t.error();
    return id;
}

Result<QString> Workspace::checkedCatalogName(const Catalog& catalog, const QString& requestedName) const {
    QString name = requestedName.trimmed();
    if (name.isEmpty())
        name = QString::fromStdString(catalog.name).trimmed();
    if (name.isEmpty())
        name = QStringLiteral("Untitled catalog");
    const auto problems = validate(catalog);
    if (hasErrors(problems))
        return invalid(says(Message::Code::CatalogHasErrors, {textArg(name)}), validationErrors(problems, {}, {}));
    return name;
}

Result<qint64> Workspace::insertCatalog(const Catalog& catalog, const QString& name) {
    QSqlQuery q(db());
    Error error;
    if (!run(q, QStringLiteral("SELECT 1 FROM catalogs WHERE name = ?"), {name}, error,
             doing(Message::Code::DoingAddCatalog), path_))
        return error;
    if (q.next())
        return Error::of(Error::Kind::Conflict, says(Message::Code::CatalogNameTaken, {textArg(name)}));
    QJsonArray attribution;
    for (const auto& a : catalog.attribution)
        attribution.append(QString::fromStdString(a));
    const QString stamp = now();
    if (!run(q,
             QStringLiteral("INSERT INTO catalogs (name, title, currency, revision, attribution, created_at, "
                            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)") +
                 Dialect::of(q).returningId(),
             {name, QString::fromStdString(catalog.name), QString::fromStdString(catalog.currency),
              QString::fromStdString(catalog.revision),
              QString::fromUtf8(QJsonDocument(attribution).toJson(QJsonDocument::Compact)), stamp, stamp},
             error, doing(Message::Code::DoingAddCatalog), path_))
        return error;
    const qint64 id = Dialect::of(q).insertedId(q);
    // The catalog's own row is its entry in a file's trail ("Added the catalog …"), not each item.
    FileAuditPause pause(db());
    CatalogWriter writer(db(), id, path_);
    if (!writer.content(catalog))
        return writer.error();
    return id;
}

Result<qint64> Workspace::importCatalogJson(const QString& filePath, const QString& name) {
    auto bytes = readWholeFile(filePath);
    if (!bytes)
        return bytes.error();
    return importCatalogJson(*bytes, filePath, name);
}

Result<qint64> Workspace::importCatalogJson(const QByteArray& json, const QString& fileName, const QString& name) {
    auto read = io::readCatalog(json, fileName);
    if (!read.ok()) {
        const auto count = static_cast<long long>(read.errors.size());
        return invalid(says(Message::Code::NothingImported, {textArg(fileName), arg::count(count)}),
                       std::move(read.errors));
    }
    auto added = addCatalog(*read.value, name);
    if (added)
        return added;
    Error error = added.error();
    for (auto& p : error.problems)
        p.file = fileName;
    return error;
}

Result<int> Workspace::importCredentialsCsv(qint64 catalogId, const QString& filePath) {
    auto bytes = readWholeFile(filePath);
    if (!bytes)
        return bytes.error();
    return importCredentialsCsv(catalogId, *bytes, filePath);
}

Result<int> Workspace::importCredentialsCsv(qint64 catalogId, const QByteArray& csv, const QString& fileName) {
    auto existing = loadCatalog(catalogId);
    if (!existing)
        return existing.error();
    CredentialCsv read = readCredentialCsv(csv, fileName);

    Catalog merged = std::move(*existing);
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < merged.credentials.size(); ++i)
        index.emplace(merged.credentials[i].id, i);
    for (const Credential& c : read.credentials) {
        if (const auto it = index.find(c.id); it != index.end())
            merged.credentials[it->second] = c;
        else
            merged.credentials.push_back(c);
    }

    if (!read.errors.empty()) {
        // Validate what could be read anyway, so one pass reports every problem there is.
        std::unordered_map<std::string, int> lineOf;
        for (std::size_t i = 0; i < read.credentials.size(); ++i)
            lineOf.emplace(read.credentials[i].id, read.lines[i]);
        auto problems = std::move(read.errors);
        for (auto& e : validationErrors(validate(merged), fileName, lineOf))
            if (e.line > 0) // about a row of this file
                problems.push_back(std::move(e));
        const auto count = static_cast<long long>(problems.size());
        return invalid(says(Message::Code::NothingImported, {textArg(fileName), arg::count(count)}),
                       std::move(problems));
    }
    if (read.credentials.empty()) // a header alone: nothing to change, and no new revision
        return 0;
    auto done = commitCredentials(catalogId, merged, read.credentials, {}, fileName, read.lines, std::nullopt);
    if (!done)
        return done.error();
    return static_cast<int>(read.credentials.size());
}

namespace {

/// `into` with every item of `from` replacing the one with its id, or added at the end.
template <typename Item> void mergeById(std::vector<Item>& into, const std::vector<Item>& from) {
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < into.size(); ++i)
        index.emplace(into[i].id, i);
    for (const Item& item : from) {
        if (const auto it = index.find(item.id); it != index.end()) {
            into[it->second] = item;
        } else {
            index.emplace(item.id, into.size());
            into.push_back(item);
        }
    }
}

} // namespace

Result<void> Workspace::mergeIntoCatalog(qint64 catalogId, const Catalog& additions, const QString& source) {
    auto existing = loadCatalog(catalogId);
    if (!existing)
        return existing.error();
    Catalog merged = std::move(*existing);
    mergeById(merged.skills, additions.skills);
    mergeById(merged.credentials, additions.credentials);
    mergeById(merged.programs, additions.programs);
    mergeById(merged.goals, additions.goals);
    mergeById(merged.offers, additions.offers);
    const auto problems = validate(merged);
    if (hasErrors(problems)) {
        auto errors = validationErrors(problems, source, {});
        const auto count = static_cast<long long>(errors.size());
        return invalid(says(Message::Code::NothingImportedCatalogErrors, {textArg(source), arg::count(count)}),
                       std::move(errors));
    }
    Transaction t(db(), path_);
    if (!t.begun())
        return t.error();
    QSqlQuery q(db());
    Error error;
    // The rows written anew all take a version above any their predecessors had, so an editor
    // who read one before the merge is refused rather than saving over it.
    int nextVersion = 1;
    if (!run(q,
             QStringLiteral("SELECT COALESCE(MAX(row_version), 0) + 1 FROM ("
                            "SELECT row_version FROM credentials WHERE catalog_id = ? UNION ALL "
                            "SELECT row_version FROM skills WHERE catalog_id = ?) v"),
             {catalogId, catalogId}, error, doing(Message::Code::DoingChangeCatalog), path_))
        return error;
    if (q.next())
        nextVersion = q.value(0).toInt();
    q.finish();
    // The merged lists are written anew, in their order; the catalog row and its plans stay.
    for (const QString& table : {QStringLiteral("skills"), QStringLiteral("credentials"), QStringLiteral("programs"),
                                 QStringLiteral("goals"), QStringLiteral("offers")})
        if (!run(q, QStringLiteral("DELETE FROM %1 WHERE catalog_id = ?").arg(table), {catalogId}, error,
                 doing(Message::Code::DoingChangeCatalog), path_))
            return error;
    CatalogWriter writer(db(), catalogId, path_);
    if (!writer.content(merged))
        return writer.error();
    for (const QString& table : {QStringLiteral("skills"), QStringLiteral("credentials")})
        if (!run(q, QStringLiteral("UPDATE %1 SET row_version = ? WHERE catalog_id = ?").arg(table),
                 {nextVersion, catalogId}, error, doing(Message::Code::DoingChangeCatalog), path_))
            return error;
    return countEditAndCommit(q, t, catalogId, doing(Message::Code::DoingChangeCatalog), path_);
}

Result<int> Workspace::commitCredentials(qint64 catalogId, const Catalog& merged,
                                         const std::vector<Credential>& changed,
                                         const std::vector<std::string>& removed, const QString& fileName,
                                         const std::vector<int>& lines, std::optional<int> readVersion) {
    const auto problems = validate(merged);
    if (hasErrors(problems)) {
        std::unordered_map<std::string, int> lineOf;
        for (std::size_t i = 0; i < changed.size() && i < lines.size(); ++i)
            lineOf.emplace(changed[i].id, lines[i]);
        auto errors = validationErrors(problems, fileName, lineOf);
        const auto count = arg::count(static_cast<long long>(errors.size()));
        return invalid(fileName.isEmpty()
                           ? says(Message::Code::ChangeNotSaved, {count})
                           : says(Message::Code::NothingImportedCatalogErrors, {textArg(fileName), count}),
                       std::move(errors));
    }

    Transaction t(db(), path_);
    if (!t.begun())
        return t.error();
    // An import (it names its file) is one entry in a file's trail, written below.
    std::optional<FileAuditPause> pause;
    if (!fileName.isEmpty())
        pause.emplace(db());
    QSqlQuery q(db());
    q.setForwardOnly(true);
    Error error;
    // Locked until the commit on a server, so the versions compared here are the ones replaced.
    // Locking is part of the change: a role that may not change catalogs is refused here.
    if (!run(q,
             QStringLiteral("SELECT id, position, row_version FROM credentials WHERE catalog_id = ?") +
                 Dialect::of(q).lockRows(),
             {catalogId}, error, doing(Message::Code::DoingChangeCatalog), path_))
        return error;
    std::unordered_map<std::string, int> position;
    std::unordered_map<std::string, int> version;
    int next = 0;
    while (q.next()) {
        const int p = q.value(1).toInt();
        const std::string id = q.value(0).toString().toStdString();
        position.emplace(id, p);
        version.emplace(id, q.value(2).toInt());
        next = std::max(next, p + 1);
    }
    q.finish();
    if (readVersion && !changed.empty()) {
        const std::string& id = changed.front().id;
        if (const auto it = version.find(id); it == version.end())
            return notFound(says(Message::Code::CredentialDeletedMeanwhile, {arg::text(id)}));
        else if (it->second != *readVersion)
            return Error::of(Error::Kind::Stale, says(Message::Code::CredentialChangedMeanwhile, {arg::text(id)}));
    }
    QSqlQuery remove(db());
    if (!remove.prepare(QStringLiteral("DELETE FROM credentials WHERE catalog_id = ? AND id = ?")))
        return failure(remove, doing(Message::Code::DoingChangeCatalog), path_);
    auto erase = [&](const std::string& id) {
        remove.bindValue(0, catalogId);
        remove.bindValue(1, QString::fromStdString(id));
        return remove.exec();
    };
    for (const std::string& id : removed)
        if (!erase(id))
            return failure(remove, doing(Message::Code::DoingDeleteCredential, {arg::text(id)}), path_);
    CatalogWriter writer(db(), catalogId, path_);
    int firstVersion = 0;
    for (const Credential& c : changed) {
        int at = next;
        int rowVersion = 1;
        if (const auto it = position.find(c.id); it != position.end()) {
            at = it->second;
            rowVersion = version[c.id] + 1;
        } else {
            ++next;
        }
        if (!writer.credential(c, at))
            return writer.error();
        // Written over in place (CatalogWriter updates a credential that is there), one version on.
        if (rowVersion > 1 &&
            !run(q, QStringLiteral("UPDATE credentials SET row_version = ? WHERE catalog_id = ? AND id = ?"),
                 {rowVersion, catalogId, QString::fromStdString(c.id)}, error,
                 doing(Message::Code::DoingReplaceCredential, {arg::text(c.id)}), path_))
            return error;
        if (firstVersion == 0)
            firstVersion = rowVersion;
    }
    if (!fileName.isEmpty()) {
        std::vector<std::string> ids;
        ids.reserve(changed.size());
        for (const Credential& c : changed)
            ids.push_back(c.id);
        if (auto recorded = recordImport(db(), path_, catalogId, fileName, ids); !recorded)
            return recorded.error();
    }
    if (auto done = countEditAndCommit(q, t, catalogId, doing(Message::Code::DoingChangeCatalog), path_); !done)
        return done.error();
    return firstVersion;
}

Result<Catalog> Workspace::loadCatalog(qint64 catalogId) const {
    return readCatalogRows(db(), catalogId, path_);
}

Result<int> Workspace::renameCatalog(qint64 catalogId, const QString& name, int rowVersion) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return invalid(says(Message::Code::CatalogNeedsName), {});
    QSqlQuery q(db());
    Error error;
    if (!run(q, QStringLiteral("SELECT id FROM catalogs WHERE name = ? AND id <> ?"), {trimmed, catalogId}, error,
             doing(Message::Code::DoingRenameCatalog), path_))
        return error;
    if (q.next())
        return Error::of(Error::Kind::Conflict, says(Message::Code::CatalogNameTaken, {textArg(trimmed)}));
    if (!run(q,
             QStringLiteral("UPDATE catalogs SET name = ?, updated_at = ?, row_version = row_version + 1 "
                            "WHERE id = ? AND row_version = ?"),
             {trimmed, now(), catalogId, rowVersion}, error, doing(Message::Code::DoingRenameCatalog), path_))
        return error;
    if (q.numRowsAffected() > 0)
        return rowVersion + 1;
    if (!run(q, QStringLiteral("SELECT name FROM catalogs WHERE id = ?"), {catalogId}, error,
             doing(Message::Code::DoingRenameCatalog), path_))
        return error;
    if (!q.next())
        return notFound(says(Message::Code::CatalogDeletedMeanwhile, {idArg(catalogId)}));
    return Error::of(Error::Kind::Stale,
                     says(Message::Code::CatalogChangedMeanwhile, {textArg(q.value(0).toString())}));
}

Result<void> Workspace::deleteCatalog(qint64 catalogId) {
    QSqlQuery q(db());
    Error error;
    // Child rows go with it (ON DELETE CASCADE), in the statement's own transaction.
    if (!run(q, QStringLiteral("DELETE FROM catalogs WHERE id = ?"), {catalogId}, error,
             doing(Message::Code::DoingDeleteCatalog), path_))
        return error;
    if (q.numRowsAffected() == 0)
        return notFound(says(Message::Code::NoCatalog, {idArg(catalogId)}));
    return {};
}

Result<int> Workspace::saveCredential(qint64 catalogId, const Credential& credential, std::optional<int> readVersion) {
    // An edit comes through no file reader, so the format's rules for ids and nesting are
    // applied here: whatever the workspace holds must export as a catalog file that reads back.
    const QString id = QString::fromStdString(credential.id);
    if (!io::isId(id))
        return invalid(says(Message::Code::CredentialIdInvalid, {textArg(id)}), {});
    if (const int depth = io::requirementGroupDepth(credential.prerequisites); depth > io::kMaxRequirementGroups)
        return invalid(says(Message::Code::CredentialNestsTooDeep,
                            {textArg(id), arg::count(depth), arg::count(io::kMaxRequirementGroups)}),
                       {});
    auto catalog = loadCatalog(catalogId);
    if (!catalog)
        return catalog.error();
    Catalog merged = std::move(*catalog);
    bool replaced = false;
    for (auto& c : merged.credentials)
        if (c.id == credential.id) {
            c = credential;
            replaced = true;
        }
    if (!replaced)
        merged.credentials.push_back(credential);
    return commitCredentials(catalogId, merged, {credential}, {}, {}, {}, readVersion);
}

Result<void> Workspace::deleteCredential(qint64 catalogId, const std::string& credentialId) {
    auto catalog = loadCatalog(catalogId);
    if (!catalog)
        return catalog.error();
    Catalog merged = std::move(*catalog);
    const auto before = merged.credentials.size();
    std::erase_if(merged.credentials, [&](const Credential& c) { return c.id == credentialId; });
    if (merged.credentials.size() == before)
        return notFound(says(Message::Code::NoCredentialInCatalog, {arg::text(credentialId)}));
    if (auto done = commitCredentials(catalogId, merged, {}, {credentialId}, {}, {}); !done)
        return done.error();
    return {};
}

Result<int> Workspace::saveSkill(qint64 catalogId, const Skill& skill, std::optional<int> readVersion) {
    auto catalog = loadCatalog(catalogId);
    if (!catalog)
        return catalog.error();
    Catalog merged = std::move(*catalog);
    int position = static_cast<int>(merged.skills.size());
    bool replaced = false;
    for (std::size_t i = 0; i < merged.skills.size(); ++i)
        if (merged.skills[i].id == skill.id) {
            merged.skills[i] = skill;
            replaced = true;
        }
    if (!replaced)
        merged.skills.push_back(skill);
    const auto problems = validate(merged);
    if (hasErrors(problems))
        return invalid(says(Message::Code::SkillNotSaved), validationErrors(problems, {}, {}));

    Transaction t(db(), path_);
    if (!t.begun())
        return t.error();
    QSqlQuery q(db());
    Error error;
    const QString id = QString::fromStdString(skill.id);
    // Locked until the commit on a server, so the version compared here is the one replaced.
    if (!run(q,
             QStringLiteral("SELECT position, row_version FROM skills WHERE catalog_id = ? AND id = ?") +
                 Dialect::of(q).lockRows(),
             {catalogId, id}, error, doing(Message::Code::DoingSaveSkill), path_))
        return error;
    int rowVersion = 1;
    if (q.next()) {
        if (readVersion && q.value(1).toInt() != *readVersion)
            return Error::of(Error::Kind::Stale, says(Message::Code::SkillChangedMeanwhile, {textArg(id)}));
        position = q.value(0).toInt();
        rowVersion = q.value(1).toInt() + 1;
        q.finish();
    } else if (readVersion) {
        return notFound(says(Message::Code::SkillDeletedMeanwhile, {textArg(id)}));
    } else {
        if (!run(q, QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM skills WHERE catalog_id = ?"),
                 {catalogId}, error, doing(Message::Code::DoingSaveSkill), path_))
            return error;
        if (q.next())
            position = q.value(0).toInt();
    }
    CatalogWriter writer(db(), catalogId, path_);
    if (!writer.skill(skill, position))
        return writer.error();
    // Written over in place (CatalogWriter updates a skill that is there), one version on.
    if (rowVersion > 1 && !run(q, QStringLiteral("UPDATE skills SET row_version = ? WHERE catalog_id = ? AND id = ?"),
                               {rowVersion, catalogId, id}, error, doing(Message::Code::DoingSaveSkill), path_))
        return error;
    if (auto done = countEditAndCommit(q, t, catalogId, doing(Message::Code::DoingSaveSkill), path_); !done)
        return done.error();
    return rowVersion;
}

Result<void> Workspace::deleteSkill(qint64 catalogId, const std::string& skillId) {
    auto catalog = loadCatalog(catalogId);
    if (!catalog)
        return catalog.error();
    Catalog merged = std::move(*catalog);
    const auto before = merged.skills.size();
    std::erase_if(merged.skills, [&](const Skill& s) { return s.id == skillId; });
    if (merged.skills.size() == before)
        return notFound(says(Message::Code::NoSkillInCatalog, {arg::text(skillId)}));
    const auto problems = validate(merged);
    if (hasErrors(problems))
        return invalid(says(Message::Code::SkillNotDeleted, {arg::text(skillId)}), validationErrors(problems, {}, {}));
    Transaction t(db(), path_);
    if (!t.begun())
        return t.error();
    QSqlQuery q(db());
    Error error;
    if (!run(q, QStringLiteral("DELETE FROM skills WHERE catalog_id = ? AND id = ?"),
             {catalogId, QString::fromStdString(skillId)}, error, doing(Message::Code::DoingDeleteSkill), path_))
        return error;
    return countEditAndCommit(q, t, catalogId, doing(Message::Code::DoingDeleteSkill), path_);
}

Result<CatalogItemVersions> Workspace::itemVersions(qint64 catalogId) const {
    if (auto summary = catalogSummary(catalogId); !summary)
        return summary.error();
    QSqlQuery q(db());
    Error error;
    CatalogItemVersions out;
    for (auto [table, versions] : {std::pair{QStringLiteral("credentials"), &out.credentials},
                                   std::pair{QStringLiteral("skills"), &out.skills}}) {
        if (!run(q, QStringLiteral("SELECT id, row_version FROM %1 WHERE catalog_id = ?").arg(table), {catalogId},
                 error, doing(Message::Code::DoingReadCatalog), path_))
            return error;
        while (q.next())
            versions->emplace(q.value(0).toString().toStdString(), q.value(1).toInt());
    }
    return out;
}

Result<QByteArray> Workspace::exportCatalogJson(qint64 catalogId) const {
    auto catalog = loadCatalog(catalogId);
    if (!catalog)
        return catalog.error();
    return io::writeCatalog(*catalog);
}

Result<QByteArray> Workspace::exportCatalogCsv(qint64 catalogId) const {
    auto catalog = loadCatalog(catalogId);
    if (!catalog)
        return catalog.error();
    return writeCredentialCsv(catalog->credentials);
}

} // namespace cairn::store
