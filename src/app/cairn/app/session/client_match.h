#pragma once

#include <QString>
#include <vector>

namespace cairn::app {

struct ClientEntry;

/// The id of the client a person means by `text`, or an empty string when no one, or more than
/// one, fits. Tried in turn: an id, a whole name, then the start of the name's words, ignoring
/// case — so `--client maria` finds "Maria Alvarez" as long as she is the only Maria.
[[nodiscard]] QString clientMeant(const std::vector<ClientEntry>& clients, const QString& text);

} // namespace cairn::app
