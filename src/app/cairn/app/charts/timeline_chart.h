#pragma once

#include <QWidget>

namespace cairn::app {

class PlanningSession;

/// The schedule as a Gantt chart by week: one bar per planned credential with its dates,
/// cohort start dates marked, the weekly hours load under it against the client's weekly
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
