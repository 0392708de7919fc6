#include "cairn/app/dialogs/goal_comparison_dialog.h"

#include "cairn/app/common/qt_convert.h"
#include "cairn/app/session/goal_comparison.h"
#include "cairn/app/session/planning_session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cairn/text/message_words.h>
#include <cairn/text/plan_words.h>
#include <cmath>

namespace cairn::app {

namespace {

enum Row { StatusRow, MoneyRow, HoursRow, WeeksRow, DoneRow, CountRow, CreditsRow, CredentialsRow, RowCount };

QListWidget* makeList(const QString& name, QWidget* parent) {
    auto* list = new QListWidget(parent);
    list->setObjectName(name);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setMinimumHeight(120);
    // Long skill and credential names wrap instead of scrolling sideways.
    list->setWordWrap(true);
    list->setResizeMode(QListView::Adjust);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return list;
}

} // namespace

GoalComparisonDialog::GoalComparisonDialog(PlanningSession* session, QWidget* parent)
    : QDialog(parent), session_(session), comparison_(new GoalComparison(this)) {
    setWindowTitle(tr("Compare goals"));
    firstGoal_ = new QComboBox(this);
    firstGoal_->setObjectName(QStringLiteral("firstGoalCombo"));
    secondGoal_ = new QComboBox(this);
    secondGoal_->setObjectName(QStringLiteral("secondGoalCombo"));
    std::vector<const Goal*> goals;
    for (const auto& g : session_->catalog().goals)
        goals.push_back(&g);
    std::sort(goals.begin(), goals.end(),
              [](const Goal* a, const Goal* b) { return QString::localeAwareCompare(qs(a->title), qs(b->title)) < 0; });
    for (const Goal* g : goals)
        for (auto* combo : {firstGoal_, secondGoal_})
            combo->addItem(shown(g->title), qs(g->id));
    firstGoal_->setCurrentIndex(firstGoal_->findData(qs(session_->goal())));
    secondGoal_->setPlaceholderText(tr("Choose a goal…"));
    secondGoal_->setCurrentIndex(-1);
    for (auto* combo : {firstGoal_, secondGoal_}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::currentIndexChanged, this, &GoalComparisonDialog::restart);
    }
    auto* pick = new QHBoxLayout;
    auto* compareLabel = new QLabel(tr("&Compare"), this);
    compareLabel->setBuddy(firstGoal_);
    auto* withLabel = new QLabel(tr("&with"), this);
    withLabel->setBuddy(secondGoal_);
    pick->addWidget(compareLabel);
    pick->addWidget(firstGoal_);
    pick->addWidget(withLabel);
    pick->addWidget(secondGoal_);
    pick->addStretch(1);

    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("comparisonStatus"));
    status_->setWordWrap(true);
    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("comparisonProgress"));
    progress_->setRange(0, 2);
    progress_->setMaximumWidth(160);
    progress_->setTextVisible(false);
    stop_ = new QPushButton(tr("&Stop planning"), this);
    stop_->setObjectName(QStringLiteral("stopComparisonButton"));
    stop_->setAutoDefault(false); // Enter in a goal box must not stop the planning
    stop_->setToolTip(tr("Stop and compare the best plans found so far"));
    connect(stop_, &QPushButton::clicked, comparison_, &GoalComparison::stop);
    auto* running = new QHBoxLayout;
    running->addWidget(status_, 1);
    running->addWidget(progress_);
    running->addWidget(stop_);

    table_ = new QTableWidget(RowCount, 3, this);
    table_->setObjectName(QStringLiteral("comparisonTable"));
    table_->setVerticalHeaderLabels({tr("Plan"), tr("Money"), tr("Study hours"), tr("Weeks"), tr("Done by"),
                                     tr("Credentials"), tr("Degree credits"), tr("In order")});
    // Long goal titles are cut at the end, not at both sides; the header's tooltip holds them whole.
    table_->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionMode(QAbstractItemView::NoSelection);
    table_->setWordWrap(true);
    table_->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    table_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);

    sharedSkills_ = makeList(QStringLiteral("sharedSkillsList"), this);
    firstOnlySkills_ = makeList(QStringLiteral("firstOnlySkillsList"), this);
    secondOnlySkills_ = makeList(QStringLiteral("secondOnlySkillsList"), this);
    sharedCredentials_ = makeList(QStringLiteral("sharedCredentialsList"), this);
    // Four equal columns, each a heading over its list; a long goal title wraps in its heading
    // instead of widening its column.
    auto* lists = new QGridLayout;
    const auto heading = [this, lists](QListWidget* list, int column) {
        auto* label = new QLabel(this);
        label->setWordWrap(true);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        label->setBuddy(list);
        lists->addWidget(label, 0, column, Qt::AlignBottom);
        lists->addWidget(list, 1, column);
        lists->setColumnStretch(column, 1);
        return label;
    };
    sharedHeading_ = heading(sharedSkills_, 0);
    firstOnlyHeading_ = heading(firstOnlySkills_, 1);
    secondOnlyHeading_ = heading(secondOnlySkills_, 2);
    credentialsHeading_ = heading(sharedCredentials_, 3);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addLayout(running);
    layout->addWidget(table_, 3);
    layout->addLayout(lists, 2);
    layout->addWidget(buttons);
    resize(1040, 560);

    connect(comparison_, &GoalComparison::progress, this, &GoalComparisonDialog::showProgress);
    connect(comparison_, &GoalComparison::finished, this, &GoalComparisonDialog::showResult);
    // Edits to the client's limits or objective compare again; another client or catalog ends
    // the comparison, whose goals and numbers belonged to the one before.
    connect(session_, &PlanningSession::planInputsChanged, this, &GoalComparisonDialog::restart);
    connect(session_, &PlanningSession::clientChanged, this, &QDialog::reject);
    connect(session_, &PlanningSession::catalogChanged, this, &QDialog::reject);
    restart();
}

