#include "cairn/app/panels/summary_panel.h"

#include "cairn/app/common/qt_convert.h"
#include "cairn/app/common/reason_words.h"
#include "cairn/app/common/requirement_words.h"
#include "cairn/app/session/planning_session.h"

#include <QLocale>
#include <QScrollBar>
#include <QUrl>
#include <algorithm>
#include <cairn/engine/keeping.h>
#include <cairn/text/funding_words.h>
#include <cairn/text/goal_words.h>
#include <cairn/text/keeping_words.h>
#include <cairn/text/message_words.h>
#include <cairn/text/offer_words.h>
#include <cairn/text/plan_words.h>

namespace cairn::app {

namespace {
/// Catalog text for the summary's HTML: on one line (see shown()) and escaped.
QString esc(const QString& s) {
    return shown(s).toHtmlEscaped();
}
QString esc(const std::string& s) {
    return esc(qs(s));
}
QString date(Date d) {
    return dateText(d);
}
} // namespace

SummaryPanel::SummaryPanel(PlanningSession* session, QWidget* parent) : QTextBrowser(parent), session_(session) {
    setOpenLinks(false);
    setOpenExternalLinks(false);
    // Lines break between words only. A text view's default also breaks inside a word that is
    // wider than its line, which cut a narrow table cell's "Spreadsheets" into "Spreadsh" and
    // "eets"; a word too wide now widens its column and the view scrolls sideways instead.
    setWordWrapMode(QTextOption::WordWrap);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("cred"))
            emit credentialClicked(url.path());
    });
    connect(session_, &PlanningSession::planChanged, this, &SummaryPanel::refresh);
    connect(session_, &PlanningSession::goalChanged, this, &SummaryPanel::refresh);
    connect(session_, &PlanningSession::catalogChanged, this, &SummaryPanel::refresh);
    connect(session_, &PlanningSession::holdYearsChanged, this, &SummaryPanel::refresh);
    refresh();
}

void SummaryPanel::setPlanning(bool planning) {
    planning_ = planning;
    refresh();
}

void SummaryPanel::refresh() {
    QString html;
    if (session_->goal().empty()) {
        html = QStringLiteral("<p>%1</p>").arg(tr("Choose a goal to see a plan."));
    } else if (!session_->plan()) {
        html = QStringLiteral("<p>%1</p>").arg(planning_ ? tr("Planning…") : tr("No plan yet."));
    } else {
        html = statusHtml() + untaughtHtml() + totalsHtml() + offersHtml() + fundingHtml() + keepingHtml() +
               credentialsHtml() + gapHtml();
    }
    const int scroll = verticalScrollBar()->value();
    setHtml(html);
    verticalScrollBar()->setValue(scroll);
}

QString SummaryPanel::statusHtml() const {
    const Plan& plan = *session_->plan();
    const Goal* goal = session_->catalog().findGoal(session_->goal());
    QString out = QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3>").arg(goal ? esc(goal->title) : esc(plan.goal));
    QString status;
    switch (plan.status) {
    case PlanStatus::Optimal:
        status = tr("Optimal: no plan does better on this objective.");
        break;
    case PlanStatus::Feasible:
        status = session_->planIsBestSoFar()
                     ? tr("Best plan so far: the search goes on to improve it or prove it best.")
                     : tr("Feasible: a good plan, not proven the best.");
        break;
    case PlanStatus::Infeasible:
        status = tr("No plan reaches this goal.");
        break;
    case PlanStatus::Unknown:
        status = tr("Unknown: the search stopped before it found a plan; one may still exist.");
        break;
    }
    out += QStringLiteral("<p style='margin-top:0'><b>%1</b>").arg(status.toHtmlEscaped());
    if (!plan.reason.empty())
        out += QStringLiteral("<br>%1").arg(
            text::MessageWords(text::Format::user(), &session_->catalog()).sentences(plan.reason).toHtmlEscaped());
    if (const QString bound = text::PlanWords(session_->catalog().currency, text::Format::user()).bound(plan);
        !bound.isEmpty())
        out += QStringLiteral("<br>%1").arg(bound.toHtmlEscaped());
    if (session_->planWasCancelled())
        out += QStringLiteral("<br><i>%1</i>").arg(tr("Planning was stopped; this is the best plan found so far."));
    if (session_->planIsBestSoFar())
        out += QStringLiteral("<br><i>%1</i>").arg(tr("Esc stops the search and keeps this plan."));
    else if (planning_)
        out += QStringLiteral("<br><i>%1</i>").arg(tr("Updating…"));
    out += QStringLiteral("</p>");
    return out;
}

