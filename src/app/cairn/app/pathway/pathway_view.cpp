#include "cairn/app/pathway/pathway_view.h"

#include "cairn/app/common/qt_convert.h"
#include "cairn/app/common/reason_words.h"
#include "cairn/app/common/requirement_words.h"
#include "cairn/app/common/status_style.h"
#include "cairn/app/common/wrap_rows.h"
#include "cairn/app/pathway/pathway_node_item.h"
#include "cairn/app/session/planning_session.h"

#include <QContextMenuEvent>
#include <QGraphicsPathItem>
#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QToolButton>
#include <QWheelEvent>
#include <algorithm>
#include <cairn/engine/pathway_layout.h>
#include <cairn/text/message_words.h>
#include <cmath>

namespace cairn::app {

namespace {
constexpr double kNodeWidth = 200;
constexpr double kNodeHeight = 58;
constexpr double kMinAutoScale = 0.6; // below this the text is too small to read
constexpr double kMinScale = 0.1;     // the smallest zoom, however large the pathway
constexpr double kMaxScale = 4.0;
constexpr int kSwatchWidth = 26;
constexpr int kSwatchHeight = 14;
constexpr int kLegendGap = 14;     // between the legend's entries
constexpr int kLegendPadding = 10; // inside the legend's box

std::optional<CredentialStatus> statusOf(PathwayNodeKind kind) {
    switch (kind) {
    case PathwayNodeKind::Completed:
        return CredentialStatus::Completed;
    case PathwayNodeKind::Planned:
        return CredentialStatus::Planned;
    case PathwayNodeKind::Open:
        return CredentialStatus::Open;
    case PathwayNodeKind::Locked:
        return CredentialStatus::Locked;
    case PathwayNodeKind::Goal:
        break;
    }
    return std::nullopt;
}

/// A smooth left-to-right curve through the route's points, ending in an arrowhead.
QPainterPath edgePath(const std::vector<LayoutPoint>& points) {
    QPainterPath path(QPointF(points.front().x, points.front().y));
    for (std::size_t i = 1; i < points.size(); ++i) {
        const QPointF a(points[i - 1].x, points[i - 1].y), b(points[i].x, points[i].y);
        const double dx = (b.x() - a.x()) / 2;
        path.cubicTo(QPointF(a.x() + dx, a.y()), QPointF(b.x() - dx, b.y()), b);
    }
    return path;
}

QPainterPath arrowHead(const LayoutPoint& tip) {
    QPainterPath head;
    head.moveTo(tip.x, tip.y);
    head.lineTo(tip.x - 9, tip.y - 4.5);
    head.lineTo(tip.x - 9, tip.y + 4.5);
    head.closeSubpath();
    return head;
}
} // namespace

PathwayView::PathwayView(PlanningSession* session, QWidget* parent) : QGraphicsView(parent), session_(session) {
    setScene(new QGraphicsScene(this));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setFrameShape(QFrame::NoFrame);
    setBackgroundRole(QPalette::Base);
    emptyText_ = tr("Choose a goal to see a pathway");
    connect(scene(), &QGraphicsScene::selectionChanged, this, [this] {
        if (selecting_)
            return;
        const auto items = scene()->selectedItems();
        if (items.size() == 1)
            if (auto* node = dynamic_cast<PathwayNodeItem*>(items.front())) {
                selected_ = node->credentialId();
                emit credentialClicked(node->credentialId());
            }
    });
    connect(session_, &PlanningSession::planChanged, this, &PathwayView::rebuild);
    connect(session_, &PlanningSession::catalogChanged, this, &PathwayView::rebuild);
    fitButton_ = new QToolButton(viewport());
    fitButton_->setObjectName(QStringLiteral("pathwayFitButton"));
    fitButton_->setCursor(Qt::ArrowCursor); // not the hand that pans the drawing
    fitButton_->setFocusPolicy(Qt::TabFocus);
    fitButton_->hide();
    connect(fitButton_, &QToolButton::clicked, this, [this] {
        if (sizing_ == Sizing::Whole)
            showReadable();
        else
            fitToView();
    });
    connect(horizontalScrollBar(), &QScrollBar::rangeChanged, this, &PathwayView::updateFitButton);
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &PathwayView::updateFitButton);
}

void PathwayView::setEmptyText(const QString& text) {
    emptyText_ = text;
    viewport()->update();
}

