#include "test_suites.h"

#include <QTest>
#include <cairn/app/common/requirement_words.h>

namespace cairn::app::test {

class RequirementWordsTest : public QObject {
    Q_OBJECT

private:
    Catalog catalog_;

private slots:
    void initTestCase() {
        catalog_.skills = {{"sql", "SQL", {}, {}, {}, {}}, {"statistics", "Statistics", {}, {}, {}, {}}};
        Credential intro;
        intro.id = "intro-statistics";
        intro.title = "Intro to Statistics";
        catalog_.credentials = {intro};
    }

    void noneReadsAsNoPrerequisites() {
        QCOMPARE(RequirementWords(catalog_).describe(Requirement::none()), QStringLiteral("No prerequisites"));
    }

    void itemsUseTitlesAndLevels() {
        const RequirementWords words(catalog_);
        QCOMPARE(words.describe(Requirement::skill("sql", 2)), QStringLiteral("SQL at level 2"));
        QCOMPARE(words.describe(Requirement::credential("intro-statistics")), QStringLiteral("Intro to Statistics"));
        QCOMPARE(words.describe(Requirement::credential("unknown-id")), QStringLiteral("unknown-id"));
    }

    void nestedGroupsKeepTheirGrouping() {
        const auto r = Requirement::all(
            {Requirement::skill("sql", 2),
             Requirement::any({Requirement::credential("intro-statistics"), Requirement::skill("statistics", 1)})});
        QCOMPARE(RequirementWords(catalog_).describe(r),
                 QStringLiteral("SQL at level 2 and either Intro to Statistics or Statistics at level 1"));
    }

    void atLeastCountsMembers() {
        const auto r = Requirement::atLeast(2, {Requirement::skill("sql", 1), Requirement::skill("statistics", 1),
                                                Requirement::credential("intro-statistics")});
        QCOMPARE(RequirementWords(catalog_).describe(r),
                 QStringLiteral("at least 2 of SQL at level 1, Statistics at level 1, and Intro to Statistics"));
    }

    void itemTextFromTheEngine() {
        const RequirementWords words(catalog_);
        QCOMPARE(words.itemText(QStringLiteral("skill:sql@3")), QStringLiteral("SQL at level 3"));
        QCOMPARE(words.itemText(QStringLiteral("skill:statistics")), QStringLiteral("Statistics at level 1"));
        QCOMPARE(words.itemText(QStringLiteral("cred:intro-statistics")), QStringLiteral("Intro to Statistics"));
    }
};

std::unique_ptr<QObject> makeRequirementWordsTest() {
    return std::make_unique<RequirementWordsTest>();
}

} // namespace cairn::app::test

#include "requirement_words_test.moc"
