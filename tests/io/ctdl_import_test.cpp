// The CTDL import on Credential Engine's own sample documents (tests/io/data/interop, see its
// SOURCES.txt), with the figures each one must give checked by hand against the document, and
// on small documents written here for the shapes and mistakes the samples do not show.
#include <QDir>
#include <cairn/engine/validation.h>
#include <cairn/io/ctdl_cost.h>
#include <cairn/io/ctdl_duration.h>
#include <cairn/io/ctdl_ids.h>
#include <cairn/io/ctdl_import.h>
#include <cairn/text/load_words.h>
#include <gtest/gtest.h>

namespace {

using namespace Qt::Literals::StringLiterals;
using cairn::Credential;
using cairn::Requirement;
using namespace cairn::io::ctdl;

QString sample(const QString& name) {
    return QStringLiteral(CAIRN_TEST_DATA) + u"/interop/ctdl/"_s + name;
}

ImportResult importSamples(const QStringList& names, const QString& language = u"en-US"_s) {
    ImportOptions options;
    options.language = language;
    Importer importer(options);
    for (const QString& n : names)
        importer.addFile(sample(n));
    return importer.finish();
}

ImportResult importText(const QByteArray& json, ImportOptions options = {}) {
    Importer importer(options);
    importer.addBytes(json, u"doc.json"_s);
    return importer.finish();
}

const Credential& credential(const ImportResult& r, const std::string& id) {
    static const Credential none;
    const Credential* c = r.catalog.findCredential(id);
    EXPECT_NE(c, nullptr) << "no credential " << id;
    return c ? *c : none;
}

/// The facts of every note of this kind.
std::vector<QStringList> notes(const ImportResult& r, Note::What what) {
    std::vector<QStringList> out;
    for (const Note& n : r.report.notes)
        if (n.what == what)
            out.push_back(n.facts);
    return out;
}

std::vector<std::string> sorted(std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    return v;
}

// --- The sample documents ------------------------------------------------------------------

TEST(CtdlSamples, DrivingAcademyTakesTheHoursOfEffortOverTheCalendarLength) {
    const auto r = importSamples({u"registry_assistant/LearningOpportunity_160_Driving_Academy_published.json"_s});
    ASSERT_TRUE(r.report.failures.empty());
    ASSERT_EQ(r.catalog.credentials.size(), 1u);
    const Credential& c = credential(r, "ce-f8885b28-134d-4188-8c86-063aadff14ea");
    EXPECT_EQ(c.title, "160 Driving Academy");
    EXPECT_EQ(c.provider, "160 Driving Academy"); // ownedBy names the organisation node of the @graph
    EXPECT_EQ(c.url, "https://160drivingacademy.com");
    EXPECT_EQ(c.cost, 4695); // one Tuition profile, USD
    EXPECT_EQ(c.hours, 160); // PT160H, not P4W
    EXPECT_TRUE(c.estimated.empty());
    EXPECT_TRUE(c.prerequisites.isNone());
    EXPECT_EQ(r.catalog.currency, "USD");
    EXPECT_EQ(notes(r, Note::What::DurationChosen), (std::vector<QStringList>{{u"PT160H"_s, u"P4W"_s}}));
    EXPECT_EQ(notes(r, Note::What::Condition), (std::vector<QStringList>{{u"entryCondition"_s}}));
    EXPECT_EQ(notes(r, Note::What::NodeType).size(), 4u); // the four organisations
}

TEST(CtdlSamples, MultipleLanguagesAddsApplicationAndTuitionAndTakesTheLongestDuration) {
    const auto r = importSamples({u"registry_assistant/CredentialWithMultipleLanguages_Api_output.json"_s});
    ASSERT_TRUE(r.report.failures.empty());
    const Credential& c = credential(r, "ce-cef8a76d-f168-0513-8fac-0b8dc60ef853");
    EXPECT_EQ(c.title, "Bachelor of Science in Accounting");
    EXPECT_EQ(c.cost, 13099); // Application 100 + Tuition 12999
    EXPECT_EQ(c.hours, 480);  // P8W to P12W: 12 weeks at 40 hours
    EXPECT_EQ(c.estimated, std::vector<std::string>{"hours"});
    EXPECT_EQ(c.prerequisites,
              Requirement::all({Requirement::credential("ce-ccd00a32-d5ad-41e7-b14c-5c096bc9eea0"),
                                Requirement::credential("bnode-3bd544d6-a144-48f2-8153-b6b925a63404")}));
    // The learning opportunity of the @graph, named by its blank node, is a credential of its own;
    // the one in the sandbox registry is not in the document and gets a placeholder.
    EXPECT_EQ(credential(r, "bnode-3bd544d6-a144-48f2-8153-b6b925a63404").title, "A required learning opportunity.");
    const Credential& placeholder = credential(r, "ce-ccd00a32-d5ad-41e7-b14c-5c096bc9eea0");
    EXPECT_EQ(placeholder.tags, std::vector<std::string>{"placeholder"});
    EXPECT_EQ(placeholder.estimated, (std::vector<std::string>{"cost", "hours"}));
    EXPECT_EQ(notes(r, Note::What::CostsAdded), (std::vector<QStringList>{{u"2"_s, u"13099"_s, u"USD"_s}}));
    EXPECT_EQ(notes(r, Note::What::DurationRange), (std::vector<QStringList>{{u"P8W"_s, u"P12W"_s, u"480"_s}}));
    EXPECT_EQ(notes(r, Note::What::Placeholder).size(), 1u);
}

TEST(CtdlSamples, LanguageMapsGiveTheReadersLanguageThenEnglish) {
    const auto arabic =
        importSamples({u"registry_assistant/CredentialWithMultipleLanguages_Api_output.json"_s}, u"ar-SA"_s);
    EXPECT_EQ(
        credential(arabic, "ce-cef8a76d-f168-0513-8fac-0b8dc60ef853").title,
        "\u0628\u0643\u0627\u0644\u0648\u0631\u064a\u0648\u0633 \u0627\u0644\u0639\u0644\u0648\u0645 \u0641\u064a "
        "\u0627\u0644\u0645\u062d\u0627\u0633\u0628\u0629");
    const auto german =
        importSamples({u"registry_assistant/CredentialWithMultipleLanguages_Api_output.json"_s}, u"de_DE"_s);
    EXPECT_EQ(credential(german, "ce-cef8a76d-f168-0513-8fac-0b8dc60ef853").title, "Bachelor of Science in Accounting");
}

TEST(CtdlSamples, IndianaNursingAddsTwoTuitionsAndAFee) {
    const auto r = importSamples(
        {u"registry_assistant/Indiana_University_South_Bend-B.S._in_Nursing_(Pre-Licensure)_API_Output_CTDL.json"_s});
    ASSERT_TRUE(r.report.failures.empty()); // it starts with a byte-order mark
    const Credential& c = credential(r, "ce-2f7bc05c-2f9c-4119-9507-2f64d1a71b7b");
    EXPECT_EQ(c.title, "B.S. in Nursing (Pre-Licensure)");
    EXPECT_DOUBLE_EQ(c.cost, 13593.99); // 3533.68 + 9963.19 + 97.12, "US Dollar"
    EXPECT_EQ(c.hours, 0);
    EXPECT_EQ(c.estimated, std::vector<std::string>{"hours"});
    EXPECT_EQ(c.source, "https://administration.iusb.edu/bursar/tuition-and-fees/2020-2021.html");
    EXPECT_EQ(notes(r, Note::What::CostsAdded), (std::vector<QStringList>{{u"3"_s, u"13593.99"_s, u"USD"_s}}));
}

TEST(CtdlSamples, EnvelopeIsReadFromItsDecodedResourceAndPricesTheFirstAudience) {
    const auto r = importSamples({u"registry_assistant/LearningOpportunityEnvelope.json"_s});
    ASSERT_TRUE(r.report.failures.empty());
    ASSERT_EQ(r.catalog.credentials.size(), 1u);
    const Credential& c = credential(r, "ce-0b6f0c2f-01b9-4776-b861-894b78f81eda");
    EXPECT_EQ(c.title, "Insurance Studies Certificate");
    EXPECT_EQ(c.cost, 2521); // In-State: tuition 1535 + learning resources 986; Out-of-State (5886) not taken
    EXPECT_EQ(notes(r, Note::What::CostAudience), (std::vector<QStringList>{{u"In-State"_s, u"Out-of-State"_s}}));
}

TEST(CtdlSamples, CertificationOfTwoYearsWithARenewalFeeAndACompetencyCondition) {
    const auto r = importSamples({u"registry_fixtures/3_import.json"_s});
    ASSERT_TRUE(r.report.failures.empty()); // its placeholders are in descriptions the import does not read
    const Credential& c = credential(r, "ce-1a4ab486-8212-4708-b7d5-c5167fdd2b47");
    EXPECT_EQ(c.title, "Certified Occupational Therapy Assistant (COTA®)");
    EXPECT_EQ(c.hours, 4160); // P2Y: 104 weeks at 40 hours
    EXPECT_EQ(c.cost, 0);     // its only price (65) is the renewal fee
    EXPECT_EQ(sorted(c.estimated), (std::vector<std::string>{"cost", "hours"}));
    ASSERT_EQ(r.catalog.skills.size(), 1u);
    EXPECT_EQ(r.catalog.skills[0].name, "Active");
    // The first condition names a competency; the second is words only and is reported.
    EXPECT_EQ(c.prerequisites, Requirement::skill(r.catalog.skills[0].id, 2));
    EXPECT_EQ(notes(r, Note::What::ConditionInWords).size(), 1u);
    EXPECT_EQ(notes(r, Note::What::CostOfCondition), (std::vector<QStringList>{{u"renewal"_s}}));
    EXPECT_EQ(notes(r, Note::What::DurationCalendar), (std::vector<QStringList>{{u"P2Y"_s, u"4160"_s}}));
}

TEST(CtdlSamples, EmbeddedAssessmentTargetBecomesACredentialWithItsCompetencies) {
    const auto r = importSamples({u"registry_fixtures/4_import.json"_s});
    const Credential& c = credential(r, "ce-28e50037-d306-4f1e-aa9d-22a0e716b7a7");
    EXPECT_EQ(c.title, "Health Informatics");
    EXPECT_EQ(c.provider, "Medical Licensing Board of Indiana");
    EXPECT_EQ(c.prerequisites, Requirement::credential("ce-68b4a3a9-df61-4449-8337-7dbdb5167005"));
    const Credential& exam = credential(r, "ce-68b4a3a9-df61-4449-8337-7dbdb5167005");
    EXPECT_EQ(exam.title, "CSP Examination");
    EXPECT_EQ(exam.grants.size(), 3u);
    EXPECT_TRUE(exam.tags == std::vector<std::string>{"AssessmentProfile"});
    EXPECT_EQ(r.catalog.skills.size(), 3u);
    EXPECT_EQ(r.catalog.skills[1].name, "Core concepts in chemistry (organic and general chemistry)");
    EXPECT_EQ(r.catalog.skills[1].area, "Domain 1 - Advanced Science and Math - Knowledge Of:");
}

TEST(CtdlSamples, TargetOutsideTheDocumentsBecomesANamedPlaceholder) {
    const auto r = importSamples({u"registry_fixtures/1_valid.json"_s});
    const Credential& c = credential(r, "ce-6bf1a7e2-814e-4598-a66e-a3e2ecb727d8"); // urn:ctid:…
    EXPECT_EQ(c.title, "Master of Science in Project Management");
    EXPECT_EQ(c.prerequisites, Requirement::credential("ce-46cf9dc1-37d5-48af-b75c-499002b3a489"));
    const Credential& p = credential(r, "ce-46cf9dc1-37d5-48af-b75c-499002b3a489");
    EXPECT_EQ(p.title, "http://credentialengineregistry.org/resource/46cf9dc1-37d5-48af-b75c-499002b3a489");
    EXPECT_EQ(p.cost, 0);
    // {"@type": "@id", "@id": …} only names the target: it is not in the document.
    EXPECT_EQ(
        notes(r, Note::What::Placeholder),
        (std::vector<QStringList>{
            {u"http://credentialengineregistry.org/resource/46cf9dc1-37d5-48af-b75c-499002b3a489"_s, QString()}}));
    const Note& note = *std::find_if(r.report.notes.begin(), r.report.notes.end(),
                                     [](const Note& n) { return n.what == Note::What::Placeholder; });
    EXPECT_EQ(note.path, u"ceterms:requires[0].ceterms:targetLearningOpportunity[0]"_s);
    EXPECT_EQ(note.line, 58);
}

TEST(CtdlSamples, AssessmentArrayPricesEachExam) {
    const auto r = importSamples({u"registry_fixtures/assessment_profile.json"_s});
    ASSERT_EQ(r.catalog.credentials.size(), 10u);
    const Credential& analyst = credential(r, "ce-14c21592-b40a-4a58-b3a7-94e8738fc1f4");
    EXPECT_EQ(analyst.cost, 75);   // Application, for citizens
    EXPECT_EQ(analyst.hours, 3.5); // PT3H30M
    EXPECT_EQ(analyst.grants.size(), 13u);
    EXPECT_EQ(analyst.grants[0].level, 2);
    // Assessment fee for citizens plus the enrolment fee everyone pays; no duration.
    const Credential& turning = credential(r, "ce-4cdf0dcd-db6d-4c14-9a79-9eceb6445112");
    EXPECT_EQ(turning.cost, 75);
    EXPECT_EQ(turning.hours, 0);
    EXPECT_EQ(credential(r, "ce-389ad384-fa12-4d6a-9886-6753337b6815").hours, 1.5); // PT90M
    EXPECT_EQ(credential(r, "ce-389ad384-fa12-4d6a-9886-6753337b6815").cost, 75);   // 35 + 40
    // A price with no currency is taken in the catalog's, and said so.
    EXPECT_EQ(credential(r, "ce-663b46e8-fdda-40b8-8960-a8bceae14c38").cost, 165);
    EXPECT_EQ(notes(r, Note::What::CostCurrencyAssumed), (std::vector<QStringList>{{u"165"_s, u"USD"_s}}));
    EXPECT_EQ(credential(r, "ce-c133e84f-adbc-4b50-9d27-97a29b81b213").estimated, std::vector<std::string>{"cost"});
}

TEST(CtdlSamples, SeminarOfFiveDays) {
    const auto r = importSamples({u"registry_fixtures/learning_opportunity_profile__3_import.json"_s});
    const Credential& c = credential(r, "ce-38a1cf5c-798e-469b-88ac-87231d5ae1c2");
    EXPECT_EQ(c.cost, 1640);
    EXPECT_EQ(c.hours, 40); // P5D: five days of eight hours
    EXPECT_EQ(c.estimated, std::vector<std::string>{"hours"});
}

TEST(CtdlSamples, OldStyleSampleReadsSchemaNames) {
    const auto r = importSamples({u"registry_fixtures/cer-credential.json"_s});
    const Credential& c = credential(r, "ce-14525aea-57c5-4f5a-8f1c-bdc95c7f8b9b");
    EXPECT_EQ(c.title, "21st Century Skills for Workplace Success");
    EXPECT_EQ(c.url, "http://www.nocti.org/PDFs/JobReady/1337_21st_Century_Skills_for_Workplace_Success.pdf");
    ASSERT_EQ(c.prerequisites.kind, Requirement::Kind::Credential);
    EXPECT_EQ(c.prerequisites.id.rfind("ctdl-www-nocti-org-pdfs-jobready-1337-21st-c", 0), 0u) << c.prerequisites.id;
}

TEST(CtdlSamples, EveryFileTogetherGivesAValidCatalogWithStableIds) {
    QStringList names;
    for (const QString& folder : {u"registry_fixtures"_s, u"registry_assistant"_s})
        for (const QString& f : QDir(sample(folder)).entryList({u"*.json"_s}, QDir::Files, QDir::Name))
            names << folder + u'/' + f;
    ASSERT_EQ(names.size(), 23);
    const auto first = importSamples(names);
    EXPECT_TRUE(first.report.failures.empty());
    const auto problems = cairn::validate(first.catalog);
    for (const auto& p : problems)
        EXPECT_NE(p.severity, cairn::Problem::Severity::Error) << p.code << " " << p.object;
    EXPECT_EQ(first.catalog.credentials.size(), 45u);
    EXPECT_EQ(first.catalog, importSamples(names).catalog);
    // The old sample and the registry envelope describe one certification: kept once.
    EXPECT_EQ(notes(first, Note::What::Duplicate).size(), 1u);
}

// --- Terms, literals, durations, currencies, ids --------------------------------------------

TEST(CtdlTerms, PrefixedBareAndFullIrisAreOneTerm) {
    EXPECT_EQ(term(u"ceterms:name"), u"name"_s);
    EXPECT_EQ(term(u"ceasn:hasChild"), u"hasChild"_s);
    EXPECT_EQ(term(u"name"), u"name"_s);
    EXPECT_EQ(term(u"http://purl.org/ctdl/terms/estimatedCost"), u"estimatedCost"_s);
    EXPECT_EQ(term(u"https://purl.org/ctdlasn/terms/competencyText"), u"competencyText"_s);
    EXPECT_EQ(term(u"schema:name"), u"schema:name"_s);
    EXPECT_EQ(term(u"@type"), u"@type"_s);
}

TEST(CtdlTerms, DurationsStrictAndTolerant) {
    auto hours = [](const char* text) {
        const auto d = parseDuration(QString::fromUtf8(text));
        return d ? effortHours(*d) : -1.0;
    };
    EXPECT_EQ(hours("PT40H"), 40);
    EXPECT_EQ(hours("P4W3DT2H"), 4 * 40 + 3 * 8 + 2);
    EXPECT_EQ(hours("P9M"), 9 * 52.0 / 12 * 40);
    EXPECT_EQ(hours("PT90M"), 1.5);
    EXPECT_EQ(hours("p40h"), 40);    // lower case
    EXPECT_EQ(hours("P40H"), 40);    // no T before the hours
    EXPECT_EQ(hours("P1H30M"), 1.5); // M after hours is minutes
    EXPECT_EQ(hours(" P 2 W "), 80);
    EXPECT_EQ(hours("P0,5D"), 4);
    EXPECT_EQ(hours("40H"), 40);
    for (const char* bad :
         {"", "P", "PT", "P1Y1Y", "P1D1Y", "-P1D", "P-1D", "P1HD", "PT1D", "abc", "P1.2.3D", "P5", "P9999999D"})
        EXPECT_EQ(hours(bad), -1.0) << bad;
}

TEST(CtdlTerms, CurrenciesByCodeOrName) {
    EXPECT_EQ(currencyCode(u"USD"_s), u"USD"_s);
    EXPECT_EQ(currencyCode(u"eur"_s), u"EUR"_s);
    EXPECT_EQ(currencyCode(u"US Dollar"_s), u"USD"_s);
    EXPECT_EQ(currencyCode(u"Pound Sterling"_s), u"GBP"_s);
    EXPECT_EQ(currencyCode(u"Dollars"_s), QString());
    EXPECT_EQ(currencyCode(u"$"_s), QString());
}

TEST(CtdlTerms, StableCatalogIds) {
    EXPECT_EQ(catalogId(u"ce-1A4AB486-8212-4708-B7D5-C5167FDD2B47"_s), u"ce-1a4ab486-8212-4708-b7d5-c5167fdd2b47"_s);
    EXPECT_EQ(catalogId(u"urn:ctid:6bf1a7e2-814e-4598-a66e-a3e2ecb727d8"_s),
              u"ce-6bf1a7e2-814e-4598-a66e-a3e2ecb727d8"_s);
    EXPECT_EQ(catalogId(u"https://credentialengineregistry.org/resources/ce-53bc7e5d-d39c-4687-ac89-0474f691055d"_s),
              u"ce-53bc7e5d-d39c-4687-ac89-0474f691055d"_s);
    EXPECT_EQ(catalogId(u"_:2fd183d0-69d9"_s), u"bnode-2fd183d0-69d9"_s);
    const QString other = catalogId(u"https://example.org/Courses/Intro to SQL"_s);
    EXPECT_TRUE(other.startsWith(u"ctdl-example-org-courses-intro-to-sql-"_s)) << other.toStdString();
    EXPECT_EQ(other, catalogId(u"https://example.org/Courses/Intro to SQL"_s));
    EXPECT_NE(other, catalogId(u"https://example.org/Courses/Intro-to-SQL"_s));
}

TEST(CtdlTerms, Placeholders) {
    for (const char* p : {"*** COST PROFILE DESCRIPTION MISSING ***", "TBD", "n/a", "{{price}}", "Lorem ipsum dolor"})
        EXPECT_TRUE(isPlaceholder(QString::fromUtf8(p))) << p;
    for (const char* p : {"Certified Welder", "NA Welding", "A*B", "0"})
        EXPECT_FALSE(isPlaceholder(QString::fromUtf8(p))) << p;
}

// --- Shapes and mappings the samples do not show ---------------------------------------------

TEST(CtdlShapes, ExpandedJsonLdWithFullIrisAndValueArrays) {
    const auto r = importText(R"([{
      "@id": "https://credentialengineregistry.org/resources/ce-00000000-0000-4000-8000-000000000001",
      "@type": ["http://purl.org/ctdl/terms/Certificate"],
      "http://purl.org/ctdl/terms/name": [{"@value": "Welding I", "@language": "en"},
                                          {"@value": "Soldadura I", "@language": "es"}],
      "http://purl.org/ctdl/terms/estimatedCost": [{
        "@type": ["http://purl.org/ctdl/terms/CostProfile"],
        "http://purl.org/ctdl/terms/price": [{"@value": 250}],
        "http://purl.org/ctdl/terms/currency": [{"@value": "USD"}]}],
      "http://purl.org/ctdl/terms/estimatedDuration": [{
        "@type": ["http://purl.org/ctdl/terms/DurationProfile"],
        "http://purl.org/ctdl/terms/exactDuration": [{"@value": "PT12H"}]}]
    }])");
    ASSERT_TRUE(r.report.failures.empty());
    const Credential& c = credential(r, "ce-00000000-0000-4000-8000-000000000001");
    EXPECT_EQ(c.title, "Welding I");
    EXPECT_EQ(c.cost, 250);
    EXPECT_EQ(c.hours, 12);
}

