// MainWindow: the plan written out: the PDF report and the CTDL pathway.
#include "cairn/app/common/qt_convert.h"
#include "cairn/app/dialogs/report_preview_dialog.h"
#include "cairn/app/session/planning_session.h"
#include "cairn/app/shell/main_window.h"

#ifdef HAVE_CAIRN_REPORT
#include <cairn/report/pdf_report.h>
#endif

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <cairn/io/ctdl_export.h>
#include <cairn/io/file_access.h>
#include <cairn/text/message_words.h>

namespace cairn::app {

#ifdef HAVE_CAIRN_REPORT
namespace {
/// For a goal of the client's own, what it leaves out, so the report says so as the window does.
void addUntaught(report::ReportInput& input, const PlanningSession& session) {
    const CatalogGoal* built = session.ownGoal(input.plan.goal);
    if (!built)
        return;
    input.untaught = built->untaught;
    for (const OwnGoal& own : session.ownGoals())
        if (own.id == input.plan.goal)
            input.wantedSkills = static_cast<int>(own.goal.skills.size());
}
} // namespace
#endif

void MainWindow::exportReport() {
#ifdef HAVE_CAIRN_REPORT
    const auto& plan = session_->plan();
    if (!plan || !hasPlan(plan->status)) {
        QMessageBox::information(this, tr("Export report"), noReportReason());
        return;
    }
    // The person sees the pages before choosing where to save them.
    // The report words the plan in the window's language (cairn_text).
    report::ReportInput input(session_->catalog(), session_->profile(), *plan);
    input.holdYears = session_->holdYears(); // the cost to hold the summary shows
    addUntaught(input, *session_);
    ReportPreviewDialog preview([&input](QPrinter& printer) { report::paintReport(input, printer); }, this);
    if (preview.exec() != QDialog::Accepted)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export report"), tr("%1 plan.pdf").arg(qs(session_->profile().name)), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = writeReport(path);
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export report"), error);
    else
        showMessage(tr("Wrote %1.").arg(QDir::toNativeSeparators(path)));
#endif
}

void MainWindow::exportCtdlPathway() {
    const auto& plan = session_->plan();
    const Goal* goal = plan ? session_->catalog().findGoal(plan->goal) : nullptr;
    if (!goal) {
        QMessageBox::information(this, tr("Export CTDL pathway"),
                                 session_->goal().empty()
                                     ? tr("There is no pathway to export yet: choose a goal first.")
                                     : tr("There is no pathway to export yet: Cairn is still planning."));
        return;
    }
    // docs/formats.md, "CTDL export": the publisher's fields are the publisher's to add.
    const io::ctdl::PathwayDocument pathway = io::ctdl::pathwayDocument(session_->catalog(), *plan, {});
    if (pathway.refusal) {
        QMessageBox::information(this, tr("Export CTDL pathway"),
                                 tr("This goal asks for credits alone, which a CTDL pathway cannot say."));
        return;
    }
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export CTDL pathway"), qs(goal->title) + QStringLiteral(".jsonld"),
                                     tr("CTDL JSON-LD documents (*.jsonld *.json)"));
    if (path.isEmpty())
        return;
    if (const QString error = text::MessageWords().sentenceIfAny(io::writeFile(pathway.json, path)); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Export CTDL pathway"), error);
        return;
    }
    QMessageBox::information(this, tr("Export CTDL pathway"),
                             tr("Wrote %1. Before publishing it to the Credential Registry, add the publisher "
                                "(ceterms:ownedBy) and web page (ceterms:subjectWebpage) the Registry requires; "
                                "Cairn does not know them.")
                                 .arg(QDir::toNativeSeparators(path)));
}

QString MainWindow::noReportReason() const {
    const auto& plan = session_->plan();
    if (session_->goal().empty())
        return tr("There is no plan to report yet: choose a goal first.");
    if (!plan)
        return tr("There is no plan to report yet: Cairn is still planning.");
    if (plan->status == PlanStatus::Unknown)
        return tr("There is no plan to report: the search stopped before it found one.");
    // The planner's own reason: the budget, the deadline, an exclusion, … whatever it is.
    return plan->reason.empty()
               ? tr("There is no plan to report: no plan reaches this goal.")
               : tr("There is no plan to report: %1")
                     .arg(text::MessageWords(text::Format::user(), &session_->catalog()).sentences(plan->reason));
}

QString MainWindow::writeReport(const QString& path) {
#ifdef HAVE_CAIRN_REPORT
    const auto& plan = session_->plan();
    if (!plan || !hasPlan(plan->status))
        return noReportReason();
    report::ReportInput input(session_->catalog(), session_->profile(), *plan);
    input.holdYears = session_->holdYears();
    addUntaught(input, *session_);
    return report::writePdf(input, path).error;
#else
    Q_UNUSED(path)
    return tr("This build of Cairn cannot write reports.");
#endif
}

} // namespace cairn::app
