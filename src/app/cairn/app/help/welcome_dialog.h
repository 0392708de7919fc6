#pragma once

#include <QDialog>

namespace cairn::app {

/// The first start's welcome: what Cairn does, in a few sentences, and three ways in. Also
/// reached from Help → Welcome…. The dialog only says which way was chosen (its result); the
/// window does it.
class WelcomeDialog : public QDialog {
    Q_OBJECT

public:
    /// The dialog's results: Rejected (Esc, closing it) leaves the window as it opened.
    enum Choice { PlanForMyself = QDialog::Accepted + 1, DemoCaseload, ImportCatalog };

    explicit WelcomeDialog(QWidget* parent = nullptr);
};

} // namespace cairn::app
