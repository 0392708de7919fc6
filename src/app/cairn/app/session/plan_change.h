#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <cairn/engine/catalog.h>
#include <cairn/engine/date.h>
#include <cairn/engine/plan.h>
#include <cairn/engine/plan_diff.h>
#include <string>
#include <vector>

namespace cairn::app {

/// How one plan differs from another it is compared with: the engine's plan diff, computed
/// once for the store's saved versions and the app's candidates and goals alike.
using PlanChange = PlanDiff;

/// `to` compared with `from`.
inline PlanChange comparePlans(const Plan& from, const Plan& to) {
    return diffPlans(from, to);
}

/// What changed, in sentences a client reads: "Adds Google Data Analytics.", "Costs $120 less
/// and takes 14 more hours.", "Done 3 weeks sooner, by 2 Jun 2027." Credentials are named by
/// their titles in `catalog` (by id when it no longer has them).
class PlanChangeWords {
    Q_DECLARE_TR_FUNCTIONS(PlanChangeWords)

public:
    static QStringList describe(const PlanChange& change, const Catalog& catalog, Date toCompletion);
    /// "Google Data Analytics, SQL Basics" — a credential list for a table cell.
    static QString titles(const std::vector<std::string>& ids, const Catalog& catalog);
    /// "+$120", "−$35", "±0" in the catalog's currency.
    static QString signedMoney(double amount, const std::string& currency);
    static QString signedNumber(double amount, int decimals = 0);
};

} // namespace cairn::app
