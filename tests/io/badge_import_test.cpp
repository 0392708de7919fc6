// Reading Open Badges 2.0 / 3.0 and CLR 2.0 files (1EdTech's samples in tests/io/data/interop,
// see its SOURCES.txt) and matching their achievements to a catalog.
#include <cairn/engine/validation.h>
#include <cairn/io/badge_match.h>
#include <cairn/io/catalog_json.h>
#include <cairn/text/load_words.h>
#include <gtest/gtest.h>

namespace {

using namespace Qt::Literals::StringLiterals;
using namespace cairn::io::badges;
using cairn::Date;

QString sample(const QString& name) {
    return QStringLiteral(CAIRN_TEST_DATA) + u"/interop/openbadges_clr/"_s + name;
}

BadgeRead readSamples(const QStringList& names) {
    BadgeReader reader;
    for (const QString& n : names)
        reader.addFile(sample(n));
    return reader.finish();
}

cairn::Catalog catalog() {
    cairn::Catalog c;
    auto add = [&](std::string id, std::string title, std::vector<std::string> tags = {}) {
        cairn::Credential cr;
        cr.id = std::move(id);
        cr.title = std::move(title);
        cr.tags = std::move(tags);
        c.credentials.push_back(cr);
    };
    add("ce-98cb027b-95ef-4494-908d-6f7790ec6b6b", "A degree under another name", {"BachelorDegree"});
    add("teamwork", "Teamwork");
    add("achievement-1", "Achievement 1");
    add("twin-a", "Health Careers 1");
    add("twin-b", "Health Careers 1");
    add("example-badge", "Example Badge", {"Certification"});
    return c;
}

const Date kToday = *Date::fromIso("2026-12-03");

TEST(Badges, OpenBadges3MatchesByTheCtidOfItsAlignmentWithItsDates) {
    const auto read = readSamples({u"ob30/complete.json"_s});
    ASSERT_EQ(read.achievements.size(), 1u);
    const Achievement& a = read.achievements[0];
    EXPECT_EQ(a.name, u"1EdTech University Degree"_s);
    EXPECT_EQ(a.achievementType, u"Degree"_s);
    EXPECT_EQ(a.issuer, u"1EdTech University"_s);
    EXPECT_EQ(a.issued, Date::fromIso("2010-01-01"));  // validFrom (VC v2)
    EXPECT_EQ(a.expires, Date::fromIso("2030-01-01")); // validUntil
    EXPECT_TRUE(a.proof);
    EXPECT_EQ(a.statusList, u"1EdTechRevocationList"_s);
    const auto m = matchAchievements(read.achievements, catalog(), kToday);
    EXPECT_EQ(m[0].by, Match::By::Alignment);
    EXPECT_EQ(m[0].credential, "ce-98cb027b-95ef-4494-908d-6f7790ec6b6b");
    EXPECT_TRUE(m[0].counts());
}

TEST(Badges, VcVersion1DatesAndExpiry) {
    const auto read = readSamples({u"ob30/complete_v1.json"_s});
    ASSERT_EQ(read.achievements.size(), 1u);
    EXPECT_EQ(read.achievements[0].issued, Date::fromIso("2010-01-01"));  // issuanceDate
    EXPECT_EQ(read.achievements[0].expires, Date::fromIso("2020-01-01")); // expirationDate
    const auto m = matchAchievements(read.achievements, catalog(), kToday);
    EXPECT_EQ(m[0].standing, Match::Standing::Expired);
    EXPECT_FALSE(m[0].counts());
}

TEST(Badges, ProofIsReportedNotRequired) {
    const auto read = readSamples({u"ob30/simple.json"_s, u"ob30/simple-noproof.json"_s});
    ASSERT_EQ(read.achievements.size(), 2u);
    EXPECT_TRUE(read.achievements[0].proof);
    EXPECT_FALSE(read.achievements[1].proof);
    const auto m = matchAchievements(read.achievements, catalog(), kToday);
    EXPECT_EQ(m[0].credential, "teamwork"); // by name
    EXPECT_EQ(m[0].by, Match::By::Name);
    EXPECT_EQ(m[1].by, Match::By::None); // "Example University Degree" is not in the catalog
}

TEST(Badges, ClrNestsAchievementCredentials) {
    const auto read = readSamples({u"clr20/complex.json"_s, u"clr20/simple_v1.json"_s});
    ASSERT_EQ(read.achievements.size(), 12u);
    EXPECT_EQ(read.achievements[1].name, u"Health Careers 1"_s);
    EXPECT_EQ(read.achievements[1].format, u"CLR 2.0"_s);
    EXPECT_EQ(read.achievements[1].path, u"credentialSubject.verifiableCredential[1]"_s);
    EXPECT_EQ(read.achievements[1].issued, Date::fromIso("2018-06-06"));
    const auto m = matchAchievements(read.achievements, catalog(), kToday);
    // Two credentials share the name: the learner confirms which in the app.
    EXPECT_EQ(m[1].by, Match::By::None);
    EXPECT_EQ(m[1].candidates, (std::vector<std::string>{"twin-a", "twin-b"}));
}

TEST(Badges, OpenBadges2AssertionFindsItsBadgeClassAmongTheFiles) {
    BadgeReader reader;
    reader.addBytes(R"({"@context": "https://w3id.org/openbadges/v2", "type": "Assertion", "id": "urn:a",
        "badge": "http://example.org/badgeclass1", "issuedOn": "2016-12-31T23:59:59Z",
        "expires": "2099-01-01T00:00:00Z", "recipient": {"type": "email", "identity": "x@example.org"},
        "verification": {"type": "hosted"}})",
                    u"assertion.json"_s);
    reader.addFile(sample(u"ob20/badgeclass1.json"_s));
    reader.addFile(sample(u"ob20/issuer1.json"_s));
    const auto read = reader.finish();
    ASSERT_EQ(read.achievements.size(), 1u);
    EXPECT_EQ(read.achievements[0].name, u"Example Badge"_s);
    EXPECT_EQ(read.achievements[0].format, u"Open Badges 2.0"_s);
    EXPECT_EQ(read.achievements[0].expires, Date::fromIso("2099-01-01"));
    const auto m = matchAchievements(read.achievements, catalog(), kToday);
    EXPECT_EQ(m[0].credential, "example-badge");
    EXPECT_TRUE(m[0].counts());
}

