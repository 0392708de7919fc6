// The CTDL export: a goal and the plan toward it as one ceterms:Pathway document, its
// components nested in place (docs/formats.md, "CTDL export").
#include "cairn/io/ctdl_export.h"

#include "cairn/io/json_writer.h"

#include <QUuid>
#include <map>

namespace cairn::io::ctdl {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kRegistry = u"https://credentialengineregistry.org/resources/"_s;

QString fromStd(const std::string& s) {
    return QString::fromStdString(s);
}

JsonValue str(const QString& s) {
    return JsonValue::fromString(s);
}

JsonValue list(const QString& s) {
    JsonValue a = JsonValue::array();
    a.append(str(s));
    return a;
}

/// Builds the document. Every node's CTID is a name-based UUID (RFC 4122 version 5) of the
/// pathway's key and the node's place in the requirement, so equal plans give equal documents.
class PathwayWriter {
public:
    PathwayWriter(const Catalog& catalog, const Plan& plan, const Goal& goal, const PathwayOptions& options)
        : catalog_(catalog), plan_(plan), goal_(goal), options_(options) {
        QString key = fromStd(catalog.name) + u'\n' + fromStd(goal.id);
        for (std::size_t i = 0; i < plan.credentials.size(); ++i) {
            step_.emplace(plan.credentials[i].id, static_cast<int>(i) + 1);
            key += u'\n' + fromStd(plan.credentials[i].id);
        }
        pathwayCtid_ = ctid(u"pathway\n"_s + key);
        pathwayIri_ = kRegistry + pathwayCtid_;
    }

    PathwayDocument write();

private:
    const Catalog& catalog_;
    const Plan& plan_;
    const Goal& goal_;
    const PathwayOptions& options_;
    std::map<std::string, int> step_; ///< planned credential → its place in the plan, from 1
    /// Planned credential → the path of the component numbered for it: its first place in the
    /// requirement, else "other.ID" among the pathway's own children.
    std::map<std::string, QString> first_;
    QString pathwayCtid_;
    QString pathwayIri_;
    int withoutWebpage_ = 0;

    [[nodiscard]] QString ctid(const QString& name) const {
        static const QUuid ns(u"6ba7b811-9dad-11d1-80b4-00c04fd430c8"_s); // RFC 4122's URL namespace
        return u"ce-"_s + QUuid::createUuidV5(ns, u"urn:cairn:ctdl:"_s + name).toString(QUuid::WithoutBraces);
    }
    [[nodiscard]] QString ctidAt(const QString& path) const { return ctid(pathwayCtid_ + u'/' + path); }
    [[nodiscard]] JsonValue text(const QString& s) const { return JsonValue::object().add(options_.language, str(s)); }