QString SummaryPanel::untaughtHtml() const {
    const CatalogGoal* built = session_->ownGoal(session_->goal());
    if (!built)
        return {};
    const auto& own = session_->ownGoals();
    const auto wanted =
        std::find_if(own.begin(), own.end(), [&](const OwnGoal& g) { return g.id == session_->goal(); });
    if (wanted == own.end())
        return {};
    const std::vector<WantedSkill>& skills = wanted->goal.skills;
    const QString summary = text::GoalWords::summary(built->untaught, static_cast<int>(skills.size()));
    const int optional = static_cast<int>(
        std::count_if(skills.begin(), skills.end(), [](const WantedSkill& w) { return !w.essential; }));
    const QString shortfall =
        text::GoalWords::optionalShortfall(std::min(wanted->goal.optionalNeeded, optional), built->optionalNeeded);
    if (summary.isEmpty() && shortfall.isEmpty())
        return {};
    QString out = QStringLiteral("<p>%1</p>").arg(summary.toHtmlEscaped());
    if (!built->untaught.empty()) {
        out += QStringLiteral("<ul style='margin-top:0'>");
        for (const UntaughtSkill& u : built->untaught)
            out += QStringLiteral("<li>%1</li>").arg(text::GoalWords::untaught(u).toHtmlEscaped());
        out += QStringLiteral("</ul>");
    }
    if (!shortfall.isEmpty())
        out += QStringLiteral("<p>%1</p>").arg(shortfall.toHtmlEscaped());
    return out;
}

QString SummaryPanel::totalsHtml() const {
    const Plan& plan = *session_->plan();
    if (!hasPlan(plan.status))
        return {};
    const QLocale locale;
    const std::string& currency = session_->catalog().currency;
    auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td style='padding-right:12px'>%1</td><td align='right'><b>%2</b></td></tr>")
            .arg(label, value);
    };
    QString out = QStringLiteral("<table cellspacing='0'>");
    out += row(tr("Cost"), money(plan.totals.cost, currency));
    // "$245 at 10 h a week; $441 at 5 h; $147 at 20 h" when a subscription is paid by the period.
    if (const QString pace = text::OfferWords(currency, text::Format::user()).pace(plan); !pace.isEmpty())
        out += row(tr("By pace"), pace.toHtmlEscaped());
    if (!plan.funding.empty() || plan.objective == Objective::OutOfPocket)
        out += row(tr("Out of pocket"), money(plan.outOfPocket, currency)); // what funding leaves to the client
    out += row(tr("Effort"), tr("%1 hours").arg(locale.toString(plan.totals.hours, 'f', 0)));
    out += row(tr("Duration"), (plan.totals.weeks == 1 ? tr("1 week") : tr("%L1 weeks").arg(plan.totals.weeks)));
    out += row(tr("Done by"), date(plan.totals.completion));
    if (const Goal* goal = session_->catalog().findGoal(session_->goal()); goal && goal->kind == Goal::Kind::Credits)
        out += row(tr("Credits"),
                   text::PlanWords(currency, text::Format::user()).credits(plan, goal->minCredits).toHtmlEscaped());
    out += row(tr("Credentials"), locale.toString(static_cast<int>(plan.credentials.size())));
    out += QStringLiteral("</table>");
    return out;
}

