#include "test_suites.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <cairn/app/charts/charts_panel.h>
#include <cairn/app/dialogs/saved_plan_window.h>
#include <cairn/app/pathway/pathway_view.h>
#include <cairn/app/session/plan_change.h>
#include <functional>
#ifdef HAVE_CAIRN_REPORT
#include <cairn/io/catalog_json.h>
#include <cairn/report/csv_export.h>
#include <cairn/report/ics_export.h>
#endif
#include <cairn/app/common/qt_convert.h>
#include <cairn/app/data/file_data_source.h>
#include <cairn/app/data/store_data_source.h>
#include <cairn/app/models/caseload_model.h>
#include <cairn/app/panels/candidates_panel.h>
#include <cairn/app/panels/caseload_panel.h>
#include <cairn/app/session/candidate_set.h>
#include <cairn/app/session/client_controller.h>
#include <cairn/app/session/client_match.h>
#include <cairn/app/session/plan_scheduler.h>
#include <cairn/app/session/planning_session.h>
#include <cairn/app/shell/app_settings.h>
#include <cairn/app/shell/main_window.h>

namespace cairn::app::test {

#ifdef HAVE_CAIRN_STORE

namespace {
constexpr int kPlanTimeoutMs = 20000;
} // namespace

/// The caseload on a fresh workspace with the demo clients: what it lists, the plan history in
/// words, dated notes, opening a client and using one client's plan as another's template.
class CaseloadTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::unique_ptr<AppSettings> settings_;
    std::unique_ptr<MainWindow> window_;
    QString workspace_; ///< this test's workspace file

    PlanningSession* session() const { return window_->session(); }
    StoreDataSource* source() const { return static_cast<StoreDataSource*>(window_->clients()->source()); }
    store::Workspace& workspace() const { return source()->workspace(); }
    CaseloadPanel* caseload() const { return window_->caseload(); }

    QString clientNamed(const QString& name) const { return QString::number(workspace().findClient(name).value()); }

    void waitForPlan() {
        QTRY_VERIFY_WITH_TIMEOUT(window_->scheduler()->isIdle() && session()->plan().has_value(), kPlanTimeoutMs);
    }

    /// Plans the current client with `objective` and saves the plan as their next version.
    Plan saveWith(Objective objective, const QString& title, const QString& note = {}) {
        session()->setObjective(objective);
        PlanRequest r;
        r.goal = session()->goal();
        r.objective = objective;
        Plan p = plan(session()->catalog(), session()->profile(), r);
        const QString error =
            source()->savePlan(session()->clientId(), session()->profile(), captureInputs(*session()), p, title, note);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return p;
    }

    QTreeWidgetItem* historyItem(int version) const {
        for (int i = 0; i < caseload()->history()->topLevelItemCount(); ++i) {
            auto* item = caseload()->history()->topLevelItem(i);
            if (item->text(0).startsWith(QStringLiteral("Version %1").arg(version)))
                return item;
        }
        return nullptr;
    }

private slots:
    void init() {
        QVERIFY(dir_.isValid());
        QFile::remove(dir_.filePath(QStringLiteral("cairn.sqlite")));
        settings_ = std::make_unique<AppSettings>(dir_.filePath(QStringLiteral("settings.ini")));
        settings_->setReplanDelayMs(50);
        QString error;
        workspace_ = dir_.filePath(QStringLiteral("caseload-%1.sqlite").arg(counter_++));
        auto opened = StoreDataSource::open(workspace_, {}, &error);
        QVERIFY2(opened, qPrintable(error));
        window_ = std::make_unique<MainWindow>(*settings_, std::move(opened));
        QVERIFY(window_->start(QStringLiteral("Maria Alvarez")));
        window_->resize(1400, 900);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        QCOMPARE(session()->profile().name, std::string("Maria Alvarez"));
        waitForPlan();
    }

    void cleanup() {
        if (window_)
            window_->close();
        window_.reset();
        settings_.reset();
    }

    /// The saved plan windows open now, by the version their title names.
    QList<QDialog*> savedPlanWindows() const {
        QList<QDialog*> open;
        for (auto* dialog : window_->findChildren<QDialog*>(QStringLiteral("savedPlanWindow")))
            if (dialog->isVisible())
                open << dialog;
        return open;
    }

    void aClientOnAnotherCatalogSaysSo() {
        // The demo clients were written for different catalogs: switching between them switches
        // the catalog, and the window says which one is in use: for a while in a passing message,
        // and for good at the right of the status bar.
        auto* bar = window_->findChild<QStatusBar*>();
        auto* label = window_->findChild<QLabel*>(QStringLiteral("catalogLabel"));
        QVERIFY(label->text().contains(QString::fromStdString(session()->catalog().name)));
        int switches = 0;
        for (const ClientEntry& client : source()->clients()) {
            const std::string before = session()->catalog().name;
            QString error;
            QVERIFY2(window_->clients()->selectClient(client.id, &error), qPrintable(error));
            const QString now = QString::fromStdString(session()->catalog().name);
            QVERIFY(label->text().contains(now));
            if (session()->catalog().name != before) {
                ++switches;
                QVERIFY2(bar->currentMessage().contains(now), qPrintable(bar->currentMessage()));
            }
        }
        QVERIFY(switches > 0);
    }