TEST(CtdlShapes, RequiredNumberAlternativesAndCorequisites) {
    const auto r = importText(R"({"@graph": [
      {"@id": "_:a", "@type": "ceterms:Course", "ceterms:name": "A"},
      {"@id": "_:b", "@type": "ceterms:Course", "ceterms:name": "B"},
      {"@id": "_:c", "@type": "ceterms:Course", "ceterms:name": "C"},
      {"@id": "_:d", "@type": "ceterms:Course", "ceterms:name": "D"},
      {"@id": "_:x", "@type": "ceterms:Certificate", "ceterms:name": "X",
       "ceterms:requires": [
         {"@type": "ceterms:ConditionProfile", "ceterms:requiredNumber": 2,
          "ceterms:targetLearningOpportunity": ["_:a", "_:b", "_:c"]},
         {"@type": "ceterms:ConditionProfile", "ceterms:targetLearningOpportunity": ["_:d"]}],
       "ceterms:corequisite": [{"@type": "ceterms:ConditionProfile", "ceterms:targetLearningOpportunity": "_:a"}]}
    ]})");
    const Credential& x = credential(r, "bnode-x");
    const auto cred = [](const char* id) { return Requirement::credential(id); };
    EXPECT_EQ(x.prerequisites,
              Requirement::all(
                  {Requirement::any(
                       {Requirement::atLeast(2, {cred("bnode-a"), cred("bnode-b"), cred("bnode-c")}), cred("bnode-d")}),
                   cred("bnode-a")}));
    EXPECT_EQ(notes(r, Note::What::Corequisite).size(), 1u);
    EXPECT_TRUE(notes(r, Note::What::Placeholder).empty());
}

