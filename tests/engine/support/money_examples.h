#pragma once

// Builders for the worked examples of money (offer_examples_test.cpp and
// funding_examples_test.cpp): small catalogs written out by hand, one goal each.
#include <cairn/engine/catalog.h>
#include <optional>
#include <string>
#include <vector>

namespace cairn::test {

/// A credential titled by its id that grants `skill` at level 2; without a cost it is sold only
/// through offers.
Credential exampleCredential(const std::string& id, const std::string& provider, double hours,
                             std::optional<double> cost, const std::string& skill, std::vector<std::string> tags = {});

/// A subscription from Coursera, titled by its id.
Offer exampleSubscription(const std::string& id, double price, Offer::Period period, std::vector<std::string> covers);

/// A catalog of the named skills, the credentials and offers, and the goal "goal".
Catalog exampleCatalog(const std::string& name, const std::vector<std::string>& skills,
                       std::vector<Credential> credentials, std::vector<Offer> offers, Requirement goal);

} // namespace cairn::test
