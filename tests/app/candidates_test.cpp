#include "test_suites.h"

#include <QDir>
#include <QFileInfo>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <algorithm>
#include <cairn/app/charts/pareto_chart.h>
#include <cairn/app/common/qt_convert.h>
#include <cairn/app/panels/candidates_panel.h>
#include <cairn/app/session/candidate_set.h>
#include <cairn/app/session/plan_change.h>
#include <cairn/app/session/planning_session.h>
#include <cairn/io/catalog_json.h>
#include <cairn/io/profile_json.h>
#include <set>

namespace cairn::app::test {

namespace {

std::vector<std::string> idsOf(const Plan& plan) {
    std::vector<std::string> ids;
    for (const auto& pc : plan.credentials)
        ids.push_back(pc.id);
    return ids;
}

bool contains(const std::vector<std::string>& list, const std::string& id) {
    return std::find(list.begin(), list.end(), id) != list.end();
}

} // namespace

/// Candidate plans on the sample catalog: the comparison table holds the real differences
/// between two plans, the chart marks each candidate, and adopting one brings its inputs back.
class CandidatesTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PlanningSession> session_;
    std::unique_ptr<CandidatesPanel> panel_;

    CandidateSet* set() const { return panel_->candidates(); }

    /// Plans the session's inputs now on this thread, as the scheduler would, and shows the plan.
    Plan planNow() {
        PlanRequest r;
        r.goal = session_->goal();
        r.objective = session_->objective();
        Plan p = plan(session_->catalog(), session_->profile(), r);
        session_->setPlan(p);
        return p;
    }

private slots:
    void init() {
        auto catalog = io::readCatalogFile(sampleCatalogPath());
        QVERIFY2(catalog.value, "the sample catalog loads");
        const QString profilePath =
            QFileInfo(sampleCatalogPath()).dir().filePath(QStringLiteral("../profiles/sample-career-changer.json"));
        auto profile = io::readProfileFile(profilePath);
        QVERIFY2(profile.value, qPrintable(profilePath));
        session_ = std::make_unique<PlanningSession>();
        session_->setCatalog(std::move(*catalog.value));
        session_->setClient(QStringLiteral("career-changer"), *profile.value);
        session_->setGoal("data-analyst");
        panel_ = std::make_unique<CandidatesPanel>(session_.get(), nullptr);
        panel_->resize(1000, 220);
    }

    void cleanup() {
        panel_.reset();
        session_.reset();
    }