    void aClientIsFoundByTheStartOfTheirName() {
        // `cairn --client maria` is how a person types a name; the window must open Maria, and
        // say so when no single client fits instead of opening someone else without a word.
        const auto clients = source()->clients();
        const QString maria = clientNamed(QStringLiteral("Maria Alvarez"));
        QCOMPARE(clientMeant(clients, QStringLiteral("maria")), maria);
        QCOMPARE(clientMeant(clients, QStringLiteral("MARIA ALVAREZ")), maria);
        QCOMPARE(clientMeant(clients, QStringLiteral("mar alv")), maria);
        QCOMPARE(clientMeant(clients, QStringLiteral("alvarez")), maria);
        QCOMPARE(clientMeant(clients, maria), maria);
        QCOMPARE(clientMeant(clients, QStringLiteral("alv mar")), QString()); // words in order
        QCOMPARE(clientMeant(clients, QStringLiteral("zz")), QString());
        QCOMPARE(clientMeant(clients, QStringLiteral("  ")), QString());

        const QString first = clientNamed(QStringLiteral("Derek O'Neill"));
        QCOMPARE(clientMeant(clients, QStringLiteral("derek")), first);
        // Two clients whose names start alike: neither is guessed.
        QString error;
        QVERIFY2(window_->clients()->createClient(QStringLiteral("Derek Smith"), &error), qPrintable(error));
        QCOMPARE(clientMeant(source()->clients(), QStringLiteral("derek")), QString());

        window_->close();
        window_.reset();
        auto again = StoreDataSource::open(workspace_, {}, &error);
        QVERIFY2(again, qPrintable(error));
        window_ = std::make_unique<MainWindow>(*settings_, std::move(again));
        QVERIFY(window_->start(QStringLiteral("derek")));
        auto* bar = window_->findChild<QStatusBar*>();
        QVERIFY2(bar->currentMessage().contains(QStringLiteral("\u201cderek\u201d")),
                 qPrintable(bar->currentMessage()));
        QVERIFY2(bar->currentMessage().contains(QString::fromStdString(session()->profile().name)),
                 qPrintable(bar->currentMessage()));
        window_->close();
        window_.reset();
        again = StoreDataSource::open(workspace_, {}, &error);
        window_ = std::make_unique<MainWindow>(*settings_, std::move(again));
        QVERIFY(window_->start(QStringLiteral("priya")));
        QCOMPARE(session()->clientId(), clientNamed(QStringLiteral("Priya Natarajan")));
    }

    void listsTheDemoClientsWithTheirGoalAndLatestStatus() {
        window_->showCaseload();
        auto* model = caseload()->model();
        const auto clients = workspace().clients().value();
        QVERIFY(clients.size() >= 10);
        QCOMPARE(model->rowCount(), static_cast<int>(clients.size()));
        for (const auto& c : clients) {
            const int row = model->rowOf(QString::number(c.id));
            QVERIFY(row >= 0);
            QCOMPARE(model->index(row, CaseloadModel::Name).data().toString(), c.name);
            // Each goal is named from the client's own catalog.
            QVERIFY(c.catalogId.has_value());
            const Catalog own = workspace().loadCatalog(*c.catalogId).value();
            const Goal* goal = own.findGoal(c.profile.goal);
            QVERIFY(goal);
            QCOMPARE(model->index(row, CaseloadModel::Goal).data().toString(), qs(goal->title));
            QCOMPARE(model->index(row, CaseloadModel::Status).data().toString(), QStringLiteral("No saved plan"));
        }
        const int maria = model->rowOf(session()->clientId());
        QCOMPARE(model->index(maria, CaseloadModel::Goal).data().toString(), QStringLiteral("Data Analyst"));

        // Once Maria has a saved plan, the caseload shows where it stands.
        const Plan saved = saveWith(Objective::Cost, QStringLiteral("Cheapest"));
        caseload()->refresh();
        QCOMPARE(model->index(maria, CaseloadModel::Status).data().toString(), QStringLiteral("Optimal"));
        QCOMPARE(model->index(maria, CaseloadModel::Completion).data().toString(), dateText(saved.totals.completion));
        QCOMPARE(model->index(maria, CaseloadModel::Money).data().toString(),
                 money(saved.totals.cost, session()->catalog().currency));

        // Search narrows the list to matching clients.
        auto* search = caseload()->findChild<QLineEdit*>(QStringLiteral("caseloadSearch"));
        QTest::keyClicks(search, QStringLiteral("alvarez"));
        QCOMPARE(caseload()->table()->model()->rowCount(), 1);
        QCOMPARE(caseload()->table()->model()->index(0, 0).data().toString(), QStringLiteral("Maria Alvarez"));
        search->clear();
        QCOMPARE(caseload()->table()->model()->rowCount(), static_cast<int>(clients.size()));
    }

