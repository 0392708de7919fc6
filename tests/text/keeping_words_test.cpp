// Ranges, the cost to hold and what the high hours guarantee, worded from the engine's figures.
#include <cairn/text/keeping_words.h>
#include <gtest/gtest.h>

namespace cairn::text {

namespace {

KeepingWords english() {
    return KeepingWords("USD", Format::english());
}

Plan selfPaced(Date completion) {
    Plan p;
    p.status = PlanStatus::Optimal;
    p.start = Date::fromYmd(2027, 1, 4);
    p.totals.completion = completion;
    p.credentials.push_back(PlannedCredential{});
    return p;
}

} // namespace

TEST(KeepingWords, ATotalWithARangeShowsLowHighAndTypical) {
    EXPECT_EQ(english().money({1200, 1380, 1650, false}), QStringLiteral("$1,200–$1,650, typical $1,380"));
    EXPECT_EQ(english().money({1380, 1380, 1380, false}), QStringLiteral("$1,380"));
    EXPECT_EQ(english().money({1380, 1380, 1380, true}), QStringLiteral("$1,380 (estimated)"));
    EXPECT_EQ(english().hours({100, 120, 160, true}), QStringLiteral("100–160 hours, typical 120 (estimated)"));
}

TEST(KeepingWords, TheCostToHoldSaysWhatIsEarnedAndWhatIsFees) {
    Holding h;
    h.years = 3;
    h.earn = 749;
    h.keepMoney = 405;
    h.keepHours = 120;
    EXPECT_EQ(english().holding(h), QStringLiteral("Cost to hold for 3 years: $1,154 ($749 to earn, $405 in renewal "
                                                   "fees; 120 hours of continuing education)."));
    h.years = 1;
    h.keepHours = 0;
    h.estimated = true;
    EXPECT_EQ(
        english().holding(h),
        QStringLiteral("Cost to hold for 1 year: $1,154 ($749 to earn, $405 in renewal fees; some fees estimated)."));
}

TEST(KeepingWords, EachDateSaysWhatItAsks) {
    const KeepingEvent renew{KeepingEvent::Kind::Renewal, "sec", Date::fromYmd(2030, 1, 27), 150, 50, false};
    EXPECT_EQ(english().event(renew, QStringLiteral("Security+")),
              QStringLiteral("Renew Security+: $150 and 50 hours of continuing education."));
    const KeepingEvent free{KeepingEvent::Kind::Renewal, "az", Date::fromYmd(2028, 1, 27), 0, 0, false};
    EXPECT_EQ(english().event(free, QStringLiteral("AZ-104")), QStringLiteral("Renew AZ-104: no fee."));
    const KeepingEvent retake{KeepingEvent::Kind::Renewal, "aws", Date::fromYmd(2030, 1, 27), 75, 0, true};
    EXPECT_EQ(english().event(retake, QStringLiteral("SAA")),
              QStringLiteral("Renew SAA by passing the exam again: $75."));
    const KeepingEvent fee{KeepingEvent::Kind::YearlyFee, "cissp", Date::fromYmd(2028, 1, 27), 135, 0, false};
    EXPECT_EQ(english().eventTitle(fee, QStringLiteral("CISSP")), QStringLiteral("Yearly fee: CISSP"));
}

TEST(KeepingWords, TheHighHoursSayWhetherTheDeadlineStillHolds) {
    const Plan p = selfPaced(Date::fromYmd(2027, 6, 30));
    PlanRanges r;
    r.hours = {80, 100, 130, true};
    r.highCompletion = Date::fromYmd(2027, 8, 14);
    const QString after = english().guarantee(p, r, Date::fromYmd(2027, 7, 31));
    EXPECT_TRUE(after.contains(QStringLiteral("after the deadline"))) << after.toStdString();
    const QString within = english().guarantee(p, r, Date::fromYmd(2027, 9, 1));
    EXPECT_TRUE(within.contains(QStringLiteral("still within the deadline"))) << within.toStdString();
    r.highCompletion = p.totals.completion;
    EXPECT_TRUE(english().guarantee(p, r, std::nullopt).isEmpty());
}

} // namespace cairn::text
