// What a plan pays through offers, worded from the planner's figures.
#include <cairn/text/offer_words.h>
#include <gtest/gtest.h>

namespace cairn::text {

namespace {

OfferPayment subscription(Offer::Period period, int periods, double price) {
    OfferPayment p;
    p.kind = Offer::Kind::Subscription;
    p.period = period;
    p.periods = periods;
    p.price = price;
    p.amount = periods * price;
    p.credentials = {"gda"};
    return p;
}

const OfferWords& english() {
    static const OfferWords words("USD", Format::english());
    return words;
}

} // namespace

TEST(OfferWords, SubscriptionsArePaidByThePeriod) {
    EXPECT_EQ(english().paidFor(subscription(Offer::Period::Month, 5, 49)), QStringLiteral("5 months × $49"));
    EXPECT_EQ(english().paidFor(subscription(Offer::Period::Month, 1, 49)), QStringLiteral("1 month × $49"));
    EXPECT_EQ(english().paidFor(subscription(Offer::Period::Year, 1, 399)), QStringLiteral("1 year × $399"));
    EXPECT_EQ(english().paidFor(subscription(Offer::Period::Year, 2, 399)), QStringLiteral("2 years × $399"));
    EXPECT_EQ(OfferWords::kind(subscription(Offer::Period::Year, 1, 399)), QStringLiteral("Yearly subscription"));
    EXPECT_EQ(OfferWords::kind(subscription(Offer::Period::Month, 1, 49)), QStringLiteral("Monthly subscription"));
}

TEST(OfferWords, OneTimeOffersAndBundles) {
    OfferPayment voucher;
    voucher.kind = Offer::Kind::OneTime;
    voucher.price = 150;
    voucher.credentials = {"a", "b"};
    EXPECT_EQ(english().paidFor(voucher), QStringLiteral("2 × $150"));
    EXPECT_EQ(OfferWords::kind(voucher), QStringLiteral("One-time"));
    EXPECT_TRUE(OfferWords::periods(voucher).isEmpty());
    OfferPayment pair = voucher;
    pair.kind = Offer::Kind::Bundle;
    EXPECT_EQ(english().paidFor(pair), QStringLiteral("one price for 2 credentials"));
    EXPECT_EQ(OfferWords::kind(pair), QStringLiteral("Bundle"));
}

TEST(OfferWords, AnOffersPriceSaysWhatItBuys) {
    Offer plus;
    plus.kind = Offer::Kind::Subscription;
    plus.period = Offer::Period::Year;
    plus.price = 399;
    EXPECT_EQ(english().price(plus), QStringLiteral("$399 a year"));
    plus.period = Offer::Period::Month;
    plus.price = 59;
    EXPECT_EQ(english().price(plus), QStringLiteral("$59 a month"));
    Offer pair;
    pair.kind = Offer::Kind::Bundle;
    pair.price = 497;
    EXPECT_EQ(english().price(pair), QStringLiteral("$497 for all it covers"));
    Offer voucher;
    voucher.kind = Offer::Kind::OneTime;
    voucher.price = 150;
    EXPECT_EQ(english().price(voucher), QStringLiteral("$150 each"));
}

TEST(OfferWords, PaceLeadsWithTheLearnersOwn) {
    Plan plan;
    plan.hoursPerWeek = 10;
    plan.paceCosts = {{5, 441}, {10, 245}, {20, 147}};
    EXPECT_EQ(english().pace(plan), QStringLiteral("$245 at 10 h a week; $441 at 5 h; $147 at 20 h"));
    plan.paceCosts.clear();
    EXPECT_TRUE(english().pace(plan).isEmpty());
}

TEST(OfferWords, ASharedOfferSaysWhatItsCredentialsWouldCostOneByOne) {
    OfferPayment plus = subscription(Offer::Period::Year, 1, 399);
    plus.credentials = {"gpm", "gcs"};
    plus.separately = 490;
    EXPECT_EQ(english().separately(plus),
              QStringLiteral("Its 2 credentials would cost $490 bought one by one, $91 more."));
    plus.separately = 399;
    EXPECT_EQ(english().separately(plus), QStringLiteral("Its 2 credentials would cost $399 bought one by one."));
    plus.separately = 0; // one credential, or nothing shared
    EXPECT_TRUE(english().separately(plus).isEmpty());
}

TEST(OfferWords, ASwitchOfOffersNamesWhatThePlanNowPaysThroughAndWhy) {
    OfferPayment a = subscription(Offer::Period::Month, 1, 49);
    a.offer = "a-monthly";
    a.title = "A, monthly";
    OfferPayment b = a;
    b.offer = "b-monthly";
    b.title = "B, monthly";
    b.credentials = {"b"};
    OfferPayment plus = subscription(Offer::Period::Month, 1, 59);
    plus.offer = "plus-monthly";
    plus.title = "Plus, monthly";
    plus.credentials = {"a", "b"};
    plus.separately = 98;
    Plan slow;
    slow.payments = {a, b};
    slow.totals.cost = 98;
    Plan fast;
    fast.payments = {plus};
    fast.totals.cost = 59;
    EXPECT_EQ(
        english().switched(slow, fast),
        (QStringList{QStringLiteral("The plan now pays through Plus, monthly: $59 for 2 credentials that would "
                                    "cost $98 bought one by one."),
                     QStringLiteral("The plan no longer pays through A, monthly and B, monthly; it costs $59 now.")}));
    EXPECT_EQ(english().switched(fast, slow),
              (QStringList{QStringLiteral("The plan now pays through A, monthly: $49."),
                           QStringLiteral("The plan now pays through B, monthly: $49."),
                           QStringLiteral("The plan no longer pays through Plus, monthly; it costs $98 now.")}));
    EXPECT_TRUE(english().switched(fast, fast).isEmpty());
}

} // namespace cairn::text
