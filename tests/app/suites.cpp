#include "test_suites.h"

namespace cairn::app::test {

std::unique_ptr<QObject> makeRequirementWordsTest();
std::unique_ptr<QObject> makeSettingsTest();
std::unique_ptr<QObject> makeUndoTest();
std::unique_ptr<QObject> makeModelsTest();
std::unique_ptr<QObject> makeCatalogEditTest();
std::unique_ptr<QObject> makeMainWindowTest();
std::unique_ptr<QObject> makeStartupTest();
std::unique_ptr<QObject> makeChartsTest();
std::unique_ptr<QObject> makeCandidatesTest();
std::unique_ptr<QObject> makeCaseloadTest();
std::unique_ptr<QObject> makeSkillsCoverageTest();
std::unique_ptr<QObject> makeGoalComparisonTest();
std::unique_ptr<QObject> makeTranslationTest();
std::unique_ptr<QObject> makeDisplayTextTest();
std::unique_ptr<QObject> makeFundingKeepingTest();
std::unique_ptr<QObject> makeWelcomeTest();
std::unique_ptr<QObject> makeRowUpdatesTest();
std::unique_ptr<QObject> makeBadgeImportTest();
std::unique_ptr<QObject> makeOwnGoalsTest();
std::unique_ptr<QObject> makeConnectDialogTest();
std::unique_ptr<QObject> makeConflictTest();
std::unique_ptr<QObject> makeCatalogConflictTest();

std::vector<Suite> suites() {
    return {{"RequirementWordsTest", makeRequirementWordsTest},
            {"SettingsTest", makeSettingsTest},
            {"UndoTest", makeUndoTest},
            {"ModelsTest", makeModelsTest},
            {"CatalogEditTest", makeCatalogEditTest},
            {"MainWindowTest", makeMainWindowTest},
            {"StartupTest", makeStartupTest},
            {"ChartsTest", makeChartsTest},
            {"CandidatesTest", makeCandidatesTest},
            {"CaseloadTest", makeCaseloadTest},
            {"SkillsCoverageTest", makeSkillsCoverageTest},
            {"GoalComparisonTest", makeGoalComparisonTest},
            {"TranslationTest", makeTranslationTest},
            {"DisplayTextTest", makeDisplayTextTest},
            {"FundingKeepingTest", makeFundingKeepingTest},
            {"WelcomeTest", makeWelcomeTest},
            {"RowUpdatesTest", makeRowUpdatesTest},
            {"BadgeImportTest", makeBadgeImportTest},
            {"OwnGoalsTest", makeOwnGoalsTest},
            {"ConnectDialogTest", makeConnectDialogTest},
            {"ConflictTest", makeConflictTest},
            {"CatalogConflictTest", makeCatalogConflictTest}};
}

QString sampleCatalogPath() {
    return QStringLiteral(CAIRN_SAMPLE_CATALOG);
}

} // namespace cairn::app::test
