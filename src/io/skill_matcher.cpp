#include "cairn/io/skill_matcher.h"

#include <QHash>
#include <algorithm>
#include <unordered_map>

namespace cairn::io {

using namespace Qt::Literals::StringLiterals;

namespace {

/// A word of a text: where it is, and its matching form.
struct Word {
    qsizetype start = 0;
    qsizetype end = 0;
    QString form;
    bool joined = false; ///< only spaces and hyphens stand between it and the word before
};

bool isWordChar(QChar c) {
    return c.isLetterOrNumber() || c == u'+' || c == u'#';
}

/// Splits `text` into words: letters and digits, with "+" and "#" (C++, C#) and a dot or an
/// apostrophe between letters (node.js, ASP.NET, O'Reilly) kept inside a word.
std::vector<Word> words(QStringView text) {
    std::vector<Word> out;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (!isWordChar(text[i])) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n &&
               (isWordChar(text[i]) || ((text[i] == u'.' || text[i] == u'\'') && i + 1 < n &&
                                        text[i + 1].isLetterOrNumber() && i > start && text[i - 1].isLetterOrNumber())))
            ++i;
        bool joined = !out.empty();
        for (qsizetype g = out.empty() ? 0 : out.back().end; joined && g < start; ++g)
            joined = text[g].isSpace() || text[g] == u'-' || text[g] == u'\u2010';
        out.push_back({start, i, matchingForm(text.sliced(start, i - start).toString()), joined});
    }
    return out;
}

/// Whether a label of one word names a skill often enough to be looked for: a name or acronym
/// written with capitals, digits, "+" or "#" ("SQL", "C#", "WordPress", a preferred "Python"), or
/// a preferred label of five letters or more ("statistics", "logistics"). Alternative labels of
/// one common word ("data", "design", "lead", "reporting") name something else far more often.
bool trustedSingleWord(QStringView word, bool preferred) {
    if (word.size() < 2)
        return false;
    int capitals = 0;
    bool marks = false;
    for (QChar c : word) {
        capitals += c.isUpper() ? 1 : 0;
        marks = marks || c.isDigit() || c == u'+' || c == u'#';
    }
    const bool innerCapital = capitals > (word.front().isUpper() ? 1 : 0);
    if (marks)
        return true;
    // Two capitals ("IT", "UX", "HR") stand for too many things; three ("SQL", "ETL") rarely do.
    if (innerCapital)
        return word.size() >= 3;
    if (preferred)
        return word.front().isUpper() ? word.size() >= 3 : word.size() >= 5;
    return false;
}

/// A label that begins or ends with one of these words is a fragment of a longer one (ESCO has
/// "and procedures", "liaise with other"), not a skill's name.
bool isFragment(const QString& form) {
    static const QStringList kWords = {u"a"_s,  u"an"_s,  u"and"_s,  u"or"_s, u"of"_s,    u"the"_s,
                                       u"to"_s, u"for"_s, u"with"_s, u"in"_s, u"other"_s, u"on"_s};
    return kWords.contains(form);
}

/// Whether `word` of a text spells one of the one-word labels `labels` (case-folded), or its plural.
/// A label written with a capital ("Polish", "English", not an acronym such as "SQL") is a name,
/// and a text writes it so too: "polish the surface" names no language.
bool spellsAnyLabel(QStringView text, const QStringList& labels) {
    const QString word = text.toString().toCaseFolded();
    return std::any_of(labels.begin(), labels.end(), [&](const QString& written) {
        const bool name = written.front().isUpper() && written != written.toUpper();
        if (name && !text.front().isUpper())
            return false;
        const QString label = written.toCaseFolded();
        return word == label || word == label + u's' || word == label + u"es"_s ||
               (label.endsWith(u'y') && word == label.chopped(1) + u"ies"_s);
    });
}

} // namespace

QString matchingForm(const QString& word) {
    QString w = word.toCaseFolded();
    // Light, predictable suffix removal: the same on labels and text, so "analysing",
    // "analyses" and "analyse" meet at "analys". Short words are left alone ("bus", "ms").
    auto drop = [&](qsizetype n) { w.chop(n); };
    if (w.size() > 4 && w.endsWith(u"ies"))
        w = w.chopped(3) + u'y';
    else if (w.size() > 4 && w.endsWith(u"sses"))
        drop(2);
    else if (w.size() > 3 && w.endsWith(u's') && !w.endsWith(u"ss") && !w.endsWith(u"us") && !w.endsWith(u"is"))
        drop(1);
    if (w.size() > 5 && w.endsWith(u"ing"))
        drop(3);
    else if (w.size() > 4 && w.endsWith(u"ed"))
        drop(2);
    // "planning" → "plann" → "plan"; "managed" → "manag" and "manage" → "manag" below.
    if (w.size() > 3 && w[w.size() - 1] == w[w.size() - 2] && w[w.size() - 1].isLetter() && w.back() != u's' &&
        w.back() != u'l')
        drop(1);
    if (w.size() > 4 && w.endsWith(u'e'))
        drop(1);
    return w;
}