TEST(CtdlShapes, PathwayBecomesAGoal) {
    const auto r = importText(R"({"@graph": [
      {"@id": "https://example.org/c1", "@type": "ceterms:Certification", "ceterms:name": "Cert One"},
      {"@id": "_:p", "@type": "ceterms:Pathway", "ceterms:ctid": "ce-00000000-0000-4000-8000-0000000000aa",
       "ceterms:name": "Welding pathway", "ceasn:hasDestinationComponent": ["_:dest"]},
      {"@id": "_:dest", "@type": "ceterms:CredentialComponent", "ceterms:name": "Cert One",
       "ceterms:sourceData": "https://example.org/c1", "ceterms:hasCondition": ["_:cond"]},
      {"@id": "_:cond", "@type": "ceterms:ComponentCondition", "ceterms:requiredNumber": 1,
       "ceterms:targetComponent": ["_:k1", "_:k2"]},
      {"@id": "_:k1", "@type": "ceterms:CourseComponent", "ceterms:name": "Course One"},
      {"@id": "_:k2", "@type": "ceterms:CourseComponent", "ceterms:name": "Course Two"}
    ]})");
    ASSERT_EQ(r.catalog.goals.size(), 1u);
    const cairn::Goal& g = r.catalog.goals[0];
    EXPECT_EQ(g.id, "ce-00000000-0000-4000-8000-0000000000aa");
    EXPECT_EQ(g.title, "Welding pathway");
    const std::string cert = r.catalog.credentials[0].id;
    EXPECT_EQ(g.requirement, Requirement::all({Requirement::credential(cert),
                                               Requirement::any({Requirement::credential("bnode-k1"),
                                                                 Requirement::credential("bnode-k2")})}));
    EXPECT_EQ(credential(r, "bnode-k1").title, "Course One"); // a placeholder for the course component
    EXPECT_EQ(notes(r, Note::What::Goal), (std::vector<QStringList>{{u"Welding pathway"_s, u"3"_s}}));
    EXPECT_FALSE(cairn::hasErrors(cairn::validate(r.catalog)));
}

