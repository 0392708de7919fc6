#include "cairn/io/json_writer.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>

namespace cairn::io {

namespace {

/// Characters JSON allows raw that a terminal or a JavaScript reader acts on instead of showing:
/// DEL, the C1 controls and the line and paragraph separators. Written as \uXXXX they mean the
/// same to every JSON reader and are safe to print.
bool escapedAnyway(char16_t c) {
    return (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
}

/// The escape for `c`, or nothing when it is written as itself.
const char* shortEscape(char16_t c) {
    switch (c) {
    case u'"':
        return "\\\"";
    case u'\\':
        return "\\\\";
    case u'\n':
        return "\\n";
    case u'\r':
        return "\\r";
    case u'\t':
        return "\\t";
    case u'\b':
        return "\\b";
    case u'\f':
        return "\\f";
    default:
        return nullptr;
    }
}

void appendString(QByteArray& out, const QString& text) {
    out += '"';
    qsizetype run = 0; // start of the characters not yet written, which need no escape
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const char* escape = shortEscape(c);
        if (!escape && c >= 0x20 && !escapedAnyway(c))
            continue;
        out += QStringView(text).mid(run, i - run).toUtf8();
        run = i + 1;
        if (escape) {
            out += escape;
        } else {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
            out += buf;
        }
    }
    out += QStringView(text).mid(run).toUtf8();
    out += '"';
}

/// Appends the one-line form of `v`; returns false as soon as `out` grows past `limit`
/// (the caller then writes the value over several lines instead).
bool appendCompact(QByteArray& out, const JsonValue& v, qsizetype limit) {
    switch (v.type) {
    case JsonValue::Type::Null:
        out += "null";
        break;
    case JsonValue::Type::Bool:
        out += v.boolean ? "true" : "false";
        break;
    case JsonValue::Type::Number:
        out += formatJsonNumber(v.number);
        break;
    case JsonValue::Type::String:
        appendString(out, v.text);
        break;
    case JsonValue::Type::Array:
        out += '[';
        for (std::size_t i = 0; i < v.items.size(); ++i) {
            if (i > 0)
                out += ", ";
            if (!appendCompact(out, v.items[i], limit) || out.size() > limit)
                return false;
        }
        out += ']';
        break;
    case JsonValue::Type::Object:
        out += '{';
        for (std::size_t i = 0; i < v.members.size(); ++i) {
            if (i > 0)
                out += ", ";
            appendString(out, v.members[i].key);
            out += ": ";
            if (!appendCompact(out, v.members[i].value, limit) || out.size() > limit)
                return false;
        }
        out += '}';
        break;
    }
    return out.size() <= limit;
}

class Writer {
public:
    explicit Writer(int width) : width_(width) {}

    /// Writes `v` whose first character goes at column `used` (0-based) of a line indented by
    /// `indent`; `trailer` characters (a comma) follow it on its last line.
    void write(const JsonValue& v, int indent, qsizetype used, int trailer) {
        const bool container = v.isArray() || v.isObject();
        if (container && !(v.items.empty() && v.members.empty())) {
            QByteArray line;
            // The document itself is always spread over lines, however small.
            if (indent > 0 && appendCompact(line, v, width_ - used - trailer)) {
                out += line;
                return;
            }
            const QByteArray pad(indent + 2, ' ');
            out += v.isArray() ? "[\n" : "{\n";
            const std::size_t n = v.isArray() ? v.items.size() : v.members.size();
            for (std::size_t i = 0; i < n; ++i) {
                out += pad;
                const int comma = i + 1 < n ? 1 : 0;
                if (v.isArray()) {
                    write(v.items[i], indent + 2, pad.size(), comma);
                } else {
                    const qsizetype before = out.size();
                    appendString(out, v.members[i].key);
                    out += ": ";
                    write(v.members[i].value, indent + 2, pad.size() + (out.size() - before), comma);
                }
                if (comma)
                    out += ',';
                out += '\n';
            }
            out += QByteArray(indent, ' ');
            out += v.isArray() ? ']' : '}';
            return;
        }
        appendCompact(out, v, std::numeric_limits<qsizetype>::max());
    }

    QByteArray out;

private:
    int width_;
};

} // namespace

QByteArray quoteJsonString(const QString& text) {
    QByteArray out;
    appendString(out, text);
    return out;
}

QByteArray formatJsonNumber(double n) {
    if (!std::isfinite(n))
        return "null";
    if (n == 0)
        return "0"; // also for -0
    char buf[32];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, n);
    return QByteArray(buf, static_cast<qsizetype>(end - buf));
}

QByteArray writeJson(const JsonValue& value, int width) {
    Writer w(width);
    w.write(value, 0, 0, 0);
    w.out += '\n';
    return w.out;
}

} // namespace cairn::io
