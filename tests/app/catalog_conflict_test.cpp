// An edit of a credential or a skill refused because someone else saved the same entry since
// this window read the catalog: what differs, and what each choice does to the workspace and to
// the window (SQLite; the store's own tests cover the refusal on a server too).
#include "test_suites.h"

#include <QApplication>
#include <QDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <cairn/app/data/catalog_conflict.h>
#include <cairn/app/data/store_data_source.h>
#include <cairn/app/dialogs/conflict_dialog.h>
#include <cairn/app/session/client_controller.h>
#include <cairn/app/session/planning_session.h>
#include <cairn/app/shell/app_settings.h>
#include <cairn/app/shell/main_window.h>
#include <cairn/app/shell/translations.h>
#include <cairn/store/workspace.h>

namespace cairn::app::test {

namespace {

/// A window on a new workspace file, and a second connection to it: another advisor.
struct TwoAdvisors {
    QTemporaryDir dir;
    PlanningSession session;
    std::unique_ptr<ClientController> controller;
    std::unique_ptr<store::Workspace> other;
    qint64 catalogId = 0;

    bool open() {
        const QString path = dir.filePath(QStringLiteral("team.sqlite"));
        QString error;
        auto source = StoreDataSource::open(path, {}, &error);
        if (!source)
            return false;
        controller = std::make_unique<ClientController>(&session, std::move(source));
        if (!controller->start({}, {}, &error))
            return false;
        auto opened = store::Workspace::open(path);
        if (!opened)
            return false;
        other = std::move(opened.value());
        catalogId = other->client(session.clientId().toLongLong())->catalogId.value_or(0);
        return catalogId != 0;
    }

    /// The credential as the workspace holds it now.
    Credential stored(const std::string& id) const { return *other->loadCatalog(catalogId)->findCredential(id); }
};

Credential sampleCredential() {
    Credential c;
    c.id = "sql-basics";
    c.title = "SQL Basics";
    c.provider = "Example U";
    c.cost = 49;
    c.hours = 20;
    c.description = "Queries.";
    return c;
}

} // namespace

class CatalogConflictTest : public QObject {
    Q_OBJECT

private slots:
    void differencesOfACredentialNameTheFieldsBothChanged() {
        const Credential base = sampleCredential();
        Credential theirs = base;
        theirs.title = "SQL Basics (2027)";
        theirs.hours = 24;
        theirs.description = "Queries and joins.";
        Credential mine = base;
        mine.hours = 30;
        mine.description = "Queries, with a project.";

        // The title only they changed is theirs on both sides: not in conflict.
        const Credential rebasedMine = rebased(mine, base, theirs);
        QCOMPARE(rebasedMine.title, theirs.title);
        QCOMPARE(rebasedMine.hours, 30.0);
        const auto diffs = differences(rebasedMine, theirs);
        QCOMPARE(diffs.size(), 2u);
        QCOMPARE(diffs[0].field, QStringLiteral("Hours"));
        QCOMPARE(diffs[0].mine, QStringLiteral("30"));
        QCOMPARE(diffs[0].theirs, QStringLiteral("24"));
        QVERIFY(!diffs[0].freeText);
        QCOMPARE(diffs[1].field, QStringLiteral("Description"));
        QVERIFY(diffs[1].freeText);
        QVERIFY(canMerge(diffs));
        QCOMPARE(merged(rebasedMine, theirs).description, std::string("Queries and joins.\nQueries, with a project."));
        QVERIFY(differences(theirs, theirs).empty());

        // What no line shows still gets one, so that no difference goes unmentioned.
        Credential ranged = theirs;
        ranged.costRange = FigureRange{40, 60};
        const auto rest = differences(ranged, theirs);
        QCOMPARE(rest.size(), 1u);
        QCOMPARE(rest[0].field, QStringLiteral("Other details"));
    }

    void differencesOfASkill() {
        Skill theirs{"sql", "SQL", "", "", "Querying data.", "Data"};
        Skill mine = theirs;
        mine.name = "Structured Query Language";
        mine.description = "Querying relational data.";
        const auto diffs = differences(mine, theirs);
        QCOMPARE(diffs.size(), 2u);
        QCOMPARE(diffs[0].field, QStringLiteral("Name"));
        QCOMPARE(diffs[1].field, QStringLiteral("Description"));
        QCOMPARE(merged(mine, theirs).description, std::string("Querying data.\nQuerying relational data."));
    }

