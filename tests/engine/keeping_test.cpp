// Keeping a credential and the ranges of a plan's figures (docs/planning-model.md, "Keeping a
// credential" and "Ranges"): the cost to hold, its dates, the cost-to-hold objective against
// every set of credentials, and the problems of bad keeping figures.
#include "message_text.h"

#include <cairn/engine/keeping.h>
#include <cairn/engine/keeping_timeline.h>
#include <cairn/engine/planner.h>
#include <cairn/engine/validation.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <random>

using namespace cairn;
using cairn::test::words;
using testing::HasSubstr;

namespace {

Credential credential(const std::string& id, double cost, double hours, const std::string& grants) {
    Credential c;
    c.id = id;
    c.title = id;
    c.provider = "P";
    c.cost = cost;
    c.hours = hours;
    c.grants = {{grants, 2}};
    return c;
}

Renewal renewal(std::optional<double> fee, double yearlyFee = 0, double hours = 0) {
    Renewal r;
    r.fee = fee;
    r.yearlyFee = yearlyFee;
    r.hours = hours;
    return r;
}

/// CompTIA Security+ ($439, 3 years, $150 and 50 hours a renewal) against a certificate that costs
/// less to earn ($300) but has a yearly fee of $120: the two figures of docs/planning-model.md.
Catalog securityCatalog() {
    Catalog c;
    c.name = "Security";
    c.skills = {{"security", "Security", {}, {}, {}, {}}};
    Credential plus = credential("security-plus", 439, 80, "security");
    plus.validMonths = 36;
    plus.renewal = renewal(150, 0, 50);
    Credential cheap = credential("cheap-cert", 300, 60, "security");
    cheap.validMonths = 36;
    cheap.renewal = renewal(0, 120);
    c.credentials = {plus, cheap};
    Goal g;
    g.id = "analyst";
    g.title = "Security analyst";
    g.requirement = Requirement::skill("security", 2);
    c.goals = {g};
    return c;
}

Profile learner() {
    Profile p;
    p.name = "L";
    p.hoursPerWeek = 10;
    p.start = *Date::fromIso("2027-01-04");
    return p;
}

PlanRequest request(Objective objective, int years = 3) {
    PlanRequest r;
    r.goal = "analyst";
    r.objective = objective;
    r.holdYears = years;
    return r;
}

std::vector<Problem> problemsOf(const Credential& changed) {
    Catalog c = securityCatalog();
    c.credentials[0] = changed;
    return validate(c);
}

void expectProblem(const std::vector<Problem>& problems, const std::string& code, const std::string& field) {
    ASSERT_FALSE(problems.empty());
    EXPECT_EQ(problems[0].code, code);
    EXPECT_EQ(problems[0].object, "credential security-plus");
    EXPECT_EQ(problems[0].credential, "security-plus");
    EXPECT_THAT(words(problems[0].message), HasSubstr(field));
    EXPECT_TRUE(hasErrors(problems));
}

} // namespace

TEST(Keeping, MonthsAddAsCalendarMonthsAndKeepToTheMonthsEnd) {
    EXPECT_EQ(addMonths(*Date::fromIso("2027-01-31"), 1), *Date::fromIso("2027-02-28"));
    EXPECT_EQ(addMonths(*Date::fromIso("2027-01-31"), 13), *Date::fromIso("2028-02-29"));
    EXPECT_EQ(addMonths(*Date::fromIso("2027-05-12"), 36), *Date::fromIso("2030-05-12"));
    EXPECT_EQ(addMonths(*Date::fromIso("2027-12-15"), 1), *Date::fromIso("2028-01-15"));
}

TEST(Keeping, FeesCountUpToAndIncludingTheLastDayOfTheYearsHeld) {
    const Catalog c = securityCatalog();
    const Credential& plus = c.credentials[0];
    EXPECT_EQ(keepingMoney(plus, 2), 0);   // valid for 3 years: nothing due in 2
    EXPECT_EQ(keepingMoney(plus, 3), 150); // renewed on the last day, else it lapses that day
    EXPECT_EQ(keepingMoney(plus, 6), 300);
    EXPECT_EQ(keepingHours(plus, 6), 100);
    EXPECT_EQ(keepingMoney(c.credentials[1], 3), 360);
    Credential retake = plus;
    retake.renewal = renewal(std::nullopt);
    retake.renewal->retake = true;
    EXPECT_EQ(keepingMoney(retake, 3), 439); // the exam again, at its cost
    Credential period = plus;
    period.renewal->periodMonths = 12; // valid 3 years, then renewed yearly
    EXPECT_EQ(keepingMoney(period, 5), 3 * 150);
}

