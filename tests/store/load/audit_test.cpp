// The load run's audit (load/audit.h) finds what it is there to find: ledgers that match the
// workspace pass, and a lost plan or note, an edit acknowledged twice or over the wrong version,
// a client behind its last acknowledged edit, a version nobody was told of and a refusal
// without a conflict are each counted.
#include "audit.h"
#include "content.h"
#include "store_fixtures.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace cairn;
using namespace cairn::load;
using namespace cairn::store;
using namespace cairn::store::test;

namespace {

class LoadAudit : public ::testing::Test {
protected:
    void SetUp() override {
        ws_ = openOrFail(dir_.filePath(QStringLiteral("audit.sqlite")), quiet());
        ASSERT_TRUE(ws_);
        Client c;
        c.name = QStringLiteral("Maria Alvarez");
        client_ = ws_->addClient(c).value();
    }

    /// Saves the client with `contact` over the version read; the ledger entry an advisor writes.
    Entry edit(const QString& contact) {
        Client c = ws_->client(client_).value();
        c.contact = contact;
        const int version = ws_->updateClient(c).value();
        return {Step::Edit, client_, 0, version, c.rowVersion, fingerprint(clientContent(c)), 1};
    }

    Entry savePlan(const QString& title) {
        const Plan p = samplePlan();
        const qint64 id = ws_->savePlan(client_, {}, p, title).value();
        return {Step::PlanSave, client_, id, 0, 0, fingerprint(planContent(client_, title, {}, p)), 1};
    }

    Entry addNote(const QString& text) {
        const qint64 id = ws_->addNote(client_, text).value();
        return {Step::Note, client_, id, 0, 0, fingerprint(noteContent(client_, text, std::nullopt)), 1};
    }

    Audit check(const std::vector<Entry>& entries) const { return audit(*ws_, entries, {client_}); }

    QTemporaryDir dir_;
    std::unique_ptr<Workspace> ws_;
    qint64 client_ = 0;
};

} // namespace

TEST_F(LoadAudit, LedgersThatMatchTheWorkspacePass) {
    const Entry stale{Step::Stale, client_, 0, 0, 1, QStringLiteral("changed by someone else"), 1};
    const std::vector<Entry> entries{savePlan(QStringLiteral("First")), addNote(QStringLiteral("Called")),
                                     edit(QStringLiteral("a")), stale, edit(QStringLiteral("b"))};
    const Audit a = check(entries);
    EXPECT_TRUE(a.clean()) << a.problems.join(u'\n').toStdString();
}

TEST_F(LoadAudit, AMissingOrChangedPlanOrNoteIsALostWrite) {
    Entry plan = savePlan(QStringLiteral("First"));
    Entry note = addNote(QStringLiteral("Called"));
    Entry gonePlan = plan;
    gonePlan.id += 100;
    Entry changedNote = note;
    changedNote.fingerprint = fingerprint(QStringLiteral("something else"));
    EXPECT_EQ(check({gonePlan, changedNote}).lostWrites, 2);
}

TEST_F(LoadAudit, AClientBehindItsLastAcknowledgedEditIsALostWrite) {
    const Entry first = edit(QStringLiteral("a"));
    Entry claimed = first;
    claimed.version = 3;
    claimed.readVersion = 2;
    EXPECT_EQ(check({first, claimed}).lostWrites, 1);
    Entry otherContent = first;
    otherContent.fingerprint = fingerprint(QStringLiteral("not what is there"));
    EXPECT_EQ(check({otherContent}).lostWrites, 1);
}

TEST_F(LoadAudit, TwoEditsWithOneVersionOrOneOverAnotherVersionAreSilentOverwrites) {
    const Entry first = edit(QStringLiteral("a"));
    Entry twin = first;
    twin.fingerprint = fingerprint(QStringLiteral("b"));
    EXPECT_GE(check({twin, first}).silentOverwrites, 1);
    Entry skipped = first;
    skipped.readVersion = 0;
    EXPECT_EQ(check({skipped}).silentOverwrites, 1);
}

TEST_F(LoadAudit, AVersionNobodyWasToldOfAndARefusalWithoutAConflictAreCounted) {
    edit(QStringLiteral("a")); // made, but not in the ledger
    const Entry second = edit(QStringLiteral("b"));
    const Entry stale{Step::Stale, client_, 0, 0, 3, QStringLiteral("changed by someone else"), 1};
    const Audit a = check({second, stale});
    EXPECT_EQ(a.unacknowledged, 1);
    EXPECT_EQ(a.spuriousRefusals, 1);
    EXPECT_EQ(a.lostWrites, 0);
}
