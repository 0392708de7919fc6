// cairn-cli against a workspace on a PostgreSQL server: `--database postgresql://…` where a
// workspace file goes, the same commands printing the same as on a file.
#include "cli_postgres.h"
#include "cli_run.h"
#include "private_cluster.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QUrl>
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

QStringList words(const char* line) {
    return QString::fromUtf8(line).split(u' ');
}

} // namespace

PrivateCluster& cliServer() {
    return *server;
}

TEST(CliTeam, InitAddsRolesOnceAndAdvisorsSeeOnlyTheirClients) {
    const QString address = newWorkspace(QStringLiteral("cli_team"));
    const CliRun init = cli(withDatabase(words("team init"), address));
    ASSERT_EQ(init.code, 0) << init.err.toStdString();
    EXPECT_THAT(init.out.toStdString(), HasSubstr("Set up the team workspace on " + address.toStdString()));
    const CliRun again = cli(withDatabase(words("team init"), address));
    EXPECT_EQ(again.code, 0);
    EXPECT_THAT(again.out.toStdString(), HasSubstr("is already set up; nothing was changed"));

    for (const char* person : {"ana_cli advisor", "ben_cli advisor", "mia_cli manager"}) {
        const QStringList nameAndRole = words(person);
        const CliRun added = cliWithInput(withDatabase({QStringLiteral("team"), QStringLiteral("add-advisor"),
                                                        nameAndRole[0], QStringLiteral("--role"), nameAndRole[1]},
                                                       address),
                                          As::passwordOf(nameAndRole[0]) + '\n');
        ASSERT_EQ(added.code, 0) << added.err.toStdString();
        EXPECT_THAT(added.out.toStdString(), HasSubstr("Added " + nameAndRole[0].toStdString()));
    }
    const CliRun team = cli(withDatabase(words("team list"), address));
    EXPECT_THAT(team.out.toStdString(), HasSubstr("ana_cli\tadvisor\n"));
    EXPECT_THAT(team.out.toStdString(), HasSubstr("mia_cli\tmanager\n"));

    const As ana(address, QStringLiteral("ana_cli"));
    ASSERT_EQ(ana.run({QStringLiteral("clients"), QStringLiteral("add"), QStringLiteral("Amal Haddad")}).code, 0);
    const CliRun anasList = ana.run(words("clients list"));
    EXPECT_THAT(anasList.out.toStdString(), HasSubstr("Amal Haddad"));
    EXPECT_THAT(anasList.out.toStdString(), testing::Not(HasSubstr("Jamal Robinson"))); // the administrator's
    const CliRun refused = ana.run({QStringLiteral("clients"), QStringLiteral("reassign"),
                                    QStringLiteral("Amal Haddad"), QStringLiteral("--to"), QStringLiteral("ben_cli")});
    EXPECT_EQ(refused.code, 2);
    EXPECT_THAT(refused.err.toStdString(), HasSubstr("Only a manager may reassign clients: your role is advisor."));
    const CliRun catalog = ana.run({QStringLiteral("import"), data("valid-catalog.json")});
    EXPECT_EQ(catalog.code, 2);
    EXPECT_THAT(catalog.err.toStdString(), HasSubstr("You may not change catalogs: your role is advisor."));
    const CliRun shared = ana.run({QStringLiteral("clients"), QStringLiteral("share"), QStringLiteral("Amal Haddad"),
                                   QStringLiteral("--with"), QStringLiteral("ben_cli")});
    ASSERT_EQ(shared.code, 0) << shared.err.toStdString();
    EXPECT_THAT(As(address, QStringLiteral("ben_cli")).run(words("clients list")).out.toStdString(),
                HasSubstr("Amal Haddad"));

    const CliRun moved =
        As(address, QStringLiteral("mia_cli"))
            .run({QStringLiteral("clients"), QStringLiteral("reassign"), QStringLiteral("Jamal Robinson"),
                  QStringLiteral("--to"), QStringLiteral("ana_cli")});
    ASSERT_EQ(moved.code, 0) << moved.err.toStdString();
    EXPECT_THAT(moved.out.toStdString(), HasSubstr("Jamal Robinson is now ana_cli's client."));
    EXPECT_THAT(ana.run(words("clients list")).out.toStdString(), HasSubstr("Jamal Robinson"));
}

TEST(CliTeam, APasswordIsNeededAndAFileHasNoTeam) {
    const QString address = newWorkspace(QStringLiteral("cli_team_refusals"));
    ASSERT_EQ(cli(withDatabase(words("team init"), address)).code, 0);
    const CliRun empty = cliWithInput(withDatabase(words("team add-advisor nopass_cli --role advisor"), address), "\n");
    EXPECT_EQ(empty.code, 1);
    EXPECT_THAT(empty.err.toStdString(), HasSubstr("a team member needs a password"));
    const CliRun badRole = cliWithInput(withDatabase(words("team add-advisor x_cli --role boss"), address), "pw\n");
    EXPECT_EQ(badRole.code, 2);
    QTemporaryDir dir;
    const CliRun onFile = cli(withDatabase(words("team init"), dir.filePath(QStringLiteral("ws.sqlite"))));
    EXPECT_EQ(onFile.code, 2);
    EXPECT_THAT(onFile.err.toStdString(), HasSubstr("is a workspace file"));
}

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
