#include "detail/schedule.h"

#include "cairn/engine/limits.h"

#include <algorithm>

namespace cairn::detail {

namespace {

/// Capacity per week, split into what cohorts reserve and what self-paced work has used.
class WeekBook {
public:
    explicit WeekBook(Amount perWeek) : perWeek_(perWeek) {}

    Amount perWeek() const { return perWeek_; }
    Amount reserved(int w) { return at(reserved_, w); }
    Amount used(int w) { return at(used_, w); }
    Amount idle(int w) { return at(idle_, w); }
    Amount free(int w) { return perWeek_ - reserved(w) - used(w) - idle(w); }
    /// Time that passes unused while self-paced work waits for a prerequisite to finish.
    void wait(int w, Amount a) { at(idle_, w) += a; }
    void reserve(int w, Amount a) { at(reserved_, w) += a; }
    void use(int w, Amount a) { at(used_, w) += a; }
    std::size_t weeks() const { return std::max(reserved_.size(), used_.size()); }
    Amount load(int w) { return reserved(w) + used(w); }

private:
    Amount& at(std::vector<Amount>& v, int w) {
        if (static_cast<std::size_t>(w) >= v.size())
            v.resize(static_cast<std::size_t>(w) + 1, 0);
        return v[static_cast<std::size_t>(w)];
    }
    Amount perWeek_;
    std::vector<Amount> reserved_, used_, idle_;
};

/// The day within week `w` at which `filled` of the week's `capacity` is reached (rounded up).
int dayInWeek(int w, Amount filled, Amount capacity) {
    if (capacity <= 0)
        return 7 * w + 6;
    const Amount d = (7 * filled + capacity - 1) / capacity; // 0..7
    return 7 * w + static_cast<int>(std::max<Amount>(d, 1)) - 1;
}

} // namespace

int horizonDay(const PlanningProblem& p) {
    // Clamped to the span of valid dates, so that even a start date validation would refuse
    // cannot stretch the horizon.
    const int span = limits::lastDate().days() - limits::firstDate().days();
    return std::clamp(limits::lastDate().days() - p.start.days(), 0, span);
}

bool canFinishBy(const PlanningProblem& p, int local, int day) {
    if (!p.credentials[static_cast<std::size_t>(local)].cohort)
        return true;
    const Schedule alone = schedule(p, {local}, {{}});
    return alone.feasible && alone.completionDay <= day;
}

namespace {

Message pastHorizon() {
    return {Message::Code::PastLastDate, {arg::date(limits::lastDate())}};
}

Schedule fail(Schedule& s, Message problem) {
    s.feasible = false;
    s.problem = std::move(problem);
    return std::move(s);
}

/// Usable start days (offsets from the plan's start) of a cohort credential, ascending.
std::vector<int> startDays(const PlanningProblem& p, const CredentialLocal& c) {
    std::vector<int> days;
    for (const Date& d : p.catalog->credentials[static_cast<std::size_t>(c.catalogIndex)].pace.starts)
        if (d >= p.start)
            days.push_back(d.days() - p.start.days());
    std::sort(days.begin(), days.end());
    return days;
}

/// One placement: cohorts at their chosen (or next fitting) start, then self-paced study in
/// order around them. `chosen[i]` is an index into startDays() for cohort position i.
Schedule placeAll(const PlanningProblem& p, const std::vector<int>& order,
                  const std::vector<std::vector<int>>& reliesOn, std::vector<std::size_t>& chosen) {
    Schedule s;
    s.items.resize(order.size());
    WeekBook book(p.hoursPerWeek);
    const int horizon = horizonDay(p);
    const int lastWeek = horizon / 7;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const CredentialLocal& c = p.credentials[static_cast<std::size_t>(order[i])];
        s.items[i].local = order[i];
        if (!c.cohort)
            continue;
        s.exact = false;
        const Credential& cred = p.catalog->credentials[static_cast<std::size_t>(c.catalogIndex)];
        const int weeks = std::max(1, cred.pace.weeks);
        const Amount share = (c.hours + weeks - 1) / weeks;
        const std::vector<int> days = startDays(p, c);
        bool placed = false;
        for (std::size_t k = chosen[i]; k < days.size() && !placed; ++k) {
            if (static_cast<long long>(days[k]) + 7LL * weeks - 1 > horizon)
                break; // later starts end later still
            const int w0 = days[k] / 7;
            bool fits = true;
            for (int w = w0; w < w0 + weeks && fits; ++w)
                fits = book.free(w) >= share;
            if (!fits)
                continue;
            for (int w = w0; w < w0 + weeks; ++w)
                book.reserve(w, share);
            chosen[i] = k;
            s.items[i].startDay = days[k];
            s.items[i].endDay = days[k] + 7 * weeks - 1;
            placed = true;
        }
        if (!placed) {
            s.feasible = false;
            s.problem = {Message::Code::NoCohortStart, {arg::text(cred.title)}};
            return s;
        }
    }

