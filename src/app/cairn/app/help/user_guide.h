#pragma once

#include <QCoreApplication>
#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QLocale>
#include <QString>

class QTextBrowser;

namespace cairn::app {

/// One row of the guide's keyboard table: the keys and where the command is found.
struct ShortcutEntry {
    QList<QKeySequence> keys;
    QString where; ///< "Plan ▸ Pin into plan", or the panel a shortcut works in
    QString what;  ///< what it does, when `where` does not say it already; may be empty
};

/// The user guide bundled with the app (:/help/user-guide*.html), for a career changer and for
/// an advisor. Its table of keyboard shortcuts is made from the window's own actions, so it
/// names the keys that really work.
class UserGuide {
    Q_DECLARE_TR_FUNCTIONS(UserGuide)

public:
    /// The guide's resource in the locale's language, English when there is none for it.
    static QString resourcePath(const QLocale& locale);
    /// The guide as HTML with its keyboard table filled in. Empty when the resource is missing,
    /// which a test keeps from happening.
    static QString html(const QLocale& locale, const QList<ShortcutEntry>& shortcuts);
    /// The keyboard table alone, keys written as the platform and language write them
    /// ("Ctrl+Shift+P"; "Strg+Umschalt+P" in German).
    static QString shortcutsTable(const QList<ShortcutEntry>& shortcuts);
};

/// A window showing the guide; links to the web open in the browser, links within the guide
/// move within it.
class UserGuideDialog : public QDialog {
    Q_OBJECT

public:
    explicit UserGuideDialog(const QString& html, QWidget* parent = nullptr);
    [[nodiscard]] QTextBrowser* browser() const { return browser_; }

private:
    QTextBrowser* browser_;
};

} // namespace cairn::app
