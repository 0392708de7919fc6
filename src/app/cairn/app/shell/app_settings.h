#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>

class QSettings;

namespace cairn::app {

/// Every setting the app remembers, typed and with its default in one place. Nothing else
/// in the app touches QSettings, so keys cannot drift apart.
class AppSettings {
public:
    /// The user's settings for Cairn (platform location).
    AppSettings();
    /// Settings kept in `iniFile`; tests use a temporary file.
    explicit AppSettings(const QString& iniFile);
    ~AppSettings();
    AppSettings(const AppSettings&) = delete;
    AppSettings& operator=(const AppSettings&) = delete;

    [[nodiscard]] QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    [[nodiscard]] QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    /// The client open when the window last closed. A team workspace on a server (`server`: its
    /// address) keeps its own, as its clients' ids are not those of the local workspace.
    [[nodiscard]] QString lastClient(const QString& server = {}) const;
    void setLastClient(const QString& clientId, const QString& server = {});
    [[nodiscard]] QString lastGoal() const;
    void setLastGoal(const QString& goalId);
    /// The objective's engine name ("cost", "effort", ...); "cost" by default.
    /// What the client's plans are optimised for ("cost" until chosen): it belongs to the
    /// client, not to the window, so choosing it for one client leaves the others' alone.
    [[nodiscard]] QString objective(const QString& clientId) const;
    void setObjective(const QString& clientId, const QString& objective);

    /// Milliseconds between the last edit and the re-plan it triggers.
    [[nodiscard]] int replanDelayMs() const;
    void setReplanDelayMs(int ms);

    /// The team workspaces connected to, newest first, as addresses without a password (a
    /// ServerAddress cannot hold one).
    [[nodiscard]] QStringList recentServers() const;
    /// Puts `address` first in recentServers(), keeping the last eight.
    void rememberServer(const QString& address);

    void sync();

private:
    std::unique_ptr<QSettings> settings_;
};

} // namespace cairn::app
