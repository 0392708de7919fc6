// Cairn's translations: the German window is German, and every translation under
// resources/translations is complete for the code as it is now. The second half is what keeps
// the translations complete as new text is added: it runs lupdate over the same sources as the
// update_translations target, into a copy, and fails with the list of untranslated texts.
#include "test_suites.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QKeySequence>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>
#include <algorithm>
#include <cairn/app/charts/charts_panel.h>
#include <cairn/app/common/qt_convert.h>
#include <cairn/app/common/reason_words.h>
#include <cairn/app/common/requirement_words.h>
#include <cairn/app/data/file_data_source.h>
#include <cairn/app/data/store_error_text.h>
#include <cairn/app/shell/about_box.h>
#include <cairn/app/shell/app_settings.h>
#include <cairn/app/shell/build_info.h>
#include <cairn/app/shell/main_window.h>
#include <cairn/app/shell/translations.h>
#include <cairn/engine/planner.h>
#include <cairn/io/catalog_json.h>
#include <cairn/io/profile_json.h>
#include <cairn/text/plan_words.h>
#ifdef HAVE_CAIRN_STORE
#include <cairn/store/workspace.h>
#endif
#include <vector>

namespace cairn::app::test {

namespace {

/// One message of a .ts file, as far as completeness is concerned.
struct Message {
    QString context;
    QString source;
    QString type;             ///< "", "unfinished", "vanished" or "obsolete"
    QStringList translations; ///< one, or one per plural form
    QStringList files;        ///< where lupdate found it, when it wrote locations
};

std::vector<Message> readTs(const QString& path, QString* error) {
    std::vector<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message* current = nullptr;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("context")) {
            current = nullptr;
        } else if (name == QLatin1String("name") && !current) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            messages.push_back({context, {}, {}, {}, {}});
            current = &messages.back();
        } else if (current && name == QLatin1String("source")) {
            current->source = xml.readElementText();
        } else if (current && name == QLatin1String("location")) {
            current->files << xml.attributes().value(QLatin1String("filename")).toString();
        } else if (current && name == QLatin1String("translation")) {
            current->type = xml.attributes().value(QLatin1String("type")).toString();
            // Either text, or <numerusform> children for a message with plural forms.
            QString text;
            bool numerus = false;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    numerus = true;
                    current->translations << xml.readElementText();
                } else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            if (!numerus)
                current->translations << text;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

bool live(const Message& m) {
    return m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete");
}

bool finished(const Message& m) {
    return m.type != QLatin1String("unfinished") && !m.translations.isEmpty() &&
           std::all_of(m.translations.begin(), m.translations.end(), [](const QString& t) { return !t.isEmpty(); });
}

/// The placeholders a text fills in: %1, %L2, %n.
QSet<QString> placeholders(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("%L?[0-9n]"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured().remove(QLatin1Char('L'));
    return found;
}

/// A keyboard accelerator: "&File", not "&&" nor an HTML entity.
bool hasAccelerator(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("(^|[^&])&[^&\\s;]+(\\s|$|…|\\.)"));
    static const QRegularExpression entity(QStringLiteral("&[a-z]+;"));
    return !text.contains(QLatin1Char('<')) && !text.contains(entity) && text.contains(pattern);
}

QString describe(const Message& m) {
    return QStringLiteral("  [%1] %2").arg(m.context, m.source.left(100));
}

QStringList tsFiles() {
    const QDir dir(QStringLiteral(CAIRN_TRANSLATIONS_DIR));
    QStringList files;
    for (const QString& name : dir.entryList({QStringLiteral("cairn_*.ts")}, QDir::Files))
        files << dir.filePath(name);
    return files;
}

} // namespace

class TranslationTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::vector<QTranslator*> translators_;

    void removeTranslators() {
        for (QTranslator* t : translators_) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        translators_.clear();
    }

    std::unique_ptr<MainWindow> makeWindow(AppSettings& settings) {
        auto window = std::make_unique<MainWindow>(settings, std::make_unique<FileDataSource>(sampleCatalogPath()));
        window->start();
        return window;
    }

