#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace cairn::app {

/// Asks for a saved plan version's title and the advisor's note in one dialog, wide enough to
/// read a title that runs to a sentence. The title may not be left blank.
class SavePlanDialog : public QDialog {
    Q_OBJECT

public:
    SavePlanDialog(const QString& suggestedTitle, QWidget* parent = nullptr);

    [[nodiscard]] QString title() const;
    [[nodiscard]] QString note() const;
    [[nodiscard]] QLineEdit* titleEdit() const { return title_; }
    [[nodiscard]] QPlainTextEdit* noteEdit() const { return note_; }

    /// The narrowest the dialog is drawn, so a title and a note line can be read in full.
    static constexpr int kMinimumWidth = 420;

private:
    QLineEdit* title_;
    QPlainTextEdit* note_;
};

} // namespace cairn::app
