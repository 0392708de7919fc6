#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <vector>

namespace cairn::app {

class PlanningSession;

/// Every credential of the session's catalog, one row each, with its status for the current
/// client and plan. Text that is costly to build (skill names) is cached per catalog.
class CredentialTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        TitleColumn,
        ProviderColumn,
        CostColumn,
        HoursColumn,
        PaceColumn,
        SkillsColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString credential id
        SortRole,                  ///< numbers for numeric columns, text otherwise
        StatusRole,                ///< int CredentialStatus
        SkillIdsRole,              ///< QStringList of skill ids granted
        ProviderRole,              ///< QString
        CostRole,                  ///< double
        HoursRole,                 ///< double
        CohortRole,                ///< bool
        SearchTextRole,            ///< lower-case text the search box matches
    };

    explicit CredentialTableModel(PlanningSession* session, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    /// The row of a credential, or -1.
    [[nodiscard]] int rowOf(const QString& credentialId) const;

private:
    struct Row {
        QString id;
        QString title;
        QString provider;
        QString pace;
        QString skills;
        QStringList skillIds;
        QString search;
    };
    void rebuild();

    PlanningSession* session_;
    std::vector<Row> rows_;
};

} // namespace cairn::app
