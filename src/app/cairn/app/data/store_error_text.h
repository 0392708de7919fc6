#pragma once

#ifdef HAVE_CAIRN_STORE

#include <QString>
#include <cairn/store/result.h>

namespace cairn::app {

/// A workspace error as the window shows it: its message in the user's language
/// (text::MessageWords), then one line per problem of a refused import or edit, a validation
/// problem worded in that language too. `cairn-cli` prints `store::Error::toString()`, English.
[[nodiscard]] QString storeErrorText(const store::Error& error);

} // namespace cairn::app

#endif
