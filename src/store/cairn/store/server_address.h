#pragma once

#include "cairn/store/result.h"

#include <QString>
#include <utility>
#include <vector>

namespace cairn::store {

/// Where a workspace on a PostgreSQL server is: a libpq connection URI,
/// `postgresql://[user@][host][:port][/dbname][?param=value&…]` (or `postgres://`).
///
/// The password is never part of it: libpq finds it in `PGPASSWORD` or `~/.pgpass`, so it does
/// not show on a command line, in a process list, in the recent connections or in a message.
/// A host is a name, an address (IPv6 in brackets) or a Unix socket folder, percent-encoded
/// (`%2Fvar%2Frun%2Fpostgresql`) or given as `?host=/var/run/postgresql`.
struct ServerAddress {
    QString user;     ///< empty: libpq's default (the login name)
    QString host;     ///< empty: libpq's default (the local socket)
    int port = 0;     ///< 0: libpq's default (5432)
    QString database; ///< empty: libpq's default (the user's name)
    /// The other parameters libpq knows (sslmode, connect_timeout, …), in the order written.
    std::vector<std::pair<QString, QString>> parameters;

    /// Whether `text` is meant as a server address rather than a workspace file.
    [[nodiscard]] static bool isServerAddress(const QString& text);
    /// The address `text` names, or why it is not one (a ServerAddressInvalid error).
    [[nodiscard]] static Result<ServerAddress> parse(const QString& text);

    /// The address as a person reads it in messages: without password, without parameters.
    [[nodiscard]] QString display() const;
    /// The parameters as QPSQL's connect options: `key=value` joined by ';'.
    [[nodiscard]] QString connectOptions() const;
    /// The value of parameter `key`, empty when it is not given.
    [[nodiscard]] QString parameter(const QString& key) const;
};

} // namespace cairn::store
