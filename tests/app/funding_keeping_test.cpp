// Funding and keeping a credential in the window: the cheapest-to-hold and least-out-of-pocket
// objectives and the years to hold in the goal bar, who pays and the cost to hold in the plan
// summary (in English and in German), and the profile's funding sources edited by keyboard,
// each edit one undo step.
#include "test_suites.h"

#include <QApplication>
#include <QComboBox>
#include <QHelpEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QToolTip>
#include <QTranslator>
#include <QUndoStack>
#include <cairn/app/charts/timeline_chart.h>
#include <cairn/app/models/funding_model.h>
#include <cairn/app/panels/goal_panel.h>
#include <cairn/app/panels/profile_panel.h>
#include <cairn/app/panels/summary_panel.h>
#include <cairn/app/session/planning_session.h>
#include <cairn/app/shell/translations.h>
#include <cairn/engine/planner.h>

namespace cairn::app::test {

namespace {

Credential credential(const std::string& id, const std::string& title, double cost, double hours) {
    Credential c;
    c.id = id;
    c.title = title;
    c.provider = "CompTIA";
    c.cost = cost;
    c.hours = hours;
    c.grants = {{"security", 2}};
    return c;
}

/// Security+ ($439, valid 3 years, $150 and 50 hours a renewal) and a certificate with a yearly
/// fee: the examples of docs/planning-model.md, "Keeping a credential".
Catalog securityCatalog() {
    Catalog c;
    c.name = "Security";
    c.currency = "USD";
    c.skills = {{"security", "Security", {}, {}, {}, {}}};
    Credential plus = credential("security-plus", "Security+", 439, 80);
    plus.validMonths = 36;
    plus.renewal = Renewal{};
    plus.renewal->fee = 150;
    plus.renewal->hours = 50;
    Credential yearly = credential("cheap-cert", "Cheap certificate", 300, 60);
    yearly.validMonths = 12;
    yearly.renewal = Renewal{};
    yearly.renewal->yearlyFee = 120;
    c.credentials = {plus, yearly};
    Goal g;
    g.id = "analyst";
    g.title = "Security analyst";
    g.requirement = Requirement::skill("security", 2);
    c.goals = {g};
    return c;
}

Profile fundedClient() {
    Profile p;
    p.name = "Client";
    p.hoursPerWeek = 10;
    p.start = Date::fromYmd(2027, 1, 4);
    FundingSource acme;
    acme.name = "Acme tuition assistance";
    acme.kind = FundingSource::Kind::Employer;
    acme.share = 50;
    p.funding = {acme};
    return p;
}

} // namespace

class FundingKeepingTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PlanningSession> session_;
    std::vector<QTranslator*> translators_;

    /// The session planned for the goal with the objective, as the window's planner would.
    void planWith(Objective objective) {
        session_->setGoal("analyst");
        session_->setObjective(objective);
        PlanRequest request;
        request.goal = "analyst";
        request.objective = objective;
        request.holdYears = session_->holdYears();
        session_->setPlan(plan(session_->catalog(), session_->profile(), request));
        QVERIFY(session_->plan() && hasPlan(session_->plan()->status));
    }

private slots:
    void init() {
        session_ = std::make_unique<PlanningSession>();
        session_->setCatalog(securityCatalog());
        session_->setClient(QStringLiteral("1"), fundedClient());
    }

    void cleanup() {
        for (QTranslator* t : translators_) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        translators_.clear();
    }

    void theGoalBarOffersBothObjectivesAndTheYearsToHold() {
        GoalPanel panel(session_.get());
        auto* objectives = panel.findChild<QComboBox*>(QStringLiteral("objectiveCombo"));
        auto* years = panel.findChild<QSpinBox*>(QStringLiteral("holdYearsSpin"));
        QVERIFY(objectives && years);
        QVERIFY(objectives->findData(static_cast<int>(Objective::OutOfPocket)) >= 0);
        objectives->setCurrentIndex(objectives->findData(static_cast<int>(Objective::CostToHold)));
        QCOMPARE(session_->objective(), Objective::CostToHold);
        QCOMPARE(years->value(), 3); // the default, as on the command line
        QSignalSpy replans(session_.get(), &PlanningSession::planInputsChanged);
        years->setValue(5);
        QCOMPARE(session_->holdYears(), 5);
        QCOMPARE(replans.count(), 1);
        session_->setHoldYears(7); // shown where it is set
        QCOMPARE(years->value(), 7);
    }

