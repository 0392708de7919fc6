// Validation against an independent, deliberately naive account of which credentials can ever
// be taken, on many small random catalogs (tests/support/synthetic_catalog.h).

#include "../support/synthetic_catalog.h"
#include "message_text.h"

#include <cairn/engine/holdings.h>
#include <cairn/engine/validation.h>
#include <gtest/gtest.h>
#include <set>

using cairn::test::words;

using namespace cairn;

namespace {

// Repeats whole passes over the catalog until a pass takes nothing: slow, obviously right.
std::set<std::string> naiveReachable(const Catalog& c, Holdings& h) {
    std::set<std::string> taken;
    for (bool changed = true; changed;) {
        changed = false;
        for (const auto& cred : c.credentials)
            if (taken.count(cred.id) == 0 && isSatisfied(cred.prerequisites, h)) {
                taken.insert(cred.id);
                h.addCredential(cred);
                changed = true;
            }
    }
    return taken;
}

std::vector<std::string> split(const std::string& text, const std::string& separator) {
    std::vector<std::string> out;
    std::size_t from = 0;
    for (std::size_t at; (at = text.find(separator, from)) != std::string::npos; from = at + separator.size())
        out.push_back(text.substr(from, at - from));
    out.push_back(text.substr(from));
    return out;
}

// The credentials on a cycle's path, in order, and those caught in the same loop.
std::pair<std::vector<std::string>, std::vector<std::string>> cycleMembers(const std::string& message) {
    const std::size_t start = message.find("taken: ") + 7;
    const std::size_t end = message.find(" (each needs");
    const auto path = split(message.substr(start, end - start), " \u2192 ");
    std::vector<std::string> others;
    const std::string caught = "Caught in the same loop: ";
    if (const std::size_t at = message.find(caught); at != std::string::npos) {
        std::string rest = message.substr(at + caught.size());
        rest.pop_back(); // the full stop
        others = split(rest, ", ");
    }
    return {path, others};
}

// A credential as a cycle names it: “Title” (id), or “id” when it has no title of its own.
const Credential* byLabel(const Catalog& c, const std::string& label) {
    const std::size_t open = label.rfind(" (");
    const std::string id = open != std::string::npos && label.back() == ')'
                               ? label.substr(open + 2, label.size() - open - 3)
                               : label.substr(3, label.size() - 6); // inside the curly quotes
    return c.findCredential(id);
}

// True when `a`'s prerequisites mention something `b` provides.
bool needs(const Credential& a, const Credential& b) {
    bool found = false;
    forEachItem(a.prerequisites, [&](const Requirement& item) {
        if (item.kind == Requirement::Kind::Credential ? item.id == b.id : b.grantLevel(item.id) >= item.level)
            found = true;
    });
    return found;
}

} // namespace

TEST(ValidationProperty, UnreachableCredentialsAreExactlyTheOnesReported) {
    int cycles = 0, unmeetable = 0;
    for (std::uint32_t seed = 1; seed <= 400; ++seed) {
        synthetic::RandomCatalogOptions o;
        o.credentials = 6 + static_cast<int>(seed % 9);
        o.skills = 5;
        o.maxLevel = 3;
        const Catalog c = synthetic::randomCatalog(seed, o);
        Holdings h;
        const auto reachable = naiveReachable(c, h);
        const auto problems = validate(c);

        std::set<std::string> explained; // credential ids some problem says cannot be taken
        for (const auto& p : problems) {
            if (p.code == "cycle") {
                ++cycles;
                const auto [path, others] = cycleMembers(words(p.message));
                ASSERT_GE(path.size(), 3u) << words(p.message);
                EXPECT_EQ(path.front(), path.back()) << words(p.message);
                for (std::size_t i = 0; i + 1 < path.size(); ++i) {
                    const Credential* a = byLabel(c, path[i]);
                    const Credential* b = byLabel(c, path[i + 1]);
                    ASSERT_TRUE(a && b) << words(p.message);
                    EXPECT_TRUE(needs(*a, *b)) << "seed " << seed << ": " << a->id << " does not need " << b->id;
                    EXPECT_EQ(reachable.count(a->id), 0u) << "seed " << seed << ": " << a->id << " can be taken";
                    explained.insert(a->id);
                }
                for (const auto& label : others)
                    if (const Credential* x = byLabel(c, label))
                        explained.insert(x->id);
            } else if (!p.credential.empty()) {
                unmeetable += p.code == "unmeetable-prerequisite";
                explained.insert(p.credential);
            }
        }
        for (const auto& cred : c.credentials) {
            if (reachable.count(cred.id) > 0) {
                for (const auto& p : problems) {
                    EXPECT_FALSE(p.code == "unmeetable-prerequisite" && p.credential == cred.id) << "seed " << seed;
                    EXPECT_FALSE(p.code == "cycle" && p.credential == cred.id) << "seed " << seed;
                }
            } else {
                EXPECT_EQ(explained.count(cred.id), 1u)
                    << "seed " << seed << ": " << cred.id << " can never be taken but no problem says so";
            }
        }

        // The goal is reported unreachable exactly when everything that can be taken does not meet it.
        const bool goalMet = isSatisfied(c.goals[0].requirement, h);
        bool goalReported = false, goalBroken = false;
        for (const auto& p : problems) {
            goalReported |= p.code == "unreachable-goal";
            goalBroken |= p.object == "goal goal" && p.code != "unreachable-goal";
        }
        if (goalMet)
            EXPECT_FALSE(goalReported) << "seed " << seed;
        else
            EXPECT_TRUE(goalReported || goalBroken) << "seed " << seed;
    }
    // The random catalogs must actually exercise both kinds of report.
    EXPECT_GT(cycles, 10);
    EXPECT_GT(unmeetable, 10);
}
