// The CTDL import: competencies (ceterms:teaches, ceterms:assesses, ceterms:targetCompetency)
// as skills.
#include "cairn/io/ctdl_ids.h"
#include "ctdl_mapper.h"

#include <QRegularExpression>

namespace cairn::io::ctdl::detail {

using namespace Qt::Literals::StringLiterals;

namespace {

/// What an alignment says about the competency it points to.
struct Competency {
    QString reference; ///< the competency's IRI or CTID, empty when it has none
    QString name;
    QString description;
    QString framework; ///< the framework's IRI
    QString frameworkName;
    QString code; ///< codedNotation
};

QString onetCode(const QString& text) {
    static const QRegularExpression soc(u"\\b(\\d{2}-\\d{4}(?:\\.\\d{2})?)\\b"_s);
    const auto m = soc.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

QString Mapper::skillOf(const NodeRef& from, const Located& alignment, const QString& name) {
    Competency c;
    const JsonValue& v = *alignment.value;
    auto readCompetency = [&](const Node& node) {
        if (c.name.isEmpty())
            c.name = text(node.get(u"competencyText"));
        if (c.name.isEmpty())
            c.name = nameOf(node);
        if (c.code.isEmpty())
            c.code = text(node.get(u"codedNotation"));
        if (c.reference.isEmpty())
            c.reference = node.id().isEmpty() ? node.ctid() : node.id();
    };
    if (v.isObject() && !Node(v, alignment.path).hasType(u"CredentialAlignmentObject"_s)) {
        readCompetency(Node(v, alignment.path)); // a competency given in place of an alignment
    } else if (v.isObject()) {
        const Node a(v, alignment.path);
        c.name = text(a.get(u"targetNodeName")).simplified();
        c.description = text(a.get(u"targetNodeDescription"));
        c.framework = a.get(u"framework").value ? reference(*a.get(u"framework").value) : QString();
        c.frameworkName = text(a.get(u"frameworkName")).simplified();
        c.code = text(a.get(u"codedNotation"));
        if (const Located target = a.get(u"targetNode"); target.value) {
            if (target.value->isObject() && target.value->member(u"@type"))
                readCompetency(Node(*target.value, target.path));
            else
                c.reference = reference(*target.value);
        }
    } else {
        c.reference = reference(v);
    }
    if (c.name.isEmpty() && !c.reference.isEmpty())
        if (const NodeRef* known = resolve(from, alignment); known && known->node.json().isObject())
            readCompetency(known->node);
    if (c.name.isEmpty())
        c.name = name.isEmpty() ? c.reference : name;
    if (c.name.isEmpty()) {
        note(Note::Kind::Skipped, Note::What::NodeType, from, alignment, {}, {u"CredentialAlignmentObject"_s, {}});
        return {};
    }
    const bool iri = !c.reference.isEmpty();
    const QString id =
        iri ? catalogId(c.reference) : derivedId(u"skill-"_s, c.name, c.framework + u'\n' + c.name + u'\n' + c.code);
    if (skillIds_.contains(id) || options_.existingSkills.contains(toStd(id)))
        return id;
    Skill skill;
    skill.id = toStd(id);
    skill.name = toStd(c.name);
    if (c.reference.contains(u"data.europa.eu/esco/"_s))
        skill.esco = toStd(c.reference);
    if (c.reference.contains(u"onetonline.org"_s) || c.reference.contains(u"onetcenter.org"_s))
        skill.onet = toStd(onetCode(c.reference));
    else if (c.frameworkName.contains(u"O*NET"_s) && !c.code.isEmpty())
        skill.onet = toStd(c.code);
    // Cairn's skill has no field for the framework; its IRI is kept in the description.
    QString description = c.description;
    if (!c.framework.isEmpty())
        description += (description.isEmpty() ? QString() : u"\n"_s) + u"Framework: "_s + c.framework;
    skill.description = toStd(description);
    skill.area = toStd(c.frameworkName.left(80));
    catalog_.skills.push_back(std::move(skill));
    skillIds_.insert(id);
    note(Note::Kind::Became, Note::What::Skill, from, alignment, u"skill "_s + id, {c.name});
    return id;
}

std::vector<SkillLevel> Mapper::grantsOf(const NodeRef& ref, const QString& object) {
    std::vector<SkillLevel> grants;
    for (QStringView property : {u"teaches", u"assesses"})
        for (const Located& alignment : ref.node.all(property)) {
            const QString id = skillOf(ref, alignment);
            if (id.isEmpty())
                continue;
            const SkillLevel granted{toStd(id), options_.skillLevel};
            if (std::find(grants.begin(), grants.end(), granted) == grants.end())
                grants.push_back(granted);
        }
    if (!grants.empty())
        note(Note::Kind::Approximated, Note::What::SkillLevel, ref, {}, object,
             {QString::number(grants.size()), QString::number(options_.skillLevel)});
    return grants;
}

} // namespace cairn::io::ctdl::detail