TEST(CtdlShapes, CompetencyComponentsOfAPathwayAreSkills) {
    const auto r = importText(R"({"@graph": [
      {"@id": "_:p", "@type": "ceterms:Pathway", "ceterms:name": "Data path", "ceasn:hasDestinationComponent": "_:d"},
      {"@id": "_:d", "@type": "ceterms:BasicComponent", "ceterms:name": "Done", "ceasn:hasChild": ["https://example.org/competency/sql", "_:c"]},
      {"@id": "https://example.org/competency/sql", "@type": "ceterms:CompetencyComponent", "ceterms:name": "SQL"},
      {"@id": "_:c", "@type": "ceterms:CourseComponent", "ceterms:name": "Databases 101"}
    ]})");
    ASSERT_EQ(r.catalog.goals.size(), 1u);
    ASSERT_EQ(r.catalog.skills.size(), 1u);
    EXPECT_EQ(r.catalog.skills[0].name, "SQL");
    EXPECT_EQ(r.catalog.goals[0].requirement,
              Requirement::all({Requirement::skill(r.catalog.skills[0].id, 2), Requirement::credential("bnode-c")}));
    EXPECT_FALSE(cairn::hasErrors(cairn::validate(r.catalog)));
}

TEST(CtdlShapes, PricesInAnotherCurrencyAreFlaggedNotMixed) {
    const auto r = importText(R"([
      {"@id": "_:a", "@type": "ceterms:Course", "ceterms:name": "A",
       "ceterms:estimatedCost": [{"@type": "ceterms:CostProfile", "ceterms:price": 10, "ceterms:currency": "USD"}]},
      {"@id": "_:b", "@type": "ceterms:Course", "ceterms:name": "B",
       "ceterms:estimatedCost": [{"@type": "ceterms:CostProfile", "ceterms:price": 20, "ceterms:currency": "US Dollar"},
                                 {"@type": "ceterms:CostProfile", "ceterms:price": 30, "ceterms:currency": "Euro"}]}
    ])");
    EXPECT_EQ(r.catalog.currency, "USD");
    EXPECT_EQ(credential(r, "bnode-b").cost, 20);
    EXPECT_EQ(notes(r, Note::What::CostOtherCurrency), (std::vector<QStringList>{{u"30"_s, u"EUR"_s, u"USD"_s}}));
}