QString SummaryPanel::offersHtml() const {
    const Plan& plan = *session_->plan();
    if (!hasPlan(plan.status))
        return {};
    const text::OfferWords words(session_->catalog().currency, text::Format::user());
    QStringList lines;
    if (const auto& before = session_->planSwitchedFrom())
        lines = words.switched(*before, plan);
    for (const OfferPayment& p : plan.payments)
        if (const QString why = words.separately(p); !why.isEmpty())
            lines << tr("%1: %2").arg(qs(p.title.empty() ? p.offer : p.title), why);
    QString out;
    for (const QString& line : lines)
        out += QStringLiteral("<p style='margin-top:4px'><small>%1</small></p>").arg(esc(line));
    return out;
}

QString SummaryPanel::credentialsHtml() const {
    const Plan& plan = *session_->plan();
    if (plan.credentials.empty())
        return !hasPlan(plan.status) ? QString() : QStringLiteral("<p>%1</p>").arg(tr("The goal is already met."));
    QString out = QStringLiteral("<h4 style='margin-bottom:2px'>%1</h4><ol style='margin-top:0'>").arg(tr("In order"));
    const ReasonWords reasons(session_->catalog());
    for (const auto& pc : plan.credentials) {
        out += QStringLiteral("<li><a href='cred:%1'>%2</a><br><small>%3 · %4 – %5</small>")
                   .arg(QString::fromUtf8(QUrl::toPercentEncoding(qs(pc.id))), esc(pc.title), costHtml(pc),
                        date(pc.start), date(pc.end));
        for (const auto& r : pc.why)
            out += QStringLiteral("<br><small><i>%1</i></small>").arg(esc(reasons.sentence(r)));
        out += QStringLiteral("</li>");
    }
    out += QStringLiteral("</ol>");
    return out;
}

QString SummaryPanel::costHtml(const PlannedCredential& pc) const {
    const std::string& currency = session_->catalog().currency;
    if (pc.offer.empty())
        return pc.cost == 0 ? tr("free") : money(pc.cost, currency);
    // Bought through an offer: a credential sharing it costs nothing on its own, but is not free.
    const Plan& plan = *session_->plan();
    const OfferPayment* pay = paymentOf(plan, pc.offer);
    QString text = (sharesItsOffer(plan, pc) ? tr("shared") : money(pc.cost, currency)) + QLatin1Char(' ') +
                   tr("through %1").arg(esc(pay ? pay->title : pc.offer));
    if (pay && pay->kind == Offer::Kind::Subscription)
        text += QStringLiteral(" (%1)").arg(text::OfferWords::periods(*pay).toHtmlEscaped());
    return text;
}

