#pragma once

#include "cairn/io/load_error.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::io {

/// A concept's names in one language, as ESCO gives them.
struct EscoLabels {
    std::string language; ///< "en", "de", ...
    std::string preferred;
    std::vector<std::string> alternatives;
};

/// An ESCO skill or knowledge concept (docs/formats.md#esco-data).
struct EscoSkill {
    enum class Type { Knowledge, SkillCompetence };
    enum class Reuse { Transversal, CrossSector, SectorSpecific, OccupationSpecific };

    std::string id; ///< the last part of its concept URI
    Type type = Type::SkillCompetence;
    Reuse reuse = Reuse::CrossSector;
    std::vector<EscoLabels> labels; ///< the first in English

    [[nodiscard]] std::string uri() const;
    /// The preferred label in `language`, else the English one.
    [[nodiscard]] const std::string& label(std::string_view language = "en") const;
};

/// An ESCO occupation with the skills ESCO calls essential or optional for it.
struct EscoOccupation {
    std::string id;             ///< the last part of its concept URI
    std::string code;           ///< ESCO code, e.g. "2511.3"
    std::vector<int> essential; ///< indices into EscoData::skills
    std::vector<int> optional;
    std::vector<EscoLabels> labels;

    [[nodiscard]] std::string uri() const;
    [[nodiscard]] const std::string& label(std::string_view language = "en") const;
};

/// The ESCO occupations and skills Cairn builds goals from, read from the compact form that
/// tools/make-esco-data writes.
struct EscoData {
    std::string version; ///< e.g. "v1.1.1"
    std::vector<EscoSkill> skills;
    std::vector<EscoOccupation> occupations;

    /// Index of the skill or occupation with this URI (or bare id), -1 when there is none.
    [[nodiscard]] int findSkill(std::string_view uriOrId) const;
    [[nodiscard]] int findOccupation(std::string_view uriOrId) const;
};

inline constexpr std::string_view kEscoSkillPrefix = "http://data.europa.eu/esco/skill/";
inline constexpr std::string_view kEscoOccupationPrefix = "http://data.europa.eu/esco/occupation/";

/// The most the compact ESCO file may hold; ESCO v1.1.1 is about a fifth of each.
inline constexpr qint64 kMaxEscoBytes = 32LL * 1024 * 1024;
inline constexpr int kMaxEscoConcepts = 100'000;
inline constexpr int kMaxEscoLabelChars = 1'000;
inline constexpr int kMaxEscoAlternatives = 1'000;

/// Reads the compact ESCO form; every error names the line and field.
LoadResult<EscoData> readEscoData(const QByteArray& text, const QString& fileName = {});
LoadResult<EscoData> readEscoDataFile(const QString& path);

/// The ESCO data built into Cairn, read on first use and kept; the same object afterwards.
/// Errors only when the build is broken (the data is checked by the tests).
LoadResult<std::shared_ptr<const EscoData>> bundledEscoData();

/// The attribution that must be shown wherever the bundled ESCO data is used.
QString escoAttribution();

} // namespace cairn::io
