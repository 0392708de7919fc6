#include "cairn/text/keeping_words.h"

namespace cairn::text {

QString KeepingWords::money(const FigureSpan& span) const {
    QString text = span.isRange() ? tr("%1–%2, typical %3")
                                        .arg(format_.money(span.low, currency_), format_.money(span.high, currency_),
                                             format_.money(span.typical, currency_))
                                  : format_.money(span.typical, currency_);
    return span.estimated ? tr("%1 (estimated)").arg(text) : text;
}

QString KeepingWords::hours(const FigureSpan& span) const {
    QString text = span.isRange()
                       ? tr("%1–%2 hours, typical %3")
                             .arg(format_.number(span.low), format_.number(span.high), format_.number(span.typical))
                       : tr("%1 hours").arg(format_.number(span.typical));
    return span.estimated ? tr("%1 (estimated)").arg(text) : text;
}

QString KeepingWords::holding(const Holding& h) const {
    const QString years = h.years == 1 ? tr("1 year") : tr("%1 years").arg(h.years);
    QString text = tr("Cost to hold for %1: %2 (%3 to earn, %4 in renewal fees")
                       .arg(years, format_.money(h.total(), currency_), format_.money(h.earn, currency_),
                            format_.money(h.keepMoney, currency_));
    if (h.keepHours > 0)
        text += tr("; %1 hours of continuing education").arg(format_.number(h.keepHours));
    text += h.estimated ? tr("; some fees estimated).") : tr(").");
    return text;
}

QString KeepingWords::event(const KeepingEvent& e, const QString& title) const {
    switch (e.kind) {
    case KeepingEvent::Kind::Renewal: {
        const QString fee = format_.money(e.fee, currency_);
        if (e.retake)
            return e.hours > 0 ? tr("Renew %1 by passing the exam again: %2 and about %3 hours of study.")
                                     .arg(title, fee, format_.number(e.hours))
                               : tr("Renew %1 by passing the exam again: %2.").arg(title, fee);
        if (e.fee == 0)
            return e.hours > 0
                       ? tr("Renew %1: %2 hours of continuing education, no fee.").arg(title, format_.number(e.hours))
                       : tr("Renew %1: no fee.").arg(title);
        return e.hours > 0
                   ? tr("Renew %1: %2 and %3 hours of continuing education.").arg(title, fee, format_.number(e.hours))
                   : tr("Renew %1: %2.").arg(title, fee);
    }
    case KeepingEvent::Kind::YearlyFee:
        return tr("Yearly fee for %1: %2.").arg(title, format_.money(e.fee, currency_));
    case KeepingEvent::Kind::Expiry:
        return tr("%1 expires; the catalog names no way to renew it.").arg(title);
    }
    return {};
}

QString KeepingWords::eventTitle(const KeepingEvent& e, const QString& title) const {
    switch (e.kind) {
    case KeepingEvent::Kind::Renewal:
        return tr("Renew %1").arg(title);
    case KeepingEvent::Kind::YearlyFee:
        return tr("Yearly fee: %1").arg(title);
    case KeepingEvent::Kind::Expiry:
        return tr("%1 expires").arg(title);
    }
    return {};
}

QString KeepingWords::markName(KeepingEvent::Kind kind) const {
    switch (kind) {
    case KeepingEvent::Kind::Renewal:
        return tr("Renewal due");
    case KeepingEvent::Kind::YearlyFee:
        return tr("Yearly fee due");
    case KeepingEvent::Kind::Expiry:
        return tr("Expires");
    }
    return {};
}

QString KeepingWords::heldName(int years) const {
    return years == 1 ? tr("Held (cost to hold: 1 year)") : tr("Held (cost to hold: %1 years)").arg(years);
}

QString KeepingWords::guarantee(const Plan& plan, const PlanRanges& ranges, std::optional<Date> deadline) const {
    if (!hasPlan(plan.status) || plan.credentials.empty())
        return {};
    if (ranges.hasCohort)
        return ranges.hours.isRange() ? tr("With cohorts in the plan, Cairn cannot say when it would finish on the "
                                           "high estimates of hours.")
                                      : QString();
    if (!ranges.highCompletion)
        return ranges.hours.isRange() ? tr("On the high estimates of hours the plan would run past the last date "
                                           "Cairn plans with.")
                                      : QString();
    if (*ranges.highCompletion == plan.totals.completion)
        return {};
    const QString typical = format_.date(plan.totals.completion);
    const QString high = format_.date(*ranges.highCompletion);
    if (deadline && *ranges.highCompletion > *deadline)
        return tr("Done by %1 on typical hours; by %2 on the high estimates, after the deadline of %3.")
            .arg(typical, high, format_.date(*deadline));
    if (deadline)
        return tr("Done by %1 on typical hours; by %2 on the high estimates, still within the deadline.")
            .arg(typical, high);
    return tr("Done by %1 on typical hours; by %2 on the high estimates.").arg(typical, high);
}

} // namespace cairn::text
