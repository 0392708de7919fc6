// The CTDL export: a goal and its plan as a ceterms:Pathway that the CTDL import reads back to the
// same goal (docs/formats.md, "CTDL export"). tests/io/validate_ctdl_pathway.py checks the same
// documents against the Registry's JSON Schemas.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cairn/engine/planner.h>
#include <cairn/io/catalog_json.h>
#include <cairn/io/ctdl_export.h>
#include <cairn/io/ctdl_ids.h>
#include <cairn/io/ctdl_import.h>
#include <cairn/io/profile_json.h>
#include <cairn/text/message_words.h>
#include <gtest/gtest.h>

namespace {

using namespace Qt::Literals::StringLiterals;
using namespace cairn;
using namespace cairn::io::ctdl;

Catalog bundledCatalog() {
    auto read = io::readCatalogFile(QStringLiteral(CAIRN_RESOURCES) + u"/catalogs/cairn-catalog.json"_s);
    EXPECT_TRUE(read.ok());
    return read.value.value_or(Catalog{});
}

/// The requirement as the CTDL import writes it: members without repeats, a group of one is that
/// member, "at least k" of k or more members is "all", and "at least 1" is "any".
Requirement normalised(const Requirement& r) {
    if (!r.isGroup())
        return r;
    std::vector<Requirement> members;
    for (const Requirement& m : r.members)
        if (Requirement n = normalised(m); std::find(members.begin(), members.end(), n) == members.end())
            members.push_back(std::move(n));
    const int n = static_cast<int>(members.size());
    const int k = r.kind == Requirement::Kind::All ? n : std::min(r.needed(), n);
    if (n == 1)
        return members.front();
    if (k >= n)
        return Requirement::all(std::move(members));
    if (k == 1)
        return Requirement::any(std::move(members));
    return Requirement::atLeast(k, std::move(members));
}

/// Imports `json` as if into `catalog` (`import-ctdl --into`): its credentials and skills are
/// known, not placeholders.
ImportResult importInto(const Catalog& catalog, const QByteArray& json) {
    ImportOptions options;
    for (const Credential& c : catalog.credentials)
        options.existingCredentials.insert(c.id);
    for (const Skill& s : catalog.skills)
        options.existingSkills.insert(s.id);
    options.existingGoals = catalog.goals;
    Importer importer(options);
    importer.addBytes(json, u"pathway.jsonld"_s);
    return importer.finish();
}

Plan planFor(const std::string& goal, std::vector<std::string> credentials) {
    Plan p;
    p.status = PlanStatus::Optimal;
    p.goal = goal;
    for (std::string& id : credentials) {
        PlannedCredential c;
        c.id = std::move(id);
        p.credentials.push_back(std::move(c));
    }
    return p;
}

/// A catalog with what the bundled one lacks: credential goals, one credential with a CTID,
/// nested groups of every kind, and a prerequisite the goal does not name.
Catalog smallCatalog() {
    Catalog c;
    c.name = "Small";
    for (const char* id : {"intro", "sql-course", "stats-course", "ce-3f1c2b9a-5d6e-4f70-8a9b-0c1d2e3f4a5b", "viz"}) {
        Credential credential;
        credential.id = id;
        credential.title = std::string("Title of ") + id;
        c.credentials.push_back(credential);
    }
    c.credentials[1].url = "https://example.org/sql";
    for (const char* id : {"sql", "stats"}) {
        Skill s;
        s.id = id;
        s.name = std::string("Skill ") + id;
        c.skills.push_back(s);
    }
    Goal g;
    g.id = "analyst";
    g.title = "Analyst";
    g.requirement = Requirement::all(
        {Requirement::credential("sql-course"), Requirement::skill("sql", 2),
         Requirement::any({Requirement::credential("stats-course"), Requirement::skill("stats", 3)}),
         Requirement::atLeast(
             2, {Requirement::credential("ce-3f1c2b9a-5d6e-4f70-8a9b-0c1d2e3f4a5b"), Requirement::credential("viz"),
                 Requirement::all({Requirement::credential("stats-course"), Requirement::skill("stats", 2)})})});
    c.goals.push_back(g);
    return c;
}

QJsonObject parsed(const QByteArray& json) {
    return QJsonDocument::fromJson(json).object();
}

} // namespace

