// Importing Open Badges and CLR files in the window (1EdTech's samples in
// tests/io/data/interop/openbadges_clr): every achievement listed with what it is to the catalog,
// a credential chosen where several share a name, a match left out, the rest added to the
// completed credentials with their dates as one undo step, and those dates in the profile editor.
#include "test_suites.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>
#include <cairn/app/common/qt_convert.h>
#include <cairn/app/data/file_data_source.h>
#include <cairn/app/data/store_data_source.h>
#include <cairn/app/dialogs/badge_import_dialog.h>
#include <cairn/app/panels/profile_panel.h>
#include <cairn/app/session/client_controller.h>
#include <cairn/app/session/planning_session.h>
#include <cairn/app/shell/app_settings.h>
#include <cairn/app/shell/main_window.h>
#include <cairn/app/shell/translations.h>

namespace cairn::app::test {

namespace {

using State = BadgeImportDialog::State;
using io::badges::Achievement;

QString sample(const QString& name) {
    return QStringLiteral(CAIRN_BADGE_SAMPLES "/") + name;
}

/// A catalog whose skills the alignments of aligned-ob30.json and aligned-ob20.json name, and
/// those two badges, neither of which any credential matches (tests/io/data/badges).
QString aligned(const QString& name) {
    return QStringLiteral(CAIRN_BADGE_TEST_DATA "/") + name;
}

/// The credentials the samples name: the degree by its CTID (an alignment of ob30/complete.json),
/// Teamwork by its name (ob30/simple.json), and two of the name of a CLR's course.
Catalog badgeCatalog() {
    Catalog c;
    c.name = "Badges";
    c.currency = "USD";
    auto add = [&](std::string id, std::string title, std::vector<std::string> tags = {}) {
        Credential cr;
        cr.id = std::move(id);
        cr.title = std::move(title);
        cr.provider = "1EdTech";
        cr.tags = std::move(tags);
        c.credentials.push_back(cr);
    };
    add("ce-98cb027b-95ef-4494-908d-6f7790ec6b6b", "A degree under another name", {"BachelorDegree"});
    add("teamwork", "Teamwork");
    add("twin-a", "Health Careers 1");
    add("twin-b", "Health Careers 1");
    return c;
}

Profile learner() {
    Profile p;
    p.name = "Sam";
    p.start = Date::fromYmd(2027, 1, 4);
    p.completed = {"teamwork"};
    return p;
}

const std::string kDegree = "ce-98cb027b-95ef-4494-908d-6f7790ec6b6b";

} // namespace

class BadgeImportTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::unique_ptr<PlanningSession> session_;

    QString write(const QString& name, const QByteArray& bytes) {
        QFile f(dir_.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return f.fileName();
    }

    QStringList files() {
        return {sample(QStringLiteral("ob30/complete.json")),
                sample(QStringLiteral("ob30/complete_v1.json")),
                sample(QStringLiteral("ob30/simple.json")),
                sample(QStringLiteral("ob30/simple-noproof.json")),
                sample(QStringLiteral("clr20/complex.json")),
                write(QStringLiteral("revoked.json"),
                      R"({"type": "Assertion", "id": "urn:a", "revoked": true, "issuedOn": "2020-01-01",
                          "badge": {"type": "BadgeClass", "id": "urn:b", "name": "Teamwork"}})"),
                write(QStringLiteral("broken.json"), "{")};
    }

    /// The row of the achievement of that name read from the file whose name ends so.
    static int rowOf(const BadgeImportDialog& dialog, const QString& fileEnd, const QString& name) {
        const auto& achievements = dialog.read().achievements;
        for (std::size_t i = 0; i < achievements.size(); ++i)
            if (achievements[i].file.endsWith(fileEnd) && achievements[i].name == name)
                return static_cast<int>(i);
        return -1;
    }

private slots:
    void init() {
        session_ = std::make_unique<PlanningSession>();
        session_->setCatalog(badgeCatalog());
        session_->setClient(QStringLiteral("1"), learner());
    }

