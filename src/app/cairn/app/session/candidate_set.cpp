#include "cairn/app/session/candidate_set.h"

#include "cairn/app/common/qt_convert.h"
#include "cairn/app/session/planning_session.h"

#include <QFont>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace cairn::app {

namespace {

QString objectiveName(Objective objective) {
    switch (objective) {
    case Objective::Cost:
        return CandidateSet::tr("Cheapest");
    case Objective::Effort:
        return CandidateSet::tr("Fewest hours");
    case Objective::Balanced:
        return CandidateSet::tr("Balanced");
    case Objective::Time:
        return CandidateSet::tr("Soonest");
    case Objective::CostToHold:
        return CandidateSet::tr("Cheapest to hold");
    case Objective::OutOfPocket:
        return CandidateSet::tr("Least out of pocket");
    }
    return {};
}

/// "3 weeks sooner", "5 days later": weeks once the difference is two weeks or more.
QString relativeDays(int days) {
    const int weeks = static_cast<int>(std::lround(std::abs(days) / 7.0));
    if (days >= 14)
        return CandidateSet::tr("%L1 weeks later").arg(weeks);
    if (days <= -14)
        return CandidateSet::tr("%L1 weeks sooner").arg(weeks);
    if (days == 1)
        return CandidateSet::tr("1 day later");
    if (days == -1)
        return CandidateSet::tr("1 day sooner");
    return days > 0 ? CandidateSet::tr("%L1 days later").arg(days) : CandidateSet::tr("%L1 days sooner").arg(-days);
}

} // namespace

CandidateSet::CandidateSet(PlanningSession* session, QObject* parent) : QAbstractTableModel(parent), session_(session) {
    client_ = session_->clientId();
    connect(session_, &PlanningSession::clientChanged, this, &CandidateSet::switchClient);
    connect(session_, &PlanningSession::catalogChanged, this, [this] {
        // Titles shown in the table come from the catalog.
        if (size() > 0)
            emit dataChanged(index(0, 0), index(size() - 1, ColumnCount - 1));
    });
}

void CandidateSet::markSaved(int index) {
    if (index >= 0 && index < size())
        list().items[static_cast<std::size_t>(index)].saved = true;
}

int CandidateSet::unsavedCount() const {
    int count = 0;
    for (const auto& [client, l] : byClient_)
        count += static_cast<int>(
            std::count_if(l.items.begin(), l.items.end(), [](const Candidate& c) { return !c.saved; }));
    return count;
}

const CandidateSet::List& CandidateSet::list() const {
    static const List none;
    const auto it = byClient_.find(client_);
    return it == byClient_.end() ? none : it->second;
}

CandidateSet::List& CandidateSet::list() {
    return byClient_[client_];
}

void CandidateSet::switchClient() {
    if (session_->clientId() == client_)
        return;
    beginResetModel();
    client_ = session_->clientId();
    endResetModel();
    emit candidatesChanged();
}

QString CandidateSet::suggestedName() const {
    const Profile& p = session_->profile();
    QString name = objectiveName(session_->objective());
    if (p.deadline)
        name = tr("%1, by %2").arg(name, QLocale().toString(toQDate(*p.deadline), QStringLiteral("MMM yyyy")));
    if (p.budget)
        name = tr("%1, within %2").arg(name, money(*p.budget, session_->catalog().currency));
    if (p.excluded.size() == 1)
        name = tr("%1, without %2").arg(name, PlanChangeWords::titles(p.excluded, session_->catalog()));
    else if (p.excluded.size() > 1)
        name = tr("%1, without %L2 credentials").arg(name).arg(p.excluded.size());
    if (p.pinned.size() == 1)
        name = tr("%1, with %2").arg(name, PlanChangeWords::titles(p.pinned, session_->catalog()));
    else if (p.pinned.size() > 1)
        name = tr("%1, with %L2 pinned").arg(name).arg(p.pinned.size());
    return name;
}

QString CandidateSet::uniqueName(const QString& wanted, int except) const {
    auto taken = [this, except](const QString& name) {
        for (int i = 0; i < size(); ++i)
            if (i != except && candidates()[static_cast<std::size_t>(i)].name == name)
                return true;
        return false;
    };
    QString name = wanted;
    for (int n = 2; taken(name); ++n)
        name = tr("%1 (%2)").arg(wanted).arg(n);
    return name;
}

int CandidateSet::capture(const QString& name, QString* error) {
    const auto& plan = session_->plan();
    if (!plan || !hasPlan(plan->status)) {
        if (error)
            *error = tr("There is no plan that reaches the goal to keep as a candidate.");
        return -1;
    }
    const QString wanted = name.trimmed().isEmpty() ? suggestedName() : name.trimmed();
    const int row = size();
    beginInsertRows({}, row, row);
    List& l = list();
    l.items.push_back({uniqueName(wanted, -1), captureInputs(*session_), *plan});
    if (l.baseline < 0)
        l.baseline = row;
    endInsertRows();
    // Every other row's differences stay; only the new row is new.
    emit candidatesChanged();
    return row;
}