GoalComparisonDialog::~GoalComparisonDialog() = default;

void GoalComparisonDialog::compareWith(const QString& secondGoal, const QString& firstGoal) {
    const QSignalBlocker block(firstGoal_);
    if (!firstGoal.isEmpty())
        firstGoal_->setCurrentIndex(firstGoal_->findData(firstGoal));
    secondGoal_->setCurrentIndex(secondGoal_->findData(secondGoal)); // restarts through the signal
}

QString GoalComparisonDialog::goalTitle(const std::string& goalId) const {
    const Goal* g = session_->catalog().findGoal(goalId);
    return g ? qs(g->title) : qs(goalId);
}

void GoalComparisonDialog::restart() {
    const std::string first = firstGoal_->currentData().toString().toStdString();
    const std::string second = secondGoal_->currentData().toString().toStdString();
    if (first.empty() || second.empty()) {
        comparison_->stop();
        clearResult(first.empty() ? tr("Choose the two goals to compare.")
                                  : tr("Choose a goal to compare with %1.").arg(goalTitle(first)));
        return;
    }
    if (first == second) {
        comparison_->stop();
        clearResult(tr("Choose two different goals."));
        return;
    }
    clearResult({});
    setHeaders({goalTitle(first), goalTitle(second), tr("%1 needs").arg(goalTitle(second))});
    const auto degree = [this](const std::string& id) {
        const Goal* g = session_->catalog().findGoal(id);
        return g && g->kind == Goal::Kind::Credits;
    };
    table_->setRowHidden(CreditsRow, !degree(first) && !degree(second));
    fitTable();
    comparison_->start(session_->catalogPtr(), session_->profile(), session_->objective(), first, second);
}

void GoalComparisonDialog::clearResult(const QString& message) {
    table_->clearContents();
    setHeaders({tr("First goal"), tr("Second goal"), tr("Difference")});
    table_->setRowHidden(CreditsRow, true);
    fitTable();
    for (auto* list : {sharedSkills_, firstOnlySkills_, secondOnlySkills_, sharedCredentials_})
        list->clear();
    sharedHeading_->setText(tr("Skills both goals name"));
    firstOnlyHeading_->setText(tr("Only the first goal"));
    secondOnlyHeading_->setText(tr("Only the second goal"));
    credentialsHeading_->setText(tr("Credentials in both plans"));
    status_->setText(message);
    progress_->setVisible(false);
    stop_->setVisible(false);
}

