#include "cairn/app/charts/pareto_chart.h"

#include "cairn/app/charts/chart_legend.h"
#include "cairn/app/charts/whole_ticks.h"
#include "cairn/app/common/qt_convert.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace cairn::app {

namespace {

/// A round upper bound for an axis so its ticks land on readable numbers.
double niceCeiling(double value) {
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0})
        if (value <= step * magnitude)
            return step * magnitude;
    return 10 * magnitude;
}

} // namespace

ParetoChart::ParetoChart(QWidget* parent)
    : QWidget(parent), chart_(new QChart), points_(new QScatterSeries), currentPoint_(new QScatterSeries),
      steps_(new QLineSeries), budgetLine_(new QLineSeries), deadlineLine_(new QLineSeries), weeksAxis_(new QValueAxis),
      moneyAxis_(new QValueAxis) {
    chart_->setTitle(tr("Cost against time"));
    chart_->legend()->setAlignment(Qt::AlignBottom);
    chart_->setBackgroundRoundness(0);
    steps_->setName(tr("Trade-off"));
    points_->setName(tr("Plans"));
    points_->setMarkerSize(11);
    currentPoint_->setName(tr("Current plan"));
    currentPoint_->setMarkerSize(17);
    budgetLine_->setName(tr("Budget"));
    deadlineLine_->setName(tr("Deadline"));
    for (QAbstractSeries* s :
         std::initializer_list<QAbstractSeries*>{steps_, budgetLine_, deadlineLine_, points_, currentPoint_}) {
        chart_->addSeries(s);
    }
    weeksAxis_->setTitleText(tr("Completion (weeks from start)"));
    weeksAxis_->setLabelFormat(QStringLiteral("%.0f")); // localized labels take only %f, %e and %g
    weeksAxis_->setMinorTickCount(1);
    chart_->addAxis(weeksAxis_, Qt::AlignBottom);
    chart_->addAxis(moneyAxis_, Qt::AlignLeft);
    for (auto* s : chart_->series()) {
        s->attachAxis(weeksAxis_);
        s->attachAxis(moneyAxis_);
    }
    // Axis numbers in the user's locale ("1.000" in German), like every other number.
    chart_->setLocalizeNumbers(true);
    view_ = new QChartView(chart_, this);
    view_->setObjectName(QStringLiteral("paretoChartView"));
    view_->setRenderHint(QPainter::Antialiasing);
    view_->setMinimumSize(360, 260);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_);
    // Choosing a plan redraws the series, which must not happen inside the series' own mouse
    // handling: the choice waits for the next turn of the event loop.
    auto chooseLater = [this](const QPointF& p) {
        const int index = indexOf(p);
        QMetaObject::invokeMethod(
            this, [this, index] { choosePoint(index); }, Qt::QueuedConnection);
    };
    connect(points_, &QScatterSeries::clicked, this, chooseLater);
    connect(currentPoint_, &QScatterSeries::clicked, this, chooseLater);
    legend_ = new ChartLegend(chart_);
    applyPalette();
    rebuild();
}

void ParetoChart::setFront(std::vector<Plan> front, const std::string& currency, std::optional<double> budget,
                           std::optional<double> deadlineWeeks) {
    front_ = std::move(front);
    currency_ = currency;
    budget_ = budget;
    deadlineWeeks_ = deadlineWeeks;
    chart_->setTitle(front_.empty() ? tr("Cost against time: no plan reaches this goal")
                     : front_.size() == 1
                         ? tr("Cost against time: one plan is both cheapest and fastest")
                         : tr("Cost against time: %L1 plans trade money for weeks").arg(front_.size()));
    rebuild();
}

void ParetoChart::setCurrentPlan(const Plan* plan) {
    currentAt_.reset();
    if (plan && hasPlan(plan->status))
        currentAt_ = QPointF(plan->totals.weeks, plan->totals.cost);
    rebuild();
}

void ParetoChart::setMessage(const QString& text) {
    front_.clear();
    current_ = -1;
    currentAt_.reset();
    chart_->setTitle(text);
    rebuild();
}

void ParetoChart::choosePoint(int index) {
    if (index >= 0 && index < static_cast<int>(front_.size()))
        emit planChosen(index);
}

