#include "cairn/engine/requirement_text.h"

#include "cairn/engine/skill.h"

#include <cstdio>
#include <optional>
#include <utility>

namespace cairn {

namespace {

bool isIdChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
           c == '-';
}

using Code = Message::Code;

Message says(Code code, std::vector<MessageArg> args = {}) {
    return Message{code, std::move(args)};
}

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Deeper nesting than this is certainly a mistake, and recursion must stay bounded.
constexpr int kMaxDepth = 64;

/// A recursive-descent parser over the grammar in requirement_text.h. The first error stops
/// the parse: the text is one line, and later errors would mostly be echoes of the first.
class Parser {
public:
    explicit Parser(std::string_view text) : text_(text) {}

    std::variant<Requirement, RequirementTextError> parse() {
        skipSpace();
        if (pos_ == text_.size())
            return Requirement::none();
        Requirement r = expression(0);
        if (error_)
            return *error_;
        skipSpace();
        if (pos_ != text_.size()) {
            fail(says(Code::RequirementTextAfterEnd, {characterAt(pos_)}));
            return *error_;
        }
        return r;
    }

private:
    std::string_view text_;
    std::size_t pos_ = 0;
    std::optional<RequirementTextError> error_;

    void fail(Message what) { failAt(pos_, std::move(what)); }
    void failAt(std::size_t offset, Message what) {
        if (!error_)
            error_ = RequirementTextError{offset, std::move(what)};
    }

    void skipSpace() {
        while (pos_ < text_.size() && isSpace(text_[pos_]))
            ++pos_;
    }

    [[nodiscard]] MessageArg found() const {
        if (pos_ >= text_.size())
            return arg::clauses({says(Code::RequirementTextFoundEnd)});
        return characterAt(pos_);
    }

    /// The character at `at` as a person reads it: the whole UTF-8 sequence in quotes ('é', not
    /// its first byte), a control character as U+XXXX, a byte that is not UTF-8 in hex.
    [[nodiscard]] MessageArg characterAt(std::size_t at) const {
        const auto lead = static_cast<unsigned char>(text_[at]);
        const std::size_t length = lead < 0x80             ? 1
                                   : (lead & 0xE0) == 0xC0 ? 2
                                   : (lead & 0xF0) == 0xE0 ? 3
                                   : (lead & 0xF8) == 0xF0 ? 4
                                                           : 0;
        bool whole = length > 0 && at + length <= text_.size();
        for (std::size_t i = 1; whole && i < length; ++i)
            whole = (static_cast<unsigned char>(text_[at + i]) & 0xC0) == 0x80;
        char buf[16];
        if (!whole) {
            std::snprintf(buf, sizeof buf, "%02X", lead);
            return arg::clauses({says(Code::RequirementTextFoundByte, {arg::text(buf)})});
        }
        if (lead < 0x20 || lead == 0x7F) {
            std::snprintf(buf, sizeof buf, "%04X", lead);
            return arg::clauses({says(Code::RequirementTextFoundControl, {arg::text(buf)})});
        }
        // Appended rather than "'" + std::string(…): g++ 12 at -O2 warns, wrongly, that the
        // insertion at the front may copy 2^63 bytes (-Wstringop-overflow).
        std::string quoted(1, '\'');
        quoted.append(text_.substr(at, length)).push_back('\'');
        return arg::text(quoted);
    }

    bool expect(char c) {
        skipSpace();
        if (pos_ < text_.size() && text_[pos_] == c) {
            ++pos_;
            return true;
        }
        fail(says(Code::RequirementTextExpected, {arg::text(std::string(1, c)), found()}));
        return false;
    }

    /// The digits read since `from`, as written ("007" stays "007").
    [[nodiscard]] MessageArg digitsFrom(std::size_t from) const {
        return arg::text(std::string(text_.substr(from, pos_ - from)));
    }

    std::string word() {
        const std::size_t from = pos_;
        while (pos_ < text_.size() && isIdChar(text_[pos_]))
            ++pos_;
        return std::string(text_.substr(from, pos_ - from));
    }

    std::optional<int> number() {
        const std::size_t from = pos_;
        long long v = 0;
        while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') {
            v = v * 10 + (text_[pos_] - '0');
            if (v > 1000000)
                v = 1000000; // keep it bounded; any such number is out of range anyway
            ++pos_;
        }
        if (pos_ == from)
            return std::nullopt;
        return static_cast<int>(v);
    }