void PathwayView::rebuild() {
    scene()->clear();
    nodes_.clear();
    banner_.clear();
    const auto& plan = session_->plan();
    if (!plan || session_->goal().empty()) {
        drawing_ = QRectF();
        scene()->setSceneRect(drawing_);
        updateFitButton();
        viewport()->update();
        return;
    }
    const Catalog& catalog = session_->catalog();
    const QString reason = text::MessageWords(text::Format::user(), &catalog).sentences(plan->reason);
    if (plan->status == PlanStatus::Unknown)
        banner_ = tr("No pathway found yet. %1").arg(reason);
    else if (!hasPlan(plan->status))
        banner_ = tr("No pathway reaches this goal. %1").arg(reason);
    else if (plan->credentials.empty())
        banner_ = tr("The goal is already met: nothing more to take.");
    PathwayGraph graph = pathwayGraph(catalog, session_->profile(), *plan);
    for (auto& n : graph.nodes) {
        n.width = kNodeWidth;
        n.height = kNodeHeight;
    }
    LayoutOptions options;
    options.layerGap = 72;
    options.nodeGap = 18;
    const PathwayLayout layout = layoutPathway(graph, options);

    const QColor edgeColour = palette().color(QPalette::Text);
    QColor faded = edgeColour;
    faded.setAlphaF(0.45);
    for (std::size_t i = 0; i < graph.edges.size() && i < layout.edges.size(); ++i) {
        const auto& points = layout.edges[i].points;
        if (points.size() < 2)
            continue;
        auto* edge = scene()->addPath(edgePath(points), QPen(faded, 1.4));
        edge->setZValue(0);
        auto* head = scene()->addPath(arrowHead(points.back()), Qt::NoPen, faded);
        head->setZValue(0);
    }
    for (std::size_t i = 0; i < graph.nodes.size() && i < layout.nodes.size(); ++i) {
        const auto& n = graph.nodes[i];
        const auto& p = layout.nodes[i];
        const auto status = statusOf(n.kind);
        QString detail;
        if (const PlannedCredential* pc = status ? session_->planned(n.id) : nullptr)
            detail = QStringLiteral("%1 · %2").arg(dateText(pc->start, DateStyle::Short), costText(*plan, *pc));
        else if (status == CredentialStatus::Completed)
            detail = tr("completed");
        else if (!status)
            detail = plan->status == PlanStatus::Unknown ? tr("goal · no plan found yet")
                     : !hasPlan(plan->status)            ? tr("goal · out of reach")
                                                         : tr("goal · %1").arg(dateText(plan->totals.completion));
        auto* item = new PathwayNodeItem(qs(n.id), shown(n.label), detail, QRectF(p.x, p.y, p.width, p.height), status);
        item->setHighlight(palette().color(QPalette::Highlight));
        item->setToolTip(status ? tooltipFor(n.id) : qs(n.label));
        scene()->addItem(item);
        nodes_.insert(qs(n.id), item);
    }
    drawing_ = QRectF(-24, -24, layout.width + 48, layout.height + 48);
    scene()->setSceneRect(drawing_);
    showReadable();
    if (auto* item = nodes_.value(selected_)) {
        selecting_ = true;
        item->setSelected(true);
        selecting_ = false;
    }
}

/// A planned credential's money on its node: "shared" when a subscription or bundle it shares
/// pays for it (its own cost is 0, but it is not free), else its price or "free".
QString PathwayView::costText(const Plan& plan, const PlannedCredential& credential) const {
    if (sharesItsOffer(plan, credential))
        return tr("shared");
    return credential.cost == 0 ? tr("free") : money(credential.cost, session_->catalog().currency);
}

QString PathwayView::tooltipFor(const std::string& credentialId) const {
    const Credential* c = session_->catalog().findCredential(credentialId);
    QString text = QStringLiteral("<b>%1</b>").arg(c ? shown(c->title).toHtmlEscaped() : qs(credentialId));
    if (const PlannedCredential* pc = session_->planned(credentialId)) {
        const QLocale locale;
        text += QStringLiteral("<br>%1 – %2").arg(dateText(pc->start), dateText(pc->end));
        if (!pc->why.empty()) {
            text += QStringLiteral("<br><i>%1</i><ul style='margin:0'>").arg(tr("Why it is in the plan:"));
            const ReasonWords reasons(session_->catalog());
            for (const auto& r : pc->why)
                text += QStringLiteral("<li>%1</li>").arg(reasons.sentence(r).toHtmlEscaped());
            text += QStringLiteral("</ul>");
        }
    } else if (session_->isCompleted(credentialId)) {
        text += QStringLiteral("<br>%1").arg(tr("Already completed; later credentials build on it."));
    }
    return text;
}

void PathwayView::selectCredential(const QString& credentialId) {
    selected_ = credentialId;
    selecting_ = true;
    scene()->clearSelection();
    if (auto* item = nodes_.value(credentialId)) {
        item->setSelected(true);
        ensureVisible(item, 40, 40);
    }
    selecting_ = false;
}

