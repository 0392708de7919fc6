// When a plan's money is paid (cairn/engine/plan_spending.h): by billing period for a
// subscription, once for a bundle, at the start of each credential otherwise.
#include <cairn/engine/plan_spending.h>
#include <cairn/engine/planner.h>
#include <cairn/engine/validation.h>
#include "message_text.h"

#include <gtest/gtest.h>
#include <numeric>

namespace {

using namespace cairn;

Credential credential(const std::string& id, double hours, std::optional<double> cost, const std::string& skill) {
    Credential c;
    c.id = id;
    c.title = id;
    c.provider = "P";
    c.hours = hours;
    c.hasCost = cost.has_value();
    c.cost = cost.value_or(0);
    c.grants = {{skill, 2}};
    return c;
}

Offer offer(const std::string& id, Offer::Kind kind, double price, std::vector<std::string> covers,
            Offer::Period period = Offer::Period::None) {
    Offer o;
    o.id = id;
    o.title = id;
    o.provider = "P";
    o.kind = kind;
    o.price = price;
    o.period = period;
    o.covers = std::move(covers);
    return o;
}

/// A $49-a-month certificate of 184 hours, a bundle of two exams, and an exam at its own price.
Plan plannedAtTenHoursAWeek() {
    Catalog c;
    c.name = "spending";
    for (const char* s : {"data", "x", "y", "z"})
        c.skills.push_back(Skill{s, s, {}, {}, {}, {}});
    c.credentials = {credential("gda", 184, std::nullopt, "data"), credential("exam-x", 10, std::nullopt, "x"),
                     credential("exam-y", 10, std::nullopt, "y"), credential("exam-z", 5, 80, "z")};
    c.offers = {offer("gda-monthly", Offer::Kind::Subscription, 49, {"cred:gda"}, Offer::Period::Month),
                offer("xy-pair", Offer::Kind::Bundle, 300, {"cred:exam-x", "cred:exam-y"})};
    Goal g;
    g.id = "goal";
    g.title = "Goal";
    g.requirement = Requirement::all({Requirement::skill("data", 2), Requirement::skill("x", 2),
                                      Requirement::skill("y", 2), Requirement::skill("z", 2)});
    c.goals = {g};
    EXPECT_FALSE(hasErrors(validate(c)));
    Profile profile;
    profile.hoursPerWeek = 10;
    profile.start = Date::fromYmd(2027, 1, 4);
    PlanRequest request;
    request.goal = "goal";
    return plan(c, profile, request);
}

TEST(PlanSpending, ASubscriptionIsPaidEachPeriodABundleOnceAnOwnPriceAtTheStart) {
    const Plan plan = plannedAtTenHoursAWeek();
    ASSERT_EQ(plan.status, PlanStatus::Optimal) << cairn::test::words(plan.reason);
    const std::vector<Charge> paid = charges(plan);
    // Five months of the subscription, the bundle, the exam at its own price.
    ASSERT_EQ(paid.size(), 7u);
    EXPECT_DOUBLE_EQ(
        std::accumulate(paid.begin(), paid.end(), 0.0, [](double sum, const Charge& c) { return sum + c.amount; }),
        plan.totals.cost);
    EXPECT_DOUBLE_EQ(plan.totals.cost, 5 * 49 + 300 + 80);
    const OfferPayment* monthly = nullptr;
    for (const auto& p : plan.payments)
        if (p.offer == "gda-monthly")
            monthly = &p;
    ASSERT_NE(monthly, nullptr);
    int periods = 0;
    for (const Charge& c : paid) {
        if (c.offer == "gda-monthly") {
            ++periods;
            EXPECT_EQ(c.period, periods);
            EXPECT_EQ(c.day, monthly->start.plusDays(30 * (periods - 1)));
            EXPECT_DOUBLE_EQ(c.amount, 49);
        } else if (c.offer == "xy-pair") {
            EXPECT_DOUBLE_EQ(c.amount, 300);
            EXPECT_TRUE(c.credential.empty());
            const auto first =
                std::min_element(plan.credentials.begin(), plan.credentials.end(), [](const auto& a, const auto& b) {
                    const bool aIn = a.offer == "xy-pair", bIn = b.offer == "xy-pair";
                    return aIn != bIn ? aIn : a.start < b.start;
                });
            EXPECT_EQ(c.day, first->start);
        } else {
            EXPECT_EQ(c.credential, "exam-z");
            EXPECT_DOUBLE_EQ(c.amount, 80);
        }
    }
    EXPECT_EQ(periods, 5);
    EXPECT_TRUE(std::is_sorted(paid.begin(), paid.end(), [](const auto& a, const auto& b) { return a.day < b.day; }));
}

TEST(PlanSpending, APlanWithoutOffersPaysEachCredentialWhenItStarts) {
    Plan plan;
    plan.start = Date::fromYmd(2027, 1, 4);
    PlannedCredential a;
    a.id = "a";
    a.cost = 100;
    a.start = Date::fromYmd(2027, 2, 1);
    PlannedCredential b;
    b.id = "b";
    b.cost = 50;
    b.start = Date::fromYmd(2027, 1, 4);
    plan.credentials = {a, b};
    const std::vector<Charge> paid = charges(plan);
    EXPECT_EQ(paid, (std::vector<Charge>{{b.start, 50, {}, "b", 0}, {a.start, 100, {}, "a", 0}}));
}

} // namespace
