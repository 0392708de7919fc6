#include "cairn/text/message_words.h"

#include "cairn/text/load_words.h"
#include "cairn/text/requirement_words.h"
#include "detail/message_args.h"

#include <cmath>

namespace cairn::text {

namespace {

using detail::at;
using detail::qs;

using Code = Message::Code;

/// Figures as given, without grouping: "2000000000 weeks", "1e+300", "168.0000001" (a figure
/// out of range is shown exactly as it was written, never rounded to one that looks valid).
QLocale ungrouped(QLocale locale) {
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}

} // namespace

QString MessageWords::object(const QString& reference) {
    // Longest kind first: "profile field" before any one-word kind.
    const struct {
        QLatin1StringView kind;
        QString (*words)(const QString& id);
    } kinds[] = {
        {QLatin1StringView("profile field "), [](const QString& id) { return tr("profile field %1").arg(id); }},
        {QLatin1StringView("credential "), [](const QString& id) { return tr("credential %1").arg(id); }},
        {QLatin1StringView("goal "), [](const QString& id) { return tr("goal %1").arg(id); }},
        {QLatin1StringView("skill "), [](const QString& id) { return tr("skill %1").arg(id); }},
        {QLatin1StringView("program "), [](const QString& id) { return tr("program %1").arg(id); }},
        {QLatin1StringView("offer "), [](const QString& id) { return tr("offer %1").arg(id); }},
        {QLatin1StringView("funding "), [](const QString& id) { return tr("funding %1").arg(id); }},
        {QLatin1StringView("occupation "), [](const QString& id) { return tr("occupation %1").arg(id); }},
    };
    for (const auto& k : kinds)
        if (reference.startsWith(k.kind) && reference.size() > k.kind.size())
            return k.words(reference.mid(k.kind.size()));
    return reference;
}

QString MessageWords::text(const MessageArg& arg) const {
    return qs(arg.text);
}

QString MessageWords::quoted(const MessageArg& arg) const {
    return tr("\u201C%1\u201D").arg(qs(arg.kind == MessageArg::Kind::Name ? arg.id : arg.text));
}

QString MessageWords::label(const MessageArg& name) const {
    // Titles need not be unique: the id goes with them.
    if (name.text.empty() || name.text == name.id)
        return tr("\u201C%1\u201D").arg(qs(name.id));
    return tr("\u201C%1\u201D (%2)").arg(qs(name.text), qs(name.id));
}

QString MessageWords::subject(const MessageArg& name) const {
    const QString l = label(name);
    switch (name.noun) {
    case MessageArg::Noun::Credential:
        return tr("Credential %1").arg(l);
    case MessageArg::Noun::Goal:
        return tr("Goal %1").arg(l);
    case MessageArg::Noun::Skill:
        return tr("Skill %1").arg(l);
    case MessageArg::Noun::Program:
        return tr("Program %1").arg(l);
    case MessageArg::Noun::Offer:
        return tr("Offer %1").arg(l);
    case MessageArg::Noun::None:
        break;
    }
    return l;
}

QString MessageWords::number(const MessageArg& arg) const {
    // As C writes it ("1e+300", "inf"), with the locale's decimal point: QLocale would write
    // "1E+300", which reads as a different number to people used to the files' notation.
    QString s = QString::number(arg.value, 'g', 12);
    s.replace(QLatin1Char('.'), format_.locale().decimalPoint());
    return s;
}

QString MessageWords::count(const MessageArg& arg) const {
    return ungrouped(format_.locale()).toString(static_cast<qlonglong>(arg.value));
}

QString MessageWords::range(const MessageArg& arg) const {
    // A bound as people write it: whole numbers grouped by thousands ("1,000,000").
    const auto bound = [&](double v) {
        if (v != std::floor(v) || std::fabs(v) >= 1e15)
            return ungrouped(format_.locale()).toString(v, 'g', 6);
        return format_.locale().toString(static_cast<qlonglong>(v));
    };
    if (arg.aboveMin)
        return tr("above %1 and at most %2").arg(bound(arg.value), bound(arg.max));
    return tr("from %1 to %2").arg(bound(arg.value), bound(arg.max));
}

QString MessageWords::date(const MessageArg& arg) const {
    return format_.date(arg.date);
}

QString MessageWords::money(const MessageArg& arg) const {
    return format_.money(arg.value, arg.text);
}

QString MessageWords::labels(const MessageArg& names, const QString& separator) const {
    QStringList out;
    for (const auto& n : names.names)
        out << (n.kind == MessageArg::Kind::Name ? label(n) : text(n));
    return out.join(separator);
}

QString MessageWords::clauses(const MessageArg& arg) const {
    QStringList out;
    for (const auto& c : arg.clauses)
        out << sentence(c);
    return out.join(QStringLiteral("; "));
}

QString MessageWords::items(const MessageArg& items, bool all) const {
    QStringList words;
    for (const auto& item : items.names)
        words << (catalog_ ? RequirementWords(*catalog_).itemText(item.text) : text(item));
    if (words.size() < 2)
        return words.join(QString());
    const QString last = words.takeLast();
    return (all ? tr("%1 and %2") : tr("%1 or %2")).arg(words.join(QStringLiteral(", ")), last);
}

QString MessageWords::sentences(const Sentences& sentences) const {
    QStringList out;
    for (const auto& s : sentences)
        out << sentence(s);
    return out.join(QLatin1Char(' '));
}

QString MessageWords::sentence(const Message& m) const {
    if (m.code == Code::Recorded)
        return text(at(m, 0));
    for (auto part : {&MessageWords::catalogSentence, &MessageWords::numberSentence, &MessageWords::reachSentence,
                      &MessageWords::profileSentence, &MessageWords::planSentence, &MessageWords::keepingSentence,
                      &MessageWords::fundingSentence, &MessageWords::workspaceSentence, &MessageWords::serverSentence,
                      &MessageWords::contentSentence, &MessageWords::doingSentence, &MessageWords::readBackSentence}) {
        QString s = (this->*part)(m);
        if (!s.isNull())
            return s;
    }
    // io's reading errors and the CSV import's rows (load_message_words.cpp).
    if (QString s = LoadWords(format_).phrase(m); !s.isNull())
        return s;
    return QString::fromLatin1(codeName(m.code));
}

QString MessageWords::catalogSentence(const Message& m) const {
    const auto a = [&](std::size_t i) -> const MessageArg& { return at(m, i); };
    const auto categories = [&](const MessageArg& list) {
        return list.names.empty() ? tr("none") : labels(list, QStringLiteral(", "));
    };
    switch (m.code) {
    case Code::DuplicateSkillId:
        return tr("The id %1 is used by %2 skills; each skill needs an id of its own.").arg(quoted(a(0)), count(a(1)));
    case Code::DuplicateCredentialId:
        return tr("The id %1 is used by %2 credentials; each credential needs an id of its own.")
            .arg(quoted(a(0)), count(a(1)));
    case Code::DuplicateProgramId:
        return tr("The id %1 is used by %2 programs; each program needs an id of its own.")
            .arg(quoted(a(0)), count(a(1)));
    case Code::DuplicateGoalId:
        return tr("The id %1 is used by %2 goals; each goal needs an id of its own.").arg(quoted(a(0)), count(a(1)));
    case Code::DuplicateOfferId:
        return tr("The id %1 is used by %2 offers; each offer needs an id of its own (id).")
            .arg(quoted(a(0)), count(a(1)));
    case Code::CohortWithoutStarts:
        return tr("%1 is taught in cohorts but lists no start dates, so it can never be scheduled.").arg(subject(a(0)));
    case Code::CohortStartsUnordered:
        return tr("%1 lists its cohort start dates out of order or more than once; they must be ascending.")
            .arg(subject(a(0)));
    case Code::GrantsUnknownSkill:
        return tr("%1 grants skill %2, which the catalog does not define.").arg(subject(a(0)), quoted(a(1)));
    case Code::GrantsBadLevel:
        return tr("%1 grants skill %2 at level %3; levels run from 1 to 5.")
            .arg(subject(a(0)), quoted(a(1)), count(a(2)));
    case Code::RequiresItself:
        return tr("%1 requires itself (%2), so it can never be taken.").arg(subject(a(0)), text(a(1)));
    case Code::RequiresUnknownCredential:
        return tr("%1 requires %2, but the catalog has no credential with id %3.")
            .arg(subject(a(0)), text(a(1)), quoted(a(2)));
    case Code::RequiresUnknownSkill:
        return tr("%1 requires %2, but the catalog has no skill with id %3.")
            .arg(subject(a(0)), text(a(1)), quoted(a(2)));
    case Code::RequiresBadLevel:
        return tr("%1 requires %2, but skill levels run from 1 to 5.").arg(subject(a(0)), text(a(1)));
    case Code::EmptyGroup:
        return tr("%1 requires an empty %2 group; a group needs at least one member.").arg(subject(a(0)), quoted(a(1)));
    case Code::BadGroupMin:
        return (a(2).value == 1
                    ? tr("%1 requires at least %2 of a group with %3 distinct member; min must be between 1 and %3.")
                    : tr("%1 requires at least %2 of a group with %3 distinct members; min must be between 1 and %3."))
            .arg(subject(a(0)), count(a(1)), count(a(2)));
    case Code::ProgramCategoryTwice:
        return tr("Program %1 lists category %2 more than once.").arg(quoted(a(0)), quoted(a(1)));
    case Code::GoalWithoutProgram:
        return tr("%1 asks for credits but names no program.").arg(subject(a(0)));
    case Code::GoalUnknownProgram:
        return tr("%1 asks for credits toward program %2, which the catalog does not define.")
            .arg(subject(a(0)), quoted(a(1)));
    case Code::GoalUnknownCategory:
        return tr("%1 has a rule for category %2, which program %3 does not have (its categories: %4).")
            .arg(subject(a(0)), quoted(a(1)), quoted(a(2)), categories(a(3)));
    case Code::CreditsUnknownProgram:
        return tr("%1 offers credits toward program %2, which the catalog does not define.")
            .arg(subject(a(0)), quoted(a(1)));
    case Code::CreditsUnknownCategory:
        return tr("%1 offers credits in category %2 of program %3, which is not one of its categories (%4).")
            .arg(subject(a(0)), quoted(a(1)), quoted(a(2)), categories(a(3)));
    case Code::UnusedSkill:
        return tr("%1 is neither granted nor required by anything in the catalog.").arg(subject(a(0)));
    case Code::OfferWithoutPeriod:
        return tr("%1 is a subscription without a billing period; period must be \"month\" or \"year\".")
            .arg(subject(a(0)));
    case Code::PeriodOnNonSubscription:
        return tr("%1 is a %2 offer but has a period; only a subscription is billed by the period.")
            .arg(subject(a(0)), text(a(1)));
    case Code::CredentialWithoutPrice:
        return tr("%1 has no cost, and no offer covers it, so it cannot be bought (cost).").arg(subject(a(0)));
    case Code::OfferCoversNothing:
        return tr("%1 covers no credential; covers must name at least one.").arg(subject(a(0)));
    case Code::OfferBadCoverItem:
        return tr("%1 covers %2; each item of covers is cred:ID or tag:TAG.").arg(subject(a(0)), quoted(a(1)));
    case Code::OfferCoversUnknownCredential:
        return tr("%1 covers %2, but the catalog has no credential with id %3 (covers).")
            .arg(subject(a(0)), quoted(a(1)), quoted(a(2)));
    case Code::OfferCoversUnknownTag:
        return tr("%1 covers %2, but no credential has the tag %3 (covers).")
            .arg(subject(a(0)), quoted(a(1)), quoted(a(2)));
    default:
        return {};
    }
}

QString MessageWords::numberSentence(const Message& m) const {
    const auto a = [&](std::size_t i) -> const MessageArg& { return at(m, i); };
    switch (m.code) {
    case Code::NumberOutOfRange:
        return tr("%1 has %2 %3; %2 must be %4.").arg(subject(a(0)), text(a(1)), number(a(2)), range(a(3)));
    case Code::DateOutOfRange:
        return tr("%1 has %2 %3; dates must be from %4 to %5.")
            .arg(subject(a(0)), text(a(1)), date(a(2)), date(a(3)), date(a(4)));
    case Code::CohortWeeksOutOfRange:
        return tr("%1 is taught in cohorts of %2 weeks; a cohort runs from %3 to %4 weeks.")
            .arg(subject(a(0)), count(a(1)), count(a(2)), count(a(3)));
    case Code::AsOfNotADate:
        return tr("%1 has as_of %2, which is not a date written YYYY-MM-DD.").arg(subject(a(0)), quoted(a(1)));
    case Code::CreditsOutOfRange:
        return tr("%1 offers %2 credits toward program %3; credits must be %4.")
            .arg(subject(a(0)), number(a(1)), quoted(a(2)), range(a(3)));
    case Code::MinCreditsOutOfRange:
        return tr("%1 asks for %2 credits (min_credits); min_credits must be %3.")
            .arg(subject(a(0)), number(a(1)), range(a(2)));
    case Code::CategoryBoundOutOfRange:
        return tr("%1's rule for category %2 has %3 %4; %3 must be %5.")
            .arg(subject(a(0)), quoted(a(1)), text(a(2)), number(a(3)), range(a(4)));
    case Code::CategoryMinAboveMax:
        return tr("%1's rule for category %2 has min %3 above max %4, so it can never be met.")
            .arg(subject(a(0)), quoted(a(1)), number(a(2)), number(a(3)));
    case Code::BudgetOutOfRange:
        return tr("The budget is %1; it must be %2, or no budget at all.").arg(number(a(0)), range(a(1)));
    case Code::HoursPerWeekOutOfRange:
        return tr("The profile has %1 hours a week for learning; it must be %2.").arg(number(a(0)), range(a(1)));
    case Code::HourlyValueOutOfRange:
        return tr("The value of an hour is %1; it must be %2.").arg(number(a(0)), range(a(1)));
    case Code::StartOutOfRange:
        return tr("The start date %1 is outside the dates Cairn plans with (from %2 to %3).")
            .arg(date(a(0)), date(a(1)), date(a(2)));
    case Code::DeadlineOutOfRange:
        return tr("The deadline %1 is outside the dates Cairn plans with (from %2 to %3).")
            .arg(date(a(0)), date(a(1)), date(a(2)));
    default:
        return {};
    }
}

QString MessageWords::reachSentence(const Message& m) const {
    const auto a = [&](std::size_t i) -> const MessageArg& { return at(m, i); };
    switch (m.code) {
    case Code::Cycle: {
        QString s = tr("These credentials can only be taken after each other, so none of them can ever be taken: %1 "
                       "(each needs something the next one provides).")
                        .arg(labels(a(0), QStringLiteral(" \u2192 ")));
        if (!a(1).names.empty())
            s += QLatin1Char(' ') + tr("Caught in the same loop: %1.").arg(labels(a(1), QStringLiteral(", ")));
        return s;
    }
    case Code::PrerequisiteNeedsOwnSkills:
        return tr("%1 can only be taken by a learner who already holds what no credential here grants: %2.")
            .arg(subject(a(0)), clauses(a(1)));
    case Code::PrerequisiteNeverMet:
        return tr("%1 can never be taken: %2.").arg(subject(a(0)), clauses(a(1)));
    case Code::GoalNeedsOwnSkills:
        return tr("%1 can only be reached by a learner who already holds what no credential here grants: %2.")
            .arg(subject(a(0)), clauses(a(1)));
    case Code::GoalNeverReached:
        return tr("%1 can never be reached, even taking every credential that can be taken: %2.")
            .arg(subject(a(0)), clauses(a(1)));
    case Code::GoalCreditsUnreachable:
        return tr("%1 needs %2 credits toward program %3, but the credentials that can be taken supply at most %4 "
                  "credits that count.")
            .arg(subject(a(0)), number(a(1)), quoted(a(2)), number(a(3)));
    case Code::GoalCategoryUnreachable:
        return tr("%1 needs at least %2 credits in category %3, but the credentials that can be taken offer only %4 "
                  "there.")
            .arg(subject(a(0)), number(a(1)), quoted(a(2)), number(a(3)));
    case Code::NeedsNothing:
        return tr("it needs nothing");
    case Code::NeedsAll:
        return tr("it needs %1, and not all of them can ever be met").arg(text(a(0)));
    case Code::NeedsAny:
        return tr("it needs %1, and none of them can ever be met").arg(text(a(0)));
    case Code::NeedsAtLeast:
        return tr("it needs %1, and only %2 of them can ever be met").arg(text(a(0)), count(a(1)));
    case Code::NeedsItself:
        return tr("it needs itself (%1)").arg(text(a(0)));
    case Code::NeedsUndefined:
        return tr("it needs %1, which the catalog does not define").arg(text(a(0)));
    case Code::NeedsExcluded:
        return tr("it needs %1 (%2), which is excluded").arg(text(a(0)), text(a(1)));
    case Code::NeedsUntakeable:
        return tr("it needs %1 (%2), which can never be taken").arg(text(a(0)), text(a(1)));
    case Code::NeedsLevelAboveMax:
        return tr("it needs %1, but skill levels only go up to %2").arg(text(a(0)), count(a(1)));
    case Code::NeedsUngranted:
        return tr("it needs %1, which no credential grants at level %2 or above").arg(text(a(0)), count(a(1)));
    case Code::NeedsUngrantedByOthers:
        return tr("it needs %1, which no other credential grants at level %2 or above").arg(text(a(0)), count(a(1)));
    case Code::NeedsGrantorsUntakeable: {
        QString names = labels(a(2), QStringLiteral(", "));
        if (a(3).value > 0)
            names = tr("%1 and %2 more").arg(names, count(a(3)));
        return tr("it needs %1, and none of the credentials that grant it at level %2 or above (%3) can be taken")
            .arg(text(a(0)), count(a(1)), names);
    }
    default:
        return {};
    }
}

QString MessageWords::profileSentence(const Message& m) const {
    const auto a = [&](std::size_t i) -> const MessageArg& { return at(m, i); };
    switch (m.code) {
    case Code::ProfileUnknownGoal:
        return tr("The profile aims at goal %1, which the catalog does not define.").arg(quoted(a(0)));
    case Code::ProfileUnknownSkill:
        return tr("The profile holds skill %1, which the catalog does not define.").arg(quoted(a(0)));
    case Code::ProfileBadLevel:
        return tr("The profile holds skill %1 at level %2; levels run from 1 to 5.").arg(quoted(a(0)), count(a(1)));
    case Code::ProfileUnknownCompleted:
        return tr("The profile lists %1 as completed, but the catalog has no credential with that id.")
            .arg(quoted(a(0)));
    case Code::ProfileUnknownPinned:
        return tr("The profile pins %1, but the catalog has no credential with that id.").arg(quoted(a(0)));
    case Code::ProfileUnknownExcluded:
        return tr("The profile excludes %1, but the catalog has no credential with that id.").arg(quoted(a(0)));
    case Code::ProfileDeadlineBeforeStart:
        return tr("The deadline %1 is before the start date %2, so no plan can meet it.").arg(date(a(0)), date(a(1)));
    case Code::PinnedAndExcluded:
        return tr("%1 is both pinned and excluded; a plan cannot include and leave it out.").arg(subject(a(0)));
    case Code::PinnedCompleted:
        return tr("%1 is pinned but already completed, so the pin changes nothing.").arg(subject(a(0)));
    case Code::CompletedLapsed:
        return tr("%1 expired on %2, before the plan starts on %3, so it no longer counts as held; a plan may "
                  "include earning it again.")
            .arg(subject(a(0)), date(a(1)), date(a(2)));
    case Code::PinnedUnreachable:
        if (a(1).clauses.empty())
            return tr("%1 is pinned but can never be taken from this profile because of problems in the catalog.")
                .arg(subject(a(0)));
        return tr("%1 is pinned but can never be taken from this profile: %2.").arg(subject(a(0)), clauses(a(1)));
    default:
        return {};
    }
}

QString MessageWords::planSentence(const Message& m) const {
    const auto a = [&](std::size_t i) -> const MessageArg& { return at(m, i); };
    switch (m.code) {
    case Code::NoPlanMeetsConstraints:
        return tr("No plan meets the constraints.");
    case Code::NoCreditsCombination:
        return tr("No combination of credentials you can take earns the credits '%1' needs within its category "
                  "limits.")
            .arg(text(a(0)));
    case Code::NoCombination:
        return tr("No combination of credentials you can take meets the requirements of '%1'.").arg(text(a(0)));
    case Code::BudgetTooSmall:
        return tr("The budget is %1 but the cheapest plan costs %2.").arg(money(a(0)), money(a(1)));
    case Code::BudgetTooSmallCheapestFound:
        return tr("The budget is %1 but every plan costs more; the cheapest found costs %2.")
            .arg(money(a(0)), money(a(1)));
    case Code::BudgetTooSmallWithin:
        return tr("The budget is %1 but no plan costs less than %2; the cheapest found costs %3.")
            .arg(money(a(0)), money(a(1)), money(a(2)));
    case Code::BudgetUnmet:
        return tr("No plan fits the budget of %1.").arg(money(a(0)));
    case Code::BudgetUnmetBelowBound:
        return tr("No plan fits the budget of %1: no plan costs less than %2.").arg(money(a(0)), money(a(1)));
    case Code::DeadlineUnmet:
        return tr("No plan finishes by the deadline of %1.").arg(date(a(0)));
    case Code::BudgetAndDeadlineUnsettled:
        return tr("No plan meets both the budget of %1 and the deadline of %2.").arg(money(a(0)), date(a(1)));
    case Code::DeadlineMissed:
        return tr("No plan finishes by the deadline of %1; the earliest finishes on %2.").arg(date(a(0)), date(a(1)));
    case Code::DeadlineMissedBeyondDates:
        return tr("No plan finishes by the deadline of %1; the earliest finishes after %2.")
            .arg(date(a(0)), date(a(1)));
    case Code::BudgetAlsoTooSmall:
        return tr("The budget is also too small: the cheapest plan costs %1.").arg(money(a(0)));
    case Code::BudgetAndDeadline:
        return tr("No plan meets both the budget of %1 and the deadline of %2: the plans within budget finish later.")
            .arg(money(a(0)), date(a(1)));
    case Code::DeadlineBeforeStart:
        return tr("The deadline %1 is before the start date %2.").arg(date(a(0)), date(a(1)));
    case Code::NoHoursPerWeek:
        return tr("The learner has no hours per week to study.");
    case Code::StoppedCancelled:
        return tr("The search stopped before it found a plan (cancelled); a plan may still exist.");
    case Code::StoppedTimeLimit:
        return tr("The search stopped before it found a plan (time limit reached); a plan may still exist.");
    case Code::StoppedEarly:
        return tr("The search stopped early; this is the best plan found.");
    case Code::SharedOffersUnproven:
        return tr("A subscription or bundle is shared by credentials of this plan, and with cohort dates in play "
                  "Cairn cannot prove the money minimal; each credential is priced on its own.");
    case Code::SharedOffersAtLeast:
        return tr("A subscription or bundle is shared by credentials of this plan, and with cohort dates in play "
                  "Cairn did not prove the money minimal; no plan that meets the dates costs less than %1.")
            .arg(money(a(0)));
    case Code::NoPlanFoundThatWay:
        return tr("No plan was found that way.");
    case Code::CohortDatesGreedy:
        return tr("(Cohort start dates were chosen greedily; a different choice might fit.)");
    case Code::CohortDatesGreedySetOptimal:
        return tr("The set of credentials is optimal for the schedule found, but cohort start dates were chosen "
                  "greedily, so an earlier completion is not ruled out.");
    case Code::CohortDatesGreedySetsAside:
        return tr("Credentials whose cohorts did not fit the start dates chosen greedily were set aside; with other "
                  "dates they might make a better plan.");
    case Code::ScheduleOverBudget:
        return tr("The plan found fits the budget only if its subscriptions' credentials could be studied one after "
                  "another, which their prerequisites prevent; its schedule costs %1.")
            .arg(money(a(0)));
    case Code::SubscriptionsCostMore:
        return tr("Its subscriptions are paid for %1 in this schedule, more than the %2 their hours alone need, "
                  "because their credentials cannot be studied one after another at full pace; a cheaper plan is "
                  "not ruled out.")
            .arg(money(a(0)), money(a(1)));
    case Code::SharedPlanSchedulesDearer:
        return tr("The plan whose subscriptions cost least by their hours alone (%1) is paid %2 in its own schedule, "
                  "because its credentials cannot be studied one after another at full pace; this plan costs less, "
                  "and a cheaper one is not ruled out.")
            .arg(money(a(0)), money(a(1)));
    case Code::PastLastDate:
        return tr("The plan would not be finished by %1, the last day Cairn schedules; it needs more hours than fit "
                  "before then.")
            .arg(date(a(0)));
    case Code::NoCohortStart:
        return tr("'%1' has no cohort start date the schedule can make.").arg(text(a(0)));
    case Code::NoCohortStartAfterPrerequisites:
        return tr("'%1' has no cohort start date after its prerequisites are done.").arg(text(a(0)));
    case Code::UnknownGoal:
        return tr("The catalog has no goal '%1'.").arg(text(a(0)));
    case Code::PinnedNotInCatalog:
        return tr("The pinned credential '%1' is not in the catalog.").arg(text(a(0)));
    case Code::PinnedExcludedTitle:
        return tr("'%1' is both pinned and excluded.").arg(text(a(0)));
    case Code::PinnedNeverTaken:
        return tr("The pinned credential '%1' can never be taken: its prerequisites need %2, which nothing you can "
                  "take provides.")
            .arg(text(a(0)), items(a(1), false));
    case Code::PinnedNeedsExcluded:
        return tr("The pinned credential '%1' can never be taken: it needs %2, which you excluded.")
            .arg(text(a(0)), items(a(1), false));
    case Code::GoalOutOfReach:
        return tr("No plan can reach '%1': it needs %2, which no credential you can take provides.")
            .arg(text(a(0)), items(a(1), a(2).value != 0));
    default:
        return {};
    }
}

/// Keeping a credential: validity, renewal and ranges in the catalog, and the cost-to-hold plan.
QString MessageWords::keepingSentence(const Message& m) const {
    const auto a = [&](std::size_t i) -> const MessageArg& { return at(m, i); };
    switch (m.code) {
    case Code::RangeWithoutCost:
        return tr("%1 has a cost_range but no cost; a range is around the typical cost.").arg(subject(a(0)));
    case Code::RangeLowAboveHigh:
        return tr("%1 has %2 low %3 above high %4.").arg(subject(a(0)), text(a(1)), number(a(2)), number(a(3)));
    case Code::RangeMissesTypical:
        return tr("%1 has %2 %3 to %4, which does not hold its %5 %6; the typical figure lies between low and high.")
            .arg(subject(a(0)), text(a(1)), number(a(2)), number(a(3)), text(a(4)), number(a(5)));
    case Code::MonthsOutOfRange:
        return tr("%1 has %2 %3; %2 must be from %4 to %5 months.")
            .arg(subject(a(0)), text(a(1)), count(a(2)), count(a(3)), count(a(4)));
    case Code::RenewalWithoutValidity:
        return tr("%1 has a renewal but no valid_months; say how long it is valid before it is renewed.")
            .arg(subject(a(0)));
    case Code::RenewalAsOfNotADate:
        return tr("%1 has renewal.as_of %2, which is not a date written YYYY-MM-DD.").arg(subject(a(0)), quoted(a(1)));
    case Code::RenewedByItself:
        return tr("%1 names itself in renewal.renewed_by; list the other credentials that renew it.")
            .arg(subject(a(0)));
    case Code::RenewedByUnknown:
        return tr("%1 has renewal.renewed_by %2, which is not a credential of the catalog.")
            .arg(subject(a(0)), quoted(a(1)));
    case Code::HoldYearsOutOfRange:
        return tr("The years to hold must be from %2 to %3, not %1.").arg(count(a(0)), count(a(1)), count(a(2)));
    case Code::HoldCostOutOfRange:
        return tr("Credential %1 costs more than %2 to hold for the years asked, beyond what Cairn can plan with.")
            .arg(quoted(a(0)), money(a(1)));
    case Code::HoldStoppedEarly:
        return tr("The search stopped early; this is the plan cheapest to hold found.");
    case Code::HoldCheapestOverBudget:
        return tr("The plan cheapest to hold costs more than the budget to earn; this is the plan cheapest to earn "
                  "within the budget, not proven the cheapest to hold.");
    case Code::HoldFeesShared:
        return tr("A credential of this catalog is renewed by another one or sold through an offer, so its fees to "
                  "hold are not a weight of its own; this plan is not proven the cheapest to hold.");
    default:
        return {};
    }
}

/// Funding on the profile and the out-of-pocket plan.
QString MessageWords::fundingSentence(const Message& m) const {
    const auto a = [&](std::size_t i) -> const MessageArg& { return at(m, i); };
    switch (m.code) {
    case Code::TooManyFundingSources:
        return tr("The profile lists %1 funding sources; at most %2 are read.").arg(count(a(0)), count(a(1)));
    case Code::FundingNameLength:
        return tr("A funding source has a name of %1 characters; field name must have 1 to %2.")
            .arg(count(a(0)), count(a(1)));
    case Code::DuplicateFundingSource:
        return tr("Two funding sources are named %1.").arg(quoted(a(0)));
    case Code::FundingShareOutOfRange:
        return tr("Funding source %1 has share %2; field share must be %3 (percent).")
            .arg(quoted(a(0)), number(a(1)), range(a(2)));
    case Code::FundingCapOutOfRange:
        return tr("Funding source %1 has cap %2; field cap must be %3, or no cap at all.")
            .arg(quoted(a(0)), number(a(1)), range(a(2)));
    case Code::FundingBadCoverItem:
        return tr("Funding source %1 covers %2; each item of field covers is provider:NAME, tag:TAG or cred:ID.")
            .arg(quoted(a(0)), quoted(a(1)));
    case Code::FundingCoversUnknownCredential:
        return tr("Funding source %1 covers %2 (field covers), but the catalog has no credential with that id.")
            .arg(quoted(a(0)), quoted(a(1)));
    case Code::FundingCoversNothing:
        if (a(2).text == "provider")
            return tr("Funding source %1 covers %2 (field covers), but no credential of the catalog has that "
                      "provider.")
                .arg(quoted(a(0)), quoted(a(1)));
        return tr("Funding source %1 covers %2 (field covers), but no credential of the catalog has that tag.")
            .arg(quoted(a(0)), quoted(a(1)));
    case Code::OutOfPocketBudgetNeedsObjective:
        return tr("A budget on out-of-pocket money is planned with the out-of-pocket objective; this objective "
                  "limits total money.");
    case Code::OutOfPocketBudgetUnmet:
        return tr("No plan keeps what you pay within the out-of-pocket budget of %1.").arg(money(a(0)));
    case Code::OutOfPocketNotProven:
        return tr("Not proven: %1.").arg(clauses(a(0)));
    case Code::OutOfPocketLeastNotProven:
        return tr("The least you pay yourself is not proven: %1.").arg(clauses(a(0)));
    case Code::WhyMorePlansUntried:
        return tr("more plans could cost you less than Cairn tried");
    case Code::WhySearchStoppedEarly:
        return tr("the search stopped early");
    case Code::WhySpareCredentials:
        return tr("for a credits goal, plans with spare credentials are not ruled out");
    case Code::WhyCohortDatesGreedy:
        return tr("cohort start dates were chosen greedily");
    case Code::WhyMoreOrdersUntried:
        return tr("a plan has more orders and offers than Cairn tried");
    default:
        return {};
    }
}

} // namespace cairn::text
