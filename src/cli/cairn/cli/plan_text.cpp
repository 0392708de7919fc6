#include "cairn/cli/plan_text.h"

#include "cairn/cli/plan_keeping_text.h"
#include "cairn/cli/plan_options.h"
#include "cairn/cli/terminal_text.h"

#include <QTextStream>
#include <algorithm>
#include <cairn/text/format.h>
#include <cairn/text/funding_words.h>
#include <cairn/text/message_words.h>
#include <cairn/text/offer_words.h>
#include <cairn/text/plan_words.h>
#include <cairn/text/reason_words.h>
#include <cairn/text/requirement_words.h>

namespace cairn::cli {

namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

/// Text from the catalog or the profile, kept to its place in the line: a line break in a title
/// would otherwise start a line that looks like Cairn's own.
QString field(const std::string& s) {
    return printableLine(q(s));
}

QString goalTitle(const Catalog& catalog, const std::string& id) {
    const Goal* g = catalog.findGoal(id);
    return g ? field(g->title) : field(id);
}

QString objectiveWords(Objective o) {
    switch (o) {
    case Objective::Cost:
        return QStringLiteral("cheapest");
    case Objective::Effort:
        return QStringLiteral("fewest hours");
    case Objective::Balanced:
        return QStringLiteral("balanced money and time");
    case Objective::Time:
        return QStringLiteral("soonest");
    case Objective::CostToHold:
        return QStringLiteral("cheapest to hold");
    case Objective::OutOfPocket:
        return QStringLiteral("least out of pocket");
    }
    return {};
}

/// The command line speaks English, whatever the environment's locale.
const text::Format& english() {
    static const text::Format format = text::Format::english();
    return format;
}

QString money(double amount, const std::string& currency) {
    return english().money(amount, currency);
}

QString number(double value) {
    return english().number(value);
}

QString fit(const QString& s, int width) {
    if (s.size() <= width)
        return s.leftJustified(width);
    return s.left(width - 1) + QStringLiteral("…");
}

QString offerTitle(const Catalog& catalog, const std::string& id) {
    const Offer* o = catalog.findOffer(id);
    return o ? field(o->title) : field(id);
}

/// A credential's own money, or "shared" when a subscription or bundle it shares with others
/// pays for it: "$0" would read as free (the payment carries the money, below the table).
QString costCell(const Plan& plan, const PlannedCredential& c, const std::string& currency) {
    return sharesItsOffer(plan, c) ? QStringLiteral("shared") : money(c.cost, currency);
}

} // namespace

/// "Coursera Plus, yearly: 1 year × $399 = $399, 2027-01-04 to 2028-01-03 (gpm, gcs)".
QString paymentsText(const Plan& plan, const std::string& currency) {
    QString out;
    if (plan.payments.empty())
        return out;
    QTextStream s(&out);
    s << "\nPaid through offers:\n";
    for (const auto& p : plan.payments) {
        s << "  " << field(p.title) << ": ";
        if (p.kind == Offer::Kind::Subscription) {
            const bool month = p.period == Offer::Period::Month;
            s << p.periods << (month ? (p.periods == 1 ? " month" : " months") : (p.periods == 1 ? " year" : " years"))
              << " × " << money(p.price, currency) << " = " << money(p.amount, currency) << ", " << q(p.start.toIso())
              << " to " << q(p.end.toIso());
        } else if (p.kind == Offer::Kind::Bundle) {
            s << "bundle, " << money(p.amount, currency);
        } else {
            s << p.credentials.size() << " × " << money(p.price, currency) << " = " << money(p.amount, currency);
        }
        QStringList ids;
        for (const auto& id : p.credentials)
            ids << field(id);
        s << " (" << ids.join(QStringLiteral(", ")) << ")\n";
        if (const QString why = text::OfferWords(currency, text::Format::english()).separately(p); !why.isEmpty())
            s << "    " << why << "\n";
    }
    return out;
}

QString paceText(const Plan& plan, const std::string& currency) {
    if (plan.paceCosts.empty())
        return {};
    // "$245 at 10 h a week; $147 at 20 h": the same plan at other paces.
    QStringList paces;
    for (const auto& pc : plan.paceCosts)
        paces << money(pc.cost, currency) + QStringLiteral(" at ") + number(pc.hoursPerWeek) +
                     (paces.isEmpty() ? QStringLiteral(" h a week") : QStringLiteral(" h"));
    return QStringLiteral("Money by pace (same credentials and offers): ") + paces.join(QStringLiteral("; ")) +
           QLatin1Char('\n');
}

