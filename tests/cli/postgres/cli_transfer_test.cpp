// `cairn-cli team push` and `team pull`: a workspace file copied to a server and back, all or
// nothing, with what is already there skipped and what differs named.
#include "cli_postgres.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace cairn::test;
using testing::HasSubstr;
using testing::Not;

namespace {

QString newDatabase(const QString& name) {
    QString why;
    EXPECT_TRUE(cliServer().createDatabase(name, why)) << why.toStdString();
    return cliServer().address(name);
}

QStringList args(std::initializer_list<const char*> words) {
    QStringList out;
    for (const char* w : words)
        out << QString::fromUtf8(w);
    return out;
}

CliRun transfer(const char* action, const QString& from, const QString& to, bool dryRun = false) {
    QStringList a{QStringLiteral("team"),   QString::fromLatin1(action),
                  QStringLiteral("--from"), from,
                  QStringLiteral("--to"),   to};
    if (dryRun)
        a << QStringLiteral("--dry-run");
    return cli(a);
}

/// The client as `export-client` writes it, without the audit trail: a copy's trail is its own,
/// beginning with the copy.
struct Exported {
    QString out;
};
Exported exported(const QString& client, const QString& workspace) {
    const CliRun run = cli(withDatabase(
        {QStringLiteral("export-client"), client, QStringLiteral("--json"), QStringLiteral("-")}, workspace));
    QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8()).object();
    doc.remove(QStringLiteral("audit"));
    return {doc.isEmpty() ? run.out + run.err : QString::fromUtf8(QJsonDocument(doc).toJson())};
}

/// `clients list` without its first column, the ids.
QStringList withoutIds(const QString& list) {
    QStringList out;
    for (const QString& line : list.split(u'\n'))
        out << line.section(u'\t', 1);
    return out;
}

/// A new workspace file, seeded with the bundled catalogs and demo clients, with one saved plan.
QString seededFile(const QTemporaryDir& dir, const char* name) {
    const QString file = dir.filePath(QString::fromLatin1(name));
    const CliRun saved = cli(withDatabase(args({"plan", "--client", "Aisha Okafor", "--save"}), file));
    EXPECT_EQ(saved.code, 0) << saved.err.toStdString();
    return file;
}

} // namespace

TEST(CliTransfer, PushCopiesAFileToAnEmptyServerThenFindsItThere) {
    QTemporaryDir dir;
    const QString local = seededFile(dir, "local.sqlite");
    const QString address = newDatabase(QStringLiteral("cli_push"));

    const CliRun pushed = transfer("push", local, address);
    ASSERT_EQ(pushed.code, 0) << pushed.err.toStdString();
    EXPECT_THAT(pushed.out.toStdString(), HasSubstr("Copied: catalog Cairn career catalog\n"));
    EXPECT_THAT(pushed.out.toStdString(), HasSubstr("Copied: client Aisha Okafor\n"));
    EXPECT_THAT(pushed.out.toStdString(),
                HasSubstr("Copied 2 catalogs and 13 clients with 1 saved plan to " + address.toStdString() +
                          "; 0 catalogs and 0 clients already there."));
    for (const char* client : {"Aisha Okafor", "Jamal Robinson"})
        EXPECT_EQ(exported(QString::fromUtf8(client), address).out, exported(QString::fromUtf8(client), local).out)
            << client;

    const CliRun again = transfer("push", local, address);
    ASSERT_EQ(again.code, 0) << again.err.toStdString();
    EXPECT_THAT(again.out.toStdString(), HasSubstr("Already there: client Aisha Okafor\n"));
    EXPECT_THAT(again.out.toStdString(), HasSubstr("Nothing to copy to " + address.toStdString() +
                                                   ": 2 catalogs and 13 clients already there."));
    EXPECT_THAT(again.out.toStdString(), Not(HasSubstr("Copied")));
}

TEST(CliTransfer, AClientChangedOnOneSideIsAConflictAndNothingIsCopied) {
    QTemporaryDir dir;
    const QString local = seededFile(dir, "local.sqlite");
    const QString address = newDatabase(QStringLiteral("cli_push_conflict"));
    ASSERT_EQ(transfer("push", local, address).code, 0);
    ASSERT_EQ(cli(withDatabase(args({"plan", "--client", "Aisha Okafor", "--save"}), local)).code, 0);
    ASSERT_EQ(cli(withDatabase(args({"clients", "add", "Zoe Quinn"}), local)).code, 0);

    const CliRun dry = transfer("push", local, address, true);
    EXPECT_EQ(dry.code, 5);
    EXPECT_THAT(dry.out.toStdString(), HasSubstr("Would copy: client Zoe Quinn\n"));
    EXPECT_THAT(dry.out.toStdString(),
                HasSubstr("Conflict: client Aisha Okafor: the target has 1 saved plan, this workspace 2\n"));

    const CliRun refused = transfer("push", local, address);
    EXPECT_EQ(refused.code, 5);
    EXPECT_THAT(refused.out.toStdString(),
                HasSubstr("Conflict: client Aisha Okafor: the target has 1 saved plan, this workspace 2\n"));
    EXPECT_THAT(refused.out.toStdString(), HasSubstr("Nothing was copied to " + address.toStdString() +
                                                     ": 1 catalog or client differs from the one of the same name"));
    EXPECT_THAT(refused.out.toStdString(), Not(HasSubstr("Zoe Quinn")));
    // Nothing at all was written: not the new client, not the second plan.
    EXPECT_EQ(cli(withDatabase(args({"clients", "show", "Zoe Quinn"}), address)).code, 2);
    EXPECT_THAT(cli(withDatabase(args({"clients", "show", "Aisha Okafor"}), address)).out.toStdString(),
                HasSubstr("Saved plans:    1"));
}

