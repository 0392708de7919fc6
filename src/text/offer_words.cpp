#include "cairn/text/offer_words.h"

#include <algorithm>
#include <cairn/engine/plan_diff.h>
#include <cmath>

namespace cairn::text {

namespace {

/// The payment of `plan` through `offer`, which diffPlans() took from that plan.
const OfferPayment& paymentOf(const Plan& plan, const std::string& offer) {
    return *std::find_if(plan.payments.begin(), plan.payments.end(),
                         [&](const OfferPayment& p) { return p.offer == offer; });
}

QString titleOf(const OfferPayment& p) {
    return QString::fromStdString(p.title.empty() ? p.offer : p.title);
}

} // namespace

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

QString OfferWords::price(const Offer& offer) const {
    const QString money = format_.money(offer.price, currency_);
    switch (offer.kind) {
    case Offer::Kind::Subscription:
        return offer.period == Offer::Period::Year ? tr("%1 a year").arg(money) : tr("%1 a month").arg(money);
    case Offer::Kind::Bundle:
        return tr("%1 for all it covers").arg(money);
    case Offer::Kind::OneTime:
        break;
    }
    return tr("%1 each").arg(money);
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

QString OfferWords::separately(const OfferPayment& payment) const {
    if (payment.separately <= 0)
        return {};
    const QString count = QString::number(payment.credentials.size());
    const QString alone = format_.money(payment.separately, currency_);
    const double saved = payment.separately - payment.amount;
    if (saved < 0.005) // a shared offer costing as much is still the plan's (for instance its dates)
        return tr("Its %1 credentials would cost %2 bought one by one.").arg(count, alone);
    return tr("Its %1 credentials would cost %2 bought one by one, %3 more.")
        .arg(count, alone, format_.money(saved, currency_));
}

QStringList OfferWords::switched(const Plan& from, const Plan& to) const {
    const PlanDiff diff = diffPlans(from, to);
    QStringList out;
    for (const std::string& id : diff.offersAdded) {
        const OfferPayment& p = paymentOf(to, id);
        const QString amount = format_.money(p.amount, currency_);
        if (p.separately > p.amount + 0.005)
            out << tr("The plan now pays through %1: %2 for %3 credentials that would cost %4 bought one by one.")
                       .arg(titleOf(p), amount, QString::number(p.credentials.size()),
                            format_.money(p.separately, currency_));
        else
            out << tr("The plan now pays through %1: %2.").arg(titleOf(p), amount);
    }
    QStringList dropped;
    for (const std::string& id : diff.offersDropped)
        dropped << titleOf(paymentOf(from, id));
    if (!dropped.isEmpty()) // "A and B", "A und B": the locale joins the list
        out << tr("The plan no longer pays through %1; it costs %2 now.")
                   .arg(format_.locale().createSeparatedList(dropped), format_.money(to.totals.cost, currency_));
    return out;
}

} // namespace cairn::text