TEST(Keeping, CissPsYearlyFeeMakesTheIssuesFigure) {
    Credential cissp = credential("cissp", 749, 150, "security");
    cissp.validMonths = 36;
    cissp.renewal = renewal(0, 125, 120);
    EXPECT_EQ(749 + keepingMoney(cissp, 3), 1124);
}

TEST(Keeping, HoldingListsEveryDateFromEachCompletion) {
    const Catalog c = securityCatalog();
    const Plan p = plan(c, learner(), request(Objective::Cost));
    ASSERT_EQ(p.status, PlanStatus::Optimal);
    ASSERT_EQ(p.credentials.size(), 1u);
    ASSERT_EQ(p.credentials[0].id, "cheap-cert");
    const Holding h = holding(c, learner(), p, 3);
    EXPECT_EQ(h.earn, 300);
    EXPECT_EQ(h.keepMoney, 360);
    EXPECT_EQ(h.total(), 660);
    ASSERT_EQ(h.events.size(), 4u); // three yearly fees and a renewal without a fee
    EXPECT_EQ(h.events[0].kind, KeepingEvent::Kind::YearlyFee);
    EXPECT_EQ(h.events[0].date, addMonths(p.credentials[0].end, 12));
    EXPECT_EQ(h.events.back().kind, KeepingEvent::Kind::Renewal);
    EXPECT_EQ(h.events.back().date, addMonths(p.credentials[0].end, 36));
}

TEST(Keeping, ACredentialWithoutRenewalExpires) {
    Catalog c = securityCatalog();
    c.credentials[1].renewal.reset();
    c.credentials[1].validMonths = 24;
    const Plan p = plan(c, learner(), request(Objective::Cost));
    const Holding h = holding(c, learner(), p, 3);
    ASSERT_EQ(h.events.size(), 1u);
    EXPECT_EQ(h.events[0].kind, KeepingEvent::Kind::Expiry);
    EXPECT_EQ(h.events[0].date, addMonths(p.credentials[0].end, 24));
    EXPECT_EQ(h.keepMoney, 0);
}

// The golden case: cheaper to earn is not cheaper to hold.
TEST(Keeping, SecurityPlusIsCheaperToHoldThanACertificateCheaperToEarn) {
    const Catalog c = securityCatalog();
    const Plan cheapest = plan(c, learner(), request(Objective::Cost));
    ASSERT_EQ(cheapest.status, PlanStatus::Optimal);
    EXPECT_EQ(cheapest.credentials[0].id, "cheap-cert");
    EXPECT_EQ(cheapest.totals.cost, 300);

    const Plan held = plan(c, learner(), request(Objective::CostToHold));
    ASSERT_EQ(held.status, PlanStatus::Optimal);
    EXPECT_EQ(held.objective, Objective::CostToHold);
    ASSERT_EQ(held.credentials.size(), 1u);
    EXPECT_EQ(held.credentials[0].id, "security-plus");
    EXPECT_EQ(held.totals.cost, 439); // the plan's money stays the money to earn
    EXPECT_EQ(held.credentials[0].cost, 439);
    EXPECT_EQ(holding(c, learner(), held, 3).total(), 589);

    // Held for one year, the yearly fee ($120) is less than what Security+ costs more to earn.
    const Plan oneYear = plan(c, learner(), request(Objective::CostToHold, 1));
    ASSERT_EQ(oneYear.status, PlanStatus::Optimal);
    EXPECT_EQ(oneYear.credentials[0].id, "cheap-cert");
}

TEST(Keeping, TheBudgetLimitsTheMoneyToEarnNotTheCostToHold) {
    const Catalog c = securityCatalog();
    PlanRequest r = request(Objective::CostToHold);
    r.budget = 450; // Security+ fits: $439 to earn, though $589 to hold
    const Plan fits = plan(c, learner(), r);
    ASSERT_EQ(fits.status, PlanStatus::Optimal);
    EXPECT_EQ(fits.credentials[0].id, "security-plus");
    r.budget = 400; // only the cheaper certificate fits; not proven the cheapest to hold
    const Plan over = plan(c, learner(), r);
    ASSERT_EQ(over.status, PlanStatus::Feasible);
    EXPECT_EQ(over.credentials[0].id, "cheap-cert");
    ASSERT_TRUE(over.bound.has_value());
    EXPECT_EQ(*over.bound, 589);
}

