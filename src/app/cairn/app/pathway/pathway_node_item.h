#pragma once

#include "cairn/app/common/credential_status.h"

#include <QGraphicsItem>
#include <QString>
#include <optional>

namespace cairn::app {

/// One box of the pathway graph: a credential drawn in its status's colour and shape, or the
/// goal. Its text comes in two parts: the title (up to two lines) and a small detail line.
class PathwayNodeItem : public QGraphicsItem {
public:
    PathwayNodeItem(const QString& id, const QString& title, const QString& detail, const QRectF& box,
                    std::optional<CredentialStatus> status);

    [[nodiscard]] QRectF boundingRect() const override;
    [[nodiscard]] QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    [[nodiscard]] const QString& credentialId() const { return id_; }
    /// The small line under the title: its start and its money, or the goal's date.
    [[nodiscard]] const QString& detail() const { return detail_; }
    [[nodiscard]] bool isGoal() const { return !status_.has_value(); }

    /// The highlight colour of a selected box (from the view's palette).
    void setHighlight(const QColor& colour) { highlight_ = colour; }

private:
    QString id_;
    QString title_;
    QString detail_;
    QRectF box_;
    std::optional<CredentialStatus> status_; ///< none for the goal
    QColor highlight_;
};

} // namespace cairn::app
