#include "cairn/app/shell/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace cairn::app {

QStringList Translations::searchPath() {
    return {QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/cairn/translations")),
            QStringLiteral(":/translations")};
}

QStringList Translations::available() {
    QStringList languages{QStringLiteral("en")};
    for (const QString& dir : searchPath()) {
        for (const QString& file : QDir(dir).entryList({QStringLiteral("cairn_*.qm")}, QDir::Files)) {
            const QString language = file.mid(6).chopped(3);
            if (!languages.contains(language))
                languages << language;
        }
    }
    return languages;
}

std::vector<QTranslator*> Translations::install(QCoreApplication& app, const QLocale& locale) {
    std::vector<QTranslator*> installed;
    auto* cairn = new QTranslator(&app);
    const auto load = [&](const QLocale& language) {
        for (const QString& dir : searchPath()) {
            // QTranslator tries each of the locale's UI languages in turn, de_DE then de.
            if (cairn->load(language, QStringLiteral("cairn"), QStringLiteral("_"), dir))
                return true;
        }
        return false;
    };
    // A language without a translation reads English, with English's singular for counted texts.
    const bool found = load(locale) || load(QLocale(QLocale::English, QLocale::UnitedStates));
    if (!found || !QCoreApplication::installTranslator(cairn)) {
        delete cairn;
        return installed;
    }
    installed.push_back(cairn);
    // Qt's own texts (OK, Cancel, the file dialogs) in the same language, only when Cairn's are
    // translated too: a French Qt dialog in an English Cairn would read worse than all English.
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(cairn->language()), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)) &&
        QCoreApplication::installTranslator(qt))
        installed.push_back(qt);
    else
        delete qt;
    return installed;
}

} // namespace cairn::app
