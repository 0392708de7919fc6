#include "cairn/store/result.h"

namespace cairn::store {

QString Error::toString() const {
    QString out = message;
    for (const auto& p : problems)
        out += QLatin1Char('\n') + p.toString();
    return out;
}

} // namespace cairn::store
