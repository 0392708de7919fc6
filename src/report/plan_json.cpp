#include "cairn/report/plan_json.h"

#include "detail/wording.h"

#include <QLocale>
#include <algorithm>
#include <cairn/engine/keeping.h>
#include <cairn/io/json_writer.h>
#include <cairn/text/message_words.h>
#include <cairn/text/reason_words.h>
#include <cmath>

namespace cairn::report {

namespace {

/// Minimal JSON writer with a fixed key order; QJsonDocument sorts keys and indents by four.
class JsonText {
public:
    void raw(const QByteArray& text) { out_ += text; }
    void indent(int level) { out_ += QByteArray(2 * level, ' '); }

    static QByteArray string(const std::string& text) { return io::quoteJsonString(QString::fromStdString(text)); }

    static QByteArray number(double value) {
        if (!std::isfinite(value))
            return "null";
        if (value == std::floor(value) && std::abs(value) < 1e15)
            return QByteArray::number(static_cast<qlonglong>(value));
        return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    }

    QByteArray take() { return std::move(out_); }

private:
    QByteArray out_;
};

/// One offer paid for: subscriptions add their period, the periods paid and their dates.
QByteArray paymentJson(const OfferPayment& p) {
    QByteArray o = "{\"offer\": " + JsonText::string(p.offer) + ", \"title\": " + JsonText::string(p.title) +
                   ", \"kind\": " + JsonText::string(cairn::toString(p.kind));
    if (p.kind == Offer::Kind::Subscription)
        o += ", \"period\": " + JsonText::string(cairn::toString(p.period));
    o += ", \"price\": " + JsonText::number(p.price);
    if (p.kind == Offer::Kind::Subscription)
        o += ", \"periods\": " + JsonText::number(p.periods) + ", \"start\": " + JsonText::string(p.start.toIso()) +
             ", \"end\": " + JsonText::string(p.end.toIso());
    o += ", \"amount\": " + JsonText::number(p.amount);
    if (p.separately > 0)
        o += ", \"separately\": " + JsonText::number(p.separately);
    o += ", \"credentials\": [";
    for (std::size_t i = 0; i < p.credentials.size(); ++i)
        o += (i ? ", " : "") + JsonText::string(p.credentials[i]);
    return o + "]}";
}

QByteArray spanJson(const FigureSpan& s) {
    return "{\"low\": " + JsonText::number(s.low) + ", \"typical\": " + JsonText::number(s.typical) +
           ", \"high\": " + JsonText::number(s.high) + ", \"estimated\": " + (s.estimated ? "true" : "false") + "}";
}

const char* eventKind(KeepingEvent::Kind kind) {
    switch (kind) {
    case KeepingEvent::Kind::Renewal:
        return "renewal";
    case KeepingEvent::Kind::YearlyFee:
        return "yearly-fee";
    case KeepingEvent::Kind::Expiry:
        return "expiry";
    }
    return "renewal";
}

bool expires(const Catalog& catalog, const Plan& plan) {
    return std::any_of(plan.credentials.begin(), plan.credentials.end(), [&](const PlannedCredential& pc) {
        const Credential* c = catalog.findCredential(pc.id);
        return c && c->validMonths > 0;
    });
}

/// `"ranges"` and `"holding"`, each with its trailing comma, when they apply; empty otherwise, so
/// plans of catalogs without ranges or validity read exactly as before.
QByteArray keepingJson(const Catalog& catalog, const Plan& plan, const Profile* profile, int holdYears) {
    QByteArray out;
    if (!hasPlan(plan.status) || !profile)
        return out;
    const PlanRanges ranges = planRanges(catalog, plan);
    if (ranges.cost.isRange() || ranges.hours.isRange())
        out += "  \"ranges\": {\"cost\": " + spanJson(ranges.cost) + ", \"hours\": " + spanJson(ranges.hours) +
               ", \"high_completion\": " +
               (ranges.highCompletion ? JsonText::string(ranges.highCompletion->toIso()) : QByteArray("null")) + "},\n";
    if (!expires(catalog, plan) && plan.objective != Objective::CostToHold)
        return out;
    const Holding h = holding(catalog, *profile, plan, holdYears);
    out += "  \"holding\": {\"years\": " + JsonText::number(h.years) + ", \"earn\": " + JsonText::number(h.earn) +
           ", \"fees\": " + JsonText::number(h.keepMoney) + ", \"hours\": " + JsonText::number(h.keepHours) +
           ", \"total\": " + JsonText::number(h.total()) + ", \"estimated\": " + (h.estimated ? "true" : "false") +
           ", \"events\": [";
    for (std::size_t i = 0; i < h.events.size(); ++i) {
        const KeepingEvent& e = h.events[i];
        out += QByteArray(i ? ",\n    " : "\n    ") + "{\"date\": " + JsonText::string(e.date.toIso()) +
               ", \"credential\": " + JsonText::string(e.credential) +
               ", \"kind\": " + JsonText::string(eventKind(e.kind)) + ", \"fee\": " + JsonText::number(e.fee) +
               ", \"hours\": " + JsonText::number(e.hours) + ", \"retake\": " + (e.retake ? "true" : "false") + "}";
    }
    out += "], \"renewed_by_others\": [";
    for (std::size_t i = 0; i < h.renewedByOthers.size(); ++i)
        out += (i ? ", " : "") + JsonText::string(h.renewedByOthers[i]);
    return out + "]},\n";
}

/// What the learner pays after funding: in total, per calendar year and per source and year.
QByteArray outOfPocketJson(const Plan& plan) {
    QByteArray o = "{\n    \"total\": " + JsonText::number(plan.outOfPocket) + ",\n    \"years\": [";
    for (std::size_t i = 0; i < plan.years.size(); ++i) {
        const YearMoney& y = plan.years[i];
        o += (i ? ", " : "") + QByteArray("{\"year\": ") + JsonText::number(y.year) +
             ", \"paid\": " + JsonText::number(y.paid) + ", \"funded\": " + JsonText::number(y.funded) +
             ", \"out_of_pocket\": " + JsonText::number(y.outOfPocket) + "}";
    }
    o += "],\n    \"sources\": [";
    for (std::size_t i = 0; i < plan.funding.size(); ++i) {
        const FundingPaid& f = plan.funding[i];
        o += (i ? ", " : "") + QByteArray("{\"source\": ") + JsonText::string(f.source) +
             ", \"kind\": " + JsonText::string(cairn::toString(f.kind)) + ", \"year\": " + JsonText::number(f.year) +
             ", \"amount\": " + JsonText::number(f.amount) + "}";
    }
    return o + "]\n  }";
}

} // namespace

QByteArray planToJson(const Catalog& catalog, const Plan& plan, const Profile* profile, int holdYears) {
    JsonText j;
    // A data file: its sentences are English, whatever the window's language.
    const text::ReasonWords reasons(catalog, text::Format::english());
    auto field = [&](int level, const char* key, const QByteArray& value, bool last = false) {
        j.indent(level);
        j.raw(JsonText::string(key) + ": " + value + (last ? "\n" : ",\n"));
    };
    // No plan (infeasible or unknown): a reason follows the credentials. A feasible plan: its
    // bound and gap follow them.
    const bool infeasible = !hasPlan(plan.status);
    const bool bounded = plan.status == PlanStatus::Feasible && plan.bound.has_value();
    // Offers: written only when the plan pays through one, so plans of catalogs without offers
    // read exactly as before.
    const bool paid = !plan.payments.empty();
    const bool paced = !plan.paceCosts.empty();
    // Funding: written when a source pays something or the objective is out-of-pocket money.
    const bool funded = !infeasible && (!plan.funding.empty() || plan.objective == Objective::OutOfPocket);
    const bool afterCredentials = infeasible || bounded || paid || paced || funded;
    j.raw("{\n");
    field(1, "status", JsonText::string(cairn::toString(plan.status)));
    field(1, "objective", JsonText::string(cairn::toString(plan.objective)));
    field(1, "goal", JsonText::string(plan.goal));
    j.indent(1);
    j.raw("\"totals\": {\n");
    field(2, "cost", JsonText::number(plan.totals.cost));
    field(2, "hours", JsonText::number(plan.totals.hours));
    field(2, "credits", JsonText::number(plan.totals.credits));
    if (plan.totals.creditsEarned > 0) // only where earned credits count: other plans read as before
        field(2, "credits_earned", JsonText::number(plan.totals.creditsEarned));
    field(2, "completion", infeasible ? QByteArray("null") : JsonText::string(plan.totals.completion.toIso()));
    field(2, "weeks", JsonText::number(plan.totals.weeks), true);
    j.indent(1);
    j.raw("},\n");
    j.raw(keepingJson(catalog, plan, profile, holdYears));
    j.indent(1);
    if (plan.credentials.empty()) {
        j.raw(afterCredentials ? "\"credentials\": [],\n" : "\"credentials\": []\n");
    } else {
        j.raw("\"credentials\": [\n");
        for (std::size_t i = 0; i < plan.credentials.size(); ++i) {
            const PlannedCredential& c = plan.credentials[i];
            j.indent(2);
            j.raw("{\n");
            field(3, "id", JsonText::string(c.id));
            field(3, "title", JsonText::string(c.title));
            field(3, "cost", JsonText::number(c.cost));
            if (!c.offer.empty())
                field(3, "offer", JsonText::string(c.offer));
            field(3, "hours", JsonText::number(c.hours));
            field(3, "start", JsonText::string(c.start.toIso()));
            field(3, "end", JsonText::string(c.end.toIso()));
            j.indent(3);
            if (c.why.empty()) {
                j.raw("\"why\": []\n");
            } else {
                j.raw("\"why\": [\n");
                for (std::size_t w = 0; w < c.why.size(); ++w) {
                    j.indent(4);
                    j.raw(JsonText::string(reasons.sentence(c.why[w]).toStdString()) +
                          (w + 1 < c.why.size() ? ",\n" : "\n"));
                }
                j.indent(3);
                j.raw("]\n");
            }
            j.indent(2);
            j.raw(i + 1 < plan.credentials.size() ? "},\n" : "}\n");
        }
        j.indent(1);
        j.raw(afterCredentials ? "],\n" : "]\n");
    }
    if (paid) {
        j.indent(1);
        j.raw("\"payments\": [\n");
        for (std::size_t i = 0; i < plan.payments.size(); ++i) {
            j.indent(2);
            j.raw(paymentJson(plan.payments[i]) + (i + 1 < plan.payments.size() ? ",\n" : "\n"));
        }
        j.indent(1);
        j.raw(infeasible || bounded || paced || funded ? "],\n" : "]\n");
    }
    if (paced) {
        j.indent(1);
        j.raw("\"pace_costs\": [");
        for (std::size_t i = 0; i < plan.paceCosts.size(); ++i)
            j.raw((i ? ", " : "") + QByteArray("{\"hours_per_week\": ") +
                  JsonText::number(plan.paceCosts[i].hoursPerWeek) +
                  ", \"cost\": " + JsonText::number(plan.paceCosts[i].cost) + "}");
        j.raw(infeasible || bounded || funded ? "],\n" : "]\n");
    }
    if (funded)
        field(1, "out_of_pocket", outOfPocketJson(plan), !bounded);
    if (infeasible)
        field(1, "reason", io::quoteJsonString(text::MessageWords::english(&catalog).sentences(plan.reason)), true);
    if (bounded) {
        field(1, "bound", JsonText::number(*plan.bound));
        field(1, "gap", plan.gap ? JsonText::number(*plan.gap) : QByteArray("null"), true);
    }
    j.raw("}\n");
    return j.take();
}

QByteArray planToJson(const Catalog& catalog, const Plan& plan, const std::vector<UntaughtSkill>& untaught,
                      const Profile* profile, int holdYears) {
    QByteArray json = planToJson(catalog, plan, profile, holdYears);
    if (untaught.empty())
        return json;
    // planToJson() ends every object with "\n}\n": the list goes in as its last field.
    json.chop(3);
    json += ",\n  \"untaught\": [\n";
    for (std::size_t i = 0; i < untaught.size(); ++i) {
        const UntaughtSkill& u = untaught[i];
        const char* why = u.why == UntaughtSkill::Why::NotInCatalog   ? "not-in-catalog"
                          : u.why == UntaughtSkill::Why::NoCredential ? "no-credential"
                                                                      : "level-too-high";
        json += "    {\"esco\": " + JsonText::string(u.wanted.esco) +
                ", \"label\": " + JsonText::string(u.wanted.label) +
                ", \"level\": " + JsonText::number(u.wanted.level) +
                ", \"essential\": " + (u.wanted.essential ? "true" : "false");
        if (!u.wanted.onet.empty())
            json += ", \"onet\": " + JsonText::string(u.wanted.onet);
        json += QByteArray(", \"why\": \"") + why + "\"";
        if (!u.skill.empty())
            json += ", \"skill\": " + JsonText::string(u.skill);
        if (u.why == UntaughtSkill::Why::LevelTooHigh)
            json += ", \"taught_level\": " + JsonText::number(u.taughtLevel);
        json += i + 1 < untaught.size() ? "},\n" : "}\n";
    }
    json += "  ]\n}\n";
    return json;
}

Result writeJson(const Catalog& catalog, const Plan& plan, const QString& path, const Profile* profile, int holdYears) {
    return saveFile(planToJson(catalog, plan, profile, holdYears), path);
}

} // namespace cairn::report
