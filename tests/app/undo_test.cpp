#include "test_suites.h"

#include <QComboBox>
#include <QDate>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <algorithm>
#include <cairn/app/panels/goal_panel.h>
#include <cairn/app/session/planning_session.h>
#include <cairn/app/undo/credential_mark_command.h>
#include <cairn/app/undo/set_profile_value_command.h>
#include <cairn/app/undo/set_skill_level_command.h>
#include <cairn/io/catalog_json.h>
#include <cairn/io/profile_json.h>
#include <cairn/text/load_words.h>

namespace cairn::app::test {

namespace {
bool has(const std::vector<std::string>& list, const std::string& id) {
    return std::find(list.begin(), list.end(), id) != list.end();
}
} // namespace

class UndoTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PlanningSession> session_;
    std::string credential_;

private slots:
    void init() {
        auto loaded = io::readCatalogFile(sampleCatalogPath());
        QVERIFY2(loaded.ok(),
                 qPrintable(cairn::text::LoadWords::english().lines(loaded.errors).join(QLatin1Char('\n'))));
        session_ = std::make_unique<PlanningSession>();
        session_->setCatalog(*loaded.value);
        Profile p;
        p.name = "Test client";
        p.hoursPerWeek = 10;
        session_->setClient(QStringLiteral("1"), p);
        credential_ = session_->catalog().credentials.front().id;
    }

    void markCompletedUndoRedo() {
        auto* stack = session_->undoStack();
        stack->push(new CredentialMarkCommand(session_.get(), CredentialMark::Completed, credential_, true));
        QVERIFY(session_->isCompleted(credential_));
        QCOMPARE(session_->status(credential_), CredentialStatus::Completed);
        stack->undo();
        QVERIFY(!session_->isCompleted(credential_));
        stack->redo();
        QVERIFY(session_->isCompleted(credential_));
    }

    void notCompletedAnyMoreTakesItsDatesAlong() {
        // Dates kept for a credential no longer completed made the profile unreadable.
        Profile p = session_->profile();
        p.completed = {credential_};
        p.completedDates = {{credential_, Date::fromYmd(2024, 2, 1), Date::fromYmd(2027, 2, 1)}};
        session_->setClient(QStringLiteral("1"), p);
        auto* stack = session_->undoStack();
        stack->push(new CredentialMarkCommand(session_.get(), CredentialMark::Completed, credential_, false));
        QVERIFY(session_->profile().completedDates.empty());
        const auto reread = io::readProfile(io::writeProfile(session_->profile()));
        QVERIFY2(reread.ok(),
                 qPrintable(cairn::text::LoadWords::english().lines(reread.errors).join(QLatin1Char('\n'))));
        stack->undo();
        QCOMPARE(session_->profile().completedDates, p.completedDates);
    }

    void pinAndExcludeAreExclusive() {
        auto* stack = session_->undoStack();
        stack->push(new CredentialMarkCommand(session_.get(), CredentialMark::Pinned, credential_, true));
        QVERIFY(session_->isPinned(credential_));
        stack->push(new CredentialMarkCommand(session_.get(), CredentialMark::Excluded, credential_, true));
        QVERIFY(session_->isExcluded(credential_));
        QVERIFY(!session_->isPinned(credential_));
        stack->undo();
        QVERIFY(session_->isPinned(credential_));
        QVERIFY(!session_->isExcluded(credential_));
    }

    void completingClearsPinAndExclusion() {
        auto* stack = session_->undoStack();
        stack->push(new CredentialMarkCommand(session_.get(), CredentialMark::Pinned, credential_, true));
        stack->push(new CredentialMarkCommand(session_.get(), CredentialMark::Completed, credential_, true));
        QVERIFY(!has(session_->profile().pinned, credential_));
        QVERIFY(has(session_->profile().completed, credential_));
    }

    void valueEditsMergeIntoOneStep() {
        auto* stack = session_->undoStack();
        using F = SetProfileValueCommand::Field;
        stack->push(new SetProfileValueCommand(session_.get(), F::HoursPerWeek, 11.0));
        stack->push(new SetProfileValueCommand(session_.get(), F::HoursPerWeek, 12.0));
        stack->push(new SetProfileValueCommand(session_.get(), F::HoursPerWeek, 13.0));
        QCOMPARE(stack->count(), 1);
        QCOMPARE(session_->profile().hoursPerWeek, 13.0);
        stack->undo();
        QCOMPARE(session_->profile().hoursPerWeek, 10.0);
        // A different field is its own step.
        stack->redo();
        stack->push(new SetProfileValueCommand(session_.get(), F::Budget, 500.0));
        QCOMPARE(stack->count(), 2);
        stack->push(new SetProfileValueCommand(session_.get(), F::Budget, QVariant()));
        QVERIFY(!session_->profile().budget.has_value());
        stack->push(new SetProfileValueCommand(session_.get(), F::Deadline, QDate(2028, 1, 31)));
        QCOMPARE(session_->profile().deadline->toIso(), std::string("2028-01-31"));
    }