TEST(CtdlExport, EveryBundledGoalReadsBackAsTheSameRequirement) {
    const Catalog catalog = bundledCatalog();
    int exported = 0;
    int credits = 0;
    for (const Goal& goal : catalog.goals) {
        if (goal.requirement.isNone())
            continue; // credits alone: refused, see below
        const PathwayDocument doc = pathwayDocument(catalog, planFor(goal.id, {}), {});
        ASSERT_FALSE(doc.refusal) << goal.id;
        const ImportResult back = importInto(catalog, doc.json);
        ASSERT_EQ(back.catalog.goals.size(), 1u) << goal.id;
        EXPECT_EQ(back.catalog.goals[0].requirement, normalised(goal.requirement)) << goal.id;
        EXPECT_EQ(back.catalog.goals[0].title, goal.title);
        // The whole goal: its id from the pathway's codedNotation "goal:ID", its description
        // without the plan sentence, its occupations from the catalog it is read into.
        Goal expected = goal;
        expected.requirement = normalised(goal.requirement);
        if (goal.kind == Goal::Kind::Career) {
            EXPECT_EQ(back.catalog.goals[0], expected) << goal.id;
        } else {
            // A goal of credits with a requirement too: the pathway states the requirement only,
            // so it is not read back as that goal, which it would replace without its credit rule.
            EXPECT_TRUE(QString::fromStdString(back.catalog.goals[0].id).startsWith(u"ce-"_s)) << goal.id;
            EXPECT_FALSE(parsed(doc.json).contains(u"ceterms:codedNotation"_s)) << goal.id;
            ++credits;
        }
        // Every skill and credential named is the catalog's own: none is added or replaced.
        EXPECT_TRUE(back.catalog.skills.empty()) << goal.id;
        EXPECT_TRUE(back.catalog.credentials.empty()) << goal.id;
        ++exported;
    }
    EXPECT_GE(exported, 10);
    EXPECT_GE(credits, 1);
}

TEST(CtdlExport, APlannedDataAnalystPathwayReadsBackWithItsSkillLevelsAndGroups) {
    const Catalog catalog = bundledCatalog();
    auto profile = io::readProfileFile(QStringLiteral(CAIRN_RESOURCES) + u"/profiles/maria-teacher-to-data.json"_s);
    ASSERT_TRUE(profile.ok());
    PlanRequest request;
    request.goal = "data-analyst";
    const Plan plan = cairn::plan(catalog, *profile.value, request);
    ASSERT_TRUE(hasPlan(plan.status));
    ASSERT_FALSE(plan.credentials.empty());
    const Goal& goal = *catalog.findGoal("data-analyst");
    // skill:sql@2 and "at least 2 of" six skills at level 2: the levels and the k must survive.
    ASSERT_EQ(goal.requirement.members.back().kind, Requirement::Kind::AtLeast);

    const PathwayDocument doc = pathwayDocument(catalog, plan, {});
    const ImportResult back = importInto(catalog, doc.json);
    ASSERT_EQ(back.catalog.goals.size(), 1u);
    EXPECT_EQ(back.catalog.goals[0].requirement, goal.requirement);

    // The planned credentials are numbered and linked in the plan's order, and named in the
    // description.
    const QJsonObject pathway = parsed(doc.json);
    const QString description = pathway.value(u"ceterms:description"_s).toObject().value(u"en"_s).toString();
    for (const PlannedCredential& c : plan.credentials)
        EXPECT_TRUE(description.contains(QString::fromStdString(catalog.findCredential(c.id)->title))) << c.id;
    const QJsonArray others = pathway.value(u"ceterms:hasChild"_s).toArray();
    ASSERT_EQ(others.size(), static_cast<qsizetype>(plan.credentials.size())); // the goal names skills only
    for (qsizetype i = 0; i < others.size(); ++i) {
        const QJsonObject c = others.at(i).toObject();
        EXPECT_EQ(c.value(u"ceterms:codedNotation"_s).toString(), QString::number(i + 1));
        EXPECT_EQ(c.value(u"ceterms:sourceData"_s).toString(),
                  credentialIri(plan.credentials[static_cast<std::size_t>(i)].id));
        const QJsonArray next = c.value(u"ceterms:preceeds"_s).toArray();
        if (i + 1 < others.size())
            EXPECT_EQ(next.at(0).toObject().value(u"@id"_s), others.at(i + 1).toObject().value(u"@id"_s));
        else
            EXPECT_TRUE(next.isEmpty());
    }
}

