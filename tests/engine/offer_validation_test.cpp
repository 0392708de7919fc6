// Validation of offers: every problem names the offer and the field, and a catalog with one is
// invalid (docs/formats.md, "Offer").
#include "message_text.h"

#include <cairn/engine/validation.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

using cairn::test::words;

using cairn::Catalog;
using cairn::Credential;
using cairn::Offer;
using cairn::Problem;
using testing::HasSubstr;

namespace {

Catalog twoCredentials() {
    Catalog c;
    c.name = "Offers";
    for (const char* id : {"a", "b"}) {
        Credential cred;
        cred.id = id;
        cred.title = id;
        cred.provider = "P";
        cred.cost = 10;
        cred.hours = 5;
        cred.tags = {"plus"};
        c.credentials.push_back(cred);
    }
    return c;
}

Offer offer(std::string id, Offer::Kind kind, double price, std::vector<std::string> covers) {
    Offer o;
    o.id = std::move(id);
    o.title = o.id;
    o.provider = "P";
    o.kind = kind;
    o.price = price;
    o.period = kind == Offer::Kind::Subscription ? Offer::Period::Month : Offer::Period::None;
    o.covers = std::move(covers);
    return o;
}

std::vector<Problem> problemsWith(const Offer& o) {
    Catalog c = twoCredentials();
    c.offers.push_back(o);
    return cairn::validate(c);
}

/// The single error, which must be about `offer`, with `code`, and mention `field`.
void expectOneError(const std::vector<Problem>& problems, const std::string& offer, const std::string& code,
                    const std::string& field) {
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].code, code);
    EXPECT_EQ(problems[0].object, "offer " + offer);
    EXPECT_THAT(words(problems[0].message), HasSubstr(field));
    EXPECT_TRUE(cairn::hasErrors(problems));
}

TEST(OfferValidation, AValidOfferOfEachKindHasNoProblem) {
    Catalog c = twoCredentials();
    c.offers = {offer("one", Offer::Kind::OneTime, 5, {"cred:a"}),
                offer("sub", Offer::Kind::Subscription, 49, {"tag:plus"}),
                offer("pair", Offer::Kind::Bundle, 15, {"cred:a", "cred:b"})};
    EXPECT_TRUE(cairn::validate(c).empty());
}

TEST(OfferValidation, CoveringNothingIsAnError) {
    expectOneError(problemsWith(offer("empty", Offer::Kind::Bundle, 5, {})), "empty", "offer-covers-nothing", "covers");
    expectOneError(problemsWith(offer("no-tag", Offer::Kind::Bundle, 5, {"tag:none"})), "no-tag",
                   "offer-covers-nothing", "covers");
}

TEST(OfferValidation, ASubscriptionNeedsAPeriod) {
    Offer o = offer("sub", Offer::Kind::Subscription, 49, {"cred:a"});
    o.period = Offer::Period::None;
    expectOneError(problemsWith(o), "sub", "offer-without-period", "period");
}

TEST(OfferValidation, APeriodOnAnythingButASubscriptionIsAnError) {
    Offer o = offer("pair", Offer::Kind::Bundle, 15, {"cred:a", "cred:b"});
    o.period = Offer::Period::Year;
    expectOneError(problemsWith(o), "pair", "bad-offer", "period");
}

TEST(OfferValidation, APriceOfZeroOrLessOrOutOfRangeIsAnError) {
    for (double price : {0.0, -5.0, 2e9, std::nan("")})
        expectOneError(problemsWith(offer("p", Offer::Kind::OneTime, price, {"cred:a"})), "p", "bad-number", "price");
}

TEST(OfferValidation, AnUnknownCredentialInCoversIsAnError) {
    expectOneError(problemsWith(offer("pair", Offer::Kind::Bundle, 15, {"cred:a", "cred:zzz"})), "pair",
                   "unknown-credential", "zzz");
    expectOneError(problemsWith(offer("odd", Offer::Kind::Bundle, 15, {"a"})), "odd", "bad-offer", "covers");
}

TEST(OfferValidation, TwoOffersWithOneIdAreReportedOnce) {
    Catalog c = twoCredentials();
    c.offers = {offer("x", Offer::Kind::OneTime, 5, {"cred:a"}), offer("x", Offer::Kind::OneTime, 6, {"cred:b"})};
    expectOneError(cairn::validate(c), "x", "duplicate-id", "id");
}

TEST(OfferValidation, ACredentialWithoutCostNeedsAnOffer) {
    Catalog c = twoCredentials();
    c.credentials[1].hasCost = false;
    c.credentials[1].cost = 0;
    auto problems = cairn::validate(c);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].code, "credential-without-price");
    EXPECT_EQ(problems[0].credential, "b");
    c.offers = {offer("b-only", Offer::Kind::OneTime, 5, {"cred:b"})};
    EXPECT_TRUE(cairn::validate(c).empty());
}

TEST(OfferValidation, OffersCoverByIdAndByTag) {
    Catalog c = twoCredentials();
    c.credentials[1].tags = {};
    c.offers = {offer("plus", Offer::Kind::Subscription, 59, {"tag:plus"}),
                offer("b", Offer::Kind::OneTime, 5, {"cred:b"})};
    EXPECT_EQ(c.offersFor(c.credentials[0]), (std::vector<int>{0}));
    EXPECT_EQ(c.offersFor(c.credentials[1]), (std::vector<int>{1}));
}

} // namespace
