#include "cairn/app/dialogs/report_preview_dialog.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace cairn::app {

ReportPreviewDialog::ReportPreviewDialog(Painter paint, QWidget* parent)
    : QDialog(parent), printer_(std::make_unique<QPrinter>(QPrinter::HighResolution)), paint_(std::move(paint)) {
    setWindowTitle(tr("Report preview"));
    setObjectName(QStringLiteral("reportPreviewDialog"));
    // A page's shape, as tall as the screen allows, so the buttons below stay on a laptop's screen.
    const QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const QSize room = screen ? screen->availableSize() * 0.9 : QSize(900, 1000);
    resize(QSize(900, 1000).boundedTo(room));
    printer_->setOutputFormat(QPrinter::PdfFormat); // lays out pages without a print system
    preview_ = new QPrintPreviewWidget(printer_.get(), this);
    preview_->setObjectName(QStringLiteral("reportPreview"));
    preview_->setViewMode(QPrintPreviewWidget::SinglePageView);
    preview_->setZoomMode(QPrintPreviewWidget::FitToWidth);
    connect(preview_, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter* printer) { paint_(*printer); });

    auto* buttons = new QDialogButtonBox(this);
    auto* save = buttons->addButton(tr("Save PDF…"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("savePdfButton"));
    save->setDefault(true);
    auto* print = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(save, &QPushButton::clicked, this, [this] {
        emit saveRequested();
        accept();
    });
    connect(print, &QPushButton::clicked, this, [this] {
        QPrinter paper(QPrinter::HighResolution);
        QPrintDialog dialog(&paper, this);
        if (dialog.exec() == QDialog::Accepted)
            paint_(paper);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(preview_, 1);
    layout->addWidget(buttons);
    preview_->updatePreview();
}

ReportPreviewDialog::~ReportPreviewDialog() = default;

int ReportPreviewDialog::pageCount() const {
    return preview_->pageCount();
}

} // namespace cairn::app
