#pragma once

#include "cairn/report/report_input.h"
#include "detail/flow_section.h"
#include "detail/pdf_style.h"

#include <QStringList>
#include <cairn/engine/pathway_layout.h>
#include <vector>

namespace cairn::report::detail {

/// The pathway graph drawn as vectors: boxes coloured by kind, arrows from prerequisites, the goal
/// at the right. Scaled down to fit the page width, but never below a readable size: a larger
/// graph is cut into bands of whole layers (continued below, like lines of text) and, when a band
/// is taller than a page, between boxes down.
class PathwayDrawing {
public:
    PathwayDrawing(const ReportInput& input, const PdfStyle& style, double pageWidth, double pageHeight);

    /// Adds the heading, legend and every band to the flow.
    void addTo(FlowSection& flow) const;

    /// The smallest scale used before the graph is cut into bands (label text stays >= 6 pt).
    static constexpr double kMinimumScale = 0.8;

private:
    struct Tile {
        double left, top, right, bottom; ///< window in layout points
        int firstLayer, lastLayer;
    };
    struct Box {
        QString tag;
        QStringList lines; ///< label broken into lines at scale 1
    };

    void paintTile(QPainter& painter, const Tile& tile, const QRectF& area) const;
    void paintLegend(QPainter& painter, const QRectF& area) const;

    const PdfStyle& style_;
    PathwayGraph graph_;
    PathwayLayout layout_;
    std::vector<Box> boxes_;
    std::vector<Tile> tiles_;
    double scale_ = 1;
};

} // namespace cairn::report::detail
