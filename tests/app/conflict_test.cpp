// A save refused because someone else saved the client meanwhile: the dialog that shows what
// differs, and what each of its choices does to the workspace and to the window (SQLite).
#include "test_suites.h"

#include <QDir>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>
#include <cairn/app/data/client_conflict.h>
#include <cairn/app/data/store_data_source.h>
#include <cairn/app/dialogs/conflict_dialog.h>
#include <cairn/app/goals/own_goal.h>
#include <cairn/app/session/client_controller.h>
#include <cairn/app/session/planning_session.h>
#include <cairn/app/shell/translations.h>
#include <cairn/app/undo/set_profile_value_command.h>
#include <cairn/store/workspace.h>

namespace cairn::app::test {

namespace {

ClientConflict sampleConflict() {
    ClientConflict c;
    c.clientId = QStringLiteral("1");
    c.message = QStringLiteral("Maria Alvarez was changed by someone else since you opened this client; nothing was "
                               "saved.");
    c.mine.name = c.theirs.name = QStringLiteral("Maria Alvarez");
    c.mine.notes = QStringLiteral("Prefers evenings.");
    c.theirs.notes = QStringLiteral("Has a grant.");
    c.mine.profile.hoursPerWeek = 20;
    c.theirs.profile.hoursPerWeek = 4;
    c.theirs.profile.start = c.mine.profile.start;
    return c;
}

} // namespace

class ConflictTest : public QObject {
    Q_OBJECT

private slots:
    void differencesNameTheFieldsAndMergeKeepsBothTexts() {
        const ClientConflict c = sampleConflict();
        const auto diffs = differences(c.mine, c.theirs);
        QCOMPARE(diffs.size(), 2u);
        QCOMPARE(diffs[0].field, QStringLiteral("Notes"));
        QVERIFY(diffs[0].freeText);
        QCOMPARE(diffs[1].field, QStringLiteral("Hours per week"));
        QCOMPARE(diffs[1].mine, QStringLiteral("20"));
        QCOMPARE(diffs[1].theirs, QStringLiteral("4"));
        QVERIFY(canMerge(diffs));
        const ClientDetails both = merged(c.mine, c.theirs);
        QCOMPARE(both.notes, QStringLiteral("Has a grant.\nPrefers evenings."));
        QCOMPARE(both.profile.hoursPerWeek, 20.0); // the rest is this window's
        QVERIFY(differences(c.mine, c.mine).empty());
    }

