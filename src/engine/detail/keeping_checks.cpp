#include "detail/keeping_checks.h"

#include "cairn/engine/limits.h"
#include "detail/problem_wording.h"

#include <set>
#include <string>

namespace cairn::detail {

namespace {

class KeepingChecker {
public:
    KeepingChecker(const Catalog& catalog, std::vector<Problem>& out) : out_(out) {
        for (const auto& c : catalog.credentials)
            ids_.insert(c.id);
    }

    void credential(const Credential& c) {
        if (c.validMonths != 0)
            months(c, c.validMonths, "valid_months");
        if (c.costRange) {
            if (!c.hasCost)
                add(c, "bad-range", who(c) + " has a cost_range but no cost; a range is around the typical cost.");
            else
                range(c, *c.costRange, c.cost, limits::kCost, "cost");
        }
        if (c.hoursRange)
            range(c, *c.hoursRange, c.hours, limits::kHours, "hours");
        if (c.renewal)
            renewal(c, *c.renewal);
    }

private:
    void renewal(const Credential& c, const Renewal& r) {
        if (c.validMonths == 0)
            add(c, "bad-renewal",
                who(c) + " has a renewal but no valid_months; say how long it is valid before it is renewed.");
        if (r.periodMonths != 0 || c.validMonths == 0)
            months(c, r.periodMonths, "renewal.period_months");
        if (r.fee)
            number(c, *r.fee, limits::kCost, "renewal.fee");
        number(c, r.yearlyFee, limits::kCost, "renewal.yearly_fee");
        number(c, r.hours, limits::kHours, "renewal.hours");
        if (!r.asOf.empty() && !Date::fromIso(r.asOf))
            add(c, "bad-date",
                who(c) + " has renewal.as_of " + quoted(r.asOf) + ", which is not a date written YYYY-MM-DD.");
        for (const auto& id : r.renewedBy) {
            if (id == c.id)
                add(c, "unknown-credential",
                    who(c) + " names itself in renewal.renewed_by; list the other credentials that renew it.");
            else if (!ids_.count(id))
                add(c, "unknown-credential",
                    who(c) + " has renewal.renewed_by " + quoted(id) + ", which is not a credential of the catalog.");
        }
    }

    void months(const Credential& c, int value, const char* field) {
        if (value < limits::kMinValidMonths || value > limits::kMaxValidMonths)
            add(c, "bad-number",
                who(c) + " has " + field + " " + std::to_string(value) + "; " + field + " must be from " +
                    std::to_string(limits::kMinValidMonths) + " to " + std::to_string(limits::kMaxValidMonths) +
                    " months.");
    }

    void number(const Credential& c, double value, const NumberRange& range, const char* field) {
        if (!range.contains(value))
            add(c, "bad-number",
                who(c) + " has " + field + " " + formatNumber(value) + "; " + field + " must be " + range.text() + ".");
    }

    void range(const Credential& c, const FigureRange& r, double typical, const NumberRange& limit,
               const std::string& figure) {
        const std::string field = figure + "_range";
        number(c, r.low, limit, (field + ".low").c_str());
        number(c, r.high, limit, (field + ".high").c_str());
        if (r.low > r.high)
            add(c, "bad-range",
                who(c) + " has " + field + " low " + formatNumber(r.low) + " above high " + formatNumber(r.high) + ".");
        else if (typical < r.low || typical > r.high)
            add(c, "bad-range",
                who(c) + " has " + field + " " + formatNumber(r.low) + " to " + formatNumber(r.high) +
                    ", which does not hold its " + figure + " " + formatNumber(typical) +
                    "; the typical figure lies between low and high.");
    }

    static std::string who(const Credential& c) { return "Credential " + label(c); }

    void add(const Credential& c, const char* code, std::string message) {
        out_.push_back({code, "credential " + c.id, std::move(message), Problem::Severity::Error, c.id});
    }

    std::vector<Problem>& out_;
    std::set<std::string> ids_;
};

} // namespace

void checkKeeping(const Catalog& catalog, std::vector<Problem>& out) {
    KeepingChecker checker(catalog, out);
    for (const auto& c : catalog.credentials)
        checker.credential(c);
}

} // namespace cairn::detail
