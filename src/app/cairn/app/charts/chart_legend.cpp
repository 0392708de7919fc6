#include "cairn/app/charts/chart_legend.h"

#include "cairn/app/common/wrap_rows.h"

#include <QAbstractSeries>
#include <QChart>
#include <QFontMetrics>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QScatterSeries>
#include <QXYSeries>
#include <algorithm>

namespace cairn::app {

namespace {
constexpr int kSwatchWidth = 18;
constexpr int kSwatchHeight = 10;
constexpr int kLabelGap = 5;  // between swatch and label
constexpr int kEntryGap = 16; // between entries in a row
constexpr int kPadding = 4;   // above and below the rows
} // namespace

ChartLegend::ChartLegend(QChart* chart) : QGraphicsObject(chart), chart_(chart) {
    setObjectName(QStringLiteral("chartLegend"));
    setZValue(100);
    // Qt Charts' own legend stays in the scene as the record of which markers the chart shows (a
    // hidden legend would hide every marker with it), but out of the chart's layout and unseen.
    QLegend* own = chart_->legend();
    own->detachFromChart();
    own->setBackgroundVisible(false);
    own->setGeometry(QRectF(0, 0, 1, 1));
    own->setOpacity(0);
    baseBottomMargin_ = chart_->margins().bottom();
    connect(chart_, &QGraphicsWidget::geometryChanged, this, &ChartLegend::relayout);
    connect(chart_->legend(), &QLegend::labelColorChanged, this, [this] { update(); });
    refresh();
}

void ChartLegend::refresh() {
    std::vector<Entry> entries;
    for (QLegendMarker* marker : chart_->legend()->markers()) {
        if (!marker->isVisible() || !marker->series() || !marker->series()->isVisible() || marker->label().isEmpty())
            continue;
        Entry e{marker->label(), Swatch::Box, marker->pen(), marker->brush()};
        const auto type = marker->series()->type();
        if (type == QAbstractSeries::SeriesTypeLine || type == QAbstractSeries::SeriesTypeSpline) {
            // The line as drawn: its colour and dashes are on the series' pen, not the marker's.
            e.swatch = Swatch::Line;
            e.pen = static_cast<const QXYSeries*>(marker->series())->pen();
        } else if (type == QAbstractSeries::SeriesTypeScatter) {
            const auto* scatter = static_cast<const QScatterSeries*>(marker->series());
            e.swatch = scatter->markerShape() == QScatterSeries::MarkerShapeRectangle          ? Swatch::Square
                       : scatter->markerShape() == QScatterSeries::MarkerShapeRotatedRectangle ? Swatch::Diamond
                                                                                               : Swatch::Circle;
        }
        entries.push_back(std::move(e));
    }
    entries_ = std::move(entries);
    relayout();
    update();
}

QStringList ChartLegend::labels() const {
    QStringList out;
    for (const auto& e : entries_)
        out << e.label;
    return out;
}

std::vector<int> ChartLegend::entryWidths() const {
    const QFontMetrics fm(chart_->legend()->font());
    std::vector<int> widths;
    for (const auto& e : entries_)
        widths.push_back(kSwatchWidth + kLabelGap + fm.horizontalAdvance(e.label) + 1);
    return widths;
}

int ChartLegend::rowHeight() const {
    return std::max(QFontMetrics(chart_->legend()->font()).height(), kSwatchHeight) + 4;
}

int ChartLegend::availableWidth() const {
    const QMarginsF m = chart_->margins();
    return std::max(1, static_cast<int>(chart_->size().width() - m.left() - m.right()));
}

int ChartLegend::rowCount(int width) const {
    return static_cast<int>(wrapRows(entryWidths(), kEntryGap, width).size());
}

int ChartLegend::requiredWidth(int width) const {
    const auto widths = entryWidths();
    return rowsWidth(wrapRows(widths, kEntryGap, width), widths, kEntryGap);
}

void ChartLegend::relayout() {
    if (laying_)
        return;
    laying_ = true; // a margin change lays the chart out again, which must not come back here
    const int width = availableWidth();
    const int rows = entries_.empty() || !isVisible() ? 0 : rowCount(width);
    const int height = rows == 0 ? 0 : rows * rowHeight() + 2 * kPadding;
    prepareGeometryChange();
    size_ = QSizeF(width, height);
    QMargins margins = chart_->margins();
    margins.setBottom(baseBottomMargin_ + height);
    if (margins != chart_->margins())
        chart_->setMargins(margins);
    setPos(chart_->margins().left(), chart_->size().height() - height - baseBottomMargin_ / 2.0);
    // The rows take their height from the plot; the view asks for that much more room, so a
    // short chart scrolls with its panel rather than squeezing its axes to "…".
    if (chart_->scene())
        for (QGraphicsView* view : chart_->scene()->views()) {
            if (viewMinimumHeight_ < 0)
                viewMinimumHeight_ = view->minimumHeight();
            view->setMinimumHeight(viewMinimumHeight_ + height);
        }
    laying_ = false;
}

QVariant ChartLegend::itemChange(GraphicsItemChange change, const QVariant& value) {
    // Hidden, it gives its room back to the plot.
    if (change == ItemVisibleHasChanged)
        relayout();
    return QGraphicsObject::itemChange(change, value);
}

QRectF ChartLegend::boundingRect() const {
    return QRectF(QPointF(0, 0), size_);
}

void ChartLegend::paint(QPainter* painter, const QStyleOptionGraphicsItem* /*option*/, QWidget* /*widget*/) {
    if (entries_.empty())
        return;
    const auto widths = entryWidths();
    const auto rows = wrapRows(widths, kEntryGap, static_cast<int>(size_.width()));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(chart_->legend()->font());
    const int h = rowHeight();
    double y = kPadding;
    for (const auto& row : rows) {
        // Each row centred, as Qt Charts centres its one row.
        const int rowWidth = rowsWidth({row}, widths, kEntryGap);
        double x = (size_.width() - rowWidth) / 2.0;
        for (int i : row) {
            const Entry& e = entries_[static_cast<std::size_t>(i)];
            const QRectF swatch(x, y + (h - kSwatchHeight) / 2.0, kSwatchWidth, kSwatchHeight);
            switch (e.swatch) {
            case Swatch::Line: {
                QPen pen = e.pen;
                pen.setWidthF(std::max(2.0, pen.widthF()));
                painter->setPen(pen);
                painter->drawLine(QPointF(swatch.left(), swatch.center().y()),
                                  QPointF(swatch.right(), swatch.center().y()));
                break;
            }
            case Swatch::Circle:
            case Swatch::Square:
            case Swatch::Diamond: {
                const double side = kSwatchHeight + 2;
                const QRectF mark(swatch.center().x() - side / 2, swatch.center().y() - side / 2, side, side);
                painter->setPen(e.pen);
                painter->setBrush(e.brush);
                if (e.swatch == Swatch::Circle)
                    painter->drawEllipse(mark);
                else if (e.swatch == Swatch::Square)
                    painter->drawRect(mark);
                else
                    painter->drawPolygon(QPolygonF(
                        {QPointF(mark.center().x(), mark.top()), QPointF(mark.right(), mark.center().y()),
                         QPointF(mark.center().x(), mark.bottom()), QPointF(mark.left(), mark.center().y())}));
                break;
            }
            case Swatch::Box:
                painter->setPen(e.pen);
                painter->setBrush(e.brush);
                painter->drawRect(swatch);
                break;
            }
            painter->setPen(chart_->legend()->labelColor());
            painter->drawText(QRectF(x + kSwatchWidth + kLabelGap, y, widths[static_cast<std::size_t>(i)], h),
                              Qt::AlignLeft | Qt::AlignVCenter, e.label);
            x += widths[static_cast<std::size_t>(i)] + kEntryGap;
        }
        y += h;
    }
    painter->restore();
}

} // namespace cairn::app