TEST(Keeping, ACredentialRenewedByAnotherHeldCountsNoFees) {
    Catalog c = securityCatalog();
    c.credentials[0].renewal->renewedBy = {"cysa"};
    Credential cysa = credential("cysa", 392, 100, "analysis");
    c.credentials.push_back(cysa);
    Profile done = learner();
    done.completed = {"cysa"};
    const Plan p = plan(c, done, request(Objective::CostToHold));
    ASSERT_EQ(p.status, PlanStatus::Optimal); // renewed by a completed credential: still a sum
    EXPECT_EQ(p.credentials[0].id, "security-plus");
    const Holding h = holding(c, done, p, 3);
    EXPECT_EQ(h.total(), 439);
    EXPECT_EQ(h.renewedByOthers, std::vector<std::string>{"security-plus"});
}

TEST(KeepingTimeline, MarksSitOnTheRowOfTheirCredentialAndTheHeldLineRunsToTheEndOfTheYears) {
    const Catalog c = securityCatalog();
    const Plan p = plan(c, learner(), request(Objective::Cost)); // the certificate with the yearly fee
    ASSERT_EQ(p.credentials.size(), 1u);
    const KeepingTimeline t = keepingTimeline(c, learner(), p, 3);
    EXPECT_EQ(t.years, 3);
    ASSERT_EQ(t.marks.size(), 4u); // as holding() lists them
    for (const KeepingMark& m : t.marks)
        EXPECT_EQ(m.row, 0);
    EXPECT_EQ(t.marks[0].event, holding(c, learner(), p, 3).events[0]);
    ASSERT_EQ(t.held.size(), 1u);
    EXPECT_EQ(t.held[0].from, p.credentials[0].end);
    EXPECT_EQ(t.held[0].to, addMonths(p.credentials[0].end, 36));
    EXPECT_FALSE(t.held[0].lapses);
    EXPECT_EQ(t.end, t.held[0].to);
}

TEST(KeepingTimeline, AnExpiryEndsTheHeldLineEvenAfterTheYearsToHold) {
    Catalog c = securityCatalog();
    c.credentials[1].renewal.reset();
    c.credentials[1].validMonths = 60; // lapses after five years, held for three
    const Plan p = plan(c, learner(), request(Objective::Cost));
    const KeepingTimeline t = keepingTimeline(c, learner(), p, 3);
    ASSERT_EQ(t.marks.size(), 1u);
    EXPECT_EQ(t.marks[0].event.kind, KeepingEvent::Kind::Expiry);
    ASSERT_EQ(t.held.size(), 1u);
    EXPECT_TRUE(t.held[0].lapses);
    EXPECT_EQ(t.held[0].to, addMonths(p.credentials[0].end, 60));
    EXPECT_EQ(t.end, t.held[0].to);
}

TEST(KeepingTimeline, CredentialsThatNeverExpireOrAreRenewedByAnotherHaveNothing) {
    Catalog c = securityCatalog();
    c.credentials[0].renewal->renewedBy = {"cysa"};
    c.credentials.push_back(credential("cysa", 392, 100, "analysis"));
    Profile done = learner();
    done.completed = {"cysa"}; // never expires
    const Plan p = plan(c, done, request(Objective::CostToHold));
    ASSERT_EQ(p.credentials[0].id, "security-plus");
    const KeepingTimeline t = keepingTimeline(c, done, p, 3);
    EXPECT_TRUE(t.marks.empty());
    EXPECT_TRUE(t.held.empty());
    EXPECT_FALSE(t.end.has_value());
}

TEST(Keeping, RangesSumTheLowAndHighFiguresAndBoundTheCompletion) {
    Catalog c = securityCatalog();
    c.credentials[1].costRange = FigureRange{250, 380};
    c.credentials[1].hoursRange = FigureRange{40, 90};
    c.credentials[1].estimated = {"hours"};
    const Plan p = plan(c, learner(), request(Objective::Cost));
    const PlanRanges r = planRanges(c, p);
    EXPECT_EQ(r.cost.low, 250);
    EXPECT_EQ(r.cost.typical, 300);
    EXPECT_EQ(r.cost.high, 380);
    EXPECT_FALSE(r.cost.estimated);
    EXPECT_TRUE(r.hours.estimated);
    EXPECT_EQ(r.hours.high, 90);
    ASSERT_TRUE(r.highCompletion.has_value());
    // 90 hours at 10 a week: 63 days, the last on day 62.
    EXPECT_EQ(*r.highCompletion, learner().start.plusDays(62));
    EXPECT_EQ(p.totals.completion, learner().start.plusDays(41)); // 60 hours: 42 days
}

