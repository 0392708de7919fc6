#pragma once

// moc (Qt 6.4) cannot parse libstdc++'s <compare>, which the engine's date.h includes;
// moc needs none of these declarations, so it does not read them.
#ifndef Q_MOC_RUN
#include <cairn/engine/catalog.h>
#include <cairn/engine/plan.h>
#include <cairn/engine/profile.h>
#endif

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <array>
#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace cairn::app {

/// Two goals side by side for one client: each planned with the same objective and limits,
/// the skills both goals name and those only one names, and the credentials both plans use.
/// Planning runs on a pool thread; the window never waits for it.
class GoalComparison : public QObject {
    Q_OBJECT

public:
    /// A skill a goal names, at the level it asks for (0 when that goal does not name it).
    struct SkillNeed {
        std::string skill;
        int firstLevel = 0;
        int secondLevel = 0;
        bool operator==(const SkillNeed&) const = default;
    };

    /// What the comparison found. `plans[0]` is the first goal's plan, `plans[1]` the second's.
    struct Result {
        std::array<Plan, 2> plans;
        std::vector<SkillNeed> sharedSkills;        ///< named by both goals, in the first goal's order
        std::vector<SkillNeed> firstOnlySkills;     ///< named by the first goal only
        std::vector<SkillNeed> secondOnlySkills;    ///< named by the second goal only
        std::vector<std::string> sharedCredentials; ///< in both plans, in the first plan's order
        bool stopped = false;                       ///< stopped early: the plans are the best found so far
    };

    /// Compares two plans already made, the first for `firstGoal`, the second for `secondGoal`.
    static Result compare(const Catalog& catalog, const std::string& firstGoal, const std::string& secondGoal,
                          std::array<Plan, 2> plans);
    /// The skills a goal's requirement names, once each at the highest level it asks for, in order.
    static std::vector<std::pair<std::string, int>> skillsNamed(const Catalog& catalog, const std::string& goal);

    explicit GoalComparison(QObject* parent = nullptr);
    ~GoalComparison() override;

    /// Plans both goals for `profile` in the background, stopping any comparison in progress.
    void start(std::shared_ptr<const Catalog> catalog, const Profile& profile, Objective objective,
               const std::string& firstGoal, const std::string& secondGoal);
    /// Stops planning; the best plans found so far are compared.
    void stop();
    [[nodiscard]] bool isRunning() const { return running_; }
    [[nodiscard]] bool hasResult() const { return hasResult_; }
    [[nodiscard]] const Result& result() const { return result_; }
    [[nodiscard]] const std::string& firstGoal() const { return goals_[0]; }
    [[nodiscard]] const std::string& secondGoal() const { return goals_[1]; }

signals:
    /// A few times a second while planning: how many of the two plans are done, and the search
    /// nodes explored for the one in progress.
    void progress(int plansDone, qint64 nodes);
    void finished();

private:
    /// What the pool thread and the window share while a comparison runs.
    struct Run {
        std::atomic<bool> cancel{false};
        std::atomic<int> done{0};
        std::atomic<long long> nodes{0};
    };

    std::shared_ptr<const Catalog> catalog_;
    std::array<std::string, 2> goals_;
    std::shared_ptr<Run> run_;
    QFutureWatcher<std::array<Plan, 2>> watcher_;
    QTimer ticker_;
    Result result_;
    bool running_ = false;
    bool hasResult_ = false;
};

} // namespace cairn::app
