#include "cairn/io/skill_matcher.h"

#include "cairn/io/onet_goal.h"

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

/// Whether a word is written as a name no dictionary has: with digits, "+" or "#", or with a
/// capital after a small letter ("C#", "MySQL", "jQuery", "LinkedIn"). "SQL" or "BASIC" is not:
/// O*NET writes acronyms that are words too.
bool isMarked(QStringView word) {
    if (std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit() || c == u'+' || c == u'#'; }))
        return true;
    for (qsizetype i = 1; i < word.size(); ++i)
        if (word[i].isUpper() && word[i - 1].isLower())
            return true;
    return false;
}

/// Whether `acronym` (capitals and digits) is made of the initials of the words that end `ws`,
/// small words in lower case ("for", "of") aside: "VBA" of "Visual Basic for Applications".
/// Returns how many words it stands for, 0 when it is no such acronym.
qsizetype acronymOf(const QStringList& ws, const QString& acronym) {
    if (acronym.size() < 2 || acronym != acronym.toUpper() || !acronym.front().isLetter())
        return 0;
    qsizetype w = ws.size();
    for (qsizetype a = acronym.size() - 1; a >= 0; --a) {
        while (w > 0 && ws[w - 1].size() <= 3 && ws[w - 1] == ws[w - 1].toLower() && ws[w - 1].front() != acronym[a])
            --w;
        if (w == 0 || ws[w - 1].front().toUpper() != acronym[a])
            return 0;
        --w;
    }
    return ws.size() - w;
}

