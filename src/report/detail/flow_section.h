#pragma once

#include "detail/report_section.h"

#include <QRectF>
#include <functional>
#include <memory>
#include <vector>

namespace cairn::report::detail {

/// Drawn blocks stacked down the pages: each block goes on the current page when it fits, else
/// starts a new one. A heading is kept on the same page as the block that follows it.
class FlowSection : public ReportSection {
public:
    using Paint = std::function<void(QPainter&, const QRectF&)>;

    FlowSection(double pageWidth, double pageHeight, double gap);

    /// A heading (or other lead-in) that must stay with the next block.
    void addHeading(double height, Paint paint);
    void addBlock(double height, Paint paint);
    /// A block right under the previous one, with no gap, overlapping it by `overlap` so their
    /// borders meet as one line; on a new page it starts at the top (after any continuation).
    void addAttachedBlock(double height, Paint paint, double overlap = 1);
    /// Drawn at the top of every page started from now on, e.g. "Timeline, continued".
    void setContinuation(double height, Paint paint) { continuation_ = {height, std::move(paint)}; }
    void clearContinuation() { continuation_ = {0, {}}; }
    /// The height left on the current page below what was added, after the gap a block keeps.
    [[nodiscard]] double remaining() const;
    /// The height a block (with any pending heading) may have to start on a fresh page.
    [[nodiscard]] double pageHeight() const { return pageHeight_; }
    [[nodiscard]] double pendingHeight() const;
    void newPage();
    /// True when nothing but pending headings would be above the next block.
    [[nodiscard]] bool atPageTop() const { return fresh_; }

    /// Keeps an object the painting closures refer to alive as long as the section.
    void keep(std::shared_ptr<const void> owner) { owners_.push_back(std::move(owner)); }

    [[nodiscard]] int pageCount() const override { return static_cast<int>(pages_.size()); }
    void paintPage(QPainter& painter, int page, const QRectF& content) const override;

private:
    struct Placed {
        double top;
        double height;
        Paint paint;
    };
    struct Pending {
        double height;
        Paint paint;
    };

    double pageWidth_;
    double pageHeight_;
    double gap_;
    void place(double height, Paint paint, double gap);

    double used_ = 0;
    bool fresh_ = true; ///< no block on the current page yet (a continuation line does not count)
    std::vector<Pending> headings_;
    Pending continuation_{0, {}};
    std::vector<std::vector<Placed>> pages_;
    std::vector<std::shared_ptr<const void>> owners_;
};

} // namespace cairn::report::detail
