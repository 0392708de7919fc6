#include "advisor.h"

#include "content.h"
#include "ledger.h"

#include <QDateTime>
#include <QThread>
#include <cairn/engine/planner.h>
#include <cairn/store/workspace.h>
#include <chrono>
#include <map>
#include <utility>

namespace cairn::load {

namespace {

using store::Error;
using store::Result;
using Clock = std::chrono::steady_clock;

/// How often a write answered "busy" is tried in all; a stale edit is read again and tried once more.
constexpr int kBusyTries = 3;
constexpr int kEditTries = 2;

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

template <typename T> struct Timed {
    Result<T> result;
    double ms = 0;
};

class Advisor {
public:
    Advisor(const AdvisorRun& run, std::unique_ptr<store::Workspace> ws, LedgerWriter& ledger)
        : run_(run), ws_(std::move(ws)), ledger_(ledger) {}

    /// Reads the catalogs the clients plan against before the clock starts: an app keeps the
    /// catalog it shows, and a cold first read would only blur the first round's figures.
    bool prepare() {
        std::vector<qint64> clients = run_.shared;
        clients.push_back(run_.own);
        for (const qint64 id : clients) {
            auto c = ws_->client(id);
            if (!c) {
                failed(id, c.error());
                return false;
            }
            if (!c->catalogId || catalogs_.count(*c->catalogId) != 0)
                continue;
            auto catalog = ws_->loadCatalog(*c->catalogId);
            if (!catalog) {
                failed(id, catalog.error());
                return false;
            }
            catalogs_.emplace(*c->catalogId, std::move(catalog).value());
        }
        return true;
    }

    void round(int s) {
        const std::size_t n = run_.shared.size();
        const qint64 opened = s % 2 == 0 ? run_.own : run_.shared[static_cast<std::size_t>(run_.number + s) % n];
        if (auto c = open(opened)) {
            if (auto result = planFor(*c)) {
                const auto planId = savePlan(*c, *result, s);
                addNote(opened, s, planId);
            }
        }
        edit(run_.shared[static_cast<std::size_t>(run_.number + s / 2) % n], s);
    }

private:
    /// Puts the error on record; what the caller returns instead of a value.
    std::nullopt_t failed(qint64 client, const Error& error) {
        ledger_.write({Step::Error, client, 0, 0, 0, error.toString(), 0});
        return std::nullopt;
    }

    /// The client with their plans and notes, as the window shows them when opened.
    std::optional<store::Client> open(qint64 id) {
        const auto started = Clock::now();
        auto c = ws_->client(id);
        if (!c)
            return failed(id, c.error());
        if (auto plans = ws_->plans(id); !plans)
            return failed(id, plans.error());
        if (auto notes = ws_->notes(id); !notes)
            return failed(id, notes.error());
        ledger_.write({Step::Open, id, 0, 0, c->rowVersion, {}, msSince(started)});
        return std::move(c).value();
    }

    std::optional<Plan> planFor(const store::Client& c) {
        const auto catalog = c.catalogId ? catalogs_.find(*c.catalogId) : catalogs_.end();
        if (catalog == catalogs_.end() || c.profile.goal.empty())
            return std::nullopt;
        const auto started = Clock::now();
        PlanRequest request;
        request.goal = c.profile.goal;
        request.timeLimit = std::chrono::seconds(2);
        Plan result = plan(catalog->second, c.profile, request);
        ledger_.write({Step::Plan, c.id, 0, 0, 0, {}, msSince(started)});
        return result;
    }

    /// `write` until it is not "busy" or kBusyTries are used; each busy answer is on record.
    template <typename T, typename Write> Timed<T> withRetries(qint64 client, Write write) {
        for (int tries = 1;; ++tries) {
            const auto started = Clock::now();
            Result<T> result = write();
            const double ms = msSince(started);
            if (result || result.error().kind != Error::Kind::Busy || tries == kBusyTries)
                return {std::move(result), ms};
            ledger_.write({Step::Busy, client, 0, 0, 0, result.error().toString(), ms});
        }
    }