int ParetoChart::indexOf(const QPointF& point) const {
    for (std::size_t i = 0; i < front_.size(); ++i)
        if (qFuzzyCompare(1 + front_[i].totals.weeks, 1 + point.x()) &&
            qFuzzyCompare(1 + front_[i].totals.cost, 1 + point.y()))
            return static_cast<int>(i);
    return -1;
}

void ParetoChart::rebuild() {
    for (auto* s : {static_cast<QXYSeries*>(points_), static_cast<QXYSeries*>(steps_),
                    static_cast<QXYSeries*>(budgetLine_), static_cast<QXYSeries*>(deadlineLine_)})
        s->clear();
    double maxWeeks = 0;
    double maxCost = 0;
    if (currentAt_) {
        maxWeeks = std::max(maxWeeks, currentAt_->x());
        maxCost = std::max(maxCost, currentAt_->y());
    }
    for (const auto& plan : front_) {
        maxWeeks = std::max(maxWeeks, static_cast<double>(plan.totals.weeks));
        maxCost = std::max(maxCost, plan.totals.cost);
    }
    for (const auto& c : candidates_) {
        maxWeeks = std::max(maxWeeks, c.weeks);
        maxCost = std::max(maxCost, c.cost);
    }
    // A budget or deadline far beyond every plan would squeeze the trade-off into a corner: the
    // axes take in a limit only when it is close to the plans, and the legend names it otherwise.
    const bool budgetShown = budget_ && (front_.empty() || *budget_ <= 2 * maxCost);
    const bool deadlineShown = deadlineWeeks_ && (front_.empty() || *deadlineWeeks_ <= 2 * maxWeeks);
    if (budgetShown)
        maxCost = std::max(maxCost, *budget_);
    if (deadlineShown)
        maxWeeks = std::max(maxWeeks, *deadlineWeeks_);
    budgetLine_->setName(budget_ && !budgetShown ? tr("Budget %1, above the chart").arg(money(*budget_, currency_))
                                                 : tr("Budget"));
    deadlineLine_->setName(deadlineWeeks_ && !deadlineShown
                               ? tr("Deadline at week %L1, beyond the chart").arg(*deadlineWeeks_, 0, 'f', 0)
                               : tr("Deadline"));
    const double xMax = niceCeiling(maxWeeks * 1.1 + 1);
    const double yMax = niceCeiling(maxCost * 1.1 + 1);
    // The front goes from cheapest-and-slowest to fastest-and-dearest; drawn left to right, each
    // step shows what finishing sooner costs: flat until the next plan's week, then up to its price.
    for (auto it = front_.rbegin(); it != front_.rend(); ++it) {
        const double weeks = it->totals.weeks;
        const double cost = it->totals.cost;
        if (steps_->count() > 0)
            steps_->append(weeks, steps_->at(steps_->count() - 1).y());
        steps_->append(weeks, cost);
    }
    for (const auto& plan : front_)
        points_->append(plan.totals.weeks, plan.totals.cost);
    budgetLine_->setVisible(budget_.has_value());
    deadlineLine_->setVisible(deadlineWeeks_.has_value());
    chart_->legend()->markers(budgetLine_).value(0)->setVisible(budget_.has_value());
    chart_->legend()->markers(deadlineLine_).value(0)->setVisible(deadlineWeeks_.has_value());
    weeksAxis_->setRange(0, xMax);
    moneyAxis_->setRange(0, yMax);
    applyWholeNiceNumbers(weeksAxis_);
    applyWholeNiceNumbers(moneyAxis_);
    // The limits span the whole plot, so they are drawn once the axes have their final range.
    if (budgetShown) {
        budgetLine_->append(0, *budget_);
        budgetLine_->append(weeksAxis_->max(), *budget_);
    }
    if (deadlineShown) {
        deadlineLine_->append(*deadlineWeeks_, 0);
        deadlineLine_->append(*deadlineWeeks_, moneyAxis_->max());
    }
    // Axis labels are plain numbers; the currency is named once, in the title.
    moneyAxis_->setTitleText(tr("Money (%1)").arg(qs(currency_.empty() ? std::string("USD") : currency_)));
    moneyAxis_->setLabelFormat(QStringLiteral("%.0f"));
    current_ = currentAt_ ? indexOf(*currentAt_) : -1;
    currentPoint_->clear();
    if (currentAt_)
        currentPoint_->append(*currentAt_);
    legend_->refresh(); // the limits' names and the candidates may have changed
}

