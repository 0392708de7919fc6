#include "test_suites.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <cairn/app/data/data_source.h>
#include <cairn/app/models/caseload_model.h>
#include <cairn/app/models/credential_table_model.h>
#include <cairn/app/models/funding_model.h>
#include <cairn/app/models/skill_level_model.h>
#include <cairn/app/session/planning_session.h>
#include <cairn/app/undo/credential_mark_command.h>
#include <cairn/app/undo/set_skill_level_command.h>
#include <cairn/engine/requirement.h>
#include <set>

namespace cairn::app::test {

namespace {

/// The rows that the dataChanged signals caught by `spy` name, each signal spanning all columns.
std::set<int> changedRows(const QSignalSpy& spy, int columns) {
    std::set<int> rows;
    for (const auto& signal : spy) {
        const auto topLeft = signal.at(0).value<QModelIndex>();
        const auto bottomRight = signal.at(1).value<QModelIndex>();
        if (topLeft.column() != 0 || bottomRight.column() != columns - 1)
            return {-1}; // not a whole row: never what these models emit
        for (int r = topLeft.row(); r <= bottomRight.row(); ++r)
            rows.insert(r);
    }
    return rows;
}

/// A caseload to list: the entries are set by the test, nothing else is kept.
class ListedClients : public DataSource {
public:
    std::vector<CaseloadEntry> entries;

    [[nodiscard]] QString description() const override { return {}; }
    std::optional<Catalog> loadCatalog(QString*) override { return Catalog{}; }
    std::vector<ClientEntry> clients() override { return {}; }
    std::optional<Profile> loadClient(const QString&, QString*) override { return Profile{}; }
    QString saveClient(const QString&, const Profile&, const std::string&) override { return {}; }
    QString createClient(const QString&, QString*) override { return {}; }
    [[nodiscard]] bool keepsCatalogEdits() const override { return false; }
    QString saveCredential(const Credential&, const std::string&, Catalog&) override { return {}; }
    QString deleteCredential(const std::string&, Catalog&) override { return {}; }
    QString saveSkill(const Skill&, const std::string&, Catalog&) override { return {}; }
    QString deleteSkill(const std::string&, Catalog&) override { return {}; }
    std::vector<CaseloadEntry> caseload() override { return entries; }
};

CaseloadEntry client(const char* id, const char* name) {
    CaseloadEntry e;
    e.id = QString::fromLatin1(id);
    e.name = QString::fromLatin1(name);
    return e;
}

/// Every row-level and reset signal of a model, counted.
struct ModelSignals {
    explicit ModelSignals(QAbstractItemModel* model)
        : changed(model, &QAbstractItemModel::dataChanged), inserted(model, &QAbstractItemModel::rowsInserted),
          removed(model, &QAbstractItemModel::rowsRemoved), reset(model, &QAbstractItemModel::modelReset) {}
    void clear() {
        changed.clear();
        inserted.clear();
        removed.clear();
        reset.clear();
    }
    /// The first and last row of the one rowsInserted or rowsRemoved signal caught by `spy`.
    static std::pair<int, int> rows(const QSignalSpy& spy) {
        return spy.count() == 1 ? std::pair{spy.front().at(1).toInt(), spy.front().at(2).toInt()} : std::pair{-1, -1};
    }
    QSignalSpy changed, inserted, removed, reset;
};

} // namespace

/// Models change the rows a change touches instead of resetting: a view keeps its current
/// index, selection and scroll position through a pin, an exclusion or a completed mark, an
/// edited skill or funding source, or a client added to the caseload.
class RowUpdatesTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PlanningSession> session_;

    void mark(CredentialMark what, const std::string& id, bool on) {
        session_->undoStack()->push(new CredentialMarkCommand(session_.get(), what, id, on));
    }

private slots:
    void init() {
        session_ = sampleSession();
        QVERIFY(session_);
    }