/// The plan's reason in English, on one line.
QString reasonText(const Catalog& catalog, const Plan& plan) {
    return printableLine(text::MessageWords::english(&catalog).sentences(plan.reason));
}

/// Who pays, per source and per calendar year, when funding pays part of the plan or the
/// objective is what the learner pays.
QString fundingText(const Plan& plan, const std::string& currency) {
    QString out;
    if (plan.funding.empty() && plan.objective != Objective::OutOfPocket)
        return out;
    QTextStream s(&out);
    const text::FundingWords words(currency, english());
    s << words.total(plan) << '\n';
    if (!plan.funding.empty()) {
        s << "Funding:\n";
        for (const QString& line : words.sources(plan))
            s << "  " << printableLine(line) << '\n';
    }
    s << "By year:\n";
    for (const QString& line : words.years(plan))
        s << "  " << line << '\n';
    return out;
}

QString planText(const Catalog& catalog, const Profile& profile, const Plan& plan, const PlanRequest* request) {
    QString out;
    QTextStream s(&out);
    const std::string& currency = catalog.currency;
    s << "Goal: " << goalTitle(catalog, plan.goal) << '\n';
    s << "Plan: " << q(toString(plan.status)) << " (" << objectiveWords(plan.objective) << ")\n";
    if (plan.status == PlanStatus::Infeasible) {
        s << "\nNo plan: " << reasonText(catalog, plan) << '\n';
        return out;
    }
    if (plan.status == PlanStatus::Unknown) {
        s << "\nNo plan found yet: " << reasonText(catalog, plan) << '\n';
        return out;
    }
    s << "Learner: " << (profile.name.empty() ? QStringLiteral("(unnamed)") : field(profile.name)) << ", "
      << number(profile.hoursPerWeek) << " hours a week from " << q(profile.start.toIso()) << "\n\n";
    if (plan.credentials.empty()) {
        s << "Nothing to take: the profile already meets the goal.\n";
        return out;
    }
    s << "  #  " << fit(QStringLiteral("Credential"), 46) << "  " << QStringLiteral("Cost").rightJustified(9) << "  "
      << QStringLiteral("Hours").rightJustified(6) << "  Start       End\n";
    int step = 0;
    const text::ReasonWords reasons(catalog, english());
    for (const auto& c : plan.credentials) {
        s << QString::number(++step).rightJustified(3) << "  " << fit(field(c.title), 46) << "  "
          << costCell(plan, c, currency).rightJustified(9) << "  " << number(c.hours).rightJustified(6) << "  "
          << q(c.start.toIso()) << "  " << q(c.end.toIso()) << (c.cohort ? "  (cohort)" : "") << '\n';
        if (!c.offer.empty())
            s << "     Bought through " << offerTitle(catalog, c.offer) << '\n';
        for (const auto& why : c.why)
            s << "     - " << printableLine(reasons.sentence(why)) << '\n';
    }
    s << paymentsText(plan, currency);
    s << "\nTotal: " << money(plan.totals.cost, currency) << ", " << number(plan.totals.hours) << " hours, "
      << plan.totals.weeks << (plan.totals.weeks == 1 ? " week" : " weeks") << ", done by "
      << q(plan.totals.completion.toIso());
    if (plan.totals.creditsEarned > 0)
        s << ", " << number(plan.totals.credits) << " credits from this plan and " << number(plan.totals.creditsEarned)
          << " earned before";
    else if (plan.totals.credits > 0)
        s << ", " << number(plan.totals.credits) << " credits";
    s << '\n';
    s << fundingText(plan, currency);
    s << paceText(plan, currency);
    keepingLines(s, catalog, profile, plan, request ? *request : PlanRequest{});
    if (!plan.reason.empty())
        s << "Note: " << reasonText(catalog, plan) << '\n';
    if (const QString bound = text::PlanWords(catalog.currency, english()).bound(plan); !bound.isEmpty())
        s << "Bound: " << printableLine(bound) << '\n';
    return out;
}

