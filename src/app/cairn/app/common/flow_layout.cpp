#include "cairn/app/common/flow_layout.h"

#include "cairn/app/common/wrap_rows.h"

#include <QWidget>
#include <algorithm>
#include <vector>

namespace cairn::app {

FlowLayout::FlowLayout(QWidget* parent) : QLayout(parent) {}

FlowLayout::~FlowLayout() {
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem* item) {
    items_.append(item);
}

QLayoutItem* FlowLayout::itemAt(int index) const {
    return items_.value(index);
}

QLayoutItem* FlowLayout::takeAt(int index) {
    if (index < 0 || index >= items_.size())
        return nullptr;
    return items_.takeAt(index);
}

int FlowLayout::heightForWidth(int width) const {
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const {
    // As narrow as the widest item alone; the height is heightForWidth's.
    QSize size;
    for (const QLayoutItem* item : items_)
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const {
    // Everything in one row.
    int width = 0;
    int height = 0;
    int shown = 0;
    for (const QLayoutItem* item : items_) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
        ++shown;
    }
    const QMargins m = contentsMargins();
    return {width + std::max(0, shown - 1) * spacing() + m.left() + m.right(), height + m.top() + m.bottom()};
}

void FlowLayout::setGeometry(const QRect& rect) {
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect& rect, bool apply) const {
    const QRect area = rect.marginsRemoved(contentsMargins());
    std::vector<QLayoutItem*> shown;
    std::vector<int> widths;
    for (QLayoutItem* item : items_) {
        if (item->isEmpty())
            continue;
        shown.push_back(item);
        widths.push_back(std::min(item->sizeHint().width(), area.width()));
    }
    const int gap = std::max(0, spacing());
    int y = area.top();
    for (const auto& row : wrapRows(widths, gap, area.width())) {
        int rowHeight = 0;
        for (int i : row)
            rowHeight = std::max(rowHeight, shown[static_cast<std::size_t>(i)]->sizeHint().height());
        int x = area.left();
        for (int i : row) {
            const auto at = static_cast<std::size_t>(i);
            if (apply)
                shown[at]->setGeometry(QRect(x, y, widths[at], rowHeight));
            x += widths[at] + gap;
        }
        y += rowHeight + gap;
    }
    const int used = shown.empty() ? 0 : y - gap - area.top();
    const QMargins m = contentsMargins();
    return used + m.top() + m.bottom();
}

} // namespace cairn::app
