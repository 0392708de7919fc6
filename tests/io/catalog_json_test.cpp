#include <QFile>
#include <QTemporaryDir>
#include <cairn/io/catalog_json.h>
#include <cairn/io/profile_json.h>
#include <cairn/text/load_words.h>
#include <gtest/gtest.h>

using namespace cairn;

namespace {

Catalog everyFeature() {
    Catalog c;
    c.name = "Every feature \"quoted\" — ünïcode";
    c.currency = "EUR";
    c.revision = "r7";
    c.attribution = {"ESCO (CC BY 4.0)"};
    c.skills = {{"sql", "SQL", "http://data.europa.eu/esco/skill/x", "SQL", "Queries.", "Data"},
                {"stats", "Stats", "", "", "", ""}};
    Credential a;
    a.id = "a";
    a.title = "A";
    a.provider = "P";
    a.cost = 0.1;
    a.hours = 1e-3;
    a.grants = {{"sql", 5}};
    Credential b;
    b.id = "b";
    b.title = "B\nsecond line";
    b.provider = "P";
    b.url = "https://example.org/b";
    b.description = "tabs\tand\\backslashes";
    b.cost = 1234567.25;
    b.hours = 40;
    b.pace.kind = Pace::Kind::Cohort;
    b.pace.weeks = 6;
    b.pace.starts = {Date::fromYmd(2027, 1, 11), Date::fromYmd(2027, 3, 1)};
    b.prerequisites = Requirement::all(
        {Requirement::skill("sql", 2),
         Requirement::atLeast(1, {Requirement::credential("a"), Requirement::any({Requirement::skill("stats", 3)})})});
    b.credits = {{"bs", 3, {"core"}}, {"bs", 1.5, {}}};
    b.tags = {"x", "y"};
    b.source = "https://example.org/b/price";
    b.asOf = "2026-11-25";
    b.estimated = {"cost", "pace"};
    c.credentials = {a, b};
    c.programs = {{"bs", "BS", "Uni", "https://example.edu", {"core", "elective"}}};
    Goal career;
    career.id = "role";
    career.title = "Role";
    career.onet = "15-2051.01";
    career.requirement = Requirement::credential("b");
    Goal credits;
    credits.id = "credits";
    credits.kind = Goal::Kind::Credits;
    credits.title = "Credits";
    credits.program = "bs";
    credits.minCredits = 4.5;
    credits.categories = {{"core", 1.0, std::nullopt}, {"elective", std::nullopt, 3.0}};
    c.goals = {career, credits};
    return c;
}

} // namespace

TEST(CatalogJson, ReadingWhatWasWrittenGivesAnEqualCatalog) {
    const Catalog original = everyFeature();
    const QByteArray json = io::writeCatalog(original);
    const auto result = io::readCatalog(json, QStringLiteral("x.json"));
    ASSERT_TRUE(result.ok())
        << cairn::text::LoadWords::english().lines(result.errors).join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(*result.value, original);
    EXPECT_EQ(io::writeCatalog(*result.value), json);
}

TEST(CatalogJson, DefaultsForOptionalFields) {
    const auto result = io::readCatalog(R"({"format": "cairn-catalog", "version": 1, "name": "n", "skills": [],
        "credentials": [{"id": "c", "title": "C", "provider": "P", "cost": 5, "hours": 2}], "goals": []})");
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.value->currency, "USD");
    const Credential& c = result.value->credentials.at(0);
    EXPECT_EQ(c.pace.kind, Pace::Kind::SelfPaced);
    EXPECT_TRUE(c.prerequisites.isNone());
    EXPECT_TRUE(c.grants.empty());
    EXPECT_EQ(c.asOf, "");
}

TEST(CatalogJson, ShortSkillItemMeansLevelOne) {
    const auto result = io::readCatalog(R"({"format": "cairn-catalog", "version": 1, "name": "n", "skills": [],
        "credentials": [], "goals": [{"id": "g", "kind": "career", "title": "G", "requires": "skill:sql"}]})");
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.value->goals.at(0).requirement, Requirement::skill("sql", 1));
}

TEST(CatalogJson, ErrorsWithoutAFileNameLeaveItOut) {
    const auto result = io::readCatalog(R"({"format": "cairn-catalog", "version": 1, "name": "n", "skills": [],
        "credentials": [], "goals": [], "extra": 1})");
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_FALSE(result.value.has_value());
    EXPECT_EQ(cairn::text::LoadWords::english().line(result.errors[0]).toStdString(),
              "2:41: extra: unknown field 'extra' in a catalog; its fields are format, version, name, currency, "
              "revision, attribution, skills, credentials, programs, goals");
}

