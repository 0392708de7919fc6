#include "test_suites.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <cairn/app/common/qt_convert.h>
#include <cairn/app/data/file_data_source.h>
#include <cairn/app/dialogs/goal_comparison_dialog.h>
#include <cairn/app/session/goal_comparison.h>
#include <cairn/app/session/planning_session.h>
#include <cairn/app/shell/app_settings.h>
#include <cairn/app/shell/main_window.h>
#include <cairn/io/catalog_json.h>
#include <cairn/io/profile_json.h>
#include <set>

namespace cairn::app::test {

namespace {

constexpr int kPlanTimeoutMs = 60000;

/// The skill ids a requirement names, walked here apart from the app's own code.
void skillIds(const Requirement& r, std::set<std::string>& out) {
    if (r.kind == Requirement::Kind::Skill)
        out.insert(r.id);
    for (const auto& m : r.members)
        skillIds(m, out);
}

std::set<std::string> ids(const std::vector<GoalComparison::SkillNeed>& needs) {
    std::set<std::string> out;
    for (const auto& n : needs)
        out.insert(n.skill);
    return out;
}

/// The skill ids a list shows, in its rows' data (the "None" row carries none).
std::set<std::string> listed(const QListWidget* list) {
    std::set<std::string> out;
    for (int i = 0; i < list->count(); ++i)
        if (const QString id = list->item(i)->data(Qt::UserRole).toString(); !id.isEmpty())
            out.insert(id.toStdString());
    return out;
}

} // namespace

/// Two goals of one client side by side: each planned as the engine plans it, with the skills
/// both goals name, those only one names, and the credentials both plans use.
class GoalComparisonTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PlanningSession> session_;

    Plan planFor(const std::string& goal) const {
        PlanRequest r;
        r.goal = goal;
        r.objective = session_->objective();
        return cairn::plan(session_->catalog(), session_->profile(), r);
    }

    std::set<std::string> skillsOf(const std::string& goal) const {
        std::set<std::string> out;
        skillIds(session_->catalog().findGoal(goal)->requirement, out);
        return out;
    }

private slots:
    void init() {
        auto catalog = io::readCatalogFile(sampleCatalogPath());
        QVERIFY2(catalog.value, "the sample catalog loads");
        const QString profilePath =
            QFileInfo(sampleCatalogPath()).dir().filePath(QStringLiteral("../profiles/sample-it-support.json"));
        auto profile = io::readProfileFile(profilePath);
        QVERIFY2(profile.value, qPrintable(profilePath));
        session_ = std::make_unique<PlanningSession>();
        session_->setCatalog(std::move(*catalog.value));
        session_->setClient(QStringLiteral("sample-it-support"), *profile.value);
        session_->setGoal(profile.value->goal);
    }

    void cleanup() { session_.reset(); }

