#pragma once

#include <QWidget>

// moc (Qt 6.4) cannot parse libstdc++'s <compare>, which the engine's date.h includes;
// moc needs none of these declarations, so it does not read them.
#ifndef Q_MOC_RUN
#include <cairn/engine/keeping_timeline.h>
#include <cairn/engine/plan.h>
#endif

#include <QPointF>
#include <QStringList>
#include <string>
#include <vector>

namespace cairn::app {

class PlanningSession;

#ifndef Q_MOC_RUN
/// One billing period of a subscription the plan pays, drawn as a band behind the rows of the
/// credentials it pays for.
struct SubscriptionBand {
    std::string offer;
    int period = 0;        ///< 1 for the first period paid, 2 for the next, …
    Date first;            ///< the period's first day
    Date last;             ///< and its last
    std::vector<int> rows; ///< the plan's credentials (schedule positions) bought through it
};

/// Every billing period of every subscription the plan pays, in payment order.
std::vector<SubscriptionBand> subscriptionBands(const Plan& plan);
#endif

/// The schedule as a Gantt chart by week: one bar per planned credential with its dates,
/// cohort start dates marked, the billing periods of subscriptions as bands behind the rows
/// they pay for, the weekly hours load under it against the client's weekly
/// hours, today's line and the completion date. After each credential's bar, what keeping it
/// asks for over the years to hold (renewals, yearly fees, its expiry), the time axis running on
/// as far as they need. A legend at the foot names what is drawn.
class TimelineChart : public QWidget {
    Q_OBJECT

public:
    explicit TimelineChart(PlanningSession* session, QWidget* parent = nullptr);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

#ifndef Q_MOC_RUN
    /// The renewals, yearly fees and expiries drawn, by row, for the session's years to hold.
    [[nodiscard]] const KeepingTimeline& keeping() const {
        return keeping_;
    }
    /// Where `date` is drawn across the chart at its current width; only with a schedule.
    [[nodiscard]] double xOf(Date date) const;
    /// Where keeping().marks[index] is drawn: its date across, its row's middle down.
    [[nodiscard]] QPointF markCentre(std::size_t index) const;
    /// The last day the time axis shows; only with a schedule.
    [[nodiscard]] Date axisEnd() const;
#endif
    /// The labels of the legend at the chart's foot, in order.
    [[nodiscard]] QStringList legendLabels() const;

signals:
    void credentialClicked(const QString& credentialId);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    struct Geometry {
        int labelWidth = 0; ///< the credentials' titles at the left
        double left = 0;    ///< x of week 0
        double pxPerDay = 0;
        double rowsTop = 0;
        double rowHeight = 0;
        double loadTop = 0;
        double loadHeight = 0;
        double legendTop = 0;
        int days = 0;
    };
    enum class Swatch { Bar, CohortBar, CohortStart, Subscription, Overload, Held, Renewal, YearlyFee, Expiry };
    struct LegendEntry {
        Swatch swatch;
        QString label;
    };
    struct Frame; // what every step of painting needs

    /// The width the chart is laid out for: its scroll area's viewport, or its own alone.
    [[nodiscard]] int viewWidth() const;
    [[nodiscard]] Geometry geometry() const;
    [[nodiscard]] int rowAt(const QPoint& pos) const;
    /// The keeping mark under `pos`, or -1.
    [[nodiscard]] int markAt(const QPoint& pos) const;
    [[nodiscard]] std::vector<LegendEntry> legendEntries() const;
    [[nodiscard]] std::vector<int> legendWidths(const std::vector<LegendEntry>& entries) const;
    [[nodiscard]] int legendWidth(int width) const;
    [[nodiscard]] int legendHeight(int width) const;
    [[nodiscard]] QString markTip(const KeepingMark& mark) const;
    void refreshKeeping();

    void paintEmpty(QPainter& p);
    void paintTimeAxis(QPainter& p, const Frame& f);
    void paintRowShading(QPainter& p, const Frame& f);
    void paintSubscriptionBands(QPainter& p, const Frame& f);
    void paintStudyBars(QPainter& p, const Frame& f);
    void paintCohortStarts(QPainter& p, const Frame& f, int row, double y);
    void paintKeeping(QPainter& p, const Frame& f);
    void paintHoursLoad(QPainter& p, const Frame& f);
    void paintTodayAndCompletion(QPainter& p, const Frame& f);
    void paintLegend(QPainter& p, const Frame& f);
    void paintSwatch(QPainter& p, const Frame& f, Swatch swatch, const QRectF& box);

    PlanningSession* session_;
    KeepingTimeline keeping_;
};

} // namespace cairn::app
