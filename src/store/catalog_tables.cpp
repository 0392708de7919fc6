#include "catalog_tables.h"

#include "dialect.h"
#include "sql_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <cairn/engine/requirement_text.h>
#include <cairn/io/keeping_json.h>
#include <unordered_map>

namespace cairn::store::detail {

namespace {

QString jsonText(const QJsonArray& a) {
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

/// Appends `s` as a JSON string. Written by hand because building a QJsonDocument for every
/// small list of every credential dominated the time of large imports.
void appendJsonString(QString& out, const std::string& s) {
    out += QLatin1Char('"');
    for (const QChar c : QString::fromStdString(s)) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
}

QString stringsJson(const std::vector<std::string>& items) {
    QString out = QStringLiteral("[");
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        appendJsonString(out, items[i]);
    }
    out += QLatin1Char(']');
    return out;
}

QJsonArray parseArray(const QVariant& v, bool& ok) {
    const QString text = v.toString();
    if (text == QLatin1String("[]")) // most lists are empty; skip the parser
        return {};
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(text.toUtf8(), &e);
    if (e.error != QJsonParseError::NoError || !d.isArray()) {
        ok = false;
        return {};
    }
    return d.array();
}

std::vector<std::string> strings(const QVariant& v, bool& ok) {
    std::vector<std::string> out;
    for (const QJsonValue& s : parseArray(v, ok))
        out.push_back(s.toString().toStdString());
    return out;
}

QString text(const std::string& s) {
    return s.empty() ? QStringLiteral("") : QString::fromStdString(s);
}
std::string text(const QVariant& v) {
    return v.toString().toStdString();
}

Requirement requirement(const QVariant& v, bool& ok) {
    auto parsed = parseRequirementText(text(v));
    if (std::holds_alternative<RequirementTextError>(parsed)) {
        ok = false;
        return {};
    }
    return std::get<Requirement>(std::move(parsed));
}

/// Each credential row binds seven values: its text and list fields travel as one JSON array
/// that the database takes apart. Binding values is what costs most per row in QtSql, and large
/// imports must stay fast.
QString credentialInsert(const Dialect& sql) {
    // The array's items in the order CatalogWriter::credential() writes them: text, integer, JSON.
    const QLatin1String kinds("ttttiijtjjttjjj");
    QStringList items;
    for (int i = 0; i < kinds.size(); ++i)
        items << (kinds[i] == u'i' ? sql.jsonInteger(i) : kinds[i] == u'j' ? sql.jsonPart(i) : sql.jsonText(i));
    const QStringList columns{QStringLiteral("position"), QStringLiteral("cost"),        QStringLiteral("hours"),
                              QStringLiteral("has_cost"), QStringLiteral("title"),       QStringLiteral("provider"),
                              QStringLiteral("url"),      QStringLiteral("description"), QStringLiteral("cohort"),
                              QStringLiteral("weeks"),    QStringLiteral("starts"),      QStringLiteral("requires"),
                              QStringLiteral("credits"),  QStringLiteral("tags"),        QStringLiteral("source"),
                              QStringLiteral("as_of"),    QStringLiteral("estimated"),   QStringLiteral("grants"),
                              QStringLiteral("keeping")};
    QStringList updates;
    for (const QString& column : columns)
        updates << QStringLiteral("%1 = excluded.%1").arg(column);
    // A credential saved again is updated in place rather than removed and added: the audit trail
    // then records one change of the fields that differ. (SQLite needs the WHERE to tell the
    // upsert's ON from a join's.)
    return QStringLiteral("INSERT INTO credentials (catalog_id, id, %1) SELECT ?, ?, ?, ?, ?, ?, %2 FROM %3 "
                          "WHERE true ON CONFLICT (catalog_id, id) DO UPDATE SET %4")
        .arg(columns.join(QStringLiteral(", ")), items.join(QStringLiteral(", ")), sql.jsonRow(),
             updates.join(QStringLiteral(", ")));
}

/// The object that could not be read back (a ReadBack… code with its id) names the damage.
Error damaged(const QString& path, Message::Code unreadable, const std::string& id) {
    return damagedError(path, {}, says(unreadable, {arg::text(id)}));
}

/// A stored kind or period that names none of the format's words is damage, not a default.
bool offerKind(const QString& word, Offer::Kind& kind) {
    for (Offer::Kind k : {Offer::Kind::OneTime, Offer::Kind::Subscription, Offer::Kind::Bundle})
        if (word == QLatin1String(toString(k))) {
            kind = k;
            return true;
        }
    return false;
}
bool offerPeriod(const QString& word, Offer::Period& period) {
    if (word.isEmpty()) {
        period = Offer::Period::None;
        return true;
    }
    for (Offer::Period p : {Offer::Period::Month, Offer::Period::Year})
        if (word == QLatin1String(toString(p))) {
            period = p;
            return true;
        }
    return false;
}

bool readHeader(QSqlQuery& q, qint64 catalogId, const QString& path, Catalog& catalog, bool& ok, Error& error) {
    if (!run(q, QStringLiteral("SELECT title, currency, revision, attribution FROM catalogs WHERE id = ?"), {catalogId},
             error, doing(Message::Code::DoingReadCatalog), path))
        return false;
    if (!q.next()) {
        error = notFound(says(Message::Code::NoCatalog, {idArg(catalogId)}));
        return false;
    }
    catalog.name = text(q.value(0));
    catalog.currency = text(q.value(1));
    catalog.revision = text(q.value(2));
    catalog.attribution = strings(q.value(3), ok);
    return true;
}

bool readSkills(QSqlQuery& q, qint64 catalogId, const QString& path, Catalog& catalog, Error& error) {
    if (!run(q,
             QStringLiteral("SELECT id, name, esco, onet, description, area FROM skills WHERE catalog_id = ? "
                            "ORDER BY position"),
             {catalogId}, error, doing(Message::Code::DoingReadSkills), path))
        return false;
    while (q.next())
        catalog.skills.push_back(Skill{text(q.value(0)), text(q.value(1)), text(q.value(2)), text(q.value(3)),
                                       text(q.value(4)), text(q.value(5))});
    return true;
}

std::vector<Date> startDates(const QVariant& v, bool& ok) {
    std::vector<Date> starts;
    for (const QJsonValue& d : parseArray(v, ok)) {
        const auto date = Date::fromIso(d.toString().toStdString());
        ok = ok && date.has_value();
        if (date)
            starts.push_back(*date);
    }
    return starts;
}

std::vector<CreditOffer> creditOffers(const QVariant& v, bool& ok) {
    std::vector<CreditOffer> offers;
    for (const QJsonValue& item : parseArray(v, ok)) {
        const QJsonObject o = item.toObject();
        CreditOffer offer;
        offer.program = o.value(QStringLiteral("program")).toString().toStdString();
        offer.credits = o.value(QStringLiteral("credits")).toDouble();
        for (const QJsonValue& cat : o.value(QStringLiteral("categories")).toArray())
            offer.categories.push_back(cat.toString().toStdString());
        offers.push_back(std::move(offer));
    }
    return offers;
}

std::vector<SkillLevel> grants(const QVariant& v, bool& ok) {
    std::vector<SkillLevel> out;
    for (const QJsonValue& g : parseArray(v, ok)) {
        const QJsonArray pair = g.toArray();
        ok = ok && pair.size() == 2;
        out.push_back(SkillLevel{pair.at(0).toString().toStdString(), pair.at(1).toInt()});
    }
    return out;
}

/// One row of the credentials query in readCredentials(); `ok` turns false on damage.
Credential credentialFromRow(const QSqlQuery& q, bool& ok) {
    Credential c;
    c.id = text(q.value(0));
    c.title = text(q.value(1));
    c.provider = text(q.value(2));
    c.url = text(q.value(3));
    c.description = text(q.value(4));
    c.cost = q.value(5).toDouble();
    c.hours = q.value(6).toDouble();
    c.pace.kind = q.value(7).toInt() != 0 ? Pace::Kind::Cohort : Pace::Kind::SelfPaced;
    c.pace.weeks = q.value(8).toInt();
    c.pace.starts = startDates(q.value(9), ok);
    c.prerequisites = requirement(q.value(10), ok);
    c.credits = creditOffers(q.value(11), ok);
    c.tags = strings(q.value(12), ok);
    c.source = text(q.value(13));
    c.asOf = text(q.value(14));
    c.estimated = strings(q.value(15), ok);
    c.grants = grants(q.value(16), ok);
    c.hasCost = q.value(17).toInt() != 0;
    ok = ok && io::keepingFromJson(q.value(18).toString().toUtf8(), c);
    return c;
}

bool readCredentials(QSqlQuery& q, qint64 catalogId, const QString& path, Catalog& catalog, bool& ok, Error& error) {
    if (!run(q,
             QStringLiteral(
                 "SELECT id, title, provider, url, description, cost, hours, cohort, weeks, starts, "
                 "requires, credits, tags, source, as_of, estimated, grants, has_cost, keeping FROM credentials "
                 "WHERE catalog_id = ? ORDER BY position"),
             {catalogId}, error, doing(Message::Code::DoingReadCredentials), path))
        return false;
    while (q.next()) {
        Credential c = credentialFromRow(q, ok);
        if (!ok) {
            error = damaged(path, Message::Code::ReadBackCredential, c.id);
            return false;
        }
        catalog.credentials.push_back(std::move(c));
    }
    return true;
}

bool readPrograms(QSqlQuery& q, qint64 catalogId, const QString& path, Catalog& catalog, bool& ok, Error& error) {
    if (!run(q,
             QStringLiteral("SELECT id, title, institution, url, categories FROM programs WHERE catalog_id = ? "
                            "ORDER BY position"),
             {catalogId}, error, doing(Message::Code::DoingReadPrograms), path))
        return false;
    while (q.next())
        catalog.programs.push_back(
            Program{text(q.value(0)), text(q.value(1)), text(q.value(2)), text(q.value(3)), strings(q.value(4), ok)});
    return true;
}

std::vector<CategoryRule> categoryRules(const QVariant& v, bool& ok) {
    std::vector<CategoryRule> rules;
    for (const QJsonValue& item : parseArray(v, ok)) {
        const QJsonObject o = item.toObject();
        CategoryRule rule;
        rule.category = o.value(QStringLiteral("category")).toString().toStdString();
        if (o.value(QStringLiteral("min")).isDouble())
            rule.min = o.value(QStringLiteral("min")).toDouble();
        if (o.value(QStringLiteral("max")).isDouble())
            rule.max = o.value(QStringLiteral("max")).toDouble();
        rules.push_back(std::move(rule));
    }
    return rules;
}

bool readGoals(QSqlQuery& q, qint64 catalogId, const QString& path, Catalog& catalog, bool& ok, Error& error) {
    if (!run(q,
             QStringLiteral("SELECT id, kind, title, description, onet, esco, requires, program, min_credits, "
                            "categories FROM goals WHERE catalog_id = ? ORDER BY position"),
             {catalogId}, error, doing(Message::Code::DoingReadGoals), path))
        return false;
    while (q.next()) {
        Goal g;
        g.id = text(q.value(0));
        g.kind = q.value(1).toString() == QLatin1String("credits") ? Goal::Kind::Credits : Goal::Kind::Career;
        g.title = text(q.value(2));
        g.description = text(q.value(3));
        g.onet = text(q.value(4));
        g.esco = text(q.value(5));
        g.requirement = requirement(q.value(6), ok);
        g.program = text(q.value(7));
        g.minCredits = q.value(8).toDouble();
        g.categories = categoryRules(q.value(9), ok);
        if (!ok) {
            error = damaged(path, Message::Code::ReadBackGoal, g.id);
            return false;
        }
        catalog.goals.push_back(std::move(g));
    }
    return true;
}

bool readOffers(QSqlQuery& q, qint64 catalogId, const QString& path, std::vector<Offer>& offers, Error& error) {
    if (!run(q,
             QStringLiteral("SELECT id, title, provider, kind, price, period, covers, url, source, as_of, estimated "
                            "FROM offers WHERE catalog_id = ? ORDER BY position"),
             {catalogId}, error, doing(Message::Code::DoingReadOffers), path))
        return false;
    while (q.next()) {
        bool ok = true;
        Offer o;
        o.id = text(q.value(0));
        o.title = text(q.value(1));
        o.provider = text(q.value(2));
        ok = offerKind(q.value(3).toString(), o.kind) && offerPeriod(q.value(5).toString(), o.period);
        o.price = q.value(4).toDouble();
        o.covers = strings(q.value(6), ok);
        o.url = text(q.value(7));
        o.source = text(q.value(8));
        o.asOf = text(q.value(9));
        o.estimated = q.value(10).toInt() != 0;
        if (!ok) {
            error = damaged(path, Message::Code::ReadBackOffer, o.id);
            return false;
        }
        offers.push_back(std::move(o));
    }
    return true;
}

} // namespace

CatalogWriter::CatalogWriter(QSqlDatabase db, qint64 catalogId, QString path)
    : catalogId_(catalogId), path_(std::move(path)), skill_(db), credential_(db), program_(db), goal_(db), offer_(db) {
    prepared_ =
        // A skill saved again is updated in place, as a credential is (credentialInsert()).
        skill_.prepare(
            QStringLiteral("INSERT INTO skills (catalog_id, id, position, name, esco, onet, description, "
                           "area) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (catalog_id, id) DO UPDATE "
                           "SET position = excluded.position, name = excluded.name, esco = excluded.esco, "
                           "onet = excluded.onet, description = excluded.description, area = excluded.area")) &&
        credential_.prepare(credentialInsert(Dialect::of(db))) &&
        program_.prepare(QStringLiteral("INSERT INTO programs (catalog_id, id, position, title, institution, url, "
                                        "categories) VALUES (?, ?, ?, ?, ?, ?, ?)")) &&
        goal_.prepare(QStringLiteral("INSERT INTO goals (catalog_id, id, position, kind, title, description, onet, "
                                     "esco, requires, program, min_credits, categories) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) &&
        offer_.prepare(QStringLiteral("INSERT INTO offers (catalog_id, id, position, title, provider, kind, price, "
                                      "period, covers, url, source, as_of, estimated) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (prepared_)
        return;
    // The statement that failed holds the reason (QPSQL does not copy it to the connection).
    for (const QSqlQuery* q : {&skill_, &credential_, &program_, &goal_, &offer_})
        if (q->lastError().isValid()) {
            error_ = failure(*q, doing(Message::Code::DoingPrepareCatalogTables), path_);
            return;
        }
    error_ = failure(db, doing(Message::Code::DoingPrepareCatalogTables), path_);
}

bool CatalogWriter::exec(QSqlQuery& q, const Message& action) {
    if (!prepared_)
        return false;
    if (q.exec())
        return true;
    error_ = failure(q, action, path_);
    return false;
}

bool CatalogWriter::skill(const Skill& s, int position) {
    const QVariant values[] = {catalogId_,   text(s.id),          position,    text(s.name), text(s.esco),
                               text(s.onet), text(s.description), text(s.area)};
    for (int i = 0; i < 8; ++i)
        skill_.bindValue(i, values[i]);
    return exec(skill_, doing(Message::Code::DoingSaveSkill, {textArg(text(s.id))}));
}

bool CatalogWriter::credential(const Credential& c, int position) {
    std::vector<std::string> startDates;
    for (const Date& d : c.pace.starts)
        startDates.push_back(d.toIso());
    QString credits = QStringLiteral("[");
    for (const CreditOffer& o : c.credits) {
        if (credits.size() > 1)
            credits += QLatin1Char(',');
        credits += QLatin1String("{\"program\":");
        appendJsonString(credits, o.program);
        // Shortest text that reads back as the same double.
        credits += QLatin1String(",\"credits\":") + QString::number(o.credits, 'g', QLocale::FloatingPointShortest) +
                   QLatin1String(",\"categories\":") + stringsJson(o.categories) + QLatin1Char('}');
    }
    credits += QLatin1Char(']');
    const QString id = text(c.id);
    QString row = QStringLiteral("[");
    for (const std::string* field : {&c.title, &c.provider, &c.url, &c.description}) {
        appendJsonString(row, *field);
        row += QLatin1Char(',');
    }
    row += QString::number(c.pace.isCohort() ? 1 : 0) + QLatin1Char(',') + QString::number(c.pace.weeks) +
           QLatin1Char(',') + stringsJson(startDates) + QLatin1Char(',');
    appendJsonString(row, toText(c.prerequisites));
    row += QLatin1Char(',') + credits + QLatin1Char(',') + stringsJson(c.tags) + QLatin1Char(',');
    appendJsonString(row, c.source);
    row += QLatin1Char(',');
    appendJsonString(row, c.asOf);
    row += QLatin1Char(',') + stringsJson(c.estimated) + QLatin1String(",[");
    for (std::size_t g = 0; g < c.grants.size(); ++g) {
        row += QLatin1String(g == 0 ? "[" : ",[");
        appendJsonString(row, c.grants[g].skill);
        row += QLatin1Char(',') + QString::number(c.grants[g].level) + QLatin1Char(']');
    }
    row += QLatin1String("],") + QString::fromUtf8(io::keepingToJson(c)) + QLatin1Char(']');

    credential_.bindValue(0, catalogId_);
    credential_.bindValue(1, id);
    credential_.bindValue(2, position);
    credential_.bindValue(3, c.cost);
    credential_.bindValue(4, c.hours);
    credential_.bindValue(5, c.hasCost ? 1 : 0);
    credential_.bindValue(6, row);
    return exec(credential_, doing(Message::Code::DoingSaveCredential, {textArg(id)}));
}

bool CatalogWriter::program(const Program& p, int position) {
    int i = 0;
    for (const QVariant& v :
         {QVariant(catalogId_), QVariant(text(p.id)), QVariant(position), QVariant(text(p.title)),
          QVariant(text(p.institution)), QVariant(text(p.url)), QVariant(stringsJson(p.categories))})
        program_.bindValue(i++, v);
    return exec(program_, doing(Message::Code::DoingSaveProgram, {textArg(text(p.id))}));
}

bool CatalogWriter::goal(const Goal& g, int position) {
    QJsonArray rules;
    for (const CategoryRule& r : g.categories)
        rules.append(QJsonObject{{QStringLiteral("category"), text(r.category)},
                                 {QStringLiteral("min"), r.min ? QJsonValue(*r.min) : QJsonValue()},
                                 {QStringLiteral("max"), r.max ? QJsonValue(*r.max) : QJsonValue()}});
    int i = 0;
    for (const QVariant& v :
         {QVariant(catalogId_), QVariant(text(g.id)), QVariant(position),
          QVariant(g.kind == Goal::Kind::Credits ? QStringLiteral("credits") : QStringLiteral("career")),
          QVariant(text(g.title)), QVariant(text(g.description)), QVariant(text(g.onet)), QVariant(text(g.esco)),
          QVariant(text(toText(g.requirement))), QVariant(text(g.program)), QVariant(g.minCredits),
          QVariant(jsonText(rules))})
        goal_.bindValue(i++, v);
    return exec(goal_, doing(Message::Code::DoingSaveGoal, {textArg(text(g.id))}));
}

bool CatalogWriter::offer(const Offer& o, int position) {
    // The empty period is written as '' (a null QString would bind as NULL), like text().
    int i = 0;
    for (const QVariant& v :
         {QVariant(catalogId_), QVariant(text(o.id)), QVariant(position), QVariant(text(o.title)),
          QVariant(text(o.provider)), QVariant(QString::fromLatin1(toString(o.kind))), QVariant(o.price),
          QVariant(o.period == Offer::Period::None ? QStringLiteral("") : QString::fromLatin1(toString(o.period))),
          QVariant(stringsJson(o.covers)), QVariant(text(o.url)), QVariant(text(o.source)), QVariant(text(o.asOf)),
          QVariant(o.estimated ? 1 : 0)})
        offer_.bindValue(i++, v);
    return exec(offer_, doing(Message::Code::DoingSaveOffer, {textArg(text(o.id))}));
}

bool CatalogWriter::content(const Catalog& catalog) {
    for (int i = 0; i < static_cast<int>(catalog.skills.size()); ++i)
        if (!skill(catalog.skills[i], i))
            return false;
    for (int i = 0; i < static_cast<int>(catalog.credentials.size()); ++i)
        if (!credential(catalog.credentials[i], i))
            return false;
    for (int i = 0; i < static_cast<int>(catalog.programs.size()); ++i)
        if (!program(catalog.programs[i], i))
            return false;
    for (int i = 0; i < static_cast<int>(catalog.goals.size()); ++i)
        if (!goal(catalog.goals[i], i))
            return false;
    for (int i = 0; i < static_cast<int>(catalog.offers.size()); ++i)
        if (!offer(catalog.offers[i], i))
            return false;
    return true;
}

Result<Catalog> readCatalogRows(QSqlDatabase db, qint64 catalogId, const QString& path) {
    Catalog catalog;
    Error error;
    // One flag for the whole catalog: damage in a column with no object of its own to name
    // (attribution, a program's categories) is reported once all is read.
    bool ok = true;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!readHeader(q, catalogId, path, catalog, ok, error) || !readSkills(q, catalogId, path, catalog, error) ||
        !readCredentials(q, catalogId, path, catalog, ok, error) ||
        !readPrograms(q, catalogId, path, catalog, ok, error) || !readGoals(q, catalogId, path, catalog, ok, error) ||
        !readOffers(q, catalogId, path, catalog.offers, error))
        return error;
    if (!ok)
        return damagedError(path, {}, says(Message::Code::ReadBackCatalog, {idArg(catalogId)}));
    return catalog;
}

} // namespace cairn::store::detail
