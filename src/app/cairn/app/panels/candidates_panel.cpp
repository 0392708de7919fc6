#include "cairn/app/panels/candidates_panel.h"

#include "cairn/app/charts/pareto_chart.h"
#include "cairn/app/data/data_source.h"
#include "cairn/app/dialogs/save_plan_dialog.h"
#include "cairn/app/dialogs/text_prompt.h"
#include "cairn/app/session/candidate_set.h"
#include "cairn/app/session/client_controller.h"
#include "cairn/app/session/planning_session.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <algorithm>

namespace cairn::app {

CandidatesPanel::CandidatesPanel(PlanningSession* session, ClientController* controller, QWidget* parent)
    : QWidget(parent), session_(session), controller_(controller), candidates_(new CandidateSet(session, this)),
      stack_(new QStackedWidget(this)), table_(new QTableView(this)), empty_(new QLabel(this)) {
    auto action = [this](const QString& text, const QString& name, const QString& tip, auto slot) {
        auto* a = new QAction(text, this);
        a->setObjectName(name);
        a->setToolTip(tip);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    capture_ = action(tr("&Keep as candidate…"), QStringLiteral("actionKeepCandidate"),
                      tr("Keep the plan shown now as a candidate to compare with others (Ctrl+K)"),
                      &CandidatesPanel::captureCurrent);
    capture_->setShortcut(QKeySequence(tr("Ctrl+K")));
    capture_->setShortcutContext(Qt::WindowShortcut);
    adopt_ = action(tr("Adopt"), QStringLiteral("actionAdoptCandidate"),
                    tr("Plan again with this candidate's goal, objective and limits (Enter)"),
                    &CandidatesPanel::adoptSelected);
    baseline_ = action(tr("Make baseline"), QStringLiteral("actionCandidateBaseline"),
                       tr("Make this candidate the baseline the others are compared with"),
                       &CandidatesPanel::makeSelectedBaseline);
    rename_ = action(tr("Rename…"), QStringLiteral("actionRenameCandidate"), tr("Rename this candidate (F2)"),
                     &CandidatesPanel::renameSelected);
    remove_ = action(tr("Remove"), QStringLiteral("actionRemoveCandidate"), tr("Remove this candidate (Delete)"),
                     &CandidatesPanel::removeSelected);
    save_ = action(tr("Save to workspace…"), QStringLiteral("actionSaveCandidate"),
                   tr("Save this candidate as the client's next plan version"), &CandidatesPanel::saveSelected);
    remove_->setShortcut(QKeySequence::Delete);
    remove_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(remove_);

    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("candidatesToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setIconSize(QSize(1, 1));
    bar->addAction(capture_);
    bar->addSeparator();
    bar->addActions({adopt_, baseline_, rename_, remove_});
    bar->addSeparator();
    bar->addAction(save_);

    table_->setObjectName(QStringLiteral("candidatesTable"));
    table_->setModel(candidates_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    // F2 renames; Enter and a double-click adopt (activated), so finishing a rename never adopts.
    table_->setEditTriggers(QAbstractItemView::EditKeyPressed);
    table_->setWordWrap(false);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);
    table_->horizontalHeader()->setStretchLastSection(true);
    // Every figure stays whole; a narrow dock scrolls sideways rather than cutting numbers off.
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // A long name is shortened in place (its full text is in the rename editor) so the figures stay in view.
    table_->horizontalHeader()->setSectionResizeMode(CandidateSet::Name, QHeaderView::Interactive);
    connect(table_, &QTableView::activated, this, [this](const QModelIndex& index) {
        candidates_->adopt(index.row());
        emit message(
            tr("Planning with the inputs of \"%1\".").arg(candidates_->candidates()[std::size_t(index.row())].name));
    });

    empty_->setObjectName(QStringLiteral("candidatesEmpty"));
    empty_->setWordWrap(true);
    empty_->setAlignment(Qt::AlignCenter);
    empty_->setText(tr("No candidate plans yet. Keep the plan shown as a candidate (Ctrl+K), change the "
                       "objective, budget, deadline, pins or excludes, and keep another to see them side by side."));
    empty_->setForegroundRole(QPalette::PlaceholderText);
    stack_->addWidget(empty_);
    stack_->addWidget(table_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(stack_, 1);

    connect(candidates_, &CandidateSet::candidatesChanged, this, [this] {
        // Fitted when the names change, not on every selection, so a width set by hand stays.
        if (candidates_->size() > 0) {
            table_->resizeColumnToContents(CandidateSet::Name);
            table_->setColumnWidth(CandidateSet::Name, std::min(table_->columnWidth(CandidateSet::Name), 260));
        }
        updateActions();
    });
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CandidatesPanel::updateActions);
    connect(session_, &PlanningSession::planChanged, this, &CandidatesPanel::updateActions);
    updateActions();
}

void CandidatesPanel::attachChart(ParetoChart* chart) {
    auto show = [this, chart] {
        std::vector<CandidatePoint> points;
        for (const auto& c : candidates_->candidates())
            // Long names would cover the chart: the marker carries a short form, the table the rest.
            points.push_back({table_->fontMetrics().elidedText(c.name, Qt::ElideRight, 150),
                              static_cast<double>(c.plan.totals.weeks), c.plan.totals.cost});
        chart->setCandidates(points);
    };
    connect(candidates_, &CandidateSet::candidatesChanged, chart, show);
    connect(chart, &ParetoChart::candidateChosen, this, [this](int index) {
        selectRow(index);
        candidates_->adopt(index);
    });
    show();
}

int CandidatesPanel::selectedRow() const {
    const auto rows = table_->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.front().row();
}

void CandidatesPanel::selectRow(int row) {
    if (row >= 0 && row < candidates_->size())
        table_->selectRow(row);
}

void CandidatesPanel::updateActions() {
    const int row = selectedRow();
    const bool any = row >= 0;
    stack_->setCurrentWidget(candidates_->size() > 0 ? static_cast<QWidget*>(table_) : empty_);
    const auto& plan = session_->plan();
    capture_->setEnabled(plan && hasPlan(plan->status));
    for (auto* a : {adopt_, rename_, remove_})
        a->setEnabled(any);
    baseline_->setEnabled(any && row != candidates_->baseline());
    save_->setEnabled(any && controller_ && controller_->source()->keepsPlans());
}

void CandidatesPanel::captureCurrent() {
    const auto& plan = session_->plan();
    if (!plan || !hasPlan(plan->status)) {
        emit message(tr("There is no plan that reaches the goal to keep as a candidate."));
        return;
    }
    bool ok = false;
    const QString name =
        askText(this, tr("Keep as candidate"), tr("Name of this candidate:"), candidates_->suggestedName(), &ok);
    if (!ok)
        return;
    QString error;
    const int row = candidates_->capture(name, &error);
    if (row < 0) {
        emit message(error);
        return;
    }
    selectRow(row);
    emit message(tr("Kept \"%1\" as a candidate.").arg(candidates_->candidates()[std::size_t(row)].name));
}

void CandidatesPanel::renameSelected() {
    const int row = selectedRow();
    if (row < 0)
        return;
    table_->edit(candidates_->index(row, CandidateSet::Name));
}

void CandidatesPanel::removeSelected() {
    const int row = selectedRow();
    if (row < 0)
        return;
    candidates_->remove(row);
    selectRow(std::min(row, candidates_->size() - 1));
}

void CandidatesPanel::adoptSelected() {
    const int row = selectedRow();
    if (row < 0)
        return;
    candidates_->adopt(row);
    emit message(tr("Planning with the inputs of \"%1\".").arg(candidates_->candidates()[std::size_t(row)].name));
}

void CandidatesPanel::makeSelectedBaseline() {
    const int row = selectedRow();
    candidates_->setBaseline(row);
    selectRow(row);
}

void CandidatesPanel::saveSelected() {
    const int row = selectedRow();
    if (row < 0 || !controller_)
        return;
    const Candidate& c = candidates_->candidates()[static_cast<std::size_t>(row)];
    // The title and the note are asked together: a note is what the advisor agreed on there and then.
    SavePlanDialog dialog(c.name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString title = dialog.title().isEmpty() ? c.name : dialog.title();
    const QString error = controller_->source()->savePlan(session_->clientId(), session_->profile(), c.inputs, c.plan,
                                                          title, dialog.note());
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Save to workspace"), error);
    else {
        emit message(tr("Saved \"%1\" as the client's next plan version.").arg(title));
        candidates_->markSaved(row);
        emit planSaved();
    }
}

} // namespace cairn::app