void GoalComparisonDialog::showProgress(int plansDone, qint64 nodes) {
    if (!comparison_->isRunning())
        return;
    progress_->setVisible(true);
    stop_->setVisible(true);
    progress_->setValue(plansDone);
    const std::string& goal = plansDone == 0 ? comparison_->firstGoal() : comparison_->secondGoal();
    status_->setText(nodes > 0 ? tr("Planning %1… %L2 combinations explored").arg(goalTitle(goal)).arg(nodes)
                               : tr("Planning %1…").arg(goalTitle(goal)));
}

QString GoalComparisonDialog::skillName(const std::string& skill) const {
    const Skill* s = session_->catalog().findSkill(skill);
    return s && !s->name.empty() ? qs(s->name) : qs(skill);
}

QString GoalComparisonDialog::skillText(const std::string& skill, int level) const {
    const QString name = skillName(skill);
    const auto& held = session_->profile().skills;
    const auto it = std::find_if(held.begin(), held.end(), [&](const SkillLevel& l) { return l.skill == skill; });
    if (it != held.end() && it->level >= level)
        return tr("%1 (level %2), held").arg(name).arg(level);
    return tr("%1 (level %2)").arg(name).arg(level);
}

void GoalComparisonDialog::showResult() {
    const auto& r = comparison_->result();
    const std::string& currency = session_->catalog().currency;
    progress_->setVisible(false);
    stop_->setVisible(false);
    const QString objective = [this] {
        switch (session_->objective()) {
        case Objective::Cost:
            return tr("the cheapest plan");
        case Objective::Effort:
            return tr("the fewest hours");
        case Objective::Balanced:
            return tr("the best balance of money and time");
        case Objective::CostToHold:
            return tr("the least money to earn and hold");
        case Objective::Time:
            break;
        case Objective::OutOfPocket:
            return tr("the least money paid out of pocket");
        }
        return tr("the soonest completion");
    }();
    status_->setText(
        r.stopped ? tr("Stopped early: these are the best plans found so far.")
                  : tr("Both goals planned for %1, within the client's budget, hours and dates.").arg(objective));
    for (int column = 0; column < 2; ++column) {
        const Plan& p = r.plans[static_cast<std::size_t>(column)];
        const auto set = [this, column](int row, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setToolTip(text);
            table_->setItem(row, column, item);
        };
        if (!hasPlan(p.status)) {
            set(StatusRow,
                tr("No plan: %1")
                    .arg(text::MessageWords(text::Format::user(), &session_->catalog()).sentences(p.reason)));
            continue;
        }
        set(StatusRow, p.status == PlanStatus::Optimal ? tr("Optimal") : tr("Feasible, not proven the best"));
        set(MoneyRow, money(p.totals.cost, currency));
        set(HoursRow, tr("%L1 h").arg(p.totals.hours, 0, 'f', 0));
        set(WeeksRow, QLocale().toString(p.totals.weeks));
        set(DoneRow, dateText(p.totals.completion));
        set(CountRow, QLocale().toString(static_cast<int>(p.credentials.size())));
        if (const Goal* g = session_->catalog().findGoal(p.goal); g && g->kind == Goal::Kind::Credits)
            set(CreditsRow, text::PlanWords(currency, text::Format::user()).credits(p, g->minCredits));
        QStringList titles;
        for (const auto& pc : p.credentials)
            titles << tr("%1 (%2)").arg(shown(pc.title), money(pc.cost, currency));
        set(CredentialsRow, titles.isEmpty() ? tr("None: the goal is already met") : titles.join(QLatin1Char('\n')));
    }
    showDifferences(r.plans[0], r.plans[1]);
    fitTable();
    const QString first = goalTitle(comparison_->firstGoal());
    const QString second = goalTitle(comparison_->secondGoal());
    for (const auto& need : r.sharedSkills) {
        auto* item = new QListWidgetItem(need.firstLevel == need.secondLevel ? skillText(need.skill, need.firstLevel)
                                                                             : tr("%1 (level %2 for %3, %4 for %5)")
                                                                                   .arg(skillName(need.skill))
                                                                                   .arg(need.firstLevel)
                                                                                   .arg(first)
                                                                                   .arg(need.secondLevel)
                                                                                   .arg(second),
                                         sharedSkills_);
        item->setData(Qt::UserRole, qs(need.skill));
    }
    for (const auto& need : r.firstOnlySkills)
        (new QListWidgetItem(skillText(need.skill, need.firstLevel), firstOnlySkills_))
            ->setData(Qt::UserRole, qs(need.skill));
    for (const auto& need : r.secondOnlySkills)
        (new QListWidgetItem(skillText(need.skill, need.secondLevel), secondOnlySkills_))
            ->setData(Qt::UserRole, qs(need.skill));
    for (const auto& id : r.sharedCredentials) {
        const Credential* c = session_->catalog().findCredential(id);
        (new QListWidgetItem(c ? shown(c->title) : qs(id), sharedCredentials_))->setData(Qt::UserRole, qs(id));
    }
    sharedHeading_->setText(tr("Skills both goals name (%L1)").arg(r.sharedSkills.size()));
    firstOnlyHeading_->setText(tr("Only %1 (%L2)").arg(first).arg(r.firstOnlySkills.size()));
    secondOnlyHeading_->setText(tr("Only %1 (%L2)").arg(second).arg(r.secondOnlySkills.size()));
    credentialsHeading_->setText(tr("Credentials in both plans (%L1)").arg(r.sharedCredentials.size()));
    for (auto* list : {sharedSkills_, firstOnlySkills_, secondOnlySkills_, sharedCredentials_})
        if (list->count() == 0) {
            auto* none = new QListWidgetItem(tr("None"), list);
            none->setForeground(palette().brush(QPalette::PlaceholderText));
        }
}

