#include "cairn/app/data/store_data_source.h"

#ifdef HAVE_CAIRN_STORE

#include "cairn/app/common/qt_convert.h"
#include "cairn/app/data/store_error_text.h"
#include "cairn/app/session/client_match.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <cairn/io/catalog_json.h>
#include <cairn/store/server_address.h>

namespace cairn::app {

std::unique_ptr<StoreDataSource> StoreDataSource::open(const QString& path, const QString& importCatalog,
                                                       QString* error, const QString& password) {
    // Asked before opening, which creates the file. An empty file is one whose creation was cut
    // short: this opening fills it, so it is still the first start. A team's workspace on a
    // server is not one person's first start.
    const QFileInfo before(path.isEmpty() ? store::Workspace::defaultPath() : path);
    const bool created = !store::ServerAddress::isServerAddress(path) && (!before.exists() || before.size() == 0);
    store::Workspace::Options options;
    options.password = password;
    auto opened = store::Workspace::open(path, options);
    if (!opened) {
        if (error)
            *error = storeErrorText(opened.error());
        return nullptr;
    }
    std::unique_ptr<StoreDataSource> source(new StoreDataSource(std::move(opened).value()));
    source->created_ = created;
    if (!importCatalog.isEmpty()) {
        if (!source->addCatalogFile(importCatalog, error))
            return nullptr;
    } else if (auto catalogs = source->workspace_->catalogs(); catalogs && !catalogs.value().empty()) {
        source->catalogId_ = catalogs.value().front().id;
    }
    return source;
}

bool StoreDataSource::addCatalogFile(const QString& path, QString* error) {
    auto imported = workspace_->importCatalogJson(path);
    if (!imported && imported.error().kind == store::Error::Kind::Conflict) {
        // Imported before: plan with the copy in the workspace.
        if (auto file = io::readCatalogFile(path); file.ok())
            if (auto found = workspace_->findCatalog(qs(file.value->name)))
                imported = found.value();
    }
    if (!imported) {
        if (error)
            *error = storeErrorText(imported.error());
        return false;
    }
    catalogId_ = imported.value();
    catalogJustAdded_ = true;
    return true;
}

QString StoreDataSource::reconnect() {
    auto again = workspace_->reconnect();
    return again ? QString() : storeErrorText(again.error());
}

QString StoreDataSource::serverAddress() const {
    return store::ServerAddress::isServerAddress(workspace_->path()) ? workspace_->path() : QString();
}

QString StoreDataSource::description() const {
    return QDir::toNativeSeparators(workspace_->path());
}

std::optional<Catalog> StoreDataSource::loadCatalog(QString* error) {
    if (catalogId_ == 0) {
        if (error)
            *error = tr("The workspace %1 has no catalog yet. Open one with File → Open catalog, or add one to the "
                        "workspace with cairn-cli import.")
                         .arg(description());
        return std::nullopt;
    }
    // The stamp and the versions first: an edit made in between then shows as a change to read
    // again, and as a conflict rather than being saved over.
    const QString stamp = catalogStamp();
    auto versions = workspace_->itemVersions(catalogId_);
    auto loaded = workspace_->loadCatalog(catalogId_);
    if (!loaded || !versions) {
        if (error)
            *error = storeErrorText(loaded ? versions.error() : loaded.error());
        return std::nullopt;
    }
    itemVersions_ = std::move(versions).value();
    catalogStamp_ = stamp;
    return std::move(loaded).value();
}

QString StoreDataSource::catalogStamp() const {
    auto summary = workspace_->catalogSummary(catalogId_);
    if (!summary)
        return {};
    return QStringLiteral("%1|%2|%3").arg(summary->revision, summary->updatedAt).arg(summary->rowVersion);
}

bool StoreDataSource::catalogChangedElsewhere() {
    // This window's own edits change the stamp as well; reading the catalog again after them
    // costs one read and shows the same.
    if (catalogId_ == 0)
        return false;
    const QString now = catalogStamp();
    return !now.isEmpty() && now != catalogStamp_;
}

std::optional<Catalog> StoreDataSource::catalogForClient(const QString& clientId, QString* error) {
    auto client = workspace_->client(clientId.toLongLong());
    if (!client || !client.value().catalogId || *client.value().catalogId == catalogId_)
        return std::nullopt;
    const qint64 previous = catalogId_;
    catalogId_ = *client.value().catalogId;
    auto catalog = loadCatalog(error);
    if (!catalog)
        catalogId_ = previous;
    return catalog;
}

QString StoreDataSource::initialClient() {
    if (!catalogJustAdded_)
        return {};
    catalogJustAdded_ = false; // after this, the person's own choice of client counts
    // Someone who already plans against that catalog, or a new client who will.
    if (auto all = workspace_->clientList({}))
        for (const auto& c : all->rows)
            if (c.catalogId == catalogId_)
                return QString::number(c.id);
    QString error;
    return createClient(tr("New client"), &error);
}

std::vector<ClientEntry> StoreDataSource::clients() {
    std::vector<ClientEntry> list;
    // Names and goals only: reading every client's profile would take seconds on a server
    // with a hundred thousand.
    auto all = workspace_->clientList({});
    if (!all)
        return list;
    for (const auto& c : all->rows)
        list.push_back({QString::number(c.id), c.name, c.goal});
    return list;
}

ClientPage StoreDataSource::clientPage(int limit) {
    ClientPage page;
    auto listed = workspace_->clientList({{}, limit, 0});
    if (!listed)
        return page;
    page.total = listed->total;
    for (const auto& c : listed->rows)
        page.entries.push_back({QString::number(c.id), c.name, c.goal});
    return page;
}

QString StoreDataSource::findClient(const QString& text) {
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return {};
    bool isNumber = false;
    if (const qint64 id = wanted.toLongLong(&isNumber); isNumber && workspace_->client(id))
        return wanted;
    // Whoever the words fit has the first word in their name: only those are read.
    static const QRegularExpression space(QStringLiteral("\\s+"));
    std::vector<ClientEntry> candidates;
    if (auto listed = workspace_->clientList({wanted.split(space, Qt::SkipEmptyParts).front()}))
        for (const auto& c : listed->rows)
            candidates.push_back({QString::number(c.id), c.name, c.goal});
    if (!candidates.empty())
        return clientMeant(candidates, wanted);
    // SQLite's LIKE ignores the case of ASCII letters only: a name typed in another case is
    // looked for among everyone, as before.
    return DataSource::findClient(wanted);
}

std::optional<Profile> StoreDataSource::loadClient(const QString& id, QString* error) {
    auto client = workspace_->client(id.toLongLong());
    if (!client) {
        if (error)
            *error = storeErrorText(client.error());
        return std::nullopt;
    }
    opened_[id] = client.value();
    return client.value().profile;
}

namespace {

ClientDetails detailsOf(const store::Client& c) {
    return {c.name, c.contact, c.notes, c.profile};
}

store::Client withDetails(store::Client c, const ClientDetails& details) {
    c.name = details.name;
    c.contact = details.contact;
    c.notes = details.notes;
    c.profile = details.profile;
    return c;
}

} // namespace

QString StoreDataSource::saveClient(const QString& id, const Profile& profile, const std::string& goal) {
    // The client as this window opened them, not as stored now: saving over a fresh read would
    // silently overwrite what someone else saved in between.
    auto known = opened_.find(id);
    if (known == opened_.end()) {
        auto client = workspace_->client(id.toLongLong());
        if (!client)
            return storeErrorText(client.error());
        known = opened_.emplace(id, client.value()).first;
    }
    const store::Client base = known->second;
    store::Client updated = base;
    updated.profile = profile;
    updated.profile.goal = goal;
    if (!profile.name.empty())
        updated.name = qs(profile.name);
    if (catalogId_ != 0)
        updated.catalogId = catalogId_;
    if (updated == base)
        return {};
    return saveOver(base, std::move(updated));
}

QString StoreDataSource::saveOver(const store::Client& base, store::Client updated) {
    const QString id = QString::number(base.id);
    updated.rowVersion = base.rowVersion;
    auto saved = workspace_->updateClient(updated);
    if (saved) {
        updated.rowVersion = saved.value();
        opened_[id] = std::move(updated);
        return {};
    }
    const QString message = storeErrorText(saved.error());
    if (saved.error().kind != store::Error::Kind::Stale)
        return message;
    auto stored = workspace_->client(base.id);
    if (!stored)
        return message;
    // What this window left as it was takes their value: only what both changed is in conflict.
    const store::Client& now = stored.value();
    store::Client mine = updated;
    if (updated.name == base.name)
        mine.name = now.name;
    if (updated.contact == base.contact)
        mine.contact = now.contact;
    if (updated.notes == base.notes)
        mine.notes = now.notes;
    if (updated.profile == base.profile)
        mine.profile = now.profile;
    conflict_.emplace(ClientConflict{id, message, detailsOf(mine), detailsOf(now)}, now);
    return message;
}

std::optional<ClientConflict> StoreDataSource::takeClientConflict() {
    if (!conflict_)
        return std::nullopt;
    return conflict_->first;
}

QString StoreDataSource::resolveClientConflict(const ClientConflict& conflict, ConflictChoice choice) {
    if (!conflict_ || conflict_->first.clientId != conflict.clientId || choice == ConflictChoice::Cancel)
        return {};
    const store::Client theirs = conflict_->second;
    conflict_.reset();
    switch (choice) {
    case ConflictChoice::TakeTheirs:
        opened_[conflict.clientId] = theirs;
        return {};
    case ConflictChoice::KeepMine:
        return saveOver(theirs, withDetails(theirs, conflict.mine));
    case ConflictChoice::Merge:
        return saveOver(theirs, withDetails(theirs, merged(conflict.mine, conflict.theirs)));
    case ConflictChoice::Cancel:
        break;
    }
    return {};
}

std::vector<OwnGoal> StoreDataSource::ownGoals(const QString& clientId, QString* error) {
    auto goals = workspace_->clientGoals(clientId.toLongLong());
    if (!goals) {
        if (error)
            *error = storeErrorText(goals.error());
        return {};
    }
    std::vector<OwnGoal> out;
    for (store::ClientGoal& g : goals.value()) {
        goalVersions_[{clientId, g.id}] = g.rowVersion;
        out.push_back({std::move(g.id), std::move(g.goal)});
    }
    return out;
}

QString StoreDataSource::saveOwnGoal(const QString& clientId, OwnGoal& goal) {
    // Over the version read with the client's goals, so an edit someone else saved meanwhile is
    // refused rather than overwritten.
    const auto known = goalVersions_.find({clientId, goal.id});
    const std::optional<int> read =
        goal.id.empty() || known == goalVersions_.end() ? std::nullopt : std::optional<int>(known->second);
    auto saved = workspace_->saveClientGoal(clientId.toLongLong(), goal.goal, goal.id, read);
    if (!saved)
        return storeErrorText(saved.error());
    const bool added = goal.id.empty();
    goal.id = saved.value();
    if (read || added)
        goalVersions_[{clientId, goal.id}] = read ? *read + 1 : 1;
    else
        goalVersions_.erase({clientId, goal.id}); // saved over whatever was there: version unknown
    return {};
}

QString StoreDataSource::deleteOwnGoal(const QString& clientId, const std::string& goalId) {
    auto deleted = workspace_->deleteClientGoal(clientId.toLongLong(), goalId);
    if (!deleted)
        return storeErrorText(deleted.error());
    goalVersions_.erase({clientId, goalId}); // deleted here: saving it again (an undo) adds it anew
    return {};
}

QString StoreDataSource::createClient(const QString& name, QString* error) {
    store::Client client;
    client.name = name;
    client.profile.name = name.toStdString();
    if (catalogId_ != 0)
        client.catalogId = catalogId_;
    auto added = workspace_->addClient(client);
    if (!added) {
        if (error)
            *error = storeErrorText(added.error());
        return {};
    }
    return QString::number(added.value());
}

QString StoreDataSource::reload(Catalog& catalog) {
    QString error;
    auto loaded = loadCatalog(&error);
    if (!loaded)
        return error;
    catalog = std::move(*loaded);
    return {};
}

std::optional<int> StoreDataSource::versionRead(const std::map<std::string, int>& versions, const std::string& id) {
    if (const auto it = versions.find(id); it != versions.end())
        return it->second;
    return std::nullopt;
}

QString StoreDataSource::staleEdit(const store::Error& error, Catalog& catalog) {
    // Their version goes into the window; the editor stays open with this person's, so saving
    // again keeps theirs out deliberately, not by accident.
    if (reload(catalog).isEmpty()) {
        staleEdit_ = storeErrorText(error);
        return tr("%1 The catalog now shows what they saved; save again to keep yours over it.").arg(*staleEdit_);
    }
    return storeErrorText(error);
}

std::optional<QString> StoreDataSource::takeStaleEdit() {
    return std::exchange(staleEdit_, std::nullopt);
}

QString StoreDataSource::saveCredential(const Credential& credential, const std::string& previousId, Catalog& catalog) {
    staleEdit_.reset();
    const std::optional<int> read =
        previousId.empty() ? std::nullopt : versionRead(itemVersions_.credentials, previousId);
    const auto saved =
        workspace_->saveCredential(catalogId_, credential, previousId == credential.id ? read : std::nullopt);
    if (!saved &&
        (saved.error().kind == store::Error::Kind::Stale || saved.error().kind == store::Error::Kind::NotFound))
        return staleEdit(saved.error(), catalog);
    if (!saved)
        return storeErrorText(saved.error());
    if (!previousId.empty() && previousId != credential.id) {
        if (auto removed = workspace_->deleteCredential(catalogId_, previousId); !removed) {
            (void)workspace_->deleteCredential(catalogId_, credential.id); // put things back as they were
            return storeErrorText(removed.error());
        }
    }
    return reload(catalog);
}

QString StoreDataSource::deleteCredential(const std::string& id, Catalog& catalog) {
    if (auto removed = workspace_->deleteCredential(catalogId_, id); !removed)
        return storeErrorText(removed.error());
    return reload(catalog);
}

QString StoreDataSource::saveSkill(const Skill& skill, const std::string& previousId, Catalog& catalog) {
    staleEdit_.reset();
    if (!previousId.empty() && previousId != skill.id)
        return tr("A skill's id cannot be changed once credentials may refer to it.");
    const auto saved = workspace_->saveSkill(catalogId_, skill, versionRead(itemVersions_.skills, skill.id));
    if (!saved &&
        (saved.error().kind == store::Error::Kind::Stale || saved.error().kind == store::Error::Kind::NotFound))
        return staleEdit(saved.error(), catalog);
    if (!saved)
        return storeErrorText(saved.error());
    return reload(catalog);
}

QString StoreDataSource::deleteSkill(const std::string& id, Catalog& catalog) {
    if (auto removed = workspace_->deleteSkill(catalogId_, id); !removed)
        return storeErrorText(removed.error());
    return reload(catalog);
}

} // namespace cairn::app

#endif
