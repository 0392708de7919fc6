#include "cairn/app/models/credential_filter_model.h"

#include "cairn/app/models/credential_table_model.h"

namespace cairn::app {

using M = CredentialTableModel;

CredentialFilterModel::CredentialFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(M::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    // Status depends on the plan, which changes under the filter.
    setDynamicSortFilter(true);
}

void CredentialFilterModel::setSearchText(const QString& text) {
    words_ = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    refilter();
}

void CredentialFilterModel::setSkill(const QString& skillId) {
    skill_ = skillId;
    refilter();
}

void CredentialFilterModel::setProvider(const QString& provider) {
    provider_ = provider;
    refilter();
}

void CredentialFilterModel::setMaxCost(std::optional<double> cost) {
    maxCost_ = cost;
    refilter();
}

void CredentialFilterModel::setMaxHours(std::optional<double> hours) {
    maxHours_ = hours;
    refilter();
}

void CredentialFilterModel::setPace(Pace pace) {
    pace_ = pace;
    refilter();
}

void CredentialFilterModel::setStatus(std::optional<int> status) {
    status_ = status;
    refilter();
}

void CredentialFilterModel::refilter() {
    // Qt 6.4 has no begin/endFilterChange; invalidateFilter() re-runs filterAcceptsRow.
    invalidateFilter();
}

bool CredentialFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!words_.isEmpty()) {
        const QString text = index.data(M::SearchTextRole).toString();
        for (const auto& word : words_)
            if (!text.contains(word))
                return false;
    }
    if (!skill_.isEmpty() && !index.data(M::SkillIdsRole).toStringList().contains(skill_))
        return false;
    if (!provider_.isEmpty() && index.data(M::ProviderRole).toString() != provider_)
        return false;
    if (maxCost_ && index.data(M::CostRole).toDouble() > *maxCost_)
        return false;
    if (maxHours_ && index.data(M::HoursRole).toDouble() > *maxHours_)
        return false;
    if (pace_ != Pace::Any && index.data(M::CohortRole).toBool() != (pace_ == Pace::Cohort))
        return false;
    if (status_ && index.data(M::StatusRole).toInt() != *status_)
        return false;
    return true;
}

} // namespace cairn::app
