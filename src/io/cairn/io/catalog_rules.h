#pragma once

#include <QString>
#include <QStringList>
#include <cairn/engine/requirement.h>

// The catalog format's rules about how a field is written, in one place for every reader of it:
// the JSON catalog reader and the CSV credential import both apply them, before the engine's
// validate() checks what the catalog means. A file one reader accepts, the other accepts too.
namespace cairn::io {

/// An id: one or more letters, digits, '.', '_' and '-' (docs/formats.md, "General rules").
bool isId(const QString& text);

/// A cohort runs for 1 to this many weeks (ten years).
constexpr int kMaxCohortWeeks = 520;

/// The figures of a credential that `estimated` may name.
const QStringList& estimableFields();

/// How deeply requirement groups may nest: as deep as a catalog file can hold them (a group
/// takes two levels of JSON, and a credential's or goal's `requires` starts four levels down).
/// A deeper requirement read from CSV could be stored but never written to a catalog file.
constexpr int kMaxRequirementGroups = 30;

/// How many groups deep `requirement` nests: 0 for none or an item, 1 for a group of items…
int requirementGroupDepth(const Requirement& requirement);

} // namespace cairn::io
