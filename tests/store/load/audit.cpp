#include "audit.h"

#include "content.h"

#include <map>
#include <set>

namespace cairn::load {

namespace {

using store::Workspace;

/// Enough lines of each kind to find the cause; the counts say how many there were.
constexpr int kLinesEach = 5;

class Auditor {
public:
    Auditor(const Workspace& ws, const std::vector<Entry>& entries) : ws_(ws), entries_(entries) {}

    Audit run(const std::vector<qint64>& clients) {
        checkPlans();
        for (const qint64 id : clients) {
            checkPlanNumbers(id);
            checkNotes(id);
            checkEdits(id);
        }
        checkRefusals();
        return out_;
    }

private:
    void note(int& counter, const QString& line) {
        if (lines_[&counter]++ < kLinesEach)
            out_.problems << line;
        ++counter;
    }

    void checkPlans() {
        for (const Entry& e : entries_) {
            if (e.step != Step::PlanSave)
                continue;
            auto saved = ws_.plan(e.id);
            if (!saved) {
                note(out_.lostWrites, QStringLiteral("plan %1 of client %2 was acknowledged and is not there: %3")
                                          .arg(e.id)
                                          .arg(e.client)
                                          .arg(saved.error().message));
                continue;
            }
            const auto& s = saved->summary;
            if (fingerprint(planContent(s.clientId, s.title, s.note, saved->plan)) != e.fingerprint)
                note(out_.lostWrites,
                     QStringLiteral("plan %1 of client %2 does not hold what was saved").arg(e.id).arg(e.client));
        }
    }

    /// Plans saved at once for one client each get a number of their own, 1, 2, 3, …
    void checkPlanNumbers(qint64 client) {
        auto plans = ws_.plans(client);
        if (!plans) {
            note(out_.lostWrites,
                 QStringLiteral("client %1's plans cannot be read: %2").arg(client).arg(plans.error().message));
            return;
        }
        std::set<int> numbers;
        for (const auto& p : *plans)
            if (!numbers.insert(p.version).second)
                note(out_.silentOverwrites,
                     QStringLiteral("client %1 has two plans numbered %2").arg(client).arg(p.version));
        if (!numbers.empty() && (*numbers.begin() != 1 || *numbers.rbegin() != static_cast<int>(numbers.size())))
            note(out_.silentOverwrites,
                 QStringLiteral("client %1's plans are not numbered 1 to %2").arg(client).arg(numbers.size()));
    }

    void checkNotes(qint64 client) {
        auto notes = ws_.notes(client);
        if (!notes) {
            note(out_.lostWrites,
                 QStringLiteral("client %1's notes cannot be read: %2").arg(client).arg(notes.error().message));
            return;
        }
        std::map<qint64, QString> stored;
        for (const auto& n : *notes)
            stored.emplace(n.id, fingerprint(noteContent(n.clientId, n.text, n.planId)));
        for (const Entry& e : entries_) {
            if (e.step != Step::Note || e.client != client)
                continue;
            const auto found = stored.find(e.id);
            if (found == stored.end())
                note(out_.lostWrites,
                     QStringLiteral("note %1 of client %2 was acknowledged and is not there").arg(e.id).arg(client));
            else if (found->second != e.fingerprint)
                note(out_.lostWrites,
                     QStringLiteral("note %1 of client %2 does not hold what was added").arg(e.id).arg(client));
        }
    }

    /// Each acknowledged edit made the version after the one it read, no two made the same one,
    /// and the client now holds the last: versions 2, 3, … up to the row's own, each once.
    void checkEdits(qint64 client) {
        std::map<int, const Entry*> versions;
        for (const Entry& e : entries_) {
            if (e.step != Step::Edit || e.client != client)
                continue;
            if (e.version != e.readVersion + 1)
                note(out_.silentOverwrites,
                     QStringLiteral("an edit of client %1 read version %2 and was acknowledged as %3")
                         .arg(client)
                         .arg(e.readVersion)
                         .arg(e.version));
            if (!versions.emplace(e.version, &e).second)
                note(out_.silentOverwrites, QStringLiteral("two edits of client %1 were acknowledged as version %2")
                                                .arg(client)
                                                .arg(e.version));
        }
        auto now = ws_.client(client);
        if (!now) {
            note(out_.lostWrites, QStringLiteral("client %1 cannot be read: %2").arg(client).arg(now.error().message));
            return;
        }
        const int last = versions.empty() ? 1 : versions.rbegin()->first;
        if (now->rowVersion < last)
            note(out_.lostWrites, QStringLiteral("client %1 is at version %2, but version %3 was acknowledged")
                                      .arg(client)
                                      .arg(now->rowVersion)
                                      .arg(last));
        else if (!versions.empty() && fingerprint(clientContent(*now)) != versions.rbegin()->second->fingerprint)
            note(out_.lostWrites, QStringLiteral("client %1 does not hold its last acknowledged edit (version %2)")
                                      .arg(client)
                                      .arg(last));
        for (int v = 2; v <= now->rowVersion; ++v)
            if (versions.count(v) == 0)
                note(out_.unacknowledged,
                     QStringLiteral("client %1 reached version %2, which no advisor was told of").arg(client).arg(v));
        edits_[client] = std::move(versions);
    }

    /// A save refused as stale over version v is right only when another save made v + 1.
    void checkRefusals() {
        for (const Entry& e : entries_) {
            if (e.step != Step::Stale)
                continue;
            const auto& versions = edits_[e.client];
            if (versions.count(e.readVersion + 1) == 0)
                note(out_.spuriousRefusals, QStringLiteral("an edit of client %1 over version %2 was refused as stale, "
                                                           "but no other save of that version was acknowledged")
                                                .arg(e.client)
                                                .arg(e.readVersion));
        }
    }

    const Workspace& ws_;
    const std::vector<Entry>& entries_;
    std::map<qint64, std::map<int, const Entry*>> edits_;
    std::map<const int*, int> lines_;
    Audit out_;
};

} // namespace

Audit audit(const Workspace& ws, const std::vector<Entry>& entries, const std::vector<qint64>& clients) {
    return Auditor(ws, entries).run(clients);
}

} // namespace cairn::load
