#pragma once

#include "cairn/io/esco_data.h"
#include "cairn/io/esco_goal.h"
#include "cairn/io/onet_data.h"

#include <QString>
#include <memory>
#include <vector>

namespace cairn::io {

/// A phrase of a text that names ESCO skills, O*NET technologies or both.
struct SkillMention {
    qsizetype start = 0; ///< UTF-16 offset of the phrase in the text
    qsizetype length = 0;
    /// Indices into EscoData::skills of the skills with this label, best first: a skill whose
    /// preferred label it is comes before one for which it is an alternative.
    std::vector<int> skills;
    /// Indices into OnetData::technologies of the technologies with this name, best first: one
    /// called so exactly before one that a shorter form of its name names (see SkillMatcher).
    std::vector<int> technologies;
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
///
/// Given O*NET data, it finds O*NET technologies by the same rules, by their names and by the
/// shorter forms a job ad writes: without a closing "software" ("Salesforce software"), without
/// the vendor's name ("Microsoft Excel": "Excel"), and as the acronym that ends a name when its
/// letters are the initials of the words before it ("Structured query language SQL": "SQL",
/// "structured query language"). A name or form of one word must be a name or acronym as above,
/// and not a word that ESCO's labels use in lower case ("Word", "Project", "Access" name other
/// things far more often), unless ESCO already looks for that word as a skill.
class SkillMatcher {
public:
    /// Builds the index of every label of `data` (a few hundred milliseconds for ESCO) and every
    /// technology name of `onet` when given; keep it.
    explicit SkillMatcher(std::shared_ptr<const EscoData> data, std::shared_ptr<const OnetData> onet = nullptr);
    ~SkillMatcher();
    SkillMatcher(const SkillMatcher&) = delete;
    SkillMatcher& operator=(const SkillMatcher&) = delete;

    /// The mentions in `text`, in the order they occur. Reads at most kMaxMatchedChars of it.
    [[nodiscard]] std::vector<SkillMention> find(const QString& text) const;

    [[nodiscard]] const EscoData& data() const { return *data_; }
    /// The O*NET data, null when the matcher was built without it.
    [[nodiscard]] const OnetData* onet() const { return onet_.get(); }
    /// The ESCO skill called as the technology is (escoSkillsNamed), -1 when there is none.
    [[nodiscard]] int technologySkill(int technology) const;

private:
    struct Index;
    std::shared_ptr<const EscoData> data_;
    std::shared_ptr<const OnetData> onet_;
    std::vector<int> technologySkills_;
    std::unique_ptr<Index> index_;
};

/// The goal skill a mention names: its first ESCO skill when the matcher found one, else the ESCO
/// skill called as its technology (SkillMatcher::technologySkill); with the technology's name in
/// `onet` when it names one. Labelled as the ESCO skill, else as the technology; at the level
/// `levels` gives the ESCO skill, else `levels.technology`; essential.
WantedSkill wantedSkill(const SkillMatcher& matcher, const SkillMention& mention, const GoalLevels& levels = {},
                        const std::string& language = "en");

/// The word form the matcher compares: case-folded, with a common English ending removed.
/// Exposed for the tests.
QString matchingForm(const QString& word);

} // namespace cairn::io
