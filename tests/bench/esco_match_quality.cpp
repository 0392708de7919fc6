// How well the job-ad matcher finds skills, measured on ESCO's own data: each occupation's
// description (from ESCO's occupations_en.csv) against its essential and optional skills (from
// the bundled data). Run by hand; the figures are in docs/performance.md.
//   unzip -p esco-v1.1.1-classification-en-csv.zip occupations_en.csv > /tmp/occupations_en.csv
//   build/dev/tests/bench/cairn_esco_match_quality /tmp/occupations_en.csv [--phrases]
// --phrases lists the phrases that most often name a skill unrelated to the occupation.
//
// Recall on findable skills: of the essential skills one of whose English labels occurs in the
// description (whole words, any case), the share the matcher reports. Precision: of the skills
// the matcher reports (the first skill of each phrase, once per occupation), the share that are
// essential or optional for the occupation.

#include <QFile>
#include <QHash>
#include <QSet>
#include <cairn/io/esco_data.h>
#include <cairn/io/onet_data.h>
#include <cairn/io/skill_matcher.h>
#include <cstdio>

using namespace cairn;

namespace {

/// The records of an RFC 4180 CSV text (quoted fields may hold commas, quotes and line breaks).
std::vector<QStringList> csvRecords(const QString& text) {
    std::vector<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"')
                field += text[++i];
            else if (c == u'"')
                quoted = false;
            else
                field += c;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            record << field;
            field.clear();
            records.push_back(record);
            record.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        records.push_back(record << field);
    return records;
}

/// Whether `label` occurs in `text` (both case-folded) as whole words.
bool occurs(const QString& text, const QString& label) {
    for (qsizetype at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + 1)) {
        const bool startsWord = at == 0 || !text[at - 1].isLetterOrNumber();
        const qsizetype end = at + label.size();
        const bool endsWord = end == text.size() || !text[end].isLetterOrNumber();
        if (startsWord && endsWord)
            return true;
    }
    return false;
}

bool findable(const io::EscoSkill& skill, const QString& description) {
    for (const auto& labels : skill.labels) {
        if (occurs(description, QString::fromStdString(labels.preferred).toCaseFolded()))
            return true;
        for (const auto& alt : labels.alternatives)
            if (occurs(description, QString::fromStdString(alt).toCaseFolded()))
                return true;
    }
    return false;
}

} // namespace

int main(int argc, char** argv) {
    const bool listPhrases = argc == 3 && QByteArray(argv[2]) == "--phrases";
    if (argc != 2 && !listPhrases) {
        std::fprintf(stderr, "usage: %s occupations_en.csv [--phrases]\n", argv[0]);
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: cannot open\n", argv[1]);
        return 2;
    }
    const auto records = csvRecords(QString::fromUtf8(file.readAll()));
    const auto esco = io::bundledEscoData();
    if (!esco.ok()) {
        std::fprintf(stderr, "the bundled ESCO data cannot be read\n");
        return 1;
    }
    const io::EscoData& data = **esco.value;
    const auto onet = io::bundledOnetData();
    if (!onet.ok()) {
        std::fprintf(stderr, "the bundled O*NET data cannot be read\n");
        return 1;
    }
    // As cairn-cli and the app match: with O*NET's technologies, which may take words from ESCO's
    // labels. A phrase that names a technology alone is no ESCO skill and is counted apart.
    const io::SkillMatcher matcher(*esco.value, *onet.value);
    const QStringList header = records.front();
    const qsizetype uriColumn = header.indexOf(QStringLiteral("conceptUri"));
    const qsizetype descriptionColumn = header.indexOf(QStringLiteral("description"));
    if (uriColumn < 0 || descriptionColumn < 0) {
        std::fprintf(stderr, "%s: no conceptUri or description column\n", argv[1]);
        return 2;
    }

    QHash<QString, int> unrelated; // phrase → how often it named an unrelated skill
    long occupations = 0, findableSkills = 0, foundFirst = 0, foundAny = 0, reported = 0, relevant = 0;
    long technologyPhrases = 0, technologyAlone = 0;
    for (std::size_t r = 1; r < records.size(); ++r) {
        const QStringList& row = records[r];
        if (row.size() <= std::max(uriColumn, descriptionColumn))
            continue;
        const int o = data.findOccupation(row[uriColumn].toStdString());
        if (o < 0)
            continue;
        ++occupations;
        const auto& occupation = data.occupations[static_cast<std::size_t>(o)];
        const QString description = row[descriptionColumn];
        const QString folded = description.toCaseFolded();
        QSet<int> first, any;
        QHash<int, QString> phraseOf;
        for (const auto& m : matcher.find(description)) {
            technologyPhrases += m.technologies.empty() ? 0 : 1;
            if (m.skills.empty()) {
                ++technologyAlone;
                continue;
            }
            first.insert(m.skills.front());
            phraseOf.insert(m.skills.front(), description.mid(m.start, m.length).toCaseFolded());
            for (int s : m.skills)
                any.insert(s);
        }
        for (int s : occupation.essential) {
            if (!findable(data.skills[static_cast<std::size_t>(s)], folded))
                continue;
            ++findableSkills;
            foundFirst += first.contains(s) ? 1 : 0;
            foundAny += any.contains(s) ? 1 : 0;
        }
        for (int s : first) {
            ++reported;
            const bool isEssential =
                std::find(occupation.essential.begin(), occupation.essential.end(), s) != occupation.essential.end();
            const bool isOptional =
                std::find(occupation.optional.begin(), occupation.optional.end(), s) != occupation.optional.end();
            relevant += isEssential || isOptional ? 1 : 0;
            if (!isEssential && !isOptional)
                ++unrelated[phraseOf.value(s)];
        }
    }
    auto share = [](long part, long whole) { return whole == 0 ? 0.0 : 100.0 * static_cast<double>(part) / whole; };
    std::printf("occupations: %ld\n", occupations);
    std::printf("findable essential skills: %ld\n", findableSkills);
    std::printf("recall on findable skills: %.1f%% (%ld; %.1f%% when any skill of a phrase counts)\n",
                share(foundFirst, findableSkills), foundFirst, share(foundAny, findableSkills));
    std::printf("reported skills: %ld\n", reported);
    std::printf("precision (essential or optional): %.1f%% (%ld)\n", share(relevant, reported), relevant);
    std::printf("phrases naming an O*NET technology: %ld (%ld of them no ESCO skill)\n", technologyPhrases,
                technologyAlone);
    if (listPhrases) {
        std::vector<std::pair<int, QString>> top;
        for (auto it = unrelated.cbegin(); it != unrelated.cend(); ++it)
            top.emplace_back(it.value(), it.key());
        std::sort(top.begin(), top.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        for (std::size_t i = 0; i < std::min<std::size_t>(top.size(), 30); ++i)
            std::printf("%6d  %s\n", top[i].first, top[i].second.toUtf8().constData());
    }
    return 0;
}
