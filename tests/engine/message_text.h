#pragma once

// The engine's messages are data; the tests read them as a person does, in cairn_text's English.

#include <cairn/engine/message.h>
#include <cairn/text/message_words.h>
#include <string>

namespace cairn::test {

inline std::string words(const Message& message) {
    return text::MessageWords::english().sentence(message).toStdString();
}

inline std::string words(const Sentences& sentences) {
    return text::MessageWords::english().sentences(sentences).toStdString();
}

} // namespace cairn::test
