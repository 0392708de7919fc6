#pragma once

// What a timeline draws after the study bars: when each planned credential must be renewed,
// when its yearly fee falls due and when it lapses, over the years to hold the plan is counted
// for (docs/planning-model.md, "Keeping a credential"), by the row of the credential. The app's
// timeline and the report's draw from it, so that both show the same dates.

#include "cairn/engine/keeping.h"

#include <optional>
#include <vector>

namespace cairn {

/// A keeping event on the row of the planned credential it belongs to.
struct KeepingMark {
    KeepingEvent event;
    int row = 0; ///< the credential's schedule position
};

/// How long a planned credential that expires is drawn as held: from the day it is earned to
/// its expiry, or, when it is renewed, to the end of the years to hold.
struct HeldSpan {
    int row = 0;
    Date from;
    Date to;
    bool lapses = false; ///< it ends in an expiry, not at the end of the years counted
};

struct KeepingTimeline {
    int years = 0;
    std::vector<KeepingMark> marks; ///< by date, then plan order
    std::vector<HeldSpan> held;     ///< in plan order
    /// The last day the chart must show for them: the latest mark or end of a held span.
    std::optional<Date> end;
};

/// The keeping events of `plan` held for `years` (as cairn::holding counts them), by row.
/// Credentials that never expire, or that another credential held renews, have no marks.
KeepingTimeline keepingTimeline(const Catalog& catalog, const Profile& profile, const Plan& plan, int years);

} // namespace cairn
