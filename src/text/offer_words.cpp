#include "cairn/text/offer_words.h"

#include <cmath>

namespace cairn::text {

QString OfferWords::kind(const OfferPayment& payment) {
    switch (payment.kind) {
    case Offer::Kind::Subscription:
        return payment.period == Offer::Period::Year ? tr("Yearly subscription") : tr("Monthly subscription");
    case Offer::Kind::Bundle:
        return tr("Bundle");
    case Offer::Kind::OneTime:
        break;
    }
    return tr("One-time");
}

QString OfferWords::periods(const OfferPayment& payment) {
    if (payment.kind != Offer::Kind::Subscription)
        return {};
    // English has no plural forms without a translation loaded, so one is written apart.
    const int n = payment.periods;
    if (payment.period == Offer::Period::Year)
        return n == 1 ? tr("1 year") : tr("%1 years").arg(n);
    return n == 1 ? tr("1 month") : tr("%1 months").arg(n);
}

QString OfferWords::paidFor(const OfferPayment& payment) const {
    const QString price = format_.money(payment.price, currency_);
    switch (payment.kind) {
    case Offer::Kind::Subscription:
        return tr("%1 × %2").arg(periods(payment), price);
    case Offer::Kind::Bundle:
        return payment.credentials.size() == 1 ? tr("one price for 1 credential")
                                               : tr("one price for %1 credentials").arg(payment.credentials.size());
    case Offer::Kind::OneTime:
        break;
    }
    return tr("%1 × %2").arg(format_.number(static_cast<double>(payment.credentials.size())), price);
}

QString OfferWords::pace(const Plan& plan) const {
    if (plan.paceCosts.empty())
        return {};
    // The learner's own pace leads: it is the plan's money, and the others read against it.
    const PaceCost* own = nullptr;
    for (const PaceCost& p : plan.paceCosts)
        if (std::abs(p.hoursPerWeek - plan.hoursPerWeek) < 1e-9)
            own = &p;
    QStringList parts;
    if (own)
        parts << tr("%1 at %2 h a week").arg(format_.money(own->cost, currency_), format_.number(own->hoursPerWeek));
    for (const PaceCost& p : plan.paceCosts)
        if (&p != own)
            parts << (parts.isEmpty() ? tr("%1 at %2 h a week") : tr("%1 at %2 h"))
                         .arg(format_.money(p.cost, currency_), format_.number(p.hoursPerWeek));
    return parts.join(tr("; "));
}

} // namespace cairn::text
