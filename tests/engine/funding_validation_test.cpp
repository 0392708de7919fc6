// Bad funding sources on a profile: each is a problem naming the source and the field, and the
// planner refuses to plan with it rather than pay a share above the bill.
#include "message_text.h"

#include <algorithm>
#include <cairn/engine/planner.h>
#include <cairn/engine/validation.h>
#include <cmath>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace {

using namespace cairn;
using cairn::test::words;

Catalog tinyCatalog() {
    Catalog c;
    c.name = "tiny";
    Skill s;
    s.id = "x";
    s.name = "x";
    c.skills.push_back(s);
    Credential cred;
    cred.id = "security-plus";
    cred.title = "Security+";
    cred.provider = "CompTIA";
    cred.cost = 400;
    cred.hours = 80;
    cred.grants = {{"x", 1}};
    c.credentials.push_back(cred);
    Goal g;
    g.id = "goal";
    g.title = "Goal";
    g.requirement = Requirement::skill("x", 1);
    c.goals.push_back(g);
    return c;
}

FundingSource source(const std::string& name) {
    FundingSource s;
    s.name = name;
    s.cap = 5250;
    return s;
}

const Problem* find(const std::vector<Problem>& problems, const std::string& code) {
    for (const auto& p : problems)
        if (p.code == code)
            return &p;
    return nullptr;
}

TEST(FundingValidation, AShareAboveAHundredPercentNamesTheSourceAndField) {
    Profile profile;
    profile.funding = {source("Acme")};
    profile.funding[0].share = 150;
    const auto problems = validateProfile(tinyCatalog(), profile);
    const Problem* p = find(problems, "bad-number");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->object, "funding Acme");
    EXPECT_NE(words(p->message).find("share"), std::string::npos) << words(p->message);
    EXPECT_NE(words(p->message).find("150"), std::string::npos) << words(p->message);

    PlanRequest request;
    request.goal = "goal";
    for (Objective objective : {Objective::Cost, Objective::OutOfPocket}) {
        request.objective = objective;
        const Plan plan = cairn::plan(tinyCatalog(), profile, request);
        EXPECT_FALSE(hasPlan(plan.status)) << toString(objective);
        EXPECT_NE(words(plan.reason).find("share"), std::string::npos) << words(plan.reason);
    }
}

TEST(FundingValidation, ZeroAndNotANumberAreNoShare) {
    for (double share : {0.0, -5.0, std::nan("")}) {
        Profile profile;
        profile.funding = {source("Acme")};
        profile.funding[0].share = share;
        ASSERT_NE(find(validateProfile(tinyCatalog(), profile), "bad-number"), nullptr) << share;
    }
}

TEST(FundingValidation, ANegativeCapNamesTheSourceAndField) {
    Profile profile;
    profile.funding = {source("WIOA")};
    profile.funding[0].cap = -1;
    const auto problems = validateProfile(tinyCatalog(), profile); // kept: find() points into it
    const Problem* p = find(problems, "bad-number");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->object, "funding WIOA");
    EXPECT_NE(words(p->message).find("cap"), std::string::npos) << words(p->message);
}

TEST(FundingValidation, NamesAreUniqueAndCoversWellWritten) {
    Profile profile;
    profile.funding = {source("Acme"), source("Acme"), source("")};
    profile.funding[0].covers = {"vendor:CompTIA"};
    const auto problems = validateProfile(tinyCatalog(), profile);
    EXPECT_NE(find(problems, "duplicate-id"), nullptr);
    const Problem* bad = find(problems, "bad-funding");
    ASSERT_NE(bad, nullptr);
    EXPECT_NE(words(bad->message).find("vendor:CompTIA"), std::string::npos) << words(bad->message);
    EXPECT_EQ(std::count_if(problems.begin(), problems.end(), [](const Problem& p) { return p.code == "bad-funding"; }),
              2); // the bad item and the empty name
}

TEST(FundingValidation, CoverageNamesWhatTheCatalogHas) {
    Profile profile;
    profile.funding = {source("Acme")};
    profile.funding[0].covers = {"cred:cissp", "provider:ISC2", "provider:CompTIA", "tag:cloud"};
    const auto problems = validateProfile(tinyCatalog(), profile);
    const Problem* unknown = find(problems, "unknown-credential");
    ASSERT_NE(unknown, nullptr);
    EXPECT_EQ(unknown->object, "funding Acme");
    EXPECT_NE(words(unknown->message).find("cissp"), std::string::npos);
    EXPECT_EQ(std::count_if(problems.begin(), problems.end(),
                            [](const Problem& p) {
                                return p.code == "funding-covers-nothing" && p.severity == Problem::Severity::Warning;
                            }),
              2); // ISC2 and the tag; CompTIA is fine
    std::vector<std::string> said;
    for (const Problem& p : problems)
        if (p.message.code == Message::Code::FundingCoversNothing)
            said.push_back(words(p.message));
    EXPECT_THAT(said, testing::ElementsAre("Funding source \u201CAcme\u201D covers \u201Cprovider:ISC2\u201D (field "
                                           "covers), but no credential of the catalog has that provider.",
                                           "Funding source \u201CAcme\u201D covers \u201Ctag:cloud\u201D (field "
                                           "covers), but no credential of the catalog has that tag."));
}

TEST(FundingValidation, AGoodSourceHasNoProblem) {
    Profile profile;
    profile.funding = {source("Acme")};
    profile.funding[0].share = 75;
    profile.funding[0].covers = {"provider:CompTIA", "cred:security-plus"};
    EXPECT_TRUE(validateProfile(tinyCatalog(), profile).empty());
}

} // namespace