TEST(CliTransfer, PullIntoANewFileGivesTheSameClients) {
    QTemporaryDir dir;
    const QString local = seededFile(dir, "local.sqlite");
    const QString address = newDatabase(QStringLiteral("cli_pull"));
    ASSERT_EQ(transfer("push", local, address).code, 0);
    const QString pulled = dir.filePath(QStringLiteral("pulled.sqlite"));

    const CliRun r = transfer("pull", address, pulled);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_THAT(r.out.toStdString(),
                HasSubstr("Copied 2 catalogs and 13 clients with 1 saved plan to " + pulled.toStdString()));
    // The same clients, each under the new file's own id.
    EXPECT_EQ(withoutIds(cli(withDatabase(args({"clients", "list"}), pulled)).out),
              withoutIds(cli(withDatabase(args({"clients", "list"}), local)).out));
    for (const char* client : {"Aisha Okafor", "Maria Alvarez"})
        EXPECT_EQ(exported(QString::fromUtf8(client), pulled).out, exported(QString::fromUtf8(client), local).out)
            << client;
}

TEST(CliTransfer, AnAdvisorPullsOnlyTheirClientsAndMayNotPushCatalogs) {
    const QString address = newDatabase(QStringLiteral("cli_pull_team"));
    ASSERT_EQ(cli(withDatabase(args({"team", "init"}), address)).code, 0);
    for (const char* name : {"ana_push", "ben_push"})
        ASSERT_EQ(
            cliWithInput(withDatabase({QStringLiteral("team"), QStringLiteral("add-advisor"), QString::fromLatin1(name),
                                       QStringLiteral("--role"), QStringLiteral("advisor")},
                                      address),
                         As::passwordOf(QString::fromLatin1(name)) + '\n')
                .code,
            0);
    ASSERT_EQ(As(address, QStringLiteral("ben_push")).run(args({"clients", "add", "Bo Berg"})).code, 0);
    const As ana(address, QStringLiteral("ana_push"));
    ASSERT_EQ(ana.run(args({"clients", "add", "Amal Haddad"})).code, 0);

    QTemporaryDir dir;
    const QString pulled = dir.filePath(QStringLiteral("ana.sqlite"));
    QUrl asAna(address);
    asAna.setUserName(QStringLiteral("ana_push"));
    const CliRun r = transfer("pull", asAna.toString(), pulled);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const std::string list = cli(withDatabase(args({"clients", "list"}), pulled)).out.toStdString();
    EXPECT_THAT(list, HasSubstr("Amal Haddad"));
    EXPECT_THAT(list, Not(HasSubstr("Bo Berg")));        // Ben's
    EXPECT_THAT(list, Not(HasSubstr("Jamal Robinson"))); // the administrator's demo client

    // A catalog the server does not have is refused to an advisor, with the server's reason, and
    // then nothing is copied, not even her clients.
    const QString local = dir.filePath(QStringLiteral("local.sqlite"));
    ASSERT_EQ(cli(withDatabase({QStringLiteral("import"), data("valid-catalog.json")}, local)).code, 0);
    ASSERT_EQ(cli(withDatabase(args({"clients", "add", "Chen Wei"}), local)).code, 0);
    const CliRun denied = transfer("push", local, asAna.toString());
    EXPECT_EQ(denied.code, 2);
    EXPECT_THAT(denied.err.toStdString(), HasSubstr("You may not change catalogs: your role is advisor."));
    EXPECT_THAT(denied.err.toStdString(), HasSubstr("Nothing was copied to " + asAna.toString().toStdString()));
    EXPECT_THAT(ana.run(args({"clients", "list"})).out.toStdString(), Not(HasSubstr("Chen Wei")));
}

TEST(CliTransfer, BadAddressesMissingFilesAndOneWorkspaceTwiceAreRefused) {
    QTemporaryDir dir;
    const QString local = seededFile(dir, "local.sqlite");
    const CliRun unreachable = transfer("push", local, QStringLiteral("postgresql://cairn@127.0.0.1:1/cairn"));
    EXPECT_EQ(unreachable.code, 2);
    EXPECT_THAT(unreachable.err.toStdString(),
                HasSubstr("Cannot reach the server postgresql://cairn@127.0.0.1:1/cairn"));
    const CliRun badAddress =
        transfer("push", local, QStringLiteral("postgresql://db.example.org/cairn?sslmod=require"));
    EXPECT_EQ(badAddress.code, 2);
    EXPECT_THAT(badAddress.err.toStdString(), HasSubstr("has the parameter 'sslmod', which Cairn does not know"));

    const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
    const CliRun noFile = transfer("push", missing, newDatabase(QStringLiteral("cli_push_missing")));
    EXPECT_EQ(noFile.code, 2);
    EXPECT_THAT(noFile.err.toStdString(), HasSubstr("There is no workspace file " + missing.toStdString()));
    EXPECT_FALSE(QFileInfo::exists(missing));

    const CliRun same = transfer("push", local, local);
    EXPECT_EQ(same.code, 1);
    EXPECT_THAT(same.err.toStdString(), HasSubstr("is both the workspace to copy from and the one to copy to"));
    const CliRun usage = cli(args({"team", "push", "--from", "x.sqlite"}));
    EXPECT_EQ(usage.code, 2);
    EXPECT_THAT(usage.err.toStdString(), HasSubstr("--from FILE|URI --to FILE|URI"));
}