TEST(KeepingValidation, ARenewalPeriodOfZeroNamesTheCredentialAndField) {
    Credential c = securityCatalog().credentials[0];
    c.renewal->periodMonths = 0;
    c.validMonths = 0;
    const auto problems = problemsOf(c);
    expectProblem(problems, "bad-renewal", "valid_months");
    EXPECT_TRUE(std::any_of(problems.begin(), problems.end(), [](const Problem& p) {
        return words(p.message).find("renewal.period_months 0") != std::string::npos;
    }));
}

TEST(KeepingValidation, AValidityOutOfRangeIsRefused) {
    Credential c = securityCatalog().credentials[0];
    c.validMonths = -3;
    expectProblem(problemsOf(c), "bad-number", "valid_months -3");
}

TEST(KeepingValidation, ALowAboveItsHighIsRefused) {
    Credential c = securityCatalog().credentials[0];
    c.costRange = FigureRange{500, 400};
    expectProblem(problemsOf(c), "bad-range", "cost_range low 500 above high 400");
}

TEST(KeepingValidation, ARangeThatMissesTheTypicalFigureIsRefused) {
    Credential c = securityCatalog().credentials[0];
    c.hoursRange = FigureRange{100, 120};
    expectProblem(problemsOf(c), "bad-range", "hours_range");
}

TEST(KeepingValidation, ANegativeFeeIsRefused) {
    Credential c = securityCatalog().credentials[0];
    c.renewal->fee = -5;
    expectProblem(problemsOf(c), "bad-number", "renewal.fee -5");
    c.renewal->fee = 5;
    c.renewal->yearlyFee = -1;
    expectProblem(problemsOf(c), "bad-number", "renewal.yearly_fee -1");
}

TEST(KeepingValidation, RenewedByMustNameAnotherCredential) {
    Credential c = securityCatalog().credentials[0];
    c.renewal->renewedBy = {"nowhere"};
    expectProblem(problemsOf(c), "unknown-credential", "nowhere");
    c.renewal->renewedBy = {"security-plus"};
    expectProblem(problemsOf(c), "unknown-credential", "itself");
}

TEST(KeepingValidation, ThePlannerRefusesBadKeepingFigures) {
    Catalog c = securityCatalog();
    c.credentials[0].renewal->fee = -5;
    const Plan p = plan(c, learner(), request(Objective::CostToHold));
    EXPECT_EQ(p.status, PlanStatus::Infeasible);
    EXPECT_THAT(words(p.reason), HasSubstr("renewal.fee"));
}

TEST(Keeping, ACostToHoldPlansOutOfPocketMoneyIsOnTheCatalogsPrices) {
    // The search weighs each credential's cost plus its fees to hold; what funding leaves the
    // learner is worked out on what the plan really costs to earn.
    Profile funded = learner();
    FundingSource half;
    half.name = "Employer";
    half.share = 50;
    funded.funding = {half};
    const Plan p = plan(securityCatalog(), funded, request(Objective::CostToHold));
    ASSERT_TRUE(hasPlan(p.status)) << words(p.reason);
    EXPECT_DOUBLE_EQ(p.outOfPocket, p.totals.cost / 2);
    ASSERT_EQ(p.funding.size(), 1u);
    EXPECT_DOUBLE_EQ(p.funding[0].amount, p.totals.cost / 2);
}

TEST(KeepingValidation, YearsToHoldOutOfRangeAreRefusedAsAMessage) {
    const Plan p = plan(securityCatalog(), learner(), request(Objective::CostToHold, 51));
    EXPECT_EQ(p.status, PlanStatus::Infeasible);
    ASSERT_EQ(p.reason.size(), 1u);
    EXPECT_EQ(p.reason[0].code, Message::Code::HoldYearsOutOfRange);
    EXPECT_EQ(words(p.reason), "The years to hold must be from 1 to 50, not 51.");
}

