// When completed credentials were earned and until when they count (docs/formats.md,
// "completed_dates"): profiles keep the dates, a bad entry names itself and its field, and an
// Open Badge or CLR import records the dates of what it adds.
#include <cairn/io/badge_match.h>
#include <cairn/io/profile_json.h>
#include <cairn/text/load_words.h>
#include <gtest/gtest.h>

using namespace cairn;
using namespace Qt::Literals::StringLiterals;

namespace {

Profile holder() {
    Profile p;
    p.name = "Jamal";
    p.start = Date::fromYmd(2027, 1, 4);
    p.completed = {"comptia-a-plus", "google-it-support"};
    p.completedDates = {{"comptia-a-plus", Date::fromYmd(2024, 3, 1), Date::fromYmd(2027, 3, 1)},
                        {"google-it-support", Date::fromYmd(2023, 6, 15), std::nullopt}};
    return p;
}

std::string errorsOf(const io::LoadResult<Profile>& r) {
    return cairn::text::LoadWords::english().lines(r.errors).join(QLatin1Char('\n')).toStdString();
}

QByteArray withDates(const QByteArray& dates) {
    return R"({"format": "cairn-profile", "version": 1, "name": "J", "completed": ["a", "b"],
               "completed_dates": )" +
           dates + "}";
}

} // namespace

TEST(CompletionDates, RoundTrip) {
    const QByteArray json = io::writeProfile(holder());
    EXPECT_TRUE(json.contains(R"("expires": "2027-03-01")")) << json.toStdString();
    const auto read = io::readProfile(json);
    ASSERT_TRUE(read.ok()) << errorsOf(read);
    EXPECT_EQ(*read.value, holder());
}

TEST(CompletionDates, AProfileWithoutThemIsWrittenAsBefore) {
    Profile p = holder();
    p.completedDates.clear();
    EXPECT_FALSE(io::writeProfile(p).contains("completed_dates"));
}

TEST(CompletionDates, ABadEntryNamesItselfAndItsField) {
    const auto unknown = io::readProfile(withDates(R"([{"credential": "c", "earned": "2024-01-01"}])"));
    EXPECT_FALSE(unknown.value);
    EXPECT_NE(errorsOf(unknown).find("completed_dates[0].credential"), std::string::npos) << errorsOf(unknown);
    EXPECT_NE(errorsOf(unknown).find("c is not one of the profile's completed credentials"), std::string::npos);

    const auto backwards =
        io::readProfile(withDates(R"([{"credential": "a", "earned": "2024-01-01", "expires": "2023-01-01"}])"));
    EXPECT_FALSE(backwards.value);
    EXPECT_NE(errorsOf(backwards).find("completed_dates[0].expires"), std::string::npos) << errorsOf(backwards);

    const auto twice = io::readProfile(withDates(R"([{"credential": "a"}, {"credential": "a"}])"));
    EXPECT_FALSE(twice.value);
    EXPECT_NE(errorsOf(twice).find("given twice"), std::string::npos) << errorsOf(twice);

    const auto outOfRange = io::readProfile(withDates(R"([{"credential": "a", "expires": "9999-12-31"}])"));
    EXPECT_FALSE(outOfRange.value);
    EXPECT_NE(errorsOf(outOfRange).find("completed_dates[0].expires"), std::string::npos) << errorsOf(outOfRange);

    const auto unknownField = io::readProfile(withDates(R"([{"credential": "a", "issued": "2024-01-01"}])"));
    EXPECT_FALSE(unknownField.value);
}

TEST(CompletionDates, ABadgeImportRecordsTheDatesOfTheMostRecentAward) {
    io::badges::Achievement first;
    first.issued = Date::fromYmd(2021, 5, 1);
    first.expires = Date::fromYmd(2024, 5, 1);
    io::badges::Achievement renewed;
    renewed.issued = Date::fromYmd(2024, 4, 20);
    renewed.expires = Date::fromYmd(2027, 5, 1);
    io::badges::Achievement undated;
    const std::vector<io::badges::Achievement> achievements = {renewed, first, undated};
    std::vector<io::badges::Match> matches(3);
    for (std::size_t i = 0; i < matches.size(); ++i) {
        matches[i].achievement = i;
        matches[i].by = io::badges::Match::By::Alignment;
    }
    matches[0].credential = matches[1].credential = "comptia-security-plus";
    matches[2].credential = "itil4-foundation";

    Profile p;
    p.completed = {"itil4-foundation"};
    EXPECT_EQ(io::badges::addToProfile(matches, achievements, p), 1);
    EXPECT_EQ(p.completed, (std::vector<std::string>{"itil4-foundation", "comptia-security-plus"}));
    ASSERT_EQ(p.completedDates.size(), 1u); // the undated award adds no dates
    EXPECT_EQ(p.completedDates[0],
              (CompletionDates{"comptia-security-plus", Date::fromYmd(2024, 4, 20), Date::fromYmd(2027, 5, 1)}));
    // What a file says was revoked or has expired adds nothing.
    matches[0].standing = io::badges::Match::Standing::Revoked;
    Profile fresh;
    matches[1].standing = io::badges::Match::Standing::Expired;
    EXPECT_EQ(io::badges::addToProfile(matches, achievements, fresh), 1);
    EXPECT_EQ(fresh.completed, std::vector<std::string>{"itil4-foundation"});
}