    void findPlanned(const Requirement& r, const QString& path);
    [[nodiscard]] QString nextPlannedPath(int step) const;
    [[nodiscard]] QString parentOf(const QString& path) const;
    JsonValue node(const QString& type, const QString& path, const QString& name, const QString& description,
                   const QString& parent, const QString& webpage);
    JsonValue component(const Requirement& r, const QString& path, const QString& parent);
    JsonValue credentialComponent(const std::string& id, const QString& path, const QString& parent);
    JsonValue skillComponent(const Requirement& r, const QString& path, const QString& parent);
    JsonValue groupComponent(const Requirement& r, const QString& path, const QString& parent);
    [[nodiscard]] JsonValue stub(const JsonValue& component, const QString& parent) const;
    [[nodiscard]] QString credentialName(const std::string& id) const;
    [[nodiscard]] QString credentialDescription(const std::string& id) const;
    [[nodiscard]] QString planSentence() const;
};

/// A reference to a component described elsewhere in the document, in the one shape the
/// Registry's schema accepts for ceterms:targetComponent and ceterms:preceeds (see
/// docs/formats.md): the generic ceterms:PathwayComponent with the same @id.
JsonValue PathwayWriter::stub(const JsonValue& component, const QString& parent) const {
    JsonValue s = JsonValue::object();
    s.add(u"@id"_s, *component.find(u"@id"));
    s.add(u"@type"_s, str(u"ceterms:PathwayComponent"_s));
    for (QStringView key : {u"ceterms:ctid", u"ceterms:name", u"ceterms:description"})
        s.add(key.toString(), *component.find(key));
    s.add(u"ceasn:isChildOf"_s, list(parent));
    return s;
}

QString PathwayWriter::credentialName(const std::string& id) const {
    const Credential* c = catalog_.findCredential(id);
    return c && !c->title.empty() ? fromStd(c->title) : fromStd(id);
}

QString PathwayWriter::credentialDescription(const std::string& id) const {
    const Credential* c = catalog_.findCredential(id);
    const QString description = c ? fromStd(c->description).simplified() : QString();
    return description.isEmpty() ? u"Earn %1."_s.arg(credentialName(id)) : description;
}

void PathwayWriter::findPlanned(const Requirement& r, const QString& path) {
    if (r.kind == Requirement::Kind::Credential && step_.contains(r.id) && !first_.contains(r.id))
        first_.emplace(r.id, path);
    for (std::size_t i = 0; i < r.members.size(); ++i)
        findPlanned(r.members[i], path + u'.' + QString::number(i));
}

/// Where the credential planned after `step` is described.
QString PathwayWriter::nextPlannedPath(int step) const {
    if (step >= static_cast<int>(plan_.credentials.size()))
        return {};
    return first_.at(plan_.credentials[static_cast<std::size_t>(step)].id);
}

/// The IRI of the node the component at `path` is a child of.
QString PathwayWriter::parentOf(const QString& path) const {
    const auto dot = path.lastIndexOf(u'.');
    if (path.startsWith(u"other."_s) || dot < 0)
        return pathwayIri_;
    return kRegistry + ctidAt(path.left(dot));
}

JsonValue PathwayWriter::node(const QString& type, const QString& path, const QString& name, const QString& description,
                              const QString& parent, const QString& webpage) {
    const QString id = ctidAt(path);
    JsonValue n = JsonValue::object();
    n.add(u"@id"_s, str(kRegistry + id));
    n.add(u"@type"_s, str(type));
    n.add(u"ceterms:ctid"_s, str(id));
    n.add(u"ceterms:name"_s, text(name));
    n.add(u"ceterms:description"_s, text(description));
    const QString page = webpage.isEmpty() ? options_.webpage : webpage;
    if (page.isEmpty())
        ++withoutWebpage_;
    else
        n.add(u"ceterms:subjectWebpage"_s, str(page));
    if (parent == pathwayIri_ && path == u"destination"_s)
        n.add(u"ceterms:isDestinationComponentOf"_s, list(pathwayIri_));
    else
        n.add(u"ceterms:isChildOf"_s, list(parent));
    n.add(u"ceterms:isPartOf"_s, list(pathwayIri_));
    return n;
}

JsonValue PathwayWriter::credentialComponent(const std::string& id, const QString& path, const QString& parent) {
    const Credential* c = catalog_.findCredential(id);
    const QString name = credentialName(id);
    JsonValue n = node(u"ceterms:CredentialComponent"_s, path, name, credentialDescription(id), parent,
                       c ? fromStd(c->url) : QString());
    n.add(u"ceterms:sourceData"_s, str(credentialIri(id)));
    const auto planned = first_.find(id);
    if (planned != first_.end() && planned->second == path) {
        const int step = step_.at(id);
        n.add(u"ceterms:codedNotation"_s, str(QString::number(step)));
        if (const QString next = nextPlannedPath(step); !next.isEmpty()) {
            const std::string& nextId = plan_.credentials[static_cast<std::size_t>(step)].id;
            // Only what the stub needs: the described component is written where `next` says.
            JsonValue target = JsonValue::object();
            target.add(u"@id"_s, str(kRegistry + ctidAt(next)));
            target.add(u"ceterms:ctid"_s, str(ctidAt(next)));
            target.add(u"ceterms:name"_s, text(credentialName(nextId)));
            target.add(u"ceterms:description"_s, text(credentialDescription(nextId)));
            n.add(u"ceterms:preceeds"_s, JsonValue::array().append(stub(target, parentOf(next))));
        }
    }
    return n;
}

JsonValue PathwayWriter::skillComponent(const Requirement& r, const QString& path, const QString& parent) {
    const Skill* skill = catalog_.findSkill(r.id);
    const QString name = skill && !skill->name.empty() ? fromStd(skill->name) : fromStd(r.id);
    QString description = u"Hold %1 at level %2 of 5."_s.arg(name).arg(r.level);
    if (skill && !skill->esco.empty())
        description += u" ESCO: "_s + fromStd(skill->esco);
    JsonValue n = node(u"ceterms:CompetencyComponent"_s, path, name, description, parent, {});
    n.add(u"ceterms:sourceData"_s, str(skillIri(r.id)));
    // CTDL has no proficiency level for a competency component; the level travels in Cairn's
    // own notation for the item, which the import reads back.
    n.add(u"ceterms:codedNotation"_s, str(fromStd(r.itemText())));
    return n;
}

JsonValue PathwayWriter::groupComponent(const Requirement& r, const QString& path, const QString& parent) {
    const int n = static_cast<int>(r.members.size());
    const int k = r.needed();
    const bool all = k >= n;
    QString name = all ? u"All of %1"_s.arg(n) : u"%1 of %2"_s.arg(k).arg(n);
    QString description =
        all ? u"All %1 of these are needed."_s.arg(n) : u"At least %1 of these %2 are needed."_s.arg(k).arg(n);
    if (path == u"destination"_s) {
        name = fromStd(goal_.title);
        description = u"What %1 requires. %2"_s.arg(name, description);
    }
    JsonValue group =
        node(all ? u"ceterms:BasicComponent"_s : u"ceterms:SelectionComponent"_s, path, name, description, parent, {});
    const QString self = group.find(u"@id")->text;
    JsonValue children = JsonValue::array();
    JsonValue targets = JsonValue::array();
    for (int i = 0; i < n; ++i) {
        JsonValue child = component(r.members[static_cast<std::size_t>(i)], path + u'.' + QString::number(i), self);
        targets.append(stub(child, self));
        children.append(std::move(child));
    }
    // The children come before the conditions that point at them, so a reader that keeps the
    // first description of a node keeps the full one.
    group.add(u"ceterms:hasChild"_s, std::move(children));
    JsonValue condition = JsonValue::object();
    const QString conditionCtid = ctidAt(path + u"/condition"_s);
    condition.add(u"@id"_s, str(kRegistry + conditionCtid));
    condition.add(u"@type"_s, str(u"ceterms:ComponentCondition"_s));
    condition.add(u"ceterms:ctid"_s, str(conditionCtid));
    condition.add(u"ceterms:name"_s, text(all ? u"All %1"_s.arg(n) : u"%1 of %2"_s.arg(k).arg(n)));
    condition.add(u"ceterms:description"_s, text(description));
    condition.add(u"ceterms:requiredNumber"_s, JsonValue::fromNumber(k));
    condition.add(u"ceterms:targetComponent"_s, std::move(targets));
    group.add(u"ceterms:hasCondition"_s, JsonValue::array().append(std::move(condition)));
    return group;
}

JsonValue PathwayWriter::component(const Requirement& r, const QString& path, const QString& parent) {
    switch (r.kind) {
    case Requirement::Kind::Credential:
        return credentialComponent(r.id, path, parent);
    case Requirement::Kind::Skill:
        return skillComponent(r, path, parent);
    default:
        return groupComponent(r, path, parent);
    }
}

QString PathwayWriter::planSentence() const {
    if (!hasPlan(plan_.status) || plan_.credentials.empty())
        return u"No plan was found toward this goal; the pathway gives what it requires."_s;
    QStringList names;
    for (const PlannedCredential& c : plan_.credentials)
        names << credentialName(c.id);
    return u"The plan (objective: %1, %2) takes %3 credential(s) in this order: %4."_s.arg(
        QLatin1String(toString(plan_.objective)), QLatin1String(toString(plan_.status)), QString::number(names.size()),
        names.join(u"; "_s));
}

PathwayDocument PathwayWriter::write() {
    findPlanned(goal_.requirement, u"destination"_s);
    for (const PlannedCredential& c : plan_.credentials)
        first_.try_emplace(c.id, u"other."_s + fromStd(c.id));
    PathwayDocument out;
    JsonValue pathway = JsonValue::object();
    pathway.add(u"@context"_s, str(u"http://credreg.net/ctdl/schema/context/json"_s));
    pathway.add(u"@id"_s, str(pathwayIri_));
    pathway.add(u"@type"_s, str(u"ceterms:Pathway"_s));
    pathway.add(u"ceterms:ctid"_s, str(pathwayCtid_));
    // The goal's own id, which the CTDL import reads back (a CTID names this document, not the
    // goal). Not for a goal of credits, whose credit rule a pathway cannot state: read back as
    // that goal it would lose it.
    if (goal_.kind == Goal::Kind::Career)
        pathway.add(u"ceterms:codedNotation"_s, str(u"goal:"_s + fromStd(goal_.id)));
    pathway.add(u"ceterms:name"_s, text(fromStd(goal_.title)));
    const QString goalWords = fromStd(goal_.description).trimmed();
    pathway.add(u"ceterms:description"_s,
                text(goalWords.isEmpty() ? planSentence() : goalWords + u"\n\n"_s + planSentence()));
    pathway.add(u"ceterms:inLanguage"_s, list(options_.language));
    if (options_.owner.isEmpty())
        out.missing.push_back(Message{Message::Code::CtdlMissingOwner, {}});
    else
        pathway.add(u"ceterms:ownedBy"_s, list(options_.owner));
    if (options_.webpage.isEmpty())
        out.missing.push_back(Message{Message::Code::CtdlMissingPathwayWebpage, {}});
    else
        pathway.add(u"ceterms:subjectWebpage"_s, str(options_.webpage));
    JsonValue destination = component(goal_.requirement, u"destination"_s, pathwayIri_);
    // Planned credentials the goal does not name (prerequisites) are children of the pathway.
    JsonValue others = JsonValue::array();
    for (const PlannedCredential& c : plan_.credentials)
        if (first_.at(c.id).startsWith(u"other."_s))
            others.append(credentialComponent(c.id, u"other."_s + fromStd(c.id), pathwayIri_));
    if (!others.items.empty())
        pathway.add(u"ceterms:hasChild"_s, std::move(others));
    pathway.add(u"ceterms:hasDestinationComponent"_s, std::move(destination));
    if (withoutWebpage_ > 0)
        out.missing.push_back(Message{Message::Code::CtdlMissingComponentWebpages, {arg::count(withoutWebpage_)}});
    out.json = writeJson(pathway);
    return out;
}

} // namespace

QString credentialIri(const std::string& id) {
    const QString text = fromStd(id);
    return text.startsWith(u"ce-"_s) ? kRegistry + text : u"urn:cairn:credential:"_s + text;
}

QString skillIri(const std::string& id) {
    return u"urn:cairn:skill:"_s + fromStd(id);
}

PathwayDocument pathwayDocument(const Catalog& catalog, const Plan& plan, const PathwayOptions& options) {
    const Goal* goal = catalog.findGoal(plan.goal);
    if (!goal || goal->requirement.isNone()) {
        PathwayDocument refused;
        refused.refusal = Message{Message::Code::CtdlPathwayCreditsOnly, {arg::text(plan.goal)}};
        return refused;
    }
    return PathwayWriter(catalog, plan, *goal, options).write();
}

} // namespace cairn::io::ctdl
