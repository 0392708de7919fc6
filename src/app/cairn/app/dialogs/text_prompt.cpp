#include "cairn/app/dialogs/text_prompt.h"

#include <QInputDialog>
#include <QScreen>
#include <algorithm>

namespace cairn::app {

QString askText(QWidget* parent, const QString& title, const QString& label, const QString& text, bool* ok) {
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("textPrompt"));
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setTextValue(text);
    // Room for about 60 characters, or the whole suggestion when it is longer.
    const QFontMetrics metrics = dialog.fontMetrics();
    const int wanted = std::max(metrics.averageCharWidth() * 60, metrics.horizontalAdvance(text) + 80);
    const int room = dialog.screen() ? dialog.screen()->availableSize().width() * 9 / 10 : wanted;
    dialog.resize(std::max(dialog.sizeHint().width(), std::min(wanted, room)), dialog.sizeHint().height());
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (ok)
        *ok = accepted;
    return accepted ? dialog.textValue() : QString();
}

} // namespace cairn::app
