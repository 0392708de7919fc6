// The workspace's errors are messages: a code with its facts, which cairn_text words in the
// reader's language, and the English that cairn-cli prints, written from that message.
#include "sql_support.h"
#include "store_fixtures.h"

#include <QDir>
#include <QSqlError>
#include <cairn/store/credential_csv.h>
#include <cairn/store/schema.h>
#include <cairn/text/message_words.h>
#include <gtest/gtest.h>

using namespace cairn;
using namespace cairn::store;
using namespace cairn::store::test;

namespace {

MessageArg pathArg(const QString& path) {
    return arg::text(path.toStdString());
}

/// The English of an error is its message worded by cairn_text, nothing written beside it.
void expectEnglishOfItsMessage(const Error& error) {
    EXPECT_EQ(error.message, text::MessageWords::english().sentence(error.what));
}

} // namespace

TEST(WorkspaceErrors, NoSuchSavedPlanNamesThePlanById) {
    QTemporaryDir dir;
    auto ws = openOrFail(dir.filePath(QStringLiteral("w.sqlite")), quiet());
    ASSERT_TRUE(ws);
    const auto missing = ws->plan(4711);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, Error::Kind::NotFound);
    EXPECT_EQ(missing.error().what, (Message{Message::Code::NoSavedPlan, {arg::count(4711)}}));
    EXPECT_EQ(missing.error().message, QStringLiteral("There is no saved plan 4711 in the workspace."));
    expectEnglishOfItsMessage(missing.error());
    // Every way to a saved plan says the same.
    EXPECT_EQ(ws->deletePlan(4711).error().what, missing.error().what);
    // A note is written over a plan read before; one not there any more was deleted since.
    const auto gone = ws->setPlanNote(4711, QStringLiteral("n"), 1);
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.error().kind, Error::Kind::NotFound);
    EXPECT_EQ(gone.error().what, (Message{Message::Code::PlanDeletedMeanwhile, {arg::count(4711)}}));
    expectEnglishOfItsMessage(gone.error());
}

TEST(WorkspaceErrors, ANewerWorkspaceSaysItsVersionAndTheNewestThisCairnReads) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    ASSERT_TRUE(openOrFail(path, quiet()));
    const int future = currentSchemaVersion() + 1;
    execAll(path,
            {QStringLiteral("PRAGMA journal_mode = DELETE"), QStringLiteral("PRAGMA user_version = %1").arg(future)});

    const auto ws = Workspace::open(path, quiet());
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().kind, Error::Kind::NewerVersion);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    EXPECT_EQ(ws.error().what, (Message{Message::Code::WorkspaceNewer,
                                        {pathArg(absolute), arg::count(future), arg::count(currentSchemaVersion())}}))
        << describe(ws.error());
    EXPECT_EQ(ws.error().message, QStringLiteral("The workspace %1 was written by a newer version of Cairn (database "
                                                 "version %2; this version reads up to %3). It was left untouched; "
                                                 "update Cairn to open it.")
                                      .arg(absolute)
                                      .arg(future)
                                      .arg(currentSchemaVersion()));
    expectEnglishOfItsMessage(ws.error());
}

TEST(WorkspaceErrors, AFolderGivenAsTheWorkspaceNamesTheFolderAndAFileInIt) {
    QTemporaryDir dir;
    const auto ws = Workspace::open(dir.path(), quiet());
    ASSERT_FALSE(ws.ok());
    const QString folder = QFileInfo(dir.path()).absoluteFilePath();
    EXPECT_EQ(ws.error().what,
              (Message{Message::Code::WorkspaceIsFolder,
                       {pathArg(folder), pathArg(QDir(folder).filePath(QStringLiteral("cairn.sqlite")))}}));
    expectEnglishOfItsMessage(ws.error());
}

TEST(WorkspaceErrors, ADatabaseErrorSaysWhatTheWorkspaceWasDoingAsAClause) {
    const QSqlError busy(QStringLiteral("database is locked"), QString(), QSqlError::StatementError,
                         QStringLiteral("5"));
    const Error e = detail::sqlError(busy, detail::doing(Message::Code::DoingSaveNote), QStringLiteral("/w.sqlite"));
    EXPECT_EQ(e.kind, Error::Kind::Busy);
    EXPECT_EQ(e.what, (Message{Message::Code::WorkspaceBusy,
                               {pathArg(QStringLiteral("/w.sqlite")),
                                arg::clauses({Message{Message::Code::DoingSaveNote, {}}})}}));
    EXPECT_EQ(e.message, QStringLiteral("The workspace /w.sqlite is busy: another program is writing to it. Could not "
                                        "save the note; close the other program or try again in a moment."));
}

TEST(WorkspaceErrors, NotesAndClientsSayWhatIsMissingAsMessages) {
    QTemporaryDir dir;
    auto ws = openOrFail(dir.filePath(QStringLiteral("w.sqlite")), quiet());
    ASSERT_TRUE(ws);
    const auto client = ws->addClient(Client{0, QStringLiteral("Ana"), {}, {}, {}, {}, {}, {}});
    ASSERT_TRUE(client.ok()) << describe(client.error());
    EXPECT_EQ(ws->addNote(*client, QStringLiteral("  ")).error().what, (Message{Message::Code::NoteNeedsText, {}}));
    EXPECT_EQ(ws->findClient(QStringLiteral("Bo")).error().what,
              (Message{Message::Code::NoClientNamed, {arg::text("Bo")}}));
    EXPECT_EQ(ws->findClient(QStringLiteral("Bo")).error().message,
              QStringLiteral("There is no client named 'Bo' in the workspace."));
}

TEST(WorkspaceFull, ADiskFullImportChangesNothingAndSaysSo) {
    QTemporaryDir dir;
    Workspace::Options options = quiet();
    options.maxPages = 64; // 256 KiB: the schema and a small catalog fit, a large import does not
    auto ws = openOrFail(dir.filePath(QStringLiteral("small.sqlite")), options);
    ASSERT_TRUE(ws);
    const qint64 id = ws->addCatalog(richCatalog()).value();
    const Catalog before = ws->loadCatalog(id).value();

    std::vector<Credential> many;
    for (int i = 0; i < 5000; ++i) {
        Credential c;
        c.id = "bulk-" + std::to_string(i);
        c.title = "A credential with a long enough title to fill pages quickly, number " + std::to_string(i);
        c.grants = {{"sql", 1}};
        many.push_back(c);
    }
    auto result = ws->importCredentialsCsv(id, writeCredentialCsv(many), QStringLiteral("many.csv"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, Error::Kind::DiskFull);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("full"))) << describe(result.error());
    EXPECT_EQ(ws->loadCatalog(id).value(), before);
    // Small changes still fit afterwards.
    EXPECT_TRUE(ws->addClient(Client{0, QStringLiteral("Still works"), {}, {}, {}, {}, {}, {}}).ok());
}
