#include "cairn/app/panels/credential_details.h"

#include "cairn/app/common/qt_convert.h"
#include "cairn/app/common/reason_words.h"
#include "cairn/app/common/requirement_words.h"
#include "cairn/app/common/status_style.h"
#include "cairn/app/session/planning_session.h"

#include <QLocale>
#include <QStringList>
#include <cairn/engine/holdings.h>
#include <cairn/text/format.h>
#include <cairn/text/offer_words.h>

namespace cairn::app {

namespace {
QString esc(const std::string& text) {
    return qs(text).toHtmlEscaped();
}

/// What of a requirement is still unmet: the unmet members of an "all of", or the whole choice.
/// Worded here, not taken from the planner's English, so it follows the translation.
QStringList unmetParts(const Requirement& r, const Holdings& held, const RequirementWords& words) {
    if (isSatisfied(r, held))
        return {};
    if (r.kind != Requirement::Kind::All)
        return {words.describe(r)};
    QStringList parts;
    for (const auto& member : r.members)
        parts << unmetParts(member, held, words);
    return parts;
}

QString row(const QString& label, const QString& value) {
    return QStringLiteral("<tr><td style='padding-right:10px'><b>%1</b></td><td>%2</td></tr>").arg(label, value);
}
} // namespace

QString CredentialDetails::html(const PlanningSession& session, const std::string& credentialId) {
    const Catalog& catalog = session.catalog();
    const Credential* c = catalog.findCredential(credentialId);
    if (!c)
        return {};
    const QLocale locale;
    const RequirementWords words(catalog);
    QString out;
    out += QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3>").arg(esc(c->title));
    QString provider = esc(c->provider);
    if (!c->url.empty())
        provider = QStringLiteral("<a href='%1'>%2</a>").arg(esc(c->url), provider.isEmpty() ? esc(c->url) : provider);
    out += QStringLiteral("<p style='margin-top:0'>%1</p>").arg(provider);

    const CredentialStatus status = session.status(credentialId);
    QString statusText = StatusStyle::name(status);
    if (session.isPinned(credentialId))
        statusText += tr(", pinned into the plan");
    if (session.isExcluded(credentialId))
        statusText += tr(", excluded from plans");
    out += QStringLiteral("<p><b>%1</b></p>").arg(statusText.toHtmlEscaped());
    if (status == CredentialStatus::Locked) {
        QStringList missing;
        const Holdings held = Holdings::fromProfile(session.profile(), catalog);
        for (const QString& m : unmetParts(c->prerequisites, held, words))
            missing << m.toHtmlEscaped();
        if (!missing.isEmpty())
            out += QStringLiteral("<p>%1 %2</p>").arg(tr("Still missing:"), missing.join(QStringLiteral("; ")));
    }
    if (!c->description.empty())
        out += QStringLiteral("<p>%1</p>").arg(esc(c->description));

    out += QStringLiteral("<table>");
    // A credential without a price of its own is sold only through the offers listed below: not free.
    QString cost = !c->hasCost    ? tr("Only through an offer")
                   : c->cost == 0 ? tr("Free")
                                  : money(c->cost, catalog.currency);
    QString hours = tr("%1 hours").arg(locale.toString(c->hours, 'f', 0));
    for (const auto& e : c->estimated) {
        if (e == "cost")
            cost += tr(" (estimate)");
        if (e == "hours")
            hours += tr(" (estimate)");
    }
    out += row(tr("Cost"), cost.toHtmlEscaped());
    if (const auto offers = catalog.offersFor(*c); !offers.empty()) {
        const text::OfferWords offerWords(catalog.currency, text::Format::user());
        QStringList sold;
        for (int o : offers) {
            const Offer& offer = catalog.offers[static_cast<std::size_t>(o)];
            sold << tr("%1: %2")
                        .arg(qs(offer.title.empty() ? offer.id : offer.title), offerWords.price(offer))
                        .toHtmlEscaped();
        }
        out += row(c->hasCost ? tr("Also sold through") : tr("Sold through"), sold.join(QStringLiteral("<br>")));
    }
    out += row(tr("Effort"), hours.toHtmlEscaped());
    if (c->pace.isCohort()) {
        QStringList starts;
        for (const auto& d : c->pace.starts)
            starts << dateText(d);
        out += row(tr("Pace"), tr("Cohort of %n weeks", nullptr, c->pace.weeks).toHtmlEscaped());
        out += row(tr("Starts"), starts.isEmpty() ? tr("No start dates announced") : starts.join(QStringLiteral(", ")));
    } else {
        out += row(tr("Pace"), tr("Self-paced: start any day"));
    }
    QStringList grants;
    for (const auto& g : c->grants)
        grants << words.item(Requirement::skill(g.skill, g.level)).toHtmlEscaped();
    out += row(tr("Grants"), grants.isEmpty() ? tr("No skills") : grants.join(QStringLiteral("<br>")));
    out += row(tr("Needs"), words.describe(c->prerequisites).toHtmlEscaped());
    QStringList credits;
    for (const auto& offer : c->credits) {
        const Program* p = catalog.findProgram(offer.program);
        credits << tr("%1 toward %2")
                       .arg(text::Format::user().credits(offer.credits))
                       .arg(p ? esc(p->title) : esc(offer.program));
    }
    if (!credits.isEmpty())
        out += row(tr("Credit"), credits.join(QStringLiteral("<br>")));
    if (!c->tags.empty()) {
        QStringList tags;
        for (const auto& t : c->tags)
            tags << esc(t);
        out += row(tr("Tags"), tags.join(QStringLiteral(", ")));
    }
    out += QStringLiteral("</table>");

    if (const PlannedCredential* pc = session.planned(credentialId)) {
        out +=
            QStringLiteral("<p><b>%1</b> %2 – %3</p>").arg(tr("In the plan:"), dateText(pc->start), dateText(pc->end));
        QStringList why;
        const ReasonWords reasons(catalog);
        for (const auto& r : pc->why)
            why << QStringLiteral("<li>%1</li>").arg(reasons.sentence(r).toHtmlEscaped());
        if (!why.isEmpty())
            out += QStringLiteral("<ul style='margin-top:0'>%1</ul>").arg(why.join(QString()));
    }
    if (!c->source.empty() || !c->asOf.empty())
        out += QStringLiteral("<p><small>%1</small></p>")
                   .arg(tr("Figures from %1, read %2").arg(esc(c->source), esc(c->asOf.empty() ? "—" : c->asOf)));
    return out;
}

} // namespace cairn::app
