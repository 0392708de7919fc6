#pragma once

#include "cairn/text/format.h"

#include <QCoreApplication>
#include <QString>
#include <cairn/engine/plan.h>

namespace cairn::text {

/// What a plan's status means beyond its name: for a plan not proven the best, the best proven
/// bound and how far the plan can be from it. The planner gives the figures (Plan::bound and
/// Plan::gap, in the objective's unit); this words them.
class PlanWords {
    Q_DECLARE_TR_FUNCTIONS(PlanWords)

public:
    /// `currency`: the catalog's, for a bound on money.
    PlanWords(std::string currency, Format format) : currency_(std::move(currency)), format_(std::move(format)) {}

    /// "No plan costs less than $1,248. This plan is at most 3.2% above the cheapest possible."
    /// Empty when the plan has no bound (an optimal plan, or no plan).
    [[nodiscard]] QString bound(const Plan& plan) const;

    /// A credits goal's credits: "24 of 36", or, when credits the learner earned before count
    /// too, "6 from this plan and 30 earned before it, of 36 needed".
    [[nodiscard]] QString credits(const Plan& plan, double needed) const;

private:
    QString boundOnly(const Plan& plan) const;
    QString gap(const Plan& plan) const;
    /// A plan at its bound (gap 0): its objective is the best possible, and only the tie-break
    /// between plans of that value was cut short.
    QString tieUnsettled(const Plan& plan) const;

    std::string currency_;
    Format format_;
};

} // namespace cairn::text