    void comparesTwoGoalsAsTheEnginePlansThem() {
        const std::string first = "it-support-technician";
        const std::string second = "cloud-associate";
        QCOMPARE(session_->goal(), first);
        GoalComparisonDialog dialog(session_.get());
        auto* firstCombo = dialog.findChild<QComboBox*>(QStringLiteral("firstGoalCombo"));
        QVERIFY(firstCombo);
        QCOMPARE(firstCombo->currentData().toString(), qs(first));
        // Nothing to compare until the second goal is chosen.
        QVERIFY(!dialog.comparison()->isRunning());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("comparisonStatus"))
                    ->text()
                    .contains(QStringLiteral("IT Support Technician")));
        QSignalSpy finished(dialog.comparison(), &GoalComparison::finished);
        dialog.compareWith(qs(second));
        QVERIFY(dialog.comparison()->isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kPlanTimeoutMs);
        const auto& r = dialog.comparison()->result();
        QVERIFY(!r.stopped);

        const Plan a = planFor(first);
        const Plan b = planFor(second);
        QVERIFY(a.status != PlanStatus::Infeasible && b.status != PlanStatus::Infeasible);
        QCOMPARE(r.plans[0], a);
        QCOMPARE(r.plans[1], b);

        // Skills: the sets each goal names, split three ways.
        const auto sa = skillsOf(first);
        const auto sb = skillsOf(second);
        std::set<std::string> shared, onlyA, onlyB;
        for (const auto& s : sa)
            (sb.count(s) ? shared : onlyA).insert(s);
        for (const auto& s : sb)
            if (!sa.count(s))
                onlyB.insert(s);
        QVERIFY(!shared.empty()); // both ask for networking
        QVERIFY(shared.count("networking"));
        QCOMPARE(ids(r.sharedSkills), shared);
        QCOMPARE(ids(r.firstOnlySkills), onlyA);
        QCOMPARE(ids(r.secondOnlySkills), onlyB);

        // Credentials in both plans.
        std::set<std::string> both;
        for (const auto& x : a.credentials)
            for (const auto& y : b.credentials)
                if (x.id == y.id)
                    both.insert(x.id);
        QCOMPARE(std::set<std::string>(r.sharedCredentials.begin(), r.sharedCredentials.end()), both);

        // The dialog shows the same.
        QCOMPARE(listed(dialog.findChild<QListWidget*>(QStringLiteral("sharedSkillsList"))), shared);
        QCOMPARE(listed(dialog.findChild<QListWidget*>(QStringLiteral("firstOnlySkillsList"))), onlyA);
        QCOMPARE(listed(dialog.findChild<QListWidget*>(QStringLiteral("secondOnlySkillsList"))), onlyB);
        QCOMPARE(listed(dialog.findChild<QListWidget*>(QStringLiteral("sharedCredentialsList"))), both);
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("comparisonTable"));
        QVERIFY(table);
        const std::string& currency = session_->catalog().currency;
        QCOMPARE(table->item(1, 0)->text(), money(a.totals.cost, currency));
        QCOMPARE(table->item(1, 1)->text(), money(b.totals.cost, currency));
        QCOMPARE(table->item(4, 0)->text(), dateText(a.totals.completion));
        QCOMPARE(table->item(4, 1)->text(), dateText(b.totals.completion));
        QCOMPARE(table->item(5, 0)->text(), QLocale().toString(static_cast<int>(a.credentials.size())));
        QVERIFY(table->item(7, 1)->text().contains(qs(b.credentials.front().title)));
        QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("Cloud Support Associate"));
    }

    void thePlanMenuOpensTheComparison() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(settings, std::make_unique<FileDataSource>(sampleCatalogPath()));
        QVERIFY(window.start());
        window.session()->setGoal("data-analyst");
        auto* action = window.findChild<QAction*>(QStringLiteral("actionCompareGoals"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+G")));
        action->trigger();
        auto* dialog = window.findChild<GoalComparisonDialog*>(QStringLiteral("goalComparisonDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("firstGoalCombo"))->currentData().toString(),
                 QStringLiteral("data-analyst"));
        QSignalSpy finished(dialog->comparison(), &GoalComparison::finished);
        dialog->compareWith(QStringLiteral("cloud-associate"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kPlanTimeoutMs);
        // A new limit compares again, with the client's new numbers.
        Profile p = window.session()->profile();
        p.hoursPerWeek = p.hoursPerWeek + 5;
        window.session()->setProfile(p);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kPlanTimeoutMs);
        PlanRequest r;
        r.goal = "cloud-associate";
        r.objective = window.session()->objective();
        QCOMPARE(dialog->comparison()->result().plans[1], cairn::plan(window.session()->catalog(), p, r));
        dialog->close();
    }

    void sameGoalTwiceIsNotCompared() {
        GoalComparisonDialog dialog(session_.get());
        dialog.compareWith(qs(session_->goal()));
        QVERIFY(!dialog.comparison()->isRunning());
        QVERIFY(!dialog.comparison()->hasResult());
    }

    void stoppingKeepsTheBestPlansSoFar() {
        GoalComparison comparison;
        QSignalSpy finished(&comparison, &GoalComparison::finished);
        comparison.start(session_->catalogPtr(), session_->profile(), Objective::Cost, "data-analyst",
                         "cloud-associate");
        comparison.stop();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kPlanTimeoutMs);
        QVERIFY(comparison.result().stopped);
        QVERIFY(!comparison.isRunning());
    }

    void aNewerComparisonReplacesTheOlder() {
        GoalComparison comparison;
        QSignalSpy finished(&comparison, &GoalComparison::finished);
        comparison.start(session_->catalogPtr(), session_->profile(), Objective::Cost, "data-analyst",
                         "cloud-associate");
        comparison.start(session_->catalogPtr(), session_->profile(), Objective::Cost, "it-support-technician",
                         "data-analyst");
        QTRY_VERIFY_WITH_TIMEOUT(!comparison.isRunning(), kPlanTimeoutMs);
        QTest::qWait(100); // an outdated run finishing late must not report
        QCOMPARE(finished.count(), 1);
        QCOMPARE(comparison.result().plans[0], planFor("it-support-technician"));
        QCOMPARE(comparison.result().plans[1], planFor("data-analyst"));
        // Data analysis and IT support name no skill in common.
        QVERIFY(comparison.result().sharedSkills.empty());
    }
};

std::unique_ptr<QObject> makeGoalComparisonTest() {
    return std::make_unique<GoalComparisonTest>();
}

} // namespace cairn::app::test

#include "goal_comparison_test.moc"
