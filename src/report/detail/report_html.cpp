#include "detail/report_html.h"

#include "detail/payments_html.h"
#include "detail/wording.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <algorithm>
#include <cairn/engine/holdings.h>
#include <cairn/engine/keeping.h>
#include <cairn/engine/planner.h>
#include <cairn/engine/requirement_text.h>
#include <cairn/text/funding_words.h>
#include <cairn/text/goal_words.h>
#include <cairn/text/keeping_words.h>
#include <cairn/text/message_words.h>
#include <cairn/text/plan_words.h>
#include <cairn/text/reason_words.h>
#include <cairn/text/requirement_words.h>
#include <map>
#include <set>

namespace cairn::report::detail {

namespace {

// The context is the one lupdate gives the tr() calls in this file, so translations are found.
QString tr(const char* text, int n = -1) {
    return QCoreApplication::translate("cairn::report::detail", text, nullptr, n);
}
QString esc(const std::string& text) {
    return q(text).toHtmlEscaped();
}

const char* kStyleSheet = R"(
  body { color: #1f2933; }
  h1 { font-size: 22pt; font-weight: bold; color: #1d5f8c; margin-top: 0px; margin-bottom: 4px; }
  h2 { font-size: 13pt; font-weight: bold; color: #1d5f8c; margin-top: 22px; margin-bottom: 8px; }
  p { margin-top: 0px; margin-bottom: 6px; }
  .lead { font-size: 11pt; color: #5f6b76; }
  .muted { color: #5f6b76; }
  .small { font-size: 7.5pt; }
  td { font-size: 8.5pt; }
  th { font-size: 8.5pt; background-color: #dceaf5; color: #1f2933; font-weight: bold; text-align: left; }
  td.num, th.num { text-align: right; }
  a { color: #1d5f8c; text-decoration: none; }
)";

/// A choice in a goal, in the words the app and `cairn-cli gap` use too.
QString choiceWords(int needed, int size) {
    return text::RequirementWords::choice(needed, size);
}

/// A gap item's text form ("skill:sql@2", "cred:x") back as the item.
Requirement parseItem(const std::string& text) {
    auto parsed = parseRequirementText(text);
    if (auto* r = std::get_if<Requirement>(&parsed))
        return *r;
    return Requirement::credential(text); // not reached: gap() writes items in their text form
}

QString tableOpen(const QString& widthAttrs = QStringLiteral("width=\"100%\"")) {
    return QStringLiteral(
               "<table %1 cellspacing=\"0\" cellpadding=\"4\" "
               "style=\"border-collapse: collapse; border-color: #c9d1d9; border-style: solid;\" border=\"1\">")
        .arg(widthAttrs);
}

QString skillName(const Catalog& catalog, const std::string& id) {
    const Skill* skill = catalog.findSkill(id);
    return skill && !skill->name.empty() ? q(skill->name) : q(id);
}

QString credentialTitle(const Catalog& catalog, const std::string& id) {
    const Credential* c = catalog.findCredential(id);
    return c ? q(c->title) : q(id);
}

QString objectiveWords(Objective objective) {
    switch (objective) {
    case Objective::Cost:
        return tr("least money");
    case Objective::Effort:
        return tr("fewest hours of study");
    case Objective::Balanced:
        return tr("least money and time together");
    case Objective::Time:
        return tr("earliest completion");
    case Objective::CostToHold:
        return tr("least money to earn and hold");
    case Objective::OutOfPocket:
        return tr("least money paid out of pocket");
    }
    return {};
}

bool isEstimated(const Credential* c, const char* field) {
    return c && std::find(c->estimated.begin(), c->estimated.end(), field) != c->estimated.end();
}

/// A link as it is printed: the whole address, so it can be typed from paper, without the
/// scheme a browser adds by itself. A zero-width space after each "/" lets a long address wrap
/// at its slashes instead of being cut.
QString printedUrl(const std::string& url) {
    QString text = q(url);
    for (const QLatin1String scheme : {QLatin1String("https://"), QLatin1String("http://")})
        if (text.startsWith(scheme, Qt::CaseInsensitive))
            text = text.mid(scheme.size());
    if (text.endsWith(u'/'))
        text.chop(1);
    text = text.toHtmlEscaped();
    text.replace(u'/', QStringLiteral("/&#8203;"));
    return text;
}

QString goalInWords(const ReportInput& input, const PdfStyle& style) {
    const Goal* goal = input.catalog.findGoal(input.plan.goal);
    if (!goal)
        return tr("Reach the goal “%1”.").arg(esc(input.plan.goal));
    QString text;
    if (goal->kind == Goal::Kind::Credits) {
        const Program* program = input.catalog.findProgram(goal->program);
        QString where = program ? q(program->title).toHtmlEscaped() : esc(goal->program);
        if (program && !program->institution.empty())
            where += QStringLiteral(", ") + esc(program->institution);
        text = tr("Earn %1 credits toward <b>%2</b>.").arg(style.number(goal->minCredits), where);
    } else {
        text = tr("Qualify for the role of <b>%1</b>.").arg(esc(goal->title));
    }
    if (!goal->description.empty())
        text += QStringLiteral(" ") + esc(goal->description);
    return text;
}

QString statusHtml(const ReportInput& input, const PdfStyle& style) {
    const Plan& plan = input.plan;
    const QString reason = text::MessageWords(style.format(), &input.catalog).sentences(plan.reason).toHtmlEscaped();
    switch (plan.status) {
    case PlanStatus::Optimal:
        return tr("<span style=\"color:#2e7d4f; font-weight:bold;\">Optimal.</span> No other plan does better for "
                  "the chosen objective (%1).")
            .arg(objectiveWords(plan.objective));
    case PlanStatus::Feasible: {
        QString text = tr("<span style=\"color:#a86a0c; font-weight:bold;\">Feasible.</span> This plan reaches the "
                          "goal; it is the best found for %1, not proven the best.")
                           .arg(objectiveWords(plan.objective));
        if (const QString bound = text::PlanWords(input.catalog.currency, style.format()).bound(plan); !bound.isEmpty())
            text += QLatin1Char(' ') + bound.toHtmlEscaped();
        if (!plan.reason.empty())
            text += QStringLiteral(" ") + reason;
        return text;
    }
    case PlanStatus::Infeasible:
        return tr("<span style=\"color:#a32d2d; font-weight:bold;\">No plan reaches this goal.</span> %1")
            .arg(plan.reason.empty() ? tr("The constraints cannot all be met.") : reason);
    case PlanStatus::Unknown:
        return tr("<span style=\"color:#a86a0c; font-weight:bold;\">No plan found yet.</span> %1").arg(reason);
    }
    return {};
}

bool expires(const Catalog& catalog, const Plan& plan) {
    return std::any_of(plan.credentials.begin(), plan.credentials.end(), [&](const PlannedCredential& pc) {
        const Credential* c = catalog.findCredential(pc.id);
        return c && c->validMonths > 0;
    });
}

QString totalsHtml(const ReportInput& input, const PdfStyle& style) {
    const Plan& plan = input.plan;
    const Goal* goal = input.catalog.findGoal(plan.goal);
    QStringList rows;
    auto row = [&](const QString& label, const QString& value, const QString& note = {}) {
        rows << QStringLiteral("<tr><td width=\"32%\" class=\"muted\">%1</td><td><b>%2</b>%3</td></tr>")
                    .arg(label, value,
                         note.isEmpty() ? QString() : QStringLiteral(" <span class=\"muted\">%1</span>").arg(note));
    };
    // Ranges and what keeping the credentials costs, worded by cairn_text; ≈ marks an estimate.
    const text::KeepingWords keeping(input.catalog.currency, style.format());
    const PlanRanges ranges = planRanges(input.catalog, plan);
    const auto approx = [](const FigureSpan& s) { return s.estimated ? QStringLiteral("≈") : QString(); };
    row(tr("Total cost"), approx(ranges.cost) + style.money(plan.totals.cost),
        ranges.cost.isRange() ? keeping.money(ranges.cost).toHtmlEscaped() : QString());
    // How the money depends on the learner's pace, when a subscription is paid by the period.
    if (const QString pace = paceText(input, style); !pace.isEmpty())
        row(tr("Money by pace"), pace.toHtmlEscaped());
    row(tr("Study time"), approx(ranges.hours) + tr("%1 hours").arg(style.number(plan.totals.hours)),
        ranges.hours.isRange() ? keeping.hours(ranges.hours).toHtmlEscaped() : QString());
    if (expires(input.catalog, plan) || plan.objective == Objective::CostToHold) {
        const Holding held = holding(input.catalog, input.profile, plan, input.holdYears);
        row(tr("Cost to hold"), (held.estimated ? QStringLiteral("≈") : QString()) + style.money(held.total()),
            keeping.holding(held).toHtmlEscaped());
    }
    // What funding pays, and what is left for the client, per source as the plan pays it.
    if (!plan.funding.empty())
        row(tr("You pay"), style.money(plan.outOfPocket),
            text::FundingWords(input.catalog.currency, style.format())
                .sources(plan)
                .join(QStringLiteral("; "))
                .toHtmlEscaped());
    row(tr("Credentials"), QString::number(plan.credentials.size()));
    row(tr("Starts"), style.date(plan.start));
    row(tr("Completes"), style.date(plan.totals.completion));
    const double perWeek = plan.hoursPerWeek > 0 ? plan.hoursPerWeek : input.profile.hoursPerWeek;
    row(tr("Duration"), (plan.totals.weeks == 1 ? tr("1 week") : tr("%1 weeks").arg(plan.totals.weeks)),
        tr("at %1 hours a week").arg(style.number(perWeek)));
    if (goal && goal->kind == Goal::Kind::Credits)
        row(tr("Credits"), text::PlanWords(input.catalog.currency, style.format()).credits(plan, goal->minCredits));
    if (input.profile.budget)
        row(tr("Budget"), style.money(*input.profile.budget));
    if (const QString guarantee = keeping.guarantee(plan, ranges, input.profile.deadline); !guarantee.isEmpty())
        row(tr("On high estimates"), QString(), guarantee.toHtmlEscaped());
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">%1</table>")
        .arg(rows.join(QString()));
}

QString skillsGapHtml(const ReportInput& input, const PdfStyle& style) {
    const Goal* goal = input.catalog.findGoal(input.plan.goal);
    if (!goal || goal->requirement.isNone())
        return {};
    const Gap before = gap(input.catalog, input.profile, goal->id);
    Profile withPlan = input.profile;
    for (const PlannedCredential& pc : input.plan.credentials)
        withPlan.completed.push_back(pc.id);
    const Gap after = gap(input.catalog, withPlan, goal->id);
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Skills gap"));
    html += QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(tr("What the goal asks for, what the client holds today and after the plan."));
    html += tableOpen() + QStringLiteral("<thead><tr><th>%1</th><th class=\"num\">%2</th><th class=\"num\">%3</th>"
                                         "<th class=\"num\">%4</th><th>%5</th></tr></thead>")
                              .arg(tr("Requirement"), tr("Needed"), tr("Today"), tr("After plan"), tr("Status"));
    // An option of a choice the plan meets without it is not needed, never "not met".
    auto groupMet = [](const Gap& g, const GapItem& item) {
        return item.group >= 0 && g.groups[static_cast<std::size_t>(item.group)].met;
    };
    std::set<std::string> shown;
    int group = -1;
    for (std::size_t i = 0; i < before.items.size() && i < after.items.size(); ++i) {
        const GapItem& item = before.items[i];
        if (item.group != group && item.group >= 0) {
            const GapGroup& g = before.groups[static_cast<std::size_t>(item.group)];
            html += QStringLiteral("<tr><td colspan=\"5\"><i>%1:</i></td></tr>").arg(choiceWords(g.needed, g.size));
        }
        group = item.group;
        if (!shown.insert(item.item).second)
            continue;
        const Requirement r = parseItem(item.item);
        QString name, needed, now, then;
        const bool metBefore = item.met;
        const bool metAfter = after.items[i].met;
        if (r.kind == Requirement::Kind::Skill) {
            name = skillName(input.catalog, r.id).toHtmlEscaped();
            needed = tr("level %1").arg(r.level);
            const int l0 = item.heldLevel, l1 = after.items[i].heldLevel;
            now = l0 > 0 ? QString::number(l0) : QStringLiteral("–");
            then = l1 > 0 ? QString::number(l1) : QStringLiteral("–");
        } else {
            name = credentialTitle(input.catalog, r.id).toHtmlEscaped();
            needed = tr("completed");
            now = metBefore ? tr("done") : QStringLiteral("–");
            then = metAfter ? tr("done") : QStringLiteral("–");
        }
        if (item.group >= 0)
            name = QStringLiteral("&nbsp;&nbsp;&nbsp;") + name;
        const QString status =
            metBefore  ? QStringLiteral("<span style=\"color:#2e7d4f;\">%1</span>").arg(tr("Already met"))
            : metAfter ? QStringLiteral("<span style=\"color:#1d5f8c;\"><b>%1</b></span>").arg(tr("Gained"))
            : groupMet(after, item) ? QStringLiteral("<span style=\"color:#5f6b76;\">%1</span>").arg(tr("Not needed"))
                                    : QStringLiteral("<span style=\"color:#a32d2d;\">%1</span>").arg(tr("Not met"));
        html +=
            QStringLiteral("<tr><td>%1</td><td class=\"num\">%2</td><td class=\"num\">%3</td><td class=\"num\">%4</td>"
                           "<td>%5</td></tr>")
                .arg(name, needed, now, then, status);
    }
    html += QStringLiteral("</table>");
    (void)style;
    return html;
}

/// The credentials table's columns in percent of its width. The header and each row are laid out
/// as tables of their own (so a row is never split between pages) and line up through these.
/// "Gives" lists skills by name, so it is wide enough for a long skill word on one line.
constexpr int kColumnWidths[] = {4, 24, 14, 7, 9, 21, 21};

/// One row of the credentials table as a table of its own; `cells` are HTML, one per column.
QString credentialsRow(const QStringList& cells, bool header) {
    static const bool numeric[] = {true, false, false, true, true, false, false};
    QString row;
    for (int i = 0; i < cells.size() && i < 7; ++i) {
        const QString cls = numeric[i] ? QStringLiteral(" class=\"num\"") : QString();
        row += QStringLiteral("<%1 width=\"%2%\"%3>%4</%1>")
                   .arg(header ? QStringLiteral("th") : QStringLiteral("td"))
                   .arg(kColumnWidths[i])
                   .arg(cls, cells[i]);
    }
    return tableOpen() + QStringLiteral("<tr>%1</tr></table>").arg(row);
}

QString whenCell(const PlannedCredential& pc, const Credential* c, const PdfStyle& style) {
    // Non-breaking spaces keep each date, and the dash after the first, on one line.
    const QChar nbsp(0x00A0);
    QString when = style.date(pc.start).replace(u' ', nbsp) + nbsp + QStringLiteral("–<br/>") +
                   style.date(pc.end).replace(u' ', nbsp);
    const bool cohort = pc.cohort || (c && c->pace.isCohort());
    const QString pace =
        cohort ? (c && c->pace.weeks > 0
                      ? (c->pace.weeks == 1 ? tr("cohort, 1 week") : tr("cohort, %1 weeks").arg(c->pace.weeks))
                      : tr("cohort"))
               : tr("self-paced");
    return when + QStringLiteral("<br/><span class=\"muted\">%1</span>").arg(pace);
}

QString givesCell(const ReportInput& input, const PlannedCredential& pc, const Credential* c, const PdfStyle& style) {
    QStringList gives;
    if (c)
        for (const SkillLevel& g : c->grants)
            gives << tr("%1 (level %2)").arg(skillName(input.catalog, g.skill).toHtmlEscaped()).arg(g.level);
    if (pc.creditsCounted > 0)
        gives << style.format().credits(pc.creditsCounted) +
                     (pc.creditCategory.empty() ? QString() : QStringLiteral(" (%1)").arg(esc(pc.creditCategory)));
    return gives.join(QStringLiteral("<br/>"));
}

} // namespace

CredentialsTable credentialsTable(const ReportInput& input, const PdfStyle& style) {
    CredentialsTable table;
    table.heading = htmlDocument(QStringLiteral("<h2>%1</h2>").arg(tr("Credentials in order")));
    if (input.plan.credentials.empty()) {
        table.footnote =
            htmlDocument(QStringLiteral("<p class=\"muted\">%1</p>").arg(tr("The plan has no credentials.")));
        return table;
    }
    table.header = htmlDocument(credentialsRow(
        {QStringLiteral("#"), tr("Credential"), tr("When"), tr("Hours"), tr("Cost"), tr("Gives"), tr("Why")}, true));
    int step = 0;
    bool anyEstimate = false;
    const text::ReasonWords reasons(input.catalog, style.format());
    for (const PlannedCredential& pc : input.plan.credentials) {
        const Credential* c = input.catalog.findCredential(pc.id);
        QString credential = QStringLiteral("<b>%1</b>").arg(esc(pc.title));
        if (c && !c->provider.empty())
            credential += QStringLiteral("<br/><span class=\"muted\">%1</span>").arg(esc(c->provider));
        if (c && !c->url.empty())
            credential +=
                QStringLiteral("<br/><a href=\"%1\">%2</a>").arg(q(c->url).toHtmlEscaped(), printedUrl(c->url));
        credential += offerNoteHtml(input, pc);
        const bool hoursEstimated = isEstimated(c, "hours"), costEstimated = isEstimated(c, "cost");
        anyEstimate = anyEstimate || hoursEstimated || costEstimated;
        QStringList why;
        for (const Reason& r : pc.why)
            why << reasons.sentence(r).toHtmlEscaped();
        table.rows.push_back(htmlDocument(credentialsRow(
            {QString::number(++step), credential, whenCell(pc, c, style),
             (hoursEstimated ? QStringLiteral("≈") : QString()) + style.number(pc.hours),
             sharesItsOffer(input.plan, pc) ? tr("shared")
                                            : (costEstimated ? QStringLiteral("≈") : QString()) + style.money(pc.cost),
             givesCell(input, pc, c, style), why.join(QStringLiteral("<br/>"))},
            false)));
    }
    if (anyEstimate)
        table.footnote = htmlDocument(
            QStringLiteral("<p class=\"small muted\">%1</p>")
                .arg(tr("≈ marks figures the catalog records as estimates rather than published by the provider.")));
    return table;
}

namespace {

QString creditsHtml(const ReportInput& input, const PdfStyle& style) {
    const Goal* goal = input.catalog.findGoal(input.plan.goal);
    if (!goal || goal->kind != Goal::Kind::Credits)
        return {};
    const Program* program = input.catalog.findProgram(goal->program);
    std::map<std::string, double> planned;
    for (const PlannedCredential& pc : input.plan.credentials)
        if (pc.creditsCounted > 0)
            planned[pc.creditCategory] += pc.creditsCounted;
    std::map<std::string, double> earned; // credits earned before the plan count toward the rules too
    for (const EarnedCredits& e : input.plan.earnedCredits)
        earned[e.category] += e.credits;
    // "6", or "6 + 30 earned" where earned credits count in the category too.
    const auto counted = [&](double inPlan, double before) {
        return before > 0 ? tr("%1 + %2 earned").arg(style.number(inPlan), style.number(before)) : style.number(inPlan);
    };
    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg(tr("Credits toward %1").arg(program ? esc(program->title) : esc(goal->program)));
    html += tableOpen() + QStringLiteral("<thead><tr><th>%1</th><th class=\"num\">%2</th><th class=\"num\">%3</th>"
                                         "<th class=\"num\">%4</th><th>%5</th></tr></thead>")
                              .arg(tr("Category"), tr("Minimum"), tr("Maximum"), tr("In this plan"), tr("Rule"));
    std::set<std::string> listed;
    for (const CategoryRule& rule : goal->categories) {
        listed.insert(rule.category);
        const double inPlan = planned.count(rule.category) ? planned[rule.category] : 0;
        const double before = earned.count(rule.category) ? earned[rule.category] : 0;
        const double got = inPlan + before;
        const bool belowMin = rule.min && got + 1e-9 < *rule.min;
        const bool capped = rule.max && got > *rule.max + 1e-9;
        const QString verdict =
            belowMin ? QStringLiteral("<span style=\"color:#a32d2d;\">%1</span>").arg(tr("below minimum"))
            : capped ? QStringLiteral("<span style=\"color:#a86a0c;\">%1</span>").arg(tr("capped at maximum"))
                     : QStringLiteral("<span style=\"color:#2e7d4f;\">%1</span>").arg(tr("met"));
        html +=
            QStringLiteral("<tr><td>%1</td><td class=\"num\">%2</td><td class=\"num\">%3</td><td class=\"num\">%4</td>"
                           "<td>%5</td></tr>")
                .arg(esc(rule.category), rule.min ? style.number(*rule.min) : QStringLiteral("–"),
                     rule.max ? style.number(*rule.max) : QStringLiteral("–"), counted(inPlan, before), verdict);
    }
    for (const auto& [category, got] : planned)
        if (!listed.count(category))
            html += QStringLiteral(
                        "<tr><td>%1</td><td class=\"num\">–</td><td class=\"num\">–</td><td class=\"num\">%2</td>"
                        "<td></td></tr>")
                        .arg(category.empty() ? tr("Unassigned") : esc(category), style.number(got));
    html +=
        QStringLiteral("<tr><td><b>%1</b></td><td class=\"num\"><b>%2</b></td><td></td><td class=\"num\"><b>%3</b></td>"
                       "<td></td></tr></table>")
            .arg(tr("Total"), style.number(goal->minCredits),
                 counted(input.plan.totals.credits, input.plan.totals.creditsEarned));
    return html;
}

/// What a goal made from an occupation or a job ad leaves out, said before the plan's details
/// so that nobody takes the plan for the whole goal.
QString untaughtHtml(const ReportInput& input) {
    const QString summary = text::GoalWords::summary(input.untaught, input.wantedSkills);
    if (summary.isEmpty())
        return {};
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>").arg(tr("Not taught here"), summary.toHtmlEscaped());
    html += QStringLiteral("<ul>");
    for (const UntaughtSkill& u : input.untaught)
        html += QStringLiteral("<li>%1</li>").arg(text::GoalWords::untaught(u).toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

QString notesHtml(const ReportInput& input) {
    const QString notes = input.advisorNotes.trimmed();
    if (notes.isEmpty())
        return {};
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Advisor’s notes"));
    const QStringList paragraphs = notes.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")));
    for (const QString& p : paragraphs)
        html += QStringLiteral("<p>%1</p>").arg(p.trimmed().toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>")));
    return html;
}

QString sourcesHtml(const ReportInput& input) {
    const Catalog& catalog = input.catalog;
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Data sources"));
    QString catalogLine = tr("Catalog: %1").arg(esc(catalog.name));
    if (!catalog.revision.empty())
        catalogLine += QStringLiteral(", ") + tr("revision %1").arg(esc(catalog.revision));
    html += QStringLiteral("<p class=\"small\">%1. %2</p>")
                .arg(catalogLine, tr("Costs, hours and dates are as published by the providers when the catalog was "
                                     "compiled; confirm them with the provider before enrolling."));
    for (const std::string& line : catalog.attribution)
        html += QStringLiteral("<p class=\"small muted\">%1</p>").arg(esc(line));
    return html;
}

} // namespace

QString htmlDocument(const QString& body) {
    return QStringLiteral("<html><head><style>%1</style></head><body>%2</body></html>")
        .arg(QString::fromUtf8(kStyleSheet), body);
}

QString goalTitle(const ReportInput& input) {
    const Goal* goal = input.catalog.findGoal(input.plan.goal);
    return goal && !goal->title.empty() ? q(goal->title) : q(input.plan.goal);
}

QString clientName(const ReportInput& input) {
    if (!input.clientName.trimmed().isEmpty())
        return input.clientName.trimmed();
    if (!input.profile.name.empty())
        return q(input.profile.name);
    return tr("Client");
}

QString summaryHtml(const ReportInput& input, const PdfStyle& style) {
    QString html = QStringLiteral("<html><head><style>%1</style></head><body>").arg(QString::fromUtf8(kStyleSheet));
    html += QStringLiteral("<h1>%1</h1>").arg(tr("Learning plan"));
    html += QStringLiteral("<p class=\"lead\">%1</p>")
                .arg(tr("Prepared for %1 on %2").arg(clientName(input).toHtmlEscaped(), style.date(input.producedOn)));
    html += QStringLiteral("<h2>%1</h2><p>%2</p>").arg(tr("Goal"), goalInWords(input, style));
    html += QStringLiteral("<p>%1</p>").arg(statusHtml(input, style));
    if (hasPlan(input.plan.status))
        html += QStringLiteral("<h2>%1</h2>").arg(tr("At a glance")) + totalsHtml(input, style);
    html += untaughtHtml(input) + skillsGapHtml(input, style);
    if (!hasPlan(input.plan.status)) // no further pages: notes and sources go here
        html += notesHtml(input) + sourcesHtml(input);
    return html + QStringLiteral("</body></html>");
}

std::vector<QString> closingParts(const ReportInput& input, const PdfStyle& style) {
    std::vector<QString> parts;
    for (const QString& body :
         {hasPlan(input.plan.status) ? paymentsHtml(input, style) : QString(),
          hasPlan(input.plan.status) ? creditsHtml(input, style) : QString(), notesHtml(input), sourcesHtml(input)})
        if (!body.isEmpty())
            parts.push_back(htmlDocument(body));
    return parts;
}

} // namespace cairn::report::detail
