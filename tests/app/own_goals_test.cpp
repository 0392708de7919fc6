// Goals of a client's own, from an ESCO occupation or a job ad: made in their dialogs with the
// ESCO data read on a worker thread, kept with the client, planned for with what no credential
// teaches said in the summary, and undone as one step.
#include "test_suites.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTranslator>
#include <QUndoStack>
#include <cairn/app/data/file_data_source.h>
#include <cairn/app/data/store_data_source.h>
#include <cairn/app/dialogs/saved_plan_window.h>
#include <cairn/app/goals/esco_loader.h>
#include <cairn/app/goals/job_ad_goal_dialog.h>
#include <cairn/app/goals/occupation_goal_dialog.h>
#include <cairn/app/goals/own_goal_dialog.h>
#include <cairn/app/models/caseload_model.h>
#include <cairn/app/panels/summary_panel.h>
#include <cairn/app/session/client_controller.h>
#include <cairn/app/session/plan_inputs.h>
#include <cairn/app/session/planning_session.h>
#include <cairn/app/shell/app_settings.h>
#include <cairn/app/shell/main_window.h>
#include <cairn/app/shell/translations.h>
#include <cairn/app/undo/own_goal_command.h>
#include <cairn/app/undo/own_goal_edit_command.h>
#include <cairn/engine/planner.h>
#include <cairn/io/esco_data.h>
#include <cairn/io/profile_json.h>
#include <cairn/io/skill_matcher.h>

namespace cairn::app::test {

namespace {

/// Reading ESCO and indexing its labels takes about a second; on a busy machine, more.
constexpr int kEscoTimeoutMs = 60'000;

QString careerCatalogPath() {
    return QFileInfo(sampleCatalogPath()).dir().filePath(QStringLiteral("cairn-catalog.json"));
}

/// Two skills the career catalog teaches (by their ESCO URIs) and one no catalog skill carries.
SkillGoal goalOverCatalog(const Catalog& catalog) {
    SkillGoal g;
    g.title = "Junior data analyst, county health department";
    for (const Skill& s : catalog.skills)
        if (!s.esco.empty() && g.skills.size() < 2)
            g.skills.push_back({s.esco, s.name, 1, true, {}});
    g.skills.push_back({"http://data.europa.eu/esco/skill/not-taught-anywhere", "stakeholder management", 2, true, {}});
    return g;
}

template <typename T> T* child(QObject* parent, const char* name) {
    auto* found = parent->findChild<T*>(QLatin1String(name));
    if (!found)
        qWarning("no %s", name);
    return found;
}

/// The window's buttons and labelled fields whose Alt+letter is the Goal menu's, e.g.
/// "Import &badges…"; empty when the menu's key reaches the menu alone.
QString clashesWithGoalMenu(QWidget* window) {
    auto* menu = window->findChild<QMenu*>(QStringLiteral("menuGoal"));
    const auto key = [](const QString& text) {
        const qsizetype at = text.indexOf(QLatin1Char('&'));
        return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
    };
    const QChar menuKey = key(menu->title());
    QStringList clashes;
    for (auto* button : window->findChildren<QAbstractButton*>())
        if (key(button->text()) == menuKey)
            clashes << button->text();
    for (auto* label : window->findChildren<QLabel*>())
        if (label->buddy() && key(label->text()) == menuKey)
            clashes << label->text();
    return clashes.join(QStringLiteral(", "));
}

void screenshot(QWidget* widget, const QString& name) {
    // A picture to look at: CAIRN_SCREENSHOT_DIR=/tmp/… cairn_app_tests OwnGoalsTest
    if (const QString dir = qEnvironmentVariable("CAIRN_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

} // namespace

class OwnGoalsTest : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    EscoLoader esco_;

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        QSignalSpy ready(&esco_, &EscoLoader::ready);
        esco_.load();
        QVERIFY(esco_.isLoading()); // the window goes on meanwhile
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1, kEscoTimeoutMs);
        QVERIFY(esco_.isReady() && esco_.matcher());
        // Asked again, it answers at once from what it read.
        esco_.load();
        QCOMPARE(ready.count(), 2);
    }

