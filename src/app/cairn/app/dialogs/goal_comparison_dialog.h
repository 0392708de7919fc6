#pragma once

// moc (Qt 6.4) cannot parse libstdc++'s <compare>, which the engine's date.h includes;
// moc needs none of these declarations, so it does not read them.
#ifndef Q_MOC_RUN
#include <cairn/engine/plan.h>
#endif

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace cairn::app {

class GoalComparison;
class PlanningSession;

/// Plan → Compare goals…: the client's current goal beside a second one, each planned with the
/// same objective and limits: money, hours, completion and credentials of each plan, the skills
/// both goals name and those only one names, and the credentials both plans use.
class GoalComparisonDialog : public QDialog {
    Q_OBJECT

public:
    explicit GoalComparisonDialog(PlanningSession* session, QWidget* parent = nullptr);
    ~GoalComparisonDialog() override;

    [[nodiscard]] GoalComparison* comparison() const { return comparison_; }
    /// Chooses the goals by id and compares them (the first defaults to the client's goal).
    void compareWith(const QString& secondGoal, const QString& firstGoal = {});

private:
    void restart();
    void showProgress(int plansDone, qint64 nodes);
    void showResult();
    void clearResult(const QString& message);
    /// The third column: what the second goal's plan needs beside the first's.
    void showDifferences(const Plan& first, const Plan& second);
    void fitTable();
    void setHeaders(const QStringList& titles);
    [[nodiscard]] QString goalTitle(const std::string& goalId) const;
    [[nodiscard]] QString skillName(const std::string& skill) const;
    [[nodiscard]] QString skillText(const std::string& skill, int level) const;

    PlanningSession* session_;
    GoalComparison* comparison_;
    QComboBox* firstGoal_;
    QComboBox* secondGoal_;
    QLabel* status_;
    QProgressBar* progress_;
    QPushButton* stop_;
    QTableWidget* table_;
    QLabel* sharedHeading_;
    QLabel* firstOnlyHeading_;
    QLabel* secondOnlyHeading_;
    QLabel* credentialsHeading_;
    QListWidget* sharedSkills_;
    QListWidget* firstOnlySkills_;
    QListWidget* secondOnlySkills_;
    QListWidget* sharedCredentials_;
};

} // namespace cairn::app
