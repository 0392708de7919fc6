#include "cairn/io/esco_data.h"

#include "cairn/io/file_access.h"
#include "line_data.h"

#include <charconv>

namespace cairn::io {

using namespace Qt::Literals::StringLiterals;
using Code = Message::Code;

namespace {

using detail::split;

constexpr std::string_view kHeader = "cairn-esco\t1\t";

/// Reads the file's records one line at a time, keeping the errors with their line numbers.
class EscoParser : public detail::LineReader<EscoParser, EscoData> {
public:
    using LineReader::LineReader;

private:
    friend class detail::LineReader<EscoParser, EscoData>;

    void finish(EscoData& data) {
        if (line_ == 0)
            fail({}, says(Code::EscoEmpty));
        checkRelations(data);
    }

    void record(std::string_view line, EscoData& data) {
        if (line_ == 1)
            return readHeader(line, kHeader, data.version, Code::EscoBadHeader);
        if (stopped_ || line.empty())
            return;
        const auto fields = split(line, '\t');
        if (fields[0] == "S")
            skill(fields, data);
        else if (fields[0] == "O")
            occupation(fields, data);
        else if (fields[0] == "L")
            labels(fields, data);
        else
            fail({},
                 says(Code::EscoUnknownRecord,
                      {qarg::text(QString::fromUtf8(fields[0].data(), std::min<qsizetype>(fields[0].size(), 20)))}));
    }

    bool fieldCount(const std::vector<std::string_view>& fields, std::size_t count) {
        if (fields.size() == count)
            return true;
        fail({}, says(Code::EscoFieldCount,
                      {qarg::text(QString::fromUtf8(fields[0].data(), 1)),
                       arg::count(static_cast<long long>(fields.size())), arg::count(static_cast<long long>(count))}));
        return false;
    }

    /// `skill`: whether the concept is a skill or an occupation.
    bool newConcept(std::string_view id, bool skill, std::size_t count) {
        if (id.empty() || id.size() > 64) {
            fail(u"id"_s, says(skill ? Code::EscoSkillIdLength : Code::EscoOccupationIdLength, {arg::count(64)}));
            return false;
        }
        if (count >= kMaxEscoConcepts) {
            fail({},
                 says(skill ? Code::EscoTooManySkills : Code::EscoTooManyOccupations, {arg::count(kMaxEscoConcepts)}));
            stopped_ = true;
            return false;
        }
        return true;
    }

    void skill(const std::vector<std::string_view>& f, EscoData& data) {
        if (!fieldCount(f, 4) || !newConcept(f[1], true, data.skills.size()))
            return;
        EscoSkill s;
        s.id = std::string(f[1]);
        if (f[2] == "k")
            s.type = EscoSkill::Type::Knowledge;
        else if (f[2] == "s")
            s.type = EscoSkill::Type::SkillCompetence;
        else
            return fail(u"type"_s, says(Code::EscoSkillType));
        static constexpr std::pair<std::string_view, EscoSkill::Reuse> kReuse[] = {
            {"t", EscoSkill::Reuse::Transversal},
            {"c", EscoSkill::Reuse::CrossSector},
            {"e", EscoSkill::Reuse::SectorSpecific},
            {"o", EscoSkill::Reuse::OccupationSpecific}};
        const auto* reuse =
            std::find_if(std::begin(kReuse), std::end(kReuse), [&](auto& r) { return r.first == f[3]; });
        if (reuse == std::end(kReuse))
            return fail(u"reuse"_s, says(Code::EscoReuseLevel));
        s.reuse = reuse->second;
        data.skills.push_back(std::move(s));
        current_ = &data.skills.back().labels;
    }

    void occupation(const std::vector<std::string_view>& f, EscoData& data) {
        if (!fieldCount(f, 5) || !newConcept(f[1], false, data.occupations.size()))
            return;
        EscoOccupation o;
        o.id = std::string(f[1]);
        o.code = std::string(f[2].substr(0, 64));
        if (!numbers(f[3], u"essential"_s, o.essential) || !numbers(f[4], u"optional"_s, o.optional))
            return;
        data.occupations.push_back(std::move(o));
        current_ = &data.occupations.back().labels;
    }

    bool numbers(std::string_view text, const QString& field, std::vector<int>& out) {
        for (std::string_view part : split(text, ' ')) {
            if (part.empty())
                continue;
            int n = -1;
            const auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), n);
            if (ec != std::errc{} || end != part.data() + part.size() || n < 0 || n >= kMaxEscoConcepts) {
                fail(field, says(Code::EscoSkillNumber,
                                 {qarg::text(QString::fromUtf8(part.data(), std::min<qsizetype>(part.size(), 20)))}));
                return false;
            }
            out.push_back(n);
        }
        return true;
    }

