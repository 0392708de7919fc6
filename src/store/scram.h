#pragma once

// A password as PostgreSQL stores it for SCRAM-SHA-256 logins (not part of the public API).

#include <QByteArray>
#include <QString>

namespace cairn::store::detail {

/// The SCRAM-SHA-256 verifier of `password` with `salt` (RFC 5802, RFC 7677), in the form
/// `SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>` that CREATE ROLE … PASSWORD stores
/// as it is, so that the password itself never reaches the server or its log. Empty for a
/// password that is not printable ASCII: the server normalises those (SASLprep) before hashing,
/// which only the server should do.
QString scramVerifier(const QString& password, const QByteArray& salt, int iterations = 4096);

/// scramVerifier() with 16 random bytes of salt.
QString scramVerifier(const QString& password);

} // namespace cairn::store::detail
