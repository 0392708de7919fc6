#pragma once

#include <QWidget>
#include <memory>
#include <string>

class QSortFilterProxyModel;

namespace Ui {
class ProfilePanel;
}

namespace cairn::app {

class ClientController;
class FundingModel;
class PlanningSession;
class SkillLevelModel;

/// The client's profile: name, skills held at levels (with ESCO and O*NET codes), credentials
/// completed, the value of their time and who pays (funding sources). Every change is an
/// undoable command.
class ProfilePanel : public QWidget {
    Q_OBJECT

public:
    explicit ProfilePanel(PlanningSession* session, QWidget* parent = nullptr);
    ~ProfilePanel() override;

    [[nodiscard]] SkillLevelModel* skillModel() const { return skills_; }
    [[nodiscard]] FundingModel* fundingModel() const { return funding_; }
    /// Where the badge import adds credentials to the catalog; without it, it adds none.
    void setCatalogEditor(ClientController* editor) { catalogEditor_ = editor; }

public slots:
    /// Asks for Open Badges and CLR files, then lists their achievements to add (BadgeImportDialog).
    void importBadges();

signals:
    void credentialClicked(const QString& credentialId);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    /// The least width at which every label fits beside its field.
    [[nodiscard]] int sideBySideWidth() const;
    void loadFromSession();
    void fillSkillChoices();
    void addSkill();
    void setUpFunding();
    /// The credential's title, with when it was earned and until when it counts where known
    /// on a second line;
    /// `lapsed` when it expired before the plan starts.
    [[nodiscard]] QString completedText(const std::string& id, bool lapsed) const;

    std::unique_ptr<Ui::ProfilePanel> ui_;
    PlanningSession* session_;
    SkillLevelModel* skills_;
    QSortFilterProxyModel* skillFilter_;
    FundingModel* funding_;
    ClientController* catalogEditor_ = nullptr;
};

} // namespace cairn::app
