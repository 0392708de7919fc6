#pragma once

#include "cairn/app/data/conflict.h"

#include <QDialog>

class QDialogButtonBox;
class QPushButton;

namespace cairn::app {

/// Shown when a save of a client, a credential or a skill was refused because someone else saved
/// it since this window read it: the workspace's sentence, a table of the fields that differ
/// (yours, theirs), and the choices Keep mine, Take theirs, Merge (when a free-text field
/// differs) and Cancel.
class ConflictDialog : public QDialog {
    Q_OBJECT

public:
    ConflictDialog(const ConflictView& conflict, QWidget* parent = nullptr);

    /// What the person chose; Cancel until a choice button is pressed.
    [[nodiscard]] ConflictChoice choice() const { return choice_; }

    /// Shows the dialog over `parent` and returns the choice.
    static ConflictChoice ask(const ConflictView& conflict, QWidget* parent);

private:
    QPushButton* addChoice(const QString& text, const QString& name, ConflictChoice choice);

    ConflictChoice choice_ = ConflictChoice::Cancel;
    QDialogButtonBox* buttons_;
};

} // namespace cairn::app
