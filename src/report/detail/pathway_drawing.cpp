#include "detail/pathway_drawing.h"

#include "detail/wording.h"

#include <QCoreApplication>
#include <QPainterPath>
#include <QTextLayout>
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace cairn::report::detail {

namespace {

// The context is the one lupdate gives the tr() calls in this file, so translations are found.
QString tr(const char* text) {
    return QCoreApplication::translate("cairn::report::detail::PathwayDrawing", text);
}

constexpr double kBoxWidth = 118; // points
constexpr double kGoalWidth = 132;
constexpr double kPadding = 5;
constexpr double kLabelSize = 7.5;
constexpr double kTagSize = 5.8;
constexpr int kMaxLines = 3;
constexpr double kHeadingPoints = 42; // title and legend above the graph

double labelSize(PathwayNodeKind kind) {
    return kind == PathwayNodeKind::Goal ? 8.5 : kLabelSize;
}

/// Breaks `text` into at most `maxLines` lines of `width` device units; the last is elided.
QStringList breakLines(const QString& text, const QFont& font, double width, QPaintDevice* device) {
    QTextLayout layout(text, font, device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    int consumed = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == kMaxLines - 1) {
            const QString rest = text.mid(line.textStart()).simplified();
            lines << QFontMetricsF(font, device).elidedText(rest, Qt::ElideRight, width);
            consumed = static_cast<int>(text.size());
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
        consumed = line.textStart() + line.textLength();
    }
    layout.endLayout();
    (void)consumed;
    return lines;
}

struct Colours {
    QColor fill, border, text;
    bool dashed = false;
};

Colours coloursFor(PathwayNodeKind kind) {
    switch (kind) {
    case PathwayNodeKind::Completed:
        return {PdfStyle::completedLight(), PdfStyle::completed(), PdfStyle::ink()};
    case PathwayNodeKind::Planned:
        return {PdfStyle::accentLight(), PdfStyle::accent(), PdfStyle::ink()};
    case PathwayNodeKind::Open:
        return {Qt::white, PdfStyle::muted(), PdfStyle::ink()};
    case PathwayNodeKind::Locked:
        return {PdfStyle::faint(), PdfStyle::muted(), PdfStyle::muted(), true};
    case PathwayNodeKind::Goal:
        return {PdfStyle::goalLight(), PdfStyle::goal(), PdfStyle::ink()};
    }
    return {Qt::white, PdfStyle::muted(), PdfStyle::ink()};
}

} // namespace

PathwayDrawing::PathwayDrawing(const ReportInput& input, const PdfStyle& style, double pageWidth, double pageHeight)
    : style_(style), graph_(pathwayGraph(input.catalog, input.profile, input.plan)) {
    // Box sizes from the text they hold, in points.
    std::map<std::string, int> step;
    for (std::size_t i = 0; i < input.plan.credentials.size(); ++i)
        step.emplace(input.plan.credentials[i].id, static_cast<int>(i) + 1);
    const double tagHeight = style.metrics(style.font(kTagSize, true)).height() / style.unit();
    for (PathwayNode& node : graph_.nodes) {
        const double width = node.kind == PathwayNodeKind::Goal ? kGoalWidth : kBoxWidth;
        const QFont font = style.font(labelSize(node.kind), node.kind == PathwayNodeKind::Goal);
        Box box;
        box.lines = breakLines(q(node.label), font, style.pt(width - 2 * kPadding), style.device());
        switch (node.kind) {
        case PathwayNodeKind::Planned: {
            const auto it = step.find(node.id);
            box.tag = it != step.end() ? tr("STEP %1").arg(it->second) : tr("PLANNED");
            if (it != step.end())
                box.tag +=
                    QStringLiteral("  ·  ") +
                    style.locale()
                        .toString(toQDate(input.plan.credentials[it->second - 1].start), QStringLiteral("MMM yyyy"))
                        .toUpper();
            break;
        }
        case PathwayNodeKind::Completed:
            box.tag = tr("COMPLETED");
            break;
        case PathwayNodeKind::Open:
            box.tag = tr("OPEN");
            break;
        case PathwayNodeKind::Locked:
            box.tag = tr("LOCKED");
            break;
        case PathwayNodeKind::Goal:
            box.tag = tr("GOAL");
            break;
        }
        const double lineHeight = style.metrics(font).height() / style.unit();
        node.width = width;
        node.height = 2 * kPadding + tagHeight + 2 + std::max<qsizetype>(1, box.lines.size()) * lineHeight;
        boxes_.push_back(std::move(box));
    }
    LayoutOptions options;
    options.layerGap = 30;
    options.nodeGap = 10;
    options.edgeGap = 5;
    // Paper is read top to bottom: each column lists its steps in plan order (the graph's node
    // order), as the credentials table numbers them, even where reordering would cross fewer
    // arrows. The window's graph, which can be explored, keeps the crossing reduction.
    options.sweeps = 0;
    layout_ = layoutPathway(graph_, options);

    // Scale to the page width, down to the minimum; cut what is still too large into bands.
    const double widthPt = pageWidth / style.unit();
    const double heightPt = pageHeight / style.unit() - kHeadingPoints;
    scale_ = std::clamp(widthPt / std::max(1.0, layout_.width + options.layerGap), kMinimumScale, 1.0);
    const double windowWidth = widthPt / scale_ - options.layerGap;
    const double windowHeight = heightPt / scale_;

    for (int first = 0; first < layout_.layers;) {
        int last = first;
        while (last + 1 < layout_.layers &&
               layout_.layerX[last + 1] + layout_.layerWidth[last + 1] - layout_.layerX[first] <= windowWidth + 1e-6)
            ++last;
        const double left = layout_.layerX[first] - options.layerGap / 2;
        const double right = layout_.layerX[last] + layout_.layerWidth[last] + options.layerGap / 2;
        // The band's own height, then cuts between boxes where it is taller than a page.
        std::vector<std::pair<double, double>> spans;
        for (const NodePlacement& p : layout_.nodes)
            if (p.layer >= first && p.layer <= last)
                spans.emplace_back(p.y, p.y + p.height);
        for (const EdgeRoute& route : layout_.edges)
            for (const LayoutPoint& point : route.points)
                if (point.x >= left && point.x <= right)
                    spans.emplace_back(point.y, point.y);
        double top = std::numeric_limits<double>::max(), bottom = 0;
        for (const auto& [y0, y1] : spans) {
            top = std::min(top, y0);
            bottom = std::max(bottom, y1);
        }
        top = std::max(0.0, top - 4);
        bottom += 4;
        while (top < bottom - 1e-6) {
            double cut = top + windowHeight;
            if (cut < bottom) {
                double best = -1;
                for (const auto& [y0, y1] : spans) {
                    const double candidate = y1 + options.nodeGap / 2;
                    if (y0 == y1 || candidate > cut || candidate <= top)
                        continue;
                    const bool clear = std::none_of(spans.begin(), spans.end(), [&](const auto& s) {
                        return s.first != s.second && s.first < candidate && s.second > candidate;
                    });
                    if (clear)
                        best = std::max(best, candidate);
                }
                if (best > top)
                    cut = best;
            } else {
                cut = bottom;
            }
            tiles_.push_back({left, top, right, cut, first, last});
            top = cut;
        }
        first = last + 1;
    }
}

void PathwayDrawing::addTo(FlowSection& flow) const {
    const double headingHeight = style_.pt(kHeadingPoints);
    flow.addHeading(headingHeight, [this](QPainter& painter, const QRectF& rect) {
        const QFont title = style_.font(13, true);
        painter.setFont(title);
        painter.setPen(PdfStyle::accent());
        const double titleHeight = style_.metrics(title).height();
        painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Pathway"));
        paintLegend(painter, QRectF(rect.left(), rect.top() + titleHeight + style_.pt(5), rect.width(), style_.pt(10)));
    });
    for (std::size_t i = 0; i < tiles_.size(); ++i) {
        const Tile& tile = tiles_[i];
        const double height = (tile.bottom - tile.top) * scale_ * style_.unit();
        flow.addBlock(height,
                      [this, i](QPainter& painter, const QRectF& rect) { paintTile(painter, tiles_[i], rect); });
        if (i == 0) {
            const QFont continued = style_.font(8, true);
            flow.setContinuation(style_.metrics(continued).height() + style_.pt(4),
                                 [continued](QPainter& painter, const QRectF& rect) {
                                     painter.setFont(continued);
                                     painter.setPen(PdfStyle::accent());
                                     painter.drawText(rect, Qt::AlignLeft | Qt::AlignTop, tr("Pathway, continued"));
                                 });
        }
    }
    flow.clearContinuation();
}

void PathwayDrawing::paintLegend(QPainter& painter, const QRectF& area) const {
    const QFont font = style_.font(6.5);
    painter.setFont(font);
    double x = area.left();
    const double h = style_.metrics(font).height();
    for (PathwayNodeKind kind : {PathwayNodeKind::Completed, PathwayNodeKind::Planned, PathwayNodeKind::Goal}) {
        const Colours c = coloursFor(kind);
        painter.setPen(QPen(c.border, style_.pt(0.7)));
        painter.setBrush(c.fill);
        painter.drawRoundedRect(QRectF(x, area.top() + h * 0.15, style_.pt(14), h * 0.7), style_.pt(1.5),
                                style_.pt(1.5));
        const QString text = kind == PathwayNodeKind::Completed ? tr("already completed")
                             : kind == PathwayNodeKind::Planned ? tr("in this plan")
                                                                : tr("goal");
        painter.setPen(PdfStyle::muted());
        const double w = style_.metrics(font).horizontalAdvance(text);
        painter.drawText(QRectF(x + style_.pt(18), area.top(), w, h), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += style_.pt(18) + w + style_.pt(14);
    }
    painter.setPen(PdfStyle::muted());
    const QString arrow = tr("arrows lead from a prerequisite to what needs it");
    painter.drawText(QRectF(x, area.top(), area.right() - x, h), Qt::AlignLeft | Qt::AlignVCenter, arrow);
}

void PathwayDrawing::paintTile(QPainter& painter, const Tile& tile, const QRectF& area) const {
    painter.setRenderHint(QPainter::Antialiasing);
    const double k = scale_ * style_.unit();
    auto map = [&](double x, double y) {
        return QPointF(area.left() + (x - tile.left) * k, area.top() + (y - tile.top) * k);
    };
    painter.save();
    painter.setClipRect(
        QRectF(area.left(), area.top() - style_.pt(1), (tile.right - tile.left) * k, area.height() + style_.pt(2)));

    // Edges under the boxes: horizontal runs through reserved places, S-curves between heights.
    const double arrow = 4 * k;
    for (const EdgeRoute& route : layout_.edges) {
        if (route.points.size() < 2)
            continue;
        QPainterPath path(map(route.points[0].x, route.points[0].y));
        for (std::size_t i = 1; i < route.points.size(); ++i) {
            const QPointF a = map(route.points[i - 1].x, route.points[i - 1].y);
            QPointF b = map(route.points[i].x, route.points[i].y);
            if (i + 1 == route.points.size())
                b.setX(b.x() - arrow * 0.8);
            if (std::abs(a.y() - b.y()) < 0.5)
                path.lineTo(b);
            else {
                const double mid = (b.x() - a.x()) / 2;
                path.cubicTo(QPointF(a.x() + mid, a.y()), QPointF(b.x() - mid, b.y()), b);
            }
        }
        painter.strokePath(path, QPen(PdfStyle::muted(), style_.pt(0.7 * scale_)));
        const QPointF tip = map(route.points.back().x, route.points.back().y);
        QPolygonF head;
        head << tip << QPointF(tip.x() - arrow, tip.y() - arrow * 0.45)
             << QPointF(tip.x() - arrow, tip.y() + arrow * 0.45);
        painter.setPen(Qt::NoPen);
        painter.setBrush(PdfStyle::muted());
        painter.drawPolygon(head);
    }

    // Where an edge leaves the band or enters it from the previous one, a chevron says it goes on.
    const double chevron = 3.2 * k;
    for (const EdgeRoute& route : layout_.edges)
        for (std::size_t i = 1; i < route.points.size(); ++i) {
            const LayoutPoint& a = route.points[i - 1];
            const LayoutPoint& b = route.points[i];
            for (const double edgeX : {tile.left, tile.right}) {
                if (!(a.x < edgeX && b.x > edgeX) || (edgeX == tile.left && tile.firstLayer == 0) ||
                    (edgeX == tile.right && tile.lastLayer == layout_.layers - 1))
                    continue;
                const double y = a.y + (b.y - a.y) * (edgeX - a.x) / (b.x - a.x);
                if (y < tile.top || y > tile.bottom)
                    continue;
                const QPointF at = map(edgeX, y) + QPointF(edgeX == tile.right ? -chevron : chevron * 0.3, 0);
                QPolygonF mark;
                mark << at + QPointF(0, -chevron * 0.6) << at + QPointF(chevron * 0.7, 0)
                     << at + QPointF(0, chevron * 0.6);
                painter.setPen(QPen(PdfStyle::accent(), style_.pt(0.9 * scale_)));
                painter.setBrush(Qt::NoBrush);
                painter.drawPolyline(mark);
            }
        }

    // Boxes with their tag line and label.
    for (std::size_t i = 0; i < graph_.nodes.size(); ++i) {
        const NodePlacement& p = layout_.nodes[i];
        if (p.layer < tile.firstLayer || p.layer > tile.lastLayer || p.y + p.height <= tile.top || p.y >= tile.bottom)
            continue;
        const PathwayNode& node = graph_.nodes[i];
        const Colours c = coloursFor(node.kind);
        const QRectF rect(map(p.x, p.y), map(p.x + p.width, p.y + p.height));
        QPen border(c.border, style_.pt((node.kind == PathwayNodeKind::Goal ? 1.4 : 0.8) * scale_));
        if (c.dashed)
            border.setStyle(Qt::DashLine);
        painter.setPen(border);
        painter.setBrush(c.fill);
        painter.drawRoundedRect(rect, 4 * k, 4 * k);
        const double pad = kPadding * k;
        const QFont tagFont = style_.font(kTagSize * scale_, true);
        const QFont labelFont = style_.font(labelSize(node.kind) * scale_, node.kind == PathwayNodeKind::Goal);
        double y = rect.top() + pad;
        painter.setFont(tagFont);
        painter.setPen(c.border);
        const double tagHeight = style_.metrics(tagFont).height();
        painter.drawText(QRectF(rect.left() + pad, y, rect.width() - 2 * pad, tagHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, boxes_[i].tag);
        y += tagHeight + 2 * k;
        painter.setFont(labelFont);
        painter.setPen(c.text);
        const double lineHeight = style_.metrics(labelFont).height();
        for (const QString& line : boxes_[i].lines) {
            painter.drawText(QRectF(rect.left() + pad, y, rect.width() - 2 * pad + pad, lineHeight),
                             Qt::AlignLeft | Qt::AlignVCenter, line);
            y += lineHeight;
        }
    }
    painter.restore();
}

} // namespace cairn::report::detail