void GoalComparisonDialog::showDifferences(const Plan& first, const Plan& second) {
    if (!hasPlan(first.status) || !hasPlan(second.status))
        return;
    const auto set = [this](int row, const QString& text) {
        auto* item = new QTableWidgetItem(text);
        item->setToolTip(tr("What the second goal's plan needs beside the first's"));
        table_->setItem(row, 2, item);
    };
    const std::string& currency = session_->catalog().currency;
    const double cost = std::round((second.totals.cost - first.totals.cost) * 100) / 100;
    set(MoneyRow, cost > 0   ? tr("%1 more").arg(money(cost, currency))
                  : cost < 0 ? tr("%1 less").arg(money(-cost, currency))
                             : tr("The same"));
    const double hours = std::round(second.totals.hours - first.totals.hours);
    set(HoursRow, hours > 0   ? tr("%L1 h more").arg(hours, 0, 'f', 0)
                  : hours < 0 ? tr("%L1 h fewer").arg(-hours, 0, 'f', 0)
                              : tr("The same"));
    const int weeks = second.totals.weeks - first.totals.weeks;
    set(WeeksRow, weeks > 0 ? tr("%L1 more").arg(weeks) : weeks < 0 ? tr("%L1 fewer").arg(-weeks) : tr("The same"));
    const long days = static_cast<long>(second.totals.completion.days() - first.totals.completion.days());
    if (days == 1 || days == -1)
        set(DoneRow, days > 0 ? tr("1 day later") : tr("1 day sooner"));
    else
        set(DoneRow, days > 0   ? tr("%L1 days later").arg(days)
                     : days < 0 ? tr("%L1 days sooner").arg(-days)
                                : tr("The same day"));
    const int count = static_cast<int>(second.credentials.size()) - static_cast<int>(first.credentials.size());
    set(CountRow, count > 0 ? tr("%L1 more").arg(count) : count < 0 ? tr("%L1 fewer").arg(-count) : tr("The same"));
}

void GoalComparisonDialog::setHeaders(const QStringList& titles) {
    for (int column = 0; column < titles.size(); ++column) {
        auto* item = new QTableWidgetItem(titles[column]);
        item->setToolTip(titles[column]);
        table_->setHorizontalHeaderItem(column, item);
    }
}

void GoalComparisonDialog::fitTable() {
    table_->resizeRowsToContents();
    const int height =
        table_->horizontalHeader()->sizeHint().height() + table_->verticalHeader()->length() + 2 * table_->frameWidth();
    // No taller than its rows; a long list of credentials scrolls rather than pushing the skills
    // off the dialog.
    table_->setMaximumHeight(height);
    table_->setMinimumHeight(std::min(height, 180));
}

} // namespace cairn::app
