#include "cairn/io/badge_read.h"

#include "cairn/io/file_access.h"
#include "cairn/io/json_reader.h"

#include <QHash>
#include <memory>

namespace cairn::io::badges {

using namespace Qt::Literals::StringLiterals;
using Code = Message::Code;

namespace {

/// A document read whole that holds nothing to import: said, not an error.
LoadError skipped(const QString& file, Code why) {
    LoadError e;
    e.file = file;
    e.what = says(why);
    return e;
}

QString str(const JsonValue* v) {
    return v && v->isString() ? v->text.trimmed() : QString();
}

/// `type` (or `@type`) as a list: Open Badges write one type or several.
QStringList typesOf(const JsonValue& v) {
    QStringList out;
    for (QStringView key : {u"type", u"@type"})
        if (const JsonValue* t = v.find(key)) {
            if (t->isString())
                out << t->text;
            for (const JsonValue& item : t->items)
                if (item.isString())
                    out << item.text;
        }
    return out;
}

/// A date-time such as "2010-01-01T00:00:00Z" as its calendar day.
std::optional<Date> dayOf(const JsonValue* v) {
    const QString text = str(v);
    return text.size() >= 10 ? Date::fromIso(text.left(10).toStdString()) : std::nullopt;
}

std::vector<Alignment> alignmentsOf(const JsonValue* list) {
    std::vector<Alignment> out;
    if (!list)
        return out;
    auto add = [&](const JsonValue& a) {
        if (a.isObject())
            out.push_back({str(a.find(u"targetName")), str(a.find(u"targetUrl")), str(a.find(u"targetCode")),
                           str(a.find(u"targetFramework")), str(a.find(u"targetType"))});
    };
    if (list->isArray())
        for (const JsonValue& a : list->items)
            add(a);
    else
        add(*list);
    return out;
}

/// The web address of an achievement's criteria: Open Badges 2.0 write the URL or an object whose
/// id it is, Open Badges 3.0 an object whose id it is. Only http(s) addresses are kept.
QString criteriaUrl(const JsonValue* criteria) {
    const QString url = criteria && criteria->isObject() ? str(criteria->find(u"id")) : str(criteria);
    return url.startsWith(u"https://"_s) || url.startsWith(u"http://"_s) ? url : QString();
}

struct Document {
    QString file;
    std::shared_ptr<const JsonValue> root;
};

class Reading {
public:
    explicit Reading(BadgeRead& out) : out_(out) {}

    void index(const Document& d) {
        if (const QString id = str(d.root->find(u"id")); !id.isEmpty() && !byId_.contains(id))
            byId_.insert(id, d.root.get());
    }

    void read(const Document& d) {
        const JsonValue& v = *d.root;
        const QStringList types = typesOf(v);
        if (types.contains(u"Assertion"_s))
            return assertion(d.file, v);
        if (types.contains(u"ClrCredential"_s))
            return clr(d.file, v);
        if (types.contains(u"OpenBadgeCredential"_s) || types.contains(u"AchievementCredential"_s))
            return credential(d.file, v, {}, false, u"Open Badges 3.0"_s);
        if (types.contains(u"BadgeClass"_s) || types.contains(u"Issuer"_s) || types.contains(u"Profile"_s))
            return; // read through the assertions that name them
        if (types.contains(u"EndorsementCredential"_s)) {
            out_.skipped.push_back(skipped(d.file, Code::BadgeEndorsement));
            return;
        }
        LoadError e;
        e.file = d.file;
        e.line = v.line;
        e.column = v.column;
        e.what = says(Code::BadgeNotRecognised);
        e.kind = LoadError::Kind::Unreadable;
        out_.failures.push_back(std::move(e));
    }

private:
    BadgeRead& out_;
    QHash<QString, const JsonValue*> byId_;

    /// An embedded object, or the document of the files with that id.
    const JsonValue* resolve(const JsonValue* v) const {
        if (!v)
            return nullptr;
        if (v->isObject())
            return v;
        return byId_.value(str(v), nullptr);
    }

    QString issuerName(const JsonValue* issuer) const {
        const JsonValue* profile = resolve(issuer);
        const QString name = profile ? str(profile->find(u"name")) : QString();
        return name.isEmpty()
                   ? (issuer && issuer->isString() ? str(issuer) : str(profile ? profile->find(u"id") : nullptr))
                   : name;
    }

    Achievement start(const QString& file, const JsonValue& at, const QString& path, const QString& format) const {
        Achievement a;
        a.file = file;
        a.path = path;
        a.line = at.line;
        a.column = at.column;
        a.format = format;
        return a;
    }

