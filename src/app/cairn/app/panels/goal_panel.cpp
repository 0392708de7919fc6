#include "cairn/app/panels/goal_panel.h"

#include "cairn/app/common/editor_ranges.h"
#include "cairn/app/common/qt_convert.h"
#include "cairn/app/session/planning_session.h"
#include "cairn/app/undo/goal_command.h"
#include "cairn/app/undo/set_profile_value_command.h"
#include "ui_goal_panel.h"

#include <QCompleter>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QUndoStack>
#include <cairn/text/funding_words.h>

namespace cairn::app {

using Field = SetProfileValueCommand::Field;

GoalPanel::GoalPanel(PlanningSession* session, QWidget* parent)
    : QWidget(parent), ui_(std::make_unique<Ui::GoalPanel>()), session_(session) {
    ui_->setupUi(this);
    applyRange(ui_->budgetSpin, limits::kBudget);
    applyRange(ui_->hoursSpin, limits::kHoursPerWeek);
    applyDateRange(ui_->startEdit);
    applyDateRange(ui_->deadlineEdit);
    const std::pair<Objective, QString> objectives[] = {{Objective::Cost, tr("Cheapest")},
                                                        {Objective::Effort, tr("Fewest hours")},
                                                        {Objective::Balanced, tr("Balanced")},
                                                        {Objective::Time, tr("Soonest")},
                                                        {Objective::CostToHold, tr("Cheapest to hold")},
                                                        {Objective::OutOfPocket, tr("Least out of pocket")}};
    for (const auto& [objective, label] : objectives)
        ui_->objectiveCombo->addItem(label, static_cast<int>(objective));
    ui_->objectiveCombo->setToolTip(tr("Cheapest: least money. Fewest hours: least effort. Balanced: money plus the "
                                       "value of the client's time. Soonest: earliest completion. Cheapest to hold: "
                                       "money to earn plus the renewal fees for the years to hold. Least out of "
                                       "pocket: what the client pays after the funding sources."));
    ui_->holdYearsSpin->setRange(limits::kMinHoldYears, limits::kMaxHoldYears);
    ui_->holdYearsSpin->setValue(session_->holdYears());
    ui_->holdYearsSpin->setSuffix(tr(" yrs")); // short: the goal bar fits a 1024-pixel screen in German too
    ui_->goalCombo->lineEdit()->setPlaceholderText(tr("Type to find a role or degree…"));
    ui_->goalCombo->completer()->setFilterMode(Qt::MatchContains);
    ui_->goalCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    ui_->goalCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    ui_->startEdit->setDisplayFormat(datePattern(DateStyle::Full));
    ui_->deadlineEdit->setDisplayFormat(datePattern(DateStyle::Full));

    connect(ui_->clientCombo, &QComboBox::activated, this, [this](int index) {
        const QString id = ui_->clientCombo->itemData(index).toString();
        if (!id.isEmpty()) {
            emit clientChosen(id);
            return;
        }
        // "More clients…": the list stays on the client who is open.
        setCurrentClient(session_->clientId());
        emit moreClientsWanted();
    });
    connect(ui_->newClientButton, &QToolButton::clicked, this, &GoalPanel::newClientRequested);
    connect(ui_->goalCombo, &QComboBox::activated, this, [this](int index) {
        GoalCommand::pushGoal(session_, ui_->goalCombo->itemData(index).toString().toStdString());
    });
    connect(ui_->goalCombo->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        chooseGoalFromText();
        showTitleStart();
    });
    connect(ui_->holdYearsSpin, &QSpinBox::valueChanged, session_, &PlanningSession::setHoldYears);
    connect(session_, &PlanningSession::holdYearsChanged, this, [this] {
        const QSignalBlocker block(ui_->holdYearsSpin);
        ui_->holdYearsSpin->setValue(session_->holdYears());
    });
    connect(ui_->objectiveCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        GoalCommand::pushObjective(session_, static_cast<Objective>(ui_->objectiveCombo->itemData(index).toInt()));
    });
    connect(ui_->budgetCheck, &QCheckBox::toggled, this, [this](bool on) {
        ui_->budgetSpin->setEnabled(on);
        pushValue(static_cast<int>(Field::Budget), on ? QVariant(ui_->budgetSpin->value()) : QVariant());
    });
    connect(ui_->budgetSpin, &QDoubleSpinBox::valueChanged, this,
            [this](double value) { pushValue(static_cast<int>(Field::Budget), value); });
    connect(ui_->hoursSpin, &QDoubleSpinBox::valueChanged, this,
            [this](double value) { pushValue(static_cast<int>(Field::HoursPerWeek), value); });
    connect(ui_->startEdit, &QDateEdit::dateChanged, this,
            [this](const QDate& date) { pushValue(static_cast<int>(Field::Start), date); });
    connect(ui_->deadlineCheck, &QCheckBox::toggled, this, [this](bool on) {
        ui_->deadlineEdit->setEnabled(on);
        pushValue(static_cast<int>(Field::Deadline), on ? QVariant(ui_->deadlineEdit->date()) : QVariant());
    });
    connect(ui_->deadlineEdit, &QDateEdit::dateChanged, this,
            [this](const QDate& date) { pushValue(static_cast<int>(Field::Deadline), date); });

    connect(session_, &PlanningSession::catalogChanged, this, &GoalPanel::fillGoals);
    connect(session_, &PlanningSession::goalChanged, this, &GoalPanel::fillGoals);
    connect(session_, &PlanningSession::profileChanged, this, &GoalPanel::loadProfile);
    connect(session_, &PlanningSession::objectiveChanged, this, [this] {
        const QSignalBlocker block(ui_->objectiveCombo);
        ui_->objectiveCombo->setCurrentIndex(ui_->objectiveCombo->findData(static_cast<int>(session_->objective())));
    });
    fillGoals();
    loadProfile();
}

