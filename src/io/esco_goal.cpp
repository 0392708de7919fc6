#include "cairn/io/esco_goal.h"

#include "title_match.h"

#include <algorithm>

namespace cairn::io {

using namespace Qt::Literals::StringLiterals;

int GoalLevels::levelFor(const EscoSkill& s) const {
    if (s.reuse == EscoSkill::Reuse::Transversal)
        return transversal;
    return s.type == EscoSkill::Type::Knowledge ? knowledge : skill;
}

std::vector<OccupationMatch> searchOccupations(const EscoData& data, const QString& query, int limit) {
    std::vector<OccupationMatch> found;
    const QString q = detail::foldedTitle(query);
    if (q.isEmpty() || limit <= 0)
        return found;
    const std::string exact = q.toStdString();
    if (const int byUri = data.findOccupation(query.trimmed().toStdString()); byUri >= 0)
        return {{byUri, data.occupations[byUri].label(), 0}};
    for (std::size_t i = 0; i < data.occupations.size(); ++i)
        if (data.occupations[i].code == exact)
            return {{static_cast<int>(i), data.occupations[i].label(), 0}};

    const QStringList words = q.split(u' ', Qt::SkipEmptyParts);
    for (std::size_t i = 0; i < data.occupations.size(); ++i) {
        OccupationMatch best{static_cast<int>(i), {}, 99};
        for (const auto& labels : data.occupations[i].labels) {
            // Twice the rank, plus one for an alternative: a preferred label wins a tie.
            auto consider = [&](const std::string& label, int alternative) {
                const int r = detail::titleMatchRank(detail::foldedTitle(QString::fromStdString(label)), q, words);
                if (r >= 0 && 2 * r + alternative < best.rank)
                    best = {static_cast<int>(i), label, 2 * r + alternative};
            };
            consider(labels.preferred, 0);
            for (const auto& alt : labels.alternatives)
                consider(alt, 1);
        }
        if (best.rank < 99)
            found.push_back(std::move(best));
    }
    std::stable_sort(found.begin(), found.end(), [](const OccupationMatch& a, const OccupationMatch& b) {
        return a.rank != b.rank ? a.rank < b.rank : a.label.size() < b.label.size();
    });
    if (found.size() > static_cast<std::size_t>(limit))
        found.resize(static_cast<std::size_t>(limit));
    return found;
}

SkillGoal goalFromOccupation(const EscoData& data, int occupation, const GoalLevels& levels,
                             const std::string& language) {
    const EscoOccupation& o = data.occupations.at(static_cast<std::size_t>(occupation));
    SkillGoal goal;
    goal.title = o.label(language);
    goal.esco = o.uri();
    goal.description = "ESCO " + data.version + " occupation '" + o.label("en") + "' (" + o.code +
                       "): its essential skills, and some of its optional ones.";
    auto add = [&](int index, bool essential) {
        const EscoSkill& s = data.skills.at(static_cast<std::size_t>(index));
        goal.skills.push_back({s.uri(), s.label(language), levels.levelFor(s), essential, {}});
    };
    for (int s : o.essential)
        add(s, true);
    for (int s : o.optional)
        add(s, false);
    goal.optionalNeeded = std::min(levels.optionalNeeded, static_cast<int>(o.optional.size()));
    return goal;
}

} // namespace cairn::io
