#include "detail/keeping_checks.h"

#include "cairn/engine/limits.h"
#include "detail/message_args.h"

#include <set>
#include <string>

namespace cairn::detail {

namespace {

using Code = Message::Code;

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
                add(c, "bad-range", {Code::RangeWithoutCost, {credentialArg(c)}});
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
            add(c, "bad-renewal", {Code::RenewalWithoutValidity, {credentialArg(c)}});
        if (r.periodMonths != 0 || c.validMonths == 0)
            months(c, r.periodMonths, "renewal.period_months");
        if (r.fee)
            number(c, *r.fee, limits::kCost, "renewal.fee");
        number(c, r.yearlyFee, limits::kCost, "renewal.yearly_fee");
        number(c, r.hours, limits::kHours, "renewal.hours");
        if (!r.asOf.empty() && !Date::fromIso(r.asOf))
            add(c, "bad-date", {Code::RenewalAsOfNotADate, {credentialArg(c), arg::text(r.asOf)}});
        for (const auto& id : r.renewedBy) {
            if (id == c.id)
                add(c, "unknown-credential", {Code::RenewedByItself, {credentialArg(c)}});
            else if (!ids_.count(id))
                add(c, "unknown-credential", {Code::RenewedByUnknown, {credentialArg(c), arg::text(id)}});
        }
    }

    void months(const Credential& c, int value, const char* field) {
        if (value < limits::kMinValidMonths || value > limits::kMaxValidMonths)
            add(c, "bad-number",
                {Code::MonthsOutOfRange,
                 {credentialArg(c), arg::text(field), arg::count(value), arg::count(limits::kMinValidMonths),
                  arg::count(limits::kMaxValidMonths)}});
    }

    void number(const Credential& c, double value, const NumberRange& range, const char* field) {
        if (!range.contains(value))
            add(c, "bad-number",
                {Code::NumberOutOfRange, {credentialArg(c), arg::text(field), arg::number(value), arg::range(range)}});
    }

    void range(const Credential& c, const FigureRange& r, double typical, const NumberRange& limit,
               const std::string& figure) {
        const std::string field = figure + "_range";
        number(c, r.low, limit, (field + ".low").c_str());
        number(c, r.high, limit, (field + ".high").c_str());
        if (r.low > r.high)
            add(c, "bad-range",
                {Code::RangeLowAboveHigh,
                 {credentialArg(c), arg::text(field), arg::number(r.low), arg::number(r.high)}});
        else if (typical < r.low || typical > r.high)
            add(c, "bad-range",
                {Code::RangeMissesTypical,
                 {credentialArg(c), arg::text(field), arg::number(r.low), arg::number(r.high), arg::text(figure),
                  arg::number(typical)}});
    }

    void add(const Credential& c, const char* code, Message message) {
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