    void everyAchievementIsListedAndTheChosenOnesAreOneUndoStep() {
        const Profile before = session_->profile();
        BadgeImportDialog dialog(session_.get(), files(), Date::fromYmd(2026, 12, 3));
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("achievementTable"));
        QVERIFY(table);
        QCOMPARE(dialog.rowCount(), static_cast<int>(dialog.read().achievements.size()));

        const int degree = rowOf(dialog, QStringLiteral("/complete.json"), QStringLiteral("1EdTech University Degree"));
        const int lapsed =
            rowOf(dialog, QStringLiteral("/complete_v1.json"), QStringLiteral("1EdTech University Degree"));
        const int teamwork = rowOf(dialog, QStringLiteral("/simple.json"), QStringLiteral("Teamwork"));
        const int unknown =
            rowOf(dialog, QStringLiteral("/simple-noproof.json"), QStringLiteral("Example University Degree"));
        const int revoked = rowOf(dialog, QStringLiteral("/revoked.json"), QStringLiteral("Teamwork"));
        const int twins = rowOf(dialog, QStringLiteral("/complex.json"), QStringLiteral("Health Careers 1"));
        for (int row : {degree, lapsed, teamwork, unknown, revoked, twins})
            QVERIFY(row >= 0);
        QCOMPARE(dialog.state(degree), State::Added);
        QCOMPARE(dialog.state(lapsed), State::Expired);
        QCOMPARE(dialog.state(teamwork), State::AlreadyCompleted);
        QCOMPARE(dialog.state(unknown), State::NoMatch);
        QCOMPARE(dialog.state(revoked), State::Revoked);
        QCOMPARE(dialog.state(twins), State::SeveralNamed);

