#include "cairn/app/data/data_source.h"

#include "cairn/app/session/client_match.h"

#include <algorithm>
#include <charconv>

namespace cairn::app {

namespace {

/// N of "own:N", 0 for any other id.
int ownNumber(const std::string& id) {
    constexpr std::string_view prefix = "own:";
    if (!id.starts_with(prefix))
        return 0;
    int number = 0;
    const char* first = id.data() + prefix.size();
    const auto [end, ec] = std::from_chars(first, id.data() + id.size(), number);
    return ec == std::errc{} && end == id.data() + id.size() ? number : 0;
}

} // namespace

ClientPage DataSource::clientPage(int limit) {
    ClientPage page{clients(), 0};
    page.total = static_cast<int>(page.entries.size());
    if (limit > 0 && page.entries.size() > static_cast<std::size_t>(limit))
        page.entries.resize(static_cast<std::size_t>(limit));
    return page;
}

QString DataSource::findClient(const QString& text) {
    return text.trimmed().isEmpty() ? QString() : clientMeant(clients(), text);
}

CaseloadPage DataSource::caseloadPage(const QString& search, int offset, int limit) {
    CaseloadPage page;
    for (CaseloadEntry& e : caseload())
        if (e.name.contains(search, Qt::CaseInsensitive))
            page.entries.push_back(std::move(e));
    page.total = static_cast<int>(page.entries.size());
    const auto from = std::min(page.entries.size(), static_cast<std::size_t>(std::max(0, offset)));
    page.entries.erase(page.entries.begin(), page.entries.begin() + static_cast<std::ptrdiff_t>(from));
    if (limit > 0 && page.entries.size() > static_cast<std::size_t>(limit))
        page.entries.resize(static_cast<std::size_t>(limit));
    return page;
}

QString DataSource::saveOwnGoal(const QString& clientId, OwnGoal& goal) {
    std::vector<OwnGoal>& goals = windowGoals_[clientId];
    if (goal.id.empty()) {
        int last = 0;
        for (const OwnGoal& g : goals)
            last = std::max(last, ownNumber(g.id));
        goal.id = "own:" + std::to_string(last + 1);
    }
    const auto same = std::find_if(goals.begin(), goals.end(), [&](const OwnGoal& g) { return g.id == goal.id; });
    if (same != goals.end())
        *same = goal;
    else
        goals.push_back(goal);
    return {};
}

QString DataSource::deleteOwnGoal(const QString& clientId, const std::string& goalId) {
    std::erase_if(windowGoals_[clientId], [&](const OwnGoal& g) { return g.id == goalId; });
    return {};
}

} // namespace cairn::app
