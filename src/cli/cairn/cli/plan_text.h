#pragma once

#include <QString>
#include <cairn/engine/catalog.h>
#include <cairn/engine/plan.h>
#include <cairn/engine/planner.h>
#include <cairn/engine/profile.h>
#include <vector>

// Plans, fronts and gaps as text a person reads in a terminal.
namespace cairn::cli {

/// `request` (when given) sets the years to hold and the deadline the plan is checked against.
QString planText(const Catalog& catalog, const Profile& profile, const Plan& plan,
                 const PlanRequest* request = nullptr);
QString paretoText(const Catalog& catalog, const std::vector<Plan>& front);
QString gapText(const Catalog& catalog, const Gap& gap);
/// The offers a plan pays for, one line each after a heading; empty when it pays through none.
QString paymentsText(const Plan& plan, const std::string& currency);
/// "Money by pace (same credentials and offers): $441 at 5 h a week; …", one line; empty when
/// the plan pays no subscription.
QString paceText(const Plan& plan, const std::string& currency);
/// One line on the search's progress: the best plan so far, the proven bound and the gap.
QString progressText(const Catalog& catalog, Objective objective, const PlanProgress& progress);
/// The same as one line of JSON: elapsed_ms, nodes, and value, credentials, cost, hours when
/// there is a plan; bound and gap when known.
QString progressJson(const PlanProgress& progress);
/// What the learner pays after funding, what each source pays per year and the money per year;
/// empty unless a source pays something or the plan was made for out-of-pocket money.
QString fundingText(const Plan& plan, const std::string& currency);

} // namespace cairn::cli
