#include "offer_fixture.h"
#include "test_suites.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTest>
#include <cairn/app/charts/chart_legend.h>
#include <cairn/app/charts/charts_panel.h>
#include <cairn/app/charts/credits_chart.h>
#include <cairn/app/charts/pareto_chart.h>
#include <cairn/app/charts/spending_chart.h>
#include <cairn/app/charts/timeline_chart.h>
#include <cairn/app/session/planning_session.h>
#include <cairn/io/catalog_json.h>
#include <cairn/io/profile_json.h>

namespace cairn::app::test {

namespace {
constexpr int kFrontTimeoutMs = 30000;

/// The numbers drawn just below a chart's plot area: the tick labels of its bottom axis.
QStringList bottomAxisNumbers(QChartView* view) {
    const QRectF plot = view->chart()->plotArea();
    QStringList numbers;
    for (QGraphicsItem* item : view->scene()->items()) {
        QString text;
        if (auto* rich = dynamic_cast<QGraphicsTextItem*>(item))
            text = rich->toPlainText();
        else if (auto* simple = dynamic_cast<QGraphicsSimpleTextItem*>(item))
            text = simple->text();
        const QRectF at = item->sceneBoundingRect();
        bool number = false;
        QLocale().toDouble(text, &number);
        if (item->isVisible() && number && at.top() >= plot.bottom() - 2 && at.top() < plot.bottom() + 30)
            numbers << text;
    }
    return numbers;
}
/// The texts a chart draws, as drawn (a truncated label ends in "…").
QStringList drawnTexts(QChartView* view) {
    QStringList texts;
    for (QGraphicsItem* item : view->scene()->items()) {
        if (!item->isVisible())
            continue;
        if (auto* rich = dynamic_cast<QGraphicsTextItem*>(item))
            texts << rich->toPlainText();
        else if (auto* simple = dynamic_cast<QGraphicsSimpleTextItem*>(item))
            texts << simple->text();
    }
    return texts;
}

/// What keeps a chart's bottom axis from being read: a tick that is not a whole number or is
/// drawn twice, or a text cut short; empty when there is none.
QString unreadableAxis(QChartView* view) {
    const QStringList numbers = bottomAxisNumbers(view);
    if (QSet<QString>(numbers.begin(), numbers.end()).size() != numbers.size())
        return QStringLiteral("a tick drawn twice: ") + numbers.join(u' ');
    for (const QString& number : numbers) {
        bool whole = false;
        number.toInt(&whole);
        if (!whole)
            return QStringLiteral("a tick not whole: ") + numbers.join(u' ');
    }
    for (const QString& text : drawnTexts(view))
        if (text.endsWith(QChar(0x2026)) || text.endsWith(QStringLiteral("...")))
            return QStringLiteral("cut short: ") + text;
    return {};
}

/// The chart of `parent` whose title starts with `title`; null when there is none.
QChartView* chartTitled(QWidget* parent, const QString& title) {
    for (QChartView* view : parent->findChildren<QChartView*>())
        if (view->chart()->title().startsWith(title))
            return view;
    return nullptr;
}
} // namespace

/// The Charts tab against the sample catalog: the series carry the planner's numbers, and a
/// click on the trade-off shows that plan.
class ChartsTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PlanningSession> session_;
    std::unique_ptr<ChartsPanel> view_;

    PlanRequest request() const {
        PlanRequest r;
        r.goal = session_->goal();
        r.objective = session_->objective();
        return r;
    }

    void waitForFront() {
        QSignalSpy ready(view_.get(), &ChartsPanel::frontReady);
        view_->refresh();
        // The trade-off is worked out off the GUI thread: refresh() returns before it is done.
        QVERIFY(!view_->isIdle());
        QTRY_VERIFY_WITH_TIMEOUT(view_->isIdle() && ready.count() == 1, kFrontTimeoutMs);
    }

    void openClient(const QString& file) {
        auto catalog = io::readCatalogFile(sampleCatalogPath());
        QVERIFY2(catalog.value, "the sample catalog loads");
        const QString profilePath =
            QFileInfo(sampleCatalogPath()).dir().filePath(QStringLiteral("../profiles/") + file);
        auto profile = io::readProfileFile(profilePath);
        QVERIFY2(profile.value, qPrintable(profilePath));
        view_.reset(); // it watches the session
        session_ = std::make_unique<PlanningSession>();
        session_->setCatalog(std::move(*catalog.value));
        session_->setClient(QFileInfo(file).baseName(), *profile.value);
        session_->setGoal(profile.value->goal);
        view_ = std::make_unique<ChartsPanel>(session_.get());
        view_->resize(1000, 800);
    }

private slots:
    void init() { openClient(QStringLiteral("sample-career-changer.json")); }

