// The CTDL import: any bytes give a failure that says where and what, or a catalog whose ids,
// numbers and requirements keep the catalog format's rules — written back, it reads to an equal
// catalog — and importing the same bytes again gives the same catalog and report.

#include "fuzz_support.h"
#include "load_error_check.h"

#include <cairn/engine/limits.h>
#include <cairn/engine/validation.h>
#include <cairn/io/catalog_json.h>
#include <cairn/io/catalog_rules.h>
#include <cairn/io/ctdl_import.h>
#include <cairn/io/json_decoder.h>

using namespace cairn;

namespace {

io::ctdl::ImportResult import(const QByteArray& bytes) {
    io::ctdl::Importer importer(io::ctdl::ImportOptions{});
    importer.addBytes(bytes, QStringLiteral("fuzz.json"));
    return importer.finish();
}

void checkRequirement(const Catalog& catalog, const Requirement& r, const QByteArray& at) {
    fuzz::require(io::requirementGroupDepth(r) <= io::kMaxRequirementGroups, "requirements nest within the limit", at);
    forEachItem(r, [&](const Requirement& item) {
        const bool known = item.kind == Requirement::Kind::Credential ? catalog.findCredential(item.id) != nullptr
                                                                      : catalog.findSkill(item.id) != nullptr;
        fuzz::require(known, "every requirement item names an item of the catalog", at);
    });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes = fuzz::bytes(data, size);
    const io::ctdl::ImportResult result = import(bytes);
    for (const io::LoadError& e : result.report.failures)
        fuzz::require(fuzz::worded(e) && e.line >= 0 && e.column >= 0 && e.file == QStringLiteral("fuzz.json"),
                      "a failure has a message and a position", fuzz::described(e));
    for (const io::ctdl::Note& n : result.report.notes)
        fuzz::require(n.file == QStringLiteral("fuzz.json") && n.line >= 0, "a note says where it is");
    const Catalog& catalog = result.catalog;
    for (const Skill& s : catalog.skills)
        fuzz::require(io::isId(io::fromStd(s.id)) && !s.name.empty(), "a skill has an id and a name", s.id.c_str());
    for (const Credential& c : catalog.credentials) {
        const QByteArray at(c.id.c_str());
        fuzz::require(io::isId(io::fromStd(c.id)), "a credential id keeps the id syntax", at);
        fuzz::require(limits::kCost.contains(c.cost) && limits::kHours.contains(c.hours), "cost and hours in range",
                      at);
        checkRequirement(catalog, c.prerequisites, at);
    }
    for (const Goal& g : catalog.goals) {
        fuzz::require(io::isId(io::fromStd(g.id)) && !g.requirement.isNone(), "a goal has an id and a requirement");
        checkRequirement(catalog, g.requirement, QByteArray(g.id.c_str()));
    }
    (void)validate(catalog);
    const QByteArray written = io::writeCatalog(catalog);
    const io::LoadResult<Catalog> reread = io::readCatalog(written);
    fuzz::require(reread.ok(), "an imported catalog written as a file reads again", written);
    fuzz::require(*reread.value == catalog, "an imported catalog reads back equal", written);
    const io::ctdl::ImportResult again = import(bytes);
    fuzz::require(again.catalog == catalog && again.report.notes.size() == result.report.notes.size(),
                  "the same bytes import the same way");
    return 0;
}