    void eachChoiceForACredentialEdit_data() {
        QTest::addColumn<int>("choice");
        QTest::newRow("keep mine") << int(ConflictChoice::KeepMine);
        QTest::newRow("take theirs") << int(ConflictChoice::TakeTheirs);
        QTest::newRow("merge") << int(ConflictChoice::Merge);
        QTest::newRow("cancel") << int(ConflictChoice::Cancel);
    }

    void eachChoiceForACredentialEdit() {
        QFETCH(int, choice);
        TwoAdvisors team;
        QVERIFY(team.open());
        const Credential read = team.session.baseCatalog().credentials.front();

        // Another advisor saves the credential after this window read the catalog.
        Credential theirs = read;
        theirs.title = read.title + " (2027)";
        theirs.hours = read.hours + 10;
        theirs.description = "Their description.";
        QVERIFY(team.other->saveCredential(team.catalogId, theirs).ok());

        // This window's editor changes the hours and the description too.
        Credential mine = read;
        mine.hours = read.hours + 3;
        mine.description = "My description.";
        std::optional<ConflictView> shown;
        team.controller->setConflictResolver([&](const ConflictView& c) {
            shown = c;
            return ConflictChoice(choice);
        });
        const QString result = team.controller->saveCredential(mine, read.id);

        QVERIFY(shown);
        QCOMPARE(shown->subject, ConflictView::Subject::Credential);
        QVERIFY2(shown->message.contains(QLatin1String("someone else")), qPrintable(shown->message));
        QCOMPARE(shown->differences.size(), 2u); // the title only they changed is not in conflict
        QCOMPARE(shown->differences[0].field, QStringLiteral("Hours"));
        QCOMPARE(shown->differences[1].field, QStringLiteral("Description"));

        const Credential stored = team.stored(read.id);
        QCOMPARE(stored.title, theirs.title); // their other change is never lost
        const Credential* shownNow = team.session.baseCatalog().findCredential(read.id);
        QVERIFY(shownNow);
        switch (ConflictChoice(choice)) {
        case ConflictChoice::KeepMine:
            QVERIFY2(result.isEmpty(), qPrintable(result));
            QCOMPARE(stored.hours, mine.hours);
            QCOMPARE(stored.description, mine.description);
            break;
        case ConflictChoice::Merge:
            QVERIFY2(result.isEmpty(), qPrintable(result));
            QCOMPARE(stored.hours, mine.hours);
            QCOMPARE(stored.description, std::string("Their description.\nMy description."));
            break;
        case ConflictChoice::TakeTheirs:
            QVERIFY2(result.isEmpty(), qPrintable(result)); // the editor closes
            QVERIFY(stored == theirs);
            break;
        case ConflictChoice::Cancel:
            QVERIFY(!result.isEmpty()); // the editor stays open and says why
            QVERIFY2(result.contains(QLatin1String("save again")), qPrintable(result));
            QVERIFY(stored == theirs);
            break;
        }
        QVERIFY(*shownNow == stored); // the window shows what is stored, whatever was chosen

        // The next save starts from the version now known: no new conflict.
        shown.reset();
        Credential next = stored;
        next.hours = 99;
        QCOMPARE(team.controller->saveCredential(next, read.id), QString());
        QVERIFY(!shown);
        QCOMPARE(team.stored(read.id).hours, 99.0);
    }

    void aSkillEditKeptOverTheirs() {
        TwoAdvisors team;
        QVERIFY(team.open());
        const Skill read = team.session.baseCatalog().skills.front();
        Skill theirs = read;
        theirs.name = read.name + " (renamed)";
        QVERIFY(team.other->saveSkill(team.catalogId, theirs).ok());

        Skill mine = read;
        mine.name = read.name + " (mine)";
        mine.area = "Mine";
        std::optional<ConflictView> shown;
        team.controller->setConflictResolver([&](const ConflictView& c) {
            shown = c;
            return ConflictChoice::KeepMine;
        });
        QCOMPARE(team.controller->saveSkill(mine, read.id), QString());
        QVERIFY(shown);
        QCOMPARE(shown->subject, ConflictView::Subject::Skill);
        QVERIFY(!shown->differences.empty());
        QCOMPARE(shown->differences.front().field, QStringLiteral("Name"));
        const Catalog now = team.other->loadCatalog(team.catalogId).value();
        const Skill* stored = now.findSkill(read.id);
        QVERIFY(stored);
        QCOMPARE(stored->name, mine.name);
        QCOMPARE(stored->area, std::string("Mine"));
    }

