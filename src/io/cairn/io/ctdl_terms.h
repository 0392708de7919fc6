#pragma once

#include "cairn/io/json_value.h"

#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>
#include <vector>

// How CTDL (Credential Engine's JSON-LD) writes a property, read the same way whichever form a
// publisher chose: "ceterms:name", "ceasn:name", a bare "name" or the full IRI
// "http://purl.org/ctdl/terms/name"; one value or a list; a plain string, a language map
// {"en-US": …} or JSON-LD value objects {"@value": …, "@language": …}.
namespace cairn::io::ctdl {

/// The bare name of a CTDL term: "ceterms:Certification", "ceasn:hasChild", "hasChild" and the
/// full IRIs of both vocabularies all give the part after the prefix. Terms of other vocabularies
/// keep their prefix ("schema:name", "qdata:DataSetProfile"); JSON-LD keywords ("@id") stay.
QString term(QStringView key);

/// A value with the JSON path it was read from, e.g. `@graph[0].ceterms:requires[1]`.
struct Located {
    const JsonValue* value = nullptr;
    QString path;
};

/// The values of a property: the value itself, or each element of an array or of a JSON-LD
/// `@list`/`@set` object, in written order; nulls are left out.
std::vector<Located> values(const Located& property);

/// A JSON object read as a CTDL node.
class Node {
public:
    Node(const JsonValue& object, QString path) : object_(&object), path_(std::move(path)) {}

    [[nodiscard]] const JsonValue& json() const { return *object_; }
    [[nodiscard]] const QString& path() const { return path_; }
    /// The first member whose term() is `name`, with its path; value is null when absent.
    [[nodiscard]] Located get(QStringView name) const;
    /// Every value of the property (see values()).
    [[nodiscard]] std::vector<Located> all(QStringView name) const { return values(get(name)); }
    /// The node's types as bare terms ("Certification", "schema:Thing").
    [[nodiscard]] QStringList types() const;
    [[nodiscard]] bool hasType(QStringView name) const { return types().contains(name); }
    /// `@id`, or empty.
    [[nodiscard]] QString id() const;
    /// `ceterms:ctid`, or empty.
    [[nodiscard]] QString ctid() const;

private:
    const JsonValue* object_;
    QString path_;
};

/// The text of a literal in the reader's language: for a language map or a list of value objects
/// the language `language` (a BCP 47 tag such as "de-DE"; "de" matches "de-AT" too), then
/// English, then the first one written. A list of plain strings gives its first non-empty one.
/// Empty when there is no text. `chosen`, when given, receives the language taken (empty for a
/// plain string).
QString text(const JsonValue* value, const QString& language, QString* chosen = nullptr);

/// Every text of a literal list (condition lines, keywords), in the reader's language.
QStringList texts(const JsonValue* value, const QString& language);

/// What a reference names: a string, `{"@id": …}`, or an embedded node's `@id` (its CTID when it
/// has no `@id`). Trimmed; empty when it names nothing.
QString reference(const JsonValue& value);

/// A number written as a JSON number, a numeric string ("65.00") or a value object.
std::optional<double> number(const JsonValue* value);

/// True for text a publishing tool left in place of a value: "*** NAME MISSING ***", "TBD",
/// "{{price}}", "N/A", "lorem ipsum …". Such a value is never imported as data.
bool isPlaceholder(const QString& text);

} // namespace cairn::io::ctdl
