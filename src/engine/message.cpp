#include "cairn/engine/message.h"

#include <utility>

namespace cairn {

namespace {

// A built-in array with its element type written out: std::array's deduction guide folds over
// every element, and clang stops a fold of more than 256 (the codes are over 400).
constexpr std::pair<Message::Code, const char*> kCodeNames[] = {
#define CAIRN_MESSAGE_NAME(name, text) std::pair<Message::Code, const char*>{Message::Code::name, text},
    CAIRN_MESSAGE_CODES(CAIRN_MESSAGE_NAME)
#undef CAIRN_MESSAGE_NAME
};

} // namespace

bool MessageArg::operator==(const MessageArg& other) const {
    return kind == other.kind && noun == other.noun && text == other.text && id == other.id && value == other.value &&
           max == other.max && aboveMin == other.aboveMin && date == other.date && names == other.names &&
           clauses == other.clauses;
}

bool Message::operator==(const Message& other) const {
    return code == other.code && args == other.args;
}

const char* codeName(Message::Code code) {
    for (const auto& [c, name] : kCodeNames)
        if (c == code)
            return name;
    return "recorded";
}

std::optional<Message::Code> codeFromName(std::string_view name) {
    for (const auto& [c, n] : kCodeNames)
        if (name == n)
            return c;
    return std::nullopt;
}

namespace arg {

MessageArg text(std::string text) {
    MessageArg a;
    a.text = std::move(text);
    return a;
}

MessageArg name(MessageArg::Noun noun, std::string title, std::string id) {
    MessageArg a;
    a.kind = MessageArg::Kind::Name;
    a.noun = noun;
    a.text = std::move(title);
    a.id = std::move(id);
    return a;
}

MessageArg number(double value) {
    MessageArg a;
    a.kind = MessageArg::Kind::Number;
    a.value = value;
    return a;
}

MessageArg count(long long value) {
    MessageArg a;
    a.kind = MessageArg::Kind::Count;
    a.value = static_cast<double>(value);
    return a;
}

MessageArg date(Date date) {
    MessageArg a;
    a.kind = MessageArg::Kind::Date;
    a.date = date;
    return a;
}

MessageArg range(const NumberRange& range) {
    MessageArg a;
    a.kind = MessageArg::Kind::Range;
    a.value = range.min;
    a.max = range.max;
    a.aboveMin = range.aboveMin;
    return a;
}

MessageArg money(double amount, std::string currency) {
    MessageArg a;
    a.kind = MessageArg::Kind::Money;
    a.value = amount;
    a.text = std::move(currency);
    return a;
}

MessageArg names(std::vector<MessageArg> names) {
    MessageArg a;
    a.kind = MessageArg::Kind::Names;
    a.names = std::move(names);
    return a;
}

MessageArg texts(const std::vector<std::string>& texts) {
    MessageArg a;
    a.kind = MessageArg::Kind::Texts;
    for (const auto& t : texts)
        a.names.push_back(text(t));
    return a;
}

MessageArg clauses(std::vector<Message> clauses) {
    MessageArg a;
    a.kind = MessageArg::Kind::Clauses;
    a.clauses = std::move(clauses);
    return a;
}

} // namespace arg

} // namespace cairn
