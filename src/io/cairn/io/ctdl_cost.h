#pragma once

#include <QString>
#include <QStringList>
#include <vector>

// CTDL cost profiles (ceterms:CostProfile) turned into one price for a credential.
namespace cairn::io::ctdl {

/// The ISO 4217 code of a currency as CTDL documents write it: a code in any case ("usd") or a
/// name ("US Dollar", "Euro", "Pound Sterling"). Empty when it is neither.
QString currencyCode(const QString& written);

/// One priced cost profile.
struct CostItem {
    double price = 0;
    QString costType; ///< the directCostType's term without its scheme ("Tuition", "AggregateCost")
    QString audience; ///< who the price is for (audience and residency names), empty for everyone
    int index = 0;    ///< which of the credential's cost profiles
};

/// What a credential costs, made from its priced cost profiles (all in one currency).
struct CostChoice {
    double total = 0;
    std::vector<int> counted;   ///< indexes of the profiles added up
    QString audience;           ///< the audience whose prices were added, empty when none has its own
    QStringList otherAudiences; ///< audiences with prices of their own that were not taken
    bool aggregate = false;     ///< an AggregateCost profile gave the total
};

/// The documents' own rule first: a profile of the cost type AggregateCost is the whole cost.
/// Otherwise the profiles are parts of one price (tuition plus fees plus an application) and are
/// added up: those for everyone, and those of one audience. Different audiences (members and
/// non-members, in-state and out-of-state) are alternatives: the first one written is taken, and
/// the others are named.
CostChoice chooseCost(const std::vector<CostItem>& items);

} // namespace cairn::io::ctdl
