#pragma once

#include <QGraphicsView>
#include <QHash>
#include <QStringList>
#include <vector>

class QFontMetrics;

namespace cairn::app {

class PathwayNodeItem;
class PlanningSession;

/// The plan as a left-to-right graph: credentials in the order they build on each other, the
/// goal at the right. Ctrl+wheel or Ctrl++/− zoom, dragging pans, Ctrl+0 fits the drawing.
class PathwayView : public QGraphicsView {
    Q_OBJECT

public:
    explicit PathwayView(PlanningSession* session, QWidget* parent = nullptr);

    /// The message shown instead of a drawing, e.g. while there is no goal.
    void setEmptyText(const QString& text);
    [[nodiscard]] int nodeCount() const { return static_cast<int>(nodes_.size()); }
    /// The actions offered when a credential's box is right-clicked (it is selected first).
    void setCredentialActions(const QList<QAction*>& actions) { actions_ = actions; }
    /// The legend's words: the four statuses, then the goal.
    [[nodiscard]] QStringList legendLabels() const;
    /// Where the legend is drawn in the viewport: wrapped to as many rows as its width needs.
    [[nodiscard]] QRect legendRect() const;

public slots:
    void zoomIn();
    void zoomOut();
    void fitToView();
    /// Highlights a credential's box, if it is drawn, and scrolls to it.
    void selectCredential(const QString& credentialId);
    void rebuild();

signals:
    void credentialClicked(const QString& credentialId);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void scaleBy(double factor);
    QString tooltipFor(const std::string& credentialId) const;
    [[nodiscard]] std::vector<int> legendWidths(const QFontMetrics& fm) const;
    void keepRoomForTheLegend();

    PlanningSession* session_;
    QHash<QString, PathwayNodeItem*> nodes_;
    QList<QAction*> actions_;
    QString emptyText_;
    QString banner_;   ///< shown across the top, e.g. why there is no pathway
    QString selected_; ///< kept across rebuilds of the drawing
    bool autoFit_ = true;
    QRectF drawing_; ///< the pathway's own extent in the scene, without the room kept for the legend
    bool selecting_ = false;
};

} // namespace cairn::app
