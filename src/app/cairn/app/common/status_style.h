#pragma once

#include "cairn/app/common/credential_status.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QPainterPath>
#include <QRectF>
#include <QString>

namespace cairn::app {

/// How a credential's status is drawn, the same in the graph, the table and the legend:
/// each status has its own colour AND its own shape, so it reads without colour too.
///   Completed: pill,  green      Planned: rounded box, blue
///   Open:      hexagon, amber    Locked:  plain box, grey, dashed outline
class StatusStyle {
    Q_DECLARE_TR_FUNCTIONS(StatusStyle)

public:
    [[nodiscard]] static QColor fill(CredentialStatus status);
    [[nodiscard]] static QColor goalFill();
    /// Black or white, whichever reads better on `fill`.
    [[nodiscard]] static QColor textOn(const QColor& fill);
    [[nodiscard]] static QPainterPath shape(CredentialStatus status, const QRectF& box);
    [[nodiscard]] static QPainterPath goalShape(const QRectF& box);
    [[nodiscard]] static bool dashed(CredentialStatus status) { return status == CredentialStatus::Locked; }
    [[nodiscard]] static QString name(CredentialStatus status);
    [[nodiscard]] static QIcon icon(CredentialStatus status);
};

} // namespace cairn::app
