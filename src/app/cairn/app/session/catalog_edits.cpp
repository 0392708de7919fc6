#include "cairn/app/session/catalog_edits.h"

#include "cairn/app/common/qt_convert.h"

#include <QCoreApplication>
#include <algorithm>
#include <cairn/engine/validation.h>
#include <cairn/text/message_words.h>

namespace cairn::app {

namespace {
// The context is the one lupdate gives the tr() calls in this file, so translations are found.
QString tr(const char* text) {
    return QCoreApplication::translate("cairn::app", text);
}

/// The first error validation finds that the edit introduced.
QString newError(const Catalog& before, const Catalog& after) {
    const auto old = validate(before);
    for (const auto& p : validate(after)) {
        if (p.severity != Problem::Severity::Error)
            continue;
        if (std::find(old.begin(), old.end(), p) == old.end())
            return text::MessageWords(text::Format::user(), &after).problem(p);
    }
    return {};
}

template <typename T> auto findId(std::vector<T>& items, const std::string& id) {
    return std::find_if(items.begin(), items.end(), [&](const T& x) { return x.id == id; });
}
} // namespace

QString replaceCredential(Catalog& catalog, const Credential& credential, const std::string& previousId) {
    if (credential.id.empty())
        return tr("A credential needs an id.");
    if (credential.title.empty())
        return tr("A credential needs a title.");
    Catalog edited = catalog;
    auto it = previousId.empty() ? edited.credentials.end() : findId(edited.credentials, previousId);
    if (credential.id != previousId && findId(edited.credentials, credential.id) != edited.credentials.end())
        return tr("Another credential already has the id \"%1\".").arg(qs(credential.id));
    if (it == edited.credentials.end())
        edited.credentials.push_back(credential);
    else
        *it = credential;
    if (!previousId.empty() && credential.id != previousId) {
        // Keep prerequisites that named the old id pointing at the credential.
        for (auto& c : edited.credentials) {
            auto rename = [&](auto& self, Requirement& r) -> void {
                if (r.kind == Requirement::Kind::Credential && r.id == previousId)
                    r.id = credential.id;
                for (auto& m : r.members)
                    self(self, m);
            };
            rename(rename, c.prerequisites);
        }
    }
    if (QString e = newError(catalog, edited); !e.isEmpty())
        return e;
    catalog = std::move(edited);
    return {};
}

QString removeCredential(Catalog& catalog, const std::string& id) {
    Catalog edited = catalog;
    auto it = findId(edited.credentials, id);
    if (it == edited.credentials.end())
        return tr("There is no credential \"%1\".").arg(qs(id));
    edited.credentials.erase(it);
    if (QString e = newError(catalog, edited); !e.isEmpty())
        return tr("It cannot be deleted: %1").arg(e);
    catalog = std::move(edited);
    return {};
}

QString removeSkill(Catalog& catalog, const std::string& id) {
    Catalog edited = catalog;
    auto it = findId(edited.skills, id);
    if (it == edited.skills.end())
        return tr("There is no skill \"%1\".").arg(qs(id));
    edited.skills.erase(it);
    if (QString e = newError(catalog, edited); !e.isEmpty())
        return tr("It cannot be deleted: %1").arg(e);
    catalog = std::move(edited);
    return {};
}

QString replaceSkill(Catalog& catalog, const Skill& skill, const std::string& previousId) {
    if (skill.id.empty())
        return tr("A skill needs an id.");
    if (skill.name.empty())
        return tr("A skill needs a name.");
    Catalog edited = catalog;
    auto it = previousId.empty() ? edited.skills.end() : findId(edited.skills, previousId);
    if (skill.id != previousId && findId(edited.skills, skill.id) != edited.skills.end())
        return tr("Another skill already has the id \"%1\".").arg(qs(skill.id));
    if (it == edited.skills.end())
        edited.skills.push_back(skill);
    else if (skill.id != previousId)
        return tr("A skill's id cannot be changed once credentials may refer to it.");
    else
        *it = skill;
    if (QString e = newError(catalog, edited); !e.isEmpty())
        return e;
    catalog = std::move(edited);
    return {};
}

} // namespace cairn::app
