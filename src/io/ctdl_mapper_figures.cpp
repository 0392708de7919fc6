// The CTDL import: what a credential costs and how many hours it takes.
#include "cairn/io/ctdl_cost.h"
#include "cairn/io/ctdl_duration.h"
#include "ctdl_mapper.h"

#include <QRegularExpression>
#include <cairn/engine/limits.h>
#include <cmath>

namespace cairn::io::ctdl::detail {

using namespace Qt::Literals::StringLiterals;

namespace {

QString figure(double value) {
    return QString::number(value, 'f', 2).remove(QRegularExpression(u"\\.?0+$"_s));
}

/// The term a CredentialAlignmentObject points to, without its scheme: "costType:Tuition" gives
/// "Tuition"; its name when it has no term.
QString alignedTerm(const Located& alignment, const QString& language) {
    for (const Located& a : values(alignment)) {
        if (!a.value->isObject())
            return reference(*a.value).section(u':', -1);
        const Node node(*a.value, a.path);
        const QString target = reference(node.get(u"targetNode").value ? *node.get(u"targetNode").value : JsonValue());
        if (!target.isEmpty())
            return target.section(u':', -1).section(u'/', -1);
        return text(node.get(u"targetNodeName").value, language);
    }
    return {};
}

/// Who a cost profile's price is for: its audience and residency types, by name.
QString audienceOf(const Node& cost, const QString& language) {
    QStringList names;
    for (QStringView property : {u"audienceType", u"residencyType"})
        for (const Located& a : cost.all(property)) {
            const QString name =
                a.value->isObject() ? text(Node(*a.value, a.path).get(u"targetNodeName").value, language) : QString();
            names << (name.isEmpty() ? alignedTerm(a, language) : name);
        }
    names.removeAll(QString());
    return names.join(u", "_s);
}

} // namespace

void Mapper::mapCost(const NodeRef& ref, Credential& credential, const QString& object) {
    std::vector<CostItem> items;
    QString source;
    int index = 0;
    for (const Located& profile : ref.node.all(u"estimatedCost")) {
        const int at = index++;
        if (!profile.value->isObject())
            continue;
        const Node cost(*profile.value, profile.path);
        const Located price = cost.get(u"price");
        const auto amount = number(price.value);
        if (!amount || *amount < 0 || *amount > limits::kCost.max) {
            note(Note::Kind::Skipped, Note::What::CostWithoutPrice, ref, price.value ? price : profile, object,
                 {nameOf(cost)});
            continue;
        }
        const QString written = ctdl::text(cost.get(u"currency").value, {});
        QString code = currencyCode(written);
        if (code.isEmpty()) {
            code = currency_;
            note(Note::Kind::Approximated, Note::What::CostCurrencyAssumed, ref, profile, object,
                 {figure(*amount), currency_});
        }
        if (code != currency_) {
            note(Note::Kind::Skipped, Note::What::CostOtherCurrency, ref, profile, object,
                 {figure(*amount), code, currency_});
            continue;
        }
        items.push_back({*amount, alignedTerm(cost.get(u"directCostType"), options_.language),
                         audienceOf(cost, options_.language), at});
        if (source.isEmpty())
            source = reference(cost.get(u"costDetails").value ? *cost.get(u"costDetails").value : JsonValue());
    }
    const CostChoice choice = chooseCost(items);
    if (choice.counted.empty()) {
        credential.estimated.push_back("cost");
        note(Note::Kind::Approximated, Note::What::CostUnknown, ref, ref.node.get(u"estimatedCost"), object);
        return;
    }
    credential.cost = std::round(choice.total * 100) / 100; // cents: a sum of prices is not exact in binary
    if (credential.cost > limits::kCost.max) {
        credential.cost = 0;
        credential.estimated.push_back("cost");
        note(Note::Kind::Approximated, Note::What::CostUnknown, ref, ref.node.get(u"estimatedCost"), object);
        return;
    }
    credential.source = toStd(source);
    const Located where = ref.node.get(u"estimatedCost");
    if (choice.aggregate && items.size() > 1)
        note(Note::Kind::Approximated, Note::What::CostAggregate, ref, where, object,
             {figure(choice.total), currency_});
    else if (choice.counted.size() > 1)
        note(Note::Kind::Approximated, Note::What::CostsAdded, ref, where, object,
             {QString::number(choice.counted.size()), figure(choice.total), currency_});
    if (!choice.audience.isEmpty())
        note(Note::Kind::Approximated, Note::What::CostAudience, ref, where, object,
             QStringList{choice.audience} + choice.otherAudiences);
}

void Mapper::mapHours(const NodeRef& ref, Credential& credential, const QString& object) {
    struct Reading {
        QString written;
        double hours = 0;
        bool calendar = false;
        Located where;
        QString minimum, maximum; // when read from a range
    };
    std::vector<Reading> readings;
    for (const Located& profile : ref.node.all(u"estimatedDuration")) {
        if (!profile.value->isObject())
            continue;
        const Node d(*profile.value, profile.path);
        auto read = [&](QStringView property) -> std::optional<IsoDuration> {
            const Located v = d.get(property);
            if (!v.value)
                return std::nullopt;
            const QString written = ctdl::text(v.value, {});
            auto parsed = parseDuration(written);
            if (!parsed || effortHours(*parsed) > limits::kHours.max) {
                note(Note::Kind::Skipped, Note::What::DurationUnreadable, ref, v, object, {written});
                return std::nullopt;
            }
            return parsed;
        };
        if (auto exact = read(u"exactDuration")) {
            readings.push_back({ctdl::text(d.get(u"exactDuration").value, {}),
                                effortHours(*exact),
                                exact->calendar(),
                                profile,
                                {},
                                {}});
            continue;
        }
        const auto low = read(u"minimumDuration");
        const auto high = read(u"maximumDuration");
        if (!low && !high)
            continue;
        const QString lowText = ctdl::text(d.get(u"minimumDuration").value, {});
        const QString highText = ctdl::text(d.get(u"maximumDuration").value, {});
        Reading r{highText, 0, false, profile, lowText, highText};
        if (low && high && effortHours(*high) < effortHours(*low)) {
            note(Note::Kind::Approximated, Note::What::DurationContradiction, ref, profile, object,
                 {lowText, highText});
            r.written = lowText;
        }
        // The maximum: a plan that fits the longest time the documents give fits in fact.
        const IsoDuration& taken = !high || (low && effortHours(*high) < effortHours(*low)) ? *low : *high;
        r.hours = effortHours(taken);
        r.calendar = taken.calendar();
        readings.push_back(r);
    }
    if (readings.empty()) {
        credential.estimated.push_back("hours");
        note(Note::Kind::Approximated, Note::What::HoursUnknown, ref, ref.node.get(u"estimatedDuration"), object);
        return;
    }
    // Hours of effort say what Cairn needs; calendar time only approximates it.
    const Reading* best = &readings.front();
    for (const Reading& r : readings)
        if (best->calendar && !r.calendar)
            best = &r;
    credential.hours = std::round(best->hours * 100) / 100;
    if (readings.size() > 1) {
        QStringList facts{best->written};
        for (const Reading& r : readings)
            if (&r != best)
                facts << r.written;
        note(Note::Kind::Approximated, Note::What::DurationChosen, ref, best->where, object, facts);
    }
    if (!best->minimum.isEmpty() && !best->maximum.isEmpty())
        note(Note::Kind::Approximated, Note::What::DurationRange, ref, best->where, object,
             {best->minimum, best->maximum, figure(credential.hours)});
    if (best->calendar) {
        credential.estimated.push_back("hours");
        note(Note::Kind::Approximated, Note::What::DurationCalendar, ref, best->where, object,
             {best->written, figure(credential.hours)});
    }
}

} // namespace cairn::io::ctdl::detail