TEST(Badges, RevokedAssertionDoesNotCount) {
    BadgeReader reader;
    reader.addBytes(R"({"type": "Assertion", "id": "urn:a", "revoked": true,
        "badge": {"type": "BadgeClass", "id": "urn:b", "name": "Teamwork"}, "issuedOn": "2020-01-01"})",
                    u"revoked.json"_s);
    const auto read = reader.finish();
    const auto m = matchAchievements(read.achievements, catalog(), kToday);
    ASSERT_EQ(m.size(), 1u);
    EXPECT_EQ(m[0].credential, "teamwork");
    EXPECT_EQ(m[0].standing, Match::Standing::Revoked);
    EXPECT_FALSE(m[0].counts());
}

TEST(Badges, KindsMustAgreeWhenBothAreKnown) {
    BadgeReader reader;
    reader.addBytes(R"({"type": ["VerifiableCredential", "OpenBadgeCredential"], "issuer": "urn:i",
        "credentialSubject": {"achievement": {"id": "urn:x", "name": "Example Badge", "achievementType": "Degree"}}})",
                    u"degree.json"_s);
    const auto read = reader.finish();
    EXPECT_EQ(matchAchievements(read.achievements, catalog(), kToday)[0].by, Match::By::None);
}

TEST(Badges, WhatIsNotABadgeIsListed) {
    BadgeReader reader;
    reader.addFile(sample(u"ob30/endorsement-valid.json"_s));
    reader.addFile(sample(u"ler_vc/LER-RS_V2_UC010_applying.json"_s));
    reader.addBytes("{", u"broken.json"_s);
    const auto read = reader.finish();
    EXPECT_TRUE(read.achievements.empty());
    ASSERT_EQ(read.skipped.size(), 1u);
    EXPECT_TRUE(cairn::text::LoadWords::english()
                    .line(read.skipped[0])
                    .endsWith(u"/endorsement-valid.json: an endorsement, not an achievement of the learner"_s));
    ASSERT_EQ(read.failures.size(), 2u);
    EXPECT_EQ(cairn::text::LoadWords::english().line(read.failures[0]).toStdString(),
              "broken.json:1:1: the object opened here is never closed with '}'");
}

/// A catalog of skills named the three ways an alignment can name them (tests/io/data/badges).
cairn::Catalog alignedCatalog() {
    auto read = cairn::io::readCatalogFile(QStringLiteral(CAIRN_TEST_DATA) + u"/badges/aligned-catalog.json"_s);
    EXPECT_TRUE(read.ok());
    return read.value.value_or(cairn::Catalog{});
}

BadgeRead readAligned(const QString& name) {
    BadgeReader reader;
    reader.addFile(QStringLiteral(CAIRN_TEST_DATA) + u"/badges/"_s + name);
    return reader.finish();
}

TEST(BadgeSkills, OpenBadges3AlignmentsNameSkillsByEscoOnetAndId) {
    const auto read = readAligned(u"aligned-ob30.json"_s);
    ASSERT_EQ(read.achievements.size(), 1u);
    EXPECT_EQ(read.achievements[0].criteria, u"https://example.org/achievements/data-reporting/criteria"_s);
    const auto m = matchAchievements(read.achievements, alignedCatalog(), kToday);
    ASSERT_EQ(m.size(), 1u);
    EXPECT_EQ(m[0].by, Match::By::None); // no credential of that name: the skills stand alone
    // SQL by its ESCO URI (and once more by its id in the third alignment: listed once), Tableau by
    // its O*NET technology name; "Public speaking" is no skill of the catalog.
    const std::vector<AlignedSkill> expected{{"sql", 0, AlignedSkill::By::Esco},
                                             {"tableau", 1, AlignedSkill::By::Onet}};
    EXPECT_EQ(m[0].skills, expected);
}

