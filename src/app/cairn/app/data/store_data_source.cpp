#include "cairn/app/data/store_data_source.h"

#ifdef HAVE_CAIRN_STORE

#include "cairn/app/common/qt_convert.h"
#include "cairn/app/data/store_error_text.h"

#include <QDir>
#include <QFileInfo>
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
    auto loaded = workspace_->loadCatalog(catalogId_);
    if (!loaded) {
        if (error)
            *error = storeErrorText(loaded.error());
        return std::nullopt;
    }
    return std::move(loaded).value();
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
    if (auto all = workspace_->clients())
        for (const auto& c : all.value())
            if (c.catalogId == catalogId_)
                return QString::number(c.id);
    QString error;
    return createClient(tr("New client"), &error);
}

std::vector<ClientEntry> StoreDataSource::clients() {
    std::vector<ClientEntry> list;
    auto all = workspace_->clients();
    if (!all)
        return list;
    for (const auto& c : all.value())
        list.push_back({QString::number(c.id), c.name, c.profile.goal});
    return list;
}

std::optional<Profile> StoreDataSource::loadClient(const QString& id, QString* error) {
    auto client = workspace_->client(id.toLongLong());
    if (!client) {
        if (error)
            *error = storeErrorText(client.error());
        return std::nullopt;
    }
    return client.value().profile;
}

QString StoreDataSource::saveClient(const QString& id, const Profile& profile, const std::string& goal) {
    auto client = workspace_->client(id.toLongLong());
    if (!client)
        return storeErrorText(client.error());
    store::Client updated = client.value();
    updated.profile = profile;
    updated.profile.goal = goal;
    if (!profile.name.empty())
        updated.name = qs(profile.name);
    if (catalogId_ != 0)
        updated.catalogId = catalogId_;
    if (updated == client.value())
        return {};
    auto saved = workspace_->updateClient(updated);
    return saved ? QString() : storeErrorText(saved.error());
}

std::vector<OwnGoal> StoreDataSource::ownGoals(const QString& clientId, QString* error) {
    auto goals = workspace_->clientGoals(clientId.toLongLong());
    if (!goals) {
        if (error)
            *error = storeErrorText(goals.error());
        return {};
    }
    std::vector<OwnGoal> out;
    for (store::ClientGoal& g : goals.value())
        out.push_back({std::move(g.id), std::move(g.goal)});
    return out;
}

QString StoreDataSource::saveOwnGoal(const QString& clientId, OwnGoal& goal) {
    auto saved = workspace_->saveClientGoal(clientId.toLongLong(), goal.goal, goal.id);
    if (!saved)
        return storeErrorText(saved.error());
    goal.id = saved.value();
    return {};
}

QString StoreDataSource::deleteOwnGoal(const QString& clientId, const std::string& goalId) {
    auto deleted = workspace_->deleteClientGoal(clientId.toLongLong(), goalId);
    return deleted ? QString() : storeErrorText(deleted.error());
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
    auto loaded = workspace_->loadCatalog(catalogId_);
    if (!loaded)
        return storeErrorText(loaded.error());
    catalog = std::move(loaded).value();
    return {};
}

QString StoreDataSource::saveCredential(const Credential& credential, const std::string& previousId, Catalog& catalog) {
    if (auto saved = workspace_->saveCredential(catalogId_, credential); !saved)
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
    if (!previousId.empty() && previousId != skill.id)
        return tr("A skill's id cannot be changed once credentials may refer to it.");
    if (auto saved = workspace_->saveSkill(catalogId_, skill); !saved)
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