    void historySaysWhatChangedBetweenVersions() {
        // Fewest hours rather than soonest: Maria's catalog has cohorts and shared subscriptions,
        // so her soonest plan is only feasible (docs/planning-model.md, "What is and is not
        // proven"), while her quickest-to-study plan is proven, and also finishes sooner.
        const Plan cheapest = saveWith(Objective::Cost, QStringLiteral("Cheapest"));
        const Plan soonest = saveWith(Objective::Effort, QStringLiteral("Fewest hours"));
        QCOMPARE(cheapest.status, PlanStatus::Optimal);
        QCOMPARE(soonest.status, PlanStatus::Optimal);
        QVERIFY(soonest.totals.completion < cheapest.totals.completion);
        QVERIFY(soonest.totals.cost > cheapest.totals.cost);
        const PlanChange change = comparePlans(cheapest, soonest);
        QVERIFY(!change.sameCredentials());
        window_->showCaseload();
        caseload()->refresh();
        QCOMPARE(caseload()->shownClient(), session()->clientId());
        QCOMPARE(caseload()->history()->topLevelItemCount(), 2);
        QTreeWidgetItem* newest = caseload()->history()->topLevelItem(0);
        QCOMPARE(newest->text(0), QStringLiteral("Version 2: Fewest hours"));
        QVERIFY(newest->childCount() >= 3); // the facts, then one sentence a line
        const QString facts = newest->child(0)->text(0);
        QVERIFY2(facts.contains(QStringLiteral("optimal: %1, done by %2")
                                    .arg(money(soonest.totals.cost, session()->catalog().currency),
                                         dateText(soonest.totals.completion))),
                 qPrintable(facts));
        QStringList sentences;
        for (int i = 1; i < newest->childCount(); ++i)
            sentences << newest->child(i)->text(0);
        const QString words = sentences.join(QLatin1Char(' '));
        if (!change.added.empty())
            QVERIFY(words.contains(
                QStringLiteral("Adds %1.").arg(PlanChangeWords::titles(change.added, session()->catalog()))));
        if (!change.removed.empty())
            QVERIFY(words.contains(
                QStringLiteral("Drops %1.").arg(PlanChangeWords::titles(change.removed, session()->catalog()))));
        QVERIFY2(
            words.contains(QStringLiteral("Costs %1 more.")
                               .arg(money(soonest.totals.cost - cheapest.totals.cost, session()->catalog().currency))),
            qPrintable(words));
        QVERIFY(words.contains(QStringLiteral("sooner, by %1.").arg(dateText(soonest.totals.completion))));
        QCOMPARE(caseload()->history()->topLevelItem(1)->child(1)->text(0), QStringLiteral("The first saved version."));
    }

