#include "cairn/app/common/status_style.h"

#include <QPainter>
#include <QPixmap>
#include <algorithm>
#include <array>

namespace cairn::app {

QColor StatusStyle::fill(CredentialStatus status) {
    switch (status) {
    case CredentialStatus::Completed:
        return QColor(0x3f, 0xa3, 0x5b);
    case CredentialStatus::Planned:
        return QColor(0x3b, 0x7d, 0xd8);
    case CredentialStatus::Open:
        return QColor(0xf0, 0xb4, 0x29);
    case CredentialStatus::Locked:
        return QColor(0x9a, 0xa0, 0xa6);
    }
    return Qt::gray;
}

QColor StatusStyle::goalFill() {
    return QColor(0x8e, 0x44, 0xad);
}

QColor StatusStyle::textOn(const QColor& fill) {
    const double luminance = 0.299 * fill.redF() + 0.587 * fill.greenF() + 0.114 * fill.blueF();
    return luminance > 0.6 ? QColor(0x1b, 0x1b, 0x1b) : QColor(0xff, 0xff, 0xff);
}

QPainterPath StatusStyle::shape(CredentialStatus status, const QRectF& box) {
    QPainterPath path;
    switch (status) {
    case CredentialStatus::Completed: {
        const double r = box.height() / 2;
        path.addRoundedRect(box, r, r);
        break;
    }
    case CredentialStatus::Planned: {
        const double r = std::min(8.0, box.height() / 4);
        path.addRoundedRect(box, r, r);
        break;
    }
    case CredentialStatus::Open: {
        const double c = std::min(box.height() / 2, box.width() / 4);
        const std::array<QPointF, 6> points{
            QPointF(box.left() + c, box.top()),     QPointF(box.right() - c, box.top()),
            QPointF(box.right(), box.center().y()), QPointF(box.right() - c, box.bottom()),
            QPointF(box.left() + c, box.bottom()),  QPointF(box.left(), box.center().y())};
        path.addPolygon(QPolygonF(QList<QPointF>(points.begin(), points.end())));
        path.closeSubpath();
        break;
    }
    case CredentialStatus::Locked:
        path.addRect(box);
        break;
    }
    return path;
}

QPainterPath StatusStyle::goalShape(const QRectF& box) {
    // A flag-like arrow pointing right: the end of the pathway.
    const double tip = std::min(box.height() / 2, box.width() / 5);
    QPolygonF polygon{{box.topLeft(), QPointF(box.right() - tip, box.top()), QPointF(box.right(), box.center().y()),
                       QPointF(box.right() - tip, box.bottom()), box.bottomLeft()}};
    QPainterPath path;
    path.addPolygon(polygon);
    path.closeSubpath();
    return path;
}

QString StatusStyle::name(CredentialStatus status) {
    switch (status) {
    case CredentialStatus::Completed:
        return tr("Completed");
    case CredentialStatus::Planned:
        return tr("Planned");
    case CredentialStatus::Open:
        return tr("Open now");
    case CredentialStatus::Locked:
        return tr("Locked");
    }
    return {};
}

QIcon StatusStyle::icon(CredentialStatus status) {
    QIcon icon;
    for (int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF box(1.5, size * 0.2, size - 3, size * 0.6);
        QPen pen(fill(status).darker(140), 1.2);
        if (dashed(status))
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.setBrush(fill(status));
        p.drawPath(shape(status, box));
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace cairn::app
