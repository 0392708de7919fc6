#include "ctdl_mapper.h"

#include "cairn/io/ctdl_cost.h"
#include "cairn/io/ctdl_ids.h"

#include <QStringList>

namespace cairn::io::ctdl::detail {

using namespace Qt::Literals::StringLiterals;

namespace {

/// CTDL's credential classes (subclasses_map.json of the registry) and the learning
/// opportunities and assessments Cairn plans with as credentials.
const QSet<QString>& credentialTypes() {
    static const QSet<QString> types = {u"Credential"_s,
                                        u"Certification"_s,
                                        u"Certificate"_s,
                                        u"Badge"_s,
                                        u"DigitalBadge"_s,
                                        u"OpenBadge"_s,
                                        u"Degree"_s,
                                        u"AssociateDegree"_s,
                                        u"AssociateOfAppliedArtsDegree"_s,
                                        u"AssociateOfAppliedScienceDegree"_s,
                                        u"AssociateOfArtsDegree"_s,
                                        u"AssociateOfScienceDegree"_s,
                                        u"BachelorDegree"_s,
                                        u"BachelorOfArtsDegree"_s,
                                        u"BachelorOfScienceDegree"_s,
                                        u"MasterDegree"_s,
                                        u"MasterOfArtsDegree"_s,
                                        u"MasterOfScienceDegree"_s,
                                        u"DoctoralDegree"_s,
                                        u"ProfessionalDoctorate"_s,
                                        u"ResearchDoctorate"_s,
                                        u"SpecialistDegree"_s,
                                        u"Diploma"_s,
                                        u"GeneralEducationDevelopment"_s,
                                        u"SecondarySchoolDiploma"_s,
                                        u"License"_s,
                                        u"MicroCredential"_s,
                                        u"QualityAssuranceCredential"_s,
                                        u"ApprenticeshipCertificate"_s,
                                        u"JourneymanCertificate"_s,
                                        u"MasterCertificate"_s,
                                        u"CertificateOfCompletion"_s,
                                        u"CertificateOfParticipation"_s,
                                        u"AcademicCertificate"_s,
                                        u"BasicTechnicalCertificate"_s,
                                        u"ProficiencyCertificate"_s,
                                        u"Course"_s,
                                        u"LearningOpportunity"_s,
                                        u"LearningOpportunityProfile"_s,
                                        u"LearningProgram"_s,
                                        u"AssessmentProfile"_s,
                                        u"Assessment"_s};
    return types;
}

bool anyOf(const QStringList& types, const QSet<QString>& set) {
    for (const QString& t : types)
        if (set.contains(t))
            return true;
    return false;
}

/// {"@id": …} names a node without describing it; so does {"@type": "@id", "@id": …}, as some
/// publishers write it.
bool namesOnly(const JsonValue& v) {
    if (!v.isObject() || !v.member(u"@id"))
        return false;
    const JsonValue* type = v.find(u"@type");
    return v.members.size() == 1 || (v.members.size() == 2 && type && type->isString() && type->text == u"@id"_s);
}

QString keyOf(const Node& node) {
    const QString ctid = node.ctid();
    return catalogId(ctid.isEmpty() ? node.id() : ctid);
}

/// The credential class a node is written as, for the report.
QString credentialType(const QStringList& types) {
    for (const QString& t : types)
        if (credentialTypes().contains(t))
            return t;
    return types.value(0);
}

QStringView primaryLanguage(QStringView tag) {
    const auto dash = tag.indexOf(u'-');
    return dash < 0 ? tag : tag.left(dash);
}

} // namespace

bool isCredentialType(const QStringList& types) {
    return anyOf(types, credentialTypes());
}

bool isPathwayType(const QStringList& types) {
    return types.contains(u"Pathway"_s);
}

bool isComponentType(const QStringList& types) {
    static const QSet<QString> components = {
        u"PathwayComponent"_s,    u"BasicComponent"_s,     u"AssessmentComponent"_s,     u"CocurricularComponent"_s,
        u"CompetencyComponent"_s, u"CourseComponent"_s,    u"CredentialComponent"_s,     u"ExtracurricularComponent"_s,
        u"JobComponent"_s,        u"SelectionComponent"_s, u"WorkExperienceComponent"_s, u"ComponentCondition"_s};
    return anyOf(types, components);
}

void Mapper::note(Note::Kind kind, Note::What what, const NodeRef& at, const Located& where, const QString& object,
                  QStringList facts) {
    Note n;
    n.kind = kind;
    n.what = what;
    n.file = at.document->file;
    n.path = where.value ? where.path : at.node.path();
    const JsonValue& position = where.value ? *where.value : at.node.json();
    n.line = position.line;
    n.column = position.column;
    n.object = object;
    n.facts = std::move(facts);
    report_.notes.push_back(std::move(n));
}

QString Mapper::nameOf(const Node& node) const {
    QString name = ctdl::text(node.get(u"name").value, options_.language);
    if (name.isEmpty())
        name = ctdl::text(node.get(u"schema:name").value, options_.language);
    return name.simplified();
}

/// Whether the node `key` is indexed by is only a generic ceterms:PathwayComponent, which the
/// Registry's schema makes a pathway write where it points at a component (docs/formats.md,
/// "CTDL export"): a typed description of the same component replaces it.
bool Mapper::indexedAsReference(const QString& key, const Node& candidate) const {
    const NodeRef* indexed = index_.value(key);
    return indexed && indexed->node.types() == QStringList{u"PathwayComponent"_s} &&
           isComponentType(candidate.types()) && !candidate.hasType(u"PathwayComponent"_s);
}

const NodeRef* Mapper::add(const Document& document, const JsonValue& object, const QString& path) {
    Node node(object, path);
    nodes_.push_back(NodeRef{&document, node, keyOf(node)});
    const NodeRef* ref = &nodes_.back();
    if (!ref->key.isEmpty() && (!index_.contains(ref->key) || indexedAsReference(ref->key, ref->node)))
        index_.insert(ref->key, ref);
    return ref;
}

void Mapper::indexDocument(const Document& document) {
    for (const Located& n : document.nodes)
        add(document, *n.value, n.path);
}

void Mapper::indexEmbedded(const Document& document, const JsonValue& value, const QString& path, int depth) {
    if (depth > 0 && value.isObject() && value.member(u"@type") && !namesOnly(value)) {
        const Node node(value, path);
        const QString key = keyOf(node);
        if (!key.isEmpty() && (!index_.contains(key) || indexedAsReference(key, node)))
            add(document, value, path);
    }
    if (value.isObject()) {
        for (const JsonMember& m : value.members)
            indexEmbedded(document, m.value, path.isEmpty() ? m.key : path + u'.' + m.key, depth + 1);
    } else if (value.isArray()) {
        for (std::size_t i = 0; i < value.items.size(); ++i)
            indexEmbedded(document, value.items[i], u"%1[%2]"_s.arg(path).arg(i), depth + 1);
    }
}

const NodeRef* Mapper::resolve(const NodeRef& from, const Located& reference) {
    if (!reference.value)
        return nullptr;
    const JsonValue& v = *reference.value;
    const bool embedded = v.isObject() && !namesOnly(v);
    if (embedded) {
        const QString key = keyOf(Node(v, reference.path));
        if (!key.isEmpty() && index_.contains(key))
            return index_.value(key);
        return add(*from.document, v, reference.path);
    }
    const QString key = catalogId(ctdl::reference(v));
    return key.isEmpty() ? nullptr : index_.value(key);
}

QString Mapper::credentialIdOf(const NodeRef& ref) const {
    if (!ref.key.isEmpty())
        return ref.key;
    return derivedId(u"ctdl-"_s, nameOf(ref.node), ref.document->file + u'#' + ref.node.path());
}

void Mapper::queueCredential(const NodeRef* ref) {
    const QString id = credentialIdOf(*ref);
    if (mapped_.contains(id))
        return;
    mapped_.insert(id);
    pending_.push_back(ref);
}

QString Mapper::targetCredential(const NodeRef& from, const Located& target) {
    const NodeRef* ref = resolve(from, target);
    if (ref && isCredentialType(ref->node.types())) {
        queueCredential(ref);
        return credentialIdOf(*ref);
    }
    const QString written = target.value ? ctdl::reference(*target.value) : QString();
    const QString id = ref ? credentialIdOf(*ref) : catalogId(written);
    if (id.isEmpty() || placeholderIds_.contains(id) || options_.existingCredentials.contains(toStd(id)))
        return id;
    Credential placeholder;
    placeholder.id = toStd(id);
    QString title = ref ? nameOf(ref->node) : QString();
    placeholder.title = toStd(title.isEmpty() ? (written.isEmpty() ? id : written) : title);
    if (written.startsWith(u"http://"_s) || written.startsWith(u"https://"_s))
        placeholder.url = toStd(written);
    placeholder.tags = {"placeholder"};
    placeholder.estimated = {"cost", "hours"};
    placeholders_.push_back(std::move(placeholder));
    placeholderIds_.insert(id);
    note(Note::Kind::Became, Note::What::Placeholder, from, target, u"credential "_s + id,
         {ref && !title.isEmpty() ? title : (written.isEmpty() ? title : written), ref ? u"described"_s : QString()});
    return id;
}

QString Mapper::providerOf(const NodeRef& ref) {
    for (QStringView property : {u"ownedBy", u"offeredBy", u"owner", u"schema:creator"})
        for (const Located& v : ref.node.all(property)) {
            if (const NodeRef* organization = resolve(ref, v)) {
                const QString name = nameOf(organization->node);
                if (!name.isEmpty())
                    return name;
            }
        }
    return {};
}

void Mapper::noteLeftOut(const NodeRef& ref, const QString& object) {
    static const QStringList conditions = {
        u"recommends"_s,       u"entryCondition"_s,        u"renewal"_s,
        u"isPreparationFor"_s, u"preparationFrom"_s,       u"isRecommendedFor"_s,
        u"isRequiredFor"_s,    u"isAdvancedStandingFor"_s, u"advancedStandingFrom"_s};
    for (const QString& property : conditions)
        if (const Located v = ref.node.get(property); v.value)
            note(Note::Kind::Skipped, Note::What::Condition, ref, v, object, {property});
    for (QStringView property : {u"requires", u"corequisite", u"renewal"})
        for (const Located& profile : ref.node.all(property))
            if (profile.value->isObject())
                if (const Located cost = Node(*profile.value, profile.path).get(u"estimatedCost"); cost.value)
                    note(Note::Kind::Skipped, Note::What::CostOfCondition, ref, cost, object, {property.toString()});
    for (QStringView property : {u"commonCosts", u"commonConditions"})
        for (const Located& manifest : ref.node.all(property))
            note(Note::Kind::Skipped, Note::What::Manifest, ref, manifest, object,
                 {property.toString(), ctdl::reference(*manifest.value)});
}

void Mapper::mapCredential(const NodeRef& ref) {
    const QString id = credentialIdOf(ref);
    const QString object = u"credential "_s + id;
    Credential c;
    c.id = toStd(id);
    QString language;
    Located name = ref.node.get(u"name");
    if (!name.value)
        name = ref.node.get(u"schema:name");
    QString title = ctdl::text(name.value, options_.language, &language).simplified();
    if (title.isEmpty()) {
        title = id;
        note(Note::Kind::Approximated, Note::What::NoName, ref, {}, object);
    }
    const QString wanted = QString(options_.language).replace(u'_', u'-');
    if (!language.isEmpty() && primaryLanguage(language) != u"en" &&
        primaryLanguage(language).compare(primaryLanguage(wanted), Qt::CaseInsensitive) != 0)
        note(Note::Kind::Approximated, Note::What::TextLanguage, ref, name, object, {language});
    c.title = toStd(title);
    c.provider = toStd(providerOf(ref));
    QString description = text(ref.node.get(u"description"));
    if (description.isEmpty())
        description = text(ref.node.get(u"schema:description"));
    c.description = toStd(description);
    for (QStringView property : {u"subjectWebpage", u"schema:url", u"availableOnlineAt"}) {
        const auto all = ref.node.all(property);
        if (!all.empty() && c.url.empty())
            c.url = toStd(ctdl::reference(*all.front().value));
    }
    mapCost(ref, c, object);
    mapHours(ref, c, object);
    c.grants = grantsOf(ref, object);
    const Requirement required = conditionsOf(ref, u"requires"_s, object);
    const Requirement corequired = conditionsOf(ref, u"corequisite"_s, object);
    if (!corequired.isNone())
        note(Note::Kind::Approximated, Note::What::Corequisite, ref, ref.node.get(u"corequisite"), object);
    if (required.isNone() || corequired.isNone())
        c.prerequisites = required.isNone() ? corequired : required;
    else
        c.prerequisites = Requirement::all({required, corequired});
    const QString type = credentialType(ref.node.types());
    c.tags = {toStd(type)};
    noteLeftOut(ref, object);
    note(Note::Kind::Became, Note::What::Credential, ref, {}, object, {type, title});
    credentialAt_[id] = catalog_.credentials.size();
    catalog_.credentials.push_back(std::move(c));
}

QString Mapper::chooseCurrency() const {
    QHash<QString, int> counts;
    QString best = u"USD"_s;
    int most = 0;
    for (const NodeRef& ref : nodes_) {
        if (!isCredentialType(ref.node.types()))
            continue;
        for (const Located& profile : ref.node.all(u"estimatedCost")) {
            if (!profile.value->isObject())
                continue;
            const Node cost(*profile.value, profile.path);
            const QString code = currencyCode(ctdl::text(cost.get(u"currency").value, {}));
            if (code.isEmpty() || !number(cost.get(u"price").value))
                continue;
            if (const int n = ++counts[code]; n > most) {
                most = n;
                best = code;
            }
        }
    }
    return best;
}

Catalog Mapper::map(const std::vector<Document>& documents) {
    for (const Document& d : documents)
        indexDocument(d);
    const std::size_t topLevel = nodes_.size();
    for (const Document& d : documents)
        indexEmbedded(d, *d.root, {}, 0);
    currency_ = options_.currency.isEmpty() ? chooseCurrency() : options_.currency;

    std::vector<const NodeRef*> pathways;
    for (std::size_t i = 0; i < topLevel; ++i) {
        const NodeRef& ref = nodes_[i];
        const QStringList types = ref.node.types();
        const bool credential = isCredentialType(types);
        if ((credential || isPathwayType(types)) && !ref.key.isEmpty() && index_.value(ref.key) != &ref) {
            const NodeRef* first = index_.value(ref.key);
            note(Note::Kind::Skipped, Note::What::Duplicate, ref, {}, {},
                 {u"%1 (%2)"_s.arg(first->document->file, first->node.path())});
            continue;
        }
        if (credential)
            queueCredential(&ref);
        else if (isPathwayType(types))
            pathways.push_back(&ref);
        else if (!isComponentType(types))
            note(Note::Kind::Skipped, Note::What::NodeType, ref, {}, {}, {types.join(u", "_s), nameOf(ref.node)});
    }
    for (std::size_t i = 0; i < pending_.size(); ++i) // mapping one may queue embedded ones
        mapCredential(*pending_[i]);
    for (const NodeRef* p : pathways)
        mapPathway(*p);
    for (Credential& p : placeholders_)
        if (!credentialAt_.contains(fromStd(p.id)))
            catalog_.credentials.push_back(std::move(p));
    catalog_.name = toStd(options_.catalogName.isEmpty() ? u"CTDL import"_s : options_.catalogName);
    catalog_.currency = toStd(currency_);
    return std::move(catalog_);
}

} // namespace cairn::io::ctdl::detail
