#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cairn {

/// One expression of the requirement language, used for prerequisites and goals alike.
///
/// Items: `cred:ID` (that credential is completed or planned) and `skill:ID@L` (the skill is
/// held at level >= L). Groups: all, any, and "at least k of" their distinct members.
/// A default-constructed Requirement is `None`: no requirement, always met.
struct Requirement {
    enum class Kind { None, Credential, Skill, All, Any, AtLeast };

    Kind kind = Kind::None;
    std::string id;                   ///< credential or skill id, for items
    int level = 1;                    ///< for skill items: 1..5
    int k = 0;                        ///< for AtLeast groups
    std::vector<Requirement> members; ///< for groups

    static Requirement none() { return {}; }
    static Requirement credential(std::string id);
    static Requirement skill(std::string id, int level = 1);
    static Requirement all(std::vector<Requirement> members);
    static Requirement any(std::vector<Requirement> members);
    static Requirement atLeast(int k, std::vector<Requirement> members);

    [[nodiscard]] bool isNone() const { return kind == Kind::None; }
    [[nodiscard]] bool isItem() const { return kind == Kind::Credential || kind == Kind::Skill; }
    [[nodiscard]] bool isGroup() const { return kind == Kind::All || kind == Kind::Any || kind == Kind::AtLeast; }
    /// How many members must hold for a group: all → size, any → 1, atLeast → k.
    [[nodiscard]] int needed() const;

    /// The item's text form, `cred:ID` or `skill:ID@L` (`@1` is written out).
    [[nodiscard]] std::string itemText() const;

    bool operator==(const Requirement&) const = default;
};

/// Calls `f(item)` for every item in the expression, depth first, in written order.
template <typename F> void forEachItem(const Requirement& r, F&& f) {
    if (r.isItem()) {
        f(r);
        return;
    }
    for (const auto& m : r.members)
        forEachItem(m, f);
}

} // namespace cairn
