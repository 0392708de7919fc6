#pragma once

#include <QPainter>
#include <QRectF>

namespace cairn::report::detail {

/// A run of report pages. Sections are laid out first (so the total page count is known for
/// "Page N of M") and painted afterwards, one page at a time, inside the page's content area.
class ReportSection {
public:
    virtual ~ReportSection() = default;
    [[nodiscard]] virtual int pageCount() const = 0;
    virtual void paintPage(QPainter& painter, int page, const QRectF& content) const = 0;
};

} // namespace cairn::report::detail
