#include "cairn/io/json_writer.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>

namespace cairn::io {

namespace {

void appendString(QByteArray& out, const QString& text) {
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += ch;
            }
        }
    }
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