void PathwayView::zoomIn() {
    scaleBy(1.25);
}
void PathwayView::zoomOut() {
    scaleBy(1 / 1.25);
}

void PathwayView::scaleBy(double factor) {
    sizing_ = Sizing::Manual;
    const double current = transform().m11();
    const double next = std::clamp(current * factor, kMinScale, kMaxScale);
    scale(next / current, next / current);
    keepRoomForTheLegend();
    updateFitButton();
}

void PathwayView::keepRoomForTheLegend() {
    // The legend is drawn over the bottom of the view: the scene reaches that far below the
    // drawing, so that every box can be scrolled above it rather than hidden beneath it.
    if (drawing_.isEmpty())
        return;
    const double s = transform().m11();
    const double room = (legendRect().height() + 16) / std::max(s, 0.01);
    scene()->setSceneRect(drawing_.adjusted(0, 0, 0, room));
}

void PathwayView::fitToView() {
    sizing_ = Sizing::Whole;
    applyFit(false);
}

void PathwayView::showReadable() {
    sizing_ = Sizing::Readable;
    applyFit(true);
}

void PathwayView::applyFit(bool keepReadable) {
    if (scene()->items().isEmpty()) {
        resetTransform();
        updateFitButton();
        return;
    }
    // Fit the drawing into the view above the legend.
    const QRect area = viewport()->rect();
    const double roomHeight = std::max(1, area.height() - legendRect().height() - 16);
    double scale = std::min(area.width() / drawing_.width(), roomHeight / drawing_.height());
    // A small plan is drawn a little larger, not blown up to fill the view.
    scale = std::clamp(scale, kMinScale, 1.25);
    // A large pathway stays readable: start at the left (the first steps) and let the learner
    // pan toward the goal, or ask for the whole of it.
    if (keepReadable)
        scale = std::max(scale, kMinAutoScale);
    setTransform(QTransform::fromScale(scale, scale));
    keepRoomForTheLegend();
    horizontalScrollBar()->setValue(horizontalScrollBar()->minimum());
    verticalScrollBar()->setValue(verticalScrollBar()->minimum());
    updateFitButton();
}

bool PathwayView::drawingFits() const {
    const QRect shown = mapFromScene(drawing_).boundingRect();
    return shown.width() <= viewport()->width() + 1 && shown.height() <= viewport()->height() + 1;
}

void PathwayView::updateFitButton() {
    if (!fitButton_)
        return;
    const bool small = transform().m11() < kMinAutoScale - 1e-9;
    const bool offerReadable = sizing_ == Sizing::Whole && small && !nodes_.isEmpty();
    const bool offerWhole = !offerReadable && !nodes_.isEmpty() && !drawingFits();
    // (Not isVisible(): before the view is first shown that is false even for a button to show.)
    fitButton_->setVisible(offerReadable || offerWhole);
    if (!offerReadable && !offerWhole)
        return;
    fitButton_->setText(offerReadable ? tr("Readable size") : tr("Show all"));
    fitButton_->setToolTip(offerReadable ? tr("Draw the pathway at a readable size, from its first steps")
                                         : tr("Show the whole pathway (Ctrl+0)"));
    fitButton_->adjustSize();
    // Top right, below the banner when there is one.
    const QRect banner = bannerBox();
    const int top = 8 + (banner.isNull() ? 0 : banner.bottom() + 1);
    fitButton_->move(viewport()->width() - fitButton_->width() - 8, top);
    fitButton_->raise();
}

QRect PathwayView::bannerBox() const {
    if (banner_.isEmpty())
        return {};
    const QRect bannerArea = viewport()->rect().adjusted(24, 16, -24, 0);
    const QRect textRect =
        QFontMetrics(viewport()->font())
            .boundingRect(bannerArea.adjusted(14, 10, -14, 0), Qt::TextWordWrap | Qt::AlignHCenter, banner_);
    return {bannerArea.left(), bannerArea.top(), bannerArea.width(), textRect.height() + 20};
}

