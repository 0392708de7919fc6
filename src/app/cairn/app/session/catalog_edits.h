#pragma once

#include <QString>
#include <cairn/engine/catalog.h>
#include <string>

namespace cairn::app {

/// Catalog edits applied in memory, refused when they would leave the catalog with errors
/// (a dangling prerequisite, a duplicate id, a cycle). Each returns an error sentence, empty
/// on success, and leaves `catalog` untouched on failure.
QString replaceCredential(Catalog& catalog, const Credential& credential, const std::string& previousId);
QString removeCredential(Catalog& catalog, const std::string& id);
QString replaceSkill(Catalog& catalog, const Skill& skill, const std::string& previousId);
QString removeSkill(Catalog& catalog, const std::string& id);

} // namespace cairn::app
