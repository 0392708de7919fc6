#pragma once

// Synthetic catalogs for tests and benchmarks: random small ones for the reference check and
// realistic large ones (layered prerequisites, skills granted by several credentials at
// different levels, goals of 10–40 skill items). Header-only, deterministic for a seed.

#include <algorithm>
#include <cairn/engine/catalog.h>
#include <cairn/engine/profile.h>
#include <cstdint>
#include <random>
#include <string>

namespace cairn::synthetic {

/// A small random catalog exercising the whole requirement language.
struct RandomCatalogOptions {
    int credentials = 10;
    int skills = 6;
    int maxLevel = 3;
    bool cohorts = false;
    bool creditsGoal = false;
};

inline Requirement randomItem(std::mt19937& rng, int skills, int credentials, int maxLevel, int self) {
    std::uniform_int_distribution<int> coin(0, 99);
    if (credentials > 1 && coin(rng) < 20) {
        int c = std::uniform_int_distribution<int>(0, credentials - 1)(rng);
        if (c == self)
            c = (c + 1) % credentials;
        return Requirement::credential("c" + std::to_string(c));
    }
    return Requirement::skill("s" + std::to_string(std::uniform_int_distribution<int>(0, skills - 1)(rng)),
                              std::uniform_int_distribution<int>(1, maxLevel)(rng));
}

inline Requirement randomRequirement(std::mt19937& rng, int depth, int skills, int credentials, int maxLevel,
                                     int self) {
    std::uniform_int_distribution<int> coin(0, 99);
    if (depth == 0 || coin(rng) < 35)
        return randomItem(rng, skills, credentials, maxLevel, self);
    const int size = std::uniform_int_distribution<int>(1, 3)(rng);
    std::vector<Requirement> members;
    for (int i = 0; i < size; ++i)
        members.push_back(randomRequirement(rng, depth - 1, skills, credentials, maxLevel, self));
    const int kind = coin(rng) % 3;
    if (kind == 0)
        return Requirement::all(std::move(members));
    if (kind == 1)
        return Requirement::any(std::move(members));
    const int k = std::uniform_int_distribution<int>(1, size)(rng);
    return Requirement::atLeast(k, std::move(members));
}

inline Catalog randomCatalog(std::uint32_t seed, const RandomCatalogOptions& o) {
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> coin(0, 99);
    Catalog cat;
    cat.name = "random " + std::to_string(seed);
    for (int s = 0; s < o.skills; ++s)
        cat.skills.push_back({"s" + std::to_string(s), "Skill " + std::to_string(s), {}, {}, {}, {}});
    cat.programs.push_back({"deg", "Degree", "Uni", {}, {"core", "elective", "general"}});
    for (int i = 0; i < o.credentials; ++i) {
        Credential c;
        c.id = "c" + std::to_string(i);
        c.title = "Credential " + std::to_string(i);
        c.provider = "P" + std::to_string(i % 3);
        c.cost = std::uniform_int_distribution<int>(0, 40)(rng) * 25 + (coin(rng) < 10 ? 0.5 : 0.0);
        c.hours = std::uniform_int_distribution<int>(0, 60)(rng) + (coin(rng) < 10 ? 0.25 : 0.0);
        const int grants = std::uniform_int_distribution<int>(1, 3)(rng);
        for (int g = 0; g < grants; ++g)
            c.grants.push_back({"s" + std::to_string(std::uniform_int_distribution<int>(0, o.skills - 1)(rng)),
                                std::uniform_int_distribution<int>(1, o.maxLevel)(rng)});
        if (coin(rng) < 60)
            c.prerequisites = randomRequirement(rng, 2, o.skills, o.credentials, o.maxLevel, i);
        if (o.cohorts && coin(rng) < 25) {
            c.pace.kind = Pace::Kind::Cohort;
            c.pace.weeks = std::uniform_int_distribution<int>(1, 6)(rng);
            c.pace.starts = {Date::fromYmd(2027, 1, 4).plusDays(7 * std::uniform_int_distribution<int>(0, 6)(rng))};
        }
        if (o.creditsGoal && coin(rng) < 70) {
            CreditOffer offer{"deg", static_cast<double>(std::uniform_int_distribution<int>(1, 6)(rng)), {}};
            const char* cats[] = {"core", "elective", "general"};
            for (const char* cc : cats)
                if (coin(rng) < 50)
                    offer.categories.push_back(cc);
            c.credits.push_back(offer);
        }
        cat.credentials.push_back(std::move(c));
    }
    Goal g;
    g.id = "goal";
    g.title = "Random goal";
    if (o.creditsGoal) {
        g.kind = Goal::Kind::Credits;
        g.program = "deg";
        g.minCredits = std::uniform_int_distribution<int>(3, 14)(rng);
        if (coin(rng) < 60)
            g.categories.push_back(
                {"core", static_cast<double>(std::uniform_int_distribution<int>(0, 5)(rng)),
                 coin(rng) < 50 ? std::optional<double>(std::uniform_int_distribution<int>(5, 9)(rng)) : std::nullopt});
        if (coin(rng) < 40)
            g.categories.push_back(
                {"elective", std::nullopt, static_cast<double>(std::uniform_int_distribution<int>(2, 6)(rng))});
        if (coin(rng) < 50)
            g.requirement = randomRequirement(rng, 1, o.skills, o.credentials, o.maxLevel, -1);
    } else {
        g.requirement = randomRequirement(rng, 3, o.skills, o.credentials, o.maxLevel, -1);
    }
    cat.goals.push_back(std::move(g));
    return cat;
}

/// A learner who holds nothing yet, from 4 January 2027 at 10 hours a week.
inline Profile plainLearner() {
    Profile p;
    p.name = "Learner";
    p.start = Date::fromYmd(2027, 1, 4);
    p.hoursPerWeek = 10;
    return p;
}

inline Profile randomProfile(std::uint32_t seed, const Catalog& cat, int skills, int maxLevel) {
    std::mt19937 rng(seed * 7919u + 17u);
    std::uniform_int_distribution<int> coin(0, 99);
    Profile p;
    p.name = "Learner";
    p.start = Date::fromYmd(2027, 1, 4);
    p.hoursPerWeek = std::uniform_int_distribution<int>(3, 20)(rng);
    for (int s = 0; s < skills; ++s)
        if (coin(rng) < 25)
            p.skills.push_back({"s" + std::to_string(s), std::uniform_int_distribution<int>(1, maxLevel)(rng)});
    for (const auto& c : cat.credentials) {
        const int r = coin(rng);
        if (r < 6)
            p.completed.push_back(c.id);
        else if (r < 10)
            p.excluded.push_back(c.id);
        else if (r < 13)
            p.pinned.push_back(c.id);
    }
    if (coin(rng) < 35)
        p.budget = std::uniform_int_distribution<int>(0, 40)(rng) * 50;
    if (coin(rng) < 25)
        p.deadline = p.start.plusDays(std::uniform_int_distribution<int>(0, 120)(rng));
    p.hourlyValue = coin(rng) < 50 ? std::uniform_int_distribution<int>(0, 40)(rng) : 0;
    return p;
}

/// A realistic large catalog: `layers` levels of credentials; each grants 1–3 skills of its
/// field at its layer's level band and requires skills from earlier layers (sometimes as
/// "any" or "at least k of"); skills are granted by many credentials at different levels.
struct LargeCatalogOptions {
    int credentials = 1000;
    int fields = 20;
    int skillsPerField = 12;
    int layers = 5;
    int goals = 10;
    int goalItemsMin = 10;
    int goalItemsMax = 40;
};

inline Catalog largeCatalog(std::uint32_t seed, const LargeCatalogOptions& o) {
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> coin(0, 99);
    Catalog cat;
    cat.name = "synthetic " + std::to_string(o.credentials);
    const int skills = o.fields * o.skillsPerField;
    for (int s = 0; s < skills; ++s)
        cat.skills.push_back({"k" + std::to_string(s), "Skill " + std::to_string(s), {}, {}, {}, {}});
    auto skillOf = [&](int field) {
        return field * o.skillsPerField + std::uniform_int_distribution<int>(0, o.skillsPerField - 1)(rng);
    };
    for (int i = 0; i < o.credentials; ++i) {
        Credential c;
        c.id = "x" + std::to_string(i);
        c.title = "Synthetic credential " + std::to_string(i);
        c.provider = "Provider " + std::to_string(i % 40);
        const int layer =
            std::min(o.layers - 1, static_cast<int>(static_cast<long long>(i) * o.layers / o.credentials));
        const int field = std::uniform_int_distribution<int>(0, o.fields - 1)(rng);
        c.cost = 49 + std::uniform_int_distribution<int>(0, 60)(rng) * 10 + layer * 150;
        c.hours = 10 + std::uniform_int_distribution<int>(0, 80)(rng) + layer * 20;
        const int level = std::min(5, 1 + layer + (coin(rng) < 30 ? 1 : 0));
        const int grants = std::uniform_int_distribution<int>(1, 3)(rng);
        for (int g = 0; g < grants; ++g)
            c.grants.push_back({"k" + std::to_string(skillOf(coin(rng) < 80 ? field : (field + 1) % o.fields)),
                                std::max(1, level - (g > 0 ? 1 : 0))});
        if (layer > 0) {
            std::vector<Requirement> items;
            const int need = std::uniform_int_distribution<int>(1, 3)(rng);
            for (int r = 0; r < need; ++r)
                items.push_back(Requirement::skill("k" + std::to_string(skillOf(field)),
                                                   std::uniform_int_distribution<int>(1, layer)(rng)));
            const int shape = coin(rng);
            if (shape < 50 || items.size() == 1)
                c.prerequisites = Requirement::all(std::move(items));
            else if (shape < 80)
                c.prerequisites = Requirement::any(std::move(items));
            else {
                const int k = static_cast<int>(items.size()) - 1; // read before the move below
                c.prerequisites = Requirement::atLeast(k, std::move(items));
            }
        }
        cat.credentials.push_back(std::move(c));
    }
    for (int g = 0; g < o.goals; ++g) {
        Goal goal;
        goal.id = "role" + std::to_string(g);
        goal.title = "Role " + std::to_string(g);
        const int items = std::uniform_int_distribution<int>(o.goalItemsMin, o.goalItemsMax)(rng);
        const int field = g % o.fields;
        std::vector<Requirement> core, optional;
        for (int it = 0; it < items; ++it) {
            const int f = coin(rng) < 70 ? field : (field + 1 + coin(rng) % 2) % o.fields;
            Requirement item =
                Requirement::skill("k" + std::to_string(skillOf(f)), std::uniform_int_distribution<int>(1, 3)(rng));
            (it % 4 == 3 ? optional : core).push_back(std::move(item));
        }
        if (!optional.empty()) {
            const int k = std::max(1, static_cast<int>(optional.size()) / 2);
            core.push_back(Requirement::atLeast(k, std::move(optional)));
        }
        goal.requirement = Requirement::all(std::move(core));
        cat.goals.push_back(std::move(goal));
    }
    return cat;
}

/// The large catalog the benchmarks measure at `credentials` credentials: the same seed and
/// shape wherever it is read, planned or validated, so their figures describe one catalog.
inline Catalog benchmarkCatalog(int credentials) {
    LargeCatalogOptions o;
    o.credentials = credentials;
    o.fields = std::max(10, credentials / 100 > 200 ? 200 : credentials / 50);
    return largeCatalog(4242u + static_cast<unsigned>(credentials), o);
}

} // namespace cairn::synthetic