void CandidateSet::remove(int row) {
    if (row < 0 || row >= size())
        return;
    beginRemoveRows({}, row, row);
    List& l = list();
    l.items.erase(l.items.begin() + row);
    if (l.baseline == row)
        l.baseline = l.items.empty() ? -1 : 0;
    else if (l.baseline > row)
        --l.baseline;
    endRemoveRows();
    if (size() > 0)
        emit dataChanged(index(0, 0), index(size() - 1, ColumnCount - 1));
    emit candidatesChanged();
}

bool CandidateSet::rename(int row, const QString& name) {
    if (row < 0 || row >= size() || name.trimmed().isEmpty())
        return false;
    list().items[static_cast<std::size_t>(row)].name = uniqueName(name.trimmed(), row);
    emit dataChanged(index(row, Name), index(row, Name));
    emit candidatesChanged();
    return true;
}

void CandidateSet::setBaseline(int row) {
    if (row < 0 || row >= size() || row == baseline())
        return;
    list().baseline = row;
    emit dataChanged(index(0, 0), index(size() - 1, ColumnCount - 1));
    emit candidatesChanged();
}

void CandidateSet::adopt(int row) {
    if (row < 0 || row >= size())
        return;
    const Candidate& c = candidates()[static_cast<std::size_t>(row)];
    applyInputs(*session_, c.inputs, tr("Adopt candidate %1").arg(c.name));
}

PlanChange CandidateSet::difference(int row) const {
    if (row < 0 || row >= size() || baseline() < 0)
        return {};
    return comparePlans(candidates()[static_cast<std::size_t>(baseline())].plan,
                        candidates()[static_cast<std::size_t>(row)].plan);
}

int CandidateSet::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : size();
}

int CandidateSet::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CandidateSet::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Candidate");
    case Money:
        return tr("Money");
    case Hours:
        return tr("Hours");
    case Completion:
        return tr("Done by");
    case Credits:
        return tr("Credits");
    case Added:
        return tr("Adds");
    case Removed:
        return tr("Drops");
    default:
        return {};
    }
}

Qt::ItemFlags CandidateSet::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Name)
        f |= Qt::ItemIsEditable;
    return f;
}

bool CandidateSet::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.column() != Name || role != Qt::EditRole)
        return false;
    return rename(index.row(), value.toString());
}

QString CandidateSet::cellText(int row, int column) const {
    const Candidate& c = candidates()[static_cast<std::size_t>(row)];
    const PlanTotals& t = c.plan.totals;
    const std::string& currency = session_->catalog().currency;
    const bool isBaseline = row == baseline();
    const PlanChange d = difference(row);
    switch (column) {
    case Name:
        return isBaseline ? tr("%1 (baseline)").arg(c.name) : c.name;
    case Money:
        return isBaseline
                   ? money(t.cost, currency)
                   : tr("%1 (%2)").arg(money(t.cost, currency), PlanChangeWords::signedMoney(d.costChange, currency));
    case Hours:
        return isBaseline ? QLocale().toString(t.hours, 'f', 0)
                          : tr("%1 (%2)").arg(QLocale().toString(t.hours, 'f', 0),
                                              PlanChangeWords::signedNumber(d.hoursChange));
    case Completion:
        if (isBaseline || d.daysChange == 0)
            return dateText(t.completion);
        return tr("%1 (%2)").arg(dateText(t.completion), relativeDays(d.daysChange));
    case Credits:
        return isBaseline || std::abs(d.creditsChange) < 0.05
                   ? QLocale().toString(t.credits, 'g', 4)
                   : tr("%1 (%2)").arg(QLocale().toString(t.credits, 'g', 4),
                                       PlanChangeWords::signedNumber(d.creditsChange, 1));
    case Added:
        return isBaseline ? QString() : PlanChangeWords::titles(d.added, session_->catalog());
    case Removed:
        return isBaseline ? QString() : PlanChangeWords::titles(d.removed, session_->catalog());
    default:
        return {};
    }
}

QVariant CandidateSet::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= size())
        return {};
    const int row = index.row();
    const Candidate& c = candidates()[static_cast<std::size_t>(row)];
    switch (role) {
    case Qt::DisplayRole:
        return cellText(row, index.column());
    case Qt::EditRole:
        return index.column() == Name ? QVariant(c.name) : QVariant(cellText(row, index.column()));
    case Qt::ToolTipRole:
        if (row == baseline())
            return tr("The baseline: the other candidates are compared with this one.");
        return PlanChangeWords::describe(difference(row), session_->catalog(), c.plan.totals.completion)
            .join(QLatin1Char(' '));
    case Qt::FontRole:
        if (row == baseline()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= Money && index.column() <= Credits)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

} // namespace cairn::app
