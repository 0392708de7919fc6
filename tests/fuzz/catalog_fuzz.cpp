// The catalog decoder: any bytes give a catalog or errors that each say where and what,
// never a crash; a catalog that reads is validated, and written back it reads to an equal one.

#include "fuzz_support.h"
#include "load_error_check.h"

#include <cairn/engine/validation.h>
#include <cairn/io/catalog_json.h>

using namespace cairn;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const io::LoadResult<Catalog> read = io::readCatalog(fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
    for (const io::LoadError& error : read.errors)
        fuzz::require(fuzz::worded(error) && error.line >= 0 && error.column >= 0,
                      "a load error has a message and a position", fuzz::described(error));
    if (!read.ok())
        return 0;
    (void)validate(*read.value);
    const QByteArray written = io::writeCatalog(*read.value);
    const io::LoadResult<Catalog> reread = io::readCatalog(written);
    fuzz::require(reread.ok(), "a written catalog reads again", written);
    fuzz::require(*reread.value == *read.value, "a written catalog reads to an equal catalog", written);
    return 0;
}