        // What it is to the catalog, its dates and its proof, in words.
        const int catalogColumn = BadgeImportDialog::CatalogColumn;
        QVERIFY2(table->item(degree, catalogColumn)->text().startsWith(QStringLiteral("Completed, by its alignment")),
                 qPrintable(table->item(degree, catalogColumn)->text()));
        QVERIFY(table->item(lapsed, catalogColumn)->text().startsWith(QStringLiteral("Expired")));
        QVERIFY(table->item(revoked, catalogColumn)->text().startsWith(QStringLiteral("Revoked")));
        QCOMPARE(table->item(degree, BadgeImportDialog::IssuerColumn)->text(), QStringLiteral("1EdTech University"));
        QCOMPARE(table->item(degree, BadgeImportDialog::FormatColumn)->text(), QStringLiteral("Open Badges 3.0"));
        QCOMPARE(table->item(degree, BadgeImportDialog::IssuedColumn)->text(), dateText(Date::fromYmd(2010, 1, 1)));
        QCOMPARE(table->item(degree, BadgeImportDialog::ExpiresColumn)->text(), dateText(Date::fromYmd(2030, 1, 1)));
        QVERIFY(
            !table->item(degree, BadgeImportDialog::ProofColumn)->text().isEmpty()); // complete.json carries a proof
        QVERIFY(table->item(unknown, BadgeImportDialog::ProofColumn)->text().isEmpty()); // simple-noproof.json does not
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("introLabel"))
                    ->text()
                    .contains(QStringLiteral("does not verify signatures")));
        // What does not count cannot be ticked.
        for (int row : {lapsed, unknown, revoked, twins})
            QVERIFY(!(table->item(row, 0)->flags() & Qt::ItemIsUserCheckable));

        // The file that could not be read, with its error.
        auto* failures = dialog.findChild<QListWidget*>(QStringLiteral("failuresList"));
        QVERIFY(failures);
        QVERIFY(!failures->findItems(QStringLiteral("broken.json:1:1:"), Qt::MatchContains).isEmpty());

        // Choose which "Health Careers 1" it is; leave Teamwork's award out.
        auto* combo = qobject_cast<QComboBox*>(table->cellWidget(twins, catalogColumn));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 3); // none, twin-a, twin-b
        combo->setCurrentIndex(combo->findData(QStringLiteral("twin-b")));
        QCOMPARE(table->item(twins, 0)->checkState(), Qt::Checked);
        table->item(teamwork, 0)->setCheckState(Qt::Unchecked);

        auto* stack = session_->undoStack();
        const int steps = stack->count();
        auto* add = dialog.findChild<QPushButton*>(QStringLiteral("addToProfileButton"));
        QVERIFY(add && add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.added(), 2);
        QCOMPARE(stack->count(), steps + 1);
        QCOMPARE(stack->undoText(), QStringLiteral("Import badges"));
        const Profile& after = session_->profile();
        QCOMPARE(after.completed, (std::vector<std::string>{"teamwork", kDegree, "twin-b"}));
        const Achievement& course = dialog.read().achievements[static_cast<std::size_t>(twins)];
        QCOMPARE(after.completedDates, (std::vector<CompletionDates>{
                                           {kDegree, Date::fromYmd(2010, 1, 1), Date::fromYmd(2030, 1, 1)},
                                           {"twin-b", course.issued, course.expires}})); // none for Teamwork, left out

        stack->undo();
        QCOMPARE(session_->profile(), before);
        stack->redo();
        QCOMPARE(session_->profile().completed.size(), 3u);
    }

    void confirmedSkillsAndANewCatalogCredentialAreOneUndoStep() {
        // A workspace planning with the aligned catalog: catalog edits are kept there.
        QString error;
        auto opened = StoreDataSource::open(dir_.filePath(QStringLiteral("badges.sqlite")),
                                            aligned(QStringLiteral("aligned-catalog.json")), &error);
        QVERIFY2(opened, qPrintable(error));
        StoreDataSource* store = opened.get();
        PlanningSession session;
        ClientController controller(&session, std::move(opened));
        QVERIFY2(controller.start({}, {}, &error), qPrintable(error));
        if (session.clientId().isEmpty())
            QVERIFY2(controller.createClient(QStringLiteral("Sam"), &error), qPrintable(error));
        QCOMPARE(session.catalog().name, std::string("Aligned skills"));
        Profile held = session.profile();
        held.skills = {{"sql", 3}};
        session.setProfile(held);
        const Profile before = session.profile();
        const qint64 catalogId = store->workspace().findCatalog(QStringLiteral("Aligned skills")).value();
        auto stored = [&]() { return store->workspace().loadCatalog(catalogId).value(); };
        const Catalog catalogBefore = stored();

        BadgeImportDialog dialog(
            &session, {aligned(QStringLiteral("aligned-ob30.json")), aligned(QStringLiteral("aligned-ob20.json"))},
            Date::fromYmd(2026, 12, 3), &controller);
        QCOMPARE(dialog.rowCount(), 2);
        const int reporting = rowOf(dialog, QStringLiteral("aligned-ob30.json"), QStringLiteral("Data Reporting"));
        QVERIFY(reporting >= 0);
        QCOMPARE(dialog.state(reporting), State::NoMatch);
        auto* add = dialog.findChild<QPushButton*>(QStringLiteral("addToProfileButton"));
        QVERIFY(!add->isEnabled()); // nothing counts yet, and no skill is confirmed

        // The skills, each once, unticked at the documented level until the person confirms them.
        auto* skills = dialog.findChild<QTableWidget*>(QStringLiteral("skillTable"));
        QVERIFY(skills);
        QCOMPARE(skills->rowCount(), 3); // SQL, Tableau, Teamwork
        QCOMPARE(dialog.alignedSkills().at(0).skill, std::string("sql"));
        QCOMPARE(dialog.alignedSkills().at(1).skill, std::string("tableau"));
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(skills->item(row, BadgeImportDialog::SkillNameColumn)->checkState(), Qt::Unchecked);
            auto* spin = skills->findChild<QSpinBox*>(QStringLiteral("skillLevelSpin%1").arg(row));
            QVERIFY(spin);
            QCOMPARE(spin->value(), io::badges::kAlignedSkillLevel);
            QCOMPARE(spin->minimum(), 1);
            QCOMPARE(spin->maximum(), 5);
        }
        QCOMPARE(skills->item(0, BadgeImportDialog::SkillHeldColumn)->text(), QStringLiteral("3"));
        QVERIFY(dialog.chosenSkills().empty());

        // Tableau at 4, SQL at 2 (held at 3: it stays there); Teamwork left out.
        skills->item(1, BadgeImportDialog::SkillNameColumn)->setCheckState(Qt::Checked);
        QVERIFY(add->isEnabled());
        skills->findChild<QSpinBox*>(QStringLiteral("skillLevelSpin1"))->setValue(4);
        skills->item(0, BadgeImportDialog::SkillNameColumn)->setCheckState(Qt::Checked);

        // "Data Reporting" matches no credential: add it to the catalog, completed.
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("achievementTable"));
        auto* toCatalog = qobject_cast<QComboBox*>(table->cellWidget(reporting, BadgeImportDialog::CatalogColumn));
        QVERIFY(toCatalog);
        QCOMPARE(toCatalog->objectName(), QStringLiteral("toCatalogCombo%1").arg(reporting));
        QVERIFY(!(table->item(reporting, 0)->flags() & Qt::ItemIsUserCheckable));
        toCatalog->setCurrentIndex(1);
        QCOMPARE(table->item(reporting, 0)->checkState(), Qt::Checked);
        const std::string id = io::badges::addedId(dialog.read().achievements[static_cast<std::size_t>(reporting)]);
        QCOMPARE(dialog.newCredentials().size(), 1u);
        QCOMPARE(dialog.newCredentials().front().id, id);

        auto* stack = session.undoStack();
        const int steps = stack->count();
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.added(), 1);
        QCOMPARE(stack->count(), steps + 1);
        QCOMPARE(stack->undoText(), QStringLiteral("Import badges"));

        // In the catalog, in the workspace, completed, and the skills held.
        const Credential* added = session.catalog().findCredential(id);
        QVERIFY(added);
        QCOMPARE(added->title, std::string("Data Reporting"));
        QCOMPARE(added->provider, std::string("Example Data Academy"));
        QCOMPARE(added->url, std::string("https://example.org/achievements/data-reporting/criteria"));
        QCOMPARE(added->estimated, (std::vector<std::string>{"cost", "hours"}));
        QVERIFY(stored().findCredential(id));
        QCOMPARE(session.profile().completed, (std::vector<std::string>{id}));
        QCOMPARE(session.profile().skills, (std::vector<SkillLevel>{{"sql", 3}, {"tableau", 4}}));

        // One undo takes back the credential, its completion and the skills.
        stack->undo();
        QCOMPARE(session.profile(), before);
        QVERIFY(!session.catalog().findCredential(id));
        QCOMPARE(stored(), catalogBefore);
        stack->redo();
        QVERIFY(session.catalog().findCredential(id));
        QVERIFY(stored().findCredential(id));
        QCOMPARE(session.profile().completed, (std::vector<std::string>{id}));
        QCOMPARE(session.profile().skills, (std::vector<SkillLevel>{{"sql", 3}, {"tableau", 4}}));

        // Imported again, the badge is the credential added from it.
        BadgeImportDialog again(&session, {aligned(QStringLiteral("aligned-ob30.json"))}, Date::fromYmd(2026, 12, 3),
                                &controller);
        QCOMPARE(again.state(0), State::AlreadyCompleted);
        controller.saveNow();
    }

    void withoutACatalogToChangeNothingIsOfferedForIt() {
        BadgeImportDialog dialog(session_.get(), {aligned(QStringLiteral("aligned-ob30.json"))},
                                 Date::fromYmd(2026, 12, 3));
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("achievementTable"));
        QCOMPARE(dialog.state(0), State::NoMatch);
        QVERIFY(!table->cellWidget(0, BadgeImportDialog::CatalogColumn));
        // badgeCatalog() has no skills: the table of them is not shown.
        QVERIFY(dialog.findChild<QTableWidget*>(QStringLiteral("skillTable"))->isHidden());
    }

    void choosingNoneLeavesTheAchievementOut() {
        BadgeImportDialog dialog(session_.get(), {sample(QStringLiteral("clr20/complex.json"))},
                                 Date::fromYmd(2026, 12, 3));
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("achievementTable"));
        const int twins = rowOf(dialog, QStringLiteral("/complex.json"), QStringLiteral("Health Careers 1"));
        auto* combo = qobject_cast<QComboBox*>(table->cellWidget(twins, BadgeImportDialog::CatalogColumn));
        QVERIFY(combo);
        auto* add = dialog.findChild<QPushButton*>(QStringLiteral("addToProfileButton"));
        QVERIFY(!add->isEnabled()); // nothing of the file counts yet
        combo->setCurrentIndex(1);
        QVERIFY(add->isEnabled());
        combo->setCurrentIndex(0);
        QVERIFY(!(table->item(twins, 0)->flags() & Qt::ItemIsUserCheckable));
        QVERIFY(!add->isEnabled());
        QVERIFY(dialog.chosenMatches().empty());
    }

    void anExpiredAwardOfASharedNameNeedsNoChoice() {
        const QString file = write(QStringLiteral("expired.json"),
                                   R"({"type": "Assertion", "id": "urn:c", "issuedOn": "2015-01-01",
                                       "expires": "2020-01-01T00:00:00Z",
                                       "badge": {"type": "BadgeClass", "id": "urn:d", "name": "Health Careers 1"}})");
        BadgeImportDialog dialog(session_.get(), {file}, Date::fromYmd(2026, 12, 3));
        QCOMPARE(dialog.rowCount(), 1);
        QCOMPARE(dialog.state(0), State::Expired);
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("achievementTable"));
        QVERIFY(!table->cellWidget(0, BadgeImportDialog::CatalogColumn));
        QVERIFY2(table->item(0, BadgeImportDialog::CatalogColumn)->text().contains(QStringLiteral("Health Careers 1")),
                 qPrintable(table->item(0, BadgeImportDialog::CatalogColumn)->text()));
    }

    void theProfileEditorShowsTheDatesAndWhatLapsed() {
        Profile p = learner();
        p.completed = {"teamwork", kDegree};
        p.completedDates = {{"teamwork", Date::fromYmd(2020, 5, 1), Date::fromYmd(2026, 6, 30)},
                            {kDegree, Date::fromYmd(2010, 1, 1), Date::fromYmd(2030, 1, 1)}};
        session_->setProfile(p);
        ProfilePanel panel(session_.get());
        auto* list = panel.findChild<QListWidget*>(QStringLiteral("completedList"));
        QVERIFY(list && list->count() == 2);
        const QString degree = list->item(1)->text();
        QVERIFY2(degree.contains(QStringLiteral("earned %1").arg(dateText(Date::fromYmd(2010, 1, 1)))) &&
                     degree.contains(QStringLiteral("valid until %1").arg(dateText(Date::fromYmd(2030, 1, 1)))),
                 qPrintable(degree));
        // Teamwork expired before the plan starts (4 Jan 2027): no longer held.
        const QString teamwork = list->item(0)->text();
        QVERIFY2(teamwork.contains(QStringLiteral("lapsed %1").arg(dateText(Date::fromYmd(2026, 6, 30)))),
                 qPrintable(teamwork));
        QVERIFY(list->item(0)->font().italic());
        QVERIFY(!list->item(1)->font().italic());
        QVERIFY(panel.findChild<QPushButton*>(QStringLiteral("importBadgesButton")));
        if (const QString dir = qEnvironmentVariable("CAIRN_SCREENSHOT_DIR"); !dir.isEmpty()) {
            panel.resize(320, 640); // the Profile dock's width at 1024×700
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            QVERIFY(panel.grab().save(QDir(dir).filePath(QStringLiteral("profile-completed.png"))));
        }
    }

    void theFileMenuImportsBadgesToo() {
        AppSettings settings(dir_.filePath(QStringLiteral("menu.ini")));
        MainWindow window(settings, std::make_unique<FileDataSource>(sampleCatalogPath()));
        auto* action = window.findChild<QAction*>(QStringLiteral("actionImportBadges"));
        QVERIFY(action);
        QVERIFY(window.menuBar()->findChild<QMenu*>(QStringLiteral("menuFile"))->actions().contains(action));
        QVERIFY(mnemonicClashes(&window).isEmpty());
    }

    void fitsASmallScreen() {
        BadgeImportDialog dialog(session_.get(), files(), Date::fromYmd(2026, 12, 3));
        QVERIFY(dialog.width() <= 1024 && dialog.height() <= 700);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("achievementTable"));
        QVERIFY(table->height() > 5 * table->verticalHeader()->defaultSectionSize());
        // A picture to look at: CAIRN_SCREENSHOT_DIR=/tmp/… cairn_app_tests BadgeImportTest
        if (const QString dir = qEnvironmentVariable("CAIRN_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("badge-import.png"))));
    }

    void fitsASmallScreenWithSkillsToConfirm() {
        // The aligned catalog has none of the samples' credentials: every valid achievement offers
        // to be added to it, and three skills wait to be confirmed.
        PlanningSession session;
        ClientController controller(&session,
                                    std::make_unique<FileDataSource>(aligned(QStringLiteral("aligned-catalog.json"))));
        QString error;
        QVERIFY2(controller.start({}, {}, &error), qPrintable(error));
        QStringList all = files();
        all << aligned(QStringLiteral("aligned-ob30.json")) << aligned(QStringLiteral("aligned-ob20.json"));
        BadgeImportDialog dialog(&session, all, Date::fromYmd(2026, 12, 3), &controller);
        auto* toCatalog = dialog.findChild<QComboBox*>(QStringLiteral("toCatalogCombo0"));
        QVERIFY(toCatalog);
        // From a catalog file, as the credential editor says, the new credential lives in the window.
        QVERIFY2(toCatalog->toolTip().contains(QStringLiteral("this window only")), qPrintable(toCatalog->toolTip()));
        QVERIFY(dialog.width() <= 1024 && dialog.height() <= 700);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("achievementTable"));
        auto* skills = dialog.findChild<QTableWidget*>(QStringLiteral("skillTable"));
        QVERIFY(skills->isVisible());
        QVERIFY(table->height() > 5 * table->verticalHeader()->defaultSectionSize());
        QVERIFY(skills->height() > 3 * skills->verticalHeader()->defaultSectionSize());
        if (const QString dir = qEnvironmentVariable("CAIRN_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("badge-import-skills.png"))));
    }

    void fitsASmallScreenInGerman() {
        auto translators = Translations::install(*qApp, QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(!translators.empty());
        {
            BadgeImportDialog dialog(session_.get(), files(), Date::fromYmd(2026, 12, 3));
            QVERIFY(dialog.width() <= 1024 && dialog.height() <= 700);
            QCOMPARE(dialog.windowTitle(), QStringLiteral("Badges importieren"));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            if (const QString dir = qEnvironmentVariable("CAIRN_SCREENSHOT_DIR"); !dir.isEmpty())
                QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("badge-import-de.png"))));
        }
        for (QTranslator* t : translators) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
};

std::unique_ptr<QObject> makeBadgeImportTest() {
    return std::make_unique<BadgeImportTest>();
}

} // namespace cairn::app::test

#include "badge_import_test.moc"