    void theSummaryShowsWhoPaysAndTheCostToHold() {
        planWith(Objective::CostToHold);
        SummaryPanel summary(session_.get());
        QString text = summary.toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Cost to hold for 3 years")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("After completion")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Renew Security+")) || text.contains(QStringLiteral("Yearly fee for")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Acme tuition assistance (employer)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("By year")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("You pay")), qPrintable(text));
        session_->setHoldYears(5);
        text = summary.toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Cost to hold for 5 years")), qPrintable(text));
    }

    void aNarrowTimelineShowsTheWholePlanAndScrollsToTheYearsOfKeeping() {
        // At 1024x700 the timeline tab is under 400 pixels wide: twelve pixels a week and a
        // title column of 210 left the last bar and the completion date past its right edge.
        Profile slow = session_->profile(); // forty weeks of study at two hours a week
        slow.hoursPerWeek = 2;
        session_->setProfile(slow);
        planWith(Objective::CostToHold);
        session_->setHoldYears(3);
        const int studyDays = session_->plan()->totals.completion.days() - session_->plan()->start.days();
        QVERIFY2(studyDays > 250, qPrintable(QString::number(studyDays))); // 500 pixels at twelve a week
        QScrollArea view;
        view.setWidgetResizable(true);
        auto* chart = new TimelineChart(session_.get());
        view.setWidget(chart);
        for (const int width : {380, 600}) {
            view.resize(width, 400);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            const double done = chart->xOf(session_->plan()->totals.completion);
            QTRY_VERIFY2(
                done <= view.viewport()->width(),
                qPrintable(QStringLiteral("done at %1 px in a view %2 wide").arg(done).arg(view.viewport()->width())));
            // The renewals run on to the right, reached by scrolling.
            QVERIFY(chart->width() > view.viewport()->width());
            QVERIFY(chart->xOf(chart->keeping().marks.back().event.date) < chart->width());
        }
    }

    void theTimelineMarksEachRenewalAtItsDate() {
        planWith(Objective::CostToHold); // Security+: $439, and $150 every 3 years
        const PlannedCredential& plus = session_->plan()->credentials.front();
        QCOMPARE(plus.id, std::string("security-plus"));
        TimelineChart chart(session_.get());
        chart.resize(chart.sizeHint());
        const auto renewals = [&] {
            std::vector<KeepingMark> out;
            for (const KeepingMark& m : chart.keeping().marks)
                if (m.event.kind == KeepingEvent::Kind::Renewal)
                    out.push_back(m);
            return out;
        };
        QCOMPARE(renewals().size(), 1u);
        QCOMPARE(renewals()[0].row, 0);
        QCOMPARE(renewals()[0].event.date, addMonths(plus.end, 36));
        QCOMPARE(renewals()[0].event.fee, 150.0);
        QVERIFY(chart.legendLabels().contains(QStringLiteral("Renewal due")));
        QVERIFY(chart.legendLabels().contains(QStringLiteral("Held (cost to hold: 3 years)")));

        // Seven years to hold: the renewals at 3 and 6 years, the axis running on past both.
        session_->setHoldYears(7);
        QCOMPARE(renewals().size(), 2u);
        QCOMPARE(renewals()[1].event.date, addMonths(plus.end, 72));
        chart.resize(chart.sizeHint());
        QVERIFY(chart.axisEnd() >= renewals()[1].event.date);
        const double done = chart.xOf(session_->plan()->totals.completion);
        const double first = chart.xOf(renewals()[0].event.date);
        const double second = chart.xOf(renewals()[1].event.date);
        QVERIFY(done < first && first < second && second < chart.width());
        // Three years apart, three years from the first to the second.
        QCOMPARE(qRound(second - first),
                 qRound(chart.xOf(addMonths(plus.end, 72)) - chart.xOf(addMonths(plus.end, 36))));
        QCOMPARE(chart.keeping().held.size(), 1u);
        QCOMPARE(chart.keeping().held[0].to, addMonths(plus.end, 84));
        QVERIFY(!chart.keeping().held[0].lapses);
        QVERIFY(chart.legendLabels().contains(QStringLiteral("Held (cost to hold: 7 years)")));

        // Hovering a renewal names its date, fee and hours.
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        std::size_t last = 0;
        for (std::size_t i = 0; i < chart.keeping().marks.size(); ++i)
            if (chart.keeping().marks[i].event == renewals()[1].event)
                last = i;
        QCOMPARE(chart.markCentre(last).x(), second);
        const QPoint at = chart.markCentre(last).toPoint();
        QHelpEvent hover(QEvent::ToolTip, at, chart.mapToGlobal(at));
        QCoreApplication::sendEvent(&chart, &hover);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QStringLiteral("Renew Security+: $150 and 50 hours")),
                 qPrintable(QToolTip::text()));
        QToolTip::hideText();
    }

    void theTimelineMarksYearlyFeesAndAnExpiry() {
        Catalog catalog = securityCatalog();
        catalog.credentials[1].renewal.reset(); // the cheap certificate lapses after a year
        session_->setCatalog(catalog);
        planWith(Objective::Cost);
        const PlannedCredential& cheap = session_->plan()->credentials.front();
        QCOMPARE(cheap.id, std::string("cheap-cert"));
        TimelineChart chart(session_.get());
        chart.resize(chart.sizeHint());
        QCOMPARE(chart.keeping().marks.size(), 1u);
        const KeepingMark& expiry = chart.keeping().marks.front();
        QCOMPARE(expiry.event.kind, KeepingEvent::Kind::Expiry);
        QCOMPARE(expiry.event.date, addMonths(cheap.end, 12));
        QCOMPARE(chart.keeping().held.size(), 1u);
        QVERIFY(chart.keeping().held[0].lapses);
        QCOMPARE(chart.keeping().held[0].to, expiry.event.date);
        QVERIFY(chart.legendLabels().contains(QStringLiteral("Expires")));
        QVERIFY(!chart.legendLabels().contains(QStringLiteral("Renewal due")));
        QVERIFY(chart.xOf(expiry.event.date) < chart.width());
    }

    void aCredentialThatNeverExpiresHasNoMarks() {
        Catalog catalog = securityCatalog();
        for (Credential& c : catalog.credentials) {
            c.validMonths = 0;
            c.renewal.reset();
        }
        session_->setCatalog(catalog);
        planWith(Objective::Cost);
        TimelineChart chart(session_.get());
        QVERIFY(chart.keeping().marks.empty());
        QVERIFY(chart.keeping().held.empty());
        QCOMPARE(chart.axisEnd(), session_->plan()->totals.completion);
        QCOMPARE(chart.legendLabels(), QStringList{QStringLiteral("Study")});
    }

    void aGermanSummaryWithFundingAndCostToHoldHasNoEnglish() {
        translators_ = Translations::install(*qApp, QLocale(QLocale::German, QLocale::Germany));
        planWith(Objective::CostToHold);
        SummaryPanel summary(session_.get());
        const QString text = summary.toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Haltekosten")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Arbeitgeber")), qPrintable(text));
        for (const char* english :
             {"You pay", "Cost to hold", "Renew", "Yearly fee", "expires", "By year", "Funding", "After completion",
              " due", "funded", "to earn", "renewal fees", "employer", "continuing education", "hours", "Feasible"})
            QVERIFY2(!text.contains(QLatin1String(english)),
                     qPrintable(QLatin1String(english) + QLatin1Char('\n') + text));
        // The timeline's legend too.
        const TimelineChart chart(session_.get());
        const QStringList legend = chart.legendLabels();
        QVERIFY2(legend.contains(QStringLiteral("Verlängerung fällig")), qPrintable(legend.join(u'|')));
        QVERIFY2(legend.contains(QStringLiteral("Gehalten (Haltekosten: 3 Jahre)")), qPrintable(legend.join(u'|')));
        QVERIFY2(legend.contains(QStringLiteral("Lernen")), qPrintable(legend.join(u'|')));
    }

    void fundingSourcesAreAddedEditedAndRemovedByKeyboard() {
        session_->setClient(QStringLiteral("2"), Profile{});
        ProfilePanel panel(session_.get());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto* table = panel.findChild<QTableView*>(QStringLiteral("fundingTable"));
        auto* add = panel.findChild<QPushButton*>(QStringLiteral("addFundingButton"));
        auto* remove = panel.findChild<QPushButton*>(QStringLiteral("removeFundingButton"));
        QVERIFY(table && add && remove);
        auto* stack = session_->undoStack();

        // Add: the new source's name is open for typing.
        add->setFocus();
        QTest::keyClick(add, Qt::Key_Space);
        QCOMPARE(session_->profile().funding.size(), 1u);
        const QModelIndex nameIndex = table->model()->index(0, FundingModel::NameColumn);
        QCOMPARE(table->currentIndex(), nameIndex);
        QVERIFY(qobject_cast<QLineEdit*>(table->indexWidget(nameIndex)));
        const auto typeInto = [&](int column, const QString& value) {
            const QModelIndex index = table->model()->index(0, column);
            table->setCurrentIndex(index);
            table->edit(index);
            auto* editor = qobject_cast<QLineEdit*>(table->indexWidget(index) ? table->indexWidget(index)
                                                                              : QApplication::focusWidget());
            QVERIFY(editor);
            editor->selectAll();
            QTest::keyClicks(editor, value);
            QTest::keyClick(editor, Qt::Key_Return);
            QCoreApplication::processEvents(); // the delegate commits on the next turn of the loop
        };
        typeInto(FundingModel::NameColumn, QStringLiteral("Acme"));
        QCOMPARE(session_->profile().funding[0].name, std::string("Acme"));

        // The share, typed; a share above 100% is refused and the source keeps its share.
        typeInto(FundingModel::ShareColumn, QStringLiteral("75"));
        QCOMPARE(session_->profile().funding[0].share, 75.0);
        typeInto(FundingModel::ShareColumn, QStringLiteral("150"));
        QCOMPARE(session_->profile().funding[0].share, 75.0);
        typeInto(FundingModel::CapColumn, QStringLiteral("5250"));
        QCOMPARE(session_->profile().funding[0].cap, std::optional<double>(5250));
        typeInto(FundingModel::CoversColumn, QStringLiteral("provider:CompTIA, cred:security-plus"));
        QCOMPARE(session_->profile().funding[0].covers,
                 (std::vector<std::string>{"provider:CompTIA", "cred:security-plus"}));

        // The kind, from its list.
        const QModelIndex kind = table->model()->index(0, FundingModel::KindColumn);
        table->setCurrentIndex(kind);
        table->edit(kind);
        auto* kinds = table->findChild<QComboBox*>();
        QVERIFY(kinds);
        kinds->setCurrentIndex(static_cast<int>(FundingSource::Kind::Grant));
        QTest::keyClick(kinds, Qt::Key_Return);
        QCoreApplication::processEvents();
        QCOMPARE(session_->profile().funding[0].kind, FundingSource::Kind::Grant);

        // Each edit is one undo step, named after the source.
        QCOMPARE(stack->count(), 6); // add, name, share, cap, covers, kind
        QVERIFY2(stack->undoText().contains(QStringLiteral("Acme")), qPrintable(stack->undoText()));
        stack->undo();
        QCOMPARE(session_->profile().funding[0].kind, FundingSource::Kind::Employer);
        for (int i = 0; i < 4; ++i)
            stack->undo();
        QCOMPARE(session_->profile().funding[0].name, std::string("Funding source"));
        QCOMPARE(session_->profile().funding[0].share, 100.0);
        stack->undo();
        QVERIFY(session_->profile().funding.empty());
        for (int i = 0; i < 6; ++i)
            stack->redo();
        QCOMPARE(session_->profile().funding[0].name, std::string("Acme"));

        // Remove the selected source, and bring it back.
        table->setCurrentIndex(table->model()->index(0, FundingModel::NameColumn));
        remove->setFocus();
        QTest::keyClick(remove, Qt::Key_Space);
        QVERIFY(session_->profile().funding.empty());
        stack->undo();
        QCOMPARE(session_->profile().funding.size(), 1u);
    }
};

std::unique_ptr<QObject> makeFundingKeepingTest() {
    return std::make_unique<FundingKeepingTest>();
}

} // namespace cairn::app::test

#include "funding_keeping_test.moc"
