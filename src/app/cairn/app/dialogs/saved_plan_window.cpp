#include "cairn/app/dialogs/saved_plan_window.h"

#include "cairn/app/charts/timeline_chart.h"
#include "cairn/app/common/qt_convert.h"
#include "cairn/app/data/data_source.h"
#include "cairn/app/panels/summary_panel.h"
#include "cairn/app/pathway/pathway_view.h"
#include "cairn/app/session/plan_change.h"
#include "cairn/app/session/planning_session.h"

#ifdef HAVE_CAIRN_REPORT
#include <cairn/report/csv_export.h>
#include <cairn/report/ics_export.h>
#include <cairn/report/pdf_report.h>
#endif

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cairn::app {

namespace {

#ifdef HAVE_CAIRN_REPORT
/// The report of a plan shown in `session`: for a goal of the client's own, with what it leaves out.
report::ReportInput reportInput(const PlanningSession& session, const Profile& profile, const Plan& plan) {
    report::ReportInput input(session.catalog(), profile, plan);
    if (const CatalogGoal* built = session.ownGoal(plan.goal)) {
        input.untaught = built->untaught;
        for (const OwnGoal& own : session.ownGoals())
            if (own.id == plan.goal)
                input.wantedSkills = static_cast<int>(own.goal.skills.size());
    }
    return input;
}
#endif

QString savedWhen(const QString& iso) {
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs).toLocalTime();
    return at.isValid() ? QLocale().toString(at, QLocale::ShortFormat) : iso;
}

QString versionTitle(const PlanVersionEntry& v) {
    return v.title.isEmpty() ? SavedPlanWindow::tr("Version %1").arg(v.version)
                             : SavedPlanWindow::tr("Version %1: %2").arg(v.version).arg(shown(v.title));
}

} // namespace

SavedPlanWindow::SavedPlanWindow(SavedPlanView saved, PlanningSession* current, QWidget* parent)
    : QDialog(parent), saved_(std::make_unique<SavedPlanView>(std::move(saved))), current_(current),
      shown_(new PlanningSession(this)) {
    setObjectName(QStringLiteral("savedPlanWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    const QString client = qs(saved_->profile.name);
    setWindowTitle(tr("%1, %2 (saved version) — Cairn").arg(client, versionTitle(saved_->entry)));
    // The version's own session: the catalog, the client as saved with their own goals (the one
    // planned for as it was saved) and the plan as saved. Nothing
    // plans with it, so the plan stays the one that was saved.
    shown_->setCatalog(saved_->catalog);
    shown_->setClient(saved_->clientId, saved_->profile, saved_->ownGoals);
    shown_->setObjective(saved_->inputs.objective);
    shown_->setGoal(saved_->inputs.goal);
    shown_->setPlan(saved_->plan);

    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("savedPlanTabs"));
    auto* summary = new SummaryPanel(shown_);
    summary->setObjectName(QStringLiteral("savedPlanSummary"));
    tabs_->addTab(summary, tr("Plan"));
    auto* pathway = new PathwayView(shown_);
    pathway->setObjectName(QStringLiteral("savedPlanPathway"));
    pathway->rebuild();
    tabs_->addTab(pathway, tr("Pathway"));
    auto* timeline = new TimelineChart(shown_);
    timeline->setObjectName(QStringLiteral("savedPlanTimeline"));
    auto* timelineScroll = new QScrollArea;
    timelineScroll->setWidgetResizable(true);
    timelineScroll->setFrameShape(QFrame::NoFrame);
    timelineScroll->setWidget(timeline);
    tabs_->addTab(timelineScroll, tr("Timeline"));
#ifdef HAVE_CAIRN_REPORT
    // The report is drawn when its tab is first shown: typesetting it takes a moment.
    reportPage_ = new QWidget;
    reportPage_->setObjectName(QStringLiteral("savedPlanReportPage"));
    new QVBoxLayout(reportPage_);
    reportPage_->layout()->setContentsMargins(0, 0, 0, 0);
    tabs_->addTab(reportPage_, tr("Report"));
#endif
    auto* comparePage = new QWidget;
    auto* compareLayout = new QVBoxLayout(comparePage);
    comparisonHeading_ = new QLabel(comparePage);
    comparisonHeading_->setWordWrap(true);
    changes_ = new QListWidget(comparePage);
    changes_->setObjectName(QStringLiteral("savedPlanChanges"));
    changes_->setWordWrap(true);
    compareLayout->addWidget(comparisonHeading_);
    compareLayout->addWidget(changes_, 1);
    tabs_->addTab(comparePage, tr("Compared with the current plan"));
    connect(tabs_, &QTabWidget::currentChanged, this, [this](int index) {
        if (tabs_->widget(index) == reportPage_)
            showReport();
    });
    if (current_)
        connect(current_, &PlanningSession::planChanged, this, &SavedPlanWindow::fillComparison);
    fillComparison();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeBanner());
    layout->addWidget(tabs_, 1);
    layout->addWidget(makeButtons());

    // As large as the main window would like, within a laptop's screen.
    const QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const QSize room = screen ? screen->availableSize() * 0.9 : QSize(1100, 800);
    resize(QSize(1100, 800).boundedTo(room));
}

