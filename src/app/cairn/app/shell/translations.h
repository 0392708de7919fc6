#pragma once

#include <QLocale>
#include <QString>
#include <vector>

class QCoreApplication;
class QTranslator;

namespace cairn::app {

/// Cairn speaks the user's language when it has a translation for it: its own messages from
/// cairn_<language>.qm, and Qt's (the standard buttons and dialogs) from Qt's qtbase_<language>.qm
/// when the system has them (Debian: qt6-translations-l10n). English has a translation only for
/// the singular of texts that count ("1 candidate plan is", written "%n candidate plan(s) are").
class Translations {
public:
    /// Installs the translators for the first of `locale`'s UI languages that Cairn has a
    /// translation for (QLocale::system() takes them from LANGUAGE, LC_ALL, LC_MESSAGES and LANG).
    /// A language Cairn has no translation for gets the English one. The translators belong to
    /// `app`. Called before
    /// any window is made, so every text is translated from the start.
    static std::vector<QTranslator*> install(QCoreApplication& app, const QLocale& locale);

    /// Where Cairn looks for cairn_<language>.qm: the installed share/cairn/translations beside
    /// the binary first (so a translation can be added to an installed Cairn), then the copies
    /// built into the app.
    [[nodiscard]] static QStringList searchPath();

    /// The languages Cairn has translations for, as "de" etc.; English is always available.
    [[nodiscard]] static QStringList available();
};

} // namespace cairn::app