    void emptyStateUntilAPlanIsKept() {
        panel_->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel_.get()));
        QCOMPARE(set()->size(), 0);
        QVERIFY(!panel_->table()->isVisible());
        QVERIFY(panel_->findChild<QWidget*>(QStringLiteral("candidatesEmpty"))->isVisible());
        QString error;
        QCOMPARE(set()->capture(QStringLiteral("nothing"), &error), -1); // no plan yet
        QVERIFY(error.contains(QStringLiteral("no plan")));
        planNow();
        QCOMPARE(set()->capture(), 0);
        QVERIFY(panel_->table()->isVisible());
    }

    void comparisonListsTheRealDifferencesBetweenTwoPlans() {
        session_->setObjective(Objective::Cost);
        const Plan cheapest = planNow();
        QVERIFY(cheapest.status != PlanStatus::Infeasible);
        QCOMPARE(set()->capture(), 0);
        // Named from the objective and the client's limits (this learner has a budget).
        QCOMPARE(set()->candidates()[0].name,
                 QStringLiteral("Cheapest, within %1")
                     .arg(money(*session_->profile().budget, session_->catalog().currency)));

        session_->setObjective(Objective::Time);
        const Plan soonest = planNow();
        QCOMPARE(set()->capture(QStringLiteral("by June")), 1);
        QCOMPARE(set()->baseline(), 0); // the first kept is the baseline

        // The difference, worked out here from the two plans' own credentials and the catalog.
        std::vector<std::string> added;
        std::vector<std::string> removed;
        for (const auto& id : idsOf(soonest))
            if (!contains(idsOf(cheapest), id))
                added.push_back(id);
        for (const auto& id : idsOf(cheapest))
            if (!contains(idsOf(soonest), id))
                removed.push_back(id);
        double addedCost = 0;
        for (const auto& id : added)
            addedCost += session_->catalog().findCredential(id)->cost;
        double removedCost = 0;
        for (const auto& id : removed)
            removedCost += session_->catalog().findCredential(id)->cost;

        const PlanChange d = set()->difference(1);
        QCOMPARE(d.added, added);
        QCOMPARE(d.removed, removed);
        // On the sample catalog the cheapest pathway is IBM's certificate plus statistics; the
        // fastest keeps the statistics course and swaps the certificate for two shorter courses.
        QCOMPARE(d.added, (std::vector<std::string>{"uc-davis-sql-for-data-science", "microsoft-pl-300"}));
        QCOMPARE(d.removed, std::vector<std::string>{"ibm-data-analyst"});
        QCOMPARE(d.costChange, addedCost - removedCost);
        QCOMPARE(d.costChange, soonest.totals.cost - cheapest.totals.cost);
        QVERIFY(d.costChange > 0); // finishing sooner costs money …
        QVERIFY(d.daysChange < 0); // … and finishes sooner
        QCOMPARE(d.daysChange, soonest.totals.completion.days() - cheapest.totals.completion.days());
        QCOMPARE(d.hoursChange, soonest.totals.hours - cheapest.totals.hours);

        // The table says the same in words.
        auto cell = [this](int row, int column) { return set()->index(row, column).data().toString(); };
        QVERIFY(cell(0, CandidateSet::Name).contains(QStringLiteral("baseline")));
        QVERIFY(cell(0, CandidateSet::Added).isEmpty());
        QCOMPARE(cell(1, CandidateSet::Name), QStringLiteral("by June"));
        QCOMPARE(
            cell(1, CandidateSet::Money),
            QStringLiteral("%1 (%2)").arg(money(soonest.totals.cost, session_->catalog().currency),
                                          PlanChangeWords::signedMoney(d.costChange, session_->catalog().currency)));
        QVERIFY(cell(1, CandidateSet::Money).contains(QLatin1Char('+')));
        QVERIFY(cell(1, CandidateSet::Removed)
                    .contains(QString::fromStdString(session_->catalog().findCredential("ibm-data-analyst")->title)));
        for (const auto& id : added)
            QVERIFY(cell(1, CandidateSet::Added)
                        .contains(QString::fromStdString(session_->catalog().findCredential(id)->title)));
        QVERIFY(cell(1, CandidateSet::Completion).contains(QStringLiteral("sooner")));
        QVERIFY(set()->index(1, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Drops")));

        // Comparing with the other one turns every difference round.
        set()->setBaseline(1);
        const PlanChange back = set()->difference(0);
        QCOMPARE(back.added, removed);
        QCOMPARE(back.removed, added);
        QCOMPARE(back.costChange, -d.costChange);
        QVERIFY(cell(1, CandidateSet::Name).contains(QStringLiteral("baseline")));
    }

    void candidatesAreMarkedOnTheChartAndAClickAdoptsOne() {
        ParetoChart chart;
        panel_->attachChart(&chart);
        session_->setObjective(Objective::Cost);
        Profile p = session_->profile();
        p.budget = 4000;
        p.excluded = {"ibm-data-analyst"};
        session_->setProfile(p);
        const Plan first = planNow();
        QCOMPARE(set()->capture(), 0);
        QCOMPARE(set()->candidates()[0].name,
                 QStringLiteral("Cheapest, within %1, without IBM Data Analyst Professional Certificate")
                     .arg(money(4000, session_->catalog().currency)));
        session_->setObjective(Objective::Time);
        p.budget.reset();
        p.excluded.clear();
        p.pinned = {"khan-intro-sql"};
        session_->setProfile(p);
        const Plan second = planNow();
        QCOMPARE(set()->capture(QStringLiteral("soon@st")), 1);

        QCOMPARE(chart.candidateSeries().size(), std::size_t(2));
        QCOMPARE(chart.candidateSeries()[0]->points().value(0), QPointF(first.totals.weeks, first.totals.cost));
        QCOMPARE(chart.candidateSeries()[1]->points().value(0), QPointF(second.totals.weeks, second.totals.cost));
        QVERIFY(chart.candidateSeries()[0]->pointLabelsVisible());
        // Each marker is labelled with its candidate's name, a long one shortened with an ellipsis.
        const QString label = chart.candidateSeries()[0]->pointLabelsFormat();
        const QString name = set()->candidates()[0].name;
        QVERIFY2(label.endsWith(QChar(0x2026)) && name.startsWith(label.chopped(1).trimmed()), qPrintable(label));
        // '@' would start a placeholder in a label format; the name shows as written.
        QCOMPARE(chart.candidateSeries()[1]->pointLabelsFormat(), QStringLiteral("soon\uFF20st"));
        QCOMPARE(chart.candidateSeries()[0]->markerShape(), QScatterSeries::MarkerShapeRotatedRectangle);

        // A click on the first candidate's marker brings its question back, as one undoable edit.
        const int edits = session_->undoStack()->count();
        chart.chooseCandidate(0);
        QCOMPARE(session_->objective(), Objective::Cost);
        QCOMPARE(session_->profile().budget, std::optional<double>(4000));
        QCOMPARE(session_->profile().excluded, std::vector<std::string>{"ibm-data-analyst"});
        QVERIFY(session_->profile().pinned.empty());
        QCOMPARE(session_->goal(), std::string("data-analyst"));
        QCOMPARE(panel_->selectedRow(), 0);
        QCOMPARE(session_->undoStack()->count(), edits + 1);
        session_->undoStack()->undo();
        QVERIFY(!session_->profile().budget.has_value());
        QCOMPARE(session_->profile().pinned, std::vector<std::string>{"khan-intro-sql"});

        // Enter on a row of the table adopts that candidate too.
        panel_->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel_.get()));
        panel_->selectRow(1);
        QTest::keyClick(panel_->table(), Qt::Key_Return);
        QCOMPARE(session_->objective(), Objective::Time);
        QCOMPARE(session_->profile().pinned, std::vector<std::string>{"khan-intro-sql"});
        QVERIFY(!session_->profile().budget.has_value());

        // Removing one takes its marker off the chart.
        set()->remove(0);
        QCOMPARE(chart.candidateSeries().size(), std::size_t(1));
        QCOMPARE(set()->baseline(), 0);
    }

    void renamingKeepsNamesApartAndEachClientHasTheirOwn() {
        planNow();
        set()->capture(QStringLiteral("Plan A"));
        set()->capture(QStringLiteral("Plan B"));
        QVERIFY(set()->rename(1, QStringLiteral("Plan A")));
        QCOMPARE(set()->candidates()[1].name, QStringLiteral("Plan A (2)"));
        QVERIFY(!set()->rename(0, QStringLiteral("   ")));
        QVERIFY(set()->setData(set()->index(0, CandidateSet::Name), QStringLiteral("Cheapest plan")));
        QCOMPARE(set()->candidates()[0].name, QStringLiteral("Cheapest plan"));

        const Profile other = session_->profile();
        session_->setClient(QStringLiteral("someone-else"), other);
        QCOMPARE(set()->size(), 0);
        QCOMPARE(set()->rowCount(), 0);
        session_->setClient(QStringLiteral("career-changer"), other);
        QCOMPARE(set()->size(), 2);
    }
};

std::unique_ptr<QObject> makeCandidatesTest() {
    return std::make_unique<CandidatesTest>();
}

} // namespace cairn::app::test

#include "candidates_test.moc"
