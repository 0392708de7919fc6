#pragma once

#include "cairn/text/format.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <cairn/engine/plan.h>

namespace cairn::text {

/// Who pays for a plan (docs/planning-model.md, "Funding and out-of-pocket money"): the engine
/// gives the amounts per source and calendar year (Plan::funding, Plan::years); this words them.
class FundingWords {
    Q_DECLARE_TR_FUNCTIONS(FundingWords)

public:
    FundingWords(std::string currency, Format format) : currency_(std::move(currency)), format_(std::move(format)) {}

    /// "employer", "grant", "other".
    [[nodiscard]] static QString kind(FundingSource::Kind kind);
    /// What a budget on `basis` limits, as a choice: "All costs", "What the client pays".
    [[nodiscard]] static QString basisChoice(BudgetBasis basis);
    /// The same in a sentence: "The budget limits all the plan's money, funded or not."
    [[nodiscard]] static QString basisSentence(BudgetBasis basis);
    /// "You pay $2,750 of $8,000 yourself."
    [[nodiscard]] QString total(const Plan& plan) const;
    /// Per source, in the plan's order: "Acme tuition assistance (employer): $4,000 in 2027, $4,000 in 2028".
    [[nodiscard]] QStringList sources(const Plan& plan) const;
    /// Per calendar year: "2027: $8,000 due, $5,250 funded, you pay $2,750".
    [[nodiscard]] QStringList years(const Plan& plan) const;

private:
    std::string currency_;
    Format format_;
};

} // namespace cairn::text
