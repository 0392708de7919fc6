// A profile's funding sources in JSON (docs/formats.md, "Funding source"): they round-trip, a
// profile without them is written as before, and a bad source is an error naming it and its
// field, with nothing of the profile used.
#include <cairn/engine/limits.h>
#include <cairn/io/profile_json.h>
#include <cairn/text/load_words.h>
#include <gtest/gtest.h>

using namespace cairn;

namespace {

Profile funded() {
    Profile p;
    p.name = "Aisha";
    p.start = Date::fromYmd(2027, 9, 6);
    p.budget = 500;
    p.budgetOn = BudgetBasis::OutOfPocket;
    FundingSource employer;
    employer.name = "Acme tuition assistance";
    employer.kind = FundingSource::Kind::Employer;
    employer.share = 75;
    employer.cap = 5250;
    employer.covers = {"provider:CompTIA", "tag:security", "cred:cissp"};
    FundingSource grant;
    grant.name = "WIOA training account";
    grant.kind = FundingSource::Kind::Grant;
    grant.cap = 4000;
    grant.capPer = FundingSource::CapPer::Total;
    FundingSource family;
    family.name = "Family";
    family.kind = FundingSource::Kind::Other;
    family.share = 33.33;
    p.funding = {employer, grant, family};
    return p;
}

std::string errorsOf(const io::LoadResult<Profile>& r) {
    return cairn::text::LoadWords::english().lines(r.errors).join(QLatin1Char('\n')).toStdString();
}

TEST(FundingJson, SourcesRoundTripInCanonicalForm) {
    const QByteArray written = io::writeProfile(funded());
    const auto result = io::readProfile(written);
    ASSERT_TRUE(result.ok()) << errorsOf(result);
    EXPECT_EQ(*result.value, funded());
    EXPECT_EQ(io::writeProfile(*result.value), written);
    EXPECT_TRUE(written.contains(R"("budget_on": "out-of-pocket")")) << written.toStdString();
    EXPECT_TRUE(written.contains(R"("cap": null)")) << written.toStdString(); // the family pays without a cap
}

TEST(FundingJson, AProfileWithoutFundingIsWrittenAsBefore) {
    Profile p;
    p.start = Date::fromYmd(2027, 1, 4);
    const QByteArray written = io::writeProfile(p);
    EXPECT_FALSE(written.contains("funding"));
    EXPECT_FALSE(written.contains("budget_on"));
}

TEST(FundingJson, DefaultsOfASource) {
    const auto result = io::readProfile(R"({"format": "cairn-profile", "version": 1,
        "funding": [{"name": "Acme", "kind": "employer"}]})");
    ASSERT_TRUE(result.ok()) << errorsOf(result);
    const FundingSource& s = result.value->funding.at(0);
    EXPECT_EQ(s.share, 100);
    EXPECT_FALSE(s.cap.has_value());
    EXPECT_EQ(s.capPer, FundingSource::CapPer::Year);
    EXPECT_TRUE(s.covers.empty());
    EXPECT_EQ(result.value->budgetOn, BudgetBasis::Total);
}

struct BadSource {
    const char* json;     ///< the source object
    const char* field;    ///< the path of the error
    const char* contains; ///< a part of its message
};

TEST(FundingJson, ABadSourceNamesItselfAndTheField) {
    const BadSource cases[] = {
        {R"({"name": "Acme", "kind": "employer", "share": 150})", "funding[0].share", "share must be a number above 0"},
        {R"({"name": "Acme", "kind": "employer", "share": 0})", "funding[0].share", "share must be a number above 0"},
        {R"({"name": "Acme", "kind": "employer", "cap": -1})", "funding[0].cap", "cap must be a number from 0"},
        {R"({"name": "Acme", "kind": "employer", "cap": "5250"})", "funding[0].cap", "cap must be a number"},
        {R"({"name": "Acme", "kind": "boss"})", "funding[0].kind", "kind must be"},
        {R"({"name": "Acme", "kind": "employer", "cap_per": "month"})", "funding[0].cap_per", "cap_per must be"},
        {R"({"name": "Acme", "kind": "employer", "covers": ["vendor:x"]})", "funding[0].covers[0]", "provider:NAME"},
        {R"({"name": "Acme", "kind": "employer", "covers": ["provider:"]})", "funding[0].covers[0]", "provider:NAME"},
        {R"({"name": "Acme", "kind": "employer", "pays": 1})", "funding[0].pays", "pays"},
        {R"({"name": "", "kind": "employer"})", "funding[0].name", "1 to 200 characters"},
    };
    for (const auto& c : cases) {
        const QByteArray json = QByteArray(R"({"format": "cairn-profile", "version": 1, "funding": [)") + c.json + "]}";
        const auto result = io::readProfile(json, QStringLiteral("p.json"));
        EXPECT_FALSE(result.value.has_value()) << c.json; // nothing of the profile is used
        ASSERT_EQ(result.errors.size(), 1u) << c.json << "\n" << errorsOf(result);
        const io::LoadError& e = result.errors[0];
        EXPECT_EQ(e.field.toStdString(), c.field) << c.json;
        EXPECT_NE(cairn::text::LoadWords::english().sentence(e).toStdString().find(c.contains), std::string::npos)
            << cairn::text::LoadWords::english().sentence(e).toStdString();
        if (std::string(c.json).find(R"("name": "Acme")") != std::string::npos) {
            EXPECT_EQ(e.object.toStdString(), "funding Acme") << c.json;
        }
        EXPECT_EQ(e.kind, io::LoadError::Kind::Invalid);
    }
}

TEST(FundingJson, ABadBudgetBasisIsAnError) {
    const auto result = io::readProfile(R"({"format": "cairn-profile", "version": 1, "budget_on": "net"})");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.errors.at(0).field.toStdString(), "budget_on");
}

TEST(FundingJson, TooManySourcesAreNotRead) {
    QByteArray json = R"({"format": "cairn-profile", "version": 1, "funding": [)";
    for (int i = 0; i <= limits::kMaxFundingSources; ++i)
        json += (i ? "," : "") + QByteArray(R"({"name": "s)") + QByteArray::number(i) + R"(", "kind": "other"})";
    json += "]}";
    const auto result = io::readProfile(json);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.errors.at(0).field.toStdString(), "funding");
}

} // namespace