    Requirement expression(int depth) {
        skipSpace();
        if (depth > kMaxDepth) {
            fail(says(Code::RequirementTextTooDeep, {arg::count(kMaxDepth)}));
            return {};
        }
        const std::size_t start = pos_;
        const std::string head = word();
        if (head.empty()) {
            fail(says(Code::RequirementTextExpectedItem, {found()}));
            return {};
        }
        if (pos_ < text_.size() && text_[pos_] == ':') {
            ++pos_;
            if (head == "cred")
                return credentialItem();
            if (head == "skill")
                return skillItem();
            failAt(start, says(Code::RequirementTextUnknownItemKind, {arg::text(head)}));
            return {};
        }
        skipSpace();
        if (pos_ < text_.size() && text_[pos_] == '(') {
            if (head == "all" || head == "any" || head == "min") {
                ++pos_;
                return group(head, start, depth);
            }
            failAt(start, says(Code::RequirementTextUnknownGroup, {arg::text(head)}));
            return {};
        }
        failAt(start, says(Code::RequirementTextBareWord, {arg::text(head)}));
        return {};
    }

    Requirement credentialItem() {
        const std::string id = word();
        if (id.empty()) {
            fail(says(Code::RequirementTextExpectedCredentialId, {found()}));
            return {};
        }
        return Requirement::credential(id);
    }

    Requirement skillItem() {
        const std::string id = word();
        if (id.empty()) {
            fail(says(Code::RequirementTextExpectedSkillId, {found()}));
            return {};
        }
        int level = 1;
        if (pos_ < text_.size() && text_[pos_] == '@') {
            ++pos_;
            const std::size_t at = pos_;
            const auto n = number();
            if (!n) {
                fail(says(Code::RequirementTextExpectedLevel,
                          {arg::text(id), arg::count(kMinLevel), arg::count(kMaxLevel), found()}));
                return {};
            }
            if (*n < kMinLevel || *n > kMaxLevel) {
                failAt(at, says(Code::RequirementTextLevelOutOfRange,
                                {arg::count(kMinLevel), arg::count(kMaxLevel), digitsFrom(at)}));
                return {};
            }
            level = *n;
        }
        return Requirement::skill(id, level);
    }

    Requirement group(const std::string& head, std::size_t groupStart, int depth) {
        int k = 0;
        if (head == "min") {
            skipSpace();
            const std::size_t at = pos_;
            const auto n = number();
            if (!n) {
                fail(says(Code::RequirementTextExpectedMinCount, {found()}));
                return {};
            }
            if (*n < 1) {
                failAt(at, says(Code::RequirementTextMinBelowOne, {digitsFrom(at)}));
                return {};
            }
            k = *n;
            if (!expect(';'))
                return {};
        }
        std::vector<Requirement> members;
        for (;;) {
            skipSpace();
            if (pos_ < text_.size() && text_[pos_] == ')') {
                fail(says(members.empty() ? Code::RequirementTextEmptyGroup : Code::RequirementTextTrailingComma));
                return {};
            }
            members.push_back(expression(depth + 1));
            if (error_)
                return {};
            skipSpace();
            if (pos_ < text_.size() && text_[pos_] == ',') {
                ++pos_;
                continue;
            }
            if (pos_ < text_.size() && text_[pos_] == ')') {
                ++pos_;
                break;
            }
            fail(says(Code::RequirementTextExpectedCommaOrClose, {arg::text(head), found()}));
            return {};
        }
        if (head == "min" && static_cast<std::size_t>(k) > members.size()) {
            failAt(groupStart, says(Code::RequirementTextMinAboveMembers,
                                    {arg::count(k), arg::count(static_cast<long long>(members.size()))}));
            return {};
        }
        if (head == "all")
            return Requirement::all(std::move(members));
        if (head == "any")
            return Requirement::any(std::move(members));
        return Requirement::atLeast(k, std::move(members));
    }
};

void write(const Requirement& r, std::string& out) {
    auto list = [&](const char* open) {
        out += open;
        for (std::size_t i = 0; i < r.members.size(); ++i) {
            if (i > 0)
                out += ", ";
            write(r.members[i], out);
        }
        out += ')';
    };
    switch (r.kind) {
    case Requirement::Kind::None:
        return;
    case Requirement::Kind::Credential:
    case Requirement::Kind::Skill:
        out += r.itemText();
        return;
    case Requirement::Kind::All:
        list("all(");
        return;
    case Requirement::Kind::Any:
        list("any(");
        return;
    case Requirement::Kind::AtLeast:
        out += "min(" + std::to_string(r.k) + "; ";
        list("");
        return;
    }
}

} // namespace

std::variant<Requirement, RequirementTextError> parseRequirementText(std::string_view text) {
    return Parser(text).parse();
}

std::string toText(const Requirement& requirement) {
    std::string out;
    write(requirement, out);
    return out;
}

} // namespace cairn