    void dialogListsYoursAndTheirsAndReturnsTheChoice() {
        const ClientConflict c = sampleConflict();
        for (const auto& [button, choice] : {std::pair{"keepMineButton", ConflictChoice::KeepMine},
                                             std::pair{"takeTheirsButton", ConflictChoice::TakeTheirs},
                                             std::pair{"mergeButton", ConflictChoice::Merge}}) {
            ConflictDialog dialog(viewOf(c));
            dialog.show();
            QVERIFY(dialog.width() <= 1024 && dialog.height() <= 700);
            auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("differenceTable"));
            QVERIFY(table);
            QCOMPARE(table->rowCount(), 2);
            QCOMPARE(table->item(1, 1)->text(), QStringLiteral("20"));
            QCOMPARE(table->item(1, 2)->text(), QStringLiteral("4"));
            auto* b = dialog.findChild<QPushButton*>(QLatin1String(button));
            QVERIFY2(b, button);
            QTest::mouseClick(b, Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(dialog.choice(), choice);
        }
        // Escape cancels; without a free-text difference there is nothing to merge.
        ClientConflict plain = c;
        plain.theirs.notes = plain.mine.notes;
        ConflictDialog dialog(viewOf(plain));
        dialog.show();
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("mergeButton")));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.choice(), ConflictChoice::Cancel);
    }

    void fitsASmallScreenInGerman() {
        auto translators = Translations::install(*qApp, QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(!translators.empty());
        {
            ConflictDialog dialog(viewOf(sampleConflict()));
            QCOMPARE(dialog.windowTitle(), QStringLiteral("Von jemand anderem geändert"));
            QCOMPARE(dialog.findChild<QPushButton*>(QStringLiteral("keepMineButton"))->text(),
                     QStringLiteral("&Meine behalten"));
            auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("differenceTable"));
            QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Notizen"));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.width() <= 1024 && dialog.height() <= 700);
            QVERIFY(dialog.width() >= dialog.minimumSizeHint().width());
            if (const QString dir = qEnvironmentVariable("CAIRN_SCREENSHOT_DIR"); !dir.isEmpty())
                QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("conflict-de.png"))));
        }
        for (QTranslator* t : translators) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

    void eachChoiceOnAWorkspace_data() {
        QTest::addColumn<int>("choice");
        QTest::newRow("keep mine") << int(ConflictChoice::KeepMine);
        QTest::newRow("take theirs") << int(ConflictChoice::TakeTheirs);
        QTest::newRow("cancel") << int(ConflictChoice::Cancel);
    }

    void eachChoiceOnAWorkspace() {
        QFETCH(int, choice);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("team.sqlite"));
        QString error;
        auto opened = StoreDataSource::open(path, {}, &error);
        QVERIFY2(opened, qPrintable(error));
        PlanningSession session;
        ClientController controller(&session, std::move(opened));
        QVERIFY2(controller.start({}, {}, &error), qPrintable(error));
        const qint64 id = session.clientId().toLongLong();

        // Another advisor saves the client after this window opened them.
        auto other = store::Workspace::open(path).value();
        store::Client theirs = other->client(id).value();
        theirs.contact = QStringLiteral("reached by phone");
        theirs.profile.hoursPerWeek = 4;
        QVERIFY(other->updateClient(theirs).ok());

        // This window changes the same field, as an undoable edit.
        const double before = session.profile().hoursPerWeek;
        session.undoStack()->push(
            new SetProfileValueCommand(&session, SetProfileValueCommand::Field::HoursPerWeek, 20.0));
        QCOMPARE(session.profile().hoursPerWeek, 20.0);
        QVERIFY(before != 20.0);

        std::optional<ConflictView> shown;
        controller.setConflictResolver([&](const ConflictView& c) {
            shown = c;
            return ConflictChoice(choice);
        });
        const QString result = controller.saveNow();
        QVERIFY(shown);
        QVERIFY2(shown->message.contains(QLatin1String("changed by someone else")), qPrintable(shown->message));
        QCOMPARE(shown->subject, ConflictView::Subject::Client);
        const auto& diffs = shown->differences;
        QCOMPARE(diffs.size(), 1u); // the contact only they changed is theirs on both sides
        QCOMPARE(diffs[0].field, QStringLiteral("Hours per week"));

        const store::Client stored = other->client(id).value();
        QCOMPARE(stored.contact, QStringLiteral("reached by phone")); // their other change is never lost
        switch (ConflictChoice(choice)) {
        case ConflictChoice::KeepMine:
            QVERIFY2(result.isEmpty(), qPrintable(result));
            QCOMPARE(stored.profile.hoursPerWeek, 20.0);
            QCOMPARE(stored.rowVersion, 3);            // a new version over theirs
            QCOMPARE(session.undoStack()->count(), 1); // the edit stays undoable
            break;
        case ConflictChoice::TakeTheirs:
            QCOMPARE(stored.profile.hoursPerWeek, 4.0);
            QCOMPARE(stored.rowVersion, 2);
            QCOMPARE(session.profile().hoursPerWeek, 4.0); // the window shows theirs
            QCOMPARE(session.undoStack()->count(), 0);     // no step undoes to a version dropped
            break;
        default:
            QCOMPARE(result, shown->message); // nothing saved, and the window says so
            QCOMPARE(stored.profile.hoursPerWeek, 4.0);
            QCOMPARE(session.profile().hoursPerWeek, 20.0); // the window keeps its edit
            QCOMPARE(session.undoStack()->count(), 1);
            break;
        }
        // Whatever was chosen, the next save starts from the version now known: no new conflict.
        if (ConflictChoice(choice) != ConflictChoice::Cancel) {
            shown.reset();
            Profile p = session.profile();
            p.hoursPerWeek = 7;
            session.setProfile(p);
            QCOMPARE(controller.saveNow(), QString());
            QVERIFY(!shown);
            QCOMPARE(other->client(id)->profile.hoursPerWeek, 7.0);
        }
    }

    void aStaleOwnGoalEditIsRefusedAndTheirsShown() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("goals.sqlite"));
        QString error;
        auto opened = StoreDataSource::open(path, {}, &error);
        QVERIFY2(opened, qPrintable(error));
        PlanningSession session;
        ClientController controller(&session, std::move(opened));
        QVERIFY2(controller.start({}, {}, &error), qPrintable(error));
        OwnGoal own;
        own.goal.title = "Data analyst";
        own.goal.skills = {{"http://data.europa.eu/esco/skill/sql", "SQL", 3, true, {}}};
        QCOMPARE(controller.saveOwnGoal(own), QString());

        auto other = store::Workspace::open(path).value();
        const qint64 id = session.clientId().toLongLong();
        QVERIFY(other->renameClientGoal(id, own.id, "Health data analyst").ok());

        OwnGoal mine = own;
        mine.goal.title = "Analyst";
        const QString refused = controller.saveOwnGoal(mine);
        QVERIFY2(refused.contains(QLatin1String("changed by someone else")), qPrintable(refused));
        QCOMPARE(other->clientGoals(id)->front().goal.title, std::string("Health data analyst"));
        QCOMPARE(session.ownGoals().front().goal.title, std::string("Health data analyst")); // theirs shown
        QCOMPARE(controller.saveOwnGoal(mine), QString()); // from theirs, saved knowingly
        QCOMPARE(other->clientGoals(id)->front().goal.title, std::string("Analyst"));
    }
};

std::unique_ptr<QObject> makeConflictTest() {
    return std::make_unique<ConflictTest>();
}

} // namespace cairn::app::test

#include "conflict_test.moc"