/// A technology's name and the shorter forms a job ad writes it in, the name first.
QStringList technologyForms(const QString& name) {
    static const QStringList kVendors = {u"Microsoft"_s, u"Oracle"_s, u"Adobe"_s,        u"Google"_s,
                                         u"IBM"_s,       u"Apache"_s, u"Atlassian"_s,    u"Autodesk"_s,
                                         u"ESRI"_s,      u"Intuit"_s, u"The MathWorks"_s};
    QStringList forms{name};
    QString base = name;
    QString bracketed;
    if (const qsizetype open = base.lastIndexOf(u" ("_s); open > 0 && base.endsWith(u')')) {
        bracketed = base.sliced(open + 2).chopped(1);
        base.truncate(open);
    }
    if (base.endsWith(u" software"_s) && base.size() > 9)
        base.chop(9);
    QStringList ws = base.split(u' ', Qt::SkipEmptyParts);
    QStringList bases{base};
    const QString acronym = bracketed.isEmpty() ? ws.value(ws.size() - 1) : bracketed;
    const QStringList before = bracketed.isEmpty() ? ws.mid(0, ws.size() - 1) : ws;
    // The acronym of the whole name, or of all but its vendor: "Moz search engine optimization SEO"
    // is a product of Moz, not SEO.
    const qsizetype covered = acronymOf(before, acronym);
    const QString rest = before.mid(0, before.size() - covered).join(u' ');
    if (covered > 0 && (rest.isEmpty() || kVendors.contains(rest))) {
        forms << acronym;
        bases << before.join(u' ');
    }
    for (const QString& b : std::as_const(bases)) {
        forms << b;
        for (const QString& vendor : kVendors)
            if (b.startsWith(vendor + u' '))
                forms << b.sliced(vendor.size() + 1);
    }
    forms.removeDuplicates();
    return forms;
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
        std::vector<int> technologies;     ///< technologies whose name or form ends here, best first
        int exactTechnologies = 0;         ///< how many of `technologies` have it as their name
        /// Technologies' acronyms of one word ("DNS", "APPS"), which a text must write in capitals.
        QStringList capitals;
        /// For labels of one word: those words as written, one of which the text must spell the
        /// same, in any case (or as its plural); a single word stripped of its ending says too
        /// little.
        QStringList single;
    };
    QHash<QString, int> wordIds;
    std::vector<Node> nodes{1};
    /// How many of ESCO's labels write each word form in lower case: a word that five or more do
    /// ("windows", "project", "word") is a common word; one that a label or two use as a verb
    /// ("excel", "outlook") is still a name when capitalised.
    QHash<QString, int> lowercaseUses;
    static constexpr int kCommonUses = 5;

    bool isCommon(const QString& form) const { return lowercaseUses.value(form) >= kCommonUses; }

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

    /// The node the words lead to; -1 when they lead nowhere and `add` is false.
    int nodeFor(const std::vector<Word>& ws, bool add) {
        int node = 0;
        for (const auto& w : ws) {
            const int id = wordId(w.form, add);
            const auto it = id < 0 ? nodes[node].next.end() : nodes[node].next.find(id);
            if (it != nodes[node].next.end()) {
                node = it->second;
            } else if (!add) {
                return -1;
            } else {
                nodes.emplace_back();
                nodes[node].next.emplace(id, static_cast<int>(nodes.size()) - 1);
                node = static_cast<int>(nodes.size()) - 1;
            }
        }
        return node;
    }

    void addLabel(const std::string& label, int skill, bool preferred) {
        // "Python (computer programming)" is named "Python" in a text.
        QString text = QString::fromStdString(label);
        if (const qsizetype open = text.indexOf(u" ("_s); open > 0 && text.endsWith(u')'))
            text.truncate(open);
        const auto ws = words(text);
        for (const auto& w : ws)
            if (const QStringView written = QStringView(text).sliced(w.start, w.end - w.start);
                written == written.toString().toLower())
                ++lowercaseUses[w.form];
        if (ws.empty() || isFragment(ws.front().form) || isFragment(ws.back().form))
            return;
        if (ws.size() == 1 && !trustedSingleWord(text.sliced(ws[0].start, ws[0].end - ws[0].start), preferred))
            return;
        Node& end = nodes[nodeFor(ws, true)];
        if (std::find(end.skills.begin(), end.skills.end(), skill) != end.skills.end())
            return;
        if (ws.size() == 1 && !end.single.contains(text.sliced(ws[0].start, ws[0].end - ws[0].start)))
            end.single << text.sliced(ws[0].start, ws[0].end - ws[0].start);
        if (preferred)
            end.skills.insert(end.skills.begin() + end.preferredCount++, skill);
        else
            end.skills.push_back(skill);
    }

    /// Adds a technology's name (`exact`) or a shorter form of it.
    void addTechnology(const QString& name, int technology, bool exact) {
        const auto ws = words(name);
        if (ws.empty() || isFragment(ws.front().form) || isFragment(ws.back().form))
            return;
        auto written = [&](const Word& w) { return QStringView(name).sliced(w.start, w.end - w.start); };
        const QStringView single = ws.size() == 1 ? written(ws[0]) : QStringView();
        if (ws.size() == 1 && !trustedSingleWord(single, true))
            return;
        // Words that ESCO writes in lower case, even when O*NET writes them in capitals ("BASIC",
        // "CASE", "APPS"), are common words.
        const bool common =
            std::all_of(ws.begin(), ws.end(), [&](const Word& w) { return !isMarked(written(w)) && isCommon(w.form); });
        // A shorter form of common words names a kind of tool ("Data mining software": "data
        // mining"), not one.
        if (common && !exact)
            return;
        int node = -1;
        if (common && ws.size() == 1) {
            // A common word: looked for only where ESCO already looks for it as a skill.
            node = nodeFor(ws, false);
            if (node < 0 || nodes[node].skills.empty())
                return;
        } else {
            node = nodeFor(ws, true);
        }
        Node& end = nodes[node];
        if (std::find(end.technologies.begin(), end.technologies.end(), technology) != end.technologies.end())
            return;
        const bool acronym = single.size() > 1 && single.toString() == single.toString().toUpper();
        QStringList& spellings = acronym ? end.capitals : end.single;
        if (ws.size() == 1 && !spellings.contains(single))
            spellings << single.toString();
        if (exact)
            end.technologies.insert(end.technologies.begin() + end.exactTechnologies++, technology);
        else
            end.technologies.push_back(technology);
    }
};

