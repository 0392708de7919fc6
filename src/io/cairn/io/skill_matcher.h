#pragma once

#include "cairn/io/esco_data.h"

#include <QString>
#include <memory>
#include <vector>

namespace cairn::io {

/// A phrase of a text that names ESCO skills.
struct SkillMention {
    qsizetype start = 0; ///< UTF-16 offset of the phrase in the text
    qsizetype length = 0;
    /// Indices into EscoData::skills of the skills with this label, best first: a skill whose
    /// preferred label it is comes before one for which it is an alternative.
    std::vector<int> skills;
};

/// The most characters of text the matcher looks at: some fifty pages, far beyond a job ad.
inline constexpr qsizetype kMaxMatchedChars = 200'000;

/// Finds the ESCO skills a text names, by their preferred and alternative labels in every
/// language of the data. Deterministic and local:
/// - words are compared case-folded ("SQL", "sql") and with common English endings removed
///   ("dashboards", "managing", "managed" match "dashboard", "manage");
/// - a label of several words matches those words in a row, whatever spaces, hyphens or line
///   breaks stand between them;
/// - the longest labels (in words) are taken first, over the whole text ("data analysis" before
///   "analysis"); of as many words, a preferred label before an alternative one ("search engine
///   optimisation" before "use search engine"), then the earlier; phrases do not overlap;
/// - a label of one word must be a name or acronym ("SQL", "Python") or a preferred label of five
///   letters or more, spelled as written or as a plural: common words that ESCO lists as
///   alternative labels ("data", "design", "lead") name something else far more often;
/// - only whole words match: "R" is not found in "React", "art" not in "start".
class SkillMatcher {
public:
    /// Builds the index of every label of `data` (a few hundred milliseconds for ESCO); keep it.
    explicit SkillMatcher(std::shared_ptr<const EscoData> data);
    ~SkillMatcher();
    SkillMatcher(const SkillMatcher&) = delete;
    SkillMatcher& operator=(const SkillMatcher&) = delete;

    /// The mentions in `text`, in the order they occur. Reads at most kMaxMatchedChars of it.
    [[nodiscard]] std::vector<SkillMention> find(const QString& text) const;

    [[nodiscard]] const EscoData& data() const { return *data_; }

private:
    struct Index;
    std::shared_ptr<const EscoData> data_;
    std::unique_ptr<Index> index_;
};

/// The word form the matcher compares: case-folded, with a common English ending removed.
/// Exposed for the tests.
QString matchingForm(const QString& word);

} // namespace cairn::io