    std::optional<qint64> savePlan(const store::Client& c, const Plan& result, int s) {
        store::SavedPlanInputs inputs;
        inputs.catalogId = c.catalogId;
        inputs.profile = c.profile;
        inputs.goal = c.profile.goal;
        const QString title = QStringLiteral("Advisor %1, round %2").arg(run_.number).arg(s);
        const QString note = QStringLiteral("planned under load");
        auto saved = withRetries<qint64>(c.id, [&] { return ws_->savePlan(c.id, inputs, result, title, note); });
        if (!saved.result)
            return failed(c.id, saved.result.error());
        const qint64 id = saved.result.value();
        ledger_.write({Step::PlanSave, c.id, id, 0, 0, fingerprint(planContent(c.id, title, note, result)), saved.ms});
        return id;
    }

    void addNote(qint64 client, int s, std::optional<qint64> planId) {
        const QString text =
            QStringLiteral("Advisor %1, round %2: went through the plan together.").arg(run_.number).arg(s);
        auto added = withRetries<qint64>(client, [&] { return ws_->addNote(client, text, planId); });
        if (!added.result) {
            failed(client, added.result.error());
            return;
        }
        ledger_.write(
            {Step::Note, client, added.result.value(), 0, 0, fingerprint(noteContent(client, text, planId)), added.ms});
    }

    /// Saves one of the shared clients over the version just read. Refused as stale, the client
    /// is read again and saved once more, then left to the next round.
    void edit(qint64 id, int s) {
        for (int tries = 1; tries <= kEditTries; ++tries) {
            auto read = ws_->client(id);
            if (!read) {
                failed(id, read.error());
                return;
            }
            store::Client c = std::move(read).value();
            c.contact = QStringLiteral("advisor %1, round %2, try %3, over version %4")
                            .arg(run_.number)
                            .arg(s)
                            .arg(tries)
                            .arg(c.rowVersion);
            c.notes = QStringLiteral("Last edited by advisor %1.").arg(run_.number);
            auto saved = withRetries<int>(id, [&] { return ws_->updateClient(c); });
            if (saved.result) {
                ledger_.write(
                    {Step::Edit, id, 0, saved.result.value(), c.rowVersion, fingerprint(clientContent(c)), saved.ms});
                return;
            }
            if (saved.result.error().kind != Error::Kind::Stale) {
                failed(id, saved.result.error());
                return;
            }
            ledger_.write({Step::Stale, id, 0, 0, c.rowVersion, saved.result.error().toString(), saved.ms});
        }
    }

    const AdvisorRun& run_;
    std::unique_ptr<store::Workspace> ws_;
    LedgerWriter& ledger_;
    std::map<qint64, Catalog> catalogs_;
};

} // namespace

int runAdvisor(const AdvisorRun& run) {
    LedgerWriter ledger(run.ledger);
    if (!ledger.ok())
        return 3;
    store::Workspace::Options options;
    options.seed = false;
    options.busyTimeoutMs = run.busyTimeoutMs;
    auto ws = store::Workspace::open(run.address, options);
    if (!ws) {
        ledger.write({Step::Error, 0, 0, 0, 0, ws.error().toString(), 0});
        return 2;
    }
    Advisor advisor(run, std::move(ws).value(), ledger);
    if (!advisor.prepare())
        return 2;
    const qint64 wait = run.startAtMs - QDateTime::currentMSecsSinceEpoch();
    if (wait > 0)
        QThread::msleep(static_cast<unsigned long>(wait));
    // Every advisor stops at the same moment, whenever it was ready to begin.
    const qint64 end = run.startAtMs + qint64{run.seconds} * 1000;
    for (int s = 0; QDateTime::currentMSecsSinceEpoch() < end; ++s)
        advisor.round(s);
    ledger.write({Step::End, 0, 0, 0, 0, {}, double(QDateTime::currentMSecsSinceEpoch() - run.startAtMs)});
    return 0;
}

} // namespace cairn::load
