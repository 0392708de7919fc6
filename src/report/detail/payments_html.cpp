#include "detail/payments_html.h"

#include "detail/wording.h"

#include <QCoreApplication>
#include <QStringList>
#include <cairn/text/offer_words.h>

namespace cairn::report::detail {

namespace {

// The context is the one lupdate gives the tr() calls in this file, so translations are found.
QString tr(const char* text) {
    return QCoreApplication::translate("cairn::report::detail", text);
}
QString esc(const std::string& text) {
    return q(text).toHtmlEscaped();
}

QString credentialTitles(const Plan& plan, const std::vector<std::string>& ids) {
    QStringList titles;
    for (const std::string& id : ids) {
        QString title = q(id);
        for (const PlannedCredential& pc : plan.credentials)
            if (pc.id == id)
                title = q(pc.title);
        titles << title.toHtmlEscaped();
    }
    return titles.join(QStringLiteral("<br/>"));
}

} // namespace

QString offerNoteHtml(const ReportInput& input, const PlannedCredential& credential) {
    if (credential.offer.empty())
        return {};
    const OfferPayment* payment = paymentOf(input.plan, credential.offer);
    QString note = tr("through %1").arg(payment ? esc(payment->title) : esc(credential.offer));
    const bool subscription = payment && payment->kind == Offer::Kind::Subscription;
    if (subscription)
        note += QStringLiteral(" · ") + text::OfferWords::periods(*payment).toHtmlEscaped();
    if (sharesItsOffer(input.plan, credential))
        note += (subscription ? QStringLiteral(", ") : QStringLiteral(" · ")) + tr("shared");
    return QStringLiteral("<br/><span class=\"muted\">%1</span>").arg(note);
}

QString paceText(const ReportInput& input, const PdfStyle& style) {
    return text::OfferWords(input.catalog.currency, style.format()).pace(input.plan);
}

QString paymentsHtml(const ReportInput& input, const PdfStyle& style) {
    const Plan& plan = input.plan;
    if (plan.payments.empty())
        return {};
    const text::OfferWords words(input.catalog.currency, style.format());
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("What is paid"));
    html += QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(tr("A subscription is paid for every billing period in which a credential it covers is "
                        "studied; a bundle once for the credentials it covers."));
    html +=
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse: collapse; "
                       "border-color: #c9d1d9; border-style: solid;\" border=\"1\">"
                       "<thead><tr><th width=\"26%\">%1</th><th width=\"16%\">%2</th><th width=\"24%\">%3</th>"
                       "<th width=\"22%\">%4</th><th width=\"12%\" class=\"num\">%5</th></tr></thead>")
            .arg(tr("Offer"), tr("How it is sold"), tr("Paid for"), tr("Credentials"), tr("Amount"));
    const QChar nbsp(0x00A0);
    for (const OfferPayment& p : plan.payments) {
        QString paid = words.paidFor(p).toHtmlEscaped();
        if (p.kind == Offer::Kind::Subscription)
            paid += QStringLiteral("<br/><span class=\"muted\">%1</span>")
                        .arg(style.date(p.start).replace(u' ', nbsp) + QStringLiteral(" – ") +
                             style.date(p.end).replace(u' ', nbsp));
        if (const QString why = words.separately(p); !why.isEmpty()) // the reason the plan shares it
            paid += QStringLiteral("<br/><span class=\"muted\">%1</span>").arg(why.toHtmlEscaped());
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td><td>%4</td><td class=\"num\">%5</td></tr>")
                    .arg(esc(p.title), text::OfferWords::kind(p).toHtmlEscaped(), paid,
                         credentialTitles(plan, p.credentials), style.money(p.amount));
    }
    // Credentials bought at their own price complete the total.
    std::vector<std::string> own;
    double ownMoney = 0;
    for (const PlannedCredential& pc : plan.credentials)
        if (pc.offer.empty()) {
            own.push_back(pc.id);
            ownMoney += pc.cost;
        }
    if (!own.empty())
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td></td><td>%3</td><td class=\"num\">%4</td></tr>")
                    .arg(tr("Own prices"), tr("One-time"), credentialTitles(plan, own), style.money(ownMoney));
    html += QStringLiteral("<tr><td colspan=\"4\"><b>%1</b></td><td class=\"num\"><b>%2</b></td></tr></table>")
                .arg(tr("Total"), style.money(plan.totals.cost));
    if (const QString pace = paceText(input, style); !pace.isEmpty())
        html += QStringLiteral("<p style=\"margin-top: 8px;\">%1 %2</p>")
                    .arg(tr("The same credentials and offers at other paces:"), pace.toHtmlEscaped());
    return html;
}

} // namespace cairn::report::detail
