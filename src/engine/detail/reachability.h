#pragma once

#include "cairn/engine/catalog.h"
#include "cairn/engine/holdings.h"
#include "cairn/engine/message.h"
#include "cairn/engine/requirement.h"

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace cairn::detail {

/// Which credentials can ever be taken from a starting holding, and why the others cannot.
///
/// The fixpoint: repeatedly take every credential whose prerequisites hold given what the
/// credentials taken so far grant, until nothing changes. A credential's own grants never
/// count for itself, because it is only taken once its prerequisites already hold.
/// Whatever is never taken can never be part of any plan, whatever the order.
class Reachability {
public:
    Reachability(const Catalog& catalog, Holdings start, const std::set<std::string, std::less<>>& excluded = {});

    /// True when the credential at `index` in the catalog is held at the start or can be taken.
    [[nodiscard]] bool reachable(std::size_t index) const { return reachable_[index]; }
    /// Everything held once every reachable credential is taken.
    [[nodiscard]] const Holdings& holdings() const { return holdings_; }
    [[nodiscard]] bool satisfiable(const Requirement& r) const { return isSatisfied(r, holdings_); }

    /// The parts of `r` that fail even with everything reachable: the failing members of an
    /// `all` group (looking inside nested `all` groups), or the failing item or group itself.
    [[nodiscard]] std::vector<const Requirement*> unmetParts(const Requirement& r) const;

    /// A clause saying why `part` can never be met, e.g. "it needs skill:sql@2, which no
    /// other credential grants at level 2 or above". `forCredential` is the id of the
    /// credential whose prerequisites these are (its own grants do not count), or empty.
    [[nodiscard]] Message explain(const Requirement& part, std::string_view forCredential) const;

    /// Indices of catalog credentials that grant `skill` at `level` or above.
    [[nodiscard]] std::vector<std::size_t> grantors(std::string_view skill, int level) const;
    /// Index of the first credential with `id`, or npos.
    [[nodiscard]] std::size_t indexOf(std::string_view id) const;
    /// True when the catalog defines skill `id`.
    [[nodiscard]] bool knowsSkill(std::string_view id) const { return skills_.count(id) > 0; }

    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

private:
    void collectUnmet(const Requirement& r, std::vector<const Requirement*>& out) const;
    [[nodiscard]] Message explainItem(const Requirement& item, std::string_view forCredential) const;

    const Catalog& catalog_;
    std::set<std::string, std::less<>> excluded_;
    Holdings holdings_;
    std::vector<bool> reachable_;
    // Keyed by views of the catalog's own ids (the catalog outlives this), hashed: a 10,000-credential
    // catalog is looked up a few hundred thousand times while validating.
    std::unordered_map<std::string_view, std::size_t> index_;
    std::unordered_set<std::string_view> skills_;
    // skill → (level granted, credential index), for finding who grants a skill without a scan.
    std::unordered_map<std::string_view, std::vector<std::pair<int, std::size_t>>> grantsBySkill_;
};

} // namespace cairn::detail