    void assertion(const QString& file, const JsonValue& v) {
        Achievement a = start(file, v, {}, u"Open Badges 2.0"_s);
        const JsonValue* badge = resolve(v.find(u"badge"));
        a.id = badge ? str(badge->find(u"id")) : str(v.find(u"badge"));
        a.name = badge ? str(badge->find(u"name")) : QString();
        a.description = badge ? str(badge->find(u"description")) : QString();
        a.issuer = badge ? issuerName(badge->find(u"issuer")) : QString();
        a.criteria = badge ? criteriaUrl(badge->find(u"criteria")) : QString();
        a.alignments = alignmentsOf(badge ? badge->find(u"alignment") : nullptr);
        a.issued = dayOf(v.find(u"issuedOn"));
        a.expires = dayOf(v.find(u"expires"));
        const JsonValue* revoked = v.find(u"revoked");
        a.revoked = revoked && revoked->isBool() && revoked->boolean;
        out_.achievements.push_back(std::move(a));
    }

    void credential(const QString& file, const JsonValue& vc, const QString& path, bool heldProof,
                    const QString& format) {
        Achievement a = start(file, vc, path, format);
        const JsonValue* subject = vc.find(u"credentialSubject");
        if (subject && subject->isArray())
            subject = subject->items.empty() ? nullptr : &subject->items.front();
        const JsonValue* achievement = subject && subject->isObject() ? subject->find(u"achievement") : nullptr;
        if (achievement && !achievement->isObject())
            achievement = nullptr;
        a.id = achievement ? str(achievement->find(u"id")) : QString();
        a.name = achievement ? str(achievement->find(u"name")) : QString();
        if (a.name.isEmpty())
            a.name = str(vc.find(u"name"));
        a.description = achievement ? str(achievement->find(u"description")) : QString();
        a.achievementType = achievement ? str(achievement->find(u"achievementType")) : QString();
        a.criteria = achievement ? criteriaUrl(achievement->find(u"criteria")) : QString();
        a.alignments = alignmentsOf(achievement ? achievement->find(u"alignment") : nullptr);
        a.issuer = issuerName(vc.find(u"issuer"));
        // VC data model v2 says validFrom/validUntil; v1 said issuanceDate/expirationDate.
        a.issued = dayOf(vc.find(u"validFrom"));
        if (!a.issued)
            a.issued = dayOf(vc.find(u"issuanceDate"));
        if (!a.issued)
            a.issued = dayOf(vc.find(u"awardedDate"));
        a.expires = dayOf(vc.find(u"validUntil"));
        if (!a.expires)
            a.expires = dayOf(vc.find(u"expirationDate"));
        if (const JsonValue* status = vc.find(u"credentialStatus"); status && status->isObject())
            a.statusList = str(status->find(u"type"));
        a.proof = heldProof || vc.find(u"proof") != nullptr;
        out_.achievements.push_back(std::move(a));
    }

    void clr(const QString& file, const JsonValue& v) {
        const bool proof = v.find(u"proof") != nullptr;
        const JsonValue* subject = v.find(u"credentialSubject");
        const JsonValue* held = subject && subject->isObject() ? subject->find(u"verifiableCredential") : nullptr;
        if (!held || !held->isArray() || held->items.empty()) {
            out_.skipped.push_back(skipped(file, Code::BadgeClrWithoutAchievements));
            return;
        }
        for (std::size_t i = 0; i < held->items.size(); ++i)
            if (held->items[i].isObject())
                credential(file, held->items[i], u"credentialSubject.verifiableCredential[%1]"_s.arg(i), proof,
                           u"CLR 2.0"_s);
    }
};

} // namespace

void BadgeReader::addFile(const QString& path) {
    FileContent content = readFile(path);
    if (!content.ok()) {
        LoadError e;
        e.file = path;
        e.what = *content.error;
        e.kind = LoadError::Kind::Unreadable;
        read_.failures.push_back(std::move(e));
        return;
    }
    files_.emplace_back(path, std::move(content.bytes));
}

void BadgeReader::addBytes(const QByteArray& bytes, const QString& file) {
    files_.emplace_back(file, bytes);
}

BadgeRead BadgeReader::finish() {
    std::vector<Document> documents;
    for (auto& [file, bytes] : files_) {
        auto parsed = parseJson(bytes);
        if (auto* error = std::get_if<JsonSyntaxError>(&parsed)) {
            LoadError e;
            e.file = file;
            e.line = error->line;
            e.column = error->column;
            e.what = error->what;
            e.kind = LoadError::Kind::Unreadable;
            read_.failures.push_back(std::move(e));
            continue;
        }
        documents.push_back({file, std::make_shared<JsonValue>(std::move(std::get<JsonValue>(parsed)))});
    }
    Reading reading(read_);
    for (const Document& d : documents)
        reading.index(d);
    for (const Document& d : documents)
        reading.read(d);
    files_.clear();
    return std::move(read_);
}

} // namespace cairn::io::badges
