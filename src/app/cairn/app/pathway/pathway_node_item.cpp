#include "cairn/app/pathway/pathway_node_item.h"

#include "cairn/app/common/status_style.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QTextLayout>

namespace cairn::app {

namespace {
/// Lays `text` out in at most `maxLines` lines of `width`, eliding the last one.
QStringList wrap(const QString& text, const QFont& font, double width, int maxLines) {
    QStringList lines;
    QTextLayout layout(text, font);
    layout.beginLayout();
    const QFontMetricsF metrics(font);
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            lines << metrics.elidedText(text.mid(line.textStart()), Qt::ElideRight, width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}
} // namespace

PathwayNodeItem::PathwayNodeItem(const QString& id, const QString& title, const QString& detail, const QRectF& box,
                                 std::optional<CredentialStatus> status)
    : id_(id), title_(title), detail_(detail), box_(box), status_(status) {
    setFlag(ItemIsSelectable, !isGoal());
    setAcceptHoverEvents(true);
    setCursor(isGoal() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    setZValue(1);
}

QRectF PathwayNodeItem::boundingRect() const {
    return box_.adjusted(-4, -4, 4, 4);
}

QPainterPath PathwayNodeItem::shape() const {
    return status_ ? StatusStyle::shape(*status_, box_) : StatusStyle::goalShape(box_);
}

void PathwayNodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* /*widget*/) {
    const QColor fill = status_ ? StatusStyle::fill(*status_) : StatusStyle::goalFill();
    const bool hovered = option->state & QStyle::State_MouseOver;
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(fill.darker(150), 1.5);
    if (status_ && StatusStyle::dashed(*status_))
        pen.setStyle(Qt::DashLine);
    if (isSelected()) {
        // A ring around the box in the palette's highlight colour: visible on every fill.
        QPainterPathStroker ring;
        ring.setWidth(8);
        painter->setPen(Qt::NoPen);
        painter->setBrush(highlight_.isValid() ? highlight_ : fill.darker(200));
        painter->drawPath(ring.createStroke(shape()));
    }
    painter->setPen(pen);
    painter->setBrush(hovered ? fill.lighter(112) : fill);
    painter->drawPath(shape());

    // Text stays inside the straight part of pills and hexagons.
    const double inset = status_ == CredentialStatus::Completed || status_ == CredentialStatus::Open
                             ? std::min(box_.height() / 2, box_.width() / 4) - 2
                             : (isGoal() ? 8.0 : 8.0);
    const double rightInset = isGoal() ? std::min(box_.height() / 2, box_.width() / 5) : inset;
    const QRectF text = box_.adjusted(inset, 5, -rightInset, -5);
    // Below ~40% zoom the words are unreadable anyway; boxes alone keep the drawing calm.
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod < 0.35)
        return;
    painter->setPen(StatusStyle::textOn(fill));
    QFont titleFont = painter->font();
    titleFont.setPointSizeF(9);
    titleFont.setBold(true);
    QFont detailFont = titleFont;
    detailFont.setBold(false);
    detailFont.setPointSizeF(8);
    const QStringList lines = wrap(title_, titleFont, text.width(), detail_.isEmpty() ? 3 : 2);
    const QFontMetricsF tm(titleFont), dm(detailFont);
    const double total = lines.size() * tm.height() + (detail_.isEmpty() ? 0 : dm.height());
    double y = text.top() + std::max(0.0, (text.height() - total) / 2);
    painter->setFont(titleFont);
    for (const auto& line : lines) {
        painter->drawText(QRectF(text.left(), y, text.width(), tm.height()), Qt::AlignHCenter | Qt::AlignVCenter, line);
        y += tm.height();
    }
    if (!detail_.isEmpty()) {
        painter->setFont(detailFont);
        painter->drawText(QRectF(text.left(), y, text.width(), dm.height()), Qt::AlignHCenter | Qt::AlignVCenter,
                          dm.elidedText(detail_, Qt::ElideRight, text.width()));
    }
}

} // namespace cairn::app