SavedPlanWindow::~SavedPlanWindow() = default;

QString SavedPlanWindow::planId() const {
    return saved_->entry.id;
}

QWidget* SavedPlanWindow::makeBanner() {
    auto* box = new QFrame(this);
    box->setObjectName(QStringLiteral("savedPlanBannerBox"));
    box->setFrameShape(QFrame::StyledPanel);
    box->setAutoFillBackground(true);
    box->setBackgroundRole(QPalette::ToolTipBase);
    box->setForegroundRole(QPalette::ToolTipText);
    banner_ = new QLabel(box);
    banner_->setObjectName(QStringLiteral("savedPlanBanner"));
    banner_->setWordWrap(true);
    banner_->setTextFormat(Qt::RichText);
    banner_->setForegroundRole(QPalette::ToolTipText);
    const PlanVersionEntry& v = saved_->entry;
    QString html = QStringLiteral("<b style='font-size:large'>%1</b><br>%2")
                       .arg(versionTitle(v).toHtmlEscaped(),
                            tr("%1, saved %2 · <b>saved version — not the current plan</b>")
                                .arg(shown(qs(saved_->profile.name)).toHtmlEscaped(), savedWhen(v.savedAt)));
    if (!v.note.isEmpty())
        html += QStringLiteral("<br>%1").arg(tr("Note: %1").arg(v.note.toHtmlEscaped()));
    banner_->setText(html);
    auto* back = new QPushButton(tr("&Back to the current plan"), box);
    back->setObjectName(QStringLiteral("backToCurrentPlan"));
    back->setToolTip(tr("Close this saved version; the window behind shows the current plan"));
    connect(back, &QPushButton::clicked, this, [this] {
        if (parentWidget())
            parentWidget()->activateWindow();
        close();
    });
    auto* row = new QHBoxLayout(box);
    row->addWidget(banner_, 1);
    row->addWidget(back, 0, Qt::AlignTop);
    return box;
}

QWidget* SavedPlanWindow::makeButtons() {
    auto* buttons = new QDialogButtonBox(this);
    auto add = [&](const QString& text, const QString& name, auto slot) {
        auto* b = buttons->addButton(text, QDialogButtonBox::ActionRole);
        b->setObjectName(name);
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
#ifdef HAVE_CAIRN_REPORT
    const bool reachable = hasPlan(saved_->plan.status);
    add(tr("Export &PDF…"), QStringLiteral("savedPlanExportPdf"), [this] {
        exportAs(Export::Pdf);
    })->setEnabled(reachable);
    add(tr("Export C&SV…"), QStringLiteral("savedPlanExportCsv"), [this] { exportAs(Export::Csv); });
    add(tr("Export ca&lendar…"), QStringLiteral("savedPlanExportIcs"), [this] {
        exportAs(Export::Calendar);
    })->setEnabled(reachable);
#endif
    add(tr("C&ompare with the current plan"), QStringLiteral("savedPlanCompare"), &SavedPlanWindow::showComparison);
    auto* close = buttons->addButton(QDialogButtonBox::Close);
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    return buttons;
}

QString SavedPlanWindow::bannerText() const {
    return banner_->text();
}

void SavedPlanWindow::showReport() {
#ifdef HAVE_CAIRN_REPORT
    if (preview_ || !reportPage_)
        return;
    printer_ = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer_->setOutputFormat(QPrinter::PdfFormat); // lays out pages without a print system
    preview_ = new QPrintPreviewWidget(printer_.get(), reportPage_);
    preview_->setObjectName(QStringLiteral("savedPlanReport"));
    preview_->setViewMode(QPrintPreviewWidget::SinglePageView);
    preview_->setZoomMode(QPrintPreviewWidget::FitToWidth);
    connect(preview_, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter* printer) {
        report::ReportInput input = reportInput(*shown_, saved_->profile, saved_->plan);
        input.advisorNotes = reportNotes();
        report::paintReport(input, *printer);
    });
    reportPage_->layout()->addWidget(preview_);
    preview_->updatePreview();
#endif
}

