#pragma once

#include "cairn/store/saved_plan.h"

#include <QString>
#include <QtGlobal>
#include <cairn/engine/date.h>
#include <cairn/engine/plan.h>
#include <optional>
#include <string>
#include <vector>

namespace cairn::store {

/// Which clients to list, in the order of their names ignoring case, a page at a time: a
/// workspace on a server may hold a hundred thousand.
struct ClientQuery {
    /// Only the clients whose name holds this, ignoring case; every client when empty.
    QString nameContains;
    /// At most this many; 0 for all.
    int limit = 0;
    /// Leaves out this many first.
    int offset = 0;
};

/// A client as a list of clients shows them: who, and the goal last chosen for them. Read
/// without their profile, which only opening the client needs.
struct ClientListing {
    qint64 id = 0;
    QString name;
    std::string goal; ///< may be empty
    std::optional<qint64> catalogId;

    bool operator==(const ClientListing&) const = default;
};

/// A client in the caseload: as listed, with how many plans they have saved and where the
/// latest stands. Read from the summary columns, never from a plan's JSON.
struct CaseloadRow {
    ClientListing client;
    /// The title of the goal when it is one of the client's own ("own:N"), else empty.
    QString ownGoalTitle;
    int savedPlans = 0;
    // The latest saved plan, when there is one.
    std::optional<PlanStatus> status;
    std::optional<Date> completion;
    double cost = 0;
    QString savedAt; ///< ISO 8601 UTC
    /// The advisor the client belongs to on a team's server (empty in a file): what a manager,
    /// and an advisor with shared clients, tells them apart by.
    QString owner;

    bool operator==(const CaseloadRow&) const = default;
};

/// One page of a list, and how many the whole list holds.
template <typename Row> struct Page {
    std::vector<Row> rows;
    /// Every client the query matches, listed on this page or not.
    int total = 0;
};

} // namespace cairn::store