    // Self-paced work runs as one sequence; `week` is the week the sequence has got to.
    int week = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const CredentialLocal& c = p.credentials[static_cast<std::size_t>(order[i])];
        if (c.cohort)
            continue;
        ScheduledCredential& item = s.items[i];
        // Self-paced prerequisites come earlier in the same sequence, so a self-paced
        // credential only waits for the cohorts it relies on.
        int readyDay = 0;
        for (int dep : reliesOn[i])
            if (p.credentials[static_cast<std::size_t>(order[static_cast<std::size_t>(dep)])].cohort)
                readyDay = std::max(readyDay, s.items[static_cast<std::size_t>(dep)].endDay + 1);
        if (readyDay > horizon)
            return fail(s, pastHorizon());
        const int readyWeek = readyDay / 7;
        if (readyWeek > week || (readyWeek == week && readyDay % 7 != 0)) {
            const Amount atReady = p.hoursPerWeek * (readyDay % 7) / 7; // capacity gone in that week
            week = std::max(week, readyWeek);
            const Amount gone = book.reserved(week) + book.used(week) + book.idle(week);
            if (gone < atReady)
                book.wait(week, atReady - gone);
        }
        if (c.hours <= 0) {
            // Nothing to study: done the moment the sequence gets to it.
            const Amount gone = p.hoursPerWeek - book.free(week);
            item.startDay = item.endDay =
                std::max(readyDay, gone > 0 ? dayInWeek(week, gone, p.hoursPerWeek) : 7 * week);
            continue;
        }
        while (week <= lastWeek && book.free(week) <= 0)
            ++week;
        if (week > lastWeek)
            return fail(s, pastHorizon());
        item.startDay = dayInWeek(week, p.hoursPerWeek - book.free(week) + 1, p.hoursPerWeek);
        Amount left = c.hours;
        while (left > 0) {
            const Amount room = book.free(week);
            if (room <= 0) {
                if (++week > lastWeek)
                    return fail(s, pastHorizon());
                continue;
            }
            const Amount take = std::min(room, left);
            book.use(week, take);
            left -= take;
            if (left > 0 && ++week > lastWeek)
                return fail(s, pastHorizon());
        }
        item.endDay = std::max(item.startDay, dayInWeek(week, p.hoursPerWeek - book.free(week), p.hoursPerWeek));
        if (item.endDay > horizon)
            return fail(s, pastHorizon());
    }
    for (const auto& item : s.items)
        s.completionDay = std::max(s.completionDay, item.endDay);
    s.weekLoad.resize(book.weeks());
    for (std::size_t w = 0; w < s.weekLoad.size(); ++w)
        s.weekLoad[w] = book.load(static_cast<int>(w));
    return s;
}

/// A day before which what position `i` relies on cannot have ended in any placement whose
/// cohorts start no sooner than in `s`: a cohort keeps its weeks, and self-paced work, one
/// credential after another in the order, needs at least its hours at the learner's full pace.
/// (Its end in `s` is no such bound: the cohort's own weeks may have delayed it.)
int earliestReady(const PlanningProblem& p, const std::vector<int>& order,
                  const std::vector<std::vector<int>>& reliesOn, const Schedule& s, std::size_t i) {
    int day = 0;
    int lastSelfPaced = -1;
    for (int dep : reliesOn[i]) {
        if (p.credentials[static_cast<std::size_t>(order[static_cast<std::size_t>(dep)])].cohort)
            day = std::max(day, s.items[static_cast<std::size_t>(dep)].endDay + 1);
        else
            lastSelfPaced = std::max(lastSelfPaced, dep);
    }
    Amount hours = 0;
    for (int j = 0; j <= lastSelfPaced; ++j) {
        const CredentialLocal& c = p.credentials[static_cast<std::size_t>(order[static_cast<std::size_t>(j)])];
        if (!c.cohort)
            hours += c.hours;
    }
    if (hours > 0)
        day = std::max(day, completionDayForHours(hours, p.hoursPerWeek) + 1);
    return day;
}

} // namespace

Schedule schedule(const PlanningProblem& p, const std::vector<int>& order,
                  const std::vector<std::vector<int>>& reliesOn) {
    // Cohorts keep fixed dates, so they are placed first and self-paced study fills the weeks
    // around them. A cohort whose prerequisites end after its start moves to a later start and
    // everything is placed again. It moves to its next start that earliestReady() allows, not
    // past where its prerequisites ended this time: its own weeks may be what delayed them (a
    // one-week bootcamp taking every hour of its week). Each round moves a start later, so this
    // settles; after a few rounds per credential (a cohort with years of weekly starts behind
    // prerequisites that other cohorts hold up) it jumps past where they ended, as a bound on
    // the rounds.
    std::vector<std::size_t> chosen(order.size(), 0);
    const std::size_t steppingRounds = 4 * order.size() + 8;
    for (std::size_t round = 0;; ++round) {
        Schedule s = placeAll(p, order, reliesOn, chosen);
        if (!s.feasible || s.exact)
            return s;
        bool moved = false;
        for (std::size_t i = 0; i < order.size(); ++i) {
            const CredentialLocal& c = p.credentials[static_cast<std::size_t>(order[i])];
            if (!c.cohort)
                continue;
            int readyDay = 0;
            for (int dep : reliesOn[i])
                readyDay = std::max(readyDay, s.items[static_cast<std::size_t>(dep)].endDay + 1);
            if (s.items[i].startDay >= readyDay)
                continue;
            const std::vector<int> days = startDays(p, c);
            const int earliest = round < steppingRounds ? earliestReady(p, order, reliesOn, s, i) : readyDay;
            std::size_t k = chosen[i] + 1;
            while (k < days.size() && days[k] < earliest)
                ++k;
            if (k == days.size()) {
                s.feasible = false;
                s.problem = {Message::Code::NoCohortStartAfterPrerequisites,
                             {arg::text(p.catalog->credentials[static_cast<std::size_t>(c.catalogIndex)].title)}};
                return s;
            }
            chosen[i] = k;
            moved = true;
        }
        if (!moved)
            return s;
    }
}

} // namespace cairn::detail