TEST(CtdlShapes, AggregateCostIsTheWholeCost) {
    const auto r = importText(R"({"@id": "_:a", "@type": "ceterms:BachelorDegree", "ceterms:name": "A",
      "ceterms:estimatedCost": [
        {"@type": "ceterms:CostProfile", "ceterms:price": 100, "ceterms:currency": "USD",
         "ceterms:directCostType": {"ceterms:targetNode": "costType:Tuition"}},
        {"@type": "ceterms:CostProfile", "ceterms:price": 120, "ceterms:currency": "USD",
         "ceterms:directCostType": {"ceterms:targetNode": "costType:AggregateCost"}}]})");
    EXPECT_EQ(credential(r, "bnode-a").cost, 120);
}

TEST(CtdlShapes, MaximumBelowMinimumIsAWarningAndTheMinimumIsTaken) {
    const auto r = importText(R"({"@id": "_:a", "@type": "ceterms:Course", "ceterms:name": "A",
      "ceterms:estimatedDuration": [{"@type": "ceterms:DurationProfile",
        "ceterms:minimumDuration": "PT30H", "ceterms:maximumDuration": "PT20H"}]})");
    EXPECT_EQ(credential(r, "bnode-a").hours, 30);
    EXPECT_EQ(notes(r, Note::What::DurationContradiction), (std::vector<QStringList>{{u"PT30H"_s, u"PT20H"_s}}));
}

