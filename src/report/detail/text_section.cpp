#include "detail/text_section.h"

#include <QAbstractTextDocumentLayout>
#include <QTextFrame>
#include <QTextFrameFormat>
#include <cmath>

namespace cairn::report::detail {

TextSection::TextSection(const QString& html, const PdfStyle& style, const QSizeF& contentSize)
    : document_(std::make_unique<QTextDocument>()), pageSize_(contentSize) {
    document_->documentLayout()->setPaintDevice(style.device());
    document_->setDefaultFont(style.font(9));
    document_->setUseDesignMetrics(true);
    document_->setDocumentMargin(0);
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

} // namespace cairn::report::detail
