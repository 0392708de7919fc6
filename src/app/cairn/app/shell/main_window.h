#pragma once

#include <QMainWindow>
#include <functional>
#include <memory>

#ifndef Q_MOC_RUN
#include <cairn/engine/skill_goal.h>
#endif

class QDialog;
class QDockWidget;
class QLabel;
class QProgressBar;
class QScrollArea;
class QTimer;
class QToolButton;

namespace Ui {
class MainWindow;
}

namespace cairn::app {

class AppSettings;
class CandidatesPanel;
class CaseloadPanel;
class CatalogPanel;
class ChartsPanel;
class ClientController;
class DataSource;
class EscoLoader;
class GoalPanel;
class IssuesPanel;
class PathwayView;
class PlanScheduler;
class SummaryPanel;
class PlanningSession;
class ProfilePanel;
class TimelineChart;
struct ShortcutEntry;

/// Cairn's window: the client and goal bar on top, the pathway graph and timeline in the
/// middle, the catalog on the right, the plan summary and profile on the left, catalog
/// problems below. Every widget has an objectName so tests can drive it.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(AppSettings& settings, std::unique_ptr<DataSource> source, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Loads the catalog and a client (the last one used, unless named). False with a message
    /// shown in the status bar when the catalog could not be read.
    bool start(const QString& client = {}, const QString& goal = {});

    [[nodiscard]] PlanningSession* session() const { return session_; }
    [[nodiscard]] PlanScheduler* scheduler() const { return scheduler_; }
    [[nodiscard]] ClientController* clients() const { return controller_; }
    [[nodiscard]] QString currentCredential() const { return currentCredential_; }
    [[nodiscard]] ChartsPanel* charts() const { return charts_; }
    [[nodiscard]] CandidatesPanel* candidates() const { return candidates_; }
    [[nodiscard]] CaseloadPanel* caseload() const { return caseload_; }
    /// Writes the current plan as a PDF report to `path`; an error sentence, empty on success.
    QString writeReport(const QString& path);
    /// Why there is no plan to report, in words: no goal, still planning, or the planner's reason.
    [[nodiscard]] QString noReportReason() const;
    /// What Goal → Delete own goal… asks before `goalId` goes: its title, and which saved plans
    /// are for it (they keep it as it was saved). Empty when it is not one of the client's own.
    [[nodiscard]] QString deleteOwnGoalQuestion(const std::string& goalId) const;
    /// Deletes the client's own goal `goalId` without asking, undoably; false with the reason in
    /// the status bar when it could not be deleted.
    bool removeOwnGoal(const std::string& goalId);

public slots:
    /// Makes a credential the current one everywhere: catalog, graph and the action buttons.
    void setCurrentCredential(const QString& credentialId);
    void showTimeline();
    void showPathway();
    void showCharts();
    void showCaseload();
    /// Brings the profile editor to the front of its dock area.
    void showProfile();
    /// The welcome of the first start, also Help → Welcome… (main_window_help.cpp).
    void showWelcome();
    /// Help → User guide: the bundled guide beside the window.
    void showUserGuide();
    /// File → Connect to team workspace…: asks for a server's address and password, tries them,
    /// and once they work asks the application for a window on that workspace.
    void connectToTeamWorkspace();
    /// On a team's workspace (every kConnectionCheckMs): whether the server still answers; once
    /// it does not, says so and tries to connect again at each check, and when that works shows
    /// the team's latest state.
    void checkConnection();
    /// A colleague's changes, heard from a team's server: the client list and the caseload are
    /// read again, and the catalog when they changed it (once no editor is open over it).
    void showTeamChanges();
    /// Reads the catalog again when a colleague changed it, unless a dialog is open: an editor
    /// saves over the version it read, so the catalog under it must not become theirs. It tries
    /// again shortly while one is open.
    void refreshTeamCatalog();
    /// Whether the window has found its server gone and not reached it again yet.
    [[nodiscard]] bool connectionLost() const { return connectionLost_; }

signals:
    /// The person chose another workspace: a server address that was just opened successfully
    /// with `password`, or an empty address for the local workspace. The application replaces
    /// this window with one on it.
    void workspaceChosen(const QString& address, const QString& password);

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    /// How long a passing notice (a catalog switch, a client not found) stays over the status line.
    static constexpr int kNoticeMs = 10000;
    /// How long the window waits for a colleague's burst of changes to end before refreshing.
    static constexpr int kTeamRefreshDelayMs = 400;
    /// How often a window on a team's workspace asks whether the server still answers.
    static constexpr int kConnectionCheckMs = 10000;

