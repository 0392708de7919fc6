#pragma once

// Helpers shared by the libFuzzer harnesses: a reader that turns the fuzzer's bytes into
// values, and a check that stops the run (a crash for libFuzzer) with a readable reason.

#include <QByteArray>
#include <QString>
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace cairn::fuzz {

/// An invariant of the code under test: when it does not hold, the input is a finding.
inline void require(bool holds, const char* what, const QByteArray& detail = {}) {
    if (holds)
        return;
    std::fprintf(stderr, "invariant broken: %s\n", what);
    if (!detail.isEmpty())
        std::fprintf(stderr, "  at: %.400s\n", detail.constData());
    std::abort();
}

/// Reads values from the front of the fuzzer's bytes; once they run out, every value is 0 or
/// empty, so any input gives a complete (if small) structure.
class ByteReader {
public:
    ByteReader(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}

    [[nodiscard]] bool empty() const { return pos_ >= size_; }

    std::uint8_t byte() { return empty() ? 0 : data_[pos_++]; }

    std::uint32_t u32() {
        std::uint32_t v = 0;
        for (int i = 0; i < 4; ++i)
            v = (v << 8) | byte();
        return v;
    }

    /// A number in [lo, hi].
    std::int64_t between(std::int64_t lo, std::int64_t hi) {
        const auto span = static_cast<std::uint64_t>(hi - lo) + 1;
        return lo + static_cast<std::int64_t>(u32() % span);
    }

    bool flag() { return (byte() & 1) != 0; }

    /// A finite double: either a small everyday figure or any finite bit pattern.
    double finite() {
        if (flag())
            return static_cast<double>(u32() % 100000) / 4.0;
        std::uint64_t bits = (static_cast<std::uint64_t>(u32()) << 32) | u32();
        double v = 0;
        std::memcpy(&v, &bits, sizeof v);
        return std::isfinite(v) ? v : 0.0;
    }

    /// Up to `max` bytes, as valid UTF-8 text (invalid sequences become U+FFFD), the way
    /// text reaches the model from a file that passed the readers.
    std::string text(std::size_t max) {
        const std::size_t n = std::min<std::size_t>(byte() % (max + 1), size_ - std::min(pos_, size_));
        const QByteArray raw(reinterpret_cast<const char*>(data_ + pos_), static_cast<qsizetype>(n));
        pos_ += n;
        return QString::fromUtf8(raw).toStdString();
    }

private:
    const std::uint8_t* data_;
    std::size_t size_;
    std::size_t pos_ = 0;
};

inline QByteArray bytes(const std::uint8_t* data, std::size_t size) {
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

} // namespace cairn::fuzz
