#include "cairn/report/csv_export.h"

#include "detail/wording.h"

#include <QLocale>
#include <QStringList>
#include <cairn/io/csv_field.h>
#include <cairn/text/reason_words.h>

namespace cairn::report {

namespace {

QString number(double value) {
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

QByteArray renderCsv(const Catalog& catalog, const Plan& plan) {
    using detail::q;
    QByteArray out = "step,id,title,provider,start,end,hours,cost,currency,pace,credits,url,why\r\n";
    if (!hasPlan(plan.status))
        return out;
    int step = 0;
    // A data file: English, like its column names, whatever the window's language.
    const text::ReasonWords reasons(catalog, text::Format::english());
    for (const PlannedCredential& c : plan.credentials) {
        const Credential* credential = catalog.findCredential(c.id);
        QString pace = QStringLiteral("self-paced");
        if (c.cohort || (credential && credential->pace.isCohort()))
            pace = credential && credential->pace.weeks > 0
                       ? QStringLiteral("cohort, %1 weeks").arg(credential->pace.weeks)
                       : QStringLiteral("cohort");
        QStringList why;
        for (const Reason& reason : c.why)
            why << reasons.sentence(reason);
        const QStringList fields = {QString::number(++step),
                                    q(c.id),
                                    q(c.title),
                                    credential ? q(credential->provider) : QString(),
                                    q(c.start.toIso()),
                                    q(c.end.toIso()),
                                    number(c.hours),
                                    number(c.cost),
                                    q(catalog.currency),
                                    pace,
                                    c.creditsCounted > 0 ? number(c.creditsCounted) : QString(),
                                    credential ? q(credential->url) : QString(),
                                    why.join(QStringLiteral("; "))};
        io::appendCsvRecord(out, fields);
    }
    return out;
}

Result writeCsv(const Catalog& catalog, const Plan& plan, const QString& path) {
    return saveFile(renderCsv(catalog, plan), path);
}

} // namespace cairn::report
