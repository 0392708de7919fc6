#include "cairn/text/english_plurals.h"

#include <QCoreApplication>
#include <QTranslator>

namespace cairn::text {

bool useEnglishPlurals(QCoreApplication& app) {
    auto* plurals = new QTranslator(&app);
    if (plurals->load(QStringLiteral(":/translations/cairn_en.qm")) && QCoreApplication::installTranslator(plurals))
        return true;
    delete plurals;
    return false;
}

} // namespace cairn::text
