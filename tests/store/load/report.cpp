#include "report.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace cairn::load {

namespace {

/// The value below which `share` of the sorted `ms` lie (nearest rank).
double percentile(const std::vector<double>& ms, double share) {
    if (ms.empty())
        return 0;
    const auto rank = static_cast<std::size_t>(std::ceil(share * static_cast<double>(ms.size())));
    return ms[std::clamp<std::size_t>(rank, 1, ms.size()) - 1];
}

std::vector<double> timesOf(const std::vector<Entry>& entries, Step step) {
    std::vector<double> ms;
    for (const Entry& e : entries)
        if (e.step == step)
            ms.push_back(e.ms);
    std::sort(ms.begin(), ms.end());
    return ms;
}

QString row(const QString& name, std::size_t count, double seconds, const std::vector<double>& ms, bool timed) {
    QString line =
        QStringLiteral("| %1 | %2 | %3 |").arg(name, -22).arg(count, 7).arg(double(count) / seconds, 6, 'f', 1);
    if (timed && !ms.empty())
        line += QStringLiteral(" %1 | %2 | %3 |")
                    .arg(percentile(ms, 0.5), 9, 'f', 1)
                    .arg(percentile(ms, 0.99), 8, 'f', 1)
                    .arg(ms.back(), 8, 'f', 1);
    else
        line += QStringLiteral(" %1 | %2 | %3 |").arg(QString(), 9).arg(QString(), 8).arg(QString(), 8);
    return line;
}

} // namespace

void printReport(QTextStream& out, const std::vector<Entry>& entries, double seconds, const Audit& audit,
                 const ServerCounts& server) {
    struct Kind {
        Step step;
        const char* name;
        bool timed;
        bool operation; ///< counted in the total
    };
    constexpr std::array kinds{
        Kind{Step::Open, "open client", true, true},    Kind{Step::Plan, "plan (engine)", true, true},
        Kind{Step::PlanSave, "plan save", true, true},  Kind{Step::Note, "note", true, true},
        Kind{Step::Edit, "client edit", true, true},    Kind{Step::Stale, "edit refused: stale", true, true},
        Kind{Step::Busy, "busy, retried", true, false}, Kind{Step::Error, "error", false, false}};
    out << "| step                   |   count |  per s | median ms |   p99 ms |   max ms |\n"
        << "| ---------------------- | ------: | -----: | --------: | -------: | -------: |\n";
    std::size_t total = 0;
    for (const Kind& k : kinds) {
        const auto ms = timesOf(entries, k.step);
        if (k.operation)
            total += ms.size();
        out << row(QLatin1String(k.name), ms.size(), seconds, ms, k.timed) << '\n';
    }
    out << row(QStringLiteral("all operations"), total, seconds, {}, false) << "\n\n";
    out << "Lost writes: " << audit.lostWrites << ". Silent overwrites: " << audit.silentOverwrites
        << ". Versions nobody was told of: " << audit.unacknowledged
        << ". Stale refusals without a conflict: " << audit.spuriousRefusals << ".\n";
    for (const QString& line : audit.problems)
        out << "  " << line << '\n';
    if (server.known) {
        out << "Server: " << server.deadlocks << " deadlocks (40P01), " << server.serialization
            << " serialisation failures (40001), " << server.lockTimeouts << " lock timeouts (55P03).\n";
        for (const QString& line : server.otherErrors)
            out << "  other error in the server's log: " << line << '\n';
    }
    std::map<QString, int> errors;
    for (const Entry& e : entries)
        if (e.step == Step::Error)
            ++errors[e.fingerprint];
    for (const auto& [message, count] : errors)
        out << "  error (" << count << "x): " << message << '\n';
}

} // namespace cairn::load
