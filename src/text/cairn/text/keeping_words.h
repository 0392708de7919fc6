#pragma once

#include "cairn/text/format.h"

#include <QCoreApplication>
#include <QString>
#include <cairn/engine/keeping.h>
#include <optional>

namespace cairn::text {

/// What keeping a plan costs and how sure its totals are, in words (docs/planning-model.md,
/// "Keeping a credential" and "Ranges"). The engine gives the figures (cairn/engine/keeping.h).
class KeepingWords {
    Q_DECLARE_TR_FUNCTIONS(KeepingWords)

public:
    KeepingWords(std::string currency, Format format) : currency_(std::move(currency)), format_(std::move(format)) {}

    /// "$1,380", or "$1,200–$1,650, typical $1,380"; "(estimated)" follows an estimated figure.
    [[nodiscard]] QString money(const FigureSpan& span) const;
    /// "120 hours", or "100–160 hours, typical 120".
    [[nodiscard]] QString hours(const FigureSpan& span) const;
    /// "Cost to hold for 3 years: $1,124 ($749 to earn, $375 in renewal fees; 120 hours of
    /// continuing education)."
    [[nodiscard]] QString holding(const Holding& holding) const;
    /// "Renew CompTIA Security+: $150 and 50 hours of continuing education." `title` names the credential.
    [[nodiscard]] QString event(const KeepingEvent& event, const QString& title) const;
    /// A short title for a calendar: "Renew CompTIA Security+", "Yearly fee: CISSP", "CISSP expires".
    [[nodiscard]] QString eventTitle(const KeepingEvent& event, const QString& title) const;
    /// What a timeline's legend calls the mark of an event: "Renewal due", "Yearly fee due", "Expires".
    [[nodiscard]] QString markName(KeepingEvent::Kind kind) const;
    /// What a timeline's legend calls the line of a credential held after it is earned:
    /// "Held (cost to hold: 3 years)".
    [[nodiscard]] QString heldName(int years) const;
    /// "Done by 2027-06-30 on typical hours; by 2027-08-14 on the high estimates, after the deadline."
    /// Empty when the high hours change nothing.
    [[nodiscard]] QString guarantee(const Plan& plan, const PlanRanges& ranges, std::optional<Date> deadline) const;

private:
    std::string currency_;
    Format format_;
};

} // namespace cairn::text
