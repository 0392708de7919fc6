#pragma once

#include "cairn/io/file_access.h"
#include "cairn/io/load_error.h"

#include <QByteArray>
#include <QString>
#include <QStringDecoder>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

// What the readers of Cairn's bundled line-based data (ESCO's skills, O*NET's technologies) share:
// the checks before their own parser runs, the file read with its cap, and the one reading of the
// bundled copy that every caller then shares.
namespace cairn::io::detail {

/// The fields of a record, split at `separator`; a record without one is a single field.
inline std::vector<std::string_view> split(std::string_view line, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = line.find(separator, start);
        parts.push_back(line.substr(start, end == std::string_view::npos ? end : end - start));
        if (end == std::string_view::npos)
            return parts;
        start = end + 1;
    }
}

/// An error that kept the whole file from being read.
inline LoadError unreadableFile(const QString& file, Message what) {
    LoadError e;
    e.file = file;
    e.kind = LoadError::Kind::Unreadable;
    e.what = std::move(what);
    return e;
}

/// The reading loop of a line-based data file, one record a line, the first line its header.
/// `Reader` derives from it and has `record(line, data)` and `finish(data)`; it says what is
/// wrong with fail(), and sets `stopped_` when nothing after this line can be read.
template <typename Reader, typename Data> class LineReader {
public:
    explicit LineReader(const QString& file) : file_(file) {}

    void parse(std::string_view text, Data& data) {
        std::size_t start = 0;
        while (start < text.size() && errors_.size() < kMostErrors && !stopped_) {
            std::size_t end = text.find('\n', start);
            if (end == std::string_view::npos)
                end = text.size();
            ++line_;
            static_cast<Reader*>(this)->record(text.substr(start, end - start), data);
            start = end + 1;
        }
        static_cast<Reader*>(this)->finish(data);
    }

    std::vector<LoadError> errors_;

protected:
    /// Enough to see what is wrong with a file; a broken file would otherwise give one per line.
    static constexpr std::size_t kMostErrors = 20;

    /// The first line: `header` and then the data's version. Anything else stops the reading,
    /// since the file is not of this kind at all.
    void readHeader(std::string_view line, std::string_view header, std::string& version, Message::Code bad) {
        if (!line.starts_with(header) || line.size() == header.size() || line.size() > 64) {
            fail({}, Message{bad, {}});
            stopped_ = true;
        } else {
            version = std::string(line.substr(header.size()));
        }
    }

    void fail(const QString& field, Message what) {
        LoadError e;
        e.file = file_;
        e.line = line_;
        e.field = field;
        e.what = std::move(what);
        errors_.push_back(std::move(e));
    }

    QString file_;
    int line_ = 0;
    bool stopped_ = false;
};

/// Reads `text` with a `Parser` (constructed with the file's name; `parse(text, data)` fills
/// `data` and keeps its errors in `errors_`). Text that is not UTF-8, or holds a NUL, is refused
/// as `notUtf8` before parsing; errors on the first line mean the file is not of this kind at all.
template <typename Data, typename Parser>
LoadResult<Data> readLineData(const QByteArray& text, const QString& fileName, Message::Code notUtf8) {
    LoadResult<Data> result;
    QStringDecoder utf8(QStringDecoder::Utf8);
    (void)QString(utf8(text));
    if (utf8.hasError() || text.contains('\0')) {
        result.errors.push_back(unreadableFile(fileName, Message{notUtf8, {}}));
        return result;
    }
    Data data;
    Parser parser(fileName);
    parser.parse(std::string_view(text.constData(), static_cast<std::size_t>(text.size())), data);
    result.errors = std::move(parser.errors_);
    if (!result.errors.empty() && result.errors.front().line == 1)
        markUnreadable(result.errors);
    if (result.errors.empty())
        result.value = std::move(data);
    return result;
}

/// The file at `path`, read with at most `limit` bytes, then by `read`.
template <typename Data>
LoadResult<Data> readLineDataFile(const QString& path, qint64 limit,
                                  LoadResult<Data> (*read)(const QByteArray&, const QString&)) {
    FileContent content = readFile(path, limit);
    if (!content.ok()) {
        LoadResult<Data> result;
        result.errors.push_back(unreadableFile(path, *content.error));
        return result;
    }
    return read(content.bytes, path);
}

/// The bundled copy at the resource `path`, read once per program and shared by every caller.
template <typename Data>
LoadResult<std::shared_ptr<const Data>> readBundledOnce(const QString& path,
                                                        LoadResult<Data> (*readFileAt)(const QString&)) {
    static std::once_flag once;
    static LoadResult<std::shared_ptr<const Data>> bundled;
    std::call_once(once, [&] {
        LoadResult<Data> read = readFileAt(path);
        bundled.errors = std::move(read.errors);
        if (read.value)
            bundled.value = std::make_shared<const Data>(std::move(*read.value));
    });
    return bundled;
}

} // namespace cairn::io::detail
