// cairn-cli against a workspace on a PostgreSQL server: `--database postgresql://…` where a
// workspace file goes, the same commands printing the same as on a file.
#include "cli_run.h"
#include "private_cluster.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <cstdio>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace cairn::test;
using testing::HasSubstr;

namespace {

PrivateCluster* server = nullptr;

/// A new database on the private server, and its address.
QString newWorkspace(const QString& name) {
    QString why;
    EXPECT_TRUE(server->createDatabase(name, why)) << why.toStdString();
    return server->address(name);
}

QStringList withDatabase(QStringList arguments, const QString& database) {
    return arguments << QStringLiteral("--database") << database;
}

} // namespace

TEST(CliOnServer, ClientsAndPlansReadAsOnAFile) {
    const QString address = newWorkspace(QStringLiteral("cli_same"));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("ws.sqlite"));
    for (const QStringList& command :
         {QStringList{QStringLiteral("clients"), QStringLiteral("list")},
          QStringList{QStringLiteral("plan"), QStringLiteral("--client"), QStringLiteral("Aisha Okafor")},
          QStringList{QStringLiteral("clients"), QStringLiteral("show"), QStringLiteral("Jamal Robinson")}}) {
        const CliRun onServer = cli(withDatabase(command, address));
        const CliRun onFile = cli(withDatabase(command, file));
        ASSERT_EQ(onServer.code, 0) << onServer.err.toStdString();
        EXPECT_EQ(onServer.out, onFile.out) << command.join(u' ').toStdString();
    }
    EXPECT_THAT(cli(withDatabase({QStringLiteral("clients"), QStringLiteral("list")}, address)).out.toStdString(),
                HasSubstr("Aisha Okafor"));
}

TEST(CliOnServer, ASavedPlanIsThereForTheNextCommand) {
    const QString address = newWorkspace(QStringLiteral("cli_saved"));
    const CliRun saved = cli(withDatabase(
        {QStringLiteral("plan"), QStringLiteral("--client"), QStringLiteral("Aisha Okafor"), QStringLiteral("--save")},
        address));
    ASSERT_EQ(saved.code, 0) << saved.err.toStdString();
    const CliRun shown =
        cli(withDatabase({QStringLiteral("clients"), QStringLiteral("show"), QStringLiteral("Aisha Okafor")}, address));
    ASSERT_EQ(shown.code, 0) << shown.err.toStdString();
    EXPECT_THAT(shown.out.toStdString(), HasSubstr("Saved plans:    1"));
    EXPECT_THAT(shown.out.toStdString(), HasSubstr(" v1 "));
}

TEST(CliOnServer, AServerThatCannotBeReachedIsSaidSo) {
    const CliRun r = cli(withDatabase({QStringLiteral("clients"), QStringLiteral("list")},
                                      QStringLiteral("postgresql://cairn@127.0.0.1:1/cairn")));
    EXPECT_EQ(r.code, 2);
    EXPECT_THAT(r.err.toStdString(),
                HasSubstr("clients: Cannot reach the server postgresql://cairn@127.0.0.1:1/cairn"));
}

TEST(CliOnServer, APasswordInTheAddressIsRefusedUnrepeated) {
    const CliRun r = cli(withDatabase({QStringLiteral("clients"), QStringLiteral("list")},
                                      QStringLiteral("postgresql://cairn:hunter2@127.0.0.1/cairn")));
    EXPECT_EQ(r.code, 2);
    EXPECT_THAT(r.err.toStdString(), HasSubstr("contains a password"));
    EXPECT_THAT(r.err.toStdString(), testing::Not(HasSubstr("hunter2")));
}

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv); // the SQL drivers are plugins
    ::testing::InitGoogleTest(&argc, argv);
    QString why;
    auto cluster = PrivateCluster::start(why);
    if (!cluster) {
        std::fprintf(stderr, "No PostgreSQL server for the tests: %s\n", why.toLocal8Bit().constData());
        return 1;
    }
    server = cluster.get();
    return RUN_ALL_TESTS();
}
