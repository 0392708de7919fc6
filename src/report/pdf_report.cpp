#include "cairn/report/pdf_report.h"

#include "detail/charts.h"
#include "detail/flow_section.h"
#include "detail/pathway_drawing.h"
#include "detail/pdf_style.h"
#include "detail/report_html.h"
#include "detail/text_section.h"
#include "detail/timeline_drawing.h"
#include "detail/wording.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QStringList>
#include <QTextOption>
#include <algorithm>
#include <memory>
#include <vector>

namespace cairn::report {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("cairn::report", text);
}

QPageSize pageSizeFor(const ReportInput& input) {
    switch (input.pageSize) {
    case PageSize::A4:
        return QPageSize(QPageSize::A4);
    case PageSize::Letter:
        return QPageSize(QPageSize::Letter);
    case PageSize::Auto:
        break;
    }
    // The countries that use US Letter paper.
    switch (input.locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::CostaRica:
    case QLocale::Guatemala:
    case QLocale::Philippines:
    case QLocale::PuertoRico:
    case QLocale::Venezuela:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

/// The footer's left part: the data sources, named in full on every page as their licences
/// usually ask, or the report's name when the catalog names none.
QString footerSources(const ReportInput& input) {
    if (input.catalog.attribution.empty())
        return tr("Cairn learning plan");
    QStringList lines;
    for (const std::string& line : input.catalog.attribution)
        lines << detail::q(line);
    return tr("Data: %1").arg(lines.join(QStringLiteral("  ·  ")));
}

/// Where the footer's sources are written: beside the page number, as many lines as they take.
QRectF footerSourcesRect(const detail::PdfStyle& style, const ReportInput& input, double left, double top, double width,
                         int pageCount) {
    const QFontMetricsF small = style.metrics(style.font(7));
    const double pageNumber = small.horizontalAdvance(tr("Page %1 of %2").arg(pageCount).arg(pageCount));
    const double room = width - pageNumber - style.pt(16);
    const QRectF needed = small.boundingRect(QRectF(0, 0, room, 1e6), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                                             footerSources(input));
    return {left, top, room, needed.height()};
}

/// Header and footer of every page, drawn around the content area.
void paintFrame(QPainter& painter, const detail::PdfStyle& style, const ReportInput& input, const QRectF& page,
                const QRectF& content, int pageNumber, int pageCount) {
    using detail::PdfStyle;
    painter.save();
    const double headerBottom = content.top() - style.pt(12);
    const QFont bold = style.font(8, true);
    const QFont small = style.font(7);
    const double line = style.metrics(bold).height();
    const QRectF headerLine(content.left(), headerBottom - 2 * line - style.pt(3), content.width(), line);

    painter.setPen(PdfStyle::ink());
    painter.setFont(bold);
    // The line reads left to right even when the name is written right to left (محمد).
    const QString who = detail::clientName(input) + QStringLiteral("  ·  ") + detail::goalTitle(input);
    const double rightWidth = style.metrics(small).horizontalAdvance(style.date(input.producedOn)) + style.pt(12);
    QTextOption leftToRight(Qt::AlignLeft | Qt::AlignVCenter);
    leftToRight.setTextDirection(Qt::LeftToRight);
    leftToRight.setWrapMode(QTextOption::NoWrap);
    painter.drawText(headerLine.adjusted(0, 0, -rightWidth, 0),
                     style.metrics(bold).elidedText(who, Qt::ElideRight, headerLine.width() - rightWidth), leftToRight);
    painter.setFont(small);
    painter.setPen(PdfStyle::muted());
    painter.drawText(headerLine, Qt::AlignRight | Qt::AlignVCenter, style.date(input.producedOn));
    QString catalog = tr("Catalog: %1").arg(detail::q(input.catalog.name));
    if (!input.catalog.revision.empty())
        catalog += QStringLiteral(" · ") + tr("revision %1").arg(detail::q(input.catalog.revision));
    painter.drawText(headerLine.translated(0, line), Qt::AlignLeft | Qt::AlignVCenter,
                     style.metrics(small).elidedText(catalog, Qt::ElideRight, headerLine.width()));
    painter.setPen(QPen(PdfStyle::rule(), style.pt(0.6)));
    painter.drawLine(QPointF(content.left(), headerBottom), QPointF(content.right(), headerBottom));

    const double footerTop = content.bottom() + style.pt(12);
    painter.drawLine(QPointF(content.left(), footerTop), QPointF(content.right(), footerTop));
    painter.setPen(PdfStyle::muted());
    const QRectF footer(content.left(), footerTop + style.pt(3), content.width(), style.metrics(small).height());
    const QString pageText = tr("Page %1 of %2").arg(pageNumber).arg(pageCount);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, pageText);
    painter.drawText(footerSourcesRect(style, input, footer.left(), footer.top(), footer.width(), pageCount),
                     Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, footerSources(input));
    (void)page;
    painter.restore();
}

/// Everything after the summary page flows on from page to page: the pathway, the timeline,
/// the credentials one row at a time (a row is never split, the header row repeats), the
/// credits, notes and data sources. A page is left part empty only where the next block does
/// not fit on it.
std::unique_ptr<detail::ReportSection> planPages(const ReportInput& input, const detail::PdfStyle& style,
                                                 const QSizeF& content, detail::ChartsBlock charts) {
    using detail::HtmlBlock;
    auto flow = std::make_unique<detail::FlowSection>(content.width(), content.height(), style.pt(28));
    if (charts.paint)
        flow->addBlock(charts.height, std::move(charts.paint));
    if (!input.plan.credentials.empty()) {
        auto pathway = std::make_shared<detail::PathwayDrawing>(input, style, content.width(), content.height());
        pathway->addTo(*flow);
        flow->keep(pathway);
        auto timeline = std::make_shared<detail::TimelineDrawing>(input, style);
        timeline->addTo(*flow);
        flow->keep(timeline);
    }
    const detail::CredentialsTable table = detail::credentialsTable(input, style);
    detail::addHtml(*flow, detail::htmlBlock(table.heading, style, content.width()), HtmlBlock::Kind::Heading);
    if (!table.rows.empty()) {
        const HtmlBlock header = detail::htmlBlock(table.header, style, content.width());
        detail::addHtml(*flow, header, HtmlBlock::Kind::Heading);
        bool first = true;
        for (const QString& row : table.rows) {
            detail::addHtml(*flow, detail::htmlBlock(row, style, content.width()),
                            first ? HtmlBlock::Kind::Block : HtmlBlock::Kind::Attached);
            if (first) // from the second row on, a page the table runs onto starts with its header
                flow->setContinuation(header.height(),
                                      [document = header.document](QPainter& painter, const QRectF& rect) {
                                          painter.translate(rect.topLeft());
                                          QAbstractTextDocumentLayout::PaintContext context;
                                          context.palette.setColor(QPalette::Text, detail::PdfStyle::ink());
                                          document->documentLayout()->draw(&painter, context);
                                      });
            first = false;
        }
        flow->clearContinuation();
    }
    if (!table.footnote.isEmpty())
        detail::addHtml(*flow, detail::htmlBlock(table.footnote, style, content.width()),
                        table.rows.empty() ? HtmlBlock::Kind::Block : HtmlBlock::Kind::Attached);
    for (const QString& part : detail::closingParts(input, style))
        detail::addHtml(*flow, detail::htmlBlock(part, style, content.width()));
    return flow;
}

/// Paints every page on `device`, whose resolution is `resolution` dots per inch and whose page
/// layout is already set: a PDF writer, or a printer for the print preview.
void render(const ReportInput& input, QPagedPaintDevice& writer, int resolution) {
    QPainter painter;
    if (!painter.begin(&writer))
        return;
    const detail::PdfStyle style(&writer, input);
    const QRectF page = writer.pageLayout().fullRectPixels(resolution);
    // Margins in points: generous sides, room for the header and footer. The bottom one grows
    // when the data sources take more than one line, so the footer is never cut.
    const double width = page.width() - 2 * style.pt(50);
    const double footerText = footerSourcesRect(style, input, 0, 0, width, 99).height();
    const double bottom = std::max(style.pt(54), style.pt(12 + 3 + 18) + footerText);
    const QRectF content = page.adjusted(style.pt(50), style.pt(72), -style.pt(50), -bottom);

    std::vector<std::unique_ptr<detail::ReportSection>> sections;
    auto summary = std::make_unique<detail::TextSection>(detail::summaryHtml(input, style), style, content.size());
    // The charts go under the summary when they fit on its last page; else they open the
    // pages that follow, so that neither they nor anything else sits alone on a page.
    detail::ChartsBlock charts;
    if (hasPlan(input.plan.status)) {
        charts = detail::chartsBlock(input, style, content.width());
        const int textPages = summary->pageCount();
        if (charts.paint) {
            summary->setTrailer(charts.height, charts.paint);
            if (summary->pageCount() > textPages)
                summary->setTrailer(0, {});
            else
                charts = {};
        }
    }
    sections.push_back(std::move(summary));
    if (hasPlan(input.plan.status))
        sections.push_back(planPages(input, style, content.size(), std::move(charts)));
    int total = 0;
    for (const auto& s : sections)
        total += s->pageCount();
    int number = 0;
    for (const auto& s : sections) {
        for (int i = 0; i < s->pageCount(); ++i) {
            if (number > 0)
                writer.newPage();
            ++number;
            paintFrame(painter, style, input, page, content, number, total);
            painter.save();
            s->paintPage(painter, i, content);
            painter.restore();
        }
    }
    painter.end();
}

} // namespace

