#pragma once

#include "detail/pdf_style.h"
#include "detail/report_section.h"

#include <QSizeF>
#include <QString>
#include <QTextDocument>
#include <functional>
#include <memory>

namespace cairn::report::detail {

/// Flowing rich text paginated by QTextDocument: table header rows repeat on every page,
/// lines are never split between pages, and anchors become PDF links.
/// An optional trailer is drawn below the text on the last page when it fits there, else on a
/// page of its own.
class TextSection : public ReportSection {
public:
    TextSection(const QString& html, const PdfStyle& style, const QSizeF& contentSize);

    /// `draw` paints into a rectangle of the given height (device units) at the bottom of the text.
    void setTrailer(double height, std::function<void(QPainter&, const QRectF&)> draw);

    [[nodiscard]] int pageCount() const override;
    void paintPage(QPainter& painter, int page, const QRectF& content) const override;
    [[nodiscard]] const QTextDocument& document() const { return *document_; }

private:
    [[nodiscard]] double usedOnLastPage() const;
    [[nodiscard]] bool trailerOnOwnPage() const;

    std::unique_ptr<QTextDocument> document_;
    QSizeF pageSize_;
    double trailerHeight_ = 0;
    std::function<void(QPainter&, const QRectF&)> trailer_;
};

class FlowSection;

/// Rich text laid out at `width`, as one block of a flow: it moves to the next page whole.
/// `heading` keeps it with the block after it; `attached` puts it right under the block before
/// it, sharing its border (the rows of a table laid out one by one).
struct HtmlBlock {
    enum class Kind { Block, Heading, Attached };
    std::shared_ptr<QTextDocument> document;
    [[nodiscard]] double height() const;
};
HtmlBlock htmlBlock(const QString& html, const PdfStyle& style, double width);
/// Adds `block` to `flow` as `kind`.
void addHtml(FlowSection& flow, const HtmlBlock& block, HtmlBlock::Kind kind = HtmlBlock::Kind::Block);

} // namespace cairn::report::detail
