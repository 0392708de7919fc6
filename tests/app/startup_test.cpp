#include "test_suites.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDoubleSpinBox>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <cairn/app/data/file_data_source.h>
#include <cairn/app/data/store_data_source.h>
#include <cairn/app/session/plan_scheduler.h>
#include <cairn/app/session/planning_session.h>
#include <cairn/app/shell/app_settings.h>
#include <cairn/app/shell/main_window.h>
#include <cairn/engine/limits.h>
#include <cairn/engine/validation.h>
#include <cairn/io/catalog_json.h>
#include <synthetic_catalog.h>

namespace cairn::app::test {

/// A workspace whose catalog has 10,000 credentials opens with every row in the table, and planning
/// on it can be cancelled. How fast it opens is measured with `cairn --startup-time`
/// (docs/performance.md, "Desktop app"), not here: a unit test's wall time on a shared machine
/// proves nothing.
class StartupTest : public QObject {
    Q_OBJECT

private slots:
    void tenThousandCredentialsOpenAndPlanningCanBeCancelled() {
        QTemporaryDir dir;
        synthetic::LargeCatalogOptions options;
        options.credentials = 10000;
        options.fields = 40;
        Catalog catalog = synthetic::largeCatalog(20261125, options);
        catalog.name = "Synthetic 10k";
        // The generator may draw one skill twice into an "at least k of" group; a valid
        // catalog counts distinct members, so k is lowered to what the group can give.
        for (auto& c : catalog.credentials) {
            auto& r = c.prerequisites;
            if (r.kind != Requirement::Kind::AtLeast)
                continue;
            std::vector<Requirement> distinct;
            for (const auto& m : r.members)
                if (std::find(distinct.begin(), distinct.end(), m) == distinct.end())
                    distinct.push_back(m);
            r.k = std::min(r.k, static_cast<int>(distinct.size()));
        }
        // CAIRN_LARGE_CATALOG=FILE keeps the catalog, to time the `cairn` program on it too
        // (docs/performance.md).
        const QString keep = qEnvironmentVariable("CAIRN_LARGE_CATALOG");
        const QString catalogFile = keep.isEmpty() ? dir.filePath(QStringLiteral("large.json")) : keep;
        {
            QFile out(catalogFile);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(io::writeCatalog(catalog));
        }
        const QString database = dir.filePath(QStringLiteral("large.sqlite"));
        QString clientId;
#ifdef HAVE_CAIRN_STORE
        {
            // Import once, as an advisor would; the measured open comes after.
            QString error;
            auto source = StoreDataSource::open(database, catalogFile, &error);
            QVERIFY2(source, qPrintable(error));
            clientId = source->createClient(QStringLiteral("Large catalog client"), &error);
            QVERIFY2(!clientId.isEmpty(), qPrintable(error));
        }
#endif
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setLastClient(clientId); // the window opens the client's catalog
#ifdef HAVE_CAIRN_STORE
        QString error;
        auto source = StoreDataSource::open(database, {}, &error);
        QVERIFY2(source, qPrintable(error));
        const char* what = "workspace";
#else
        auto source = std::make_unique<FileDataSource>(catalogFile);
        const char* what = "catalog file";
#endif
        MainWindow window(settings, std::move(source));
        QVERIFY(window.start());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        qInfo("opened a %s of %zu credentials", what, window.session()->catalog().credentials.size());
        QVERIFY(window.session()->catalog().credentials.size() >= 10000);
        QCOMPARE(window.findChild<QAbstractItemView*>(QStringLiteral("credentialTable"))->model()->rowCount(), 10000);

        // Planning on the large catalog runs beside the window, and Esc stops it: the window
        // then shows the best plan found so far (or the finished one, if it was quicker).
        window.session()->setGoal("role0");
        window.scheduler()->planNow();
        QVERIFY(window.scheduler()->isBusy());
        QVERIFY(window.findChild<QWidget*>(QStringLiteral("planningProgress"))->isVisible());
        auto* cancel = window.findChild<QAction*>(QStringLiteral("actionCancelPlan"));
        QVERIFY(cancel->isEnabled());
        QTest::keyClick(&window, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(window.scheduler()->isIdle(), 20000);
        QVERIFY(window.session()->plan().has_value());
        QVERIFY(!window.findChild<QWidget*>(QStringLiteral("planningProgress"))->isVisible());
        QVERIFY(!cancel->isEnabled());
        window.close();
    }

    /// A stored client whose budget (1e17) and hours a week are out of range crashed every
    /// launch that reopened them. They open, their problems show, and nothing is planned.
    void aClientWithFiguresOutOfRangeOpensAndShowsItsProblems() {
#ifdef HAVE_CAIRN_STORE
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("ranges.sqlite"));
        QString clientId;
        {
            QString error;
            auto source = StoreDataSource::open(database, sampleCatalogPath(), &error);
            QVERIFY2(source, qPrintable(error));
            clientId = source->createClient(QStringLiteral("Out of range"), &error);
            QVERIFY2(!clientId.isEmpty(), qPrintable(error));
            auto profile = source->loadClient(clientId, &error);
            QVERIFY2(profile, qPrintable(error));
            profile->budget = 1e17;
            profile->hoursPerWeek = 1e9;
            profile->goal = "data-analyst";
            QCOMPARE(source->saveClient(clientId, *profile, "data-analyst"), QString());
        }
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setLastClient(clientId);
        settings.setReplanDelayMs(10);
        for (int launch = 0; launch < 2; ++launch) { // the second launch reopens the same client
            QString error;
            auto source = StoreDataSource::open(database, {}, &error);
            QVERIFY2(source, qPrintable(error));
            MainWindow window(settings, std::move(source));
            QVERIFY(window.start());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            PlanningSession* session = window.session();
            QCOMPARE(session->clientId(), clientId);
            QTRY_VERIFY_WITH_TIMEOUT(window.scheduler()->isIdle() && session->plan().has_value(), 20000);
            QCOMPARE(session->plan()->status, PlanStatus::Infeasible);
            QVERIFY(session->plan()->credentials.empty());

            QStringList objects;
            for (const auto& p : session->profileProblems())
                objects << QString::fromStdString(p.object);
            QVERIFY2(objects.contains(QStringLiteral("profile field budget")), qPrintable(objects.join(u',')));
            QVERIFY(objects.contains(QStringLiteral("profile field hours_per_week")));
            auto* issues = window.findChild<QTreeWidget*>(QStringLiteral("issuesPanel"));
            QVERIFY(issues);
            QVERIFY(!issues->findItems(QStringLiteral("1e+17"), Qt::MatchContains).isEmpty());

            // The editors hold the same ranges as validation: the stored value is shown at the limit.
            auto* budget = window.findChild<QWidget*>(QStringLiteral("goalBar"))
                               ->findChild<QDoubleSpinBox*>(QStringLiteral("budgetSpin"));
            QVERIFY(budget);
            QCOMPARE(budget->maximum(), limits::kBudget.max);
            QCOMPARE(budget->value(), limits::kBudget.max);
            window.close();
        }
#else
        QSKIP("needs the workspace database");
#endif
    }