QString SavedPlanWindow::reportNotes() const {
    // A report of an older version says so, for whoever reads it later.
    const QString which =
        tr("This report shows %1, saved %2.").arg(versionTitle(saved_->entry), savedWhen(saved_->entry.savedAt));
    return saved_->entry.note.isEmpty() ? which : which + QStringLiteral("\n\n") + saved_->entry.note;
}

int SavedPlanWindow::reportPages() const {
    return preview_ ? preview_->pageCount() : 0;
}

QStringList SavedPlanWindow::comparison() const {
    const QString client = shown(qs(saved_->profile.name));
    if (!current_ || current_->clientId() != saved_->clientId)
        return {tr("%1 is not the client open in the window; open them to compare this version with their current "
                   "plan.")
                    .arg(client)};
    const auto& plan = current_->plan();
    if (!plan)
        return {tr("There is no current plan to compare with yet.")};
    return PlanChangeWords::describe(comparePlans(saved_->plan, *plan), current_->catalog(), plan->totals.completion);
}

void SavedPlanWindow::fillComparison() {
    const bool comparable = current_ && current_->clientId() == saved_->clientId && current_->plan();
    comparisonHeading_->setText(comparable ? tr("From this saved version to the current plan:") : tr("No comparison:"));
    changes_->clear();
    for (const QString& sentence : comparison())
        new QListWidgetItem(sentence, changes_);
}

void SavedPlanWindow::showComparison() {
    fillComparison();
    tabs_->setCurrentIndex(tabs_->count() - 1);
}

QString SavedPlanWindow::exportTo(Export format, const QString& path) const {
#ifdef HAVE_CAIRN_REPORT
    switch (format) {
    case Export::Pdf: {
        report::ReportInput input = reportInput(*shown_, saved_->profile, saved_->plan);
        input.advisorNotes = reportNotes();
        return report::writePdf(input, path).error;
    }
    case Export::Csv:
        return report::writeCsv(shown_->catalog(), saved_->plan, path).error;
    case Export::Calendar:
        return report::writeIcs(shown_->catalog(), saved_->plan, path).error;
    }
    return {};
#else
    Q_UNUSED(format)
    Q_UNUSED(path)
    return tr("This build of Cairn cannot write reports.");
#endif
}

void SavedPlanWindow::exportAs(Export format) {
    const QString base = tr("%1 plan version %2").arg(qs(saved_->profile.name)).arg(saved_->entry.version);
    const QString title = format == Export::Pdf   ? tr("Export report")
                          : format == Export::Csv ? tr("Export CSV")
                                                  : tr("Export calendar");
    const QString filter = format == Export::Pdf   ? tr("PDF documents (*.pdf)")
                           : format == Export::Csv ? tr("CSV files (*.csv)")
                                                   : tr("iCalendar files (*.ics)");
    const QString suffix = format == Export::Pdf   ? QStringLiteral(".pdf")
                           : format == Export::Csv ? QStringLiteral(".csv")
                                                   : QStringLiteral(".ics");
    const QString path = QFileDialog::getSaveFileName(this, title, base + suffix, filter);
    if (path.isEmpty())
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = exportTo(format, path);
    QGuiApplication::restoreOverrideCursor();
    if (!error.isEmpty())
        QMessageBox::warning(this, title, error);
    else
        QMessageBox::information(this, title, tr("Wrote %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace cairn::app
