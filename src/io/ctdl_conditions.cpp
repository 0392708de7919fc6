// The CTDL import: condition profiles (ceterms:requires, ceterms:corequisite) as requirements.
#include "ctdl_mapper.h"

#include <cmath>

namespace cairn::io::ctdl::detail {

using namespace Qt::Literals::StringLiterals;

namespace {

/// `members` without repeats, in order: "at least k of" counts distinct members.
std::vector<Requirement> distinct(std::vector<Requirement> members) {
    std::vector<Requirement> out;
    for (Requirement& m : members)
        if (std::find(out.begin(), out.end(), m) == out.end())
            out.push_back(std::move(m));
    return out;
}

} // namespace

/// All of `members`, one member alone, or none.
Requirement allOf(std::vector<Requirement> members) {
    members = distinct(std::move(members));
    std::erase_if(members, [](const Requirement& r) { return r.isNone(); });
    if (members.empty())
        return Requirement::none();
    if (members.size() == 1)
        return members.front();
    return Requirement::all(std::move(members));
}

/// "At least k of" `members`; all of them when k is missing or not below their number.
Requirement atLeastOf(std::optional<int> k, std::vector<Requirement> members) {
    members = distinct(std::move(members));
    std::erase_if(members, [](const Requirement& r) { return r.isNone(); });
    if (!k || *k >= static_cast<int>(members.size()))
        return allOf(std::move(members));
    if (*k == 1)
        return members.size() == 1 ? members.front() : Requirement::any(std::move(members));
    return Requirement::atLeast(*k, std::move(members));
}

/// ceterms:requiredNumber when it is a whole number of at least 1.
std::optional<int> requiredNumber(const Node& node) {
    const auto k = number(node.get(u"requiredNumber").value);
    if (!k || *k < 1 || *k > 1e6 || std::floor(*k) != *k)
        return std::nullopt;
    return static_cast<int>(*k);
}

Requirement Mapper::conditionProfile(const NodeRef& ref, const Located& profile, const QString& object) {
    if (!profile.value->isObject())
        return Requirement::none();
    const Node condition(*profile.value, profile.path);
    std::vector<Requirement> items;
    for (QStringView property : {u"targetCredential", u"targetAssessment", u"targetLearningOpportunity"})
        for (const Located& target : condition.all(property)) {
            // A credential that names itself is left for validation to report.
            if (const QString id = targetCredential(ref, target); !id.isEmpty())
                items.push_back(Requirement::credential(toStd(id)));
        }
    for (const Located& competency : condition.all(u"targetCompetency")) {
        const QString skill = skillOf(ref, competency);
        if (!skill.isEmpty())
            items.push_back(Requirement::skill(toStd(skill), options_.skillLevel));
    }
    if (items.empty()) {
        QString words = nameOf(condition);
        if (words.isEmpty())
            words = texts(condition.get(u"condition").value, options_.language).join(u"; "_s);
        if (words.isEmpty())
            words = text(condition.get(u"description"));
        note(Note::Kind::Skipped, Note::What::ConditionInWords, ref, profile, object, {words});
        return Requirement::none();
    }
    return atLeastOf(requiredNumber(condition), std::move(items));
}

Requirement Mapper::conditionsOf(const NodeRef& ref, const QString& property, const QString& object) {
    // Several condition profiles are alternative ways to qualify (for different audiences, say).
    std::vector<Requirement> alternatives;
    for (const Located& profile : ref.node.all(property)) {
        Requirement r = conditionProfile(ref, profile, object);
        if (!r.isNone())
            alternatives.push_back(std::move(r));
    }
    alternatives = distinct(std::move(alternatives));
    if (alternatives.empty())
        return Requirement::none();
    if (alternatives.size() == 1)
        return alternatives.front();
    return Requirement::any(std::move(alternatives));
}

} // namespace cairn::io::ctdl::detail
