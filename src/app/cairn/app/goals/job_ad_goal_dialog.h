#pragma once

#include <QDialog>
#include <memory>

#ifndef Q_MOC_RUN
#include <cairn/engine/skill_goal.h>
#endif

class QCompleter;

namespace Ui {
class JobAdGoalDialog;
}

namespace cairn::app {

class EscoLoader;

/// Goal → From a job ad…: the person pastes a job posting; Cairn finds the ESCO skills it names
/// (io::SkillMatcher), highlights each phrase in the text and lists it with the skill it maps
/// to. The person unchecks what the ad does not ask for, adds skills by name, sets levels and
/// keeps the result as a goal. The ESCO data is read on a worker thread (EscoLoader).
class JobAdGoalDialog : public QDialog {
    Q_OBJECT

public:
    JobAdGoalDialog(EscoLoader* esco, QWidget* parent = nullptr);
    ~JobAdGoalDialog() override;

    /// The goal as confirmed: every checked skill, essential, at its level.
    [[nodiscard]] SkillGoal goal() const;
    /// Puts `text` in the job-ad field, as pasting it would.
    void setText(const QString& text);

public slots:
    /// Finds the skills the text names; says so when the text is empty, too long or names none.
    void findSkills();
    void accept() override;

private:
    void escoReady();
    /// Adds the skill whose preferred label is the add field's text.
    void addSearchedSkill();

    std::unique_ptr<Ui::JobAdGoalDialog> ui_;
    EscoLoader* esco_;
    QCompleter* completer_ = nullptr;
    QString excerpt_; ///< the start of the text the skills were found in, kept with the goal
};

} // namespace cairn::app
