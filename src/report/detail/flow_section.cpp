#include "detail/flow_section.h"

#include <numeric>

namespace cairn::report::detail {

FlowSection::FlowSection(double pageWidth, double pageHeight, double gap)
    : pageWidth_(pageWidth), pageHeight_(pageHeight), gap_(gap) {
    pages_.emplace_back();
}

double FlowSection::pendingHeight() const {
    double h = 0;
    for (const auto& heading : headings_)
        h += heading.height;
    return h;
}

double FlowSection::remaining() const {
    const double start = fresh_ ? used_ : used_ + gap_;
    return pageHeight_ - start - pendingHeight();
}

void FlowSection::newPage() {
    if (fresh_)
        return;
    fresh_ = true;
    pages_.emplace_back();
    used_ = 0;
    if (continuation_.paint) {
        pages_.back().push_back({0, continuation_.height, continuation_.paint});
        used_ = continuation_.height;
    }
}

void FlowSection::addHeading(double height, Paint paint) {
    headings_.push_back({height, std::move(paint)});
}

void FlowSection::addBlock(double height, Paint paint) {
    place(height, std::move(paint), gap_);
}

void FlowSection::addAttachedBlock(double height, Paint paint, double overlap) {
    place(height, std::move(paint), -overlap);
}

void FlowSection::place(double height, Paint paint, double gap) {
    if ((fresh_ ? used_ : used_ + gap) + pendingHeight() + height > pageHeight_ + 1e-6)
        newPage();
    double top = fresh_ ? used_ : used_ + gap;
    for (auto& heading : headings_) {
        pages_.back().push_back({top, heading.height, std::move(heading.paint)});
        top += heading.height;
    }
    headings_.clear();
    pages_.back().push_back({top, height, std::move(paint)});
    used_ = top + height;
    fresh_ = false;
}

void FlowSection::paintPage(QPainter& painter, int page, const QRectF& content) const {
    for (const Placed& block : pages_[page]) {
        painter.save();
        block.paint(painter, QRectF(content.left(), content.top() + block.top, pageWidth_, block.height));
        painter.restore();
    }
}

} // namespace cairn::report::detail