GoalPanel::~GoalPanel() = default;

void GoalPanel::setClients(const std::vector<ClientEntry>& clients, const QString& current, int total) {
    const QSignalBlocker block(ui_->clientCombo);
    ui_->clientCombo->clear();
    for (const auto& c : clients)
        ui_->clientCombo->addItem(c.name, c.id);
    const int listed = static_cast<int>(clients.size());
    if (total > listed) {
        ui_->clientCombo->insertSeparator(ui_->clientCombo->count());
        ui_->clientCombo->addItem(tr("More clients (%L1 in all): find them in the caseload…").arg(total), QString());
    }
    setCurrentClient(current);
}

void GoalPanel::setCurrentClient(const QString& clientId) {
    const QSignalBlocker block(ui_->clientCombo);
    ui_->clientCombo->setCurrentIndex(ui_->clientCombo->findData(clientId));
}

void GoalPanel::focusGoal() {
    ui_->goalCombo->setFocus(Qt::ShortcutFocusReason);
    ui_->goalCombo->lineEdit()->selectAll();
}

void GoalPanel::fillGoals() {
    const QSignalBlocker block(ui_->goalCombo);
    ui_->goalCombo->clear();
    std::vector<const Goal*> goals;
    for (const auto& g : session_->catalog().goals)
        goals.push_back(&g);
    // The client's own goals first (Goal → Edit own goal… works on them), then roles, then degree
    // programs, each alphabetically.
    const auto rank = [this](const Goal* g) {
        return session_->ownGoal(g->id) ? 0 : g->kind == Goal::Kind::Career ? 1 : 2;
    };
    std::stable_sort(goals.begin(), goals.end(), [&](const Goal* a, const Goal* b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        return QString::localeAwareCompare(qs(a->title), qs(b->title)) < 0;
    });
    for (const Goal* g : goals) {
        const QString kind = rank(g) == 0 ? tr("Own goal") : rank(g) == 1 ? tr("Role") : tr("Degree");
        ui_->goalCombo->addItem(QStringLiteral("%1 — %2").arg(shown(g->title), kind), qs(g->id));
        ui_->goalCombo->setItemData(ui_->goalCombo->count() - 1, qs(g->description), Qt::ToolTipRole);
    }
    ui_->goalCombo->setCurrentIndex(ui_->goalCombo->findData(qs(session_->goal())));
    if (session_->goal().empty())
        ui_->goalCombo->clearEditText();
    showTitleStart();
}

