#include "cairn/text/funding_words.h"

namespace cairn::text {

QString FundingWords::kind(FundingSource::Kind kind) {
    switch (kind) {
    case FundingSource::Kind::Employer:
        return tr("employer");
    case FundingSource::Kind::Grant:
        return tr("grant");
    case FundingSource::Kind::Other:
        return tr("other");
    }
    return {};
}

QString FundingWords::basisChoice(BudgetBasis basis) {
    return basis == BudgetBasis::OutOfPocket ? tr("What the client pays") : tr("All costs");
}

QString FundingWords::basisSentence(BudgetBasis basis) {
    return basis == BudgetBasis::OutOfPocket ? tr("The budget limits what the client pays after the funding sources.")
                                             : tr("The budget limits all the plan's money, funded or not.");
}

QString FundingWords::total(const Plan& plan) const {
    return tr("You pay %1 of %2 yourself.")
        .arg(format_.money(plan.outOfPocket, currency_), format_.money(plan.totals.cost, currency_));
}

QStringList FundingWords::sources(const Plan& plan) const {
    QStringList lines;
    std::string current;
    for (const FundingPaid& paid : plan.funding) {
        const QString amount = tr("%1 in %2").arg(format_.money(paid.amount, currency_), QString::number(paid.year));
        if (!lines.isEmpty() && paid.source == current) {
            lines.back() += QStringLiteral(", ") + amount;
            continue;
        }
        current = paid.source;
        lines << tr("%1 (%2): %3").arg(QString::fromStdString(paid.source), kind(paid.kind), amount);
    }
    return lines;
}

QStringList FundingWords::years(const Plan& plan) const {
    QStringList lines;
    for (const YearMoney& y : plan.years)
        lines << tr("%1: %2 due, %3 funded, you pay %4")
                     .arg(QString::number(y.year), format_.money(y.paid, currency_), format_.money(y.funded, currency_),
                          format_.money(y.outOfPocket, currency_));
    return lines;
}

} // namespace cairn::text