// --- Bad input ----------------------------------------------------------------------------

/// The one failure importing `json` as doc.json gives, as validate prints it.
std::string failure(const QByteArray& json) {
    const auto r = importText(json);
    EXPECT_EQ(r.report.failures.size(), 1u);
    EXPECT_TRUE(r.catalog.credentials.empty());
    return r.report.failures.empty() ? std::string()
                                     : cairn::text::LoadWords::english().line(r.report.failures[0]).toStdString();
}

TEST(CtdlBadInput, MalformedJsonNamesTheFileAndPosition) {
    EXPECT_EQ(failure("{\"@type\": \"ceterms:Course\",\n \"ceterms:name\": }"),
              "doc.json:2:18: expected a value but found '}'");
}

TEST(CtdlBadInput, ConcatenatedDocumentsAreRefused) {
    const std::string e = failure("{\"@type\": \"ceterms:Course\", \"ceterms:name\": \"A\"}\n"
                                  "{\"@type\": \"ceterms:Course\", \"ceterms:name\": \"B\"}");
    EXPECT_EQ(e.rfind("doc.json:2:1: ", 0), 0u) << e;
    EXPECT_NE(e.find("after the end of the JSON document"), std::string::npos) << e;
}

TEST(CtdlBadInput, PlaceholderValuesAreRefusedWithTheirPosition) {
    EXPECT_EQ(failure("{\"@type\": \"ceterms:Course\",\n \"ceterms:name\": \"*** NAME MISSING ***\"}"),
              "doc.json:2:18: ceterms:name: \"*** NAME MISSING ***\" stands in for a value that is missing; give the "
              "real value or leave the field out");
    const std::string price = failure(R"({"@type": "ceterms:Course", "ceterms:name": "A",
      "ceterms:estimatedCost": [{"@type": "ceterms:CostProfile", "ceterms:price": "TBD"}]})");
    EXPECT_NE(price.find("ceterms:estimatedCost[0].ceterms:price: \"TBD\""), std::string::npos) << price;
}

