#include "cairn/store/result.h"

#include <cairn/text/load_words.h>
#include <cairn/text/message_words.h>

namespace cairn::store {

Error Error::of(Kind kind, Message what, std::vector<io::LoadError> problems) {
    QString english = text::MessageWords::english().sentence(what);
    return Error{kind, std::move(what), std::move(english), std::move(problems)};
}

QString Error::toString() const {
    QString out = message;
    const text::LoadWords words = text::LoadWords::english();
    for (const auto& p : problems)
        out += QLatin1Char('\n') + words.line(p);
    return out;
}

} // namespace cairn::store