void ParetoChart::setCandidates(const std::vector<CandidatePoint>& candidates) {
    for (auto* s : candidateSeries_) {
        chart_->removeSeries(s);
        delete s;
    }
    candidateSeries_.clear();
    candidates_ = candidates;
    // One series per candidate, so each marker carries its own name as its label.
    for (std::size_t i = 0; i < candidates_.size(); ++i) {
        auto* s = new QScatterSeries;
        s->setName(tr("Candidates"));
        s->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
        s->setMarkerSize(15);
        s->append(candidates_[i].weeks, candidates_[i].cost);
        // '@' starts a placeholder in a label format; a name shows as written. Candidates with
        // the same plan share one marker position: the first names them all, so labels never overlap.
        QStringList names;
        bool shownBefore = false;
        for (std::size_t j = 0; j < candidates_.size(); ++j) {
            const bool samePoint = qFuzzyCompare(1 + candidates_[j].weeks, 1 + candidates_[i].weeks) &&
                                   qFuzzyCompare(1 + candidates_[j].cost, 1 + candidates_[i].cost);
            if (samePoint && j < i)
                shownBefore = true;
            if (samePoint)
                names << candidates_[j].name;
        }
        QString label = names.join(QStringLiteral(" · "));
        label.replace(QLatin1Char('@'), QChar(0xFF20));
        s->setPointLabelsFormat(label);
        s->setPointLabelsVisible(!shownBefore);
        s->setPointLabelsClipping(false);
        chart_->addSeries(s);
        s->attachAxis(weeksAxis_);
        s->attachAxis(moneyAxis_);
        // The legend names the kind of marker once.
        if (i > 0)
            chart_->legend()->markers(s).value(0)->setVisible(false);
        const int index = static_cast<int>(i);
        connect(s, &QScatterSeries::clicked, this, [this, index] {
            QMetaObject::invokeMethod(
                this, [this, index] { chooseCandidate(index); }, Qt::QueuedConnection);
        });
        candidateSeries_.push_back(s);
    }
    applyPalette();
    rebuild();
}

void ParetoChart::chooseCandidate(int index) {
    if (index >= 0 && index < static_cast<int>(candidates_.size()))
        emit candidateChosen(index);
}

void ParetoChart::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void ParetoChart::applyPalette() {
    // Text and axes follow the widget palette so the chart reads in dark mode too.
    const QPalette pal = palette();
    chart_->setBackgroundBrush(pal.base());
    chart_->setTitleBrush(pal.text());
    chart_->legend()->setLabelColor(pal.color(QPalette::Text));
    for (auto* axis : {weeksAxis_, moneyAxis_}) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setTitleBrush(pal.text());
        axis->setLinePenColor(pal.color(QPalette::Mid));
        // Faint grid lines in the text colour stay quiet on light and dark backgrounds alike.
        QColor grid = pal.color(QPalette::Text);
        grid.setAlpha(40);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
    }
    const QColor accent = pal.color(QPalette::Highlight);
    QPen stepPen(accent, 2);
    steps_->setPen(stepPen);
    points_->setColor(accent);
    points_->setBorderColor(pal.color(QPalette::Base));
    currentPoint_->setColor(QColor(0xe6, 0x7e, 0x22));
    currentPoint_->setBorderColor(pal.color(QPalette::Text));
    QPen dashed(pal.color(QPalette::Text), 1.5, Qt::DashLine);
    dashed.setColor(QColor(0xc0, 0x39, 0x2b));
    budgetLine_->setPen(dashed);
    dashed.setColor(QColor(0x8e, 0x44, 0xad));
    deadlineLine_->setPen(dashed);
    for (auto* s : candidateSeries_) {
        s->setColor(QColor(0x16, 0xa0, 0x85));
        s->setBorderColor(pal.color(QPalette::Text));
        s->setPointLabelsColor(pal.color(QPalette::Text));
    }
    if (legend_)
        legend_->refresh();
}

} // namespace cairn::app