QString progressText(const Catalog& catalog, Objective objective, const PlanProgress& progress) {
    QString out;
    QTextStream s(&out);
    s << "Progress (" << number(static_cast<double>(progress.elapsed.count()) / 1000.0) << " s, " << progress.nodes
      << " nodes): ";
    if (progress.explaining) {
        s << "no plan meets the limits (proven); working out why.\n";
        return out;
    }
    Plan shown;
    if (progress.best) {
        shown = *progress.best;
        const PlanTotals& t = shown.totals;
        s << "best so far " << money(t.cost, catalog.currency) << ", " << number(t.hours) << " hours, "
          << shown.credentials.size() << (shown.credentials.size() == 1 ? " credential" : " credentials")
          << ", done by " << q(t.completion.toIso()) << '.';
    } else {
        s << "no plan yet.";
        shown.objective = objective;
    }
    shown.status = PlanStatus::Feasible;
    shown.bound = progress.bound;
    shown.gap = progress.gap;
    if (const QString bound = text::PlanWords(catalog.currency, english()).bound(shown); !bound.isEmpty())
        s << ' ' << printableLine(bound);
    s << '\n';
    return out;
}

QString progressJson(const PlanProgress& progress) {
    QString out;
    QTextStream s(&out);
    s << "{\"elapsed_ms\": " << progress.elapsed.count() << ", \"nodes\": " << progress.nodes;
    auto real = [&](const char* name, double v) { s << ", \"" << name << "\": " << QString::number(v, 'g', 15); };
    if (progress.best) {
        real("value", progress.value.value_or(0));
        s << ", \"credentials\": " << progress.best->credentials.size();
        real("cost", progress.best->totals.cost);
        real("hours", progress.best->totals.hours);
    }
    if (progress.bound)
        real("bound", *progress.bound);
    if (progress.explaining)
        s << ", \"explaining\": true";
    if (progress.gap)
        real("gap", *progress.gap);
    s << "}\n";
    return out;
}

QString paretoText(const Catalog& catalog, const std::vector<Plan>& front) {
    QString out;
    QTextStream s(&out);
    if (front.empty()) {
        s << "No plan reaches the goal within the constraints.\n";
        return out;
    }
    s << "Goal: " << goalTitle(catalog, front.front().goal) << '\n';
    s << "Trade-offs between money and time, from the cheapest to the fastest (" << front.size()
      << (front.size() == 1 ? " plan" : " plans") << "):\n\n";
    s << "  " << QStringLiteral("Cost").rightJustified(9) << "  " << QStringLiteral("Hours").rightJustified(6)
      << "  Weeks  Done by     Credentials\n";
    for (const auto& p : front) {
        QStringList ids;
        for (const auto& c : p.credentials)
            ids << field(c.id);
        s << "  " << money(p.totals.cost, catalog.currency).rightJustified(9) << "  "
          << number(p.totals.hours).rightJustified(6) << "  " << QString::number(p.totals.weeks).rightJustified(5)
          << "  " << q(p.totals.completion.toIso()) << "  " << ids.join(QStringLiteral(", "))
          << (p.status == PlanStatus::Optimal ? "" : "  (not proven)") << '\n';
    }
    return out;
}

QString gapText(const Catalog& catalog, const Gap& gap) {
    QString out;
    QTextStream s(&out);
    s << "Goal: " << goalTitle(catalog, gap.goal) << '\n';
    s << (gap.goalMet ? "The profile already meets the goal.\n" : "The profile does not meet the goal yet.\n");
    if (!gap.items.empty())
        s << '\n';
    // A choice reads as the app and the PDF word it: "2 of these 5:", its options indented, and
    // an unmet option of a met choice "not needed" rather than missing.
    const text::RequirementWords words(catalog);
    int group = -1;
    for (const auto& item : gap.items) {
        const bool inGroup = item.group >= 0;
        const bool groupMet = inGroup && gap.groups[static_cast<std::size_t>(item.group)].met;
        if (inGroup && item.group != group) {
            const GapGroup& g = gap.groups[static_cast<std::size_t>(item.group)];
            s << "  " << text::RequirementWords::choice(g.needed, g.size) << ":\n";
        }
        group = item.group;
        s << (inGroup ? "    " : "  ")
          << (item.met   ? "[x] "
              : groupMet ? "[-] "
                         : "[ ] ")
          << printableLine(words.itemText(item.item));
        if (!item.met && groupMet)
            s << " (" << text::RequirementWords::notNeeded() << ")";
        else if (item.item.rfind("skill:", 0) == 0 && !item.met)
            s << " (held: "
              << (item.heldLevel > 0 ? QStringLiteral("level %1").arg(item.heldLevel) : QStringLiteral("none")) << ")";
        s << '\n';
    }
    const Goal* g = catalog.findGoal(gap.goal);
    if (g && g->kind == Goal::Kind::Credits)
        s << "\nCredits already earned: " << number(gap.credits) << " of " << number(g->minCredits) << '\n';
    return out;
}

} // namespace cairn::cli
