#include "test_suites.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <cairn/app/models/credential_filter_model.h>
#include <cairn/app/models/credential_table_model.h>
#include <cairn/app/models/skill_level_model.h>
#include <cairn/app/panels/issues_panel.h>
#include <cairn/app/session/planning_session.h>
#include <cairn/app/undo/credential_mark_command.h>
#include <cairn/app/undo/set_skill_level_command.h>

namespace cairn::app::test {

class ModelsTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PlanningSession> session_;

private slots:
    void init() {
        session_ = sampleSession();
        QVERIFY(session_);
    }

    void credentialModelIsWellBehaved() {
        CredentialTableModel model(session_.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), static_cast<int>(session_->catalog().credentials.size()));
        // Status changes and a new catalog keep the model consistent.
        const std::string id = session_->catalog().credentials.front().id;
        session_->undoStack()->push(new CredentialMarkCommand(session_.get(), CredentialMark::Completed, id, true));
        QCOMPARE(model.index(model.rowOf(QString::fromStdString(id)), 0).data(CredentialTableModel::StatusRole).toInt(),
                 static_cast<int>(CredentialStatus::Completed));
        Catalog smaller = session_->catalog();
        smaller.credentials.resize(3);
        smaller.goals.clear();
        session_->setCatalog(smaller);
        QCOMPARE(model.rowCount(), 3);
    }

    void filtersNarrowTheRows() {
        CredentialTableModel model(session_.get());
        CredentialFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int all = filter.rowCount();
        filter.setSearchText(QStringLiteral("comptia"));
        QVERIFY(filter.rowCount() > 0);
        QVERIFY(filter.rowCount() < all);
        for (int r = 0; r < filter.rowCount(); ++r)
            QVERIFY(filter.index(r, 0)
                        .data(CredentialTableModel::SearchTextRole)
                        .toString()
                        .contains(QLatin1String("comptia")));
        filter.setSearchText({});
        filter.setMaxCost(0.0);
        for (int r = 0; r < filter.rowCount(); ++r)
            QCOMPARE(filter.index(r, 0).data(CredentialTableModel::CostRole).toDouble(), 0.0);
        filter.setMaxCost(std::nullopt);
        filter.setStatus(static_cast<int>(CredentialStatus::Locked));
        QVERIFY(filter.rowCount() > 0);
        for (int r = 0; r < filter.rowCount(); ++r)
            QCOMPARE(filter.index(r, 0).data(CredentialTableModel::StatusRole).toInt(),
                     static_cast<int>(CredentialStatus::Locked));
        filter.setStatus(std::nullopt);
        filter.setSkill(QStringLiteral("sql"));
        QVERIFY(filter.rowCount() > 0);
        for (int r = 0; r < filter.rowCount(); ++r)
            QVERIFY(filter.index(r, 0)
                        .data(CredentialTableModel::SkillIdsRole)
                        .toStringList()
                        .contains(QStringLiteral("sql")));
        filter.setSkill({});
        QCOMPARE(filter.rowCount(), all);
    }

    void sortsByCostAsNumbers() {
        CredentialTableModel model(session_.get());
        CredentialFilterModel filter;
        filter.setSourceModel(&model);
        filter.sort(CredentialTableModel::CostColumn, Qt::AscendingOrder);
        for (int r = 1; r < filter.rowCount(); ++r)
            QVERIFY(filter.index(r - 1, 0).data(CredentialTableModel::CostRole).toDouble() <=
                    filter.index(r, 0).data(CredentialTableModel::CostRole).toDouble());
    }

    void issuesListCatalogProblemsAndSelectTheirCredential() {
        IssuesPanel issues(session_.get());
        QCOMPARE(issues.topLevelItemCount(), 1); // "No problems found"
        Catalog broken = session_->catalog();
        broken.credentials.front().prerequisites = Requirement::credential("no-such-credential");
        const std::string id = broken.credentials.front().id;
        session_->setCatalog(broken);
        QVERIFY(!session_->problems().empty());
        QCOMPARE(issues.topLevelItemCount(), static_cast<int>(session_->problems().size()));
        QSignalSpy clicked(&issues, &IssuesPanel::credentialClicked);
        for (int i = 0; i < issues.topLevelItemCount(); ++i)
            if (issues.topLevelItem(i)->data(0, Qt::UserRole).toString() == QString::fromStdString(id)) {
                issues.setCurrentItem(issues.topLevelItem(i));
                break;
            }
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.front().front().toString(), QString::fromStdString(id));
    }

    void skillModelEditsThroughUndo() {
        SkillLevelModel model(session_.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, SkillLevelModel::SkillColumn).data().toString(), QStringLiteral("Spreadsheets"));
        QVERIFY(model.setData(model.index(0, SkillLevelModel::LevelColumn), 3));
        QCOMPARE(session_->profile().skills.front().level, 3);
        QVERIFY(!model.setData(model.index(0, SkillLevelModel::LevelColumn), 9)); // levels are 1–5
        session_->undoStack()->push(new SetSkillLevelCommand(session_.get(), "sql", 2));
        QCOMPARE(model.rowCount(), 2);
        session_->undoStack()->undo();
        session_->undoStack()->undo();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, SkillLevelModel::LevelColumn).data().toInt(), 1);
    }
};

std::unique_ptr<QObject> makeModelsTest() {
    return std::make_unique<ModelsTest>();
}

} // namespace cairn::app::test

#include "models_test.moc"
