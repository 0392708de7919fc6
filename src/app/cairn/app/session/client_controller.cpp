#include "cairn/app/session/client_controller.h"

#include "cairn/app/data/catalog_conflict.h"
#include "cairn/app/data/data_source.h"
#include "cairn/app/data/file_data_source.h"
#include "cairn/app/session/client_match.h"
#include "cairn/app/session/planning_session.h"

#include <algorithm>

namespace cairn::app {

ClientController::ClientController(PlanningSession* session, std::unique_ptr<DataSource> source, QObject* parent)
    : QObject(parent), source_(std::move(source)), session_(session) {
    autosave_.setSingleShot(true);
    autosave_.setInterval(800);
    connect(&autosave_, &QTimer::timeout, this, [this] {
        if (const QString e = saveNow(); !e.isEmpty())
            emit saveFailed(e);
    });
    connect(session_, &PlanningSession::profileChanged, &autosave_, qOverload<>(&QTimer::start));
    connect(session_, &PlanningSession::goalChanged, &autosave_, qOverload<>(&QTimer::start));
}

ClientController::~ClientController() = default;

bool ClientController::start(const QString& preferredClient, const QString& preferredGoal, QString* error) {
    auto catalog = source_->loadCatalog(error);
    if (!catalog)
        return false;
    session_->setCatalog(std::move(*catalog));
    QString id = source_->initialClient();
    if (id.isEmpty())
        id = source_->findClient(preferredClient);
    if (id.isEmpty())
        if (const ClientPage first = source_->clientPage(1); !first.entries.empty())
            id = first.entries.front().id;
    if (id.isEmpty()) {
        id = source_->createClient(tr("New client"), error);
        if (id.isEmpty())
            return false;
    }
    if (!selectClient(id, error))
        return false;
    if (!preferredGoal.isEmpty() && session_->catalog().findGoal(preferredGoal.toStdString()))
        session_->setGoal(preferredGoal.toStdString());
    return true;
}

bool ClientController::selectClient(const QString& clientId, QString* error) {
    if (autosave_.isActive()) {
        autosave_.stop();
        if (const QString e = saveNow(); !e.isEmpty())
            emit saveFailed(e);
    }
    if (auto catalog = source_->catalogForClient(clientId, error))
        session_->setCatalog(std::move(*catalog));
    auto profile = source_->loadClient(clientId, error);
    if (!profile)
        return false;
    QString goalsError;
    std::vector<OwnGoal> own = source_->ownGoals(clientId, &goalsError);
    if (!goalsError.isEmpty())
        emit saveFailed(goalsError); // the client opens; only their own goals are missing
    const std::string goal = profile->goal;
    session_->setClient(clientId, std::move(*profile), std::move(own));
    session_->setGoal(session_->catalog().findGoal(goal) ? goal : std::string());
    autosave_.stop(); // loading is not an edit
    emit clientsChanged();
    return true;
}

bool ClientController::createClient(const QString& name, QString* error) {
    const QString id = source_->createClient(name, error);
    return !id.isEmpty() && selectClient(id, error);
}

bool ClientController::addProfileFile(const QString& path, QString* error) {
    auto* files = dynamic_cast<FileDataSource*>(source_.get());
    if (!files) {
        if (error)
            *error = tr("Profiles are kept in the workspace; create a client instead.");
        return false;
    }
    const QString id = files->addProfileFile(path, error);
    return !id.isEmpty() && selectClient(id, error);
}

bool ClientController::openCatalogFile(const QString& path, QString* error) {
    if (!source_->keepsCatalogs())
        return replaceSource(std::make_unique<FileDataSource>(path), error);
    // Leaving the workspace for the file would hide the caseload until the next start.
    saveNow();
    return source_->addCatalogFile(path, error) && start(QString(), QString(), error);
}

bool ClientController::replaceSource(std::unique_ptr<DataSource> source, QString* error) {
    saveNow();
    autosave_.stop();
    std::swap(source_, source);
    if (!start(QString(), QString(), error)) {
        std::swap(source_, source); // keep working with what was open
        return false;
    }
    return true;
}

QString ClientController::saveNow() {
    autosave_.stop();
    if (session_->clientId().isEmpty())
        return {};
    const QString error = source_->saveClient(session_->clientId(), session_->profile(), session_->goal());
    if (error.isEmpty() || !resolver_)
        return error;
    if (auto conflict = source_->takeClientConflict())
        return resolve(std::move(*conflict));
    return error;
}

QString ClientController::resolve(ClientConflict conflict) {
    for (;;) {
        const ConflictChoice choice = resolver_(viewOf(conflict));
        if (choice == ConflictChoice::Cancel)
            return conflict.message; // the window keeps its edits; nothing was saved
        const QString error = source_->resolveClientConflict(conflict, choice);
        if (choice == ConflictChoice::TakeTheirs) {
            // Their version replaces the window's; setClient() clears the undo steps, which
            // were edits of the version dropped.
            QString loadError;
            if (!selectClient(conflict.clientId, &loadError))
                return loadError;
            return error;
        }
        if (error.isEmpty())
            return {};
        auto again = source_->takeClientConflict(); // someone saved yet again meanwhile
        if (!again)
            return error;
        conflict = std::move(*again);
    }
}

QString ClientController::saveOwnGoal(OwnGoal& goal) {
    if (QString e = source_->saveOwnGoal(session_->clientId(), goal); !e.isEmpty()) {
        // Refused, perhaps because someone else saved the goal meanwhile: show the goals as
        // saved now, so that the next edit starts from theirs.
        QString readError;
        std::vector<OwnGoal> now = source_->ownGoals(session_->clientId(), &readError);
        if (readError.isEmpty() && now != session_->ownGoals())
            session_->setOwnGoals(std::move(now));
        return e;
    }
    std::vector<OwnGoal> goals = session_->ownGoals();
    const auto same = std::find_if(goals.begin(), goals.end(), [&](const OwnGoal& g) { return g.id == goal.id; });
    if (same != goals.end())
        *same = goal;
    else
        goals.push_back(goal);
    session_->setOwnGoals(std::move(goals));
    return {};
}

QString ClientController::deleteOwnGoal(const std::string& goalId) {
    if (QString e = source_->deleteOwnGoal(session_->clientId(), goalId); !e.isEmpty())
        return e;
    std::vector<OwnGoal> goals = session_->ownGoals();
    std::erase_if(goals, [&](const OwnGoal& g) { return g.id == goalId; });
    session_->setOwnGoals(std::move(goals));
    return {};
}

template <class Entry, class Save, class Find>
QString ClientController::saveCatalogEntry(Entry entry, const std::string& previousId, ConflictView::Subject subject,
                                           Save save, Find find) {
    // The entry as this window read it: what differs from it is what the person changed.
    std::optional<Entry> base;
    if (const Entry* read = previousId.empty() ? nullptr : find(session_->baseCatalog(), previousId))
        base = *read;
    for (;;) {
        Catalog catalog = session_->baseCatalog();
        const QString error = save(entry, catalog);
        if (error.isEmpty()) {
            session_->setCatalog(std::move(catalog));
            return {};
        }
        showIfReloaded(std::move(catalog));
        const std::optional<QString> refused = source_->takeStaleEdit();
        const Entry* stored = find(session_->baseCatalog(), entry.id);
        if (!refused || !resolver_ || !stored || !base)
            return error; // not a conflict, or theirs removed it: the sentence says which
        const Entry theirs = *stored;
        const Entry mine = rebased(entry, *base, theirs);
        const ConflictView view{subject, *refused, differences(mine, theirs)};
        if (view.differences.empty())
            return {}; // they saved what this window would have
        switch (resolver_(view)) {
        case ConflictChoice::Cancel:
            return error;
        case ConflictChoice::TakeTheirs:
            return {}; // the window already shows theirs
        case ConflictChoice::KeepMine:
            entry = mine;
            break;
        case ConflictChoice::Merge:
            entry = merged(mine, theirs);
            break;
        }
        base = theirs; // saved over theirs next; someone may save yet again meanwhile
    }
}

QString ClientController::saveCredential(const Credential& credential, const std::string& previousId) {
    return saveCatalogEntry(
        credential, previousId, ConflictView::Subject::Credential,
        [&](const Credential& c, Catalog& catalog) { return source_->saveCredential(c, previousId, catalog); },
        [](const Catalog& catalog, const std::string& id) { return catalog.findCredential(id); });
}

void ClientController::showIfReloaded(Catalog catalog) {
    // A refused edit leaves the catalog as it was, unless the source read it anew because
    // someone else had saved it meanwhile: then the window shows theirs.
    if (!(catalog == session_->baseCatalog()))
        session_->setCatalog(std::move(catalog));
}

bool ClientController::refreshCatalog(QString* error) {
    if (!source_->catalogChangedElsewhere())
        return false;
    auto catalog = source_->loadCatalog(error);
    if (!catalog)
        return false;
    // Compared once here, rather than again by showIfReloaded(): a catalog can be large.
    if (*catalog == session_->baseCatalog())
        return false;
    session_->setCatalog(std::move(*catalog));
    return true;
}

QString ClientController::deleteCredential(const std::string& credentialId) {
    Catalog catalog = session_->baseCatalog();
    if (QString e = source_->deleteCredential(credentialId, catalog); !e.isEmpty())
        return e;
    session_->setCatalog(std::move(catalog));
    return {};
}

QString ClientController::deleteSkill(const std::string& skillId) {
    Catalog catalog = session_->baseCatalog();
    if (QString e = source_->deleteSkill(skillId, catalog); !e.isEmpty())
        return e;
    session_->setCatalog(std::move(catalog));
    return {};
}

QString ClientController::saveSkill(const Skill& skill, const std::string& previousId) {
    return saveCatalogEntry(
        skill, previousId, ConflictView::Subject::Skill,
        [&](const Skill& s, Catalog& catalog) { return source_->saveSkill(s, previousId, catalog); },
        [](const Catalog& catalog, const std::string& id) { return catalog.findSkill(id); });
}

} // namespace cairn::app
