#pragma once

#include <QDialog>
#include <functional>
#include <memory>

namespace Ui {
class SkillDialog;
}

namespace cairn {
struct Skill;
}

namespace cairn::app {

/// Adds or edits a skill of the catalog. `save` writes it and may refuse it with a sentence,
/// which is shown and keeps the dialog open.
class SkillDialog : public QDialog {
    Q_OBJECT

public:
    using Saver = std::function<QString(const Skill&)>;

    SkillDialog(const Skill* existing, Saver save, QWidget* parent = nullptr);
    ~SkillDialog() override;

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::SkillDialog> ui_;
    Saver save_;
};

} // namespace cairn::app