    void aPinOrExclusionChangesItsRowOnly() {
        CredentialTableModel model(session_.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTableView view;
        view.setModel(&model);
        view.resize(600, 200);
        view.show();
        const int row = model.rowCount() - 3;
        QVERIFY(row > 10); // far enough down to scroll to
        const QModelIndex current = model.index(row, CredentialTableModel::TitleColumn);
        view.setCurrentIndex(current);
        view.scrollTo(current, QAbstractItemView::PositionAtCenter);
        const int scrolled = view.verticalScrollBar()->value();
        QVERIFY(scrolled > 0);
        const std::string id = model.index(row, 0).data(CredentialTableModel::IdRole).toString().toStdString();

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        mark(CredentialMark::Pinned, id, true);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changedRows(changed, CredentialTableModel::ColumnCount), std::set<int>{row});
        QVERIFY(current.data(Qt::FontRole).value<QFont>().bold());

        changed.clear();
        mark(CredentialMark::Excluded, id, true);
        session_->undoStack()->undo();
        session_->undoStack()->undo();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changedRows(changed, CredentialTableModel::ColumnCount), std::set<int>{row});
        QCOMPARE(view.currentIndex(), current);
        QVERIFY(view.selectionModel()->isSelected(current));
        QCOMPARE(view.verticalScrollBar()->value(), scrolled);
    }

    void aCompletedMarkChangesTheRowsWhoseStatusItChanges() {
        CredentialTableModel model(session_.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto statuses = [&] {
            std::vector<int> out;
            for (int r = 0; r < model.rowCount(); ++r)
                out.push_back(model.index(r, 0).data(CredentialTableModel::StatusRole).toInt());
            return out;
        };
        // A credential that a locked one names as its prerequisite: marking it completed may
        // open others too.
        const auto& credentials = session_->catalog().credentials;
        int row = -1;
        for (const auto& other : credentials)
            if (session_->status(other.id) == CredentialStatus::Locked)
                forEachItem(other.prerequisites, [&](const Requirement& item) {
                    if (row < 0 && item.kind == Requirement::Kind::Credential)
                        row = session_->credentialIndex(item.id);
                });
        QVERIFY(row >= 0);
        const std::vector<int> before = statuses();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        mark(CredentialMark::Completed, credentials[static_cast<std::size_t>(row)].id, true);
        const std::vector<int> after = statuses();
        std::set<int> differing;
        for (std::size_t r = 0; r < before.size(); ++r)
            if (before[r] != after[r])
                differing.insert(static_cast<int>(r));
        QCOMPARE(reset.count(), 0);
        QVERIFY(differing.count(row) == 1);
        QVERIFY(differing.size() > 1);
        QCOMPARE(changedRows(changed, CredentialTableModel::ColumnCount), differing);
    }

    void aNewCatalogStillResets() {
        CredentialTableModel model(session_.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Catalog smaller = session_->catalog();
        smaller.credentials.resize(3);
        smaller.goals.clear();
        session_->setCatalog(smaller);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(changed.count(), 0); // the reset said it all
        QCOMPARE(model.rowCount(), 3);
    }

    void aSkillEditChangesAddsOrRemovesItsRow() {
        SkillLevelModel model(session_.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        session_->undoStack()->push(new SetSkillLevelCommand(session_.get(), "sql", 2));
        session_->undoStack()->push(new SetSkillLevelCommand(session_.get(), "python", 1));
        QCOMPARE(model.rowCount(), 3);
        QTableView view;
        view.setModel(&model);
        const QModelIndex current = model.index(2, SkillLevelModel::LevelColumn);
        view.setCurrentIndex(current);

        ModelSignals seen(&model);
        QVERIFY(model.setData(model.index(1, SkillLevelModel::LevelColumn), 4));
        QCOMPARE(seen.reset.count(), 0);
        QCOMPARE(changedRows(seen.changed, SkillLevelModel::ColumnCount), std::set<int>{1});
        QCOMPARE(model.index(1, SkillLevelModel::LevelColumn).data().toInt(), 4);
        QCOMPARE(view.currentIndex(), current);

        seen.clear();
        QVERIFY(model.setData(model.index(0, SkillLevelModel::LevelColumn), 0)); // removes the skill
        QCOMPARE(seen.reset.count(), 0);
        QCOMPARE(seen.changed.count(), 0);
        QCOMPARE(ModelSignals::rows(seen.removed), std::pair(0, 0));
        QCOMPARE(view.currentIndex().data(SkillLevelModel::IdRole).toString(), QStringLiteral("python"));

        seen.clear();
        session_->undoStack()->undo(); // the skill comes back in its place
        QCOMPARE(seen.reset.count(), 0);
        QCOMPARE(ModelSignals::rows(seen.inserted), std::pair(0, 0));
        QCOMPARE(model.index(0, 0).data(SkillLevelModel::IdRole).toString(), QStringLiteral("spreadsheets"));

        seen.clear();
        Profile other;
        other.skills = {{"sql", 1}};
        session_->setClient(QStringLiteral("2"), other);
        QCOMPARE(seen.reset.count(), 1); // another client's skills
        QCOMPARE(model.rowCount(), 1);
    }

    void aFundingEditChangesAddsOrRemovesItsRow() {
        FundingModel model(session_.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelSignals seen(&model);
        QCOMPARE(model.addSource(), 0);
        QCOMPARE(model.addSource(), 1);
        QCOMPARE(seen.reset.count(), 0);
        QCOMPARE(seen.inserted.count(), 2);
        QTableView view;
        view.setModel(&model);
        const QModelIndex current = model.index(1, FundingModel::NameColumn);
        view.setCurrentIndex(current);

        seen.clear();
        QVERIFY(model.setData(model.index(1, FundingModel::NameColumn), QStringLiteral("Acme"))); // a rename
        QVERIFY(model.setData(model.index(0, FundingModel::CapColumn), 500));
        QCOMPARE(seen.reset.count(), 0);
        QCOMPARE(seen.inserted.count() + seen.removed.count(), 0);
        QCOMPARE(seen.changed.count(), 2);
        QCOMPARE(changedRows(seen.changed, FundingModel::ColumnCount), (std::set<int>{0, 1}));
        QCOMPARE(view.currentIndex(), current);
        QCOMPARE(current.data().toString(), QStringLiteral("Acme"));

        seen.clear();
        model.removeSource(0);
        QCOMPARE(seen.reset.count(), 0);
        QCOMPARE(ModelSignals::rows(seen.removed), std::pair(0, 0));
        QCOMPARE(view.currentIndex().data().toString(), QStringLiteral("Acme"));
    }

    void aClientAddedRemovedOrChangedIsOneRow() {
        CaseloadModel model(session_.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ListedClients source;
        source.entries = {client("1", "Ada"), client("3", "Cleo")};
        model.reload(source);
        QCOMPARE(model.rowCount(), 2);
        QTableView view;
        view.setModel(&model);
        view.setCurrentIndex(model.index(1, CaseloadModel::Name));

        ModelSignals seen(&model);
        source.entries = {client("1", "Ada"), client("2", "Ben"), client("3", "Cleo")};
        model.reload(source);
        QCOMPARE(seen.reset.count(), 0);
        QCOMPARE(seen.changed.count(), 0);
        QCOMPARE(ModelSignals::rows(seen.inserted), std::pair(1, 1));
        QCOMPARE(view.currentIndex().data(CaseloadModel::ClientIdRole).toString(), QStringLiteral("3"));

        seen.clear();
        source.entries[2].savedPlans = 1;
        source.entries[2].status = PlanStatus::Optimal;
        model.reload(source);
        QCOMPARE(seen.reset.count(), 0);
        QCOMPARE(changedRows(seen.changed, CaseloadModel::ColumnCount), std::set<int>{2});

        seen.clear();
        source.entries.erase(source.entries.begin());
        model.reload(source);
        QCOMPARE(seen.reset.count(), 0);
        QCOMPARE(ModelSignals::rows(seen.removed), std::pair(0, 0));
        QCOMPARE(view.currentIndex().data(CaseloadModel::ClientIdRole).toString(), QStringLiteral("3"));

        seen.clear();
        source.entries = {client("4", "Dan"), client("5", "Eve")};
        model.reload(source); // another caseload altogether
        QCOMPARE(seen.reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
    }

    void theAdvisorColumnSaysWhoseClientsTheyAreWhenTheyAreNotAllOnesOwn() {
        CaseloadModel model(session_.get());
        ListedClients source;
        source.entries = {client("1", "Ada"), client("3", "Cleo")};
        model.reload(source);
        QVERIFY(!model.hasOwners()); // a file: nobody's, or all one advisor's
        source.entries[0].owner = QStringLiteral("ana");
        source.entries[1].owner = QStringLiteral("ben");
        model.reload(source);
        QVERIFY(model.hasOwners());
        QCOMPARE(model.headerData(CaseloadModel::Owner, Qt::Horizontal).toString(), QStringLiteral("Advisor"));
        QCOMPARE(model.index(1, CaseloadModel::Owner).data().toString(), QStringLiteral("ben"));
    }

    void aLargeCaseloadComesInPagesAsTheViewAsks() {
        CaseloadModel model(session_.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ListedClients source;
        const int total = 2 * CaseloadModel::kPageSize + 50;
        for (int i = 0; i < total; ++i)
            source.entries.push_back(client(QByteArray::number(i).constData(), "Someone"));
        model.reload(source);
        QCOMPARE(model.rowCount(), CaseloadModel::kPageSize);
        QCOMPARE(model.total(), total);
        QVERIFY(model.canFetchMore({}));

        // The tester also asks for more as rows go in: however it comes, each client once, in order.
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), total);
        for (int row = 0; row < total; ++row)
            QCOMPARE(model.index(row, 0).data(CaseloadModel::ClientIdRole).toString(), QString::number(row));

        // A refresh reads as many as are listed, not only the first page.
        ModelSignals seen(&model);
        model.reload(source);
        QCOMPARE(model.rowCount(), total);
        QCOMPARE(seen.reset.count(), 0);
        QVERIFY(seen.removed.isEmpty());
    }
};

std::unique_ptr<QObject> makeRowUpdatesTest() {
    return std::make_unique<RowUpdatesTest>();
}

} // namespace cairn::app::test

#include "row_updates_test.moc"