    /// `cairn maria.json`, a demo profile written for the career catalog, opened the sample
    /// catalog and showed another demo client, who named eleven skills it does not have. The
    /// profile opens as the client, against the catalog it was written for, beside the demo
    /// clients written for that catalog.
    void aProfileFileOpensAgainstTheBundledCatalogItWasWrittenFor() {
#ifdef HAVE_CAIRN_STORE
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("maria.json"));
        QVERIFY(QFile::copy(QStringLiteral(":/profiles/maria-teacher-to-data.json"), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        QString error;
        auto source = FileDataSource::withProfile({}, path, &error);
        QVERIFY2(source, qPrintable(error));
        QCOMPARE(source->description(), QStringLiteral("bundled career catalog"));
        const auto catalog = source->loadCatalog(&error);
        QVERIFY2(catalog, qPrintable(error));
        const auto clients = source->clients();
        QCOMPARE(clients.size(), std::size_t{12}); // ten demo clients, a sample one that fits, Maria's file
        for (const ClientEntry& client : clients) {
            auto profile = source->loadClient(client.id, &error);
            QVERIFY2(profile, qPrintable(error));
            QVERIFY2(!hasErrors(validateProfile(*catalog, *profile)), profile->name.c_str());
        }
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(settings, std::move(source));
        QVERIFY(window.start());
        QCOMPARE(window.session()->profile().name, std::string("Maria Alvarez"));
        QVERIFY(window.session()->profileProblems().empty());
        QCOMPARE(window.session()->catalog().credentials.size(), std::size_t{250});

        // A profile written for the sample catalog keeps it, and its demo clients.
        const QString sample = dir.filePath(QStringLiteral("sample.json"));
        QVERIFY(QFile::copy(QStringLiteral(":/profiles/sample-it-support.json"), sample));
        auto sampleSource = FileDataSource::withProfile({}, sample, &error);
        QVERIFY2(sampleSource, qPrintable(error));
        QCOMPARE(sampleSource->description(), QStringLiteral("bundled sample catalog"));
        QCOMPARE(sampleSource->initialClient().isEmpty(), false);

        QVERIFY(!FileDataSource::withProfile({}, dir.filePath(QStringLiteral("missing.json")), &error));
        QVERIFY2(error.contains(QStringLiteral("missing.json")), qPrintable(error));
#else
        QSKIP("the career catalog is embedded with the workspace layer");
#endif
    }

    /// `cairn --database postgresql://…` opens a team's workspace; one that cannot be reached
    /// opens nothing and names the server; the window then says so and opens the bundled sample.
    void aServerThatCannotBeReachedIsNamedAndNothingOpens() {
#ifdef HAVE_CAIRN_STORE
        QString error;
        // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
        auto source = StoreDataSource::open(QStringLiteral("postgresql://advisor@127.0.0.1:1/cairn"), {}, &error);
        QVERIFY(!source);
        QVERIFY2(error.contains(QStringLiteral("postgresql://advisor@127.0.0.1:1/cairn")), qPrintable(error));
#else
        QSKIP("needs the workspace database");
#endif
    }
};

std::unique_ptr<QObject> makeStartupTest() {
    return std::make_unique<StartupTest>();
}

} // namespace cairn::app::test

#include "startup_test.moc"
