#include "cairn/io/ctdl_terms.h"

#include <QRegularExpression>
#include <array>
#include <cmath>

namespace cairn::io::ctdl {

using namespace Qt::Literals::StringLiterals;

namespace {

/// The namespaces CTDL's terms are published under, as full IRIs. The last one is the early
/// registry's, still found in its sample documents.
constexpr std::array<QStringView, 9> kVocabularies = {
    u"http://purl.org/ctdl/terms/",       u"https://purl.org/ctdl/terms/",       u"http://purl.org/ctdlasn/terms/",
    u"https://purl.org/ctdlasn/terms/",   u"http://credreg.net/ctdl/terms/",     u"https://credreg.net/ctdl/terms/",
    u"http://credreg.net/ctdlasn/terms/", u"https://credreg.net/ctdlasn/terms/", u"http://purl.org/ceterms/terms/"};

bool isLanguageTag(QStringView key) {
    static const QRegularExpression tag(u"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"_s);
    return tag.match(key.toString()).hasMatch();
}

/// An object whose every key is a language tag: {"en": "…", "es": "…"}.
bool isLanguageMap(const JsonValue& v) {
    if (!v.isObject() || v.members.empty())
        return false;
    for (const JsonMember& m : v.members)
        if (!isLanguageTag(m.key) || !(m.value.isString() || m.value.isArray()))
            return false;
    return true;
}

struct Candidate {
    QString language;
    QString text;
};

void collect(const JsonValue& v, const QString& language, std::vector<Candidate>& out, int depth = 0) {
    if (depth > 3) // a literal is at most a list of maps of lists
        return;
    if (v.isString()) {
        out.push_back({language, v.text.trimmed()});
    } else if (v.isArray()) {
        for (const JsonValue& item : v.items)
            collect(item, language, out, depth + 1);
    } else if (v.isObject()) {
        if (const JsonValue* value = v.find(u"@value")) {
            const JsonValue* tag = v.find(u"@language");
            collect(*value, tag && tag->isString() ? tag->text : language, out, depth + 1);
        } else if (isLanguageMap(v)) {
            for (const JsonMember& m : v.members)
                collect(m.value, m.key, out, depth + 1);
        }
    }
}

QStringView primary(QStringView tag) {
    const auto dash = tag.indexOf(u'-');
    return dash < 0 ? tag : tag.left(dash);
}

/// 0 the reader's language, 1 its primary language, 2 English, 3 untagged, 4 any other.
int rank(const QString& language, const QString& wanted) {
    if (language.isEmpty())
        return 3;
    if (!wanted.isEmpty() && language.compare(wanted, Qt::CaseInsensitive) == 0)
        return 0;
    if (!wanted.isEmpty() && primary(language).compare(primary(wanted), Qt::CaseInsensitive) == 0)
        return 1;
    if (primary(language).compare(u"en", Qt::CaseInsensitive) == 0)
        return 2;
    return 4;
}

QString normalTag(const QString& language) {
    QString tag = language;
    tag.replace(u'_', u'-');
    return tag;
}

} // namespace

namespace {

/// term() without a copy: looking up a property compares every key of the node with it.
QStringView termView(QStringView key) {
    if (key.startsWith(u'@'))
        return key;
    if (key.startsWith(u"ceterms:"))
        return key.mid(8);
    if (key.startsWith(u"ceasn:"))
        return key.mid(6);
    if (key.startsWith(u"http"))
        for (QStringView vocabulary : kVocabularies)
            if (key.startsWith(vocabulary))
                return key.mid(vocabulary.size());
    return key;
}

} // namespace

QString term(QStringView key) {
    return termView(key).toString();
}

std::vector<Located> values(const Located& property) {
    std::vector<Located> out;
    if (!property.value || property.value->isNull())
        return out;
    const JsonValue* v = property.value;
    QString path = property.path;
    if (v->isObject()) {
        for (QStringView keyword : {u"@list", u"@set"})
            if (const JsonMember* m = v->member(keyword)) {
                v = &m->value;
                path += u"."_s + m->key;
                break;
            }
    }
    if (!v->isArray()) {
        out.push_back({v, path});
        return out;
    }
    for (std::size_t i = 0; i < v->items.size(); ++i)
        if (!v->items[i].isNull())
            out.push_back({&v->items[i], u"%1[%2]"_s.arg(path).arg(i)});
    return out;
}

Located Node::get(QStringView name) const {
    for (const JsonMember& m : object_->members)
        if (termView(m.key) == name)
            return {&m.value, path_.isEmpty() ? m.key : path_ + u'.' + m.key};
    return {nullptr, path_};
}

QStringList Node::types() const {
    QStringList out;
    for (const Located& t : all(u"@type")) {
        if (t.value->isString())
            out << term(t.value->text.trimmed());
    }
    return out;
}

QString Node::id() const {
    const JsonValue* v = object_->find(u"@id");
    return v && v->isString() ? v->text.trimmed() : QString();
}

QString Node::ctid() const {
    const Located v = get(u"ctid");
    return text(v.value, {});
}

QString text(const JsonValue* value, const QString& language, QString* chosen) {
    if (!value)
        return {};
    std::vector<Candidate> candidates;
    collect(*value, {}, candidates);
    const QString wanted = normalTag(language);
    const Candidate* best = nullptr;
    for (const Candidate& c : candidates) {
        if (c.text.isEmpty())
            continue;
        if (!best || rank(c.language, wanted) < rank(best->language, wanted))
            best = &c;
    }
    if (chosen)
        *chosen = best ? best->language : QString();
    return best ? best->text : QString();
}

QStringList texts(const JsonValue* value, const QString& language) {
    QStringList out;
    if (!value)
        return out;
    std::vector<Candidate> candidates;
    collect(*value, {}, candidates);
    QString chosen;
    text(value, language, &chosen);
    for (const Candidate& c : candidates)
        if (!c.text.isEmpty() && (c.language.isEmpty() || c.language == chosen))
            out << c.text;
    return out;
}

QString reference(const JsonValue& value) {
    if (value.isString())
        return value.text.trimmed();
    if (!value.isObject())
        return {};
    if (const JsonValue* id = value.find(u"@id"); id && id->isString())
        return id->text.trimmed();
    return Node(value, {}).ctid();
}

std::optional<double> number(const JsonValue* value) {
    if (!value)
        return std::nullopt;
    if (value->isNumber())
        return std::isfinite(value->number) ? std::optional(value->number) : std::nullopt;
    if (value->isString()) {
        bool ok = false;
        const double d = value->text.trimmed().toDouble(&ok);
        return ok && std::isfinite(d) ? std::optional(d) : std::nullopt;
    }
    if (value->isObject())
        return number(value->find(u"@value"));
    if (value->isArray() && value->items.size() == 1)
        return number(&value->items.front());
    return std::nullopt;
}

bool isPlaceholder(const QString& text) {
    static const QRegularExpression marked(uR"(^(\*{2,}.*\*{2,}|\{\{.*\}\}|\$\{.*\}|<<.*>>|\[\[.*\]\])$)"_s,
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QStringList words = {u"tbd"_s,
                                      u"tba"_s,
                                      u"todo"_s,
                                      u"fixme"_s,
                                      u"n/a"_s,
                                      u"xxx"_s,
                                      u"placeholder"_s,
                                      u"to be determined"_s,
                                      u"to be announced"_s,
                                      u"missing"_s};
    const QString t = text.trimmed();
    if (t.isEmpty())
        return false;
    return marked.match(t).hasMatch() || words.contains(t.toLower()) ||
           t.startsWith(u"lorem ipsum"_s, Qt::CaseInsensitive);
}

} // namespace cairn::io::ctdl