    void notesAreStoredWithTimestamps() {
        saveWith(Objective::Cost, QStringLiteral("Cheapest"));
        window_->showCaseload();
        caseload()->refresh();
        auto* edit = caseload()->findChild<QLineEdit*>(QStringLiteral("caseloadNoteEdit"));
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        QTest::keyClicks(edit, QStringLiteral("Prefers evening classes"));
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(edit->text().isEmpty());
        // A second note, about the saved plan chosen in the history.
        caseload()->history()->setCurrentItem(historyItem(1));
        QCOMPARE(caseload()->selectedPlan(),
                 QString::number(workspace().plans(session()->clientId().toLongLong())->front().id));
        caseload()->findChild<QCheckBox*>(QStringLiteral("caseloadNoteAboutPlan"))->setChecked(true);
        QTest::qWait(5);
        QTest::keyClicks(edit, QStringLiteral("Agreed on the cheapest plan"));
        QTest::keyClick(edit, Qt::Key_Return);
        const QDateTime after = QDateTime::currentDateTimeUtc().addMSecs(1);

        const auto notes = workspace().notes(session()->clientId().toLongLong()).value();
        QCOMPARE(notes.size(), std::size_t(2));
        QCOMPARE(notes[0].text, QStringLiteral("Agreed on the cheapest plan"));
        QVERIFY(notes[0].planId.has_value());
        QCOMPARE(notes[1].text, QStringLiteral("Prefers evening classes"));
        QVERIFY(!notes[1].planId.has_value());
        for (const auto& n : notes) {
            const QDateTime at = QDateTime::fromString(n.createdAt, Qt::ISODateWithMs);
            QVERIFY(at.isValid());
            QVERIFY(before <= at && at <= after);
        }
        auto* list = caseload()->notes();
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("about version 1: Agreed on the cheapest plan")));
        QVERIFY(list->item(1)->text().endsWith(QStringLiteral(": Prefers evening classes")));
        QVERIFY(list->item(1)->text().startsWith(QLocale().toString(
            QDateTime::fromString(notes[1].createdAt, Qt::ISODateWithMs).toLocalTime(), QLocale::ShortFormat)));
    }

    void aSavedPlanIsATemplateForAnotherClient() {
        // Maria's plan: the soonest pathway to Data Analyst within a budget, pinning and excluding.
        Profile maria = session()->profile();
        maria.budget = 3000;
        maria.deadline = Date::fromYmd(2028, 6, 30);
        maria.pinned = {"khan-intro-sql"};
        maria.excluded = {"ibm-data-analyst"};
        session()->setProfile(maria);
        saveWith(Objective::Time, QStringLiteral("Soonest within budget"));
        const PlanInputs inputs = captureInputs(*session());

        const QString jamal = clientNamed(QStringLiteral("Jamal Robinson"));
        const Profile jamalBefore = workspace().client(jamal.toLongLong())->profile;
        QVERIFY(jamalBefore.goal != inputs.goal);

        window_->showCaseload();
        caseload()->refresh();
        caseload()->history()->setCurrentItem(historyItem(1));
        session()->setObjective(Objective::Cost); // the template brings Soonest back
        QVERIFY(caseload()->useAsTemplateFor(jamal));

        QCOMPARE(session()->clientId(), jamal);
        QCOMPARE(captureInputs(*session()), inputs);
        QCOMPARE(session()->objective(), Objective::Time);
        // The rest of Jamal's profile stays his.
        QCOMPARE(session()->profile().name, jamalBefore.name);
        QCOMPARE(session()->profile().skills, jamalBefore.skills);
        QCOMPARE(session()->profile().completed, jamalBefore.completed);
        QCOMPARE(session()->profile().hoursPerWeek, jamalBefore.hoursPerWeek);
        QCOMPARE(session()->profile().start, jamalBefore.start);
        // … and he is planned for the new goal, and kept so in the workspace.
        QTRY_VERIFY_WITH_TIMEOUT(window_->scheduler()->isIdle() && session()->plan() &&
                                     session()->plan()->goal == inputs.goal,
                                 kPlanTimeoutMs);
        QVERIFY(window_->clients()->saveNow().isEmpty());
        const Profile stored = workspace().client(jamal.toLongLong())->profile;
        QCOMPARE(stored.goal, inputs.goal);
        QCOMPARE(stored.pinned, inputs.pinned);
        QCOMPARE(stored.excluded, inputs.excluded);
        QCOMPARE(stored.budget, inputs.budget);
        QCOMPARE(stored.skills, jamalBefore.skills);
    }

    void whatTheBudgetLimitsIsChosenUndoneAndKeptWithTheClient() {
        const QString maria = session()->clientId();
        auto* basis = window_->findChild<QComboBox*>(QStringLiteral("budgetOnCombo"));
        QVERIFY(basis);
        // Without funding the two are the same: nothing to choose.
        Profile p = session()->profile();
        p.funding.clear();
        session()->setProfile(p);
        QVERIFY(!basis->isEnabled());
        // An employer paying everything, and a budget below any plan's money: all costs limited to
        // $1 leave no plan, what the client pays ($0) is within it.
        FundingSource acme;
        acme.name = "Acme tuition assistance";
        acme.kind = FundingSource::Kind::Employer;
        acme.share = 100;
        p.funding = {acme};
        p.budget = 1;
        session()->setProfile(p);
        session()->setObjective(Objective::Cost);
        QTRY_VERIFY_WITH_TIMEOUT(window_->scheduler()->isIdle() && session()->plan() &&
                                     session()->plan()->objective == Objective::Cost,
                                 kPlanTimeoutMs);
        const Plan onTotal = *session()->plan();
        QVERIFY(!hasPlan(onTotal.status) || onTotal.totals.cost <= 1);
        QVERIFY(basis->isEnabled());
        QCOMPARE(basis->currentData().toInt(), static_cast<int>(BudgetBasis::Total));

        // Chosen by keyboard; the objective that plans such a budget follows, in one undo step.
        const int steps = session()->undoStack()->count();
        basis->setFocus();
        QTest::keyClick(basis, Qt::Key_Down);
        QCOMPARE(session()->profile().budgetOn, BudgetBasis::OutOfPocket);
        QCOMPARE(session()->objective(), Objective::OutOfPocket);
        QCOMPARE(session()->undoStack()->count(), steps + 1);
        QTRY_VERIFY_WITH_TIMEOUT(window_->scheduler()->isIdle() && session()->plan() &&
                                     session()->plan()->objective == Objective::OutOfPocket,
                                 kPlanTimeoutMs);
        const Plan onOwn = *session()->plan();
        QVERIFY2(hasPlan(onOwn.status), qPrintable(window_->findChild<QLabel*>(QStringLiteral("statusText"))->text()));
        QVERIFY(onOwn.outOfPocket <= 1);
        QVERIFY(onOwn.totals.cost > 1); // the budget no longer limits all costs

        // Undone: both back, and planned on all costs again.
        session()->undoStack()->undo();
        QCOMPARE(session()->profile().budgetOn, BudgetBasis::Total);
        QCOMPARE(session()->objective(), Objective::Cost);
        QCOMPARE(basis->currentData().toInt(), static_cast<int>(BudgetBasis::Total));
        session()->undoStack()->redo();
        QCOMPARE(basis->currentData().toInt(), static_cast<int>(BudgetBasis::OutOfPocket));

        // Saved with the client, and there when the client is opened again.
        QVERIFY(window_->clients()->saveNow().isEmpty());
        QCOMPARE(workspace().client(maria.toLongLong())->profile.budgetOn, BudgetBasis::OutOfPocket);
        QString error;
        QVERIFY2(window_->clients()->selectClient(clientNamed(QStringLiteral("Jamal Robinson")), &error),
                 qPrintable(error));
        QCOMPARE(basis->currentData().toInt(), static_cast<int>(BudgetBasis::Total));
        QVERIFY2(window_->clients()->selectClient(maria, &error), qPrintable(error));
        QCOMPARE(session()->profile().budgetOn, BudgetBasis::OutOfPocket);
        QCOMPARE(basis->currentData().toInt(), static_cast<int>(BudgetBasis::OutOfPocket));
    }

    void aStatusBarSaysWhyThereIsNoPlanYet() {
        // A budget on what the client pays with another objective is not planned; the status bar
        // said the time limit had run out.
        Profile p = session()->profile();
        p.budget = 1;
        p.budgetOn = BudgetBasis::OutOfPocket;
        session()->setProfile(p);
        session()->setObjective(Objective::Time);
        QTRY_VERIFY_WITH_TIMEOUT(window_->scheduler()->isIdle() && session()->plan() &&
                                     session()->plan()->status == PlanStatus::Unknown,
                                 kPlanTimeoutMs);
        const QString status = window_->findChild<QLabel*>(QStringLiteral("statusText"))->text();
        QVERIFY2(status.contains(QStringLiteral("out-of-pocket objective")), qPrintable(status));
        QVERIFY2(!status.contains(QStringLiteral("time limit")), qPrintable(status));
    }

    void aCandidateIsSavedAsTheNextPlanVersion() {
        auto* panel = window_->candidates();
        session()->setObjective(Objective::Time);
        QTest::qWait(100);
        waitForPlan();
        const Plan shown = *session()->plan();
        QCOMPARE(panel->candidates()->capture(QStringLiteral("By June")), 0);
        panel->selectRow(0);
        // The title dialog suggests the candidate's name; accepting it saves.
        QTimer::singleShot(0, this, [] {
            if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget()))
                dialog->accept();
        });
        panel->saveSelected();
        const auto plans = workspace().plans(session()->clientId().toLongLong()).value();
        QCOMPARE(plans.size(), std::size_t(1));
        QCOMPARE(plans.front().title, QStringLiteral("By June"));
        const auto saved = workspace().plan(plans.front().id).value();
        QCOMPARE(saved.plan, shown);
        QCOMPARE(saved.inputs.objective, Objective::Time);
        QCOMPARE(saved.inputs.goal, session()->goal());
        // … and the caseload shows it as the latest version.
        window_->showCaseload();
        QCOMPARE(caseload()->history()->topLevelItem(0)->text(0), QStringLiteral("Version 1: By June"));
    }

    void aCatalogSwitchIsNewsForAMomentOnly() {
        // "Now planning with the catalog …" used to stay beside every plan status that followed.
        // It is a passing message now; once it has gone the plan's status reads alone, and the
        // catalog in use is still named at the right of the status bar.
        auto* bar = window_->findChild<QStatusBar*>();
        auto* status = window_->findChild<QLabel*>(QStringLiteral("statusText"));
        auto* label = window_->findChild<QLabel*>(QStringLiteral("catalogLabel"));
        const std::string first = session()->catalog().name;
        QString error;
        for (const ClientEntry& client : source()->clients()) {
            QVERIFY2(window_->clients()->selectClient(client.id, &error), qPrintable(error));
            if (session()->catalog().name != first)
                break;
        }
        QVERIFY(session()->catalog().name != first);
        const QString now = QString::fromStdString(session()->catalog().name);
        QVERIFY2(bar->currentMessage().contains(QStringLiteral("Now planning with the catalog %1").arg(now)),
                 qPrintable(bar->currentMessage()));
        waitForPlan();
        // The plan's own status, whatever it is, and nothing about the catalog beside it.
        QTRY_VERIFY(!status->text().isEmpty() && !status->text().startsWith(QLatin1String("Planning")));
        QVERIFY2(!status->text().contains(QLatin1String("Now planning")), qPrintable(status->text()));
        bar->clearMessage(); // as its time running out does
        QVERIFY(status->isVisible());
        QVERIFY2(!status->text().contains(QLatin1String("Now planning")), qPrintable(status->text()));
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), QStringLiteral("Catalog: %1").arg(now));
    }

    void savingAsksForTitleAndNoteInOneDialog() {
        auto* panel = window_->candidates();
        QCOMPARE(panel->candidates()->capture(QStringLiteral("Cheapest route to a data job")), 0);
        panel->selectRow(0);
        int width = 0;
        bool bothAsked = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            width = dialog->width();
            auto* title = dialog->findChild<QLineEdit*>(QStringLiteral("savePlanTitle"));
            auto* note = dialog->findChild<QPlainTextEdit*>(QStringLiteral("savePlanNote"));
            bothAsked = title && note;
            if (bothAsked) {
                QCOMPARE(title->text(), QStringLiteral("Cheapest route to a data job"));
                title->setText(QStringLiteral("Agreed plan"));
                note->setPlainText(QStringLiteral("Evening classes suit her; check the budget in March."));
            }
            dialog->accept();
        });
        panel->saveSelected();
        QVERIFY2(bothAsked, "one dialog asks for the title and the note");
        QVERIFY2(width >= 420, qPrintable(QString::number(width)));
        const auto plans = workspace().plans(session()->clientId().toLongLong()).value();
        QCOMPARE(plans.size(), std::size_t(1));
        QCOMPARE(plans.front().title, QStringLiteral("Agreed plan"));
        QCOMPARE(plans.front().note, QStringLiteral("Evening classes suit her; check the budget in March."));
        // The history shows the note under the version.
        window_->showCaseload();
        caseload()->refresh();
        QTreeWidgetItem* version = historyItem(1);
        QVERIFY(version);
        QStringList lines;
        for (int i = 0; i < version->childCount(); ++i)
            lines << version->child(i)->text(0);
        QVERIFY2(lines.contains(QStringLiteral("Note: Evening classes suit her; check the budget in March.")),
                 qPrintable(lines.join(QLatin1Char('|'))));
    }

    void enterOrDoubleClickShowsASavedVersion() {
        const Plan cheapest = saveWith(Objective::Cost, QStringLiteral("Cheapest"), QStringLiteral("Her first choice"));
        const Plan fewest = saveWith(Objective::Effort, QStringLiteral("Fewest hours"));
        session()->setObjective(Objective::Effort);
        QTest::qWait(100);
        waitForPlan();
        const Plan current = *session()->plan();
        window_->showCaseload();
        caseload()->refresh();
        auto* history = caseload()->history();
        QTreeWidgetItem* first = historyItem(1);
        QVERIFY(first);
        // Enter on a sentence of the version opens the version.
        history->setCurrentItem(first->child(first->childCount() - 1));
        history->setFocus();
        QTest::keyClick(history, Qt::Key_Return);
        QTRY_COMPARE(savedPlanWindows().size(), 1);
        QDialog* shown = savedPlanWindows().front();
        QVERIFY2(shown->windowTitle().contains(QStringLiteral("Version 1: Cheapest")),
                 qPrintable(shown->windowTitle()));

        // Marked as a saved version: title, date, note, and not the current plan.
        const QString banner = shown->findChild<QLabel*>(QStringLiteral("savedPlanBanner"))->text();
        QVERIFY2(banner.contains(QStringLiteral("Version 1: Cheapest")), qPrintable(banner));
        QVERIFY2(banner.contains(QStringLiteral("saved version — not the current plan")), qPrintable(banner));
        const auto summary = workspace().plans(session()->clientId().toLongLong()).value().back();
        const QString savedAt = QLocale().toString(
            QDateTime::fromString(summary.createdAt, Qt::ISODateWithMs).toLocalTime(), QLocale::ShortFormat);
        QVERIFY2(banner.contains(savedAt), qPrintable(banner));
        QVERIFY2(banner.contains(QStringLiteral("Her first choice")), qPrintable(banner));
        QVERIFY(shown->findChild<QPushButton*>(QStringLiteral("backToCurrentPlan")));

        // The saved plan, not the current one: in words, as a pathway, on the timeline, as a report.
        auto* tabs = shown->findChild<QTabWidget*>(QStringLiteral("savedPlanTabs"));
        QStringList tabNames;
        for (int i = 0; i < tabs->count(); ++i)
            tabNames << tabs->tabText(i);
        for (const char* name : {"Plan", "Pathway", "Timeline"})
            QVERIFY2(tabNames.contains(QString::fromLatin1(name)), qPrintable(tabNames.join(QLatin1Char(','))));
        const QString words = shown->findChild<QTextBrowser*>(QStringLiteral("savedPlanSummary"))->toPlainText();
        // Plain text turns the no-break space some locales put in money ("196 $") into a space.
        const QString cost = money(cheapest.totals.cost, session()->catalog().currency).replace(QChar::Nbsp, u' ');
        QVERIFY2(words.contains(cost), qPrintable(words));
        for (const auto& pc : cheapest.credentials)
            QVERIFY2(words.contains(QString::fromStdString(pc.title)), pc.title.c_str());
        auto* pathway = shown->findChild<PathwayView*>(QStringLiteral("savedPlanPathway"));
        QCOMPARE(pathway->nodeCount(), static_cast<int>(cheapest.credentials.size()) + 1); // and the goal
        QVERIFY(shown->findChild<QWidget*>(QStringLiteral("savedPlanTimeline")));
#ifdef HAVE_CAIRN_REPORT
        QVERIFY(tabNames.contains(QStringLiteral("Report")));
        tabs->setCurrentIndex(static_cast<int>(tabNames.indexOf(QStringLiteral("Report"))));
        QTRY_VERIFY(shown->findChild<QPrintPreviewWidget*>(QStringLiteral("savedPlanReport")));
        QTRY_VERIFY(shown->findChild<QPrintPreviewWidget*>(QStringLiteral("savedPlanReport"))->pageCount() >= 1);
#endif
        // Compared with the current plan in sentences, as the history words its changes.
        QTest::mouseClick(shown->findChild<QPushButton*>(QStringLiteral("savedPlanCompare")), Qt::LeftButton);
        auto* changes = shown->findChild<QListWidget*>(QStringLiteral("savedPlanChanges"));
        QVERIFY(changes->isVisible());
        QStringList sentences;
        for (int i = 0; i < changes->count(); ++i)
            sentences << changes->item(i)->text();
        QCOMPARE(sentences, PlanChangeWords::describe(comparePlans(cheapest, current), session()->catalog(),
                                                      current.totals.completion));
        QVERIFY(!sentences.isEmpty());

        // A double-click on another version opens that one beside it.
        QTreeWidgetItem* second = historyItem(2);
        history->scrollToItem(second);
        const QPoint at = history->visualItemRect(second).center();
        QTest::mouseClick(history->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(history->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(savedPlanWindows().size(), 2);
        QVERIFY(second->isExpanded()); // the double-click opened it rather than folding it
        Q_UNUSED(fewest)

        // Back to the current plan closes the saved version; the current plan is untouched.
        QPointer<QDialog> gone = shown;
        QTest::mouseClick(shown->findChild<QPushButton*>(QStringLiteral("backToCurrentPlan")), Qt::LeftButton);
        QTRY_VERIFY(!gone);
        QCOMPARE(*session()->plan(), current);
    }

    void aSavedVersionIsExported() {
        const Plan cheapest = saveWith(Objective::Cost, QStringLiteral("Cheapest"));
        window_->showCaseload();
        caseload()->refresh();
        caseload()->history()->setCurrentItem(historyItem(1));
        SavedPlanWindow* shown = caseload()->openSelectedVersion();
        QVERIFY(shown);
        QCOMPARE(caseload()->openSelectedVersion(), shown); // one window a version
#ifdef HAVE_CAIRN_REPORT
        const QString csv = dir_.filePath(QStringLiteral("version.csv"));
        const QString ics = dir_.filePath(QStringLiteral("version.ics"));
        const QString pdf = dir_.filePath(QStringLiteral("version.pdf"));
        // The CSV through its button and the save dialog, as a person exports it; then the
        // message that says where it went.
        QString said;
        std::function<void()> answer;
        answer = [&] {
            QWidget* modal = QApplication::activeModalWidget();
            if (auto* dialog = qobject_cast<QFileDialog*>(modal)) {
                dialog->selectFile(csv);
                static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept() is protected
                QTimer::singleShot(50, this, answer);
            } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
                said = box->text();
                box->accept();
            } else {
                QTimer::singleShot(50, this, answer);
            }
        };
        QTimer::singleShot(0, this, answer);
        shown->findChild<QPushButton*>(QStringLiteral("savedPlanExportCsv"))->click();
        QVERIFY2(said.contains(QDir::toNativeSeparators(csv)), qPrintable(said));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QCOMPARE(csvFile.readAll(), report::renderCsv(session()->catalog(), cheapest));
        QCOMPARE(shown->exportTo(SavedPlanWindow::Export::Calendar, ics), QString());
        QFile icsFile(ics);
        QVERIFY(icsFile.open(QIODevice::ReadOnly));
        const QByteArray calendar = icsFile.readAll();
        QVERIFY(calendar.startsWith("BEGIN:VCALENDAR"));
        // One event a planned credential, and the milestones.
        QVERIFY(calendar.count("BEGIN:VEVENT") >= static_cast<qsizetype>(cheapest.credentials.size()));
        QCOMPARE(shown->exportTo(SavedPlanWindow::Export::Pdf, pdf), QString());
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5).startsWith("%PDF"));
#endif
        shown->close();
    }

    void workingFromFilesListsTheClientsWithoutHistory() {
        window_.reset();
        auto files = std::make_unique<FileDataSource>(sampleCatalogPath());
        window_ = std::make_unique<MainWindow>(*settings_, std::move(files));
        QVERIFY(window_->start());
        window_->show();
        window_->showCaseload();
        QVERIFY(caseload()->model()->rowCount() >= 1);
        QCOMPARE(caseload()->model()->index(0, CaseloadModel::Status).data().toString(),
                 QStringLiteral("No saved plan"));
        QCOMPARE(caseload()->history()->topLevelItemCount(), 2);
        QVERIFY(caseload()->history()->topLevelItem(0)->text(0).contains(QStringLiteral("kept in a workspace")));
        QVERIFY(!caseload()->findChild<QLineEdit*>(QStringLiteral("caseloadNoteEdit"))->isEnabled());
        QVERIFY(!caseload()->findChild<QPushButton*>(QStringLiteral("caseloadOpenVersion"))->isEnabled());
        QCOMPARE(caseload()->openSelectedVersion(), nullptr);
        QVERIFY(!window_->findChild<QAction*>(QStringLiteral("actionSaveCandidate"))->isEnabled());
    }

    void openingAClientSwitchesTheWindow() {
        window_->showCaseload();
        caseload()->refresh();
        const QString aisha = clientNamed(QStringLiteral("Aisha Okafor"));
        caseload()->showClient(aisha);
        QCOMPARE(caseload()->table()->currentIndex().data(CaseloadModel::ClientIdRole).toString(), aisha);
        QTest::keyClick(caseload()->table(), Qt::Key_Return);
        QCOMPARE(session()->clientId(), aisha);
        QCOMPARE(session()->profile().name, std::string("Aisha Okafor"));
    }

    void aLargeCaseloadIsReadAPageAtATimeAndSearchedByName() {
        // More clients than a page: the caseload lists the first by name and says so, reads
        // more as the view asks for them, and searches names in the workspace.
        const int demo = static_cast<int>(workspace().clients()->size());
        const int extra = CaseloadModel::kPageSize + 120 - demo;
        for (int i = 0; i < extra; ++i) {
            store::Client c;
            c.name = QStringLiteral("Zed Tester %1").arg(i, 3, 10, QLatin1Char('0'));
            QVERIFY(workspace().addClient(c).ok());
        }
        const int total = demo + extra;
        window_->showCaseload();
        caseload()->refresh();
        auto* model = caseload()->model();
        QCOMPARE(model->rowCount(), CaseloadModel::kPageSize);
        QCOMPARE(model->total(), total);
        QVERIFY(caseload()->countLabel()->isVisible());
        QCOMPARE(caseload()->countLabel()->text(),
                 QStringLiteral("Showing %1 of %2 clients, by name. Scroll down for more, or type a name to search.")
                     .arg(CaseloadModel::kPageSize)
                     .arg(total));
        // In name order: the demo clients first, then the added ones.
        QCOMPARE(model->index(demo, CaseloadModel::Name).data().toString(), QStringLiteral("Zed Tester 000"));
        QVERIFY(model->canFetchMore({}));
        model->fetchMore({});
        QCOMPARE(model->rowCount(), total);
        QVERIFY(!model->canFetchMore({}));
        QCOMPARE(model->index(total - 1, CaseloadModel::Name).data().toString(),
                 QStringLiteral("Zed Tester %1").arg(extra - 1, 3, 10, QLatin1Char('0')));

        // Typing searches names in the workspace after a pause; Enter does at once.
        auto* search = caseload()->findChild<QLineEdit*>(QStringLiteral("caseloadSearch"));
        QTest::keyClicks(search, QStringLiteral("tester 01"));
        QTRY_COMPARE(model->nameSearch(), QStringLiteral("tester 01"));
        QCOMPARE(model->total(), 10);
        QCOMPARE(caseload()->table()->model()->rowCount(), 10);
        QCOMPARE(caseload()->countLabel()->text(), QStringLiteral("Clients whose name holds “tester 01”: 10."));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("okafor"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(model->nameSearch(), QStringLiteral("okafor"));
        QCOMPARE(session()->profile().name, std::string("Aisha Okafor"));

        // The goal bar's client list holds the first few hundred and offers the caseload for the rest.
        window_->showPathway();
        auto* clients = window_->findChild<QComboBox*>(QStringLiteral("clientCombo"));
        QVERIFY(clients);
        QCOMPARE(clients->itemText(clients->count() - 1),
                 QStringLiteral("More clients (%1 in all): find them in the caseload…").arg(total));
        QCOMPARE(clients->currentData().toString(), session()->clientId());
        clients->activated(clients->count() - 1);
        QCOMPARE(clients->currentData().toString(), session()->clientId());
        QVERIFY(search->hasFocus() || !window_->isActiveWindow());
    }

    void enterInTheSearchOpensTheClientFound() {
        window_->showCaseload();
        caseload()->refresh();
        auto* search = caseload()->findChild<QLineEdit*>(QStringLiteral("caseloadSearch"));
        QTest::keyClicks(search, QStringLiteral("okafor"));
        QCOMPARE(caseload()->table()->model()->rowCount(), 1);
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(session()->profile().name, std::string("Aisha Okafor"));
    }

    void theCaseloadFitsALaptopWindow() {
        // At 1024×700 the caseload had a sideways scroll bar, its notes cut off at the right,
        // and room for two clients. Now the history and the notes are tabs when they cannot
        // stand side by side, and the list of clients gets the larger share of the height.
        window_->close();
        window_.reset();
        settings_->setWindowState({}); // as on first use: the window lays out its docks itself
        QString error;
        auto again = StoreDataSource::open(workspace_, {}, &error);
        QVERIFY2(again, qPrintable(error));
        window_ = std::make_unique<MainWindow>(*settings_, std::move(again));
        QVERIFY(window_->start(QStringLiteral("Maria Alvarez")));
        window_->resize(1024, 700);
        window_->showCaseload();
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        auto* scroll = window_->findChild<QScrollArea*>(QStringLiteral("caseloadScroll"));
        auto* tabs = caseload()->findChild<QTabWidget*>(QStringLiteral("caseloadDetailsTabs"));
        auto* sideBySide = caseload()->findChild<QSplitter*>(QStringLiteral("caseloadDetailsSplitter"));
        QTRY_VERIFY2(caseload()->width() <= scroll->viewport()->width(),
                     qPrintable(QStringLiteral("%1 > %2").arg(caseload()->width()).arg(scroll->viewport()->width())));
        QVERIFY(tabs->isVisible());
        QVERIFY(!sideBySide->isVisible());
        QCOMPARE(tabs->count(), 3);
        QVERIFY2(caseload()->table()->isColumnHidden(CaseloadModel::Owner), "a file's clients have no advisor");
        tabs->setCurrentIndex(1);
        QVERIFY(caseload()->notes()->isVisible());
        tabs->setCurrentIndex(2);
        QVERIFY(caseload()->changes()->isVisible());
        auto* table = caseload()->table();
        const int rows = table->viewport()->height() / table->verticalHeader()->defaultSectionSize();
        // Four until the lists below gave up their default minimum of five lines.
        QVERIFY2(rows >= 5, qPrintable(QString::number(rows)));

        window_->resize(1800, 1000); // room again: side by side, each under its heading
        QTRY_VERIFY(sideBySide->isVisible());
        QVERIFY(!tabs->isVisible());
        QVERIFY(caseload()->notes()->isVisible() && caseload()->history()->isVisible());
        QVERIFY(caseload()->changes()->isVisible());
    }

    void theChangesNameAGoalByItsTitle() {
        const QString maria = clientNamed(QStringLiteral("Maria Alvarez"));
        store::Client c = workspace().client(maria.toLongLong()).value();
        QCOMPARE(c.profile.goal, std::string("data-analyst"));
        c.profile.goal = "data-scientist";
        QVERIFY(workspace().updateClient(c).ok());
        const auto changes = source()->changes(maria, "USD");
        QVERIFY(!changes.empty());
        QCOMPARE(changes.front().what, QStringLiteral("Changed the goal from “Data Analyst” to “Data Scientist”."));
    }

    void openingACatalogAddsItToTheWorkspace() {
        // File → Open catalog (and the welcome's "Import a catalog") used to swap the workspace
        // for the file, so the caseload and the saved plans were gone until the next start.
        auto file = io::readCatalogFile(sampleCatalogPath());
        QVERIFY(file.ok());
        Catalog catalog = *file.value;
        catalog.name = "Community college catalog";
        const QString path = dir_.filePath(QStringLiteral("college.json"));
        {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(io::writeCatalog(catalog));
        }
        const auto catalogsBefore = workspace().catalogs().value().size();
        const auto clientsBefore = source()->clients().size();
        QString error;
        QVERIFY2(window_->clients()->openCatalogFile(path, &error), qPrintable(error));
        QVERIFY(window_->clients()->source()->keepsPlans()); // still the workspace
        QCOMPARE(session()->catalog().name, catalog.name);
        QCOMPARE(workspace().catalogs().value().size(), catalogsBefore + 1);
        // No one planned with it yet: a new client does, beside the others.
        QCOMPARE(source()->clients().size(), clientsBefore + 1);
        const QString newcomer = session()->clientId();
        QCOMPARE(*workspace().client(newcomer.toLongLong()).value().catalogId,
                 workspace().catalogs().value().back().id);
        window_->showCaseload();
        QCOMPARE(caseload()->model()->rowCount(), static_cast<int>(clientsBefore + 1));

        // Opened again, from another client: the copy in the workspace, and its client.
        QVERIFY2(window_->clients()->selectClient(clientNamed(QStringLiteral("Maria Alvarez")), &error),
                 qPrintable(error));
        QVERIFY2(window_->clients()->openCatalogFile(path, &error), qPrintable(error));
        QCOMPARE(workspace().catalogs().value().size(), catalogsBefore + 1);
        QCOMPARE(source()->clients().size(), clientsBefore + 1);
        QCOMPARE(session()->clientId(), newcomer);

        // A file that cannot be read changes nothing.
        QVERIFY(!window_->clients()->openCatalogFile(dir_.filePath(QStringLiteral("missing.json")), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(session()->clientId(), newcomer);
        QCOMPARE(session()->catalog().name, catalog.name);
    }

    void everyTabHasAShortcut() {
        auto* tabs = window_->findChild<QTabWidget*>(QStringLiteral("viewTabs"));
        for (const char* name : {"actionShowPathway", "actionShowTimeline", "actionShowCharts", "actionShowCaseload"}) {
            auto* action = window_->findChild<QAction*>(QString::fromLatin1(name));
            QVERIFY2(action && !action->shortcut().isEmpty(), name);
            action->trigger();
            QVERIFY2(tabs->currentIndex() >= 0, name);
        }
        window_->findChild<QAction*>(QStringLiteral("actionShowCharts"))->trigger();
        QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Charts"));
    }

private:
    static inline int counter_ = 0;
};

std::unique_ptr<QObject> makeCaseloadTest() {
    return std::make_unique<CaseloadTest>();
}

#else

std::unique_ptr<QObject> makeCaseloadTest() {
    return std::make_unique<QObject>();
}

#endif

} // namespace cairn::app::test

#include "caseload_test.moc"
