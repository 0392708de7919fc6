#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>

namespace cairn::store {

/// One dated entry in a client's notes: what was discussed, decided or promised, either about
/// the client in general or about one of their saved plans.
struct ClientNote {
    qint64 id = 0; ///< assigned by the workspace
    qint64 clientId = 0;
    std::optional<qint64> planId; ///< the saved plan the note is about; none for the client in general
    QString text;
    QString createdAt; ///< ISO 8601 UTC with milliseconds, set by the workspace

    bool operator==(const ClientNote&) const = default;
};

} // namespace cairn::store
