#include "cairn/app/session/plan_change.h"

#include "cairn/app/common/qt_convert.h"

#include <QLocale>
#include <cmath>

namespace cairn::app {

QString PlanChangeWords::titles(const std::vector<std::string>& ids, const Catalog& catalog) {
    QStringList names;
    for (const auto& id : ids) {
        const Credential* c = catalog.findCredential(id);
        names << (c ? shown(c->title) : qs(id));
    }
    return QLocale().createSeparatedList(names);
}

QString PlanChangeWords::signedMoney(double amount, const std::string& currency) {
    if (std::abs(amount) < 0.5)
        return tr("±0");
    return amount > 0 ? tr("+%1").arg(money(amount, currency)) : tr("−%1").arg(money(-amount, currency));
}

QString PlanChangeWords::signedNumber(double amount, int decimals) {
    const double smallest = decimals == 0 ? 0.5 : 0.5 * std::pow(10.0, -decimals);
    if (std::abs(amount) < smallest)
        return tr("±0");
    const QString number = QLocale().toString(std::abs(amount), 'f', decimals);
    return amount > 0 ? tr("+%1").arg(number) : tr("−%1").arg(number);
}

QStringList PlanChangeWords::describe(const PlanChange& change, const Catalog& catalog, Date toCompletion) {
    QStringList sentences;
    if (!change.reachesGoal) {
        sentences << tr("No plan reached the goal.");
        return sentences;
    }
    if (!change.otherReachesGoal)
        sentences << tr("Reaches the goal, which the plan before did not.");
    if (!change.added.empty())
        sentences << tr("Adds %1.").arg(titles(change.added, catalog));
    if (!change.removed.empty())
        sentences << tr("Drops %1.").arg(titles(change.removed, catalog));
    if (change.sameCredentials())
        sentences << tr("The same credentials.");
    if (change.costChange >= 0.5)
        sentences << tr("Costs %1 more.").arg(money(change.costChange, catalog.currency));
    else if (change.costChange <= -0.5)
        sentences << tr("Costs %1 less.").arg(money(-change.costChange, catalog.currency));
    const int hours = static_cast<int>(std::lround(change.hoursChange));
    if (hours > 0)
        sentences << (hours == 1 ? tr("Takes 1 more hour.") : tr("Takes %L1 more hours.").arg(hours));
    else if (hours < 0)
        sentences << (hours == -1 ? tr("Takes 1 hour less.") : tr("Takes %L1 fewer hours.").arg(-hours));
    const double credits = change.creditsChange;
    if (std::abs(credits) >= 0.05) {
        const QString count = QLocale().toString(std::abs(credits), 'g', 4);
        if (credits > 0)
            sentences << (credits == 1 ? tr("Counts 1 more credit.") : tr("Counts %1 more credits.").arg(count));
        else
            sentences << (credits == -1 ? tr("Counts 1 credit less.") : tr("Counts %1 fewer credits.").arg(count));
    }
    const int days = change.daysChange;
    const int weeks = static_cast<int>(std::lround(std::abs(days) / 7.0));
    const QString by = dateText(toCompletion);
    if (days >= 7)
        sentences << (weeks == 1 ? tr("Done 1 week later, by %1.").arg(by)
                                 : tr("Done %L1 weeks later, by %2.").arg(weeks).arg(by));
    else if (days > 0)
        sentences << (days == 1 ? tr("Done 1 day later, by %1.").arg(by)
                                : tr("Done %L1 days later, by %2.").arg(days).arg(by));
    else if (days <= -7)
        sentences << (weeks == 1 ? tr("Done 1 week sooner, by %1.").arg(by)
                                 : tr("Done %L1 weeks sooner, by %2.").arg(weeks).arg(by));
    else if (days < 0)
        sentences << (days == -1 ? tr("Done 1 day sooner, by %1.").arg(by)
                                 : tr("Done %L1 days sooner, by %2.").arg(-days).arg(by));
    return sentences;
}

} // namespace cairn::app
