#pragma once

#include <QCoreApplication>
#include <QString>

namespace cairn::app {

/// The text of Help ▸ About: version and revision, what Cairn does, the data it works with,
/// its licence and the licences of the occupation data it ships (ESCO and O*NET, CC BY 4.0,
/// which asks for this attribution wherever the data is shown).
class AboutBox {
    Q_DECLARE_TR_FUNCTIONS(AboutBox)

public:
    /// HTML for QMessageBox::about; `dataDescription` says which workspace or catalog is open.
    [[nodiscard]] static QString html(const QString& dataDescription);
};

} // namespace cairn::app
