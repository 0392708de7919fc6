#pragma once

#include <QWidget>
#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class ProfilePanel;
}

namespace cairn::app {

class PlanningSession;
class SkillLevelModel;

/// The client's profile: name, skills held at levels (with ESCO and O*NET codes), credentials
/// completed and the value of their time. Every change is an undoable command.
class ProfilePanel : public QWidget {
    Q_OBJECT

public:
    explicit ProfilePanel(PlanningSession* session, QWidget* parent = nullptr);
    ~ProfilePanel() override;

    [[nodiscard]] SkillLevelModel* skillModel() const { return skills_; }

signals:
    void credentialClicked(const QString& credentialId);

private:
    void loadFromSession();
    void fillSkillChoices();
    void addSkill();

    std::unique_ptr<Ui::ProfilePanel> ui_;
    PlanningSession* session_;
    SkillLevelModel* skills_;
    QSortFilterProxyModel* skillFilter_;
};

} // namespace cairn::app