TEST(CtdlExport, CredentialsGroupsAndPrerequisitesRoundTrip) {
    const Catalog catalog = smallCatalog();
    const Plan plan = planFor("analyst", {"intro", "sql-course", "stats-course", "viz"});
    const PathwayDocument doc = pathwayDocument(catalog, plan, {});
    const ImportResult back = importInto(catalog, doc.json);
    ASSERT_EQ(back.catalog.goals.size(), 1u);
    // The whole goal comes back: its id, title, description (without the sentence about the plan)
    // and requirement.
    Goal expected = catalog.goals[0];
    expected.requirement = normalised(expected.requirement);
    EXPECT_EQ(back.catalog.goals[0], expected);
    EXPECT_EQ(parsed(doc.json).value(u"ceterms:codedNotation"_s).toString(), u"goal:analyst"_s);
    // The same plan, the same bytes.
    EXPECT_EQ(pathwayDocument(catalog, plan, {}).json, doc.json);
    // A CTID is referred to by its registry URI, other ids by Cairn's URN.
    EXPECT_TRUE(doc.json.contains(
        "\"https://credentialengineregistry.org/resources/ce-3f1c2b9a-5d6e-4f70-8a9b-0c1d2e3f4a5b\""));
    EXPECT_TRUE(doc.json.contains("\"urn:cairn:credential:sql-course\""));
    // The prerequisite the goal does not name is a child of the pathway, first in the plan.
    const QJsonArray others = parsed(doc.json).value(u"ceterms:hasChild"_s).toArray();
    ASSERT_EQ(others.size(), 1);
    EXPECT_EQ(others.at(0).toObject().value(u"ceterms:sourceData"_s).toString(), u"urn:cairn:credential:intro"_s);
    EXPECT_EQ(others.at(0).toObject().value(u"ceterms:codedNotation"_s).toString(), u"1"_s);
}

TEST(CtdlExport, ImportedAloneTheSkillsAreMadeAtTheirLevelsAndNamed) {
    const Catalog catalog = smallCatalog();
    const PathwayDocument doc = pathwayDocument(catalog, planFor("analyst", {}), {});
    Importer importer(ImportOptions{});
    importer.addBytes(doc.json, u"pathway.jsonld"_s);
    const ImportResult back = importer.finish();
    ASSERT_EQ(back.catalog.goals.size(), 1u);
    EXPECT_EQ(back.catalog.goals[0].requirement, normalised(catalog.goals[0].requirement));
    const Skill* sql = back.catalog.findSkill("sql");
    ASSERT_NE(sql, nullptr);
    EXPECT_EQ(sql->name, "Skill sql");
}

namespace {

/// What a pathway lacks, in the words cairn-cli prints, one per entry.
QStringList missingWords(const PathwayDocument& document) {
    QStringList out;
    for (const Message& m : document.missing)
        out << cairn::text::MessageWords::english().sentence(m);
    return out;
}

} // namespace