    void anEditThatMatchesTheirsIsNoConflict() {
        TwoAdvisors team;
        QVERIFY(team.open());
        const Credential read = team.session.baseCatalog().credentials.front();
        Credential same = read;
        same.hours = read.hours + 1;
        QVERIFY(team.other->saveCredential(team.catalogId, same).ok());
        bool asked = false;
        team.controller->setConflictResolver([&](const ConflictView&) {
            asked = true;
            return ConflictChoice::Cancel;
        });
        QCOMPARE(team.controller->saveCredential(same, read.id), QString());
        QVERIFY(!asked);
        QVERIFY(*team.session.baseCatalog().findCredential(read.id) == same);
    }

    void aColleaguesEditIsReadAgainAndPlannedWith() {
        TwoAdvisors team;
        QVERIFY(team.open());
        QString error;
        QVERIFY2(!team.controller->refreshCatalog(&error), "nobody changed it");
        QVERIFY(error.isEmpty());

        Credential theirs = team.session.baseCatalog().credentials.front();
        theirs.cost += 100;
        QVERIFY(team.other->saveCredential(team.catalogId, theirs).ok());
        QVERIFY(team.controller->refreshCatalog(&error));
        QVERIFY(error.isEmpty());
        QCOMPARE(team.session.baseCatalog().findCredential(theirs.id)->cost, theirs.cost);
        QVERIFY2(!team.controller->refreshCatalog(&error), "read once");

        // The versions were read with it: this window's next edit of it is no conflict.
        Credential mine = theirs;
        mine.hours += 2;
        bool asked = false;
        team.controller->setConflictResolver([&](const ConflictView&) {
            asked = true;
            return ConflictChoice::Cancel;
        });
        QCOMPARE(team.controller->saveCredential(mine, mine.id), QString());
        QVERIFY(!asked);
        QVERIFY(team.stored(mine.id) == mine);
        QVERIFY2(!team.controller->refreshCatalog(&error), "this window's own edit is what it shows");
    }

    void theWindowWaitsForAnOpenEditorBeforeShowingAColleaguesEdit() {
        // An editor saves over the version it read: the catalog under it must not become theirs,
        // or its save would go over their edit without a word.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("team.sqlite"));
        AppSettings settings(dir.filePath(QStringLiteral("team.ini")));
        QString error;
        auto source = StoreDataSource::open(path, {}, &error);
        QVERIFY2(source, qPrintable(error));
        MainWindow window(settings, std::move(source));
        QVERIFY(window.start());
        auto other = store::Workspace::open(path);
        QVERIFY(other.ok());
        const qint64 catalogId = (*other)->client(window.session()->clientId().toLongLong())->catalogId.value();
        Credential theirs = window.session()->baseCatalog().credentials.front();
        theirs.cost += 100;
        QVERIFY((*other)->saveCredential(catalogId, theirs).ok());

        QDialog editor(&window);
        editor.setModal(true);
        editor.show();
        QVERIFY(QApplication::activeModalWidget() == &editor);
        window.showTeamChanges();
        QTest::qWait(600);
        QVERIFY(window.session()->baseCatalog().findCredential(theirs.id)->cost != theirs.cost);
        editor.close();
        QTRY_COMPARE(window.session()->baseCatalog().findCredential(theirs.id)->cost, theirs.cost);
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("A colleague changed the catalog")));
    }

    void theDialogSpeaksOfTheCredentialInGerman() {
        auto translators = Translations::install(*qApp, QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(!translators.empty());
        {
            Credential base = sampleCredential();
            Credential mine = base;
            mine.description = "Mine.";
            ConflictDialog dialog(
                ConflictView{ConflictView::Subject::Credential, QStringLiteral("…"), differences(mine, base)});
            auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("differenceTable"));
            QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Beschreibung"));
            QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("takeTheirsButton"))
                        ->toolTip()
                        .contains(QLatin1String("Zertifikat")));
            QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("mergeButton")));
        }
        for (QTranslator* t : translators) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
};

std::unique_ptr<QObject> makeCatalogConflictTest() {
    return std::make_unique<CatalogConflictTest>();
}

} // namespace cairn::app::test

#include "catalog_conflict_test.moc"