    void skillLevelsAddChangeRemove() {
        auto* stack = session_->undoStack();
        const std::string skill = session_->catalog().skills.front().id;
        stack->push(new SetSkillLevelCommand(session_.get(), skill, 2));
        QCOMPARE(session_->profile().skills.size(), std::size_t(1));
        stack->push(new SetSkillLevelCommand(session_.get(), skill, 3));
        QCOMPARE(stack->count(), 1); // same skill: merged
        QCOMPARE(session_->profile().skills.front().level, 3);
        stack->push(new SetSkillLevelCommand(session_.get(), skill, 0));
        QVERIFY(session_->profile().skills.empty());
        stack->undo();
        QVERIFY(session_->profile().skills.empty()); // merged with the add: one step back to none
    }

    void oneCommandForEveryMark() {
        using M = CredentialMark;
        Profile p;
        p.pinned = {"a"};
        p.excluded = {"b"};
        p = CredentialMarkCommand::apply(p, M::Excluded, "a", true);
        QCOMPARE(p.pinned, std::vector<std::string>());
        QCOMPARE(p.excluded, (std::vector<std::string>{"b", "a"}));
        p = CredentialMarkCommand::apply(p, M::Pinned, "b", true);
        QCOMPARE(p.pinned, std::vector<std::string>{"b"});
        QCOMPARE(p.excluded, std::vector<std::string>{"a"});
        p = CredentialMarkCommand::apply(p, M::Completed, "b", true);
        QCOMPARE(p.pinned, std::vector<std::string>());
        QCOMPARE(p.completed, std::vector<std::string>{"b"});
        p = CredentialMarkCommand::apply(p, M::Completed, "b", false);
        QCOMPARE(p.completed, std::vector<std::string>());
        QCOMPARE(p.excluded, std::vector<std::string>{"a"}); // taking a mark off lifts no other
    }

    void undoStepsNameTheCredential() {
        auto* stack = session_->undoStack();
        const QString title = QString::fromStdString(session_->catalog().credentials.front().title);
        stack->push(new CredentialMarkCommand(session_.get(), CredentialMark::Pinned, credential_, true));
        QCOMPARE(stack->undoText(), QStringLiteral("Pin %1").arg(title));
        stack->push(new CredentialMarkCommand(session_.get(), CredentialMark::Excluded, credential_, false));
        QCOMPARE(stack->undoText(), QStringLiteral("Include %1 again").arg(title));
        stack->push(new CredentialMarkCommand(session_.get(), CredentialMark::Completed, credential_, true));
        QCOMPARE(stack->undoText(), QStringLiteral("Mark %1 completed").arg(title));
    }

    void goalAndObjectiveChoicesAreUndoable() {
        GoalPanel panel(session_.get());
        auto* goals = panel.findChild<QComboBox*>(QStringLiteral("goalCombo"));
        auto* objectives = panel.findChild<QComboBox*>(QStringLiteral("objectiveCombo"));
        QVERIFY(goals && objectives);
        QVERIFY(session_->goal().empty());
        QVERIFY(goals->count() > 1);
        const std::string first = goals->itemData(0).toString().toStdString();
        const std::string second = goals->itemData(1).toString().toStdString();
        goals->setCurrentIndex(0);
        emit goals->activated(0);
        QCOMPARE(session_->goal(), first);
        goals->setCurrentIndex(1);
        emit goals->activated(1);
        QCOMPARE(session_->goal(), second);
        objectives->setCurrentIndex(objectives->findData(static_cast<int>(Objective::Time)));
        QCOMPARE(session_->objective(), Objective::Time);
        auto* stack = session_->undoStack();
        QCOMPARE(stack->count(), 3);
        stack->undo();
        QCOMPARE(session_->objective(), Objective::Cost);
        QCOMPARE(objectives->currentData().toInt(), static_cast<int>(Objective::Cost));
        stack->undo();
        QCOMPARE(session_->goal(), first);
        QCOMPARE(goals->currentData().toString().toStdString(), first);
        stack->undo();
        QVERIFY(session_->goal().empty());
        stack->redo();
        QCOMPARE(session_->goal(), first);
    }

    void longGoalTitlesShowTheirStart() {
        GoalPanel panel(session_.get());
        auto* goals = panel.findChild<QComboBox*>(QStringLiteral("goalCombo"));
        panel.resize(300, panel.sizeHint().height());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        goals->setCurrentIndex(1);
        emit goals->activated(1);
        QVERIFY(!session_->goal().empty());
        QCOMPARE(goals->lineEdit()->cursorPosition(), 0);
        goals->lineEdit()->setFocus();
        goals->lineEdit()->setText(goals->itemText(2).left(6));
        QTest::keyClick(goals->lineEdit(), Qt::Key_Return);
        QCOMPARE(goals->lineEdit()->cursorPosition(), 0);
    }

    void editsAskForANewPlan() {
        QSignalSpy replans(session_.get(), &PlanningSession::planInputsChanged);
        session_->undoStack()->push(
            new CredentialMarkCommand(session_.get(), CredentialMark::Excluded, credential_, true));
        QCOMPARE(replans.count(), 1);
        session_->undoStack()->undo();
        QCOMPARE(replans.count(), 2);
    }
};

std::unique_ptr<QObject> makeUndoTest() {
    return std::make_unique<UndoTest>();
}

} // namespace cairn::app::test

#include "undo_test.moc"