    void anOwnGoalIsPlannedForAndUndoneAsOneStep() {
        PlanningSession session;
        ClientController controller(&session, std::make_unique<FileDataSource>(careerCatalogPath()));
        QString error;
        QVERIFY2(controller.start({}, {}, &error), qPrintable(error));
        const std::string before = session.goal();
        const std::size_t catalogGoals = session.catalog().goals.size();
        const SkillGoal wanted = goalOverCatalog(session.catalog());

        const std::string id = OwnGoalCommand::push(&session, &controller, wanted, &error);
        QVERIFY2(id == "own:1", qPrintable(error));
        QCOMPARE(session.goal(), id);
        QCOMPARE(session.catalog().goals.size(), catalogGoals + 1);
        QCOMPARE(session.baseCatalog().goals.size(), catalogGoals); // not part of the catalog's edits or exports
        const CatalogGoal* built = session.ownGoal(id);
        QVERIFY(built);
        QCOMPARE(built->untaught.size(), std::size_t{1});
        QCOMPARE(built->untaught.front().why, UntaughtSkill::Why::NotInCatalog);

        // The plan is for what can be taught, and the summary says what cannot.
        PlanRequest request;
        request.goal = id;
        session.setPlan(plan(session.catalog(), session.profile(), request));
        QVERIFY(session.plan() && hasPlan(session.plan()->status));
        SummaryPanel summary(&session);
        summary.refresh();
        const QString said = summary.toPlainText();
        QVERIFY2(said.contains(QStringLiteral("stakeholder management — no credential here teaches it")),
                 qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("1 of the goal's 3 skills")), qPrintable(said));

        session.undoStack()->undo();
        QCOMPARE(session.goal(), before);
        QVERIFY(session.ownGoals().empty());
        QVERIFY(!session.catalog().findGoal(id));
        session.undoStack()->redo();
        QCOMPARE(session.goal(), id);
        QCOMPARE(session.ownGoals().size(), std::size_t{1});
        QCOMPARE(session.ownGoals().front().id, id);
        QCOMPARE(session.ownGoals().front().goal, wanted);
    }

    void aWorkspaceKeepsTheGoalWithTheClient() {
        const QString path = dir_.filePath(QStringLiteral("own-goals.sqlite"));
        QString clientId;
        SkillGoal wanted;
        {
            QString error;
            auto source = StoreDataSource::open(path, {}, &error);
            QVERIFY2(source, qPrintable(error));
            PlanningSession session;
            ClientController controller(&session, std::move(source));
            QVERIFY2(controller.start(QStringLiteral("Maria Alvarez"), {}, &error), qPrintable(error));
            clientId = session.clientId();
            wanted = goalOverCatalog(session.catalog());
            QCOMPARE(OwnGoalCommand::push(&session, &controller, wanted, &error), std::string("own:1"));
            QVERIFY(controller.saveNow().isEmpty());
        }
        QString error;
        auto source = StoreDataSource::open(path, {}, &error);
        QVERIFY2(source, qPrintable(error));
        PlanningSession session;
        ClientController controller(&session, std::move(source));
        QVERIFY2(controller.start(clientId, {}, &error), qPrintable(error));
        QCOMPARE(session.clientId(), clientId);
        QCOMPARE(session.goal(), std::string("own:1"));
        QCOMPARE(session.ownGoals().size(), std::size_t{1});
        QCOMPARE(session.ownGoals().front().goal, wanted);
        QVERIFY(session.ownGoal("own:1"));
        // The caseload names the goal by its title, as it does the catalog's goals.
        bool listed = false;
        for (const CaseloadEntry& e : controller.source()->caseload())
            if (e.id == clientId) {
                QCOMPARE(e.goalTitle, QString::fromStdString(wanted.title));
                listed = true;
            }
        QVERIFY(listed);
    }

