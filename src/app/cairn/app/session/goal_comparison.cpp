#include "cairn/app/session/goal_comparison.h"

#include <QPromise>
#include <QThreadPool>
#include <algorithm>
#include <cairn/engine/planner.h>
#include <cairn/engine/requirement.h>
#include <chrono>

namespace cairn::app {

std::vector<std::pair<std::string, int>> GoalComparison::skillsNamed(const Catalog& catalog, const std::string& goal) {
    std::vector<std::pair<std::string, int>> out;
    const Goal* g = catalog.findGoal(goal);
    if (!g)
        return out;
    forEachItem(g->requirement, [&](const Requirement& item) {
        if (item.kind != Requirement::Kind::Skill)
            return;
        const auto same = std::find_if(out.begin(), out.end(), [&](const auto& s) { return s.first == item.id; });
        if (same == out.end())
            out.emplace_back(item.id, item.level);
        else
            same->second = std::max(same->second, item.level);
    });
    return out;
}

GoalComparison::Result GoalComparison::compare(const Catalog& catalog, const std::string& firstGoal,
                                               const std::string& secondGoal, std::array<Plan, 2> plans) {
    Result r;
    const auto first = skillsNamed(catalog, firstGoal);
    const auto second = skillsNamed(catalog, secondGoal);
    const auto levelIn = [](const std::vector<std::pair<std::string, int>>& skills, const std::string& id) {
        const auto it = std::find_if(skills.begin(), skills.end(), [&](const auto& s) { return s.first == id; });
        return it == skills.end() ? 0 : it->second;
    };
    for (const auto& [skill, level] : first) {
        const int other = levelIn(second, skill);
        (other > 0 ? r.sharedSkills : r.firstOnlySkills).push_back({skill, level, other});
    }
    for (const auto& [skill, level] : second)
        if (levelIn(first, skill) == 0)
            r.secondOnlySkills.push_back({skill, 0, level});
    const auto inPlan = [](const Plan& p, const std::string& id) {
        return hasPlan(p.status) && std::any_of(p.credentials.begin(), p.credentials.end(),
                                                [&](const PlannedCredential& pc) { return pc.id == id; });
    };
    if (hasPlan(plans[0].status))
        for (const auto& pc : plans[0].credentials)
            if (inPlan(plans[1], pc.id))
                r.sharedCredentials.push_back(pc.id);
    r.plans = std::move(plans);
    return r;
}

GoalComparison::GoalComparison(QObject* parent) : QObject(parent) {
    ticker_.setInterval(100);
    connect(&ticker_, &QTimer::timeout, this, [this] {
        if (run_)
            emit progress(run_->done.load(), run_->nodes.load());
    });
    connect(&watcher_, &QFutureWatcherBase::finished, this, [this] {
        ticker_.stop();
        const QFuture<std::array<Plan, 2>> future = watcher_.future();
        if (!running_ || future.resultCount() == 0)
            return;
        running_ = false;
        const bool stopped = run_ && run_->cancel.load();
        run_.reset();
        result_ = compare(*catalog_, goals_[0], goals_[1], future.result());
        result_.stopped = stopped;
        hasResult_ = true;
        emit finished();
    });
}

GoalComparison::~GoalComparison() {
    // The run holds its own copies of everything it reads; it only needs to stop early.
    if (run_)
        run_->cancel.store(true);
}

void GoalComparison::start(std::shared_ptr<const Catalog> catalog, const Profile& profile, Objective objective,
                           const std::string& firstGoal, const std::string& secondGoal) {
    if (run_)
        run_->cancel.store(true); // outdated now: its result will not be shown
    catalog_ = std::move(catalog);
    goals_ = {firstGoal, secondGoal};
    hasResult_ = false;
    running_ = true;
    auto run = std::make_shared<Run>();
    run_ = run;
    auto promise = std::make_shared<QPromise<std::array<Plan, 2>>>();
    watcher_.setFuture(promise->future());
    promise->start();
    ticker_.start();
    emit progress(0, 0);
    QThreadPool::globalInstance()->start([promise, run, catalog = catalog_, profile, objective, goals = goals_] {
        std::array<Plan, 2> plans;
        for (std::size_t i = 0; i < goals.size(); ++i) {
            PlanRequest request;
            request.goal = goals[i];
            request.objective = objective;
            request.timeLimit = std::chrono::seconds(30);
            request.cancel = &run->cancel;
            request.progress = [&run](long long nodes) { run->nodes.store(nodes); };
            plans[i] = plan(*catalog, profile, request);
            run->nodes.store(0);
            run->done.store(static_cast<int>(i) + 1);
        }
        promise->addResult(std::move(plans));
        promise->finish();
    });
}

void GoalComparison::stop() {
    if (run_)
        run_->cancel.store(true);
}

} // namespace cairn::app