TEST(CtdlExport, MissingRegistryFieldsAreNamedAndNeverMadeUp) {
    const Catalog catalog = smallCatalog();
    const PathwayDocument bare = pathwayDocument(catalog, planFor("analyst", {}), {});
    const QStringList missing = missingWords(bare);
    EXPECT_TRUE(missing.contains(u"ceterms:ownedBy of the pathway"_s));
    EXPECT_TRUE(missing.contains(u"ceterms:subjectWebpage of the pathway"_s));
    // Only sql-course has a page of its own; the eleven other components have none.
    EXPECT_TRUE(missing.contains(u"ceterms:subjectWebpage of 11 component(s)"_s)) << missing.join(u"|"_s).toStdString();
    EXPECT_FALSE(parsed(bare.json).contains(u"ceterms:ownedBy"_s));

    PathwayOptions given;
    given.owner = u"https://credentialengineregistry.org/resources/ce-0c8f0a1e-1111-4222-8333-444455556666"_s;
    given.webpage = u"https://example.org/analyst"_s;
    const PathwayDocument full = pathwayDocument(catalog, planFor("analyst", {}), given);
    EXPECT_TRUE(full.missing.empty()) << missingWords(full).join(u"|"_s).toStdString();
    EXPECT_TRUE(full.json.contains("\"https://example.org/sql\"")); // its own page is kept
}

TEST(CtdlExport, AGoalOfCreditsAloneIsRefused) {
    Catalog catalog = smallCatalog();
    Goal credits;
    credits.id = "degree";
    credits.kind = Goal::Kind::Credits;
    credits.minCredits = 30;
    catalog.goals.push_back(credits);
    const PathwayDocument doc = pathwayDocument(catalog, planFor("degree", {}), {});
    EXPECT_TRUE(doc.json.isEmpty());
    ASSERT_TRUE(doc.refusal);
    EXPECT_TRUE(cairn::text::MessageWords::english()
                    .sentence(*doc.refusal)
                    .startsWith(u"goal 'degree' requires no credential or skill"_s));
}

/// `json` with the pathway's codedNotation replaced by `notation` (removed when it is empty).
QByteArray withGoalNotation(const QByteArray& json, const QString& notation) {
    QJsonObject pathway = parsed(json);
    if (notation.isEmpty())
        pathway.remove(u"ceterms:codedNotation"_s);
    else
        pathway.insert(u"ceterms:codedNotation"_s, notation);
    return QJsonDocument(pathway).toJson();
}

TEST(CtdlExport, AGoalsOwnDescriptionComesBackWithoutThePlanSentence) {
    Catalog catalog = smallCatalog();
    catalog.goals[0].description = "Works with data.\n\nReports weekly.";
    for (const Plan& plan : {planFor("analyst", {"sql-course"}), Plan{}}) {
        Plan p = plan;
        p.goal = "analyst";
        const ImportResult back = importInto(catalog, pathwayDocument(catalog, p, {}).json);
        ASSERT_EQ(back.catalog.goals.size(), 1u);
        EXPECT_EQ(back.catalog.goals[0].description, catalog.goals[0].description);
        // Exported again, the description holds one sentence about the plan, not two.
        Catalog again = catalog;
        again.goals[0].description = back.catalog.goals[0].description;
        EXPECT_EQ(pathwayDocument(again, p, {}).json, pathwayDocument(catalog, p, {}).json);
    }
}

TEST(CtdlExport, APathwayWithoutAUsableGoalIdIsNamedByItsCtid) {
    const Catalog catalog = smallCatalog();
    const PathwayDocument doc = pathwayDocument(catalog, planFor("analyst", {}), {});
    const QString ctid = parsed(doc.json).value(u"ceterms:ctid"_s).toString();
    ASSERT_TRUE(ctid.startsWith(u"ce-"_s));
    // Another publisher's pathway, a notation that is not Cairn's, an id Cairn does not accept.
    for (const QString& notation :
         {QString(), u"11-2021.00"_s, u"goal:a b"_s, u"goal:"_s, u"goal:"_s + QString(201, u'x')}) {
        const ImportResult back = importInto(catalog, withGoalNotation(doc.json, notation));
        ASSERT_EQ(back.catalog.goals.size(), 1u) << notation.toStdString();
        EXPECT_EQ(back.catalog.goals[0].id, ctid.toStdString()) << notation.toStdString();
        EXPECT_EQ(back.catalog.goals[0].title, "Analyst");
    }
}

