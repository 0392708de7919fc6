#include "cairn/io/onet_data.h"

#include "cairn/io/file_access.h"
#include "line_data.h"

#include <algorithm>
#include <charconv>

namespace cairn::io {

using namespace Qt::Literals::StringLiterals;
using Code = Message::Code;

namespace {

using detail::split;

constexpr std::string_view kHeader = "cairn-onet\t1\t";

QString shown(std::string_view text) {
    return QString::fromUtf8(text.data(), std::min<qsizetype>(static_cast<qsizetype>(text.size()), 20));
}

/// Reads the file's records one line at a time, keeping the errors with their line numbers.
class OnetParser : public detail::LineReader<OnetParser, OnetData> {
public:
    using LineReader::LineReader;

private:
    friend class detail::LineReader<OnetParser, OnetData>;

    void finish(OnetData& data) {
        if (line_ == 0)
            fail({}, says(Code::OnetEmpty));
        checkTechnologies(data);
    }

    void record(std::string_view line, OnetData& data) {
        if (line_ == 1)
            return readHeader(line, kHeader, data.version, Code::OnetBadHeader);
        if (line.empty())
            return;
        if (++records_ > kMaxOnetRecords) {
            fail({}, says(Code::OnetTooManyRecords, {arg::count(kMaxOnetRecords)}));
            stopped_ = true;
            return;
        }
        const auto fields = split(line, '\t');
        if (fields[0] == "T")
            technology(fields, data);
        else if (fields[0] == "O")
            occupation(fields, data);
        else
            fail({}, says(Code::OnetUnknownRecord, {qarg::text(shown(fields[0]))}));
    }

    bool fieldCount(const std::vector<std::string_view>& fields, std::size_t count) {
        if (fields.size() == count)
            return true;
        fail({}, says(Code::EscoFieldCount,
                      {qarg::text(shown(fields[0].substr(0, 1))), arg::count(static_cast<long long>(fields.size())),
                       arg::count(static_cast<long long>(count))}));
        return false;
    }

    bool text(std::string_view value, const QString& field) {
        if (!value.empty() && value.size() <= static_cast<std::size_t>(kMaxOnetTextChars))
            return true;
        fail(field, says(Code::OnetTextLength, {qarg::text(field), arg::count(kMaxOnetTextChars)}));
        return false;
    }

    void technology(const std::vector<std::string_view>& f, OnetData& data) {
        if (fieldCount(f, 2) && text(f[1], u"technology"_s))
            data.technologies.emplace_back(f[1]);
    }

    void occupation(const std::vector<std::string_view>& f, OnetData& data) {
        if (!fieldCount(f, 4))
            return;
        if (!isOnetCode(f[1]))
            return fail(u"code"_s, says(Code::OnetCode, {qarg::text(shown(f[1]))}));
        if (!text(f[2], u"title"_s))
            return;
        if (data.findOccupation(f[1]) >= 0)
            return fail(u"code"_s, says(Code::OnetDuplicateOccupation, {arg::text(std::string(f[1]))}));
        OnetOccupation o;
        o.code = std::string(f[1]);
        o.title = std::string(f[2]);
        for (std::string_view part : split(f[3], ' ')) {
            if (part.empty())
                continue;
            OnetTechnologyUse use;
            const auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), use.technology);
            std::string_view flags(end, static_cast<std::size_t>(part.data() + part.size() - end));
            use.hot = flags.starts_with('h');
            use.inDemand = flags.ends_with('d');
            const bool flagsOk = flags.empty() || flags == "h" || flags == "d" || flags == "hd";
            if (ec != std::errc{} || !flagsOk || use.technology < 0 || use.technology >= kMaxOnetRecords)
                return fail(u"technologies"_s, says(Code::OnetTechnologyNumber, {qarg::text(shown(part))}));
            o.technologies.push_back(use);
        }
        data.occupations.push_back(std::move(o));
    }

    void checkTechnologies(const OnetData& data) {
        line_ = 0;
        const int count = static_cast<int>(data.technologies.size());
        for (const auto& o : data.occupations)
            for (const auto& use : o.technologies)
                if (use.technology >= count) {
                    LoadError e;
                    e.file = file_;
                    e.object = u"occupation %1"_s.arg(QString::fromStdString(o.code));
                    e.what = says(Code::OnetNoSuchTechnology, {arg::count(use.technology), arg::count(count)});
                    errors_.push_back(std::move(e));
                    return;
                }
    }

    int records_ = 0;
};

} // namespace

bool isOnetCode(std::string_view code, bool detailed) {
    auto digits = [&](std::size_t from, std::size_t count) {
        return std::all_of(code.begin() + static_cast<std::ptrdiff_t>(from),
                           code.begin() + static_cast<std::ptrdiff_t>(from + count),
                           [](char c) { return c >= '0' && c <= '9'; });
    };
    if (code.size() == 7)
        return !detailed && digits(0, 2) && code[2] == '-' && digits(3, 4);
    return code.size() == 10 && digits(0, 2) && code[2] == '-' && digits(3, 4) && code[7] == '.' && digits(8, 2);
}

int OnetData::findOccupation(std::string_view code) const {
    for (std::size_t i = 0; i < occupations.size(); ++i)
        if (occupations[i].code == code)
            return static_cast<int>(i);
    return -1;
}

LoadResult<OnetData> readOnetData(const QByteArray& text, const QString& fileName) {
    return detail::readLineData<OnetData, OnetParser>(text, fileName, Code::OnetNotUtf8);
}

LoadResult<OnetData> readOnetDataFile(const QString& path) {
    return detail::readLineDataFile<OnetData>(path, kMaxOnetBytes, &readOnetData);
}

LoadResult<std::shared_ptr<const OnetData>> bundledOnetData() {
    return detail::readBundledOnce<OnetData>(u":/onet/onet-technologies.tsv"_s, &readOnetDataFile);
}

QString onetAttribution() {
    return u"This product includes information from the O*NET 30 Database by the U.S. Department of Labor, "
           "Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a "
           "trademark of USDOL/ETA. The data has been selected and modified."_s;
}

} // namespace cairn::io
