#pragma once

// A catalog with one credits goal, for the tests of credits goals (mip_search_test.cpp,
// plan_heuristics_test.cpp): written out by hand, a course at a time.
#include <cairn/engine/catalog.h>
#include <string>
#include <utility>
#include <vector>

namespace cairn::test {

/// A catalog whose one goal, "goal", asks for `minCredits` credits toward the program "deg"
/// under `rules`.
struct DegreeCatalog {
    Catalog cat;

    DegreeCatalog(double minCredits, std::vector<CategoryRule> rules) {
        cat.name = "credits";
        Program program;
        program.id = "deg";
        program.title = "Degree";
        cat.programs.push_back(program);
        Goal goal;
        goal.id = "goal";
        goal.title = "Goal";
        goal.kind = Goal::Kind::Credits;
        goal.program = "deg";
        goal.minCredits = minCredits;
        goal.categories = std::move(rules);
        cat.goals.push_back(goal);
    }

    /// A credential titled by its id, without credits; the reference holds until the next one
    /// is added.
    Credential& credential(std::string id, double cost, double hours) {
        Credential c;
        c.title = id;
        c.id = std::move(id);
        c.provider = "Provider";
        c.cost = cost;
        c.hours = hours;
        cat.credentials.push_back(std::move(c));
        return cat.credentials.back();
    }

    /// A credential with `credits` toward the program in `categories`.
    Credential& course(std::string id, double cost, double credits, std::vector<std::string> categories,
                       double hours = 10) {
        Credential& c = credential(std::move(id), cost, hours);
        c.credits.push_back({"deg", credits, std::move(categories)});
        return c;
    }
};

} // namespace cairn::test
