#include "cairn/app/models/caseload_model.h"

#include "cairn/app/common/qt_convert.h"
#include "cairn/app/session/client_controller.h"
#include "cairn/app/session/plan_inputs.h"
#include "cairn/app/session/planning_session.h"
#include "cairn/app/undo/own_goal_command.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QUndoStack>
#include <algorithm>
#include <iterator>

namespace cairn::app {

CaseloadModel::CaseloadModel(PlanningSession* session, QObject* parent) : RowListModel(parent), session_(session) {}

void CaseloadModel::reload(DataSource& source) {
    source_ = &source;
    const int listed = std::max(kPageSize, static_cast<int>(entries_.size()));
    show(source.caseloadPage(search_, 0, listed));
}

void CaseloadModel::show(const CaseloadPage& page) {
    // A view (or a model tester) asks canFetchMore() as each row goes in: not until all are in.
    syncing_ = true;
    total_ = page.total;
    syncRows(entries_, page.entries, [](const CaseloadEntry& a, const CaseloadEntry& b) { return a.id == b.id; });
    syncing_ = false;
}

void CaseloadModel::setNameSearch(DataSource& source, const QString& text) {
    if (text == search_ && source_ == &source)
        return;
    search_ = text;
    source_ = &source;
    show(source.caseloadPage(search_, 0, kPageSize));
}

bool CaseloadModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && source_ && !syncing_ && isPartial();
}

void CaseloadModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    CaseloadPage page = source_->caseloadPage(search_, static_cast<int>(entries_.size()), kPageSize);
    total_ = page.total;
    // A client added or removed meanwhile shifts the pages by one: a client on both is kept once.
    std::erase_if(page.entries, [this](const CaseloadEntry& e) { return rowOf(e.id) >= 0; });
    if (page.entries.empty()) { // the list shrank meanwhile: asking again would bring nothing new
        total_ = static_cast<int>(entries_.size());
        return;
    }
    const int first = static_cast<int>(entries_.size());
    syncing_ = true; // a view may ask for more from inside the signals: this page first
    beginInsertRows({}, first, first + static_cast<int>(page.entries.size()) - 1);
    std::move(page.entries.begin(), page.entries.end(), std::back_inserter(entries_));
    endInsertRows();
    syncing_ = false;
}

int CaseloadModel::rowOf(const QString& clientId) const {
    for (std::size_t i = 0; i < entries_.size(); ++i)
        if (entries_[i].id == clientId)
            return static_cast<int>(i);
    return -1;
}

bool CaseloadModel::applyTemplate(ClientController& controller, PlanningSession& session, const QString& planId,
                                  const QString& targetClientId, QString* error) {
    auto inputs = controller.source()->planInputs(planId, error);
    if (!inputs)
        return false;
    // "own:N" names a goal of the plan's client: another client has their own "own:N" or none, and
    // the goal may have been deleted since. The goal as the plan saved it goes with the template.
    std::optional<SkillGoal> kept;
    bool otherClient = false;
    if (inputs->goal.starts_with("own:")) {
        auto saved = controller.source()->savedPlan(planId, session.baseCatalog(), error);
        if (!saved)
            return false;
        otherClient = saved->clientId != targetClientId;
        for (const OwnGoal& g : saved->ownGoals)
            if (g.id == inputs->goal)
                kept = g.goal;
    }
    if (session.clientId() != targetClientId && !controller.selectClient(targetClientId, error))
        return false;
    const QString step = tr("Use a saved plan as a template");
    if (!kept || (!otherClient && session.ownGoal(inputs->goal))) {
        applyInputs(session, *inputs, step);
        return true;
    }
    const SkillGoal carried = *kept;
    session.undoStack()->beginMacro(step);
    const auto& theirs = session.ownGoals();
    const auto same = std::find_if(theirs.begin(), theirs.end(), [&](const OwnGoal& g) { return g.goal == carried; });
    inputs->goal = same != theirs.end() ? same->id : OwnGoalCommand::push(&session, &controller, carried, error);
    if (!inputs->goal.empty())
        applyInputs(session, *inputs, step);
    session.undoStack()->endMacro();
    return !inputs->goal.empty();
}

QString CaseloadModel::goalTitle(const std::string& goal) const {
    if (goal.empty())
        return tr("No goal chosen");
    const cairn::Goal* g = session_->catalog().findGoal(goal);
    return g ? shown(g->title) : qs(goal);
}

int CaseloadModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(entries_.size());
}

int CaseloadModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Client");
    case Goal:
        return tr("Goal");
    case Status:
        return tr("Latest plan");
    case Completion:
        return tr("Done by");
    case Money:
        return tr("Money");
    case Owner:
        return tr("Advisor");
    default:
        return {};
    }
}

bool CaseloadModel::hasOwners() const {
    for (const CaseloadEntry& e : entries_)
        if (e.owner != entries_.front().owner)
            return true;
    return false;
}

QVariant CaseloadModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const CaseloadEntry& e = entries_[static_cast<std::size_t>(index.row())];
    if (role == ClientIdRole)
        return e.id;
    if (role == Qt::TextAlignmentRole && index.column() == Money)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && e.status) {
        const QDateTime saved = QDateTime::fromString(e.savedAt, Qt::ISODateWithMs).toLocalTime();
        return (e.savedPlans == 1 ? tr("One saved plan version, saved %1.")
                                  : tr("%L1 saved plan versions; the latest saved %2.").arg(e.savedPlans))
            .arg(QLocale().toString(saved, QLocale::ShortFormat));
    }
    if (role == Qt::ForegroundRole && !e.status && index.column() >= Status)
        return QVariant::fromValue(QGuiApplication::palette().brush(QPalette::PlaceholderText));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return shown(e.name);
    case Goal:
        return e.goalTitle.isEmpty() ? goalTitle(e.goal) : shown(e.goalTitle);
    case Status:
        if (!e.status)
            return tr("No saved plan");
        switch (*e.status) {
        case PlanStatus::Optimal:
            return tr("Optimal");
        case PlanStatus::Feasible:
            return tr("Feasible, not proven best");
        case PlanStatus::Infeasible:
            return tr("Goal out of reach");
        case PlanStatus::Unknown:
            return tr("No plan found in time");
        }
        return {};
    case Completion:
        return e.completion && e.status && hasPlan(*e.status) ? dateText(*e.completion) : QString();
    case Money:
        return e.status && hasPlan(*e.status)
                   ? money(e.cost, e.currency.empty() ? session_->catalog().currency : e.currency)
                   : QString();
    case Owner:
        return e.owner;
    default:
        return {};
    }
}

} // namespace cairn::app
