#include "cairn/io/ctdl_cost.h"

#include <QHash>
#include <algorithm>

namespace cairn::io::ctdl {

using namespace Qt::Literals::StringLiterals;

QString currencyCode(const QString& written) {
    const QString w = written.simplified();
    if (w.size() == 3 && std::all_of(w.begin(), w.end(), [](QChar c) { return c.isLetter() && c.unicode() < 128; }))
        return w.toUpper();
    static const QHash<QString, QString> names = {
        {u"us dollar"_s, u"USD"_s},
        {u"us dollars"_s, u"USD"_s},
        {u"u.s. dollar"_s, u"USD"_s},
        {u"united states dollar"_s, u"USD"_s},
        {u"euro"_s, u"EUR"_s},
        {u"euros"_s, u"EUR"_s},
        {u"pound sterling"_s, u"GBP"_s},
        {u"british pound"_s, u"GBP"_s},
        {u"british pound sterling"_s, u"GBP"_s},
        {u"canadian dollar"_s, u"CAD"_s},
        {u"australian dollar"_s, u"AUD"_s},
        {u"new zealand dollar"_s, u"NZD"_s},
        {u"japanese yen"_s, u"JPY"_s},
        {u"swiss franc"_s, u"CHF"_s},
        {u"indian rupee"_s, u"INR"_s},
        {u"mexican peso"_s, u"MXN"_s},
        {u"chinese yuan"_s, u"CNY"_s},
        {u"singapore dollar"_s, u"SGD"_s},
        {u"south african rand"_s, u"ZAR"_s},
    };
    return names.value(w.toLower());
}

CostChoice chooseCost(const std::vector<CostItem>& items) {
    CostChoice choice;
    for (const CostItem& item : items)
        if (item.costType == u"AggregateCost"_s)
            choice.aggregate = true;
    // Only the totals count when there is one; the profiles they sum would count twice.
    auto counts = [&](const CostItem& item) { return !choice.aggregate || item.costType == u"AggregateCost"_s; };
    QStringList audiences; // those with prices of their own, in written order
    for (const CostItem& item : items)
        if (counts(item) && !item.audience.isEmpty() && !audiences.contains(item.audience))
            audiences << item.audience;
    if (!audiences.isEmpty()) {
        choice.audience = audiences.takeFirst();
        choice.otherAudiences = audiences;
    }
    for (const CostItem& item : items) {
        if (!counts(item) || (!item.audience.isEmpty() && item.audience != choice.audience))
            continue;
        // Two totals for one audience are two statements of the same whole.
        if (choice.aggregate && !choice.counted.empty())
            continue;
        choice.total += item.price;
        choice.counted.push_back(item.index);
    }
    return choice;
}

} // namespace cairn::io::ctdl
