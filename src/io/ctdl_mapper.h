#pragma once

// The CTDL import's mapping from nodes to catalog items (private to cairn_io). One Mapper maps
// one import; its parts live in ctdl_mapper*.cpp, ctdl_conditions.cpp, ctdl_competencies.cpp and
// ctdl_pathway.cpp.

#include "cairn/io/ctdl_import.h"
#include "cairn/io/json_decoder.h"

#include <QHash>
#include <QSet>
#include <deque>
#include <map>

namespace cairn::io::ctdl::detail {

/// A node and the document it is in.
struct NodeRef {
    const Document* document = nullptr;
    Node node;
    QString key; ///< catalogId() of its CTID, else of its @id; empty when it has neither
};

/// The kinds of node the import maps.
bool isCredentialType(const QStringList& types);
bool isPathwayType(const QStringList& types);
bool isComponentType(const QStringList& types);

/// All of `members` (repeats and nones left out), one member alone, or none.
Requirement allOf(std::vector<Requirement> members);
/// "At least k of" `members`; any of them for k = 1; all of them when k is missing or not below
/// their number.
Requirement atLeastOf(std::optional<int> k, std::vector<Requirement> members);
/// ceterms:requiredNumber when it is a whole number of at least 1.
std::optional<int> requiredNumber(const Node& node);

class Mapper {
public:
    Mapper(const ImportOptions& options, Report& report) : options_(options), report_(report) {}

    Catalog map(const std::vector<Document>& documents);

    // Used by the parts of the mapping in other files ------------------------------------------
    void note(Note::Kind kind, Note::What what, const NodeRef& at, const Located& where, const QString& object,
              QStringList facts = {});
    [[nodiscard]] QString text(const Located& v) const { return ctdl::text(v.value, options_.language); }
    /// A node's name: ceterms:name, else schema:name.
    [[nodiscard]] QString nameOf(const Node& node) const;
    /// The node a reference names: an embedded object, or one indexed by its key.
    [[nodiscard]] const NodeRef* resolve(const NodeRef& from, const Located& reference);
    /// The credential id a target names: a credential of the documents (an embedded one is mapped
    /// now), else a placeholder made for it.
    QString targetCredential(const NodeRef& from, const Located& target);
    /// The skill id of a competency alignment (made on first use, named `name` when the alignment
    /// gives no name); empty when it names nothing.
    QString skillOf(const NodeRef& from, const Located& alignment, const QString& name = {});

private:
    const ImportOptions& options_;
    Report& report_;
    Catalog catalog_;
    std::deque<NodeRef> nodes_;                   ///< stable addresses for the index
    QHash<QString, const NodeRef*> index_;        ///< key → first node with it
    std::map<QString, std::size_t> credentialAt_; ///< credential id → its index in catalog_.credentials
    std::vector<const NodeRef*> pending_;         ///< credential nodes still to map
    QSet<QString> mapped_;                        ///< keys of credential nodes mapped or pending
    std::vector<Credential> placeholders_;
    QSet<QString> placeholderIds_;
    QSet<QString> skillIds_;

    void indexDocument(const Document& document);
    void indexEmbedded(const Document& document, const JsonValue& value, const QString& path, int depth);
    const NodeRef* add(const Document& document, const JsonValue& object, const QString& path);
    [[nodiscard]] bool indexedAsReference(const QString& key, const Node& candidate) const;
    QString credentialIdOf(const NodeRef& ref) const;
    void queueCredential(const NodeRef* ref);
    void mapCredential(const NodeRef& ref);
    QString providerOf(const NodeRef& ref);
    void noteLeftOut(const NodeRef& ref, const QString& id);
    QString chooseCurrency() const;

    // ctdl_mapper_figures.cpp
    void mapCost(const NodeRef& ref, Credential& credential, const QString& object);
    void mapHours(const NodeRef& ref, Credential& credential, const QString& object);

    // ctdl_conditions.cpp
    Requirement conditionsOf(const NodeRef& ref, const QString& property, const QString& object);
    Requirement conditionProfile(const NodeRef& ref, const Located& profile, const QString& object);

    // ctdl_competencies.cpp
    std::vector<SkillLevel> grantsOf(const NodeRef& ref, const QString& object);

    // ctdl_pathway.cpp
    void mapPathway(const NodeRef& ref);
    Requirement componentRequirement(const NodeRef& component, QSet<QString>& visiting, int depth, int& count);

    QString currency_;
};

} // namespace cairn::io::ctdl::detail
