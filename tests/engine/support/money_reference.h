#pragma once

// What the brute-force references of money share (offer_reference_test.cpp and
// funding_reference_test.cpp): the enumeration of orders and payment options, the random
// catalog parts both draw in the same way, and the description of a failing case. None of it
// shares code with the planner.
#include <cairn/engine/catalog.h>
#include <cairn/engine/planner.h>
#include <cairn/engine/profile.h>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace cairn::test {

/// Hundredths of `v`, rounded: money and hours are compared exactly in whole cents.
long long cents(double v);

/// The ways one credential can be paid: -1 its own cost, else an offer index.
std::vector<int> paymentOptions(const Catalog& cat, const Credential& c);

/// Every credential's prerequisites are met by what the profile holds and what comes before it.
bool orderValid(const Catalog& cat, const Profile& profile, const std::vector<const Credential*>& order);

/// The credentials of `cat` whose bits are set in `mask`, in catalog order.
std::vector<const Credential*> setOf(const Catalog& cat, std::uint32_t mask);

/// Holds every pinned credential and, with what the profile holds, meets the goal.
bool meetsGoalWithPins(const Catalog& cat, const Profile& profile, const PlanRequest& req,
                       const std::vector<const Credential*>& set);

using PaidOrderVisit = std::function<void(const std::vector<const Credential*>& order, const std::vector<int>& choice)>;

/// Calls `visit` for every valid order of `set` and every choice of payment option (one of
/// paymentOptions() per credential of the order).
void forEachPaidOrder(const Catalog& cat, const Profile& profile, std::vector<const Credential*> set,
                      const PaidOrderVisit& visit);

/// A whole number from `lo` to `hi`, drawn from `rng`.
int draw(std::mt19937& rng, int lo, int hi);

/// Catalog "random" of skills s0 to s2 and `count` credentials c0, c1, …: `head` draws each
/// one's provider, cost and hours, then come its grants, prerequisite (one chance in
/// `prerequisiteOdds` + 1, never for the first) and tag.
Catalog drawCredentials(std::mt19937& rng, int count, int prerequisiteOdds,
                        const std::function<void(Credential&)>& head);

/// Offer o<index> from `provider`: a subscription (by the year one chance in `yearOdds` + 1),
/// a bundle or a one-time purchase of up to `oneTimeQuarters` × 25.
Offer drawOffer(std::mt19937& rng, int index, const std::string& provider, int yearOdds, int oneTimeQuarters);

/// Lets `offer` cover a few of the first `credentials` credentials by id (one at least, two for
/// a subscription or a bundle).
void drawCoveredCredentials(std::mt19937& rng, Offer& offer, int credentials);

/// Goal "g": all (or one chance in four any) of some of skills s0 to s2, each at level 1 or (one
/// chance in `levelTwoOdds` + 1) 2.
Goal drawGoal(std::mt19937& rng, int levelTwoOdds);

/// What a credential grants, requires and is tagged with, for a failing case's description.
void describeGrantsAndTags(std::ostream& out, const Credential& c);

/// One line per offer: kind, price, period and what it covers.
void describeOffers(std::ostream& out, const Catalog& cat);

/// Pins one of the first `credentials` credentials, one time in six.
void drawPin(std::mt19937& rng, PlanRequest& req, int credentials);

/// The planner's plan for a drawn case beside the best a brute-force reference finds (none when
/// it finds no plan), and the case named for failures: its seed and description.
template <class Score> struct Answers {
    Plan plan;
    std::optional<Score> best;
    std::string where;
};

template <class Score, class Reference, class Describe>
Answers<Score> answer(std::uint32_t seed, const Catalog& cat, const Profile& profile, const PlanRequest& req,
                      Reference reference, Describe describe) {
    return {cairn::plan(cat, profile, req), reference(cat, profile, req),
            "seed " + std::to_string(seed) + "\n" + describe(cat, profile, req)};
}

/// The planner must always answer, and find no plan exactly when the reference finds none
/// (counted in `infeasible`). True when both found a plan, to be compared; a disagreement is a
/// failure described by `where`.
bool bothFindAPlan(const Plan& plan, bool referenceFound, const std::string& where, int& infeasible);

/// Runs `check(seed, credentials)` on `catalogs` seeds from `firstSeed`, with from
/// `minCredentials` to `maxCredentials` credentials by turns; stops at the first failure.
void forEachSeed(std::uint32_t firstSeed, int catalogs, int minCredentials, int maxCredentials,
                 const std::function<void(std::uint32_t seed, int credentials)>& check);

} // namespace cairn::test