    void cleanup() {
        view_.reset();
        session_.reset();
    }

    void paretoSeriesHoldOnePointPerFrontPlan() {
        waitForFront();
        const auto expected = paretoFront(session_->catalog(), session_->profile(), request());
        QVERIFY(expected.size() >= 2);
        auto* pareto = view_->pareto();
        QCOMPARE(pareto->front().size(), expected.size());
        const auto points = pareto->points()->points();
        QCOMPARE(points.size(), static_cast<qsizetype>(expected.size()));
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(points[static_cast<qsizetype>(i)].x(), static_cast<double>(expected[i].totals.weeks));
            QCOMPARE(points[static_cast<qsizetype>(i)].y(), expected[i].totals.cost);
        }
        // The step line passes through every plan of the front.
        for (const auto& plan : expected)
            QVERIFY(pareto->steps()->points().contains(QPointF(plan.totals.weeks, plan.totals.cost)));
        // This learner's budget is far above every plan: the legend names it instead of a line
        // that would squeeze the plans into a corner.
        QVERIFY(session_->profile().budget.has_value());
        QVERIFY(*session_->profile().budget > 2 * expected.back().totals.cost);
        QCOMPARE(pareto->budgetLine()->count(), 0);
        QVERIFY(pareto->budgetLine()->name().contains(QStringLiteral("above")));
        QVERIFY(!pareto->deadlineLine()->isVisible());
        // … in full: Qt Charts' one-row legend cut it to "Budget $1,50…". The legend wraps to
        // more rows instead, however narrow the chart.
        ChartLegend* legend = pareto->legend();
        QVERIFY(!pareto->view()->chart()->legend()->isAttachedToChart());
        QVERIFY2(legend->labels().contains(pareto->budgetLine()->name()),
                 qPrintable(legend->labels().join(u'|') + QStringLiteral(" lacks ") + pareto->budgetLine()->name()));
        for (const double width : {900.0, 420.0, 300.0}) {
            pareto->view()->chart()->resize(width, 300);
            const int room = legend->availableWidth();
            QVERIFY2(legend->requiredWidth(room) <= room,
                     qPrintable(QStringLiteral("%1 needed in %2").arg(legend->requiredWidth(room)).arg(room)));
            // The legend lies inside the chart, below its plot.
            const QRectF drawn = legend->mapRectToParent(legend->boundingRect());
            QVERIFY(QRectF(QPointF(0, 0), pareto->view()->chart()->size()).contains(drawn));
            QVERIFY(drawn.top() >= pareto->view()->chart()->plotArea().bottom());
        }
        QVERIFY(legend->rowCount(legend->availableWidth()) > 1);
    }

    void budgetNearThePlansIsAHorizontalLine() {
        Profile p = session_->profile();
        const double budget = 1.5 * paretoFront(session_->catalog(), p, request()).back().totals.cost;
        p.budget = budget;
        session_->setProfile(p);
        waitForFront();
        auto* line = view_->pareto()->budgetLine();
        QVERIFY(line->isVisible());
        QCOMPARE(line->count(), 2);
        QCOMPARE(line->at(0).y(), budget);
        QCOMPARE(line->at(1).y(), budget);
        QCOMPARE(line->name(), QStringLiteral("Budget"));
    }

    void deadlineIsAVerticalLineInWeeks() {
        Profile p = session_->profile();
        p.deadline = p.start.plusDays(7 * 30); // within twice the slowest plan's weeks
        session_->setProfile(p);
        waitForFront();
        auto* line = view_->pareto()->deadlineLine();
        QVERIFY(line->isVisible());
        QCOMPARE(line->count(), 2);
        QCOMPARE(line->at(0).x(), 30.0);
        QCOMPARE(line->at(1).x(), 30.0);
    }

    void choosingAPointShowsThatPlan() {
        waitForFront();
        auto* pareto = view_->pareto();
        const auto front = pareto->front();
        QVERIFY(front.size() >= 2);
        QSignalSpy chosen(pareto, &ParetoChart::planChosen);
        QSignalSpy adopted(view_.get(), &ChartsPanel::planAdopted);
        const int fastest = static_cast<int>(front.size()) - 1;
        pareto->choosePoint(fastest);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toInt(), fastest);
        QCOMPARE(adopted.count(), 1);
        QVERIFY(session_->plan().has_value());
        QCOMPARE(*session_->plan(), front[static_cast<std::size_t>(fastest)]);
        // The chosen plan is the highlighted one now.
        QCOMPARE(pareto->current(), fastest);
        QCOMPARE(pareto->currentPoint()->count(), 1);
        QCOMPARE(pareto->currentPoint()->at(0), QPointF(front.back().totals.weeks, front.back().totals.cost));
        // An index off the front changes nothing.
        pareto->choosePoint(static_cast<int>(front.size()));
        QCOMPARE(chosen.count(), 1);
    }

    void clickingAMarkerShowsThatPlan() {
        view_->show();
        QVERIFY(QTest::qWaitForWindowExposed(view_.get()));
        waitForFront();
        auto* pareto = view_->pareto();
        const auto front = pareto->front();
        QVERIFY(!front.empty());
        QSignalSpy adopted(view_.get(), &ChartsPanel::planAdopted);
        const QPointF value(front.front().totals.weeks, front.front().totals.cost);
        QChartView* chartView = pareto->view();
        const QPointF scene = chartView->chart()->mapToPosition(value, pareto->points());
        const QPoint at = chartView->mapFromScene(scene);
        QTest::mouseClick(chartView->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(adopted.count(), 1);
        QCOMPARE(adopted.at(0).at(0).toInt(), 0);
        QCOMPARE(*session_->plan(), front.front());
    }

    void everyChartAxisHasNumbers() {
        waitForFront();
        session_->setPlan(cairn::plan(session_->catalog(), session_->profile(), request()));
        view_->show();
        QVERIFY(QTest::qWaitForWindowExposed(view_.get()));
        int charts = 0;
        for (QChartView* chart : view_->findChildren<QChartView*>()) {
            if (!chart->isVisibleTo(view_.get()))
                continue;
            ++charts;
            QTRY_VERIFY2(bottomAxisNumbers(chart).size() >= 2, qPrintable(chart->chart()->title()));
        }
        QVERIFY(charts >= 3);
    }

    // Axis labels are whole numbers: a range of 0 to 1 in quarters read "0 0 0 1 1" on every
    // chart with nothing to show.
    void emptyChartsLabelEachTickOnce() {
        session_->setGoal({});
        session_->setPlan(std::nullopt);
        view_->refresh();
        view_->show();
        QVERIFY(QTest::qWaitForWindowExposed(view_.get()));
        int charts = 0;
        for (QChartView* chart : view_->findChildren<QChartView*>()) {
            const auto axes = chart->chart()->axes();
            if (!chart->isVisibleTo(view_.get()) ||
                std::none_of(axes.begin(), axes.end(), [](QAbstractAxis* a) { return a->isVisible(); }))
                continue; // (the skills chart has nothing to count without a goal)
            ++charts;
            QTRY_VERIFY2(bottomAxisNumbers(chart).size() >= 2, qPrintable(chart->chart()->title()));
            const QStringList numbers = bottomAxisNumbers(chart);
            QVERIFY2(QSet<QString>(numbers.begin(), numbers.end()).size() == numbers.size(),
                     qPrintable(chart->chart()->title() + QStringLiteral(": ") + numbers.join(u' ')));
        }
        QVERIFY(charts >= 3);
    }

    void spendingEndsAtThePlanTotal() {
        const Plan plan = cairn::plan(session_->catalog(), session_->profile(), request());
        QVERIFY(plan.status != PlanStatus::Infeasible);
        QVERIFY(plan.credentials.size() >= 2);
        session_->setPlan(plan);
        auto* spending = view_->spending();
        const auto money = spending->spending()->points();
        QVERIFY(money.size() >= 2);
        QCOMPARE(money.front(), QPointF(0, 0));
        QCOMPARE(money.back().y(), plan.totals.cost);
        // Money spent never goes down.
        for (qsizetype i = 1; i < money.size(); ++i)
            QVERIFY(money[i].y() >= money[i - 1].y());
        // The first credential is paid in the first month.
        QCOMPARE(money[1].y(), plan.credentials.front().cost);
        // Every week's load is drawn as a step at its hours.
        const auto hours = spending->hours()->points();
        QCOMPARE(hours.size(), static_cast<qsizetype>(plan.load.size() * 2));
        for (std::size_t i = 0; i < plan.load.size(); ++i) {
            QCOMPARE(hours[static_cast<qsizetype>(2 * i)], QPointF(plan.load[i].week, plan.load[i].hours));
        }
        const auto capacity = spending->capacity()->points();
        QCOMPARE(capacity.size(), 2);
        QCOMPARE(capacity[0].y(), session_->profile().hoursPerWeek);
        // Without a plan the charts are empty.
        session_->setPlan(std::nullopt);
        QCOMPARE(spending->spending()->count(), 0);
        QCOMPARE(spending->hours()->count(), 0);
        // A career goal has no credits chart.
        QVERIFY(view_->credits()->isHidden());
    }

    void spendingIsPaidByBillingPeriod() {
        const Plan plan = monthlyCertificate().plan;
        QCOMPARE(plan.status, PlanStatus::Optimal);
        QCOMPARE(plan.totals.cost, 345.0);
        SpendingChart chart;
        chart.setPlan(&plan, "USD", 10);
        // The exam on 4 January, then a $49 month from 21 January: $149 by the end of January,
        // then $49 more at the start of each of the four months after.
        const auto money = chart.spending()->points();
        QCOMPARE(money.size(), 6);
        const double expected[] = {0, 149, 198, 247, 296, 345};
        for (int m = 0; m < 6; ++m)
            QCOMPARE(money[m], QPointF(m, expected[m]));
    }

    // Months are whole numbers, each drawn once and in full: a tick a month was cut short to
    // "9 … …" in a narrow chart, and over a year the ticks fell between months.
    void spendingMonthsAreWholeAndDrawnInFull() {
        Plan plan = monthlyCertificate().plan;
        plan.totals.completion = plan.start.plusDays(30 * 16 + 5); // into the 17th month
        SpendingChart chart;
        chart.resize(640, 260);
        chart.setPlan(&plan, "USD", 10);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QChartView* spending = chartTitled(&chart, QStringLiteral("Money spent"));
        QVERIFY(spending);
        QTRY_VERIFY2(bottomAxisNumbers(spending).size() >= 3, qPrintable(drawnTexts(spending).join(u'|')));
        QVERIFY2(unreadableAxis(spending).isEmpty(), qPrintable(unreadableAxis(spending)));
    }

    /// At 1600×1000 the skills chart counted Maria Alvarez's ten data-analyst skills on a tick
    /// per skill, and the last label, "10", was cut to "…".
    void skillCountsAreWholeAndDrawnInFull() {
        const QDir catalogs = QFileInfo(sampleCatalogPath()).dir();
        auto catalog = io::readCatalogFile(catalogs.filePath(QStringLiteral("cairn-catalog.json")));
        auto profile = io::readProfileFile(catalogs.filePath(QStringLiteral("../profiles/maria-teacher-to-data.json")));
        QVERIFY(catalog.ok() && profile.ok());
        view_.reset();
        session_ = std::make_unique<PlanningSession>();
        session_->setCatalog(std::move(*catalog.value));
        session_->setClient(QStringLiteral("maria"), *profile.value);
        session_->setGoal("data-analyst");
        session_->setPlan(cairn::plan(session_->catalog(), session_->profile(), request()));
        view_ = std::make_unique<ChartsPanel>(session_.get());
        view_->resize(600, 700);
        view_->show();
        QVERIFY(QTest::qWaitForWindowExposed(view_.get()));
        QChartView* skills = chartTitled(view_.get(), QStringLiteral("Skills for"));
        QVERIFY(skills);
        QTRY_VERIFY2(bottomAxisNumbers(skills).size() >= 3, qPrintable(drawnTexts(skills).join(u'|')));
        QVERIFY2(unreadableAxis(skills).isEmpty(), qPrintable(unreadableAxis(skills)));
    }

    void timelineBandsAreTheSubscriptionsBillingPeriods() {
        const Plan plan = monthlyCertificate().plan;
        const auto bands = subscriptionBands(plan);
        QCOMPARE(bands.size(), std::size_t(5));
        const OfferPayment& pay = plan.payments.front();
        int gdaRow = -1;
        for (std::size_t i = 0; i < plan.credentials.size(); ++i)
            if (plan.credentials[i].id == "google-data-analytics")
                gdaRow = static_cast<int>(i);
        for (std::size_t k = 0; k < bands.size(); ++k) {
            QCOMPARE(bands[k].offer, std::string("gda-monthly"));
            QCOMPARE(bands[k].period, static_cast<int>(k) + 1);
            QCOMPARE(bands[k].first, pay.start.plusDays(30 * static_cast<int>(k)));
            QCOMPARE(bands[k].last, bands[k].first.plusDays(29));
            QCOMPARE(bands[k].rows, std::vector<int>{gdaRow});
        }
        QCOMPARE(bands.back().last, pay.end);
        // The first period starts when the certificate does; the last covers its end.
        QCOMPARE(bands.front().first, plan.credentials[static_cast<std::size_t>(gdaRow)].start);
        QVERIFY(bands.back().last >= plan.credentials[static_cast<std::size_t>(gdaRow)].end);
        // A plan that pays no subscription has no bands.
        Plan own = plan;
        own.payments.clear();
        QVERIFY(subscriptionBands(own).empty());
    }

    void degreeGoalsShowCreditsByCategory() {
        openClient(QStringLiteral("sample-degree.json"));
        const Goal* goal = session_->catalog().findGoal(session_->goal());
        QVERIFY(goal && goal->kind == Goal::Kind::Credits && !goal->categories.empty());
        const Plan plan = cairn::plan(session_->catalog(), session_->profile(), request());
        QVERIFY(plan.status != PlanStatus::Infeasible);
        session_->setPlan(plan);
        auto* credits = view_->credits();
        QVERIFY(!credits->isHidden());
        const QStringList categories = credits->categories();
        QVERIFY(categories.size() >= static_cast<qsizetype>(goal->categories.size()));
        double total = 0;
        for (qsizetype i = 0; i < categories.size(); ++i) {
            double expected = 0;
            for (const auto& pc : plan.credentials)
                if (QString::fromStdString(pc.creditCategory) == categories[i])
                    expected += pc.creditsCounted;
            QCOMPARE(credits->planned()->at(i), expected);
            total += expected;
        }
        for (std::size_t i = 0; i < goal->categories.size(); ++i) {
            const auto& rule = goal->categories[i];
            QCOMPARE(categories[static_cast<qsizetype>(i)], QString::fromStdString(rule.category));
            QCOMPARE(credits->minimum()->at(static_cast<qsizetype>(i)), rule.min.value_or(0));
            QCOMPARE(credits->maximum()->at(static_cast<qsizetype>(i)), rule.max.value_or(0));
        }
        QVERIFY(total > 0);
        // Bars for credits earned before only where some count (this client has some).
        QCOMPARE(credits->showsEarned(), !plan.earnedCredits.empty());
        // Every category's name is drawn whole, in the narrow chart beside the trade-off (it read
        // "general-ele…" in the window at 1600×1000, where the tab is this wide).
        view_->resize(600, 700);
        view_->show();
        QVERIFY(QTest::qWaitForWindowExposed(view_.get()));
        for (const QString& category : categories)
            QTRY_VERIFY2(drawnTexts(credits->view()).contains(category), qPrintable(category));
    }

    void creditsEarnedBeforeShowBesideThePlans() {
        openClient(QStringLiteral("sample-degree.json"));
        const Goal* goal = session_->catalog().findGoal(session_->goal());
        QVERIFY(goal && goal->kind == Goal::Kind::Credits && !goal->categories.empty());
        Plan plan = cairn::plan(session_->catalog(), session_->profile(), request());
        QVERIFY(plan.status != PlanStatus::Infeasible);
        const std::string first = goal->categories.front().category;
        plan.earnedCredits = {{first, 9}};
        plan.totals.creditsEarned = 9;
        session_->setPlan(plan);
        auto* credits = view_->credits();
        QCOMPARE(credits->categories().front(), QString::fromStdString(first));
        QCOMPARE(credits->earned()->at(0), 9.0);
        QVERIFY(credits->showsEarned());
        // Then a plan without them: the bars go again.
        plan.earnedCredits.clear();
        plan.totals.creditsEarned = 0;
        session_->setPlan(plan);
        QVERIFY(!credits->showsEarned());
    }
};

std::unique_ptr<QObject> makeChartsTest() {
    return std::make_unique<ChartsTest>();
}

} // namespace cairn::app::test

#include "charts_test.moc"
