#include "money_examples.h"

namespace cairn::test {

Credential exampleCredential(const std::string& id, const std::string& provider, double hours,
                             std::optional<double> cost, const std::string& skill, std::vector<std::string> tags) {
    Credential c;
    c.id = id;
    c.title = id;
    c.provider = provider;
    c.hours = hours;
    c.hasCost = cost.has_value();
    c.cost = cost.value_or(0);
    c.grants = {{skill, 2}};
    c.tags = std::move(tags);
    return c;
}

Offer exampleSubscription(const std::string& id, double price, Offer::Period period, std::vector<std::string> covers) {
    Offer o;
    o.id = id;
    o.title = id;
    o.provider = "Coursera";
    o.kind = Offer::Kind::Subscription;
    o.price = price;
    o.period = period;
    o.covers = std::move(covers);
    return o;
}

Catalog exampleCatalog(const std::string& name, const std::vector<std::string>& skills,
                       std::vector<Credential> credentials, std::vector<Offer> offers, Requirement goal) {
    Catalog c;
    c.name = name;
    for (const auto& s : skills) {
        Skill skill;
        skill.id = s;
        skill.name = s;
        c.skills.push_back(skill);
    }
    c.credentials = std::move(credentials);
    c.offers = std::move(offers);
    Goal g;
    g.id = "goal";
    g.title = "Goal";
    g.requirement = std::move(goal);
    c.goals.push_back(g);
    return c;
}

} // namespace cairn::test