    void labels(const std::vector<std::string_view>& f, EscoData&) {
        if (!fieldCount(f, 4))
            return;
        if (!current_)
            return fail({}, says(Code::EscoLabelsFirst));
        if (f[1].size() < 2 || f[1].size() > 8)
            return fail(u"language"_s, says(Code::EscoLanguage));
        if (f[2].empty() || f[2].size() > kMaxEscoLabelChars)
            return fail(u"preferred"_s, says(Code::EscoPreferredLength, {arg::count(kMaxEscoLabelChars)}));
        EscoLabels l;
        l.language = std::string(f[1]);
        l.preferred = std::string(f[2]);
        if (!f[3].empty()) {
            for (std::string_view alt : split(f[3], '|')) {
                if (alt.empty() || alt.size() > kMaxEscoLabelChars)
                    return fail(u"alternatives"_s, says(Code::EscoAlternativeLength, {arg::count(kMaxEscoLabelChars)}));
                l.alternatives.emplace_back(alt);
            }
            if (l.alternatives.size() > kMaxEscoAlternatives)
                return fail(u"alternatives"_s, says(Code::EscoTooManyAlternatives, {arg::count(kMaxEscoAlternatives)}));
        }
        current_->push_back(std::move(l));
    }

    void checkRelations(const EscoData& data) {
        line_ = 0;
        const int skills = static_cast<int>(data.skills.size());
        for (const auto& o : data.occupations) {
            for (const auto* list : {&o.essential, &o.optional})
                for (int n : *list)
                    if (n >= skills) {
                        LoadError e;
                        e.file = file_;
                        e.object = u"occupation %1"_s.arg(QString::fromStdString(o.id));
                        e.what = says(Code::EscoNoSuchSkill, {arg::count(n), arg::count(skills)});
                        errors_.push_back(std::move(e));
                        return;
                    }
            if (o.labels.empty())
                return fail({}, says(Code::EscoOccupationWithoutLabels, {arg::text(o.id)}));
        }
        for (const auto& s : data.skills)
            if (s.labels.empty())
                return fail({}, says(Code::EscoSkillWithoutLabels, {arg::text(s.id)}));
    }

    std::vector<EscoLabels>* current_ = nullptr;
};

const std::string& labelIn(const std::vector<EscoLabels>& labels, std::string_view language) {
    static const std::string kNone;
    for (const auto& l : labels)
        if (l.language == language)
            return l.preferred;
    return labels.empty() ? kNone : labels.front().preferred;
}

template <typename T> int findConcept(const std::vector<T>& list, std::string_view uriOrId, std::string_view prefix) {
    if (uriOrId.starts_with(prefix))
        uriOrId.remove_prefix(prefix.size());
    for (std::size_t i = 0; i < list.size(); ++i)
        if (list[i].id == uriOrId)
            return static_cast<int>(i);
    return -1;
}

} // namespace

std::string EscoSkill::uri() const {
    return std::string(kEscoSkillPrefix) + id;
}
const std::string& EscoSkill::label(std::string_view language) const {
    return labelIn(labels, language);
}
std::string EscoOccupation::uri() const {
    return std::string(kEscoOccupationPrefix) + id;
}
const std::string& EscoOccupation::label(std::string_view language) const {
    return labelIn(labels, language);
}

int EscoData::findSkill(std::string_view uriOrId) const {
    return findConcept(skills, uriOrId, kEscoSkillPrefix);
}
int EscoData::findOccupation(std::string_view uriOrId) const {
    return findConcept(occupations, uriOrId, kEscoOccupationPrefix);
}

LoadResult<EscoData> readEscoData(const QByteArray& text, const QString& fileName) {
    return detail::readLineData<EscoData, EscoParser>(text, fileName, Code::EscoNotUtf8);
}

LoadResult<EscoData> readEscoDataFile(const QString& path) {
    return detail::readLineDataFile<EscoData>(path, kMaxEscoBytes, &readEscoData);
}

LoadResult<std::shared_ptr<const EscoData>> bundledEscoData() {
    return detail::readBundledOnce<EscoData>(u":/esco/esco-skills.tsv"_s, &readEscoDataFile);
}

QString escoAttribution() {
    return u"This product uses the ESCO classification of the European Commission. The ESCO data has been "
           "selected and modified."_s;
}

} // namespace cairn::io
