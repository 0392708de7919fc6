#include "test_suites.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <cairn/app/models/credential_table_model.h>
#include <cairn/app/session/planning_session.h>
#include <cairn/app/undo/credential_mark_command.h>
#include <cairn/engine/requirement.h>
#include <cairn/io/catalog_json.h>
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

} // namespace

/// Models change the rows a change touches instead of resetting: a view keeps its current
/// index, selection and scroll position through a pin, an exclusion or a completed mark.
class RowUpdatesTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PlanningSession> session_;

    void mark(CredentialMark what, const std::string& id, bool on) {
        session_->undoStack()->push(new CredentialMarkCommand(session_.get(), what, id, on));
    }

private slots:
    void init() {
        auto loaded = io::readCatalogFile(sampleCatalogPath());
        QVERIFY(loaded.ok());
        session_ = std::make_unique<PlanningSession>();
        session_->setCatalog(*loaded.value);
        Profile p;
        p.skills = {{"spreadsheets", 1}};
        session_->setClient(QStringLiteral("1"), p);
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
};

std::unique_ptr<QObject> makeRowUpdatesTest() {
    return std::make_unique<RowUpdatesTest>();
}

} // namespace cairn::app::test

#include "row_updates_test.moc"
