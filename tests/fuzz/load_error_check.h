#pragma once

// What the harnesses check of a reading error: that it has a sentence of its own, and the line
// a person would read, to show when it has not. io gives an error as a code and its facts;
// cairn_text words it, so a code without words would fall back to its bare name.

#include <QByteArray>
#include <cairn/engine/message.h>
#include <cairn/io/load_error.h>
#include <cairn/text/load_words.h>
#include <cairn/text/message_words.h>

namespace cairn::fuzz {

/// True when the message reads as a sentence: not empty, and not only its code's stable name.
inline bool worded(const Message& what) {
    const QString sentence = text::MessageWords::english().sentence(what);
    return !sentence.isEmpty() && sentence != QString::fromLatin1(codeName(what.code));
}

inline bool worded(const io::LoadError& error) {
    return worded(error.what);
}

/// The error as cairn-cli prints it, for a failed check.
inline QByteArray described(const io::LoadError& error) {
    return text::LoadWords::english().line(error).toUtf8();
}

} // namespace cairn::fuzz