TEST(CatalogJson, UnreadableFileIsAnErrorNamingIt) {
    const QString missing = QStringLiteral("/nonexistent/folder/catalog.json");
    const auto result = io::readCatalogFile(missing);
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_EQ(result.errors[0].file, missing);
    EXPECT_TRUE(cairn::text::LoadWords::english()
                    .sentence(result.errors[0])
                    .startsWith(QStringLiteral("cannot open the file: ")))
        << cairn::text::LoadWords::english().sentence(result.errors[0]).toStdString();
}

TEST(CatalogJson, ReadsFromAFileAndNamesItInErrors) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("c.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "cairn-catalog", "version": 1})");
    file.close();
    const auto result = io::readCatalogFile(path);
    ASSERT_EQ(result.errors.size(), 4u); // name, skills, credentials, goals
    EXPECT_EQ(cairn::text::LoadWords::english().line(result.errors[0]),
              path + QStringLiteral(":1:1: name: required field 'name' is missing from a catalog"));
}

TEST(LoadError, LeavesOutUnknownParts) {
    // A sentence as an earlier Cairn stored it (Recorded) reads as written.
    const auto said = [](const char* sentence) { return Message{Message::Code::Recorded, {arg::text(sentence)}}; };
    const auto line = [](const io::LoadError& e) { return cairn::text::LoadWords::english().line(e); };
    EXPECT_EQ(line({QStringLiteral("f.json"), 3, 7, QStringLiteral("a.b"), said("bad.")}),
              QStringLiteral("f.json:3:7: a.b: bad."));
    EXPECT_EQ(line({QStringLiteral("f.json"), 0, 0, {}, said("cannot open.")}), QStringLiteral("f.json: cannot open."));
    EXPECT_EQ(line({{}, 0, 0, {}, said("bad.")}), QStringLiteral("bad."));
}

TEST(ProfileJson, DefaultsWhenFieldsAreAbsent) {
    const auto result = io::readProfile(R"({"format": "cairn-profile", "version": 1})");
    ASSERT_TRUE(result.ok());
    const Profile& p = *result.value;
    EXPECT_EQ(p.hoursPerWeek, 10);
    EXPECT_EQ(p.start, Date::today());
    EXPECT_FALSE(p.budget.has_value());
    EXPECT_FALSE(p.deadline.has_value());
    EXPECT_EQ(p.hourlyValue, 0);
    EXPECT_TRUE(p.goal.empty());
}

TEST(ProfileJson, RoundTrip) {
    Profile p;
    p.name = "Sarah";
    p.goal = "data-analyst";
    p.skills = {{"marketing", 3}};
    p.completed = {"google-analytics-cert"};
    p.budget = 1500.5;
    p.hoursPerWeek = 7.5;
    p.start = Date::fromYmd(2027, 1, 4);
    p.deadline = Date::fromYmd(2027, 6, 30);
    p.hourlyValue = 20;
    p.pinned = {"a"};
    p.excluded = {"b", "c"};
    const auto result = io::readProfile(io::writeProfile(p));
    ASSERT_TRUE(result.ok())
        << cairn::text::LoadWords::english().lines(result.errors).join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(*result.value, p);
}

TEST(ProfileJson, CatalogIsNotAProfile) {
    const auto result = io::readProfile(io::writeCatalog(everyFeature()), QStringLiteral("c.json"));
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_EQ(cairn::text::LoadWords::english().line(result.errors[0]).toStdString(),
              "c.json:2:13: format: unknown format \"cairn-catalog\"; this program reads cairn-profile version 1");
}

TEST(CatalogJson, DamagedFilesGiveErrorsNeverCrashes) {
    // Every truncation and many single-byte edits of a real catalog: each must either read or
    // give errors that say where, and never crash or hang (the sanitizer build checks memory).
    QFile file(QStringLiteral(CAIRN_TEST_DATA "/valid/catalog-full.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    const char replacements[] = {'"', ',', '}', ']', '{', '[', ':', '0', '-', 'x', ' ', '\\', '\n', '\0', '\xC3'};
    unsigned seed = 12345;
    auto next = [&] { return seed = seed * 1103515245u + 12345u; };
    auto check = [](const QByteArray& text) {
        const auto result = io::readCatalog(text, QStringLiteral("damaged.json"));
        if (result.ok())
            return;
        ASSERT_FALSE(result.errors.empty());
        for (const auto& e : result.errors) {
            EXPECT_GE(e.line, 1) << cairn::text::LoadWords::english().line(e).toStdString();
            EXPECT_FALSE(cairn::text::LoadWords::english().sentence(e).isEmpty());
        }
    };
    for (qsizetype n = 0; n < original.size(); n += 13)
        check(original.left(n));
    for (int i = 0; i < 1000; ++i) {
        QByteArray text = original;
        const auto at = static_cast<qsizetype>(next() % static_cast<unsigned>(text.size()));
        switch (next() % 3) {
        case 0:
            text.remove(at, 1);
            break;
        case 1:
            text.insert(at, replacements[next() % sizeof replacements]);
            break;
        default:
            text[at] = replacements[next() % sizeof replacements];
        }
        check(text);
    }
}
