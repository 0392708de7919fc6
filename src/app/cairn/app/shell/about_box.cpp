#include "cairn/app/shell/about_box.h"

#include "cairn/app/shell/build_info.h"

namespace cairn::app {

QString AboutBox::html(const QString& dataDescription) {
    const auto paragraph = [](const QString& text) { return QStringLiteral("<p>%1</p>").arg(text); };
    QString out = QStringLiteral("<h3>Cairn %1</h3>").arg(buildVersion().toHtmlEscaped());
    out += paragraph(tr("Revision %1").arg(buildRevision().toHtmlEscaped()));
    out += paragraph(tr("Plans the cheapest or fastest pathway of stackable micro-credentials from the skills a "
                        "learner holds to the role or degree they aim for."));
    out += paragraph(tr("Working with %1.").arg(dataDescription.toHtmlEscaped()));
    out += paragraph(tr("Cairn is free software under the GNU General Public License, version 3 or later."));
    // The attributions the CC BY 4.0 licences of ESCO and O*NET ask for, as in README.md and
    // packaging/copyright.
    out += QStringLiteral("<p><b>%1</b><br>%2</p>")
               .arg(tr("Data sources"),
                    tr("This product uses the <a href=\"https://esco.ec.europa.eu\">ESCO</a> classification of the "
                       "European Commission, under the <a href=\"https://creativecommons.org/licenses/by/4.0/\">"
                       "CC BY 4.0</a> licence. The ESCO data has been selected and modified."));
    out += paragraph(tr("This product includes information from the <a href=\"https://www.onetcenter.org\">O*NET 30 "
                        "Database</a> by the U.S. Department of Labor, Employment and Training Administration "
                        "(USDOL/ETA). Used under the <a href=\"https://creativecommons.org/licenses/by/4.0/\">"
                        "CC BY 4.0</a> license. O*NET® is a trademark of USDOL/ETA. The data has been selected and "
                        "modified."));
    return out;
}

} // namespace cairn::app
