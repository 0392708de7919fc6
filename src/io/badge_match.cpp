#include "cairn/io/badge_match.h"

#include "cairn/io/ctdl_export.h"
#include "cairn/io/ctdl_ids.h"

#include <algorithm>
#include <optional>

namespace cairn::io::badges {

using namespace Qt::Literals::StringLiterals;

namespace {

/// Whether an Open Badges achievementType and a credential's CTDL class (its first tag, as the
/// CTDL import writes it) can name the same thing. A generic or unknown type agrees with all.
bool kindsAgree(const QString& achievementType, const Credential& credential) {
    const QString type = achievementType.toLower();
    if (type.isEmpty() || type == u"achievement"_s || credential.tags.empty())
        return true;
    const QString kind = QString::fromStdString(credential.tags.front()).toLower();
    if (kind.contains(type) || type.contains(kind))
        return true;
    const bool bothDegrees = kind.contains(u"degree"_s) && type.contains(u"degree"_s);
    return bothDegrees;
}

/// A credential whose CTID an alignment names.
const Credential* byAlignment(const Achievement& a, const Catalog& catalog) {
    for (const Alignment& al : a.alignments)
        for (const QString& target : {al.targetCode, al.targetUrl}) {
            const QString id = ctdl::catalogId(target);
            if (!id.startsWith(u"ce-"_s))
                continue;
            if (const Credential* c = catalog.findCredential(id.toStdString()))
                return c;
        }
    return nullptr;
}

/// How `al` names `skill`, if it does. URIs and ids are compared as written; an O*NET name, in
/// any letter case.
std::optional<AlignedSkill::By> naming(const Alignment& al, const Skill& skill) {
    const QString esco = QString::fromStdString(skill.esco);
    if (!esco.isEmpty() && (al.targetUrl == esco || al.targetCode == esco))
        return AlignedSkill::By::Esco;
    const QString onet = QString::fromStdString(skill.onet);
    if (!onet.isEmpty() && (al.targetCode.compare(onet, Qt::CaseInsensitive) == 0 ||
                            al.targetName.simplified().compare(onet, Qt::CaseInsensitive) == 0))
        return AlignedSkill::By::Onet;
    const QString id = QString::fromStdString(skill.id);
    if (al.targetCode == id || al.targetUrl == ctdl::skillIri(skill.id))
        return AlignedSkill::By::Id;
    return std::nullopt;
}

} // namespace

std::vector<AlignedSkill> alignedSkills(const Achievement& achievement, const Catalog& catalog) {
    std::vector<AlignedSkill> out;
    for (std::size_t i = 0; i < achievement.alignments.size(); ++i)
        for (const Skill& skill : catalog.skills) {
            const auto by = naming(achievement.alignments[i], skill);
            const bool known =
                std::any_of(out.begin(), out.end(), [&](const AlignedSkill& s) { return s.skill == skill.id; });
            if (by && !known)
                out.push_back({skill.id, i, *by});
        }
    return out;
}

std::string addedId(const Achievement& achievement) {
    const QString key = achievement.id.isEmpty() ? achievement.name + u'\n' + achievement.issuer : achievement.id;
    return ctdl::derivedId(u"badge-"_s, achievement.name, key).toStdString();
}

Credential credentialFrom(const Achievement& achievement) {
    Credential c;
    c.id = addedId(achievement);
    c.title = (achievement.name.isEmpty() ? achievement.id : achievement.name).simplified().toStdString();
    c.provider = achievement.issuer.simplified().toStdString();
    c.description = achievement.description.trimmed().toStdString();
    c.url = achievement.criteria.toStdString();
    c.cost = 0;
    c.hours = 0;
    c.estimated = {"cost", "hours"};
    return c;
}

int addSkillsToProfile(const std::vector<SkillLevel>& confirmed, Profile& profile) {
    int changed = 0;
    for (const SkillLevel& s : confirmed) {
        auto held = std::find_if(profile.skills.begin(), profile.skills.end(),
                                 [&](const SkillLevel& h) { return h.skill == s.skill; });
        if (held == profile.skills.end()) {
            profile.skills.push_back(s);
            ++changed;
        } else if (held->level < s.level) {
            held->level = s.level;
            ++changed;
        }
    }
    return changed;
}

std::vector<Match> matchAchievements(const std::vector<Achievement>& achievements, const Catalog& catalog, Date today) {
    std::vector<Match> out;
    for (std::size_t i = 0; i < achievements.size(); ++i) {
        const Achievement& a = achievements[i];
        Match m;
        m.achievement = i;
        if (const Credential* c = byAlignment(a, catalog)) {
            m.credential = c->id;
            m.by = Match::By::Alignment;
        } else if (const Credential* added = catalog.findCredential(addedId(a))) {
            m.credential = added->id;
            m.by = Match::By::Added;
        } else if (!a.name.isEmpty()) {
            const QString name = a.name.simplified();
            for (const Credential& c : catalog.credentials)
                if (QString::fromStdString(c.title).simplified().compare(name, Qt::CaseInsensitive) == 0 &&
                    kindsAgree(a.achievementType, c))
                    m.candidates.push_back(c.id);
            if (m.candidates.size() == 1) {
                m.credential = m.candidates.front();
                m.by = Match::By::Name;
                m.candidates.clear();
            }
        }
        if (a.revoked)
            m.standing = Match::Standing::Revoked;
        else if (a.expires && *a.expires < today)
            m.standing = Match::Standing::Expired;
        // A revoked award withdraws what it says; an expired one still says what was learned.
        if (!a.revoked)
            m.skills = alignedSkills(a, catalog);
        out.push_back(std::move(m));
    }
    return out;
}

namespace {

/// Keeps the dates of the most recent award: a renewed badge replaces the one it renews.
void recordDates(Profile& profile, const std::string& credential, const Achievement& a) {
    if (!a.issued && !a.expires)
        return;
    auto dates = std::find_if(profile.completedDates.begin(), profile.completedDates.end(),
                              [&](const CompletionDates& d) { return d.credential == credential; });
    if (dates == profile.completedDates.end()) {
        profile.completedDates.push_back({credential, a.issued, a.expires});
        return;
    }
    const bool newer = a.issued && (!dates->earned || *dates->earned < *a.issued);
    if (newer || (!a.issued && !dates->earned))
        *dates = {credential, a.issued, a.expires};
}

} // namespace

int addToProfile(const std::vector<Match>& matches, const std::vector<Achievement>& achievements, Profile& profile) {
    int added = 0;
    for (const Match& m : matches) {
        if (!m.counts() || m.achievement >= achievements.size())
            continue;
        if (std::find(profile.completed.begin(), profile.completed.end(), m.credential) == profile.completed.end()) {
            profile.completed.push_back(m.credential);
            ++added;
        }
        recordDates(profile, m.credential, achievements[m.achievement]);
    }
    return added;
}

} // namespace cairn::io::badges
