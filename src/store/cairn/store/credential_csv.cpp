#include "cairn/store/credential_csv.h"

#include "cairn/store/csv.h"

#include <QLocale>
#include <QStringDecoder>
#include <array>
#include <cairn/engine/requirement_text.h>
#include <cairn/io/catalog_rules.h>
#include <cairn/io/csv_field.h>
#include <cmath>
#include <map>
#include <optional>
#include <set>

namespace cairn::store {

namespace {

using Code = Message::Code;

/// A text of the catalog as it is. QString::fromStdString drops a byte-order mark at the start,
/// so a title that begins with U+FEFF would be written without it and read back different.
QString exactText(const std::string& text) {
    QStringDecoder decode(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    return decode(QByteArrayView(text.data(), static_cast<qsizetype>(text.size())));
}

enum Column {
    Id,
    Title,
    Provider,
    Url,
    Cost,
    Hours,
    Pace,
    Weeks,
    Starts,
    Grants,
    Requires,
    Credits,
    Tags,
    Source,
    AsOf,
    Description,
    Estimated,
    ColumnCount
};

const char* const kColumnNames[ColumnCount] = {"id",   "title",  "provider", "url",         "cost",     "hours",
                                               "pace", "weeks",  "starts",   "grants",      "requires", "credits",
                                               "tags", "source", "as_of",    "description", "estimated"};

QString number(double value) {
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

/// Parts of a list field split on `separator`, each with its offset in the field's text.
struct Part {
    QString text;
    int offset = 0;
};
std::vector<Part> split(const QString& text, QChar separator) {
    std::vector<Part> parts;
    if (text.trimmed().isEmpty())
        return parts;
    int start = 0;
    for (int i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == separator) {
            const QString raw = text.mid(start, i - start);
            int lead = 0;
            while (lead < raw.size() && raw[lead].isSpace())
                ++lead;
            parts.push_back(Part{raw.trimmed(), start + lead});
            start = i + 1;
        }
    }
    return parts;
}

/// Parses one data row; `problems` collects what is wrong, each at its own column.
class RowReader {
public:
    RowReader(const CsvRecord& record, const std::array<int, ColumnCount>& index, const QString& file,
              std::vector<io::LoadError>& problems)
        : record_(record), index_(index), file_(file), problems_(problems) {}

    std::optional<Credential> read() {
        Credential c;
        const QString id = text(Id);
        if (id.isEmpty())
            fail(Id, 0, io::says(Code::CsvIdMissing));
        else if (!io::isId(id))
            fail(Id, 0, io::says(Code::CsvNotAnId, {io::qarg::text(id)}));
        c.id = id.toStdString();
        c.title = text(Title).toStdString();
        c.provider = text(Provider).toStdString();
        c.url = text(Url).toStdString();
        c.description = text(Description).toStdString();
        // "none": no one-time price, bought only through an offer of the catalog. An empty cell
        // keeps meaning 0, as it always has, so that no hand-written file changes meaning.
        if (text(Cost).trimmed().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
            c.hasCost = false;
        else
            c.cost = amount(Cost);
        c.hours = amount(Hours);
        readPace(c.pace);
        readGrants(c.grants);
        readRequires(c.prerequisites);
        readCredits(c.credits);
        for (const Part& p : split(text(Tags), QLatin1Char(';')))
            c.tags.push_back(p.text.toStdString());
        c.source = text(Source).toStdString();
        const QString asOf = text(AsOf).trimmed();
        if (!asOf.isEmpty() && !Date::fromIso(asOf.toStdString()))
            fail(AsOf, 0, io::says(Code::CsvAsOfNotADate, {io::qarg::text(asOf)}));
        c.asOf = asOf.toStdString();
        for (const Part& p : split(text(Estimated), QLatin1Char(';'))) {
            if (!io::estimableFields().contains(p.text))
                fail(Estimated, p.offset,
                     io::says(Code::CsvNotEstimable, {io::qarg::text(p.text), io::qarg::texts(io::estimableFields())}));
            c.estimated.push_back(p.text.toStdString());
        }
        if (failed_)
            return std::nullopt;
        return c;
    }

private:
    const CsvRecord& record_;
    const std::array<int, ColumnCount>& index_;
    const QString& file_;
    std::vector<io::LoadError>& problems_;
    bool failed_ = false;

    const CsvField* field(Column c) const {
        const int i = index_[c];
        if (i < 0 || i >= static_cast<int>(record_.fields.size()))
            return nullptr;
        return &record_.fields[i];
    }
    QString text(Column c) const {
        const CsvField* f = field(c);
        return f ? f->text : QString();
    }
    void fail(Column c, int offset, Message what) {
        const CsvField* f = field(c);
        problems_.push_back(io::LoadError{file_, f ? f->line : record_.line, f ? f->column + offset : 0,
                                          QString::fromLatin1(kColumnNames[c]), std::move(what)});
        failed_ = true;
    }

    double amount(Column c) {
        const QString t = text(c).trimmed();
        if (t.isEmpty())
            return 0;
        bool ok = false;
        const double v = t.toDouble(&ok);
        if (!ok || !std::isfinite(v) || v < 0) {
            fail(c, 0, io::says(c == Cost ? Code::CsvCostNotANumber : Code::CsvNotANumber, {io::qarg::text(t)}));
            return 0;
        }
        return v;
    }

    void readPace(cairn::Pace& pace) {
        const QString kind = text(Pace).trimmed().toLower();
        if (kind == QLatin1String("cohort")) {
            pace.kind = cairn::Pace::Kind::Cohort;
        } else if (!kind.isEmpty() && kind != QLatin1String("self-paced") && kind != QLatin1String("self")) {
            fail(Pace, 0, io::says(Code::CsvPace, {io::qarg::text(text(Pace))}));
            return;
        }
        const QString weeks = text(Weeks).trimmed();
        const bool hasStarts = !text(Starts).trimmed().isEmpty();
        if (!pace.isCohort()) {
            // As in a JSON catalog: a self-paced credential has no cohort length or start dates.
            if (!weeks.isEmpty())
                fail(Weeks, 0, io::says(Code::CsvWeeksWithoutCohort));
            if (hasStarts)
                fail(Starts, 0, io::says(Code::CsvStartsWithoutCohort));
            return;
        }
        bool ok = false;
        pace.weeks = weeks.toInt(&ok);
        if (!ok || pace.weeks < 1 || pace.weeks > io::kMaxCohortWeeks)
            fail(Weeks, 0,
                 weeks.isEmpty()
                     ? io::says(Code::CsvWeeksMissing, {arg::count(io::kMaxCohortWeeks)})
                     : io::says(Code::CsvWeeksInvalid, {io::qarg::text(weeks), arg::count(io::kMaxCohortWeeks)}));
        for (const Part& p : split(text(Starts), QLatin1Char(';'))) {
            const auto d = Date::fromIso(p.text.toStdString());
            if (!d)
                fail(Starts, p.offset, io::says(Code::CsvStartNotADate, {io::qarg::text(p.text)}));
            else
                pace.starts.push_back(*d);
        }
    }

    void readGrants(std::vector<SkillLevel>& grants) {
        for (const Part& p : split(text(Grants), QLatin1Char(';'))) {
            const qsizetype at = p.text.indexOf(QLatin1Char('@'));
            // The skill is checked as read: through std::string and back, QString::fromStdString
            // would drop a leading U+FEFF, and the check would pass an id that is not one.
            const QString skill = (at < 0 ? p.text : p.text.left(at)).trimmed();
            SkillLevel g;
            g.skill = skill.toStdString();
            bool ok = true;
            if (at >= 0)
                g.level = p.text.mid(at + 1).trimmed().toInt(&ok);
            if (!io::isId(skill) || !ok || g.level < kMinLevel || g.level > kMaxLevel) {
                fail(Grants, p.offset,
                     io::says(Code::CsvGrant, {io::qarg::text(p.text), arg::count(kMinLevel), arg::count(kMaxLevel)}));
                continue;
            }
            grants.push_back(std::move(g));
        }
    }

    void readRequires(Requirement& r) {
        const std::string t = text(Requires).toStdString();
        auto parsed = parseRequirementText(t);
        if (auto* e = std::get_if<RequirementTextError>(&parsed)) {
            // The offset counts bytes; columns count characters.
            const int column = static_cast<int>(QString::fromUtf8(t.data(), static_cast<qsizetype>(e->offset)).size());
            fail(Requires, column, io::says(Code::CsvRequirementInvalid, {arg::clauses({e->what})}));
            return;
        }
        r = std::get<Requirement>(std::move(parsed));
        if (const int depth = io::requirementGroupDepth(r); depth > io::kMaxRequirementGroups)
            fail(Requires, 0,
                 io::says(Code::CsvGroupsTooDeep, {arg::count(depth), arg::count(io::kMaxRequirementGroups)}));
    }

    void readCredits(std::vector<CreditOffer>& credits) {
        for (const Part& p : split(text(Credits), QLatin1Char(';'))) {
            const QStringList bits = p.text.split(QLatin1Char(':'));
            CreditOffer offer;
            bool ok = bits.size() == 2 || bits.size() == 3;
            if (ok) {
                offer.program = bits[0].trimmed().toStdString();
                offer.credits = bits[1].trimmed().toDouble(&ok);
                // As in a JSON catalog: an offer of no credits is a mistake, not an offer.
                ok = ok && io::isId(bits[0].trimmed()) && std::isfinite(offer.credits) && offer.credits > 0;
            }
            if (ok && bits.size() == 3)
                for (const QString& category : bits[2].split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
                    ok = ok && io::isId(category.trimmed());
                    offer.categories.push_back(category.trimmed().toStdString());
                }
            if (!ok) {
                fail(Credits, p.offset, io::says(Code::CsvCreditOffer, {io::qarg::text(p.text)}));
                continue;
            }
            credits.push_back(std::move(offer));
        }
    }
};

QString joined(const std::vector<std::string>& items, char separator) {
    QString out;
    for (const auto& item : items) {
        if (!out.isEmpty() || &item != &items.front())
            out += QLatin1Char(separator);
        out += exactText(item);
    }
    return out;
}

} // namespace

QStringList credentialCsvColumns() {
    QStringList names;
    for (const char* name : kColumnNames)
        names << QString::fromLatin1(name);
    return names;
}

CredentialCsv readCredentialCsv(const QByteArray& data, const QString& fileName) {
    CredentialCsv out;
    CsvTable table = readCsv(data, fileName);
    out.errors = std::move(table.errors);
    if (table.records.empty()) {
        if (!out.errors.empty()) // not a text file: nothing more to say
            return out;
        out.errors.push_back(io::LoadError{fileName, 1, 1, {}, io::says(Code::CsvEmpty)});
        return out;
    }

    std::array<int, ColumnCount> index;
    index.fill(-1);
    const CsvRecord& header = table.records.front();
    for (int i = 0; i < static_cast<int>(header.fields.size()); ++i) {
        const CsvField& f = header.fields[i];
        const QString name = f.text.trimmed().toLower();
        int column = -1;
        for (int c = 0; c < ColumnCount; ++c)
            if (name == QLatin1String(kColumnNames[c]))
                column = c;
        if (column < 0) {
            out.errors.push_back(io::LoadError{
                fileName, f.line, f.column, f.text,
                io::says(Code::CsvUnknownColumn, {io::qarg::text(f.text), io::qarg::texts(credentialCsvColumns())})});
        } else if (index[column] >= 0) {
            out.errors.push_back(io::LoadError{fileName, f.line, f.column, f.text,
                                               io::says(Code::CsvColumnTwice, {io::qarg::text(f.text)})});
        } else {
            index[column] = i;
        }
    }
    for (const Column required : {Id, Title})
        if (index[required] < 0)
            out.errors.push_back(io::LoadError{fileName, header.line, 1, QString::fromLatin1(kColumnNames[required]),
                                               io::says(Code::CsvColumnMissing, {arg::text(kColumnNames[required])})});

    std::map<std::string, int> firstLine;
    for (std::size_t r = 1; r < table.records.size(); ++r) {
        const CsvRecord& record = table.records[r];
        if (record.fields.size() != header.fields.size()) {
            out.errors.push_back(io::LoadError{
                fileName,
                record.line,
                1,
                {},
                io::says(Code::CsvFieldCount, {arg::count(static_cast<long long>(record.fields.size())),
                                               arg::count(static_cast<long long>(header.fields.size()))})});
            continue;
        }
        auto credential = RowReader(record, index, fileName, out.errors).read();
        if (!credential)
            continue;
        const auto [seen, fresh] = firstLine.emplace(credential->id, record.line);
        if (!fresh) {
            const CsvField& f = record.fields[index[Id]];
            out.errors.push_back(
                io::LoadError{fileName, f.line, f.column, QStringLiteral("id"),
                              io::says(Code::CsvDuplicateId, {arg::text(credential->id), arg::count(seen->second)})});
            continue;
        }
        out.credentials.push_back(std::move(*credential));
        out.lines.push_back(record.line);
    }
    return out;
}

QByteArray writeCredentialCsv(const std::vector<Credential>& credentials) {
    QByteArray out;
    out.reserve(static_cast<qsizetype>(credentials.size()) * 160 + 200);
    io::appendCsvRecord(out, credentialCsvColumns());
    QStringList row;
    for (const Credential& c : credentials) {
        QString starts;
        for (const Date& d : c.pace.starts)
            starts += (starts.isEmpty() ? QString() : QStringLiteral(";")) + QString::fromStdString(d.toIso());
        QString grants;
        for (const SkillLevel& g : c.grants)
            grants += (grants.isEmpty() ? QString() : QStringLiteral(";")) + QString::fromStdString(g.skill) +
                      QLatin1Char('@') + QString::number(g.level);
        QString credits;
        for (const CreditOffer& o : c.credits) {
            credits += (credits.isEmpty() ? QString() : QStringLiteral(";")) + QString::fromStdString(o.program) +
                       QLatin1Char(':') + number(o.credits);
            if (!o.categories.empty())
                credits += QLatin1Char(':') + joined(o.categories, '|');
        }
        row = {exactText(c.id),
               exactText(c.title),
               exactText(c.provider),
               exactText(c.url),
               c.hasCost ? number(c.cost) : QStringLiteral("none"),
               number(c.hours),
               c.pace.isCohort() ? QStringLiteral("cohort") : QStringLiteral("self"),
               c.pace.weeks == 0 ? QString() : QString::number(c.pace.weeks),
               starts,
               grants,
               exactText(toText(c.prerequisites)),
               credits,
               joined(c.tags, ';'),
               exactText(c.source),
               exactText(c.asOf),
               exactText(c.description),
               joined(c.estimated, ';')};
        io::appendCsvRecord(out, row);
    }
    return out;
}

} // namespace cairn::store
