#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTimer;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;

namespace cairn::app {

class CaseloadModel;
class ClientController;
class PlanningSession;
class SavedPlanWindow;

/// The advisor's caseload: every client with their goal and latest saved plan, searchable; for
/// the chosen client their plan history (what changed between versions, in sentences), their
/// dated notes and who changed what about them (the workspace's audit trail). Opening a client switches the window to
/// them; a saved plan opens in a window of its own and can be used as a template for another client.
class CaseloadPanel : public QWidget {
    Q_OBJECT

public:
    CaseloadPanel(PlanningSession* session, ClientController* controller, QWidget* parent = nullptr);

    [[nodiscard]] CaseloadModel* model() const { return model_; }
    [[nodiscard]] QTableView* table() const { return table_; }
    /// Says how many clients are listed of how many, when not all are.
    [[nodiscard]] QLabel* countLabel() const { return count_; }
    [[nodiscard]] QTreeWidget* history() const { return history_; }
    [[nodiscard]] QListWidget* notes() const { return notes_; }
    /// The client's audit trail: who changed what, when.
    [[nodiscard]] QListWidget* changes() const { return changes_; }
    /// The client whose history and notes are shown, empty when none.
    [[nodiscard]] QString shownClient() const { return shown_; }
    /// The saved plan chosen in the history, empty when none.
    [[nodiscard]] QString selectedPlan() const;

public slots:
    /// Reads the caseload, history and notes again.
    void refresh();
    /// Shows this client's history and notes (and selects them in the list).
    void showClient(const QString& clientId);
    /// Puts the keyboard in the search box, its text selected.
    void focusSearch();
    /// Switches the window to the client chosen in the list.
    void openSelected();
    /// Adds the note typed below the notes; about the chosen saved plan when that box is ticked.
    void addNote();
    /// Asks which client to give the chosen saved plan's inputs to, then does so.
    void useAsTemplate();
    /// Gives `targetClientId` the chosen saved plan's inputs and switches to them; false with a
    /// message when there is no saved plan chosen or it cannot be read.
    bool useAsTemplateFor(const QString& targetClientId);
    /// Opens the saved plan chosen in the history in a window of its own (Enter or a
    /// double-click in the history); an open one is brought to the front. Null when there is
    /// none chosen or it cannot be read (with a message).
    SavedPlanWindow* openSelectedVersion();

signals:
    void message(const QString& text);
    /// The window switched to another client from here.
    void clientOpened(const QString& clientId);

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setUpClientList();
    void setUpHistory();
    void setUpNotes();
    void setUpChanges();
    void layOut();
    /// The narrowest the panel can be with the history, the notes and the changes side by side.
    [[nodiscard]] int sideBySideWidth() const;
    /// Puts the history, the notes and the changes side by side in a splitter, or into three tabs.
    void arrangeDetails(bool sideBySide);
    /// Side by side when the room the panel is shown in holds both boxes, else tabs.
    void arrangeForWidth();
    /// Filters the list by what is typed: the listed rows by every column when the whole
    /// caseload is listed, else the workspace by client name (after a pause in the typing).
    void search(const QString& text);
    /// Searches the workspace for the names holding what is typed, without waiting longer.
    void searchNow();
    /// Whether the caseload is larger than a page (or a name search is on), so that searches go
    /// to the workspace.
    [[nodiscard]] bool searchesByName() const;
    void updateCount();
    void fillHistory();
    void fillNotes();
    void fillChanges();
    /// The currency of the shown client's catalog, as the caseload read it (else the window's).
    [[nodiscard]] std::string shownCurrency() const;
    void updateButtons();

    PlanningSession* session_;
    ClientController* controller_;
    CaseloadModel* model_;
    QSortFilterProxyModel* filter_;
    QLineEdit* search_;
    QTimer* searchDelay_;
    QLabel* count_;
    QTableView* table_;
    QLabel* clientTitle_;
    QTreeWidget* history_;
    QListWidget* notes_;
    QListWidget* changes_;
    QLineEdit* noteEdit_;
    QCheckBox* aboutPlan_;
    QPushButton* addNote_;
    QPushButton* open_;
    QPushButton* template_;
    QPushButton* openVersion_;
    QWidget* historyBox_ = nullptr;
    QWidget* notesBox_ = nullptr;
    QWidget* changesBox_ = nullptr;
    QLabel* historyHeading_ = nullptr;
    QLabel* notesHeading_ = nullptr;
    QLabel* changesHeading_ = nullptr;
    QSplitter* details_ = nullptr;
    QTabWidget* detailsTabs_ = nullptr;
    bool sideBySide_ = false;
    QSplitter* split_ = nullptr;
    QString shown_;
    bool stale_ = true;
};

} // namespace cairn::app
