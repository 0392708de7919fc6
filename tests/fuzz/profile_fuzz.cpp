// The profile decoder: any bytes give a profile or errors that each say where and what, never
// a crash; a profile that reads is checked against the sample catalog, and written back it
// reads to an equal profile.

#include "fuzz_support.h"
#include "load_error_check.h"

#include <cairn/engine/validation.h>
#include <cairn/io/catalog_json.h>
#include <cairn/io/profile_json.h>

using namespace cairn;

namespace {

const Catalog& sampleCatalog() {
    static const Catalog catalog = [] {
        io::LoadResult<Catalog> read = io::readCatalogFile(QStringLiteral(CAIRN_SAMPLE_CATALOG));
        fuzz::require(read.ok(), "the sample catalog reads");
        return *read.value;
    }();
    return catalog;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const io::LoadResult<Profile> read = io::readProfile(fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
    for (const io::LoadError& error : read.errors)
        fuzz::require(fuzz::worded(error) && error.line >= 0 && error.column >= 0,
                      "a load error has a message and a position", fuzz::described(error));
    if (!read.ok())
        return 0;
    (void)validateProfile(sampleCatalog(), *read.value);
    const QByteArray written = io::writeProfile(*read.value);
    const io::LoadResult<Profile> reread = io::readProfile(written);
    fuzz::require(reread.ok(), "a written profile reads again", written);
    fuzz::require(*reread.value == *read.value, "a written profile reads to an equal profile", written);
    return 0;
}
