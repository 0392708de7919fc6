#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <cairn/engine/catalog.h>
#include <cairn/engine/date.h>
#include <cairn/engine/plan.h>
#include <string>
#include <vector>

namespace cairn::app {

/// How one plan differs from another it is compared with: the credentials only in one of
/// them, and the money, hours, credits and completion each way (this plan − the other).
struct PlanChange {
    std::vector<std::string> added;   ///< credential ids in this plan only, in its order
    std::vector<std::string> removed; ///< credential ids in the other plan only, in its order
    double costChange = 0;
    double hoursChange = 0;
    double creditsChange = 0;
    int daysChange = 0; ///< completion date, later is positive
    bool reachesGoal = true;
    bool otherReachesGoal = true;

    bool operator==(const PlanChange&) const = default;
    [[nodiscard]] bool sameCredentials() const { return added.empty() && removed.empty(); }
};

/// `to` compared with `from`.
PlanChange comparePlans(const Plan& from, const Plan& to);

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
