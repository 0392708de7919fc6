#include "cairn/store/snapshot_json.h"

#include "cairn/store/snapshot_funding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cairn/io/skill_goal_json.h>

namespace cairn::store {

namespace {

QJsonValue str(const std::string& s) {
    return QString::fromStdString(s);
}
std::string str(const QJsonValue& v) {
    return v.toString().toStdString();
}

QJsonArray strings(const std::vector<std::string>& items) {
    QJsonArray a;
    for (const auto& s : items)
        a.append(str(s));
    return a;
}
std::vector<std::string> strings(const QJsonValue& v) {
    std::vector<std::string> out;
    for (const QJsonValue& s : v.toArray())
        out.push_back(str(s));
    return out;
}

QJsonValue date(const Date& d) {
    return str(d.toIso());
}
/// A missing or unreadable date makes the whole snapshot unreadable: `ok` turns false.
Date date(const QJsonValue& v, bool& ok) {
    const auto d = Date::fromIso(str(v));
    if (!d) {
        ok = false;
        return {};
    }
    return *d;
}

QJsonValue optionalNumber(const std::optional<double>& v) {
    return v ? QJsonValue(*v) : QJsonValue();
}
std::optional<double> optionalNumber(const QJsonValue& v) {
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

QJsonValue optionalDate(const std::optional<Date>& d) {
    return d ? date(*d) : QJsonValue();
}
std::optional<Date> optionalDate(const QJsonValue& v, bool& ok) {
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    return date(v, ok);
}

// A message is stored as its code's stable name and its arguments, so a saved plan's reason
// reads in the language of whoever opens it. Each argument stores only the fields its kind uses.
QJsonObject messageToJson(const Message& m);

QJsonObject argToJson(const MessageArg& a) {
    QJsonObject o{{QStringLiteral("kind"), static_cast<int>(a.kind)}};
    if (a.noun != MessageArg::Noun::None)
        o.insert(QStringLiteral("noun"), static_cast<int>(a.noun));
    if (!a.text.empty())
        o.insert(QStringLiteral("text"), str(a.text));
    if (!a.id.empty())
        o.insert(QStringLiteral("id"), str(a.id));
    if (a.value != 0)
        o.insert(QStringLiteral("value"), a.value);
    if (a.max != 0)
        o.insert(QStringLiteral("max"), a.max);
    if (a.aboveMin)
        o.insert(QStringLiteral("aboveMin"), true);
    if (a.kind == MessageArg::Kind::Date)
        o.insert(QStringLiteral("date"), str(a.date.toIso()));
    QJsonArray names, clauses;
    for (const auto& n : a.names)
        names.append(argToJson(n));
    for (const auto& c : a.clauses)
        clauses.append(messageToJson(c));
    if (!names.isEmpty())
        o.insert(QStringLiteral("names"), names);
    if (!clauses.isEmpty())
        o.insert(QStringLiteral("clauses"), clauses);
    return o;
}

QJsonObject messageToJson(const Message& m) {
    QJsonArray args;
    for (const auto& a : m.args)
        args.append(argToJson(a));
    return {{QStringLiteral("code"), QString::fromLatin1(codeName(m.code))}, {QStringLiteral("args"), args}};
}

std::optional<Message> messageFromJson(const QJsonObject& o, int depth = 0);

std::optional<MessageArg> argFromJson(const QJsonObject& o, int depth) {
    MessageArg a;
    const int kind = o.value(QStringLiteral("kind")).toInt(-1);
    const int noun = o.value(QStringLiteral("noun")).toInt(0);
    if (kind < 0 || kind > static_cast<int>(MessageArg::Kind::Clauses) || noun < 0 ||
        noun > static_cast<int>(MessageArg::Noun::Offer) || depth > 8)
        return std::nullopt;
    a.kind = static_cast<MessageArg::Kind>(kind);
    a.noun = static_cast<MessageArg::Noun>(noun);
    a.text = str(o.value(QStringLiteral("text")));
    a.id = str(o.value(QStringLiteral("id")));
    a.value = o.value(QStringLiteral("value")).toDouble();
    a.max = o.value(QStringLiteral("max")).toDouble();
    a.aboveMin = o.value(QStringLiteral("aboveMin")).toBool();
    if (a.kind == MessageArg::Kind::Date) {
        const auto d = Date::fromIso(str(o.value(QStringLiteral("date"))));
        if (!d)
            return std::nullopt;
        a.date = *d;
    }
    for (const QJsonValue& n : o.value(QStringLiteral("names")).toArray()) {
        auto name = argFromJson(n.toObject(), depth + 1);
        if (!name)
            return std::nullopt;
        a.names.push_back(std::move(*name));
    }
    for (const QJsonValue& c : o.value(QStringLiteral("clauses")).toArray()) {
        auto clause = messageFromJson(c.toObject(), depth + 1);
        if (!clause)
            return std::nullopt;
        a.clauses.push_back(std::move(*clause));
    }
    return a;
}

std::optional<Message> messageFromJson(const QJsonObject& o, int depth) {
    const auto code = codeFromName(o.value(QStringLiteral("code")).toString().toStdString());
    if (!code)
        return std::nullopt;
    Message m{*code, {}};
    for (const QJsonValue& a : o.value(QStringLiteral("args")).toArray()) {
        auto arg = argFromJson(a.toObject(), depth);
        if (!arg)
            return std::nullopt;
        m.args.push_back(std::move(*arg));
    }
    return m;
}

QJsonArray sentencesToJson(const Sentences& sentences) {
    QJsonArray out;
    for (const auto& m : sentences)
        out.append(messageToJson(m));
    return out;
}

/// Plans saved before reasons were data hold the English sentence of that time: it is kept as
/// it was written (Message::Code::Recorded).
std::optional<Sentences> sentencesFromJson(const QJsonValue& v) {
    if (v.isString()) {
        if (v.toString().isEmpty())
            return Sentences{};
        return Sentences{Message{Message::Code::Recorded, {arg::text(str(v))}}};
    }
    Sentences out;
    for (const QJsonValue& m : v.toArray()) {
        auto message = messageFromJson(m.toObject());
        if (!message)
            return std::nullopt;
        out.push_back(std::move(*message));
    }
    return out;
}

const char* reasonKind(Reason::Kind k) {
    switch (k) {
    case Reason::Kind::Goal:
        return "goal";
    case Reason::Kind::Prerequisite:
        return "prerequisite";
    case Reason::Kind::Credits:
        return "credits";
    case Reason::Kind::Pinned:
        return "pinned";
    }
    return "goal";
}
std::optional<Reason::Kind> reasonKind(const QString& s) {
    for (auto k : {Reason::Kind::Goal, Reason::Kind::Prerequisite, Reason::Kind::Credits, Reason::Kind::Pinned})
        if (s == QLatin1String(reasonKind(k)))
            return k;
    return std::nullopt;
}

std::optional<Offer::Kind> offerKind(const QString& s) {
    for (auto k : {Offer::Kind::OneTime, Offer::Kind::Subscription, Offer::Kind::Bundle})
        if (s == QLatin1String(toString(k)))
            return k;
    return std::nullopt;
}
std::optional<Offer::Period> offerPeriod(const QString& s) {
    for (auto p : {Offer::Period::None, Offer::Period::Month, Offer::Period::Year})
        if (s == QLatin1String(toString(p)))
            return p;
    return std::nullopt;
}

/// One offer the plan paid for, as the plan says it: title, price and what was paid, so a saved
/// plan shows what it cost after the catalog's offers change or go. Only a subscription has
/// periods and dates.
QJsonObject paymentToJson(const OfferPayment& p) {
    QJsonObject o{{QStringLiteral("offer"), str(p.offer)},
                  {QStringLiteral("title"), str(p.title)},
                  {QStringLiteral("kind"), QString::fromLatin1(toString(p.kind))},
                  {QStringLiteral("price"), p.price},
                  {QStringLiteral("amount"), p.amount},
                  {QStringLiteral("credentials"), strings(p.credentials)}};
    if (p.separately > 0) // absent from snapshots saved before plans said why they share
        o.insert(QStringLiteral("separately"), p.separately);
    if (p.kind == Offer::Kind::Subscription) {
        o.insert(QStringLiteral("period"), QString::fromLatin1(toString(p.period)));
        o.insert(QStringLiteral("periods"), p.periods);
        o.insert(QStringLiteral("start"), date(p.start));
        o.insert(QStringLiteral("end"), date(p.end));
        if (!p.periodStarts.empty()) { // the day each period is paid, for funding by year
            QJsonArray starts;
            for (const Date& d : p.periodStarts)
                starts.append(date(d));
            o.insert(QStringLiteral("periodStarts"), starts);
        }
    }
    return o;
}

/// A payment that does not read back (an unknown kind or period, a subscription without its
/// dates) makes the snapshot unreadable, as a bad date does: `ok` turns false.
OfferPayment paymentFromJson(const QJsonObject& o, bool& ok) {
    OfferPayment p;
    p.offer = str(o.value(QStringLiteral("offer")));
    p.title = str(o.value(QStringLiteral("title")));
    const auto kind = offerKind(o.value(QStringLiteral("kind")).toString());
    if (!kind) {
        ok = false;
        return p;
    }
    p.kind = *kind;
    p.price = o.value(QStringLiteral("price")).toDouble();
    p.amount = o.value(QStringLiteral("amount")).toDouble();
    p.separately = o.value(QStringLiteral("separately")).toDouble();
    p.credentials = strings(o.value(QStringLiteral("credentials")));
    if (p.kind == Offer::Kind::Subscription) {
        const auto period = offerPeriod(o.value(QStringLiteral("period")).toString());
        if (!period || *period == Offer::Period::None) {
            ok = false;
            return p;
        }
        p.period = *period;
        p.periods = o.value(QStringLiteral("periods")).toInt();
        p.start = date(o.value(QStringLiteral("start")), ok);
        p.end = date(o.value(QStringLiteral("end")), ok);
        for (const QJsonValue& d : o.value(QStringLiteral("periodStarts")).toArray())
            p.periodStarts.push_back(date(d, ok));
    }
    return p;
}

} // namespace

// Saved plans spell statuses and objectives as the engine and the plan JSON do.
const char* statusName(PlanStatus status) {
    return cairn::toString(status);
}
const char* objectiveName(Objective objective) {
    return cairn::toString(objective);
}

namespace {

std::optional<PlanStatus> statusFromString(const QString& s) {
    for (auto st : {PlanStatus::Optimal, PlanStatus::Feasible, PlanStatus::Infeasible, PlanStatus::Unknown})
        if (s == QLatin1String(statusName(st)))
            return st;
    return std::nullopt;
}

std::optional<Objective> objectiveFromName(const QString& s) {
    for (auto o : {Objective::Cost, Objective::Effort, Objective::Balanced, Objective::Time, Objective::CostToHold,
                   Objective::OutOfPocket})
        if (s == QLatin1String(objectiveName(o)))
            return o;
    return std::nullopt;
}

} // namespace

QJsonObject profileToJson(const Profile& p) {
    QJsonArray skills;
    for (const auto& s : p.skills)
        skills.append(QJsonObject{{QStringLiteral("skill"), str(s.skill)}, {QStringLiteral("level"), s.level}});
    QJsonObject out{
        {QStringLiteral("name"), str(p.name)},
        {QStringLiteral("goal"), str(p.goal)},
        {QStringLiteral("skills"), skills},
        {QStringLiteral("completed"), strings(p.completed)},
        {QStringLiteral("budget"), optionalNumber(p.budget)},
        {QStringLiteral("hoursPerWeek"), p.hoursPerWeek},
        {QStringLiteral("start"), date(p.start)},
        {QStringLiteral("deadline"), optionalDate(p.deadline)},
        {QStringLiteral("hourlyValue"), p.hourlyValue},
        {QStringLiteral("pinned"), strings(p.pinned)},
        {QStringLiteral("excluded"), strings(p.excluded)},
    };
    fundingToJson(p, out);
    if (!p.completedDates.empty()) {
        QJsonArray dates;
        for (const auto& d : p.completedDates)
            dates.append(QJsonObject{{QStringLiteral("credential"), str(d.credential)},
                                     {QStringLiteral("earned"), optionalDate(d.earned)},
                                     {QStringLiteral("expires"), optionalDate(d.expires)}});
        out.insert(QStringLiteral("completedDates"), dates);
    }
    return out;
}

std::optional<Profile> profileFromJson(const QJsonObject& j) {
    Profile p;
    bool ok = true;
    p.name = str(j.value(QStringLiteral("name")));
    p.goal = str(j.value(QStringLiteral("goal")));
    for (const QJsonValue& s : j.value(QStringLiteral("skills")).toArray()) {
        const QJsonObject o = s.toObject();
        p.skills.push_back(SkillLevel{str(o.value(QStringLiteral("skill"))), o.value(QStringLiteral("level")).toInt()});
    }
    p.completed = strings(j.value(QStringLiteral("completed")));
    p.budget = optionalNumber(j.value(QStringLiteral("budget")));
    p.hoursPerWeek = j.value(QStringLiteral("hoursPerWeek")).toDouble();
    p.start = date(j.value(QStringLiteral("start")), ok);
    p.deadline = optionalDate(j.value(QStringLiteral("deadline")), ok);
    p.hourlyValue = j.value(QStringLiteral("hourlyValue")).toDouble();
    p.pinned = strings(j.value(QStringLiteral("pinned")));
    p.excluded = strings(j.value(QStringLiteral("excluded")));
    for (const QJsonValue& d : j.value(QStringLiteral("completedDates")).toArray()) {
        const QJsonObject o = d.toObject();
        p.completedDates.push_back({str(o.value(QStringLiteral("credential"))),
                                    optionalDate(o.value(QStringLiteral("earned")), ok),
                                    optionalDate(o.value(QStringLiteral("expires")), ok)});
    }
    if (!ok || !fundingFromJson(j, p))
        return std::nullopt;
    return p;
}

QJsonObject planToJson(const Plan& plan) {
    QJsonArray credentials;
    for (const PlannedCredential& c : plan.credentials) {
        QJsonArray why;
        for (const Reason& r : c.why)
            why.append(QJsonObject{{QStringLiteral("kind"), QString::fromLatin1(reasonKind(r.kind))},
                                   {QStringLiteral("item"), str(r.item)},
                                   {QStringLiteral("target"), str(r.target)},
                                   {QStringLiteral("credits"), r.credits}});
        QJsonObject credential{{QStringLiteral("id"), str(c.id)},
                               {QStringLiteral("title"), str(c.title)},
                               {QStringLiteral("cost"), c.cost},
                               {QStringLiteral("hours"), c.hours},
                               {QStringLiteral("cohort"), c.cohort},
                               {QStringLiteral("start"), date(c.start)},
                               {QStringLiteral("end"), date(c.end)},
                               {QStringLiteral("reliesOn"), strings(c.reliesOn)},
                               {QStringLiteral("creditCategory"), str(c.creditCategory)},
                               {QStringLiteral("creditsCounted"), c.creditsCounted},
                               {QStringLiteral("why"), why}};
        if (!c.offer.empty())
            credential.insert(QStringLiteral("offer"), str(c.offer));
        credentials.append(credential);
    }
    QJsonArray load;
    for (const WeekLoad& w : plan.load)
        load.append(QJsonArray{w.week, w.hours});
    const PlanTotals& t = plan.totals;
    QJsonObject out{
        {QStringLiteral("status"), QString::fromLatin1(statusName(plan.status))},
        {QStringLiteral("objective"), QString::fromLatin1(objectiveName(plan.objective))},
        {QStringLiteral("goal"), str(plan.goal)},
        {QStringLiteral("totals"), QJsonObject{{QStringLiteral("cost"), t.cost},
                                               {QStringLiteral("hours"), t.hours},
                                               {QStringLiteral("credits"), t.credits},
                                               {QStringLiteral("completion"), date(t.completion)},
                                               {QStringLiteral("weeks"), t.weeks}}},
        {QStringLiteral("credentials"), credentials},
        {QStringLiteral("load"), load},
        {QStringLiteral("reason"), sentencesToJson(plan.reason)},
        {QStringLiteral("hoursPerWeek"), plan.hoursPerWeek},
        {QStringLiteral("start"), date(plan.start)},
    };
    if (!plan.earnedCredits.empty()) { // only a credits goal the learner had earned credits toward
        QJsonObject totals = out.value(QStringLiteral("totals")).toObject();
        totals.insert(QStringLiteral("creditsEarned"), t.creditsEarned);
        out.insert(QStringLiteral("totals"), totals);
        QJsonArray earned;
        for (const EarnedCredits& e : plan.earnedCredits)
            earned.append(
                QJsonObject{{QStringLiteral("category"), str(e.category)}, {QStringLiteral("credits"), e.credits}});
        out.insert(QStringLiteral("earnedCredits"), earned);
    }
    // Only a feasible plan has a bound and a gap; older snapshots have neither.
    if (plan.bound)
        out.insert(QStringLiteral("bound"), *plan.bound);
    if (plan.gap)
        out.insert(QStringLiteral("gap"), *plan.gap);
    // Only a plan that pays through an offer has payments, and only one that pays a subscription
    // has its money by pace; snapshots saved before offers have neither.
    if (!plan.payments.empty()) {
        QJsonArray payments;
        for (const OfferPayment& p : plan.payments)
            payments.append(paymentToJson(p));
        out.insert(QStringLiteral("payments"), payments);
    }
    if (!plan.paceCosts.empty()) {
        QJsonArray paces;
        for (const PaceCost& p : plan.paceCosts)
            paces.append(QJsonArray{p.hoursPerWeek, p.cost});
        out.insert(QStringLiteral("paceCosts"), paces);
    }
    outOfPocketToJson(plan, out);
    return out;
}

std::optional<Plan> planFromJson(const QJsonObject& j) {
    Plan plan;
    bool ok = true;
    const auto status = statusFromString(j.value(QStringLiteral("status")).toString());
    const auto objective = objectiveFromName(j.value(QStringLiteral("objective")).toString());
    if (!status || !objective)
        return std::nullopt;
    plan.status = *status;
    plan.objective = *objective;
    plan.goal = str(j.value(QStringLiteral("goal")));
    const QJsonObject t = j.value(QStringLiteral("totals")).toObject();
    plan.totals.cost = t.value(QStringLiteral("cost")).toDouble();
    plan.totals.hours = t.value(QStringLiteral("hours")).toDouble();
    plan.totals.credits = t.value(QStringLiteral("credits")).toDouble();
    plan.totals.creditsEarned = t.value(QStringLiteral("creditsEarned")).toDouble(); // 0 in older snapshots
    for (const QJsonValue& v : j.value(QStringLiteral("earnedCredits")).toArray()) {
        const QJsonObject o = v.toObject();
        plan.earnedCredits.push_back(
            {str(o.value(QStringLiteral("category"))), o.value(QStringLiteral("credits")).toDouble()});
    }
    plan.totals.completion = date(t.value(QStringLiteral("completion")), ok);
    plan.totals.weeks = t.value(QStringLiteral("weeks")).toInt();
    for (const QJsonValue& v : j.value(QStringLiteral("credentials")).toArray()) {
        const QJsonObject o = v.toObject();
        PlannedCredential c;
        c.id = str(o.value(QStringLiteral("id")));
        c.title = str(o.value(QStringLiteral("title")));
        c.cost = o.value(QStringLiteral("cost")).toDouble();
        c.hours = o.value(QStringLiteral("hours")).toDouble();
        c.cohort = o.value(QStringLiteral("cohort")).toBool();
        c.start = date(o.value(QStringLiteral("start")), ok);
        c.end = date(o.value(QStringLiteral("end")), ok);
        c.reliesOn = strings(o.value(QStringLiteral("reliesOn")));
        c.creditCategory = str(o.value(QStringLiteral("creditCategory")));
        c.creditsCounted = o.value(QStringLiteral("creditsCounted")).toDouble();
        c.offer = str(o.value(QStringLiteral("offer")));
        // Plans saved before reasons were worded on display also hold a "text": the English
        // sentence of that time, which the parts above now say in the reader's language.
        for (const QJsonValue& w : o.value(QStringLiteral("why")).toArray()) {
            const QJsonObject r = w.toObject();
            const auto kind = reasonKind(r.value(QStringLiteral("kind")).toString());
            if (!kind)
                return std::nullopt;
            c.why.push_back(Reason{*kind, str(r.value(QStringLiteral("item"))), str(r.value(QStringLiteral("target"))),
                                   r.value(QStringLiteral("credits")).toDouble()});
        }
        plan.credentials.push_back(std::move(c));
    }
    for (const QJsonValue& v : j.value(QStringLiteral("load")).toArray()) {
        const QJsonArray w = v.toArray();
        plan.load.push_back(WeekLoad{w.at(0).toInt(), w.at(1).toDouble()});
    }
    auto reason = sentencesFromJson(j.value(QStringLiteral("reason")));
    if (!reason)
        return std::nullopt;
    plan.reason = std::move(*reason);
    // Plans saved before the bound was worded on display also hold a "boundText": the English
    // sentence of that time, which text::PlanWords now writes from "bound" and "gap".
    if (const QJsonValue b = j.value(QStringLiteral("bound")); b.isDouble())
        plan.bound = b.toDouble();
    if (const QJsonValue g = j.value(QStringLiteral("gap")); g.isDouble())
        plan.gap = g.toDouble();
    plan.hoursPerWeek = j.value(QStringLiteral("hoursPerWeek")).toDouble();
    plan.start = date(j.value(QStringLiteral("start")), ok);
    for (const QJsonValue& v : j.value(QStringLiteral("payments")).toArray())
        plan.payments.push_back(paymentFromJson(v.toObject(), ok));
    for (const QJsonValue& v : j.value(QStringLiteral("paceCosts")).toArray()) {
        const QJsonArray p = v.toArray();
        plan.paceCosts.push_back(PaceCost{p.at(0).toDouble(), p.at(1).toDouble()});
    }
    if (!ok || !outOfPocketFromJson(j, plan))
        return std::nullopt;
    return plan;
}

QJsonObject inputsToJson(const SavedPlanInputs& in) {
    QJsonObject json{
        {QStringLiteral("catalogName"), in.catalogName},
        {QStringLiteral("catalogRevision"), in.catalogRevision},
        {QStringLiteral("profile"), profileToJson(in.profile)},
        {QStringLiteral("goal"), str(in.goal)},
        {QStringLiteral("objective"), QString::fromLatin1(objectiveName(in.objective))},
        {QStringLiteral("budget"), optionalNumber(in.budget)},
        {QStringLiteral("deadline"), optionalDate(in.deadline)},
        {QStringLiteral("pinned"), strings(in.pinned)},
        {QStringLiteral("excluded"), strings(in.excluded)},
    };
    if (in.ownGoal) // only for a plan for an own goal, so other plans are written as before
        json.insert(QStringLiteral("ownGoal"), QJsonDocument::fromJson(io::writeSkillGoal(*in.ownGoal)).object());
    return json;
}

std::optional<SavedPlanInputs> inputsFromJson(const QJsonObject& j) {
    SavedPlanInputs in;
    bool ok = true;
    in.catalogName = j.value(QStringLiteral("catalogName")).toString();
    in.catalogRevision = j.value(QStringLiteral("catalogRevision")).toString();
    auto profile = profileFromJson(j.value(QStringLiteral("profile")).toObject());
    const auto objective = objectiveFromName(j.value(QStringLiteral("objective")).toString());
    if (!profile || !objective)
        return std::nullopt;
    in.profile = std::move(*profile);
    in.goal = str(j.value(QStringLiteral("goal")));
    in.objective = *objective;
    in.budget = optionalNumber(j.value(QStringLiteral("budget")));
    in.deadline = optionalDate(j.value(QStringLiteral("deadline")), ok);
    in.pinned = strings(j.value(QStringLiteral("pinned")));
    in.excluded = strings(j.value(QStringLiteral("excluded")));
    if (const QJsonValue own = j.value(QStringLiteral("ownGoal")); own.isObject()) {
        auto goal = io::readSkillGoal(QJsonDocument(own.toObject()).toJson(QJsonDocument::Compact));
        if (!goal.ok())
            return std::nullopt;
        in.ownGoal = std::move(*goal.value);
    }
    if (!ok)
        return std::nullopt;
    return in;
}

} // namespace cairn::store
