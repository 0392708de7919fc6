#pragma once

#include <QDialog>
#include <memory>

#ifndef Q_MOC_RUN
#include <cairn/engine/skill_goal.h>
#endif

namespace Ui {
class OccupationGoalDialog;
}

namespace cairn::app {

class EscoLoader;

/// Goal → From an occupation…: finds an ESCO occupation by its labels or code, or an O*NET
/// occupation by its title or O*NET-SOC code (each marked with its source), shows its essential
/// and optional skills — for O*NET, its in-demand and hot technologies — at the documented default
/// levels (io::GoalLevels), and lets the person choose which to ask for, at what level, and how
/// many of the optional ones. The data is read on a worker thread (EscoLoader); until it is there,
/// only Cancel works.
class OccupationGoalDialog : public QDialog {
    Q_OBJECT

public:
    OccupationGoalDialog(EscoLoader* esco, QWidget* parent = nullptr);
    ~OccupationGoalDialog() override;

    /// The goal as chosen: the occupation's skills that are checked, at their levels.
    [[nodiscard]] SkillGoal goal() const;

public slots:
    void accept() override;

private:
    void escoReady();
    void search();
    void showOccupation();
    void updateOptionalRange();

    std::unique_ptr<Ui::OccupationGoalDialog> ui_;
    EscoLoader* esco_;
    SkillGoal shown_; ///< the selected occupation's goal at the default levels
};

} // namespace cairn::app
