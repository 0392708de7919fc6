#pragma once

#include "cairn/engine/credential.h"
#include "cairn/engine/date.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cairn {

struct Catalog;
struct Plan;

/// Someone who pays part of the learner's bills: an employer's tuition assistance, a grant
/// (docs/planning-model.md, "Funding and out-of-pocket money").
struct FundingSource {
    enum class Kind { Employer, Grant, Other };
    enum class CapPer { Year, Total };

    std::string name;
    Kind kind = Kind::Employer;
    double share = 100;        ///< percent of each payment it pays, above 0 to 100
    std::optional<double> cap; ///< the most it pays; none = no cap
    CapPer capPer = CapPer::Year;
    std::vector<std::string> covers; ///< "provider:NAME", "tag:TAG" or "cred:ID"; empty = everything

    /// True when it pays for `credential`: `covers` is empty or names it, its provider or a tag.
    [[nodiscard]] bool coversCredential(const Credential& credential) const;
    bool operator==(const FundingSource&) const = default;
};

/// What a profile's budget limits.
enum class BudgetBasis {
    Total,       ///< all the plan's money
    OutOfPocket, ///< what the learner pays after funding
};

const char* toString(FundingSource::Kind kind);
const char* toString(FundingSource::CapPer per);
const char* toString(BudgetBasis basis);
std::optional<FundingSource::Kind> fundingKindFromString(std::string_view text);
std::optional<FundingSource::CapPer> capPerFromString(std::string_view text);
std::optional<BudgetBasis> budgetBasisFromString(std::string_view text);

/// "provider:NAME", "tag:TAG" or "cred:ID" with a non-empty name: its prefix and name.
bool parseFundingCover(std::string_view item, std::string& prefix, std::string& name);

/// Fills `plan`'s out-of-pocket money: each payment dated by the schedule, each source applied
/// in order, share per payment and cap per calendar year or in total. Without sources the
/// learner pays everything. Needs the credentials' start dates, offers and the plan's payments.
void applyFunding(Plan& plan, const Catalog& catalog, const std::vector<FundingSource>& sources);

} // namespace cairn
