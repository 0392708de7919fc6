#include "cairn/store/snapshot_funding.h"

#include <QJsonArray>

namespace cairn::store {

namespace {

QString str(const std::string& s) {
    return QString::fromStdString(s);
}
std::string str(const QJsonValue& v) {
    return v.toString().toStdString();
}

} // namespace

void fundingToJson(const Profile& profile, QJsonObject& json) {
    if (profile.budgetOn != BudgetBasis::Total)
        json.insert(QStringLiteral("budgetOn"), QString::fromLatin1(toString(profile.budgetOn)));
    if (profile.funding.empty())
        return;
    QJsonArray sources;
    for (const FundingSource& s : profile.funding) {
        QJsonArray covers;
        for (const auto& c : s.covers)
            covers.append(str(c));
        sources.append(QJsonObject{{QStringLiteral("name"), str(s.name)},
                                   {QStringLiteral("kind"), QString::fromLatin1(toString(s.kind))},
                                   {QStringLiteral("share"), s.share},
                                   {QStringLiteral("cap"), s.cap ? QJsonValue(*s.cap) : QJsonValue()},
                                   {QStringLiteral("capPer"), QString::fromLatin1(toString(s.capPer))},
                                   {QStringLiteral("covers"), covers}});
    }
    json.insert(QStringLiteral("funding"), sources);
}

bool fundingFromJson(const QJsonObject& json, Profile& profile) {
    if (const QJsonValue basis = json.value(QStringLiteral("budgetOn")); !basis.isUndefined()) {
        const auto b = budgetBasisFromString(str(basis));
        if (!b)
            return false;
        profile.budgetOn = *b;
    }
    for (const QJsonValue& v : json.value(QStringLiteral("funding")).toArray()) {
        const QJsonObject o = v.toObject();
        FundingSource s;
        s.name = str(o.value(QStringLiteral("name")));
        const auto kind = fundingKindFromString(str(o.value(QStringLiteral("kind"))));
        const auto per = capPerFromString(str(o.value(QStringLiteral("capPer"))));
        if (!kind || !per)
            return false;
        s.kind = *kind;
        s.capPer = *per;
        s.share = o.value(QStringLiteral("share")).toDouble();
        if (const QJsonValue cap = o.value(QStringLiteral("cap")); cap.isDouble())
            s.cap = cap.toDouble();
        for (const QJsonValue& c : o.value(QStringLiteral("covers")).toArray())
            s.covers.push_back(str(c));
        profile.funding.push_back(std::move(s));
    }
    return true;
}

void outOfPocketToJson(const Plan& plan, QJsonObject& json) {
    json.insert(QStringLiteral("outOfPocket"), plan.outOfPocket);
    if (plan.years.empty() && plan.funding.empty())
        return;
    QJsonArray years;
    for (const YearMoney& y : plan.years)
        years.append(QJsonArray{y.year, y.paid, y.funded, y.outOfPocket});
    QJsonArray funding;
    for (const FundingPaid& f : plan.funding)
        funding.append(QJsonObject{{QStringLiteral("source"), str(f.source)},
                                   {QStringLiteral("kind"), QString::fromLatin1(toString(f.kind))},
                                   {QStringLiteral("year"), f.year},
                                   {QStringLiteral("amount"), f.amount}});
    json.insert(QStringLiteral("years"), years);
    json.insert(QStringLiteral("funding"), funding);
}

bool outOfPocketFromJson(const QJsonObject& json, Plan& plan) {
    const QJsonValue own = json.value(QStringLiteral("outOfPocket"));
    plan.outOfPocket = own.isDouble() ? own.toDouble() : plan.totals.cost;
    for (const QJsonValue& v : json.value(QStringLiteral("years")).toArray()) {
        const QJsonArray y = v.toArray();
        plan.years.push_back(YearMoney{y.at(0).toInt(), y.at(1).toDouble(), y.at(2).toDouble(), y.at(3).toDouble()});
    }
    for (const QJsonValue& v : json.value(QStringLiteral("funding")).toArray()) {
        const QJsonObject o = v.toObject();
        const auto kind = fundingKindFromString(str(o.value(QStringLiteral("kind"))));
        if (!kind)
            return false;
        plan.funding.push_back(FundingPaid{str(o.value(QStringLiteral("source"))), *kind,
                                           o.value(QStringLiteral("year")).toInt(),
                                           o.value(QStringLiteral("amount")).toDouble()});
    }
    return true;
}

} // namespace cairn::store
