#include "cairn/app/charts/chart_export.h"

#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QTextDocumentFragment>
#include <cairn/io/file_access.h>
#include <cairn/text/message_words.h>

namespace cairn::app {

namespace {

// The context is the one lupdate gives the tr() calls in this file, so translations are found.
QString tr(const char* text) {
    return QCoreApplication::translate("cairn::app", text);
}

} // namespace

QString saveChartImage(QChartView* view, const QString& path) {
    const QString where = QDir::toNativeSeparators(path);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        return tr("Charts are saved as PNG or SVG: choose a file name ending in .png or .svg.");
    // Drawn in memory first, then written by the one function that writes every file Cairn saves.
    QByteArray bytes;
    QBuffer out(&bytes);
    out.open(QIODevice::WriteOnly);
    if (suffix == QLatin1String("svg")) {
        // render() lays out a view that was never shown, so a chart off screen draws in full too.
        const QSize size = view->size();
        QSvgGenerator svg;
        svg.setOutputDevice(&out);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        // Chart titles may hold HTML line breaks; the drawing's title is plain text.
        if (view->chart())
            svg.setTitle(QTextDocumentFragment::fromHtml(view->chart()->title()).toPlainText().simplified());
        svg.setDescription(tr("A chart drawn by Cairn"));
        QPainter painter;
        if (!painter.begin(&svg))
            return tr("%1 could not be written: the drawing could not be started.").arg(where);
        view->render(&painter);
        painter.end();
    } else {
        const QImage image = view->grab().toImage();
        if (image.isNull() || !image.save(&out, "PNG"))
            return tr("%1 could not be written: the image could not be encoded.").arg(where);
    }
    out.close();
    return text::MessageWords().sentenceIfAny(io::writeFile(bytes, path));
}

} // namespace cairn::app
