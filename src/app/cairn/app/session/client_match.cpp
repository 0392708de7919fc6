#include "cairn/app/session/client_match.h"

#include "cairn/app/data/data_source.h"

#include <QRegularExpression>
#include <functional>

namespace cairn::app {
namespace {

using Fits = std::function<bool(const ClientEntry&)>;

/// The one client that fits, or an empty string for none or several.
QString onlyOne(const std::vector<ClientEntry>& clients, const Fits& fits) {
    QString found;
    for (const auto& c : clients) {
        if (!fits(c))
            continue;
        if (!found.isEmpty())
            return {};
        found = c.id;
    }
    return found;
}

bool wordsStartWith(const QString& name, const QString& text) {
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList nameWords = name.split(space, Qt::SkipEmptyParts);
    const QStringList textWords = text.split(space, Qt::SkipEmptyParts);
    if (textWords.isEmpty())
        return false;
    // Each word typed starts a word of the name, in order: "mar alv" fits "Maria Alvarez".
    qsizetype next = 0;
    for (const QString& typed : textWords) {
        while (next < nameWords.size() && !nameWords[next].startsWith(typed, Qt::CaseInsensitive))
            ++next;
        if (next == nameWords.size())
            return false;
        ++next;
    }
    return true;
}

} // namespace

QString clientMeant(const std::vector<ClientEntry>& clients, const QString& text) {
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return {};
    for (const auto& c : clients)
        if (c.id == wanted)
            return c.id;
    const QString byName =
        onlyOne(clients, [&](const ClientEntry& c) { return c.name.compare(wanted, Qt::CaseInsensitive) == 0; });
    if (!byName.isEmpty())
        return byName;
    return onlyOne(clients, [&](const ClientEntry& c) { return wordsStartWith(c.name, wanted); });
}

} // namespace cairn::app
