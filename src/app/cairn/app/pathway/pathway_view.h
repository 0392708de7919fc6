#pragma once

#include <QGraphicsView>
#include <QHash>
#include <QStringList>
#include <vector>

class QFontMetrics;
class QToolButton;

namespace cairn {
struct Plan;
struct PlannedCredential;
} // namespace cairn

namespace cairn::app {

class PathwayNodeItem;
class PlanningSession;

/// The plan as a left-to-right graph: credentials in the order they build on each other, the
/// goal at the right. Ctrl+wheel or Ctrl++/− zoom, dragging pans, Ctrl+0 shows the whole drawing.
/// A new plan is drawn at a readable size, starting from its first steps; when part of it is out
/// of view, a button in the corner offers the whole pathway (and then the readable size again).
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
    /// The corner button that switches between the whole pathway and a readable size; hidden
    /// while the drawing fits the view as it is.
    [[nodiscard]] QToolButton* fitButton() const { return fitButton_; }

public slots:
    void zoomIn();
    void zoomOut();
    /// The whole drawing in view, however small its text becomes.
    void fitToView();
    /// The size a new plan is drawn at: its text readable, its first steps in view.
    void showReadable();
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
    QString costText(const Plan& plan, const PlannedCredential& credential) const;
    [[nodiscard]] std::vector<int> legendWidths(const QFontMetrics& fm) const;
    void keepRoomForTheLegend();
    void applyFit(bool keepReadable);
    [[nodiscard]] bool drawingFits() const;
    void updateFitButton();
    /// Where the banner is drawn in the viewport; null when there is none.
    [[nodiscard]] QRect bannerBox() const;

    PlanningSession* session_;
    QHash<QString, PathwayNodeItem*> nodes_;
    QList<QAction*> actions_;
    QString emptyText_;
    QString banner_;   ///< shown across the top, e.g. why there is no pathway
    QString selected_; ///< kept across rebuilds of the drawing
    /// How the drawing is sized: kept so when the view is resized, until the learner zooms.
    enum class Sizing { Readable, Whole, Manual };
    Sizing sizing_ = Sizing::Readable;
    QToolButton* fitButton_ = nullptr;
    QRectF drawing_; ///< the pathway's own extent in the scene, without the room kept for the legend
    bool selecting_ = false;
};

} // namespace cairn::app
