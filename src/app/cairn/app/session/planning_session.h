#pragma once

#include "cairn/app/common/credential_status.h"
#include "cairn/app/goals/own_goal.h"

// moc (Qt 6.4) cannot parse libstdc++'s <compare>, which the engine's date.h includes;
// moc needs none of these declarations, so it does not read them.
#ifndef Q_MOC_RUN
#include <cairn/engine/catalog.h>
#include <cairn/engine/limits.h>
#include <cairn/engine/plan.h>
#include <cairn/engine/planner.h>
#include <cairn/engine/problem.h>
#include <cairn/engine/profile.h>
#include <cairn/engine/skill_goal.h>
#endif

#include <QObject>
#include <QString>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

class QUndoStack;

namespace cairn::app {

/// What the window is working on: the catalog, the client's profile, the goal and objective,
/// and the latest plan. Views read from it and listen to its signals; edits to the profile go
/// through undo commands that call setProfile().
class PlanningSession : public QObject {
    Q_OBJECT

public:
    explicit PlanningSession(QObject* parent = nullptr);
    ~PlanningSession() override;

    /// The catalog as its source keeps it; the session adds the client's own goals to it.
    void setCatalog(Catalog catalog);
    /// Shared so a plan running on another thread keeps its catalog alive across edits.
    [[nodiscard]] std::shared_ptr<const Catalog> catalogPtr() const { return catalog_; }
    /// The catalog planned with: its source's, and the client's own goals over its skills.
    [[nodiscard]] const Catalog& catalog() const { return *catalog_; }
    /// The catalog as its source keeps it, without the client's own goals: what is edited and
    /// exported.
    [[nodiscard]] const Catalog& baseCatalog() const { return *base_; }

    /// The client's own goals, planned for as the catalog's goals are.
    [[nodiscard]] const std::vector<OwnGoal>& ownGoals() const { return ownGoals_; }
    void setOwnGoals(std::vector<OwnGoal> goals);
    /// The own goal `goalId` over the catalog, with the skills no credential teaches; null when
    /// it is not one of the client's own goals.
    [[nodiscard]] const CatalogGoal* ownGoal(const std::string& goalId) const;
    [[nodiscard]] const std::vector<Problem>& problems() const { return problems_; }
    /// What is wrong with the client's profile against the catalog: a stored client whose
    /// figures are out of range is shown with its problems rather than planned with them.
    [[nodiscard]] const std::vector<Problem>& profileProblems() const { return profileProblems_; }

    /// Switches to another client, with their own goals; clears the undo history, which
    /// belongs to one client.
    void setClient(const QString& clientId, Profile profile, std::vector<OwnGoal> ownGoals = {});
    [[nodiscard]] const QString& clientId() const { return clientId_; }
    [[nodiscard]] const Profile& profile() const { return profile_; }
    void setProfile(Profile profile);

    [[nodiscard]] const std::string& goal() const { return goal_; }
    void setGoal(const std::string& goalId);
    [[nodiscard]] Objective objective() const { return objective_; }
    void setObjective(Objective objective);
    /// Years the cost to hold counts renewal fees for (the cost-to-hold objective and the summary).
    [[nodiscard]] int holdYears() const { return holdYears_; }
    void setHoldYears(int years);

    [[nodiscard]] const std::optional<Plan>& plan() const { return plan_; }
    /// `cancelled` when the planner was stopped early and this is its best plan so far.
    void setPlan(std::optional<Plan> plan, bool cancelled = false);
    [[nodiscard]] bool planWasCancelled() const { return planCancelled_; }
    /// Shows a running search's best plan so far; the run's answer replaces it (setPlan).
    void setBestSoFar(Plan plan);
    [[nodiscard]] bool planIsBestSoFar() const { return bestSoFar_; }
    /// The plan this one replaced, when they pay through other offers (an hours change can move
    /// a plan to a shared subscription); empty otherwise. Only finished plans for the same goal
    /// are compared, never a search's best so far.
    [[nodiscard]] const std::optional<Plan>& planSwitchedFrom() const { return switchedFrom_; }

    [[nodiscard]] CredentialStatus status(const std::string& credentialId) const;
    [[nodiscard]] bool isPinned(const std::string& credentialId) const;
    [[nodiscard]] bool isExcluded(const std::string& credentialId) const;
    [[nodiscard]] bool isCompleted(const std::string& credentialId) const;
    [[nodiscard]] bool isPlanned(const std::string& credentialId) const;
    /// What keeps a locked credential from being started now (text::RequirementWords::missing
    /// words each part).
    [[nodiscard]] std::vector<Requirement> missing(const std::string& credentialId) const;
    /// The planned credential with this id, or null.
    [[nodiscard]] const PlannedCredential* planned(const std::string& credentialId) const;
    /// Index of a credential in catalog().credentials, or -1.
    [[nodiscard]] int credentialIndex(const std::string& credentialId) const;

    [[nodiscard]] QUndoStack* undoStack() const { return undo_; }

signals:
    void catalogChanged();
    void clientChanged();
    void profileChanged();
    void goalChanged();
    void objectiveChanged();
    void holdYearsChanged();
    void planChanged();
    /// A finished plan pays through other offers than the one before it (planSwitchedFrom()).
    void offersSwitched();
    /// Any change that should lead to a new plan.
    void planInputsChanged();
    /// The status of some credentials may have changed (profile or plan).
    void statusChanged();

private:
    /// The client's own goals over the base catalog, as the profile stands.
    [[nodiscard]] std::vector<CatalogGoal> buildOwnGoals() const;
    /// Makes the catalog planned with from the base catalog and `built`, and tells the views.
    void applyCatalog(std::vector<CatalogGoal> built);
    /// The catalog planned with, from the base catalog and `built`, with its problems and index;
    /// tells no view (applyCatalog() and setClient() do).
    void composeCatalog(std::vector<CatalogGoal> built);
    void refreshAvailability();
    void refreshProfileProblems();
    void showPlan(std::optional<Plan> plan, bool cancelled, bool bestSoFar);
    /// Compares a finished plan with the finished plan before it (offersSwitched()).
    void settle();
    void forgetSettled();

    std::shared_ptr<const Catalog> catalog_;
    std::shared_ptr<const Catalog> base_;
    std::vector<OwnGoal> ownGoals_;
    std::vector<CatalogGoal> builtGoals_; ///< ownGoals_ over base_, those the catalog does not define itself
    std::vector<Problem> problems_;
    std::vector<Problem> profileProblems_;
    std::unordered_map<std::string, int> credentialIndex_;
    QString clientId_;
    Profile profile_;
    std::string goal_;
    Objective objective_ = Objective::Cost;
    int holdYears_ = limits::kDefaultHoldYears;
    std::optional<Plan> plan_;
    bool planCancelled_ = false;
    bool bestSoFar_ = false;
    std::optional<Plan> settled_;      ///< the latest finished plan
    std::optional<Plan> switchedFrom_; ///< see planSwitchedFrom()
    std::unordered_map<std::string, Availability> availability_;
    std::set<std::string, std::less<>> planned_;
    QUndoStack* undo_;
};

} // namespace cairn::app
