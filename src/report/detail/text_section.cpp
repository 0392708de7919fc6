#include "detail/text_section.h"

#include "detail/flow_section.h"

#include <QAbstractTextDocumentLayout>
#include <QTextFrame>
#include <QTextFrameFormat>
#include <cmath>

namespace cairn::report::detail {

namespace {
void setUp(QTextDocument& document, const PdfStyle& style) {
    document.documentLayout()->setPaintDevice(style.device());
    document.setDefaultFont(style.font(9));
    document.setUseDesignMetrics(true);
    document.setDocumentMargin(0);
}
} // namespace

TextSection::TextSection(const QString& html, const PdfStyle& style, const QSizeF& contentSize)
    : document_(std::make_unique<QTextDocument>()), pageSize_(contentSize) {
    setUp(*document_, style);
    document_->setHtml(html);
    document_->setPageSize(contentSize);
    QTextFrameFormat root = document_->rootFrame()->frameFormat();
    root.setMargin(0);
    document_->rootFrame()->setFrameFormat(root);
}

void TextSection::setTrailer(double height, std::function<void(QPainter&, const QRectF&)> draw) {
    trailerHeight_ = height;
    trailer_ = std::move(draw);
}

double TextSection::usedOnLastPage() const {
    const double total = document_->documentLayout()->documentSize().height();
    const int pages = document_->pageCount();
    return total - (pages - 1) * pageSize_.height();
}

bool TextSection::trailerOnOwnPage() const {
    return trailer_ && usedOnLastPage() + trailerHeight_ > pageSize_.height();
}

int TextSection::pageCount() const {
    return document_->pageCount() + (trailerOnOwnPage() ? 1 : 0);
}

void TextSection::paintPage(QPainter& painter, int page, const QRectF& content) const {
    const int textPages = document_->pageCount();
    if (page < textPages) {
        painter.save();
        painter.translate(content.left(), content.top() - page * pageSize_.height());
        const QRectF visible(0, page * pageSize_.height(), pageSize_.width(), pageSize_.height());
        painter.setClipRect(visible);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = visible;
        context.palette.setColor(QPalette::Text, PdfStyle::ink());
        document_->documentLayout()->draw(&painter, context);
        painter.restore();
    }
    if (!trailer_)
        return;
    if (trailerOnOwnPage() && page == textPages) {
        trailer_(painter, QRectF(content.left(), content.top(), content.width(), trailerHeight_));
    } else if (!trailerOnOwnPage() && page == textPages - 1) {
        const double top = content.top() + std::ceil(usedOnLastPage());
        trailer_(painter, QRectF(content.left(), top, content.width(), trailerHeight_));
    }
}

double HtmlBlock::height() const {
    return document->documentLayout()->documentSize().height();
}

HtmlBlock htmlBlock(const QString& html, const PdfStyle& style, double width) {
    auto document = std::make_shared<QTextDocument>();
    setUp(*document, style);
    document->setHtml(html);
    QTextFrameFormat root = document->rootFrame()->frameFormat();
    root.setMargin(0);
    document->rootFrame()->setFrameFormat(root);
    document->setTextWidth(width);
    return {std::move(document)};
}

void addHtml(FlowSection& flow, const HtmlBlock& block, HtmlBlock::Kind kind) {
    auto paint = [document = block.document](QPainter& painter, const QRectF& rect) {
        painter.translate(rect.topLeft());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(QPointF(0, 0), rect.size());
        context.palette.setColor(QPalette::Text, PdfStyle::ink());
        document->documentLayout()->draw(&painter, context);
    };
    switch (kind) {
    case HtmlBlock::Kind::Heading:
        flow.addHeading(block.height(), std::move(paint));
        break;
    case HtmlBlock::Kind::Attached:
        flow.addAttachedBlock(block.height(), std::move(paint));
        break;
    case HtmlBlock::Kind::Block:
        flow.addBlock(block.height(), std::move(paint));
        break;
    }
}

} // namespace cairn::report::detail