SkillMatcher::SkillMatcher(std::shared_ptr<const EscoData> data, std::shared_ptr<const OnetData> onet)
    : data_(std::move(data)), onet_(std::move(onet)), index_(std::make_unique<Index>()) {
    for (std::size_t s = 0; s < data_->skills.size(); ++s)
        for (const auto& labels : data_->skills[s].labels) {
            index_->addLabel(labels.preferred, static_cast<int>(s), true);
            for (const auto& alt : labels.alternatives)
                index_->addLabel(alt, static_cast<int>(s), false);
        }
    if (!onet_)
        return;
    // After ESCO's labels: which words are common is known only then.
    for (std::size_t t = 0; t < onet_->technologies.size(); ++t) {
        const QStringList forms = technologyForms(QString::fromStdString(onet_->technologies[t]));
        for (qsizetype f = 0; f < forms.size(); ++f)
            index_->addTechnology(forms[f], static_cast<int>(t), f == 0);
    }
    technologySkills_ = escoSkillsNamed(*data_, onet_->technologies);
    // Of the technologies a shorter form names, the one more occupations use comes first: "SQL"
    // is "Structured query language SQL", not the rarer "Structure query language SQL".
    std::vector<int> uses(onet_->technologies.size(), 0);
    for (const auto& o : onet_->occupations)
        for (const auto& u : o.technologies)
            ++uses[static_cast<std::size_t>(u.technology)];
    for (auto& node : index_->nodes)
        std::stable_sort(
            node.technologies.begin() + node.exactTechnologies, node.technologies.end(),
            [&](int a, int b) { return uses[static_cast<std::size_t>(a)] > uses[static_cast<std::size_t>(b)]; });
}

WantedSkill wantedSkill(const SkillMatcher& matcher, const SkillMention& m, const GoalLevels& levels,
                        const std::string& language) {
    WantedSkill w;
    int skill = m.skills.empty() ? -1 : m.skills.front();
    if (!m.technologies.empty() && matcher.onet()) {
        w.onet = matcher.onet()->technologies[static_cast<std::size_t>(m.technologies.front())];
        w.label = w.onet;
        w.level = levels.technology;
        if (skill < 0)
            skill = matcher.technologySkill(m.technologies.front());
    }
    if (skill >= 0) {
        const auto& s = matcher.data().skills[static_cast<std::size_t>(skill)];
        w.esco = s.uri();
        if (m.skills.empty())
            return w;
        w.label = s.label(language);
        w.level = levels.levelFor(s);
    }
    return w;
}

int SkillMatcher::technologySkill(int technology) const {
    return technology >= 0 && static_cast<std::size_t>(technology) < technologySkills_.size()
               ? technologySkills_[static_cast<std::size_t>(technology)]
               : -1;
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
            if (end.skills.empty() && end.technologies.empty())
                continue;
            if (j == i && !spellsAnyLabel(view.sliced(ws[i].start, ws[i].end - ws[i].start), end.single) &&
                !end.capitals.contains(view.sliced(ws[i].start, ws[i].end - ws[i].start)))
                continue;
            candidates.push_back({i, j + 1, node});
        }
    }
    // The most words first, over the whole text; of as many words, a skill's preferred label before
    // an alternative one ("use search engine optimisation" is "search engine optimisation", not
    // "use search engine"; "data mining techniques" is "data mining", not "mining techniques"),
    // then the earlier. Phrases never overlap.
    auto chars = [&](const Candidate& c) { return ws[c.to - 1].end - ws[c.from].start; };
    auto preferred = [&](const Candidate& c) {
        const auto& node = index_->nodes[c.node];
        return node.preferredCount > 0 || node.exactTechnologies > 0;
    };
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
        found.push_back({ws[c.from].start, chars(c), index_->nodes[c.node].skills, index_->nodes[c.node].technologies});
    }
    std::sort(found.begin(), found.end(),
              [](const SkillMention& a, const SkillMention& b) { return a.start < b.start; });
    return found;
}

} // namespace cairn::io
