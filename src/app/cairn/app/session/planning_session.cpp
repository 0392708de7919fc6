#include "cairn/app/session/planning_session.h"

#include <QUndoStack>
#include <algorithm>
#include <cairn/engine/plan_diff.h>
#include <cairn/engine/validation.h>

namespace cairn::app {

namespace {
bool contains(const std::vector<std::string>& list, const std::string& id) {
    return std::find(list.begin(), list.end(), id) != list.end();
}
} // namespace

PlanningSession::PlanningSession(QObject* parent)
    : QObject(parent), catalog_(std::make_shared<const Catalog>()), base_(catalog_), undo_(new QUndoStack(this)) {}

PlanningSession::~PlanningSession() = default;

void PlanningSession::setCatalog(Catalog catalog) {
    base_ = std::make_shared<const Catalog>(std::move(catalog));
    applyCatalog(buildOwnGoals());
}

void PlanningSession::setOwnGoals(std::vector<OwnGoal> goals) {
    if (goals == ownGoals_)
        return;
    ownGoals_ = std::move(goals);
    applyCatalog(buildOwnGoals());
}

const CatalogGoal* PlanningSession::ownGoal(const std::string& goalId) const {
    for (const CatalogGoal& built : builtGoals_)
        if (built.goal.id == goalId)
            return &built;
    return nullptr;
}

std::vector<CatalogGoal> PlanningSession::buildOwnGoals() const {
    std::vector<CatalogGoal> built;
    for (const OwnGoal& own : ownGoals_)
        if (!base_->findGoal(own.id)) // a goal the catalog defines itself keeps its meaning
            built.push_back(catalogGoal(*base_, profile_, own.goal, own.id));
    return built;
}

void PlanningSession::applyCatalog(std::vector<CatalogGoal> built) {
    composeCatalog(std::move(built));
    plan_.reset();
    forgetSettled();
    planned_.clear();
    refreshAvailability();
    refreshProfileProblems();
    emit catalogChanged();
    emit planChanged();
    emit statusChanged();
    emit planInputsChanged();
}

void PlanningSession::composeCatalog(std::vector<CatalogGoal> built) {
    builtGoals_ = std::move(built);
    if (builtGoals_.empty()) {
        catalog_ = base_;
    } else {
        Catalog composed = *base_;
        for (const CatalogGoal& g : builtGoals_)
            composed.goals.push_back(g.goal);
        catalog_ = std::make_shared<const Catalog>(std::move(composed));
    }
    problems_ = validate(*catalog_);
    credentialIndex_.clear();
    credentialIndex_.reserve(catalog_->credentials.size());
    for (std::size_t i = 0; i < catalog_->credentials.size(); ++i)
        credentialIndex_.emplace(catalog_->credentials[i].id, static_cast<int>(i));
    if (!goal_.empty() && !catalog_->findGoal(goal_))
        goal_.clear();
}

void PlanningSession::setClient(const QString& clientId, Profile profile, std::vector<OwnGoal> ownGoals) {
    clientId_ = clientId;
    profile_ = std::move(profile);
    undo_->clear();
    // Their own goals are planned over the catalog as this client's profile has it. The catalog
    // is composed here without telling the views: the one pass below refreshes and tells them.
    const bool recompose = ownGoals != ownGoals_ || !ownGoals.empty();
    if (recompose) {
        ownGoals_ = std::move(ownGoals);
        composeCatalog(buildOwnGoals());
    }
    // The plan was the previous client's: no view may show it as this client's.
    plan_.reset();
    forgetSettled();
    planCancelled_ = false;
    planned_.clear();
    refreshAvailability();
    refreshProfileProblems();
    if (recompose)
        emit catalogChanged();
    emit clientChanged();
    emit profileChanged();
    emit planChanged();
    emit statusChanged();
    emit planInputsChanged();
}

void PlanningSession::setProfile(Profile profile) {
    if (profile == profile_)
        return;
    profile_ = std::move(profile);
    // What the profile holds or excludes changes what an own goal can ask of the catalog.
    if (!ownGoals_.empty()) {
        std::vector<CatalogGoal> built = buildOwnGoals();
        const bool changed = !std::equal(
            built.begin(), built.end(), builtGoals_.begin(), builtGoals_.end(),
            [](const CatalogGoal& a, const CatalogGoal& b) { return a.goal == b.goal && a.untaught == b.untaught; });
        if (changed)
            applyCatalog(std::move(built));
    }
    refreshAvailability();
    refreshProfileProblems();
    emit profileChanged();
    emit statusChanged();
    emit planInputsChanged();
}

void PlanningSession::setGoal(const std::string& goalId) {
    if (goalId == goal_)
        return;
    goal_ = goalId;
    profile_.goal = goalId; // the profile carries the goal when it is saved
    if (goal_.empty()) {
        plan_.reset();
        planned_.clear();
        emit planChanged();
        emit statusChanged();
    }
    emit goalChanged();
    emit planInputsChanged();
}

void PlanningSession::setObjective(Objective objective) {
    if (objective == objective_)
        return;
    objective_ = objective;
    emit objectiveChanged();
    emit planInputsChanged();
}

void PlanningSession::setBestSoFar(Plan plan) {
    showPlan(std::move(plan), false, true);
}

void PlanningSession::setHoldYears(int years) {
    years = std::clamp(years, limits::kMinHoldYears, limits::kMaxHoldYears);
    if (years == holdYears_)
        return;
    holdYears_ = years;
    emit holdYearsChanged();
    emit planInputsChanged(); // the cost to hold, and with that objective the plan, change
}

void PlanningSession::setPlan(std::optional<Plan> plan, bool cancelled) {
    showPlan(std::move(plan), cancelled, false);
}

void PlanningSession::showPlan(std::optional<Plan> plan, bool cancelled, bool bestSoFar) {
    plan_ = std::move(plan);
    planCancelled_ = cancelled;
    bestSoFar_ = bestSoFar;
    planned_.clear();
    if (plan_)
        for (const auto& pc : plan_->credentials)
            planned_.insert(pc.id);
    const bool finished = !cancelled && !bestSoFar && plan_ && hasPlan(plan_->status);
    switchedFrom_.reset(); // it explains the plan shown, and only that one
    if (finished)
        settle();
    emit planChanged();
    emit statusChanged();
    if (finished && switchedFrom_)
        emit offersSwitched();
}

void PlanningSession::settle() {
    if (settled_ && settled_->goal == plan_->goal && !diffPlans(*settled_, *plan_).sameOffers())
        switchedFrom_ = std::move(settled_);
    settled_ = plan_;
}

void PlanningSession::forgetSettled() {
    settled_.reset();
    switchedFrom_.reset();
}

CredentialStatus PlanningSession::status(const std::string& credentialId) const {
    if (isCompleted(credentialId))
        return CredentialStatus::Completed;
    if (planned_.count(credentialId))
        return CredentialStatus::Planned;
    const auto it = availability_.find(credentialId);
    if (it == availability_.end())
        return CredentialStatus::Locked;
    switch (it->second.state) {
    case Availability::State::Completed:
        return CredentialStatus::Completed;
    case Availability::State::Open:
        return CredentialStatus::Open;
    case Availability::State::Locked:
        break;
    }
    return CredentialStatus::Locked;
}

bool PlanningSession::isPinned(const std::string& id) const {
    return contains(profile_.pinned, id);
}
bool PlanningSession::isExcluded(const std::string& id) const {
    return contains(profile_.excluded, id);
}
bool PlanningSession::isCompleted(const std::string& id) const {
    return contains(profile_.completed, id);
}
bool PlanningSession::isPlanned(const std::string& id) const {
    return planned_.count(id) > 0;
}

std::vector<Requirement> PlanningSession::missing(const std::string& credentialId) const {
    const auto it = availability_.find(credentialId);
    return it == availability_.end() ? std::vector<Requirement>{} : it->second.missing;
}

const PlannedCredential* PlanningSession::planned(const std::string& credentialId) const {
    if (!plan_)
        return nullptr;
    for (const auto& pc : plan_->credentials)
        if (pc.id == credentialId)
            return &pc;
    return nullptr;
}

int PlanningSession::credentialIndex(const std::string& credentialId) const {
    const auto it = credentialIndex_.find(credentialId);
    return it == credentialIndex_.end() ? -1 : it->second;
}

void PlanningSession::refreshAvailability() {
    availability_.clear();
    if (catalog_->credentials.empty())
        return;
    for (auto& a : availability(*catalog_, profile_))
        availability_.emplace(a.credential, std::move(a));
}

void PlanningSession::refreshProfileProblems() {
    profileProblems_ = validateProfile(*catalog_, profile_);
}

} // namespace cairn::app