void PathwayView::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ControlModifier) {
        scaleBy(std::pow(1.0015, event->angleDelta().y()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void PathwayView::contextMenuEvent(QContextMenuEvent* event) {
    auto* node = dynamic_cast<PathwayNodeItem*>(itemAt(event->pos()));
    if (!node || node->isGoal() || actions_.isEmpty()) {
        QGraphicsView::contextMenuEvent(event);
        return;
    }
    selectCredential(node->credentialId());
    emit credentialClicked(node->credentialId());
    QMenu menu(this);
    menu.addActions(actions_);
    menu.exec(event->globalPos());
}

void PathwayView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    if (sizing_ != Sizing::Manual)
        applyFit(sizing_ == Sizing::Readable);
    else
        updateFitButton();
}

void PathwayView::changeEvent(QEvent* event) {
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild(); // edge colours come from the palette
}

QStringList PathwayView::legendLabels() const {
    return {StatusStyle::name(CredentialStatus::Completed), StatusStyle::name(CredentialStatus::Planned),
            StatusStyle::name(CredentialStatus::Open), StatusStyle::name(CredentialStatus::Locked), tr("Goal")};
}

std::vector<int> PathwayView::legendWidths(const QFontMetrics& fm) const {
    std::vector<int> widths;
    for (const QString& label : legendLabels())
        widths.push_back(kSwatchWidth + 6 + fm.horizontalAdvance(label) + 2);
    return widths;
}

QRect PathwayView::legendRect() const {
    const QFontMetrics fm(viewport()->font());
    const auto widths = legendWidths(fm);
    const QRect area = viewport()->rect();
    // Bottom left, 10 px from the view's edges, as wide as the entries need and the view allows.
    const int room = std::max(1, area.width() - 20 - 2 * kLegendPadding);
    const auto rows = wrapRows(widths, kLegendGap, room);
    const int width = rowsWidth(rows, widths, kLegendGap) + 2 * kLegendPadding;
    const int height = static_cast<int>(rows.size()) * (fm.height() + 6) + kLegendPadding;
    return QRect(area.left() + 10, area.bottom() - 8 - height, width, height);
}

void PathwayView::drawForeground(QPainter* painter, const QRectF& /*rect*/) {
    painter->save();
    painter->resetTransform();
    const QRect area = viewport()->rect();
    if (nodes_.isEmpty()) {
        QFont font = painter->font();
        font.setPointSizeF(font.pointSizeF() * 1.3);
        painter->setFont(font);
        painter->setPen(palette().color(QPalette::PlaceholderText));
        painter->drawText(area.adjusted(40, 40, -40, -40), Qt::AlignCenter | Qt::TextWordWrap, emptyText_);
        painter->restore();
        return;
    }
    if (const QRect box = bannerBox(); !box.isNull()) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(palette().color(QPalette::Mid));
        painter->setBrush(palette().color(QPalette::ToolTipBase));
        painter->drawRoundedRect(box, 6, 6);
        painter->setPen(palette().color(QPalette::ToolTipText));
        painter->drawText(box.adjusted(14, 10, -14, -10), Qt::TextWordWrap | Qt::AlignHCenter | Qt::AlignVCenter,
                          banner_);
    }
    // The legend: every status's colour and shape, bottom left, on the window colour. A narrow
    // view wraps it to more rows rather than cutting off its last entries.
    const QFontMetrics fm(viewport()->font());
    painter->setFont(viewport()->font());
    const QStringList labels = legendLabels();
    const auto widths = legendWidths(fm);
    const QRect box = legendRect();
    const auto rows = wrapRows(widths, kLegendGap, box.width() - 2 * kLegendPadding);
    painter->setRenderHint(QPainter::Antialiasing);
    QColor background = palette().color(QPalette::Window);
    background.setAlphaF(0.92);
    painter->setPen(palette().color(QPalette::Mid));
    painter->setBrush(background);
    painter->drawRoundedRect(box, 5, 5);
    const CredentialStatus statuses[] = {CredentialStatus::Completed, CredentialStatus::Planned, CredentialStatus::Open,
                                         CredentialStatus::Locked};
    const int rowHeight = fm.height() + 6;
    int top = box.top() + kLegendPadding / 2;
    for (const auto& row : rows) {
        int x = box.left() + kLegendPadding;
        const double cy = top + rowHeight / 2.0;
        for (int i : row) {
            const QRectF r(x, cy - kSwatchHeight / 2.0, kSwatchWidth, kSwatchHeight);
            QColor fill = i < 4 ? StatusStyle::fill(statuses[i]) : StatusStyle::goalFill();
            QPen pen(fill.darker(150), 1.2);
            if (i < 4 && StatusStyle::dashed(statuses[i]))
                pen.setStyle(Qt::DashLine);
            painter->setPen(pen);
            painter->setBrush(fill);
            painter->drawPath(i < 4 ? StatusStyle::shape(statuses[i], r) : StatusStyle::goalShape(r));
            painter->setPen(palette().color(QPalette::WindowText));
            const QString& label = labels[i];
            painter->drawText(QRect(x + kSwatchWidth + 6, top, fm.horizontalAdvance(label) + 2, rowHeight),
                              Qt::AlignVCenter, label);
            x += widths[static_cast<std::size_t>(i)] + kLegendGap;
        }
        top += rowHeight;
    }
    painter->restore();
}

} // namespace cairn::app
