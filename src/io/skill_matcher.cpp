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
        const QString text = QString::fromStdString(label);
        const auto ws = words(text);
        // One or two characters alone ("R", "IT", "Go") are ordinary words far more often than
        // skills; longer labels that contain them still match.
        if (ws.empty() || (ws.size() == 1 && ws.front().end - ws.front().start < 3))
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

    std::vector<SkillMention> found;
    std::size_t i = 0;
    while (i < ws.size()) {
        // The longest label starting at word i.
        int node = 0;
        std::size_t bestEnd = 0;
        int bestNode = -1;
        for (std::size_t j = i; j < ws.size() && ids[j] >= 0 && (j == i || ws[j].joined); ++j) {
            const auto& next = index_->nodes[node].next;
            const auto it = next.find(ids[j]);
            if (it == next.end())
                break;
            node = it->second;
            if (!index_->nodes[node].skills.empty()) {
                bestEnd = j + 1;
                bestNode = node;
            }
        }
        if (bestNode < 0) {
            ++i;
            continue;
        }
        found.push_back({ws[i].start, ws[bestEnd - 1].end - ws[i].start, index_->nodes[bestNode].skills});
        i = bestEnd;
    }
    return found;
}

} // namespace cairn::io