TEST(KeepingValidation, ARangeWithoutACostIsWordedFromItsCode) {
    Credential c = securityCatalog().credentials[0];
    c.hasCost = false;
    c.costRange = FigureRange{400, 500};
    const auto problems = problemsOf(c);
    const auto it = std::find_if(problems.begin(), problems.end(),
                                 [](const Problem& p) { return p.message.code == Message::Code::RangeWithoutCost; });
    ASSERT_NE(it, problems.end());
    EXPECT_EQ(words(it->message),
              "Credential \u201Csecurity-plus\u201D has a cost_range but no cost; a range is around the typical cost.");
}

// The cost-to-hold objective against every set of credentials: each set is planned with all its
// members pinned and the rest excluded (the planner only orders and schedules it), and the
// cheapest to hold among those with a plan is the reference.
namespace {

Catalog randomCatalog(std::mt19937& rng) {
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    Catalog c;
    c.name = "Random";
    const int skills = 3;
    for (int s = 0; s < skills; ++s)
        c.skills.push_back({"s" + std::to_string(s), "S", {}, {}, {}, {}});
    const int n = pick(3, 6);
    for (int i = 0; i < n; ++i) {
        Credential cred = credential("c" + std::to_string(i), pick(0, 40) * 10, pick(1, 30) * 5,
                                     "s" + std::to_string(pick(0, skills - 1)));
        if (pick(0, 2) == 0)
            cred.grants.push_back({"s" + std::to_string(pick(0, skills - 1)), pick(1, 2)});
        if (i > 0 && pick(0, 3) == 0)
            cred.prerequisites = Requirement::credential("c" + std::to_string(pick(0, i - 1)));
        if (pick(0, 2) > 0) {
            cred.validMonths = 12 * pick(1, 3);
            Renewal r = renewal(pick(0, 1) ? std::optional<double>(pick(0, 20) * 10) : std::nullopt,
                                pick(0, 1) * pick(0, 10) * 10, pick(0, 20));
            r.retake = pick(0, 4) == 0;
            r.periodMonths = pick(0, 1) * 12 * pick(1, 2);
            if (n > 1 && pick(0, 3) == 0) {
                const int other = (i + pick(1, n - 1)) % n;
                r.renewedBy = {"c" + std::to_string(other)};
            }
            cred.renewal = r;
        }
        c.credentials.push_back(cred);
    }
    Goal g;
    g.id = "analyst";
    g.title = "Goal";
    g.requirement = pick(0, 1) ? Requirement::all({Requirement::skill("s0", 2), Requirement::skill("s1", 1)})
                               : Requirement::any({Requirement::skill("s1", 2), Requirement::skill("s2", 2)});
    c.goals = {g};
    return c;
}

} // namespace

TEST(KeepingReference, CostToHoldMatchesEverySetOfCredentials) {
    std::mt19937 rng(20261203);
    int optimal = 0, compared = 0;
    for (int round = 0; round < 1000; ++round) {
        const Catalog c = randomCatalog(rng);
        if (!validate(c).empty())
            continue;
        const int years = 1 + round % 4;
        const Profile who = learner();
        std::optional<long long> best;
        const auto n = c.credentials.size();
        for (unsigned mask = 1; mask < (1u << n); ++mask) {
            PlanRequest r = request(Objective::Cost, years);
            for (std::size_t i = 0; i < n; ++i)
                ((mask >> i) & 1 ? r.pinned : r.excluded).push_back(c.credentials[i].id);
            const Plan p = plan(c, who, r);
            if (p.status != PlanStatus::Optimal ||
                p.credentials.size() != static_cast<std::size_t>(__builtin_popcount(mask)))
                continue;
            const long long v = std::llround(holding(c, who, p, years).total() * 100);
            best = best ? std::min(*best, v) : v;
        }
        const Plan held = plan(c, who, request(Objective::CostToHold, years));
        ASSERT_EQ(hasPlan(held.status), best.has_value()) << "round " << round;
        if (!best)
            continue;
        ++compared;
        const long long value = std::llround(holding(c, who, held, years).total() * 100);
        if (held.status == PlanStatus::Optimal) {
            ++optimal;
            EXPECT_EQ(value, *best) << "round " << round;
        } else {
            EXPECT_GE(value, *best) << "round " << round;
            ASSERT_TRUE(held.bound.has_value()) << "round " << round;
            EXPECT_LE(std::llround(*held.bound * 100), *best) << "round " << round;
        }
    }
    EXPECT_GT(compared, 600);
    EXPECT_GE(optimal, compared * 9 / 10); // proven, not merely answered (split on renewers)
    std::printf("cost-to-hold: %d questions compared, %d proven optimal\n", compared, optimal);
}
