#include "cairn/app/data/store_error_text.h"

#ifdef HAVE_CAIRN_STORE

#include <cairn/text/message_words.h>

namespace cairn::app {

QString storeErrorText(const store::Error& error) {
    const text::MessageWords words;
    QString out = words.sentence(error.what);
    for (io::LoadError p : error.problems) {
        // The file and line stay as read; only the sentence is the reader's language.
        if (p.problem)
            p.message = words.sentence(*p.problem);
        out += QLatin1Char('\n') + p.toString();
    }
    return out;
}

} // namespace cairn::app

#endif
