// Money, numbers and dates: one implementation for the terminal (English), the window and the
// report (the user's language).
#include <cairn/engine/catalog.h>
#include <cairn/text/format.h>
#include <cairn/text/reason_words.h>
#include <gtest/gtest.h>

namespace cairn::text {

namespace {

const Format english = Format::english();
const Format german{QLocale(QLocale::German, QLocale::Germany)};
const QChar nbsp(0x00A0);

} // namespace

TEST(Format, MoneyInEnglishHasTheSymbolFirstAndCentsOnlyWhenThereAreAny) {
    EXPECT_EQ(english.money(1294, "USD"), QStringLiteral("$1,294"));
    EXPECT_EQ(english.money(49.99, "USD"), QStringLiteral("$49.99"));
    EXPECT_EQ(english.money(4011.1, "USD"), QStringLiteral("$4,011.10"));
    EXPECT_EQ(english.money(0, "USD"), QStringLiteral("$0"));
    EXPECT_EQ(english.money(80, "EUR"), QStringLiteral("€80"));
    EXPECT_EQ(english.money(80, "GBP"), QStringLiteral("£80"));
    // A cent's rounding never shows as ".00".
    EXPECT_EQ(english.money(99.999, "USD"), QStringLiteral("$100"));
}

TEST(Format, NegativeMoneyHasItsSignInFront) {
    // Not the accounting "($5)" US English would choose.
    EXPECT_EQ(english.money(-5.5, "USD"), QStringLiteral("-$5.50"));
    EXPECT_EQ(german.money(-1234, "EUR").simplified(), QStringLiteral("-1.234 €"));
}

TEST(Format, MoneyInGermanFollowsTheLocale) {
    EXPECT_EQ(german.money(1294, "USD").simplified(), QStringLiteral("1.294 $"));
    EXPECT_EQ(german.money(80.5, "EUR").simplified(), QStringLiteral("80,50 €"));
}

TEST(Format, AnOtherCurrencyIsWrittenWithItsSymbolOrCodeApartFromTheFigure) {
    const QString chf = english.money(1234, "CHF");
    EXPECT_TRUE(chf.startsWith(QStringLiteral("CHF"))) << chf.toStdString();
    EXPECT_EQ(QString(chf).replace(nbsp, QLatin1Char(' ')), QStringLiteral("CHF 1,234"));
    EXPECT_EQ(QString(english.money(5, "XYZ")).replace(nbsp, QLatin1Char(' ')), QStringLiteral("XYZ 5"));
    EXPECT_EQ(german.money(5, "XYZ").simplified(), QStringLiteral("5 XYZ"));
}

TEST(Format, FiguresBeyondAnyRangeAreWrittenInExponentFormNotOverflowed) {
    EXPECT_EQ(english.money(1e17, "USD"), QStringLiteral("$1e+17"));
    EXPECT_EQ(english.number(1e17), QStringLiteral("1e+17"));
}

TEST(Format, NumbersDropTrailingZeros) {
    EXPECT_EQ(english.number(321), QStringLiteral("321"));
    EXPECT_EQ(english.number(2.5), QStringLiteral("2.5"));
    EXPECT_EQ(english.number(0.25), QStringLiteral("0.25"));
    EXPECT_EQ(english.number(12345.5), QStringLiteral("12,345.5"));
    EXPECT_EQ(english.number(2.04, 1), QStringLiteral("2"));
    EXPECT_EQ(german.number(2.5), QStringLiteral("2,5"));
}

TEST(Format, PercentHasOneDecimal) {
    EXPECT_EQ(english.percent(0.032), QStringLiteral("3.2%"));
}

TEST(Format, DatesUseThePatternOfTheStyle) {
    const Date july = Date::fromYmd(2027, 7, 17);
    const Format us{QLocale(QLocale::English, QLocale::UnitedStates)};
    EXPECT_EQ(us.date(july), QStringLiteral("17 Jul 2027"));
    EXPECT_EQ(us.date(july, DateStyle::DayMonth), QStringLiteral("17 Jul"));
    EXPECT_EQ(us.date(july, DateStyle::MonthYear), QStringLiteral("July 2027"));
    EXPECT_EQ(us.date(july, DateStyle::Month), QStringLiteral("Jul"));
}

TEST(Format, TheCommandLineWritesIsoDatesLikeItsInput) {
    EXPECT_EQ(english.date(Date::fromYmd(2027, 7, 17)), QStringLiteral("2027-07-17"));
}

TEST(Format, TheCLocaleWritesLikeUsEnglish) {
    EXPECT_EQ(Format(QLocale::c()).money(1294, "USD"), QStringLiteral("$1,294"));
}

TEST(Format, OneCreditIsSingularAndEveryOtherCountPlural) {
    EXPECT_EQ(english.credits(1), QStringLiteral("1 credit"));
    EXPECT_EQ(english.credits(3), QStringLiteral("3 credits"));
    EXPECT_EQ(english.credits(1.5), QStringLiteral("1.5 credits"));
    EXPECT_EQ(english.credits(0), QStringLiteral("0 credits"));
    // A plan's reasons say it so: "Counts 1 credits toward math" read before.
    Catalog catalog;
    Reason reason;
    reason.kind = Reason::Kind::Credits;
    reason.item = "math";
    reason.credits = 1;
    EXPECT_EQ(ReasonWords(catalog, english).sentence(reason), QStringLiteral("Counts 1 credit toward math."));
}

} // namespace cairn::text
