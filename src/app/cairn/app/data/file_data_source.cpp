#include "cairn/app/data/file_data_source.h"

#include "cairn/app/common/qt_convert.h"
#include "cairn/app/session/catalog_edits.h"

#include <QDir>
#include <QFile>
#include <cairn/io/catalog_choice.h>
#include <cairn/io/catalog_json.h>
#include <cairn/io/file_access.h>
#include <cairn/io/profile_json.h>
#include <cairn/text/load_words.h>
#include <cairn/text/message_words.h>

namespace cairn::app {

namespace {

const QString kSampleCatalog = QStringLiteral(":/catalogs/sample.json");
/// Embedded by the workspace layer; absent from builds without it.
const QString kCareerCatalog = QStringLiteral(":/catalogs/cairn-catalog.json");

} // namespace

FileDataSource::FileDataSource(QString catalogPath) : catalogPath_(std::move(catalogPath)) {
    if (catalogPath_.isEmpty())
        catalogPath_ = kSampleCatalog;
    // The bundled demo clients belong to the bundled catalogs only.
    if (catalogPath_.startsWith(QLatin1Char(':')))
        addDemoClients();
}

std::unique_ptr<FileDataSource> FileDataSource::withProfile(const QString& catalogPath, const QString& profilePath,
                                                            QString* error) {
    auto loaded = io::readProfileFile(profilePath);
    if (!loaded.ok()) {
        if (error)
            *error = text::LoadWords().lines(loaded.errors).join(QLatin1Char('\n'));
        return nullptr;
    }
    QString catalog = catalogPath;
    if (catalog.isEmpty() && QFile::exists(kCareerCatalog))
        catalog = io::catalogWrittenFor(*loaded.value, {kSampleCatalog, kCareerCatalog});
    auto source = std::make_unique<FileDataSource>(catalog);
    source->firstFile_ = source->addClient(*loaded.value, profilePath);
    return source;
}

void FileDataSource::addDemoClients() {
    const QDir demo(QStringLiteral(":/profiles"));
    for (const QString& name : demo.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        auto loaded = io::readProfileFile(demo.filePath(name));
        if (!loaded.ok())
            continue;
        clients_[QStringLiteral("demo-%1").arg(nextId_++)] = {*loaded.value, loaded.value->goal, {}};
    }
}

QString FileDataSource::addProfileFile(const QString& path, QString* error) {
    auto loaded = io::readProfileFile(path);
    if (!loaded.ok()) {
        if (error)
            *error = text::LoadWords().lines(loaded.errors).join(QLatin1Char('\n'));
        return {};
    }
    return addClient(*loaded.value, path);
}

QString FileDataSource::addClient(const Profile& profile, const QString& path) {
    const QString id = QStringLiteral("file-%1").arg(nextId_++);
    clients_[id] = {profile, profile.goal, path};
    return id;
}

QString FileDataSource::description() const {
    if (catalogPath_ == kCareerCatalog)
        return tr("bundled career catalog");
    return catalogPath_.startsWith(QLatin1Char(':')) ? tr("bundled sample catalog")
                                                     : QDir::toNativeSeparators(catalogPath_);
}

std::optional<Catalog> FileDataSource::loadCatalog(QString* error) {
    auto loaded = io::readCatalogFile(catalogPath_);
    if (!loaded.ok()) {
        if (error)
            *error = text::LoadWords().lines(loaded.errors).join(QLatin1Char('\n'));
        return std::nullopt;
    }
    knownSkills_.clear();
    knownCredentials_.clear();
    knownGoals_.clear();
    for (const auto& skill : loaded.value->skills)
        knownSkills_.insert(skill.id);
    for (const auto& credential : loaded.value->credentials)
        knownCredentials_.insert(credential.id);
    for (const auto& goal : loaded.value->goals)
        knownGoals_.insert(goal.id);
    // A demo client written for the other bundled catalog would open with errors.
    std::erase_if(clients_, [this](const auto& entry) {
        return entry.first.startsWith(QStringLiteral("demo-")) && !fitsCatalog(entry.second.profile);
    });
    return std::move(*loaded.value);
}

bool FileDataSource::fitsCatalog(const Profile& profile) const {
    for (const auto& s : profile.skills)
        if (!knownSkills_.count(s.skill))
            return false;
    for (const auto* list : {&profile.completed, &profile.pinned, &profile.excluded})
        for (const auto& id : *list)
            if (!knownCredentials_.count(id))
                return false;
    return profile.goal.empty() || knownGoals_.count(profile.goal) > 0;
}

std::vector<ClientEntry> FileDataSource::clients() {
    std::vector<ClientEntry> list;
    for (const auto& [id, entry] : clients_)
        list.push_back({id, entry.profile.name.empty() ? tr("Unnamed client") : qs(entry.profile.name), entry.goal});
    return list;
}

std::optional<Profile> FileDataSource::loadClient(const QString& id, QString* error) {
    const auto it = clients_.find(id);
    if (it == clients_.end()) {
        if (error)
            *error = tr("There is no client \"%1\".").arg(id);
        return std::nullopt;
    }
    return it->second.profile;
}

QString FileDataSource::saveClient(const QString& id, const Profile& profile, const std::string& goal) {
    const auto it = clients_.find(id);
    if (it == clients_.end())
        return tr("There is no client \"%1\".").arg(id);
    if (!it->second.file.isEmpty()) {
        // A profile written for another catalog names skills, credentials or a goal this one
        // does not have; writing it back would drop them. Keep the edits in the window instead.
        auto onDisk = io::readProfileFile(it->second.file);
        if (onDisk.ok() && !fitsCatalog(*onDisk.value)) {
            it->second.profile = profile;
            it->second.profile.goal = goal;
            it->second.goal = goal;
            return tr("%1 names skills, credentials or a goal that this catalog does not have, so it was not "
                      "overwritten; use File → Save profile as… to keep the edits.")
                .arg(QDir::toNativeSeparators(it->second.file));
        }
    }
    it->second.profile = profile;
    it->second.profile.goal = goal;
    it->second.goal = goal;
    if (it->second.file.isEmpty())
        return {};
    // A goal of the client's own lives in this window only: the file keeps the goal it had, so
    // that it still reads against the catalog.
    Profile written = it->second.profile;
    if (!goal.empty() && !knownGoals_.count(goal)) {
        auto onDisk = io::readProfileFile(it->second.file);
        written.goal = onDisk.ok() ? onDisk.value->goal : std::string();
    }
    // The old file stays whole if writing fails half way.
    return text::MessageWords().sentenceIfAny(io::writeFile(io::writeProfile(written), it->second.file));
}

QString FileDataSource::createClient(const QString& name, QString* /*error*/) {
    const QString id = QStringLiteral("new-%1").arg(nextId_++);
    Profile profile;
    profile.name = name.toStdString();
    clients_[id] = {profile, {}, {}};
    return id;
}

QString FileDataSource::saveCredential(const Credential& credential, const std::string& previousId, Catalog& catalog) {
    return replaceCredential(catalog, credential, previousId);
}

QString FileDataSource::deleteCredential(const std::string& id, Catalog& catalog) {
    return removeCredential(catalog, id);
}

QString FileDataSource::deleteSkill(const std::string& id, Catalog& catalog) {
    return removeSkill(catalog, id);
}

QString FileDataSource::saveSkill(const Skill& skill, const std::string& previousId, Catalog& catalog) {
    return replaceSkill(catalog, skill, previousId);
}

} // namespace cairn::app
