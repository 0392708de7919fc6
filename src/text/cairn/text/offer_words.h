#pragma once

#include "cairn/text/format.h"

#include <QCoreApplication>
#include <QString>
#include <cairn/engine/plan.h>

namespace cairn::text {

/// How a plan pays through offers, in words: what kind of offer, the periods paid, and how the
/// money depends on the learner's pace. The planner gives the figures (Plan::payments,
/// Plan::paceCosts); this writes them for the window and the report.
class OfferWords {
    Q_DECLARE_TR_FUNCTIONS(OfferWords)

public:
    /// `currency`: the catalog's.
    OfferWords(std::string currency, Format format) : currency_(std::move(currency)), format_(std::move(format)) {}

    /// "Monthly subscription", "Yearly subscription", "One-time", "Bundle".
    [[nodiscard]] static QString kind(const OfferPayment& payment);
    /// What an offer of the catalog costs: "$49 a month", "$399 a year", "$150 each" (one-time),
    /// "$497 for all it covers" (bundle).
    [[nodiscard]] QString price(const Offer& offer) const;
    /// The periods a subscription is paid for: "5 months", "1 year"; empty for other kinds.
    [[nodiscard]] static QString periods(const OfferPayment& payment);
    /// What was paid, as a sum: "5 months × $49", "1 year × $399", "2 × $150", "one price for 2
    /// credentials".
    [[nodiscard]] QString paidFor(const OfferPayment& payment) const;
    /// "$245 at 10 h a week; $441 at 5 h; $147 at 20 h": the learner's own pace first, then the
    /// others slowest first. Empty when the plan pays no subscription.
    [[nodiscard]] QString pace(const Plan& plan) const;
    /// Why a shared subscription or bundle is used: "Its 2 credentials would cost $490 bought one
    /// by one, $91 more." Empty for a payment nothing shares (OfferPayment::separately is 0).
    [[nodiscard]] QString separately(const OfferPayment& payment) const;
    /// Sentences that explain how `to` pays otherwise than `from`: each offer it now pays
    /// through, with what its credentials would cost one by one, and each it no longer uses.
    /// Empty when both pay through the same offers.
    [[nodiscard]] QStringList switched(const Plan& from, const Plan& to) const;

private:
    std::string currency_;
    Format format_;
};

} // namespace cairn::text