    void aProfileFileKeepsTheGoalItHad() {
        // Working from files, an own goal lives in the window: the profile file must still read
        // against its catalog, so it keeps the goal it named.
        const QString file = dir_.filePath(QStringLiteral("maria.json"));
        QVERIFY(QFile::copy(
            QFileInfo(sampleCatalogPath()).dir().filePath(QStringLiteral("../profiles/maria-teacher-to-data.json")),
            file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        PlanningSession session;
        ClientController controller(&session, std::make_unique<FileDataSource>(careerCatalogPath()));
        QString error;
        QVERIFY2(controller.start({}, {}, &error), qPrintable(error));
        QVERIFY2(controller.addProfileFile(file, &error), qPrintable(error));
        const std::string before = session.goal();
        QVERIFY(!before.empty());
        QCOMPARE(OwnGoalCommand::push(&session, &controller, goalOverCatalog(session.catalog()), &error),
                 std::string("own:1"));
        session.setProfile([&] {
            Profile p = session.profile();
            p.hoursPerWeek = 12;
            return p;
        }());
        QVERIFY2(controller.saveNow().isEmpty(), qPrintable(controller.saveNow()));
        auto written = io::readProfileFile(file);
        QVERIFY(written.ok());
        QCOMPARE(written.value->goal, before);
        QCOMPARE(written.value->hoursPerWeek, 12.0);
        QCOMPARE(session.goal(), std::string("own:1"));
    }

    void settingAClientWithOwnGoalsTellsTheViewsOnce() {
        PlanningSession session;
        ClientController controller(&session, std::make_unique<FileDataSource>(careerCatalogPath()));
        QString error;
        QVERIFY2(controller.start({}, {}, &error), qPrintable(error));
        const OwnGoal own{"own:1", goalOverCatalog(session.catalog())};
        QSignalSpy catalog(&session, &PlanningSession::catalogChanged);
        QSignalSpy inputs(&session, &PlanningSession::planInputsChanged);
        QSignalSpy plans(&session, &PlanningSession::planChanged);
        session.setClient(QStringLiteral("maria"), session.profile(), {own});
        QCOMPARE(catalog.count(), 1);
        QCOMPARE(inputs.count(), 1);
        QCOMPARE(plans.count(), 1);
        QVERIFY(session.catalog().findGoal("own:1"));
        QVERIFY(session.ownGoal("own:1"));
        // The same goals again are composed again, over this client's profile, and said once.
        session.setClient(QStringLiteral("amal"), session.profile(), {own});
        QCOMPARE(catalog.count(), 2);
        QCOMPARE(inputs.count(), 2);
        // A client without own goals after one with them: the catalog loses them.
        session.setClient(QStringLiteral("bo"), session.profile(), {});
        QCOMPARE(catalog.count(), 3);
        QVERIFY(!session.catalog().findGoal("own:1"));
        // Between two clients without any, the catalog stays as it is.
        session.setClient(QStringLiteral("cem"), session.profile(), {});
        QCOMPARE(catalog.count(), 3);
        QCOMPARE(inputs.count(), 4);
    }

    void anOwnGoalIsEditedAndDeletedUndoably() {
        QString error;
        auto source = StoreDataSource::open(dir_.filePath(QStringLiteral("edit-goals.sqlite")), {}, &error);
        QVERIFY2(source, qPrintable(error));
        PlanningSession session;
        ClientController controller(&session, std::move(source));
        QVERIFY2(controller.start(QStringLiteral("Maria Alvarez"), {}, &error), qPrintable(error));
        const QString client = session.clientId();
        const std::string catalogGoal = session.goal();
        const SkillGoal wanted = goalOverCatalog(session.catalog());
        QCOMPARE(OwnGoalCommand::push(&session, &controller, wanted, &error), std::string("own:1"));
        const auto stored = [&] { return controller.source()->ownGoals(client, nullptr); };

        SkillGoal edited = wanted;
        edited.title = "Data analyst";
        edited.skills[0].level = 3;
        edited.skills.pop_back(); // the skill no credential teaches
        QVERIFY2(OwnGoalEditCommand::pushEdit(&session, &controller, "own:1", edited, &error), qPrintable(error));
        QCOMPARE(session.goal(), std::string("own:1"));
        QCOMPARE(session.catalog().findGoal("own:1")->title, std::string("Data analyst"));
        QVERIFY(session.ownGoal("own:1")->untaught.empty());
        QCOMPARE(stored().front().goal, edited);
        QCOMPARE(session.undoStack()->undoText(), QStringLiteral("Edit goal “Data analyst”"));
        session.undoStack()->undo();
        QCOMPARE(stored().front().goal, wanted);
        QCOMPARE(session.catalog().findGoal("own:1")->title, wanted.title);
        session.undoStack()->redo();
        QCOMPARE(stored().front().goal, edited);
        // Saving it unchanged is no step at all.
        const int steps = session.undoStack()->count();
        QVERIFY(OwnGoalEditCommand::pushEdit(&session, &controller, "own:1", edited, &error));
        QCOMPARE(session.undoStack()->count(), steps);
        QVERIFY(!OwnGoalEditCommand::pushEdit(&session, &controller, "own:7", edited, &error));
        QCOMPARE(error, QStringLiteral("The client has no goal “own:7” of their own."));

        QVERIFY(OwnGoalEditCommand::pushDelete(&session, &controller, "own:1", &error));
        QVERIFY(session.goal().empty()); // nothing is planned for a goal that is gone
        QVERIFY(!session.catalog().findGoal("own:1"));
        QVERIFY(stored().empty());
        session.undoStack()->undo();
        QCOMPARE(session.goal(), std::string("own:1"));
        QCOMPARE(stored().size(), std::size_t{1});
        QCOMPARE(stored().front().goal, edited);
        // Undone to the start, the client plans for the catalog's goal again and has none of their own.
        while (session.undoStack()->canUndo())
            session.undoStack()->undo();
        QCOMPARE(session.goal(), catalogGoal);
        QVERIFY(stored().empty());
    }

    void theOwnGoalDialogEditsWhatTheGoalAsks() {
        SkillGoal goal;
        goal.title = "Data analyst";
        goal.skills = {{"http://data.europa.eu/esco/skill/a", "SQL", 2, true, {}},
                       {"http://data.europa.eu/esco/skill/b", "Tableau", 2, false, {}},
                       {"http://data.europa.eu/esco/skill/c", "Python", 1, false, {}}};
        goal.optionalNeeded = 1;
        OwnGoalDialog dialog(goal);
        QCOMPARE(dialog.goal(), goal);
        QCOMPARE(dialog.skillTable()->rowCount(), 3);
        QCOMPARE(dialog.optionalSpin()->maximum(), 2);
        dialog.titleEdit()->setText(QStringLiteral("  County data analyst "));
        dialog.skillTable()->item(0, 2)->setData(Qt::EditRole, 4);
        dialog.skillTable()->item(2, 0)->setCheckState(Qt::Unchecked);
        QCOMPARE(dialog.optionalSpin()->maximum(), 1);
        const SkillGoal edited = dialog.goal();
        QCOMPARE(edited.title, std::string("County data analyst"));
        QCOMPARE(edited.skills.size(), std::size_t{2});
        QCOMPARE(edited.skills[0].level, 4);
        QCOMPARE(edited.optionalNeeded, 1);

        dialog.titleEdit()->clear();
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not closed: a goal needs a title
    }

    void theOwnGoalDialogAddsASkillByItsEscoName() {
        SkillGoal goal;
        goal.title = "Data analyst";
        goal.skills = {{"http://data.europa.eu/esco/skill/a", "SQL", 2, true, {}}};
        OwnGoalDialog dialog(goal, &esco_);
        QVERIFY(dialog.addEdit()->isEnabled()); // the data was read already
        dialog.addEdit()->setText(QStringLiteral("Manage Budgets"));
        QTest::keyClick(dialog.addEdit(), Qt::Key_Return);
        QVERIFY(dialog.isVisible() == false && dialog.result() == QDialog::Rejected); // Enter saved nothing
        const SkillGoal edited = dialog.goal();
        QCOMPARE(edited.skills.size(), std::size_t{2});
        QCOMPARE(edited.skills.back().label, std::string("manage budgets"));
        QVERIFY(edited.skills.back().essential);
        QVERIFY(dialog.addEdit()->text().isEmpty());
        // The same skill again adds no second row; an unknown name is said to be unknown.
        dialog.addEdit()->setText(QStringLiteral("manage budgets"));
        QTest::keyClick(dialog.addEdit(), Qt::Key_Return);
        QCOMPARE(dialog.goal().skills.size(), std::size_t{2});
        dialog.addEdit()->setText(QStringLiteral("juggling flaming torches"));
        QTest::keyClick(dialog.addEdit(), Qt::Key_Return);
        QCOMPARE(dialog.goal().skills.size(), std::size_t{2});
        QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("ESCO has no skill named")),
                 qPrintable(dialog.messageLabel()->text()));
        // Without the ESCO data there is no field to add with.
        OwnGoalDialog plain(goal);
        QVERIFY(plain.addEdit()->isHidden());
    }

