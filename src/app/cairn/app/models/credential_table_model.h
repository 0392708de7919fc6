#pragma once

#include "cairn/app/models/row_list_model.h"

#include <QStringList>
#include <string>
#include <vector>

namespace cairn {
struct Catalog;
struct Credential;
} // namespace cairn

namespace cairn::app {

class PlanningSession;

/// Every credential of the session's catalog, one row each, with its status for the current
/// client and plan. Text that is costly to build (skill names) is cached per catalog. A new
/// catalog resets the model; a change of status, pin or exclusion changes the rows it touches,
/// so that selection and scroll position stay where they were.
class CredentialTableModel : public RowListModel {
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
    /// What a row shows of the client and plan: compared to find the rows a change touches.
    struct Marks {
        int status = 0;
        bool pinned = false;
        bool excluded = false;
        bool operator==(const Marks&) const = default;
    };
    struct Row {
        QString id;
        QString title;
        QString provider;
        QString pace;
        QString skills;
        QStringList skillIds;
        QString search;
        Marks marks;
        /// The least a learner pays to start: its own price, or for a credential sold only through
        /// offers the cheapest of them (one period of a subscription), which the tooltip names.
        double entryPrice = 0;
        QString priceTip;
    };
    void rebuild();
    static void priceFromOffers(const Catalog& catalog, const Credential& credential, Row& row);
    void refreshMarks();
    [[nodiscard]] Marks marksOf(const std::string& credentialId) const;

    PlanningSession* session_;
    std::vector<Row> rows_;
};

} // namespace cairn::app