    void createViews();
    void createDocks();
    /// The candidate plans dock and the caseload tab (main_window_caseload.cpp).
    void createCandidatesAndCaseload();
    /// On a team's workspace: the client list and caseload follow what colleagues change.
    void followTeamChanges();
    void connectActions();
    /// Help → User guide and Help → Welcome… (main_window_help.cpp).
    void createHelpActions();
    /// Goal → From an occupation…, From a job ad…, Edit own goal… and Delete own goal…
    /// (main_window_goals.cpp).
    void createGoalActions();
    /// Goal → Edit own goal…: the goal planned for, when it is one of the client's own.
    void editOwnGoal();
    /// Goal → Delete own goal…: asks, then removeOwnGoal().
    void deleteOwnGoal();
    /// Opens a dialog that makes a goal; when it is accepted, `goal` gives it to useOwnGoal().
    void openGoalDialog(QDialog* dialog, std::function<SkillGoal()> goal);
    /// Makes `goal` one of the client's own and the goal planned for, undoably, and says what no
    /// credential of the catalog teaches.
    void useOwnGoal(const SkillGoal& goal);
    /// Every keyboard shortcut of the menus and panels, for the guide's table.
    [[nodiscard]] QList<ShortcutEntry> shortcutEntries() const;
    /// The welcome's "Plan for myself": a new client, the goal to choose first.
    void planForMyself();
    void connectPlanning();
    void updateCredentialActions();
    void updateTitle();
    /// The team workspace's address when the window works on a server, else empty.
    [[nodiscard]] QString serverAddress() const;
    /// The status bar's account of the plan shown, or of why there is none.
    void updatePlanStatus();
    void showBestSoFarStatus();
    /// Names the catalog in use in the status bar, and says for a while when it changes.
    void announceCatalog();
    void refreshClientList();
    /// A passing notice for `timeoutMs` over the status line, or with 0 the status line itself
    /// (an error that stays until the next plan's status); a tooltip holds a long text whole.
    void showMessage(const QString& text, int timeoutMs = 6000);
    /// A word on planning.
    void showPlanStatus(const QString& text);

    void newClient();
    void openCatalog();
    void openProfile();
    void saveProfileAs();
    void exportCatalog();
    void exportReport();
    void exportCtdlPathway();
    void editCredential(bool adding);
    void deleteCredential();
    void editSkill(bool adding);
    void deleteSkill();
    /// Asks which skill; empty when the person cancels.
    std::string chooseSkill(const QString& title);
    void about();

    std::unique_ptr<Ui::MainWindow> ui_;
    AppSettings& settings_;
    PlanningSession* session_;
    PlanScheduler* scheduler_;
    ClientController* controller_;
    GoalPanel* goalBar_ = nullptr;
    CatalogPanel* catalogBrowser_ = nullptr;
    ProfilePanel* profileEditor_ = nullptr;
    SummaryPanel* summary_ = nullptr;
    IssuesPanel* issues_ = nullptr;
    PathwayView* pathway_ = nullptr;
    TimelineChart* timeline_ = nullptr;
    ChartsPanel* charts_ = nullptr;
    QDockWidget* catalogDock_ = nullptr;
    QDockWidget* profileDock_ = nullptr;
    QDockWidget* summaryDock_ = nullptr;
    QDockWidget* issuesDock_ = nullptr;
    CandidatesPanel* candidates_ = nullptr;
    CaseloadPanel* caseload_ = nullptr;
    QScrollArea* caseloadPage_ = nullptr;
    QDockWidget* candidatesDock_ = nullptr;
    QLabel* statusText_ = nullptr;
    QLabel* planTime_ = nullptr;
    QLabel* catalogLabel_ = nullptr;
    QString shownCatalog_;
    QProgressBar* busy_ = nullptr;
    QToolButton* cancelButton_ = nullptr;
    QString currentCredential_;
    EscoLoader* esco_ = nullptr; ///< the ESCO data, read on first use by a goal dialog
    bool dockSizesRestored_ = false;
    bool connectionLost_ = false;
    QTimer* catalogRetry_ = nullptr; ///< refreshTeamCatalog() again, once a dialog has closed
};

} // namespace cairn::app