    void deletingAGoalSaysWhichSavedPlansAreForItAndTheyKeepIt() {
        const QString path = dir_.filePath(QStringLiteral("delete-goal.sqlite"));
        AppSettings settings(dir_.filePath(QStringLiteral("delete.ini")));
        QString error;
        auto source = StoreDataSource::open(path, {}, &error);
        QVERIFY2(source, qPrintable(error));
        MainWindow window(settings, std::move(source));
        QVERIFY(window.start(QStringLiteral("Maria Alvarez")));
        PlanningSession* session = window.session();
        auto* edit = window.findChild<QAction*>(QStringLiteral("actionEditOwnGoal"));
        auto* remove = window.findChild<QAction*>(QStringLiteral("actionDeleteOwnGoal"));
        QVERIFY(edit && remove);
        QVERIFY(!edit->isEnabled() && !remove->isEnabled()); // a catalog goal is chosen
        const SkillGoal wanted = goalOverCatalog(session->catalog());
        QCOMPARE(OwnGoalCommand::push(session, window.clients(), wanted, &error), std::string("own:1"));
        QVERIFY(edit->isEnabled() && remove->isEnabled());
        // The goal bar lists the client's own goals first, as theirs.
        auto* combo = window.findChild<QComboBox*>(QStringLiteral("goalCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->itemData(0).toString(), QStringLiteral("own:1"));
        QCOMPARE(combo->itemText(0), QString::fromStdString(wanted.title) + QStringLiteral(" — Own goal"));

        PlanRequest request;
        request.goal = "own:1";
        const Plan planned = plan(session->catalog(), session->profile(), request);
        QVERIFY(hasPlan(planned.status));
        DataSource* data = window.clients()->source();
        QVERIFY(data->savePlan(session->clientId(), session->profile(), captureInputs(*session), planned,
                               QStringLiteral("Cheapest"), {})
                    .isEmpty());
        const QString question = window.deleteOwnGoalQuestion("own:1");
        QVERIFY2(question.contains(QStringLiteral("Delete the goal “%1”").arg(QString::fromStdString(wanted.title))),
                 qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("The saved plans made for it keep the goal as it was when they "
                                                  "were saved: version 1 (Cheapest).")),
                 qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("It is the goal planned for now")), qPrintable(question));
        QVERIFY(window.deleteOwnGoalQuestion("own:9").isEmpty());

        QVERIFY(window.removeOwnGoal("own:1"));
        QVERIFY(session->goal().empty());
        QVERIFY(!remove->isEnabled());
        // The saved plan still opens with its goal's title, from what it kept.
        const QString planId = data->planHistory(session->clientId(), session->catalog()).front().id;
        auto saved = data->savedPlan(planId, session->baseCatalog(), &error);
        QVERIFY2(saved, qPrintable(error));
        SavedPlanWindow shown(std::move(*saved), session);
        const Goal* goal = shown.session()->catalog().findGoal("own:1");
        QVERIFY(goal);
        QCOMPARE(goal->title, wanted.title);
        QCOMPARE(shown.session()->goal(), std::string("own:1"));
    }

