#pragma once

#include <QSortFilterProxyModel>
#include <optional>

namespace cairn::app {

/// The catalog browser's filters: search text, skill, provider, cost and hours limits, pace
/// and status. An empty or unset filter lets every row through.
class CredentialFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    enum class Pace { Any, SelfPaced, Cohort };

    explicit CredentialFilterModel(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    void setSkill(const QString& skillId);
    void setProvider(const QString& provider);
    void setMaxCost(std::optional<double> cost);
    void setMaxHours(std::optional<double> hours);
    void setPace(Pace pace);
    /// An int CredentialStatus, or nullopt for every status.
    void setStatus(std::optional<int> status);

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void refilter();

    QStringList words_;
    QString skill_;
    QString provider_;
    std::optional<double> maxCost_;
    std::optional<double> maxHours_;
    Pace pace_ = Pace::Any;
    std::optional<int> status_;
};

} // namespace cairn::app
