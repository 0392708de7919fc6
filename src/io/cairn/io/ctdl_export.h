#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <cairn/engine/catalog.h>
#include <cairn/engine/message.h>
#include <cairn/engine/plan.h>
#include <optional>
#include <vector>

// Writing a goal and the plan toward it as a CTDL pathway (docs/formats.md, "CTDL export").
namespace cairn::io::ctdl {

/// What Cairn does not know about a pathway and the Registry requires: given by the user, never
/// made up.
struct PathwayOptions {
    QString owner;                           ///< ceterms:ownedBy: the publishing organization's IRI; empty: left out
    QString webpage;                         ///< ceterms:subjectWebpage of the pathway; empty: left out
    QString language = QStringLiteral("en"); ///< ceterms:inLanguage, and the key of every text
};

/// The JSON-LD document, and the Registry-required fields it lacks (CtdlMissing…: "ceterms:ownedBy
/// of the pathway", "ceterms:subjectWebpage of 3 component(s)"); or why there is none. The
/// messages are worded by cairn_text (text::LoadWords).
struct PathwayDocument {
    QByteArray json;
    std::vector<Message> missing;
    std::optional<Message> refusal; ///< set when nothing could be written
};

/// The goal `plan` is for as one ceterms:Pathway: its destination component's conditions mirror
/// the goal's requirement, the planned credentials are linked in the plan's order
/// (ceterms:preceeds) and numbered (ceterms:codedNotation), and the description names them.
/// The same catalog and plan always give the same bytes: every CTID is a name-based UUID.
/// Refused when the plan's goal is not in the catalog or requires no credential or skill.
PathwayDocument pathwayDocument(const Catalog& catalog, const Plan& plan, const PathwayOptions& options);

/// The IRI a pathway names a catalog credential by: its registry URI when its id is a CTID
/// ("ce-…"), else "urn:cairn:credential:ID". catalogId() maps both back to the id.
QString credentialIri(const std::string& id);
/// "urn:cairn:skill:ID", which catalogId() maps back to the id.
QString skillIri(const std::string& id);

} // namespace cairn::io::ctdl
