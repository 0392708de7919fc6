#include "driver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QUrl>
#include <cairn/store/server_address.h>
#include <cairn/store/workspace.h>
#include <memory>

namespace cairn::load {

namespace {

using store::Client;
using store::Workspace;

constexpr int kShared = 5;

/// The demo clients the seed added who have a catalog and a goal to plan for.
std::vector<Client> plannable(const Workspace& ws, QString& why) {
    std::vector<Client> out;
    auto all = ws.clients();
    if (!all) {
        why = all.error().toString();
        return out;
    }
    for (Client& c : *all)
        if (c.catalogId && !c.profile.goal.empty())
            out.push_back(std::move(c));
    if (out.empty())
        why = QStringLiteral("the seeded workspace has no client with a catalog and a goal");
    return out;
}

std::optional<qint64> addCopy(Workspace& ws, const Client& demo, const QString& name, QString& why) {
    Client c = demo;
    c.id = 0;
    c.name = name;
    c.profile.name = name.toStdString();
    auto id = ws.addClient(c);
    if (!id) {
        why = id.error().toString();
        return std::nullopt;
    }
    return *id;
}

QString advisorName(int n) {
    return QStringLiteral("load_advisor_%1").arg(n, 2, 10, QLatin1Char('0'));
}

/// Every advisor a login of their own; the shared clients shared with each, their own given them.
bool addAdvisors(Workspace& ws, Team& team, QString& why) {
    for (std::size_t i = 0; i < team.own.size(); ++i) {
        const QString name = advisorName(static_cast<int>(i) + 1);
        const QString password = QStringLiteral("load-%1").arg(name);
        auto done = ws.addTeamMember(name, store::TeamRole::Advisor, password);
        for (const qint64 id : team.shared)
            if (done)
                done = ws.shareClient(id, name);
        if (done)
            done = ws.reassignClient(team.own[i], name);
        if (!done) {
            why = done.error().toString();
            return false;
        }
        QUrl address(team.adminAddress);
        address.setUserName(name);
        team.logins[i] = address.toString();
        team.password[i] = password;
    }
    return true;
}

QStringList advisorArguments(const Team& team, const AdvisorsRun& run, int n, qint64 startAt) {
    QStringList shared;
    for (const qint64 id : team.shared)
        shared << QString::number(id);
    const auto i = static_cast<std::size_t>(n - 1);
    return {QStringLiteral("--advisor"),  QString::number(n),
            QStringLiteral("--address"),  team.logins[i],
            QStringLiteral("--busy-ms"),  QString::number(run.busyTimeoutMs),
            QStringLiteral("--shared"),   shared.join(QLatin1Char(',')),
            QStringLiteral("--own"),      QString::number(team.own[i]),
            QStringLiteral("--start-at"), QString::number(startAt),
            QStringLiteral("--seconds"),  QString::number(run.seconds),
            QStringLiteral("--ledger"),   ledgerPath(run.ledgers, n)};
}

Ending endingOf(QProcess& p) {
    if (p.error() == QProcess::FailedToStart)
        return {false, QStringLiteral("could not be started")};
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(5000);
        return {false, QStringLiteral("still running two minutes after the end; stopped")};
    }
    if (p.exitStatus() == QProcess::CrashExit)
        return {false, QStringLiteral("crashed")};
    if (p.exitCode() != 0)
        return {false, QStringLiteral("exited with %1").arg(p.exitCode())};
    return {true, {}};
}

} // namespace

QString ledgerPath(const QString& folder, int n) {
    return QDir(folder).filePath(QStringLiteral("advisor-%1.tsv").arg(n, 2, 10, QLatin1Char('0')));
}

std::optional<Team> setUpTeam(const QString& address, int advisors, bool roles, QString& why) {
    Workspace::Options seeded;
    seeded.seed = true;
    if (roles) {
        auto setUp = Workspace::setUpTeam(address, seeded);
        if (!setUp) {
            why = setUp.error().toString();
            return std::nullopt;
        }
    }
    auto ws = Workspace::open(address, seeded);
    if (!ws) {
        why = ws.error().toString();
        return std::nullopt;
    }
    const std::vector<Client> demo = plannable(**ws, why);
    if (demo.empty())
        return std::nullopt;
    Team team;
    team.adminAddress = address;
    for (int i = 0; i < kShared + advisors; ++i) {
        const Client& from = demo[static_cast<std::size_t>(i) % demo.size()];
        const QString name = i < kShared ? QStringLiteral("Shared client %1").arg(i + 1)
                                         : QStringLiteral("Own client of advisor %1").arg(i - kShared + 1);
        const auto id = addCopy(**ws, from, name, why);
        if (!id)
            return std::nullopt;
        (i < kShared ? team.shared : team.own).push_back(*id);
    }
    team.logins.assign(static_cast<std::size_t>(advisors), address);
    team.password.assign(static_cast<std::size_t>(advisors), QString());
    if (roles && !addAdvisors(**ws, team, why))
        return std::nullopt;
    return team;
}

std::vector<Ending> runAdvisors(const Team& team, const AdvisorsRun& run) {
    const int advisors = static_cast<int>(team.own.size());
    // Long enough for every process to start, connect and read its catalogs on a busy machine.
    const qint64 startAt = QDateTime::currentMSecsSinceEpoch() + 3000 + 300 * qint64{advisors};
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int n = 1; n <= advisors; ++n) {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (const QString& password = team.password[static_cast<std::size_t>(n - 1)]; !password.isEmpty())
            env.insert(QStringLiteral("PGPASSWORD"), password);
        p->setProcessEnvironment(env);
        p->setStandardOutputFile(QProcess::nullDevice());
        p->setStandardErrorFile(ledgerPath(run.ledgers, n) + QStringLiteral(".stderr"));
        p->start(QCoreApplication::applicationFilePath(), advisorArguments(team, run, n, startAt));
        processes.push_back(std::move(p));
    }
    const qint64 giveUpAt = startAt + qint64{run.seconds} * 1000 + 120000;
    std::vector<Ending> endings;
    for (auto& p : processes) {
        const qint64 left = giveUpAt - QDateTime::currentMSecsSinceEpoch();
        p->waitForFinished(static_cast<int>(std::max<qint64>(left, 1)));
        endings.push_back(endingOf(*p));
    }
    return endings;
}

} // namespace cairn::load
