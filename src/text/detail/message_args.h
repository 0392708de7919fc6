#pragma once

// Reading a message's arguments, shared by the files that word messages. Private to cairn_text.
#include <QString>
#include <cairn/engine/message.h>
#include <string>

namespace cairn::text::detail {

inline QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

/// The message's argument at `i`, or an empty one: a message read back from an older file may
/// carry fewer arguments than its code has now.
inline const MessageArg& at(const Message& message, std::size_t i) {
    static const MessageArg none;
    return i < message.args.size() ? message.args[i] : none;
}

} // namespace cairn::text::detail
