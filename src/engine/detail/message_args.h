#pragma once

#include "cairn/engine/catalog.h"
#include "cairn/engine/message.h"

namespace cairn::detail {

// The catalog's objects as message arguments: a title and an id, which cairn_text writes as
// “Title” (id), or “id” when the title is missing or the same.

MessageArg credentialArg(const Credential& credential);
MessageArg goalArg(const Goal& goal);
MessageArg skillArg(const Skill& skill);
MessageArg offerArg(const Offer& offer);

} // namespace cairn::detail