TEST(BadgeSkills, OpenBadges2BadgeClassAlignmentNamesASkillByCairnsUrn) {
    const auto read = readAligned(u"aligned-ob20.json"_s);
    ASSERT_EQ(read.achievements.size(), 1u);
    EXPECT_EQ(read.achievements[0].criteria, u"https://example.org/badges/team-project/criteria"_s);
    const auto m = matchAchievements(read.achievements, alignedCatalog(), kToday);
    const std::vector<AlignedSkill> expected{{"teamwork", 0, AlignedSkill::By::Id}};
    EXPECT_EQ(m[0].skills, expected);
}

TEST(BadgeSkills, ACodeNamesASkillByItsIdAndARevokedBadgeNamesNone) {
    BadgeReader reader;
    reader.addBytes(R"({"type": "Assertion", "id": "urn:a", "badge": {"type": "BadgeClass", "id": "urn:b",
        "name": "Stats", "alignment": {"targetName": "Statistics", "targetCode": "statistics"}}})",
                    u"held.json"_s);
    reader.addBytes(R"({"type": "Assertion", "id": "urn:c", "revoked": true, "badge": {"type": "BadgeClass",
        "id": "urn:d", "name": "Stats", "alignment": [{"targetCode": "statistics"}]}})",
                    u"revoked.json"_s);
    const auto read = reader.finish();
    const auto m = matchAchievements(read.achievements, alignedCatalog(), kToday);
    ASSERT_EQ(m.size(), 2u);
    const std::vector<AlignedSkill> expected{{"statistics", 0, AlignedSkill::By::Id}};
    EXPECT_EQ(m[0].skills, expected);
    EXPECT_TRUE(m[1].skills.empty());
}

TEST(BadgeSkills, ConfirmedSkillsAreHeldAtTheHigherLevel) {
    cairn::Profile profile;
    profile.skills = {{"sql", 3}, {"tableau", 1}};
    const int changed = addSkillsToProfile({{"sql", 2}, {"tableau", 4}, {"teamwork", 2}}, profile);
    EXPECT_EQ(changed, 2); // tableau raised, teamwork added; sql stays at 3
    const std::vector<cairn::SkillLevel> expected{{"sql", 3}, {"tableau", 4}, {"teamwork", 2}};
    EXPECT_EQ(profile.skills, expected);
    EXPECT_EQ(addSkillsToProfile({{"sql", 1}}, profile), 0);
}

TEST(BadgeCatalog, AnUnmatchedAchievementBecomesAValidCredentialItMatchesAfterwards) {
    const auto read = readAligned(u"aligned-ob30.json"_s);
    ASSERT_EQ(read.achievements.size(), 1u);
    const cairn::Credential c = credentialFrom(read.achievements[0]);
    EXPECT_TRUE(QString::fromStdString(c.id).startsWith(u"badge-data-reporting-"_s)) << c.id;
    EXPECT_EQ(c.id, addedId(read.achievements[0])); // the same on every import
    EXPECT_EQ(c.title, "Data Reporting");
    EXPECT_EQ(c.provider, "Example Data Academy");
    EXPECT_EQ(c.description, "Writes queries and builds dashboards from them.");
    EXPECT_EQ(c.url, "https://example.org/achievements/data-reporting/criteria");
    EXPECT_EQ(c.cost, 0);
    EXPECT_EQ(c.hours, 0);
    EXPECT_EQ(c.estimated, (std::vector<std::string>{"cost", "hours"}));

    // Written to a catalog file and read back, it is a credential like any other.
    cairn::Catalog catalog = alignedCatalog();
    catalog.credentials.push_back(c);
    auto back = cairn::io::readCatalog(cairn::io::writeCatalog(catalog), u"with-badge.json"_s);
    ASSERT_TRUE(back.ok()) << (back.errors.empty()
                                   ? std::string()
                                   : cairn::text::LoadWords::english().line(back.errors.front()).toStdString());
    EXPECT_FALSE(cairn::hasErrors(cairn::validate(*back.value)));
    EXPECT_EQ(*back.value->findCredential(c.id), c);

    // Imported again, the achievement is that credential, even under another title.
    catalog.credentials.back().title = "Reporting with data";
    const auto m = matchAchievements(read.achievements, catalog, kToday);
    EXPECT_EQ(m[0].by, Match::By::Added);
    EXPECT_EQ(m[0].credential, c.id);
    EXPECT_TRUE(m[0].counts());
}

} // namespace