/// A trie over word forms: each node's children by word, and the skills whose label ends there.
struct SkillMatcher::Index {
    struct Node {
        std::unordered_map<int, int> next; ///< word id → node
        std::vector<int> skills;           ///< skills whose label ends here, best first
        int preferredCount = 0;            ///< how many of `skills` have it as preferred label
        /// For labels of one word: those words as written, one of which the text must spell the
        /// same, in any case (or as its plural); a single word stripped of its ending says too
        /// little.
        QStringList single;
    };
    QHash<QString, int> wordIds;
    std::vector<Node> nodes{1};

    int wordId(const QString& form, bool add) {
        const auto it = wordIds.constFind(form);
        if (it != wordIds.cend())
            return it.value();
        if (!add)
            return -1;
        const int id = static_cast<int>(wordIds.size());
        wordIds.insert(form, id);
        return id;
    }

    void addLabel(const std::string& label, int skill, bool preferred) {
        // "Python (computer programming)" is named "Python" in a text.
        QString text = QString::fromStdString(label);
        if (const qsizetype open = text.indexOf(u" ("_s); open > 0 && text.endsWith(u')'))
            text.truncate(open);
        const auto ws = words(text);
        if (ws.empty() || isFragment(ws.front().form) || isFragment(ws.back().form))
            return;
        if (ws.size() == 1 && !trustedSingleWord(text.sliced(ws[0].start, ws[0].end - ws[0].start), preferred))
            return;
        int node = 0;
        for (const auto& w : ws) {
            const int id = wordId(w.form, true);
            const auto it = nodes[node].next.find(id);
            if (it != nodes[node].next.end()) {
                node = it->second;
            } else {
                nodes.emplace_back();
                nodes[node].next.emplace(id, static_cast<int>(nodes.size()) - 1);
                node = static_cast<int>(nodes.size()) - 1;
            }
        }
        Node& end = nodes[node];
        if (std::find(end.skills.begin(), end.skills.end(), skill) != end.skills.end())
            return;
        if (ws.size() == 1 && !end.single.contains(text.sliced(ws[0].start, ws[0].end - ws[0].start)))
            end.single << text.sliced(ws[0].start, ws[0].end - ws[0].start);
        if (preferred)
            end.skills.insert(end.skills.begin() + end.preferredCount++, skill);
        else
            end.skills.push_back(skill);
    }
};

SkillMatcher::SkillMatcher(std::shared_ptr<const EscoData> data)
    : data_(std::move(data)), index_(std::make_unique<Index>()) {
    for (std::size_t s = 0; s < data_->skills.size(); ++s)
        for (const auto& labels : data_->skills[s].labels) {
            index_->addLabel(labels.preferred, static_cast<int>(s), true);
            for (const auto& alt : labels.alternatives)
                index_->addLabel(alt, static_cast<int>(s), false);
        }
}

SkillMatcher::~SkillMatcher() = default;

std::vector<SkillMention> SkillMatcher::find(const QString& text) const {
    const QStringView view = QStringView(text).first(std::min(text.size(), kMaxMatchedChars));
    const auto ws = words(view);
    std::vector<int> ids(ws.size());
    for (std::size_t i = 0; i < ws.size(); ++i)
        ids[i] = index_->wordId(ws[i].form, false);

    // Every label that occurs: [first word, last word + 1) and its trie node.
    struct Candidate {
        std::size_t from, to;
        int node;
    };
    std::vector<Candidate> candidates;
    for (std::size_t i = 0; i < ws.size(); ++i) {
        int node = 0;
        for (std::size_t j = i; j < ws.size() && ids[j] >= 0 && (j == i || ws[j].joined); ++j) {
            const auto& next = index_->nodes[node].next;
            const auto it = next.find(ids[j]);
            if (it == next.end())
                break;
            node = it->second;
            const auto& end = index_->nodes[node];
            if (end.skills.empty())
                continue;
            if (j == i && !spellsAnyLabel(view.sliced(ws[i].start, ws[i].end - ws[i].start), end.single))
                continue;
            candidates.push_back({i, j + 1, node});
        }
    }
    // The most words first, over the whole text; of as many words, a skill's preferred label before
    // an alternative one ("use search engine optimisation" is "search engine optimisation", not
    // "use search engine"; "data mining techniques" is "data mining", not "mining techniques"),
    // then the earlier. Phrases never overlap.
    auto chars = [&](const Candidate& c) { return ws[c.to - 1].end - ws[c.from].start; };
    auto preferred = [&](const Candidate& c) { return index_->nodes[c.node].preferredCount > 0; };
    std::stable_sort(candidates.begin(), candidates.end(), [&](const Candidate& a, const Candidate& b) {
        if (a.to - a.from != b.to - b.from)
            return a.to - a.from > b.to - b.from;
        return preferred(a) && !preferred(b);
    });
    std::vector<bool> taken(ws.size(), false);
    std::vector<SkillMention> found;
    for (const auto& c : candidates) {
        if (std::any_of(taken.begin() + static_cast<std::ptrdiff_t>(c.from),
                        taken.begin() + static_cast<std::ptrdiff_t>(c.to), [](bool t) { return t; }))
            continue;
        std::fill(taken.begin() + static_cast<std::ptrdiff_t>(c.from),
                  taken.begin() + static_cast<std::ptrdiff_t>(c.to), true);
        found.push_back({ws[c.from].start, chars(c), index_->nodes[c.node].skills});
    }
    std::sort(found.begin(), found.end(),
              [](const SkillMention& a, const SkillMention& b) { return a.start < b.start; });
    return found;
}

} // namespace cairn::io
