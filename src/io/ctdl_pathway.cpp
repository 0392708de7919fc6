// The CTDL import: a pathway (ceterms:Pathway) as a goal a learner can plan toward.
#include "cairn/io/catalog_rules.h"
#include "ctdl_mapper.h"

#include <QRegularExpression>

namespace cairn::io::ctdl::detail {

using namespace Qt::Literals::StringLiterals;

namespace {

/// Components that stand for something a learner earns or takes; a placeholder credential
/// stands in for one that names nothing the documents describe.
bool earnable(const QStringList& types) {
    for (QStringView t : {u"CredentialComponent", u"CourseComponent", u"AssessmentComponent"})
        if (types.contains(t))
            return true;
    return false;
}

/// The level in a coded notation "skill:ID@L" (L from 1 to 5), as Cairn's CTDL export writes it.
std::optional<int> levelOf(const Node& component) {
    static const QRegularExpression item(u"^skill:[A-Za-z0-9._-]+@([1-5])$"_s);
    const Located notation = component.get(u"codedNotation");
    if (!notation.value || !notation.value->isString())
        return std::nullopt;
    const auto m = item.match(notation.value->text.trimmed());
    return m.hasMatch() ? std::optional<int>(m.captured(1).toInt()) : std::nullopt;
}

/// The goal id in a pathway's coded notation "goal:ID", as Cairn's CTDL export writes it, so that
/// a pathway read back is the goal it was written from; empty when there is none. At most as long
/// as an id in Cairn's own URNs (ctdl_ids.cpp).
QString goalIdOf(const Node& pathway) {
    static const QString prefix = u"goal:"_s;
    constexpr qsizetype kMaxIdLength = 200;
    const Located notation = pathway.get(u"codedNotation");
    if (!notation.value || !notation.value->isString())
        return {};
    const QString text = notation.value->text.trimmed();
    const QString id = text.startsWith(prefix) ? text.mid(prefix.size()) : QString();
    return isId(id) && id.size() <= kMaxIdLength ? id : QString();
}

/// A description Cairn's CTDL export wrote, without the sentence it adds about the plan: the goal's
/// own description, so that a goal read back and exported again does not gather plan sentences.
QString withoutPlanSentence(const QString& description) {
    static const QRegularExpression sentence(
        u"^(The plan \\(objective: [^\\n]*\\.|No plan was found toward this goal; the pathway gives what it requires\\.)$"_s);
    const qsizetype cut = description.lastIndexOf(u"\n\n"_s);
    const QString last = cut < 0 ? description : description.mid(cut + 2);
    if (!sentence.match(last).hasMatch())
        return description;
    return cut < 0 ? QString() : description.left(cut);
}

} // namespace

Requirement Mapper::componentRequirement(const NodeRef& component, QSet<QString>& visiting, int depth, int& count) {
    // Each level adds at most two groups (the component's own "all", a condition's "at least").
    if (depth * 2 + 2 > kMaxRequirementGroups) {
        note(Note::Kind::Skipped, Note::What::TooDeep, component, {}, {}, {QString::number(kMaxRequirementGroups)});
        return Requirement::none();
    }
    const QString self = component.key.isEmpty() ? component.node.path() : component.key;
    if (visiting.contains(self))
        return Requirement::none(); // a component that leads back to itself adds nothing more
    visiting.insert(self);
    ++count;
    std::vector<Requirement> parts;
    QString earned;
    const bool competency = component.node.hasType(u"CompetencyComponent"_s);
    for (QStringView property : {u"proxyFor", u"sourceData"})
        for (const Located& source : component.node.all(property))
            if (earned.isEmpty() && !competency)
                earned = targetCredential(component, source);
    if (earned.isEmpty() && earnable(component.node.types()))
        earned = targetCredential(component, {&component.node.json(), component.node.path()});
    if (!earned.isEmpty())
        parts.push_back(Requirement::credential(toStd(earned)));
    // A competency component is met by holding the competency: a skill, at the level its coded
    // notation gives (as Cairn's export writes it), else at the assumed level.
    if (competency) {
        const Located source = component.node.get(u"sourceData");
        const QString skill = source.value ? skillOf(component, source, nameOf(component.node))
                                           : skillOf(component, {&component.node.json(), component.node.path()});
        if (!skill.isEmpty())
            parts.push_back(Requirement::skill(toStd(skill), levelOf(component.node).value_or(options_.skillLevel)));
    }

    auto requirementOf = [&](const Located& reference) {
        const NodeRef* child = resolve(component, reference);
        return child ? componentRequirement(*child, visiting, depth + 1, count) : Requirement::none();
    };
    const auto conditions = component.node.all(u"hasCondition");
    for (const Located& c : conditions) {
        const NodeRef* condition = resolve(component, c);
        if (!condition)
            continue;
        std::vector<Requirement> targets;
        for (const Located& t : condition->node.all(u"targetComponent"))
            targets.push_back(requirementOf(t));
        parts.push_back(atLeastOf(requiredNumber(condition->node), std::move(targets)));
    }
    if (conditions.empty()) // children without conditions are all needed
        for (const Located& child : component.node.all(u"hasChild"))
            parts.push_back(requirementOf(child));
    visiting.remove(self);
    return allOf(std::move(parts));
}

void Mapper::mapPathway(const NodeRef& ref) {
    // Two pathways of the documents that claim one goal id keep their CTIDs apart, and a pathway
    // never stands in for a goal of credits, whose credit rule it cannot state.
    QString written = goalIdOf(ref.node);
    for (const Goal& existing : options_.existingGoals)
        if (existing.id == toStd(written) && existing.kind != Goal::Kind::Career)
            written.clear();
    const QString id = written.isEmpty() || catalog_.findGoal(toStd(written)) ? credentialIdOf(ref) : written;
    const QString object = u"goal "_s + id;
    Goal goal;
    goal.id = toStd(id);
    goal.kind = Goal::Kind::Career;
    const QString title = nameOf(ref.node);
    goal.title = toStd(title.isEmpty() ? id : title);
    const QString description = text(ref.node.get(u"description"));
    goal.description = toStd(id == written ? withoutPlanSentence(description) : description);
    if (id == written)
        for (const Goal& existing : options_.existingGoals)
            if (existing.id == goal.id) {
                goal.onet = existing.onet;
                goal.esco = existing.esco;
            }
    QSet<QString> visiting;
    int count = 0;
    std::vector<Requirement> destinations;
    for (const Located& d : ref.node.all(u"hasDestinationComponent"))
        if (const NodeRef* component = resolve(ref, d))
            destinations.push_back(componentRequirement(*component, visiting, 0, count));
    goal.requirement = allOf(std::move(destinations));
    if (goal.requirement.isNone()) {
        note(Note::Kind::Skipped, Note::What::ConditionInWords, ref, ref.node.get(u"hasDestinationComponent"), object,
             {title});
        return;
    }
    note(Note::Kind::Became, Note::What::Goal, ref, {}, object, {fromStd(goal.title), QString::number(count)});
    catalog_.goals.push_back(std::move(goal));
}

} // namespace cairn::io::ctdl::detail
