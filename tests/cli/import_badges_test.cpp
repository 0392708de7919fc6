// `cairn-cli import-badges`: 1EdTech's Open Badges and CLR samples (tests/io/data/interop) into a
// profile, and what does not count.
#include "cli_run.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cairn/io/profile_json.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace {

using namespace Qt::Literals::StringLiterals;
using cairn::test::cli;
using testing::HasSubstr;

QString samples() {
    return QDir::cleanPath(QStringLiteral(CAIRN_TEST_DATA) + u"/../../io/data/interop/openbadges_clr"_s);
}

class ImportBadges : public ::testing::Test {
protected:
    QTemporaryDir dir_;
    QString file(const QString& name) const { return dir_.filePath(name); }
    void write(const QString& name, const QByteArray& bytes) {
        QFile f(file(name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    void SetUp() override {
        write(u"catalog.json"_s, R"({"format": "cairn-catalog", "version": 1, "name": "Badges", "skills": [],
          "credentials": [
            {"id": "ce-98cb027b-95ef-4494-908d-6f7790ec6b6b", "title": "Degree", "provider": "1EdTech", "cost": 0, "hours": 0},
            {"id": "teamwork", "title": "Teamwork", "provider": "Example Corp", "cost": 0, "hours": 0}],
          "goals": []})");
        write(u"profile.json"_s, R"({"format": "cairn-profile", "version": 1, "name": "Sam", "start": "2027-01-04"})");
    }
};

TEST_F(ImportBadges, ValidMatchesBecomeCompletedAndTheRestIsListed) {
    const auto r =
        cli({u"import-badges"_s, samples() + u"/ob30/complete.json"_s, samples() + u"/ob30/complete_v1.json"_s,
             samples() + u"/clr20/simple.json"_s, samples() + u"/ob30/simple-noproof.json"_s, u"--catalog"_s,
             file(u"catalog.json"_s), u"--profile"_s, file(u"profile.json"_s)});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const std::string out = r.out.toStdString();
    EXPECT_THAT(out, HasSubstr("Cairn does not verify signatures"));
    EXPECT_THAT(out, HasSubstr("matched by its alignment: completed. Its file carries a proof (not verified)."));
    EXPECT_THAT(out, HasSubstr("valid until 2020-01-01) is “Degree” (ce-98cb027b-95ef-4494-908d-6f7790ec6b6b), "
                               "matched by its alignment, but has expired: it does not count."));
    EXPECT_THAT(out, HasSubstr("“Example University Degree” (Open Badges 3.0, from Example University, issued "
                               "2010-01-01) matches no credential of the catalog"));
    EXPECT_THAT(out, HasSubstr("2 credentials added"));
    const auto profile = cairn::io::readProfileFile(file(u"profile.json"_s));
    ASSERT_TRUE(profile.ok());
    EXPECT_EQ(profile.value->completed,
              (std::vector<std::string>{"ce-98cb027b-95ef-4494-908d-6f7790ec6b6b", "teamwork"}));
    // With the dates the files give (complete.json: validFrom 2010-01-01, validUntil 2030-01-01).
    ASSERT_FALSE(profile.value->completedDates.empty());
    EXPECT_EQ(profile.value->completedDates.front(),
              (cairn::CompletionDates{"ce-98cb027b-95ef-4494-908d-6f7790ec6b6b", cairn::Date::fromYmd(2010, 1, 1),
                                      cairn::Date::fromYmd(2030, 1, 1)}));
}

TEST_F(ImportBadges, NothingReadableLeavesTheProfileAlone) {
    write(u"broken.json"_s, "{");
    const auto r = cli({u"import-badges"_s, file(u"broken.json"_s), u"--catalog"_s, file(u"catalog.json"_s),
                        u"--profile"_s, file(u"profile.json"_s)});
    EXPECT_EQ(r.code, 2);
    EXPECT_THAT(r.out.toStdString(), HasSubstr("broken.json:1:1: "));
    const auto profile = cairn::io::readProfileFile(file(u"profile.json"_s));
    ASSERT_TRUE(profile.ok());
    EXPECT_TRUE(profile.value->completed.empty());
}

TEST_F(ImportBadges, NeedsAProfile) {
    EXPECT_EQ(cli({u"import-badges"_s, samples() + u"/ob30/simple.json"_s}).code, 2);
}

QString aligned(const QString& name) {
    return QDir::cleanPath(QStringLiteral(CAIRN_TEST_DATA) + u"/../../io/data/badges/"_s + name);
}

TEST_F(ImportBadges, AlignedSkillsAreListedAndAddedOnlyAtAGivenLevel) {
    const QStringList files{u"import-badges"_s,     aligned(u"aligned-ob30.json"_s),    aligned(u"aligned-ob20.json"_s),
                            u"--catalog"_s,         aligned(u"aligned-catalog.json"_s), u"--profile"_s,
                            file(u"profile.json"_s)};
    const auto asked = cli(files);
    ASSERT_EQ(asked.code, 0) << asked.err.toStdString();
    EXPECT_THAT(asked.out.toStdString(), HasSubstr("Aligned to the skill “SQL” (sql): give --skill-level N to add it"));
    EXPECT_THAT(asked.out.toStdString(), HasSubstr("Aligned to “Public speaking” of Example skills, no skill"));
    auto profile = cairn::io::readProfileFile(file(u"profile.json"_s));
    ASSERT_TRUE(profile.ok());
    EXPECT_TRUE(profile.value->skills.empty()); // the command cannot ask for a level

    const auto added = cli(QStringList(files) << u"--skill-level"_s << u"3"_s);
    ASSERT_EQ(added.code, 0) << added.err.toStdString();
    EXPECT_THAT(added.out.toStdString(), HasSubstr("Aligned to the skill “Tableau” (tableau): held at level 3"));
    EXPECT_THAT(added.out.toStdString(), HasSubstr("3 skills added or raised to level 3"));
    profile = cairn::io::readProfileFile(file(u"profile.json"_s));
    ASSERT_TRUE(profile.ok());
    const std::vector<cairn::SkillLevel> expected{{"sql", 3}, {"tableau", 3}, {"teamwork", 3}};
    EXPECT_EQ(profile.value->skills, expected);

    for (const char* bad : {"0", "6", "two"}) {
        const auto r = cli(QStringList(files) << u"--skill-level"_s << QString::fromLatin1(bad));
        EXPECT_EQ(r.code, 2) << bad;
        EXPECT_THAT(r.err.toStdString(), HasSubstr("--skill-level must be a whole number from 1 to 5"));
    }
}

} // namespace

// Without --catalog, a demo profile's badges are matched against the career catalog it was
// written for, whose "data-visualisation" skill carries the badge's ESCO URI; the sample catalog
// would have named Tableau.
TEST_F(ImportBadges, AProfileWithoutACatalogUsesTheBundledCatalogItWasWrittenFor) {
    QFile::copy(QStringLiteral(CAIRN_RESOURCES "/profiles/maria-teacher-to-data.json"), file(u"maria.json"_s));
    const auto r = cli({u"import-badges"_s, aligned(u"aligned-ob30.json"_s), u"--profile"_s, file(u"maria.json"_s),
                        u"--out"_s, u"-"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_THAT(r.err.toStdString(), HasSubstr("Aligned to the skill “Deliver visual presentation of data”"));
}
