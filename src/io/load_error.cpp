#include "cairn/io/load_error.h"

#include <algorithm>

namespace cairn::io {

void markUnreadable(std::vector<LoadError>& errors) {
    for (auto& e : errors)
        e.kind = LoadError::Kind::Unreadable;
}

bool anyUnreadable(const std::vector<LoadError>& errors) {
    return std::any_of(errors.begin(), errors.end(), [](const LoadError& e) { return e.unreadable(); });
}

Message says(Message::Code code, std::initializer_list<MessageArg> args) {
    return Message{code, std::vector<MessageArg>(args)};
}

namespace qarg {

MessageArg text(const QString& text) {
    return arg::text(text.toStdString());
}

MessageArg texts(const QStringList& texts) {
    std::vector<std::string> out;
    out.reserve(static_cast<std::size_t>(texts.size()));
    for (const QString& t : texts)
        out.push_back(t.toStdString());
    return arg::texts(out);
}

MessageArg clause(Message message) {
    return arg::clauses({std::move(message)});
}

} // namespace qarg

} // namespace cairn::io
