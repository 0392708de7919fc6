#pragma once

#include <QWidget>
#include <memory>

class QAction;

namespace Ui {
class CatalogBrowser;
}

namespace cairn::app {

class CredentialFilterModel;
class CredentialTableModel;
class PlanningSession;

/// The catalog dock: every credential in a sortable, filterable table, with a detail pane and
/// the actions that put a credential in or out of the client's plan.
class CatalogBrowser : public QWidget {
    Q_OBJECT

public:
    explicit CatalogBrowser(PlanningSession* session, QWidget* parent = nullptr);
    ~CatalogBrowser() override;

    /// The window's actions on the current credential: shown as buttons and in the context menu.
    void setCredentialActions(QAction* completed, QAction* pin, QAction* exclude, const QList<QAction*>& more);

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

    std::unique_ptr<Ui::CatalogBrowser> ui_;
    PlanningSession* session_;
    CredentialTableModel* model_;
    CredentialFilterModel* filter_;
    QList<QAction*> contextActions_;
};

} // namespace cairn::app