TEST(CtdlBadInput, DocumentsThatAreNotCtdl) {
    EXPECT_EQ(failure(R"({"format": "cairn-catalog", "version": 1})"),
              "doc.json:1:1: the document is not a CTDL node: it has no @type, @graph or decoded_resource");
    EXPECT_EQ(failure(R"([1, 2])"), "doc.json:1:2: [0] is not a CTDL node: a document's array holds JSON objects");
    const std::string envelope = failure(R"({"envelope_id": "x", "resource": "eyJ..."})");
    EXPECT_NE(envelope.find("no decoded_resource"), std::string::npos) << envelope;
    EXPECT_EQ(failure(""), "doc.json:1:1: the file is empty; expected a JSON document");
}

TEST(CtdlBadInput, TheOtherFilesStillImport) {
    ImportOptions options;
    Importer importer(options);
    importer.addBytes("{", u"broken.json"_s);
    importer.addFile(sample(u"registry_fixtures/2_import.json"_s));
    importer.addFile(sample(u"no-such-file.json"_s));
    const auto r = importer.finish();
    EXPECT_EQ(r.report.files.size(), 3);
    ASSERT_EQ(r.report.failures.size(), 2u);
    EXPECT_EQ(r.report.failures[0].file, u"broken.json"_s);
    EXPECT_TRUE(r.report.failures[1].file.endsWith(u"no-such-file.json"_s));
    EXPECT_EQ(r.catalog.credentials.size(), 1u);
}

TEST(CtdlBadInput, CyclesAndSelfReferencesInPathwaysEnd) {
    const auto r = importText(R"({"@graph": [
      {"@id": "_:p", "@type": "ceterms:Pathway", "ceterms:name": "Loop", "ceasn:hasDestinationComponent": "_:a"},
      {"@id": "_:a", "@type": "ceterms:CourseComponent", "ceterms:name": "A", "ceasn:hasChild": ["_:b", "_:a"]},
      {"@id": "_:b", "@type": "ceterms:CourseComponent", "ceterms:name": "B", "ceasn:hasChild": "_:a"}
    ]})");
    ASSERT_EQ(r.catalog.goals.size(), 1u);
    EXPECT_EQ(r.catalog.goals[0].requirement,
              Requirement::all({Requirement::credential("bnode-a"), Requirement::credential("bnode-b")}));
}

} // namespace
