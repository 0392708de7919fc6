#pragma once

#include <QWidget>

// moc (Qt 6.4) cannot parse libstdc++'s <compare>, which the engine's date.h includes;
// moc needs none of these declarations, so it does not read them.
#ifndef Q_MOC_RUN
#include <cairn/engine/plan.h>
#endif

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
/// hours, today's line and the completion date.
class TimelineChart : public QWidget {
    Q_OBJECT

public:
    explicit TimelineChart(PlanningSession* session, QWidget* parent = nullptr);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

signals:
    void credentialClicked(const QString& credentialId);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    struct Geometry {
        double left = 0; ///< x of week 0
        double pxPerDay = 0;
        double rowsTop = 0;
        double rowHeight = 0;
        double loadTop = 0;
        double loadHeight = 0;
        int days = 0;
    };
    [[nodiscard]] Geometry geometry() const;
    [[nodiscard]] int rowAt(const QPoint& pos) const;
    void paintEmpty(QPainter& p);

    PlanningSession* session_;
};

} // namespace cairn::app