private slots:
    void cleanup() { removeTranslators(); }

    void germanIsAvailable() {
        const QStringList languages = Translations::available();
        QVERIFY2(languages.contains(QStringLiteral("de")), qPrintable(languages.join(QLatin1Char(' '))));
        QVERIFY(languages.contains(QStringLiteral("en")));
    }

    void englishCountsInTheSingularAndThePlural() {
        // A language Cairn has no translation for reads English too, Qt's dialogs included.
        for (const QLocale& locale :
             {QLocale(QLocale::English, QLocale::UnitedStates), QLocale(QLocale::Japanese, QLocale::Japan)}) {
            removeTranslators();
            translators_ = Translations::install(*qApp, locale);
            QVERIFY2(!translators_.empty(), qPrintable(locale.name()));
            QCOMPARE(translators_.front()->language(), QStringLiteral("en"));
            const auto unsaved = [](int n) {
                return QCoreApplication::translate(
                    "cairn::app::MainWindow",
                    "%n candidate plan(s) are not saved to the workspace and will be lost.\n\nClose anyway?", nullptr,
                    n);
            };
            QVERIFY2(unsaved(1).startsWith(QStringLiteral("1 candidate plan is not saved")), qPrintable(unsaved(1)));
            QVERIFY2(unsaved(3).startsWith(QStringLiteral("3 candidate plans are not saved")), qPrintable(unsaved(3)));
            QCOMPARE(QCoreApplication::translate("CredentialDetails", "Cohort of %n weeks", nullptr, 1),
                     QStringLiteral("Cohort of 1 week"));
            AppSettings settings(dir_.filePath(QStringLiteral("en.ini")));
            auto window = makeWindow(settings);
            QCOMPARE(window->findChild<QMenu*>(QStringLiteral("menuFile"))->title(), QStringLiteral("&File"));
        }
    }

    void englishHasTheSingularOfEveryCountedText() {
        // The English file is kept by hand (src/app/CMakeLists.txt): each text the German file
        // counts with %n must be in it, with both forms.
        QString error;
        const auto english =
            readTs(QStringLiteral(CAIRN_TRANSLATIONS_DIR) + QStringLiteral("/plurals/cairn_en.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> counted;
        for (const Message& m : english) {
            if (m.translations.size() == 2 && finished(m))
                counted << m.context + QLatin1Char('|') + m.source;
        }
        QStringList missing;
        for (const QString& path : tsFiles()) {
            for (const Message& m : readTs(path, &error)) {
                if (live(m) && m.source.contains(QStringLiteral("%n")) &&
                    !counted.contains(m.context + QLatin1Char('|') + m.source))
                    missing << describe(m);
            }
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("plurals/cairn_en.ts lacks:\n") + missing.join('\n')));
    }

    void germanWindow() {
        // Austrian German finds the German translation: de_AT, then de.
        translators_ = Translations::install(*qApp, QLocale(QLocale::German, QLocale::Austria));
        QVERIFY(!translators_.empty());
        QCOMPARE(translators_.front()->language(), QStringLiteral("de_DE"));
        AppSettings settings(dir_.filePath(QStringLiteral("de.ini")));
        auto window = makeWindow(settings);
        const auto menu = [&](const char* name) {
            auto* m = window->findChild<QMenu*>(QString::fromLatin1(name));
            return m ? m->title() : QString();
        };
        QCOMPARE(menu("menuFile"), QStringLiteral("&Datei"));
        QCOMPARE(menu("menuEdit"), QStringLiteral("&Bearbeiten"));
        QCOMPARE(menu("menuView"), QStringLiteral("&Ansicht"));
        QCOMPARE(menu("menuHelp"), QStringLiteral("&Hilfe"));
        QCOMPARE(window->findChild<QAction*>(QStringLiteral("actionQuit"))->text(), QStringLiteral("&Beenden"));
        auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("viewTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(0), QStringLiteral("Lernpfad"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Zeitplan"));
        QCOMPARE(window->findChild<QDockWidget*>(QStringLiteral("catalogDock"))->windowTitle(),
                 QStringLiteral("Katalog"));
        QCOMPARE(window->findChild<QDockWidget*>(QStringLiteral("profileDock"))->windowTitle(),
                 QStringLiteral("Profil"));
        // The longer German words still fit a laptop's screen.
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
            window->resize(size);
            QTRY_COMPARE(window->size(), size);
            QVERIFY2(nothingSqueezed(window.get()).isEmpty(), qPrintable(nothingSqueezed(window.get())));
            // "Gesperrt" and "Ziel" were cut off the pathway's legend at 1024 wide.
            QVERIFY2(legendsCut(window.get()).isEmpty(), qPrintable(legendsCut(window.get())));
            window->showCharts();
            QTRY_VERIFY_WITH_TIMEOUT(window->charts()->isIdle(), 30000);
            QVERIFY2(legendsCut(window.get()).isEmpty(), qPrintable(legendsCut(window.get())));
            window->showPathway();
            window->showProfile();
            QTRY_VERIFY2(panelsScrollingSideways(window.get()).isEmpty(),
                         qPrintable(panelsScrollingSideways(window.get())));
        }
        QVERIFY2(mnemonicClashes(window.get()).isEmpty(), qPrintable(mnemonicClashes(window.get())));
        // Shortcuts keep working: the translation leaves the key names to Qt.
        QCOMPARE(window->findChild<QAction*>(QStringLiteral("actionQuit"))->shortcut(),
                 QKeySequence(QKeySequence::fromString(QStringLiteral("Ctrl+Q"))));
    }

    void germanAboutBoxNamesRevisionAndDataLicences() {
        translators_ = Translations::install(*qApp, QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(!translators_.empty());
        const QString about = AboutBox::html(QStringLiteral("sample.json"));
        QVERIFY2(about.contains(QStringLiteral("Revision %1").arg(buildRevision())), qPrintable(about));
        QVERIFY(about.contains(buildVersion()));
        QVERIFY(about.contains(QStringLiteral("ESCO")));
        QVERIFY(about.contains(QStringLiteral("O*NET")));
        QVERIFY(about.contains(QStringLiteral("CC BY 4.0")));
        QVERIFY(about.contains(QStringLiteral("GNU General Public License")));
        QVERIFY2(about.contains(QStringLiteral("Freie Software")) || about.contains(QStringLiteral("freie Software")),
                 qPrintable(about));
    }

    void germanDatesAndMoney() {
        // Dates and money follow the locale; how a date is written comes with the translation.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        translators_ = Translations::install(*qApp, QLocale());
        const Date july = Date::fromYmd(2027, 7, 17);
        const QString full = dateText(july), dayMonth = dateText(july, DateStyle::DayMonth);
        const QString usd = money(1294, "USD"), eur = money(80, "EUR");
        QLocale::setDefault(before);
        QCOMPARE(full, QStringLiteral("17. Juli 2027"));
        QCOMPARE(dayMonth, QStringLiteral("17. Juli"));
        QCOMPARE(usd.simplified(), QStringLiteral("1.294 $")); // the space is a no-break space
        QCOMPARE(eur.simplified(), QStringLiteral("80 €"));
        removeTranslators();
        QCOMPARE(dateText(july), QLocale().toString(QDate(2027, 7, 17), QStringLiteral("d MMM yyyy")));
    }

    void qtDialogsFollowWhenInstalled() {
        // Qt's own German (qtbase_de.qm, Debian package qt6-translations-l10n) is loaded with
        // Cairn's when the system has it.
        if (!QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm")))
            QSKIP("Qt's German translation is not installed");
        translators_ = Translations::install(*qApp, QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(translators_.size(), size_t(2));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    }

    void reasonsAreEnglishWithoutATranslationAndGermanWithIt() {
        // Every kind of reason: goal items and prerequisites (a role), credits (a degree), a pin.
        const auto catalog = io::readCatalogFile(sampleCatalogPath());
        QVERIFY(catalog.value);
        const QDir profiles(QFileInfo(sampleCatalogPath()).absolutePath() + QStringLiteral("/../profiles"));
        std::vector<Reason> reasons;
        const auto collect = [&](const Plan& p) {
            for (const auto& pc : p.credentials)
                reasons.insert(reasons.end(), pc.why.begin(), pc.why.end());
        };
        const auto has = [&](Reason::Kind kind) {
            return std::any_of(reasons.begin(), reasons.end(), [&](const Reason& r) { return r.kind == kind; });
        };
        for (const char* file : {"sample-career-changer.json", "sample-degree.json"}) {
            const auto profile = io::readProfileFile(profiles.filePath(QString::fromLatin1(file)));
            QVERIFY2(profile.value, file);
            PlanRequest request;
            request.goal = profile.value->goal;
            collect(plan(*catalog.value, *profile.value, request));
            // Pinning a credential with prerequisites brings in what it needs, with the reason.
            for (const Credential& c : catalog.value->credentials) {
                if (has(Reason::Kind::Prerequisite) && has(Reason::Kind::Pinned))
                    break;
                if (c.prerequisites.isNone())
                    continue;
                request.pinned = {c.id};
                collect(plan(*catalog.value, *profile.value, request));
            }
        }
        QSet<int> kinds;
        for (const Reason& r : reasons)
            kinds << static_cast<int>(r.kind);
        QCOMPARE(kinds.size(), 4);

        // The planner gives the parts; cairn_text words them, in English without a translation
        // and in German with it.
        const ReasonWords words(*catalog.value);
        QStringList english;
        for (const Reason& r : reasons)
            english << words.sentence(r);
        for (const QString& sentence : english)
            QVERIFY2(sentence.startsWith(QStringLiteral("Gives ")) || sentence.startsWith(QStringLiteral("Counts ")) ||
                         sentence.startsWith(QStringLiteral("A prerequisite of ")) ||
                         sentence == QStringLiteral("You pinned it to the plan.") ||
                         sentence.startsWith(QStringLiteral("Completes a combination")),
                     qPrintable(sentence));
        translators_ = Translations::install(*qApp, QLocale(QLocale::German, QLocale::Germany));
        for (std::size_t i = 0; i < reasons.size(); ++i) {
            const QString german = words.sentence(reasons[i]);
            QVERIFY2(german != english[static_cast<qsizetype>(i)], qPrintable(german));
            QVERIFY2(!german.contains(QStringLiteral("Gives")) && !german.contains(QStringLiteral("Counts")) &&
                         !german.contains(QStringLiteral("prerequisite")),
                     qPrintable(german));
        }
    }

    void planBoundsAndWhatIsMissingAreGermanInTheGermanWindow() {
        // The words cairn_text took over from the planner: none of them stays English.
        const auto catalog = io::readCatalogFile(sampleCatalogPath());
        QVERIFY(catalog.value);
        translators_ = Translations::install(*qApp, QLocale(QLocale::German, QLocale::Germany));
        const text::PlanWords planWords(catalog.value->currency, text::Format(QLocale(QLocale::German)));
        QStringList sentences;
        for (Objective o : {Objective::Cost, Objective::Effort, Objective::Balanced, Objective::Time}) {
            Plan p;
            p.status = PlanStatus::Feasible;
            p.objective = o;
            p.start = Date::fromYmd(2027, 1, 4);
            p.totals.completion = p.start.plusDays(120);
            p.bound = 100;
            p.gap = 0.05;
            sentences << planWords.bound(p);
            p.gap = 0.0001;
            sentences << planWords.bound(p);
        }
        const RequirementWords words(*catalog.value);
        for (const auto& a : availability(*catalog.value, Profile{}))
            for (const Requirement& m : a.missing)
                sentences << words.missing(m);
        QVERIFY(sentences.size() > 8);
        for (const QString& s : sentences)
            for (const char* english : {"No plan", "This plan", "one of:", " of: ", "possible"})
                QVERIFY2(!s.contains(QLatin1String(english)), qPrintable(s));
    }

    void readingErrorsAreEnglishWithoutATranslationAndGermanWithIt() {
        // A catalog file with a misspelt field and a number out of range: io gives the errors
        // as codes and facts, and the window words them in its language, file and line as read.
        const QString path = dir_.filePath(QStringLiteral("misspelt.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "cairn-catalog", "version": 1, "name": "x", "skills": [], "goals": [],
"credentials": [{"id": "a", "title": "A", "provider": "P", "cost": -5, "hours": 10, "titel": "A"}]})");
        file.close();
        FileDataSource source(path);
        QString english;
        QVERIFY(!source.loadCatalog(&english));
        QVERIFY2(english.contains(QStringLiteral("misspelt.json:2:")), qPrintable(english));
        QVERIFY2(english.contains(QStringLiteral("unknown field 'titel' in a credential; did you mean 'title'?")),
                 qPrintable(english));
        QVERIFY2(english.contains(QStringLiteral("cost must be a number from 0 to 1,000,000,000, found -5")),
                 qPrintable(english));

        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        translators_ = Translations::install(*qApp, QLocale());
        QString german;
        const bool loaded = source.loadCatalog(&german).has_value();
        QLocale::setDefault(before);
        QVERIFY(!translators_.empty());
        QVERIFY(!loaded);
        QVERIFY2(german.contains(QStringLiteral("misspelt.json:2:")), qPrintable(german));
        QVERIFY2(german.contains(QStringLiteral("ein Zertifikat hat kein Feld 'titel'; meinten Sie 'title'?")),
                 qPrintable(german));
        QVERIFY2(german.contains(QStringLiteral("cost muss eine Zahl von 0 bis 1.000.000.000 sein, gefunden: -5")),
                 qPrintable(german));
        for (const char* english : {"unknown field", "must be", "found", "did you mean"})
            QVERIFY2(!german.contains(QLatin1String(english)), qPrintable(german));
    }

#ifdef HAVE_CAIRN_STORE
    void workspaceErrorsAreEnglishWithoutATranslationAndGermanWithIt() {
        // The store returns its errors as messages; the window words them in its language and
        // the English that cairn-cli prints stays as it was.
        QTemporaryDir dir;
        const auto folder = store::Workspace::open(dir.path());
        QVERIFY(!folder.ok());
        store::Workspace::Options options;
        options.seed = false;
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.sqlite")), options);
        QVERIFY(ws.ok());
        const auto noPlan = ws.value()->plan(4711);
        QVERIFY(!noPlan.ok());
        const auto noNote = ws.value()->addNote(1, QStringLiteral(" "));
        QVERIFY(!noNote.ok());
        const std::vector<store::Error> errors{folder.error(), noPlan.error(), noNote.error()};
        for (const store::Error& e : errors)
            QCOMPARE(storeErrorText(e), e.message);
        QCOMPARE(storeErrorText(noPlan.error()), QStringLiteral("There is no saved plan 4711 in the workspace."));

        translators_ = Translations::install(*qApp, QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(storeErrorText(noPlan.error()),
                 QStringLiteral("Im Arbeitsbereich gibt es keinen gespeicherten Plan 4711."));
        QCOMPARE(storeErrorText(noNote.error()), QStringLiteral("Eine Notiz braucht einen Text."));
        const QString german = storeErrorText(folder.error());
        QVERIFY2(german.contains(QStringLiteral("ist ein Ordner, keine Datei")), qPrintable(german));
        QVERIFY2(german.contains(QFileInfo(dir.path()).absoluteFilePath()), qPrintable(german));
        // The English stays for the command line and the log.
        QCOMPARE(noPlan.error().message, QStringLiteral("There is no saved plan 4711 in the workspace."));
        // What the database was doing is worded in German too.
        const store::Error busy =
            store::Error::of(store::Error::Kind::Busy,
                             cairn::Message{cairn::Message::Code::WorkspaceBusy,
                                            {arg::text("/w.sqlite"),
                                             arg::clauses({cairn::Message{cairn::Message::Code::DoingSaveNote, {}}})}});
        QCOMPARE(storeErrorText(busy),
                 QStringLiteral("Der Arbeitsbereich /w.sqlite ist belegt: ein anderes Programm schreibt gerade darin. "
                                "Es war nicht möglich, die Notiz zu speichern; schließen Sie das andere Programm oder "
                                "versuchen Sie es gleich noch einmal."));
    }
#endif

    void everyMessageIsTranslated() {
        const QStringList files = tsFiles();
        QVERIFY2(!files.isEmpty(), CAIRN_TRANSLATIONS_DIR);
        for (const QString& path : files) {
            QString error;
            const auto messages = readTs(path, &error);
            QVERIFY2(error.isEmpty(), qPrintable(path + QStringLiteral(": ") + error));
            QStringList unfinished, wrongPlaceholders, noAccelerator;
            for (const Message& m : messages) {
                if (!live(m))
                    continue;
                if (!finished(m)) {
                    unfinished << describe(m);
                    continue;
                }
                for (const QString& t : m.translations) {
                    // Plural forms may spell out the number instead of %n ("ein Tag").
                    QSet<QString> expected = placeholders(m.source), got = placeholders(t);
                    if (m.translations.size() > 1) {
                        expected.remove(QStringLiteral("%n"));
                        got.remove(QStringLiteral("%n"));
                    }
                    if (expected != got)
                        wrongPlaceholders << describe(m) + QStringLiteral(" → ") + t;
                }
                if (hasAccelerator(m.source) && !hasAccelerator(m.translations.front()))
                    noAccelerator << describe(m) + QStringLiteral(" → ") + m.translations.front();
            }
            for (const QString& m : unfinished + wrongPlaceholders + noAccelerator)
                qWarning("%s", qPrintable(m));
            QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("%1: %2 texts not translated:\n%3")
                                                          .arg(path)
                                                          .arg(unfinished.size())
                                                          .arg(unfinished.join(QLatin1Char('\n')))));
            QVERIFY2(wrongPlaceholders.isEmpty(),
                     qPrintable(QStringLiteral("%1: translations that lose or add a placeholder:\n%2")
                                    .arg(path, wrongPlaceholders.join(QLatin1Char('\n')))));
            QVERIFY2(noAccelerator.isEmpty(),
                     qPrintable(QStringLiteral("%1: translations without an & accelerator:\n%2")
                                    .arg(path, noAccelerator.join(QLatin1Char('\n')))));
        }
    }

    void translationsCoverEveryTextInTheCode() {
        // lupdate over the sources update_translations reads, into a copy of each .ts file:
        // a text added to the code since the .ts was updated comes back unfinished.
        QVERIFY(QFile::exists(QStringLiteral(CAIRN_LUPDATE)));
        QVERIFY(QFile::exists(QStringLiteral(CAIRN_TRANSLATION_SOURCES)));
        for (const QString& path : tsFiles()) {
            const QString copy = dir_.filePath(QFileInfo(path).fileName());
            QFile::remove(copy);
            QVERIFY(QFile::copy(path, copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            QProcess lupdate;
            lupdate.start(QStringLiteral(CAIRN_LUPDATE),
                          {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                           QStringLiteral("absolute"), QStringLiteral("@" CAIRN_TRANSLATION_SOURCES),
                           QStringLiteral("-ts"), copy});
            QVERIFY(lupdate.waitForFinished(60000));
            QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
            QString error;
            const auto messages = readTs(copy, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QStringList missing;
            for (const Message& m : messages) {
                if (!finished(m))
                    missing << describe(m);
            }
            for (const QString& m : missing) // QTest shortens long failure messages
                qWarning("untranslated:%s", qPrintable(m));
            QVERIFY2(missing.isEmpty(),
                     qPrintable(QStringLiteral("%1 lacks %2 texts of the code; build the update_translations "
                                               "target and translate them:\n%3")
                                    .arg(path)
                                    .arg(missing.size())
                                    .arg(missing.join(QLatin1Char('\n')))));

            // A file-local tr() that calls QCoreApplication::translate("context", text) must use
            // the context lupdate gives its calls, or the translation is never found.
            QHash<QString, QSet<QString>> contextsOfFile; // lupdate writes paths relative to the .ts file
            for (const Message& m : messages)
                for (const QString& f : m.files)
                    contextsOfFile[QFileInfo(QDir(dir_.path()), f).canonicalFilePath()] << m.context;
            static const QRegularExpression wrapper(
                QStringLiteral("QCoreApplication::translate\\(\"([^\"]+)\",\\s*[A-Za-z_]"));
            static const QRegularExpression literal(
                QStringLiteral("QCoreApplication::translate\\(\"([^\"]+)\",\\s*\""));
            for (auto it = contextsOfFile.cbegin(); it != contextsOfFile.cend(); ++it) {
                QFile source(it.key());
                QVERIFY(source.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(source.readAll());
                const auto w = wrapper.match(text);
                if (!w.hasMatch())
                    continue;
                QSet<QString> allowed{w.captured(1)};
                for (auto l = literal.globalMatch(text); l.hasNext();)
                    allowed << l.next().captured(1);
                const QSet<QString> wrong = it.value() - allowed;
                QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("%1 translates with the context \"%2\" but lupdate "
                                                                    "files its texts under: %3")
                                                         .arg(it.key(), w.captured(1),
                                                              QStringList(wrong.begin(), wrong.end()).join(", "))));
            }
        }
    }
};

std::unique_ptr<QObject> makeTranslationTest() {
    return std::make_unique<TranslationTest>();
}

} // namespace cairn::app::test

#include "translation_test.moc"
