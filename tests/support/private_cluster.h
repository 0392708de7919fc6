#pragma once

// A PostgreSQL server of the tests' own: a throwaway cluster in a temporary folder, listening on
// a free loopback port and on a Unix socket in that folder, never a system cluster.
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace cairn::test {

class PrivateCluster {
public:
    /// The superuser the cluster is made with; the tests' workspaces are opened as this user.
    static constexpr const char* kUser = "cairn";

    /// Whether commits reach the disk: Off for the tests (faster, and what they check does not
    /// depend on it), On for a benchmark whose save times should be a real server's.
    enum class Durability { Off, On };

    /// Starts a new cluster (initdb with scram-sha-256 and a random password, then pg_ctl), and
    /// puts its password in this process's PGPASSWORD, where libpq looks for it. When the tests
    /// run as root the server runs as the `postgres` user, which PostgreSQL requires. A watchdog
    /// stops the server when this process ends without doing so, a crash included. Empty, with
    /// `why` set, when PostgreSQL is not installed or the cluster does not start.
    static std::unique_ptr<PrivateCluster> start(QString& why, Durability durability = Durability::Off);
    /// Stops the server and removes the folder.
    ~PrivateCluster();
    PrivateCluster(const PrivateCluster&) = delete;
    PrivateCluster& operator=(const PrivateCluster&) = delete;

    [[nodiscard]] int port() const { return port_; }
    [[nodiscard]] QString password() const { return password_; }
    /// The folder holding the server's Unix socket.
    [[nodiscard]] QString socketFolder() const { return dir_.path(); }
    /// The server's log, where every statement it refused is written with the reason.
    [[nodiscard]] QString logFile() const { return dir_.path() + QStringLiteral("/server.log"); }
    /// `postgresql://cairn@127.0.0.1:PORT/DATABASE`.
    [[nodiscard]] QString address(const QString& database) const;

    /// Creates an empty database; false, with `why`, when the server refuses.
    bool createDatabase(const QString& name, QString& why);
    /// Runs `statements` in `database` as the superuser, as another program would.
    bool exec(const QString& database, const QStringList& statements, QString& why);

    /// Kills the server as a power cut would end it (`pg_ctl stop -m immediate`: no checkpoint,
    /// open transactions cut off); `restart()` starts it again, recovering from its log.
    bool crash(QString& why);
    bool restart(QString& why);

private:
    PrivateCluster() = default;
    bool startServer(QString& why);
    bool run(const QString& program, const QStringList& arguments, QString& why) const;
    void stop();

    QTemporaryDir dir_;
    QString bin_;
    QString password_;
    int port_ = 0;
    bool asPostgres_ = false;
    bool running_ = false;
    QString options_; ///< the server's settings, as pg_ctl -o passes them
};

} // namespace cairn::test
