#pragma once

#include "cairn/io/load_error.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::io {

/// A technology an O*NET occupation uses, with O*NET's flags for it in that occupation.
struct OnetTechnologyUse {
    int technology = -1;   ///< index into OnetData::technologies
    bool hot = false;      ///< O*NET's "Hot Technology": often named in job postings
    bool inDemand = false; ///< O*NET's "In Demand": among the most named for this occupation

    bool operator==(const OnetTechnologyUse&) const = default;
};

/// An O*NET-SOC occupation (docs/formats.md#onet-data).
struct OnetOccupation {
    std::string code;  ///< O*NET-SOC code, e.g. "15-2051.01"
    std::string title; ///< e.g. "Business Intelligence Analysts"
    std::vector<OnetTechnologyUse> technologies;
};

/// The O*NET occupations and the technologies their workers use, read from the compact form
/// that tools/make-onet-data writes.
struct OnetData {
    std::string version;                   ///< e.g. "30"
    std::vector<std::string> technologies; ///< technology names as O*NET writes them ("Microsoft Excel")
    std::vector<OnetOccupation> occupations;

    /// Index of the occupation with this O*NET-SOC code, -1 when there is none.
    [[nodiscard]] int findOccupation(std::string_view code) const;
};

/// The most the compact O*NET file may hold; O*NET 30 is about half a megabyte.
inline constexpr qint64 kMaxOnetBytes = 16LL * 1024 * 1024;
inline constexpr int kMaxOnetRecords = 200'000;
inline constexpr int kMaxOnetTextChars = 500;

/// Whether `code` is written as an O*NET-SOC code: "15-2051.01" or, for the SOC occupation,
/// "15-2051".
bool isOnetCode(std::string_view code, bool detailed = true);

/// Reads the compact O*NET form; every error names the line and field.
LoadResult<OnetData> readOnetData(const QByteArray& text, const QString& fileName = {});
LoadResult<OnetData> readOnetDataFile(const QString& path);

/// The O*NET data built into Cairn, read on first use and kept; the same object afterwards.
/// Errors only when the build is broken (the data is checked by the tests).
LoadResult<std::shared_ptr<const OnetData>> bundledOnetData();

/// The attribution that must be shown wherever the bundled O*NET data is used.
QString onetAttribution();

} // namespace cairn::io
