#pragma once

#include <QString>

namespace cairn::io::ctdl {

/// The catalog id (`[A-Za-z0-9._-]+`) a CTDL reference becomes, the same on every import:
///  - a CTID, alone ("ce-1a4a…", "urn:ctid:1a4a…") or ending a registry URI
///    (".../resources/ce-1a4a…"), gives "ce-" and the lower-case UUID, so a node's @id and its
///    CTID, and every reference to it, meet in one id;
///  - a Credential Registry URI ending in a bare UUID gives "ce-" and that UUID;
///  - "urn:cairn:credential:ID" and "urn:cairn:skill:ID", which Cairn's CTDL export writes for
///    catalog ids that are not CTIDs, give ID back;
///  - a blank node "_:x" gives "bnode-x";
///  - any other IRI or text gives "ctdl-", a readable part and 8 hex digits of its SHA-1.
/// Empty for an empty reference.
QString catalogId(const QString& reference);

/// A readable id part for `text`: lower-case letters and digits joined by '-', at most 40 long.
QString slug(const QString& text);

} // namespace cairn::io::ctdl

namespace cairn::io::ctdl {

/// An id for something CTDL names without an IRI (a competency given by its text only):
/// `prefix`, slug(readable) and 8 hex digits of the SHA-1 of `key`.
QString derivedId(const QString& prefix, const QString& readable, const QString& key);

} // namespace cairn::io::ctdl
