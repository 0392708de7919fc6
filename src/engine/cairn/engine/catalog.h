#pragma once

#include "cairn/engine/credential.h"
#include "cairn/engine/goal.h"
#include "cairn/engine/offer.h"
#include "cairn/engine/skill.h"

#include <string>
#include <string_view>
#include <vector>

namespace cairn {

/// The whole universe a plan is made from: skills, credentials, programs and goals.
/// Ids are unique within each list in a valid catalog (see validate()).
struct Catalog {
    std::string name;
    std::string currency = "USD";
    std::string revision;                 ///< the catalog's own version label, optional
    std::vector<std::string> attribution; ///< data-source notices to show with plans
    std::vector<Skill> skills;
    std::vector<Credential> credentials;
    std::vector<Program> programs;
    std::vector<Goal> goals;
    /// Ways to pay other than a credential's own cost (format version 2); empty in version 1.
    std::vector<Offer> offers;

    // Linear look-ups: the planner builds its own indexes; these are for callers.
    [[nodiscard]] const Skill* findSkill(std::string_view id) const;
    [[nodiscard]] const Credential* findCredential(std::string_view id) const;
    [[nodiscard]] const Program* findProgram(std::string_view id) const;
    [[nodiscard]] const Goal* findGoal(std::string_view id) const;
    [[nodiscard]] const Offer* findOffer(std::string_view id) const;
    /// Indices into `offers` of the offers that cover `credential`, in catalog order.
    [[nodiscard]] std::vector<int> offersFor(const Credential& credential) const;

    bool operator==(const Catalog&) const = default;
};

} // namespace cairn
