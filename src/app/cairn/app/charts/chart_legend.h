#pragma once

#include <QGraphicsObject>
#include <QPen>
#include <QStringList>
#include <vector>

class QChart;

namespace cairn::app {

/// A chart's legend that wraps to as many rows as its chart's width needs, drawn at the foot of
/// the chart in place of Qt Charts' own. Qt Charts lays its legend out in one row and cuts the
/// labels short when the row is too narrow ("Budget $1,50…"); here every label is read in full.
/// It lists the chart's visible legend markers, so a chart hides an entry by hiding its marker.
/// Qt Charts' legend is kept, unseen and out of the layout, for those markers.
/// Being part of the chart's scene, it is in every picture of the chart (PNG or SVG) too.
class ChartLegend : public QGraphicsObject {
    Q_OBJECT

public:
    /// Replaces `chart`'s legend; owned by the chart.
    explicit ChartLegend(QChart* chart);

    /// Reads the chart's markers again; call it after adding, renaming or hiding series.
    void refresh();
    /// The labels listed, in order.
    [[nodiscard]] QStringList labels() const;
    /// The width each entry needs: its swatch and its whole label.
    [[nodiscard]] std::vector<int> entryWidths() const;
    /// The rows the entries take in `width`.
    [[nodiscard]] int rowCount(int width) const;
    /// The width of the widest row in `width`: never more than `width` unless one entry alone is.
    [[nodiscard]] int requiredWidth(int width) const;
    /// The room the legend has: the chart's width less its margins.
    [[nodiscard]] int availableWidth() const;

    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    enum class Swatch { Line, Circle, Square, Diamond, Box };
    struct Entry {
        QString label;
        Swatch swatch = Swatch::Box;
        QPen pen;
        QBrush brush;
    };

    /// Places the legend at the chart's foot and keeps the plot clear of it.
    void relayout();
    [[nodiscard]] int rowHeight() const;

    QChart* chart_;
    std::vector<Entry> entries_;
    QSizeF size_;
    int baseBottomMargin_ = 0;
    int viewMinimumHeight_ = -1; ///< the chart view's own, before the legend's rows
    bool laying_ = false;
};

} // namespace cairn::app
