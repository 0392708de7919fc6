#pragma once

#include <QWidget>
#include <memory>

class QAction;
class QLabel;

namespace Ui {
class CatalogPanel;
}

namespace cairn::app {

class CredentialFilterModel;
class CredentialTableModel;
class PlanningSession;

/// The catalog dock: every credential in a sortable, filterable table, with a detail pane and
/// the actions that put a credential in or out of the client's plan.
class CatalogPanel : public QWidget {
    Q_OBJECT

public:
    explicit CatalogPanel(PlanningSession* session, QWidget* parent = nullptr);
    ~CatalogPanel() override;

    /// The window's actions on the current credential: shown as buttons and in the context menu.
    void setCredentialActions(QAction* completed, QAction* pin, QAction* exclude, const QList<QAction*>& more);

    /// The credential in the selected, visible row; empty when no row is selected (a filter
    /// that hides the selection leaves nothing for the actions to act on).
    [[nodiscard]] QString currentCredential() const;
    [[nodiscard]] CredentialTableModel* tableModel() const { return model_; }
    [[nodiscard]] CredentialFilterModel* filterModel() const { return filter_; }

public slots:
    /// Selects and shows a credential, clearing filters that hide it.
    void selectCredential(const QString& credentialId);
    void focusSearch();
    void clearFilters();

signals:
    void currentCredentialChanged(const QString& credentialId);

private:
    void fillFilterChoices();
    void applyFilters();
    void showDetails();
    void updateCount();
    /// Tells the window when the selected, visible credential changes, and only then.
    void announceCurrent();
    /// After rows come and go: the chosen credential stays selected while it is visible, and
    /// no other row is selected in its place.
    void keepChosen();

    std::unique_ptr<Ui::CatalogPanel> ui_;
    PlanningSession* session_;
    CredentialTableModel* model_;
    CredentialFilterModel* filter_;
    QList<QAction*> contextActions_;
    QLabel* noMatch_ = nullptr;
    QString announced_;
    QString chosen_;
    bool modelChanging_ = false;
};

} // namespace cairn::app
