#pragma once

#include <QDialog>
#include <QStringList>
#include <cairn/engine/credential.h>
#include <cairn/engine/date.h>
#include <cairn/io/badge_match.h>
#include <memory>
#include <string>
#include <vector>

namespace Ui {
class BadgeImportDialog;
}

namespace cairn::app {

class ClientController;
class PlanningSession;

/// Reads Open Badges and CLR files, matches each achievement to the session's catalog and lists
/// them for the person to confirm: what each is to the catalog, its dates and whether its file
/// carried a proof (not verified). They untick a match to leave it out, choose the credential an
/// achievement is when several share its name, and add one that matches none to the catalog.
/// Below, the skills the achievements' alignments name wait, unticked, for the person to confirm
/// at a level. "Add to profile" then adds the new credentials to the catalog, the chosen ones to
/// the completed credentials and the confirmed skills to the held ones as one undoable edit.
class BadgeImportDialog : public QDialog {
    Q_OBJECT

public:
    /// What an achievement is to the catalog, as its row says.
    enum class State {
        Added,            ///< matched, and it counts: added when ticked
        AlreadyCompleted, ///< matched a credential the profile already has: its dates are kept up to date
        Expired,          ///< matched, but expired before today
        Revoked,          ///< matched, but its file says it was revoked
        SeveralNamed,     ///< more than one credential has its name: the person chooses one, or none
        NoMatch,          ///< no credential of the catalog
    };
    Q_ENUM(State)

    /// The table's columns.
    enum Column { NameColumn, CatalogColumn, IssuerColumn, FormatColumn, IssuedColumn, ExpiresColumn, ProofColumn };

    /// The skill table's columns.
    enum SkillColumn { SkillNameColumn, SkillSourceColumn, SkillHeldColumn, SkillLevelColumn };

    /// Reads `files` now; `today` decides what has expired. `catalog` saves the credentials
    /// added to the catalog; without it, an achievement that matches none cannot be added.
    BadgeImportDialog(PlanningSession* session, const QStringList& files, Date today,
                      ClientController* catalog = nullptr, QWidget* parent = nullptr);
    ~BadgeImportDialog() override;

    [[nodiscard]] int rowCount() const;
    [[nodiscard]] State state(int row) const;
    [[nodiscard]] const io::badges::BadgeRead& read() const { return read_; }
    /// The matches "Add to profile" applies: the ticked rows, with the credential chosen for an
    /// achievement several credentials are named after.
    [[nodiscard]] std::vector<io::badges::Match> chosenMatches() const;
    /// The credentials "Add to profile" adds to the catalog: those of the ticked rows whose
    /// achievement matches none and that the person chose to add.
    [[nodiscard]] std::vector<Credential> newCredentials() const;
    /// The skills the alignments name, as listed, and those ticked at the levels chosen.
    [[nodiscard]] const std::vector<io::badges::AlignedSkill>& alignedSkills() const { return skills_; }
    [[nodiscard]] std::vector<SkillLevel> chosenSkills() const;
    /// How many credentials the last accept() added to the completed ones.
    [[nodiscard]] int added() const { return added_; }

public slots:
    void accept() override;

private:
    void fillRow(int row);
    void fillFailures();
    void chooseCandidate(int row, int comboIndex);
    void offerToCatalog(int row);
    void chooseToCatalog(int row, int comboIndex);
    void fillSkills();
    void fillSkillRow(int row, const QString& namedBy);
    /// Marks a row as counting (a box, ticked) or not (no box).
    void setCounts(int row, bool counts);
    void updateAddButton();

    std::unique_ptr<Ui::BadgeImportDialog> ui_;
    PlanningSession* session_;
    io::badges::BadgeRead read_;
    std::vector<io::badges::Match> matches_;
    ClientController* catalog_;
    std::vector<std::string> chosen_;              ///< per row, the credential chosen among several of one name
    std::vector<bool> toCatalog_;                  ///< per row, whether an achievement that matches none is added
    std::vector<io::badges::AlignedSkill> skills_; ///< each skill once, in the order first named
    QPushButton* addButton_ = nullptr;
    int added_ = 0;
};

} // namespace cairn::app
