// The Open Badges / CLR reader and the matching: any bytes give achievements or failures that
// say where, never a crash; every match names a credential of the catalog or none, and only a
// matched achievement that has neither expired nor been revoked counts; every aligned skill is a
// skill of the catalog, and a credential made from an unmatched achievement keeps it valid.

#include "fuzz_support.h"
#include "load_error_check.h"

#include <cairn/engine/validation.h>
#include <cairn/io/badge_match.h>

using namespace cairn;

namespace {

Catalog smallCatalog() {
    Catalog c;
    for (const char* title : {"Teamwork", "Achievement 1", "Health Careers 1", "Health Careers 1"}) {
        Credential cr;
        cr.id = "c" + std::to_string(c.credentials.size());
        cr.title = title;
        c.credentials.push_back(cr);
    }
    c.credentials[0].id = "ce-98cb027b-95ef-4494-908d-6f7790ec6b6b";
    c.credentials[1].tags = {"Certification"};
    Skill sql;
    sql.id = "sql";
    sql.name = "SQL";
    sql.esco = "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742";
    sql.onet = "Structured query language SQL";
    c.skills.push_back(sql);
    return c;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    io::badges::BadgeReader reader;
    reader.addBytes(fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
    const io::badges::BadgeRead read = reader.finish();
    for (const io::LoadError& e : read.failures)
        fuzz::require(fuzz::worded(e) && e.line >= 0 && e.column >= 0, "a failure has a message and a position",
                      fuzz::described(e));
    static const Catalog catalog = smallCatalog();
    const auto matches = io::badges::matchAchievements(read.achievements, catalog, *Date::fromIso("2026-12-03"));
    fuzz::require(matches.size() == read.achievements.size(), "every achievement gets a match");
    for (const auto& m : matches) {
        const auto& a = read.achievements[m.achievement];
        fuzz::require(a.file == QStringLiteral("fuzz.json"), "an achievement names its file");
        fuzz::require((m.by == io::badges::Match::By::None) == m.credential.empty(), "a match names a credential");
        fuzz::require(m.credential.empty() || catalog.findCredential(m.credential) != nullptr,
                      "a matched credential is in the catalog");
        fuzz::require(!m.counts() || (!a.revoked && (!a.expires || !(*a.expires < *Date::fromIso("2026-12-03")))),
                      "expired and revoked achievements do not count");
        for (const auto& s : m.skills)
            fuzz::require(catalog.findSkill(s.skill) != nullptr && s.alignment < a.alignments.size(),
                          "an aligned skill is a skill of the catalog, named by one of the alignments");
        if (m.by == io::badges::Match::By::None) {
            Catalog with = catalog;
            with.credentials.push_back(io::badges::credentialFrom(a));
            fuzz::require(!hasErrors(validate(with)), "a credential made from an achievement keeps the catalog valid");
        }
    }
    return 0;
}