QString SummaryPanel::gapHtml() const {
    const Catalog& catalog = session_->catalog();
    const Profile& profile = session_->profile();
    const Gap before = gap(catalog, profile, session_->goal());
    if (before.items.empty())
        return {};
    Profile withPlan = profile;
    if (session_->plan())
        for (const auto& pc : session_->plan()->credentials)
            withPlan.completed.push_back(pc.id);
    const Gap after = gap(catalog, withPlan, session_->goal());
    const RequirementWords words(catalog);
    const bool infeasible = session_->plan() && !hasPlan(session_->plan()->status);
    const QString yes = tr("✔ met"), no = tr("✘ missing");
    // An option the goal's choice is met without is not needed: never "missing".
    auto state = [&](const Gap& g, std::size_t i) -> QString {
        const GapItem& item = g.items[i];
        if (item.met)
            return yes;
        if (item.group >= 0 && g.groups[static_cast<std::size_t>(item.group)].met)
            return QStringLiteral("<span style='color:gray'>%1</span>").arg(RequirementWords::notNeeded());
        return item.heldLevel > 0 && &g == &before ? tr("✘ level %1").arg(item.heldLevel) : no;
    };
    QString out = QStringLiteral("<h4 style='margin-bottom:2px'>%1</h4><table cellspacing='0' cellpadding='1'>")
                      .arg(tr("Skills gap"));
    out += QStringLiteral("<tr><th align='left'>%1</th><th align='left' style='padding-left:8px'>%2</th>")
               .arg(tr("Goal needs"), tr("Now"));
    if (!infeasible)
        out += QStringLiteral("<th align='left' style='padding-left:8px'>%1</th>").arg(tr("After plan"));
    out += QStringLiteral("</tr>");
    int group = -1;
    for (std::size_t i = 0; i < before.items.size(); ++i) {
        const GapItem& item = before.items[i];
        if (item.group >= 0 && item.group != group) {
            const GapGroup& g = before.groups[static_cast<std::size_t>(item.group)];
            out += QStringLiteral("<tr><td colspan='3'><i>%1:</i></td></tr>")
                       .arg(RequirementWords::choice(g.needed, g.size).toHtmlEscaped());
        }
        group = item.group;
        const QString label = words.itemText(qs(item.item));
        const QString indent = item.group >= 0 ? QStringLiteral("&nbsp;&nbsp;&nbsp;") : QString();
        out += QStringLiteral("<tr><td>%1%2</td><td style='padding-left:8px'>%3</td>")
                   .arg(indent, esc(label), state(before, i));
        if (!infeasible && i < after.items.size())
            out += QStringLiteral("<td style='padding-left:8px'>%1</td>").arg(state(after, i));
        out += QStringLiteral("</tr>");
    }
    out += QStringLiteral("</table>");
    return out;
}

namespace {

QString listHtml(const QString& heading, const QStringList& lines) {
    QString out = QStringLiteral("<h4 style='margin-bottom:2px'>%1</h4><ul style='margin-top:0'>").arg(heading);
    for (const QString& line : lines)
        out += QStringLiteral("<li>%1</li>").arg(esc(line));
    return out + QStringLiteral("</ul>");
}

bool expires(const Catalog& catalog, const Plan& plan) {
    return std::any_of(plan.credentials.begin(), plan.credentials.end(), [&](const PlannedCredential& pc) {
        const Credential* c = catalog.findCredential(pc.id);
        return c && c->validMonths > 0;
    });
}

} // namespace

QString SummaryPanel::fundingHtml() const {
    const Plan& plan = *session_->plan();
    if (!hasPlan(plan.status) || (plan.funding.empty() && plan.objective != Objective::OutOfPocket))
        return {};
    const text::FundingWords words(session_->catalog().currency, text::Format::user());
    QString out = QStringLiteral("<p style='margin-bottom:0'>%1</p>").arg(esc(words.total(plan)));
    if (!plan.funding.empty())
        out += listHtml(tr("Funding sources"), words.sources(plan));
    if (!plan.years.empty())
        out += listHtml(tr("By year"), words.years(plan));
    return out;
}

QString SummaryPanel::keepingHtml() const {
    const Plan& plan = *session_->plan();
    const Catalog& catalog = session_->catalog();
    if (!hasPlan(plan.status) || plan.credentials.empty() ||
        (!expires(catalog, plan) && plan.objective != Objective::CostToHold))
        return {};
    const text::KeepingWords words(catalog.currency, text::Format::user());
    const Holding held = holding(catalog, session_->profile(), plan, session_->holdYears());
    QStringList lines;
    for (const KeepingEvent& e : held.events) {
        const Credential* c = catalog.findCredential(e.credential);
        lines << tr("%1: %2").arg(date(e.date), words.event(e, qs(c ? c->title : e.credential)));
    }
    QString out = QStringLiteral("<p style='margin-bottom:0'>%1</p>").arg(esc(words.holding(held)));
    if (!lines.isEmpty())
        out += listHtml(tr("After completion"), lines);
    return out;
}

} // namespace cairn::app
