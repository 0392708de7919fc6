#include "cairn/app/shell/app_settings.h"

#include <QSettings>
#include <QUrl>

namespace cairn::app {

namespace {
constexpr auto kGeometry = "window/geometry";
constexpr auto kState = "window/state";
constexpr auto kLastClient = "session/lastClient";
constexpr auto kLastGoal = "session/lastGoal";
constexpr auto kObjectives = "objectives/";
constexpr auto kReplanDelay = "planning/replanDelayMs";
constexpr auto kRecentServers = "workspace/recentServers";
constexpr int kRecentServerCount = 8;
} // namespace

AppSettings::AppSettings() : settings_(std::make_unique<QSettings>()) {}

AppSettings::AppSettings(const QString& iniFile)
    : settings_(std::make_unique<QSettings>(iniFile, QSettings::IniFormat)) {}

AppSettings::~AppSettings() = default;

QByteArray AppSettings::windowGeometry() const {
    return settings_->value(kGeometry).toByteArray();
}
void AppSettings::setWindowGeometry(const QByteArray& geometry) {
    settings_->setValue(kGeometry, geometry);
}
QByteArray AppSettings::windowState() const {
    return settings_->value(kState).toByteArray();
}
void AppSettings::setWindowState(const QByteArray& state) {
    settings_->setValue(kState, state);
}

QStringList AppSettings::recentServers() const {
    return settings_->value(kRecentServers).toStringList();
}

void AppSettings::rememberServer(const QString& address) {
    QStringList recent = recentServers();
    recent.removeAll(address);
    recent.prepend(address);
    settings_->setValue(kRecentServers, recent.mid(0, kRecentServerCount));
}

namespace {
/// A key per server: its address percent-encoded, since '/' in a key would make groups.
QString lastClientKey(const QString& server) {
    if (server.isEmpty())
        return QString::fromLatin1(kLastClient);
    return QStringLiteral("servers/%1/lastClient").arg(QString::fromLatin1(QUrl::toPercentEncoding(server)));
}
} // namespace

QString AppSettings::lastClient(const QString& server) const {
    return settings_->value(lastClientKey(server)).toString();
}
void AppSettings::setLastClient(const QString& clientId, const QString& server) {
    settings_->setValue(lastClientKey(server), clientId);
}
QString AppSettings::lastGoal() const {
    return settings_->value(kLastGoal).toString();
}
void AppSettings::setLastGoal(const QString& goalId) {
    settings_->setValue(kLastGoal, goalId);
}
namespace {
/// A client id as a settings key: ids may hold any character, keys may not.
QString objectiveKey(const QString& clientId) {
    return QLatin1String(kObjectives) + QString::fromLatin1(clientId.toUtf8().toHex());
}
} // namespace

QString AppSettings::objective(const QString& clientId) const {
    return settings_->value(objectiveKey(clientId), QStringLiteral("cost")).toString();
}
void AppSettings::setObjective(const QString& clientId, const QString& objective) {
    settings_->setValue(objectiveKey(clientId), objective);
}

int AppSettings::replanDelayMs() const {
    return settings_->value(kReplanDelay, 300).toInt();
}
void AppSettings::setReplanDelayMs(int ms) {
    settings_->setValue(kReplanDelay, ms);
}

void AppSettings::sync() {
    settings_->sync();
}

} // namespace cairn::app
