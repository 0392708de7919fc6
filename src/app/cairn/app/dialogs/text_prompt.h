#pragma once

#include <QString>

class QWidget;

namespace cairn::app {

/// Asks for one line of text, like QInputDialog::getText, in a dialog wide enough to read a
/// suggested name in full (a candidate's name can run to a sentence). `ok` is false when the
/// person cancels.
QString askText(QWidget* parent, const QString& title, const QString& label, const QString& text, bool* ok);

} // namespace cairn::app
