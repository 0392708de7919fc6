#include "cairn/app/data/store_error_text.h"

#ifdef HAVE_CAIRN_STORE

#include <cairn/text/load_words.h>
#include <cairn/text/message_words.h>

namespace cairn::app {

QString storeErrorText(const store::Error& error) {
    QString out = text::MessageWords().sentence(error.what);
    // The file and line stay as read; the sentence is the reader's language.
    const text::LoadWords words;
    for (const io::LoadError& p : error.problems)
        out += QLatin1Char('\n') + words.line(p);
    return out;
}

} // namespace cairn::app

#endif