void GoalPanel::showTitleStart() {
    // A line edit keeps its cursor at the end of a text set into it, so a title longer than
    // the box showed only its last words ("…Analytics Professional Certificate — Role").
    // It runs when a goal is chosen or the list refilled, never while the person types.
    ui_->goalCombo->lineEdit()->setCursorPosition(0);
}

void GoalPanel::chooseGoalFromText() {
    const QString text = ui_->goalCombo->currentText().trimmed();
    if (text.isEmpty())
        return;
    int index = ui_->goalCombo->findText(text, Qt::MatchFixedString);
    if (index < 0)
        index = ui_->goalCombo->findText(text, Qt::MatchStartsWith);
    if (index < 0)
        index = ui_->goalCombo->findText(text, Qt::MatchContains);
    if (index < 0)
        return;
    ui_->goalCombo->setCurrentIndex(index);
    GoalCommand::pushGoal(session_, ui_->goalCombo->itemData(index).toString().toStdString());
}

void GoalPanel::loadProfile() {
    const Profile& p = session_->profile();
    const QSignalBlocker b1(ui_->budgetCheck), b2(ui_->budgetSpin), b3(ui_->hoursSpin), b4(ui_->startEdit),
        b5(ui_->deadlineCheck), b6(ui_->deadlineEdit);
    // The currency symbol where the user's locale writes it: "$5,000" but "5.000 $" in German.
    const QString zero = money(0, session_->catalog().currency);
    const QString symbol = QString(zero).remove(QRegularExpression(QStringLiteral("[0-9.,]"))).trimmed();
    const bool symbolFirst = zero.indexOf(QLatin1Char('0')) > zero.indexOf(symbol);
    ui_->budgetSpin->setPrefix(symbolFirst ? symbol : QString());
    ui_->budgetSpin->setSuffix(symbolFirst ? QString() : QLatin1Char(' ') + symbol);
    ui_->budgetSpin->setGroupSeparatorShown(true);
    ui_->budgetCheck->setChecked(p.budget.has_value());
    ui_->budgetSpin->setEnabled(p.budget.has_value());
    if (p.budget)
        ui_->budgetSpin->setValue(*p.budget);
    showBudgetBasis();
    ui_->hoursSpin->setValue(p.hoursPerWeek);
    ui_->startEdit->setDate(toQDate(p.start));
    ui_->deadlineCheck->setChecked(p.deadline.has_value());
    ui_->deadlineEdit->setEnabled(p.deadline.has_value());
    ui_->deadlineEdit->setDate(p.deadline ? toQDate(*p.deadline) : toQDate(p.start).addYears(1));
}

void GoalPanel::showBudgetBasis() {
    // The goal bar has no room for the choice itself (it is in the profile): it says which it is.
    const BudgetBasis basis = session_->profile().budgetOn;
    ui_->budgetCheck->setText(basis == BudgetBasis::OutOfPocket ? tr("&Budget: client pays") : tr("&Budget"));
    const QString tip = tr("Limit what the plan may cost. %1 Choose what it limits under Profile, Budget limits.")
                            .arg(text::FundingWords::basisSentence(basis));
    ui_->budgetCheck->setToolTip(tip);
    ui_->budgetSpin->setToolTip(tip);
}

void GoalPanel::pushValue(int field, const QVariant& value) {
    SetProfileValueCommand::pushIfChanged(session_, static_cast<Field>(field), value);
}

} // namespace cairn::app