TEST(CtdlExport, TwoPathwaysClaimingOneGoalIdKeepTheSecondApartByItsCtid) {
    const Catalog catalog = smallCatalog();
    const QByteArray first = pathwayDocument(catalog, planFor("analyst", {}), {}).json;
    const QByteArray second = pathwayDocument(catalog, planFor("analyst", {"intro"}), {}).json;
    ImportOptions options;
    for (const Credential& c : catalog.credentials)
        options.existingCredentials.insert(c.id);
    for (const Skill& s : catalog.skills)
        options.existingSkills.insert(s.id);
    Importer importer(options);
    importer.addBytes(first, u"first.jsonld"_s);
    importer.addBytes(second, u"second.jsonld"_s);
    const ImportResult back = importer.finish();
    ASSERT_EQ(back.catalog.goals.size(), 2u);
    EXPECT_NE(back.catalog.goals[0].id, back.catalog.goals[1].id);
    const bool oneIsAnalyst = back.catalog.goals[0].id == "analyst" || back.catalog.goals[1].id == "analyst";
    EXPECT_TRUE(oneIsAnalyst);
}

TEST(CtdlIds, CairnsUrnsGiveTheCatalogIdBack) {
    EXPECT_EQ(catalogId(u"urn:cairn:credential:sql-course"_s), u"sql-course"_s);
    EXPECT_EQ(catalogId(u"urn:cairn:skill:data-analysis"_s), u"data-analysis"_s);
    EXPECT_EQ(catalogId(credentialIri("ce-3f1c2b9a-5d6e-4f70-8a9b-0c1d2e3f4a5b")),
              u"ce-3f1c2b9a-5d6e-4f70-8a9b-0c1d2e3f4a5b"_s);
    // Not an id: the ordinary rule for other IRIs.
    EXPECT_TRUE(catalogId(u"urn:cairn:credential:a b"_s).startsWith(u"ctdl-"_s));
}

TEST(CtdlExport, DeepRequirementsRoundTripAsFarAsTheImportReadsPathways) {
    // all(cred:c0, all(cred:c1, … all(cred:c(n-1), cred:cn))): n nested groups.
    auto nested = [](int n) {
        Catalog c = smallCatalog();
        Requirement r = Requirement::credential("intro");
        for (int i = 0; i < n; ++i)
            r = Requirement::all({Requirement::credential(i % 2 ? "viz" : "sql-course"), r});
        c.goals[0].requirement = r;
        return c;
    };
    int deepest = 0;
    for (int n = 1; n <= 20; ++n) {
        const Catalog catalog = nested(n);
        const ImportResult back = importInto(catalog, pathwayDocument(catalog, planFor("analyst", {}), {}).json);
        ASSERT_EQ(back.catalog.goals.size(), 1u);
        if (back.catalog.goals[0].requirement != catalog.goals[0].requirement)
            break;
        deepest = n;
    }
    // The import cuts a pathway deeper than a requirement can nest, and says so (ctdl_pathway.cpp).
    EXPECT_EQ(deepest, 14);
}

TEST(CtdlExport, WithoutAPlanThePathwayGivesTheGoalAndSaysSo) {
    const Catalog catalog = smallCatalog();
    Plan infeasible = planFor("analyst", {});
    infeasible.status = PlanStatus::Infeasible;
    const PathwayDocument doc = pathwayDocument(catalog, infeasible, {});
    const QString description = parsed(doc.json).value(u"ceterms:description"_s).toObject().value(u"en"_s).toString();
    EXPECT_TRUE(description.startsWith(u"No plan was found toward this goal"_s)) << description.toStdString();
    EXPECT_FALSE(doc.json.contains("ceterms:preceeds"));
    EXPECT_EQ(importInto(catalog, doc.json).catalog.goals.at(0).requirement, normalised(catalog.goals[0].requirement));
}