    void aSavedPlanForAnOwnGoalOpensWithTheGoalsTitle() {
        QString error;
        auto source = StoreDataSource::open(dir_.filePath(QStringLiteral("reopen.sqlite")), {}, &error);
        QVERIFY2(source, qPrintable(error));
        PlanningSession session;
        ClientController controller(&session, std::move(source));
        QVERIFY2(controller.start(QStringLiteral("Maria Alvarez"), {}, &error), qPrintable(error));
        const SkillGoal wanted = goalOverCatalog(session.catalog());
        QCOMPARE(OwnGoalCommand::push(&session, &controller, wanted, &error), std::string("own:1"));
        PlanRequest request;
        request.goal = "own:1";
        request.budget = 100'000;
        const Plan planned = plan(session.catalog(), session.profile(), request);
        QVERIFY(hasPlan(planned.status));
        QVERIFY(controller.source()
                    ->savePlan(session.clientId(), session.profile(), captureInputs(session), planned,
                               QStringLiteral("For the county"), {})
                    .isEmpty());
        const QString planId = controller.source()->planHistory(session.clientId(), session.catalog()).front().id;
        auto saved = controller.source()->savedPlan(planId, session.baseCatalog(), &error);
        QVERIFY2(saved, qPrintable(error));

        SavedPlanWindow shown(std::move(*saved), &session);
        const QString title = QString::fromStdString(wanted.title);
        QCOMPARE(shown.session()->goal(), std::string("own:1"));
        const Goal* goal = shown.session()->catalog().findGoal("own:1");
        QVERIFY2(goal, "the saved plan's session has the client's own goal");
        QCOMPARE(QString::fromStdString(goal->title), title);
        QVERIFY(shown.session()->ownGoal("own:1"));
        auto* summary = shown.findChild<SummaryPanel*>(QStringLiteral("savedPlanSummary"));
        QVERIFY(summary);
        summary->refresh();
        const QString said = summary->toPlainText();
        QVERIFY2(said.contains(title), qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("own:1")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("stakeholder management — no credential here teaches it")),
                 qPrintable(said));
        shown.resize(1000, 680);
        screenshot(&shown, QStringLiteral("saved-plan-own-goal.png"));
        // Planned again over the saved version's session, the goal gives the plan that was saved.
        PlanRequest again;
        again.goal = shown.session()->goal();
        again.budget = 100'000;
        const Plan replanned = plan(shown.session()->catalog(), shown.session()->profile(), again);
        QCOMPARE(replanned.status, planned.status);
        QCOMPARE(replanned.totals.cost, planned.totals.cost);
    }

    void aTemplateForAnotherClientBringsTheOwnGoalAlong() {
        QString error;
        auto source = StoreDataSource::open(dir_.filePath(QStringLiteral("template.sqlite")), {}, &error);
        QVERIFY2(source, qPrintable(error));
        PlanningSession session;
        ClientController controller(&session, std::move(source));
        QVERIFY2(controller.start(QStringLiteral("Maria Alvarez"), {}, &error), qPrintable(error));
        const SkillGoal wanted = goalOverCatalog(session.catalog());
        QCOMPARE(OwnGoalCommand::push(&session, &controller, wanted, &error), std::string("own:1"));
        PlanRequest request;
        request.goal = "own:1";
        QVERIFY(controller.source()
                    ->savePlan(session.clientId(), session.profile(), captureInputs(session),
                               plan(session.catalog(), session.profile(), request), QStringLiteral("Maria's"), {})
                    .isEmpty());
        const QString planId = controller.source()->planHistory(session.clientId(), session.catalog()).front().id;
        QString jamal;
        for (const CaseloadEntry& e : controller.source()->caseload())
            if (e.name == QStringLiteral("Jamal Robinson"))
                jamal = e.id;
        QVERIFY(!jamal.isEmpty());

        QVERIFY2(CaseloadModel::applyTemplate(controller, session, planId, jamal, &error), qPrintable(error));
        QCOMPARE(session.clientId(), jamal);
        // Jamal's "own:1" is his own copy of Maria's goal, not a goal he does not have.
        const std::string id = session.goal();
        QVERIFY(id.starts_with("own:"));
        QVERIFY(session.catalog().findGoal(id));
        QCOMPARE(session.catalog().findGoal(id)->title, wanted.title);
        QCOMPARE(controller.source()->ownGoals(jamal, nullptr).size(), std::size_t{1});
        // Given again, the goal he has is used, not a second copy.
        QVERIFY2(CaseloadModel::applyTemplate(controller, session, planId, jamal, &error), qPrintable(error));
        QCOMPARE(session.goal(), id);
        QCOMPARE(controller.source()->ownGoals(jamal, nullptr).size(), std::size_t{1});
        // The first template is one undo step: the goal and the copy go together.
        session.undoStack()->undo();
        session.undoStack()->undo();
        QVERIFY(session.goal() != id);
        QVERIFY(controller.source()->ownGoals(jamal, nullptr).empty());
    }

    void theOccupationDialogFindsOnetOccupationsByTitleOrCodeMarkedAsOnet() {
        OccupationGoalDialog dialog(&esco_);
        auto* search = child<QLineEdit>(&dialog, "searchEdit");
        auto* list = child<QListWidget>(&dialog, "occupationList");
        auto* table = child<QTableWidget>(&dialog, "skillTable");
        QVERIFY(search && list && table);
        search->setText(QStringLiteral("15-2051.01"));
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Business Intelligence Analysts  ·  15-2051.01  ·  O*NET"));
        SkillGoal goal = dialog.goal();
        QCOMPARE(goal.title, std::string("Business Intelligence Analysts"));
        QCOMPARE(goal.onet, std::string("15-2051.01"));
        QVERIFY(goal.esco.empty());
        QCOMPARE(table->rowCount(), static_cast<int>(goal.skills.size()));
        QVERIFY(
            std::all_of(goal.skills.begin(), goal.skills.end(), [](const WantedSkill& w) { return !w.onet.empty(); }));
        QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("In O*NET"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("in demand"));
        QCOMPARE(table->item(table->rowCount() - 1, 1)->text(), QStringLiteral("hot"));
        QVERIFY(child<QLabel>(&dialog, "attributionLabel")->text().contains(QStringLiteral("O*NET 30 Database")));

        // By title, among ESCO's occupations, each marked with its source.
        search->setText(QStringLiteral("intelligence analyst"));
        QStringList lines;
        for (int row = 0; row < list->count(); ++row)
            lines << list->item(row)->text();
        QVERIFY2(lines.contains(QStringLiteral("Business Intelligence Analysts  ·  15-2051.01  ·  O*NET")),
                 qPrintable(lines.join(u'\n')));
        search->setText(QStringLiteral("data analyst"));
        QVERIFY(list->item(0)->text().endsWith(QStringLiteral("·  ESCO")));

        // An occupation O*NET lists no hot or in-demand technology for gives no goal.
        search->setText(QStringLiteral("11-9039.00"));
        QCOMPARE(list->count(), 1);
        QVERIFY(!dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "messageLabel")->text().contains(QStringLiteral("ask for nothing")));
    }

    void theOccupationDialogBuildsAGoalFromTheSkillsChosen() {
        OccupationGoalDialog dialog(&esco_);
        auto* search = child<QLineEdit>(&dialog, "searchEdit");
        auto* list = child<QListWidget>(&dialog, "occupationList");
        auto* table = child<QTableWidget>(&dialog, "skillTable");
        auto* optional = child<QSpinBox>(&dialog, "optionalSpin");
        QVERIFY(search && list && table && optional);
        QVERIFY(search->isEnabled()); // the data was read already
        search->setText(QStringLiteral("data analyst"));
        QVERIFY(list->count() > 0);
        QVERIFY2(list->item(0)->text().startsWith(QStringLiteral("data analyst")), qPrintable(list->item(0)->text()));
        SkillGoal goal = dialog.goal();
        QCOMPARE(goal.title, std::string("data analyst"));
        QVERIFY(goal.esco.starts_with(io::kEscoOccupationPrefix));
        const std::size_t all = goal.skills.size();
        QCOMPARE(table->rowCount(), static_cast<int>(all));
        QCOMPARE(goal.optionalNeeded, 3);

        // Leave one skill out, ask more of another, and need two optional skills.
        table->item(0, 0)->setCheckState(Qt::Unchecked);
        table->item(1, 2)->setData(Qt::EditRole, 4);
        optional->setValue(2);
        goal = dialog.goal();
        QCOMPARE(goal.skills.size(), all - 1);
        QCOMPARE(goal.skills.front().level, 4);
        QCOMPARE(goal.optionalNeeded, 2);

        search->setText(QStringLiteral("zzzz qqqq"));
        QCOMPARE(list->count(), 0);
        QVERIFY(!child<QLabel>(&dialog, "messageLabel")->text().isEmpty());
        QVERIFY(child<QLabel>(&dialog, "attributionLabel")->text().contains(QStringLiteral("ESCO classification")));
    }

    void theJobAdDialogFindsTheSkillsTheAdNames() {
        JobAdGoalDialog dialog(&esco_);
        auto* message = child<QLabel>(&dialog, "messageLabel");
        auto* table = child<QTableWidget>(&dialog, "skillTable");
        auto* ad = child<QPlainTextEdit>(&dialog, "adEdit");
        QVERIFY(message && table && ad);

        dialog.findSkills();
        QCOMPARE(message->text(), QStringLiteral("Paste the text of a job ad first."));
        dialog.setText(QString(io::kMaxMatchedChars + 1, QLatin1Char('x')));
        dialog.findSkills();
        QVERIFY2(message->text().contains(QStringLiteral("Paste the ad alone")), qPrintable(message->text()));
        dialog.setText(QStringLiteral("We are a friendly team in a sunny office."));
        dialog.findSkills();
        QVERIFY2(message->text().startsWith(QStringLiteral("No skill Cairn knows was found")),
                 qPrintable(message->text()));
        QCOMPARE(table->rowCount(), 0);

        dialog.setText(QStringLiteral("Junior Data Analyst. You write SQL queries, build dashboards in Tableau and "
                                      "present findings to stakeholders. Python is a plus."));
        dialog.findSkills();
        QVERIFY(table->rowCount() >= 2);
        QVERIFY(!ad->extraSelections().isEmpty()); // the phrases are marked in the text
        SkillGoal goal = dialog.goal();
        QStringList labels;
        for (const WantedSkill& w : goal.skills) {
            labels << QString::fromStdString(w.label);
            QVERIFY(w.essential);
            QVERIFY(w.level >= 1 && w.level <= 5);
        }
        QVERIFY2(labels.contains(QStringLiteral("SQL")), qPrintable(labels.join(u',')));
        QVERIFY2(labels.contains(QStringLiteral("Python (computer programming)")), qPrintable(labels.join(u',')));
        QVERIFY(goal.description.starts_with("From a job ad: Junior Data Analyst."));

        // A skill added by its name joins them; an unknown name is said to be unknown.
        auto* add = child<QLineEdit>(&dialog, "addEdit");
        add->setText(QStringLiteral("manage budgets"));
        QTest::keyClick(add, Qt::Key_Return);
        QCOMPARE(dialog.goal().skills.size(), goal.skills.size() + 1);
        add->setText(QStringLiteral("juggling flaming torches"));
        QTest::keyClick(add, Qt::Key_Return);
        QVERIFY2(message->text().contains(QStringLiteral("ESCO has no skill named")), qPrintable(message->text()));
    }

    void theGoalMenuOpensBothDialogsByKeyboard() {
        AppSettings settings(dir_.filePath(QStringLiteral("menu.ini")));
        MainWindow window(settings, std::make_unique<FileDataSource>(careerCatalogPath()));
        QVERIFY(window.start());
        auto* menu = window.menuBar()->findChild<QMenu*>(QStringLiteral("menuGoal"));
        QVERIFY(menu);
        QCOMPARE(menu->title(), QStringLiteral("Go&al"));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionGoalFromOccupation")));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionGoalFromJobAd")));
        QVERIFY2(mnemonicClashes(&window).isEmpty(), qPrintable(mnemonicClashes(&window)));
        QVERIFY2(clashesWithGoalMenu(&window).isEmpty(), qPrintable(clashesWithGoalMenu(&window)));
        window.findChild<QAction*>(QStringLiteral("actionGoalFromOccupation"))->trigger();
        auto* dialog = window.findChild<OccupationGoalDialog*>(QStringLiteral("occupationGoalDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLineEdit>(dialog, "searchEdit")->isEnabled(), kEscoTimeoutMs);
        child<QLineEdit>(dialog, "searchEdit")->setText(QStringLiteral("data analyst"));
        dialog->accept();
        QTRY_COMPARE(window.session()->goal(), std::string("own:1"));
        QVERIFY(window.session()->catalog().findGoal("own:1"));
    }

    void theDialogsFitASmallScreen() {
        OccupationGoalDialog occupation(&esco_);
        child<QLineEdit>(&occupation, "searchEdit")->setText(QStringLiteral("data analyst"));
        QVERIFY(occupation.width() <= 1024 && occupation.height() <= 700);
        occupation.show();
        QVERIFY(QTest::qWaitForWindowExposed(&occupation));
        auto* table = child<QTableWidget>(&occupation, "skillTable");
        QVERIFY2(table->height() > 8 * table->verticalHeader()->defaultSectionSize(),
                 qPrintable(QStringLiteral("%1 px for rows of %2 px in a dialog of %3 px")
                                .arg(table->height())
                                .arg(table->verticalHeader()->defaultSectionSize())
                                .arg(occupation.height())));
        screenshot(&occupation, QStringLiteral("goal-from-occupation.png"));

        JobAdGoalDialog ad(&esco_);
        ad.setText(QStringLiteral("Junior Data Analyst\n\nYou write SQL queries, build dashboards in Tableau and "
                                  "present findings to stakeholders. Experience with Python and statistics is a "
                                  "plus. Good communication and project management skills."));
        ad.findSkills();
        QVERIFY(ad.width() <= 1024 && ad.height() <= 700);
        ad.show();
        QVERIFY(QTest::qWaitForWindowExposed(&ad));
        screenshot(&ad, QStringLiteral("goal-from-job-ad.png"));
    }

    void theDialogsSpeakGerman() {
        auto translators = Translations::install(*qApp, QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(!translators.empty());
        {
            OccupationGoalDialog occupation(&esco_);
            QCOMPARE(occupation.windowTitle(), QStringLiteral("Ziel aus einem Beruf"));
            child<QLineEdit>(&occupation, "searchEdit")->setText(QStringLiteral("data analyst"));
            occupation.show();
            QVERIFY(QTest::qWaitForWindowExposed(&occupation));
            screenshot(&occupation, QStringLiteral("goal-from-occupation-de.png"));
            JobAdGoalDialog ad(&esco_);
            QCOMPARE(ad.windowTitle(), QStringLiteral("Ziel aus einer Stellenanzeige"));
            ad.findSkills();
            QCOMPARE(child<QLabel>(&ad, "messageLabel")->text(),
                     QStringLiteral("Fügen Sie zuerst den Text einer Stellenanzeige ein."));
            AppSettings settings(dir_.filePath(QStringLiteral("de.ini")));
            MainWindow window(settings, std::make_unique<FileDataSource>(careerCatalogPath()));
            QVERIFY(window.start());
            // The menus' conventional first letters: Datei, Bearbeiten, Ansicht, Plan, Katalog, Ziel, Hilfe.
            QStringList titles;
            for (auto* menu : window.menuBar()->findChildren<QMenu*>(Qt::FindDirectChildrenOnly))
                titles << menu->title();
            for (const char* title : {"&Datei", "&Bearbeiten", "&Ansicht", "&Plan", "&Katalog", "&Ziel", "&Hilfe"})
                QVERIFY2(titles.contains(QLatin1String(title)), qPrintable(titles.join(u',')));
            QVERIFY2(mnemonicClashes(&window).isEmpty(), qPrintable(mnemonicClashes(&window)));
            QVERIFY2(clashesWithGoalMenu(&window).isEmpty(), qPrintable(clashesWithGoalMenu(&window)));
            OwnGoalDialog edit(goalOverCatalog(window.session()->catalog()));
            QCOMPARE(edit.windowTitle(), QStringLiteral("Eigenes Ziel bearbeiten"));
        }
        for (QTranslator* t : translators) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
};

std::unique_ptr<QObject> makeOwnGoalsTest() {
    return std::make_unique<OwnGoalsTest>();
}

} // namespace cairn::app::test

#include "own_goals_test.moc"
