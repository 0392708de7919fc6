#include "cairn/app/models/caseload_model.h"

#include "cairn/app/common/qt_convert.h"
#include "cairn/app/session/client_controller.h"
#include "cairn/app/session/plan_inputs.h"
#include "cairn/app/session/planning_session.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace cairn::app {

CaseloadModel::CaseloadModel(PlanningSession* session, QObject* parent) : RowListModel(parent), session_(session) {}

void CaseloadModel::reload(DataSource& source) {
    syncRows(entries_, source.caseload(), [](const CaseloadEntry& a, const CaseloadEntry& b) { return a.id == b.id; });
}

int CaseloadModel::rowOf(const QString& clientId) const {
    for (std::size_t i = 0; i < entries_.size(); ++i)
        if (entries_[i].id == clientId)
            return static_cast<int>(i);
    return -1;
}

bool CaseloadModel::applyTemplate(ClientController& controller, PlanningSession& session, const QString& planId,
                                  const QString& targetClientId, QString* error) {
    const auto inputs = controller.source()->planInputs(planId, error);
    if (!inputs)
        return false;
    if (session.clientId() != targetClientId && !controller.selectClient(targetClientId, error))
        return false;
    applyInputs(session, *inputs, tr("Use a saved plan as a template"));
    return true;
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
    default:
        return {};
    }
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
    default:
        return {};
    }
}

} // namespace cairn::app