QByteArray renderPdf(const ReportInput& input) {
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return {}; // fonts and painting need the GUI application; writePdf() says so in words
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        // 96 units per inch: CSS lengths in the rich text (padding, borders, margins) are in these
        // units, so this keeps them at their usual size; text and drawing stay vector either way.
        writer.setResolution(96);
        writer.setCreator(QStringLiteral("Cairn"));
        writer.setTitle(tr("Learning plan for %1: %2").arg(detail::clientName(input), detail::goalTitle(input)));
        writer.setPageLayout(QPageLayout(pageSizeFor(input), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        render(input, writer, writer.resolution());
    }
    buffer.close();
    return bytes;
}

void paintReport(const ReportInput& input, QPrinter& printer) {
    printer.setResolution(96);
    printer.setCreator(QStringLiteral("Cairn"));
    printer.setDocName(tr("Learning plan for %1: %2").arg(detail::clientName(input), detail::goalTitle(input)));
    printer.setFullPage(true);
    printer.setPageLayout(QPageLayout(pageSizeFor(input), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    render(input, printer, printer.resolution());
}

Document pdfDocument(const ReportInput& input, const QString& target) {
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Document::refused(
            tr("Cannot write %1: drawing a PDF needs the graphical application to be running.").arg(target));
    QByteArray bytes = renderPdf(input);
    if (bytes.isEmpty())
        return Document::refused(tr("Cannot write %1: the report could not be drawn.").arg(target));
    return Document::of(std::move(bytes));
}

Result writePdf(const ReportInput& input, const QString& path) {
    return saveFile(pdfDocument(input, path), path);
}

} // namespace cairn::report
