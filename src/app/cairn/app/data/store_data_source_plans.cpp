// StoreDataSource: saved plans, their history and the client's notes.
#include "cairn/app/data/store_data_source.h"

#ifdef HAVE_CAIRN_STORE

#include "cairn/app/data/store_error_text.h"
#include "cairn/app/session/plan_change.h"

#include <algorithm>
#include <cairn/text/audit_words.h>
#include <map>

namespace cairn::app {

namespace {

void addMissing(std::vector<std::string>& into, const std::vector<std::string>& more) {
    for (const auto& id : more)
        if (std::find(into.begin(), into.end(), id) == into.end())
            into.push_back(id);
}

PlanChange toChange(const store::PlanComparison& c) {
    return c; // the engine's diff, without the saved versions' ids
}

PlanVersionEntry entryOf(const store::SavedPlanSummary& s, const Plan& plan) {
    return {QString::number(s.id),  s.version, s.title, s.createdAt, s.status, plan.totals.cost, plan.totals.hours,
            plan.totals.completion, {},        s.note};
}

} // namespace

std::vector<CaseloadEntry> StoreDataSource::caseload() {
    return caseloadPage({}, 0, 0).entries;
}

CaseloadPage StoreDataSource::caseloadPage(const QString& search, int offset, int limit) {
    CaseloadPage page;
    auto rows = workspace_->caseload({search, limit, offset});
    if (!rows)
        return page;
    // A list from the top reads the catalogs again (a colleague may have renamed a goal); the
    // pages after it use what it read.
    if (offset == 0)
        catalogNames_.clear();
    page.total = rows->total;
    for (const store::CaseloadRow& row : rows->rows) {
        const store::ClientListing& c = row.client;
        CaseloadEntry e{QString::number(c.id), c.name,   c.goal,      {}, {}, row.savedPlans, row.status,
                        row.completion,        row.cost, row.savedAt, {}};
        // Clients may plan against different catalogs: each goal is named from its client's own.
        if (c.catalogId) {
            const CatalogNames& names = catalogNames(*c.catalogId);
            e.currency = names.currency;
            if (const auto goal = names.goals.find(c.goal); goal != names.goals.end())
                e.goalTitle = goal->second;
        }
        if (e.goalTitle.isEmpty()) // a goal of the client's own, or none
            e.goalTitle = row.ownGoalTitle;
        e.owner = row.owner;
        page.entries.push_back(std::move(e));
    }
    return page;
}

const StoreDataSource::CatalogNames& StoreDataSource::catalogNames(qint64 catalogId) {
    auto [it, added] = catalogNames_.try_emplace(catalogId);
    if (added)
        if (auto catalog = workspace_->loadCatalog(catalogId)) {
            it->second.currency = catalog->currency;
            for (const Goal& g : catalog->goals)
                it->second.goals.emplace(g.id, QString::fromStdString(g.title));
        }
    return it->second;
}

std::optional<Catalog> StoreDataSource::ownCatalog(qint64 clientId) {
    if (auto client = workspace_->client(clientId); client && client->catalogId && *client->catalogId != catalogId_)
        if (auto read = workspace_->loadCatalog(*client->catalogId))
            return std::move(read).value();
    return std::nullopt;
}

std::vector<PlanVersionEntry> StoreDataSource::planHistory(const QString& clientId, const Catalog& loaded) {
    std::vector<PlanVersionEntry> list;
    const std::optional<Catalog> own = ownCatalog(clientId.toLongLong());
    const Catalog& catalog = own ? *own : loaded;
    auto plans = workspace_->plans(clientId.toLongLong());
    if (!plans)
        return list;
    std::vector<store::SavedPlan> full;
    for (const auto& summary : plans.value()) {
        auto saved = workspace_->plan(summary.id);
        if (!saved)
            return list;
        full.push_back(std::move(saved).value());
    }
    // Newest first: each version is compared with the one saved just before it.
    for (std::size_t i = 0; i < full.size(); ++i) {
        const auto& s = full[i];
        PlanVersionEntry e{QString::number(s.summary.id),
                           s.summary.version,
                           s.summary.title,
                           s.summary.createdAt,
                           s.summary.status,
                           s.plan.totals.cost,
                           s.plan.totals.hours,
                           s.plan.totals.completion,
                           {},
                           s.summary.note};
        if (i + 1 < full.size()) {
            const auto& before = full[i + 1];
            e.changes =
                PlanChangeWords::describe(toChange(store::compare(before, s)), catalog, s.plan.totals.completion);
        }
        list.push_back(std::move(e));
    }
    return list;
}

std::optional<SavedPlanView> StoreDataSource::savedPlan(const QString& planId, const Catalog& loaded, QString* error) {
    auto saved = workspace_->plan(planId.toLongLong());
    if (!saved) {
        if (error)
            *error = storeErrorText(saved.error());
        return std::nullopt;
    }
    const store::SavedPlanSummary& s = saved->summary;
    std::optional<PlanInputs> inputs = planInputs(planId, error);
    if (!inputs)
        return std::nullopt;
    std::optional<Catalog> own = ownCatalog(s.clientId);
    SavedPlanView view{entryOf(s, saved->plan), QString::number(s.clientId), saved->inputs.profile, std::move(*inputs),
                       saved->plan, own ? std::move(*own) : loaded,
                       // Their goals now only name the rest: a goal that cannot be read leaves it out.
                       ownGoals(QString::number(s.clientId), nullptr)};
    // The goal as it was saved is the one the plan was made for, even if it was edited since.
    if (const auto& kept = saved->inputs.ownGoal) {
        auto same = std::find_if(view.ownGoals.begin(), view.ownGoals.end(),
                                 [&](const OwnGoal& g) { return g.id == saved->inputs.goal; });
        if (same != view.ownGoals.end())
            same->goal = *kept;
        else
            view.ownGoals.push_back({saved->inputs.goal, *kept});
    }
    return view;
}

std::vector<PlanVersionEntry> StoreDataSource::plansForGoal(const QString& clientId, const std::string& goalId) {
    std::vector<PlanVersionEntry> list;
    auto plans = workspace_->plansForGoal(clientId.toLongLong(), goalId);
    if (!plans)
        return list;
    for (const store::SavedPlanSummary& s : *plans)
        list.push_back(
            {QString::number(s.id), s.version, s.title, s.createdAt, s.status, s.cost, s.hours, {}, {}, s.note});
    return list;
}

std::optional<PlanInputs> StoreDataSource::planInputs(const QString& planId, QString* error) {
    auto saved = workspace_->plan(planId.toLongLong());
    if (!saved) {
        if (error)
            *error = storeErrorText(saved.error());
        return std::nullopt;
    }
    const store::SavedPlanInputs& in = saved->inputs;
    // A saved plan's limits are the profile's own plus any added for that plan alone.
    PlanInputs inputs{in.goal,
                      in.objective,
                      in.budget ? in.budget : in.profile.budget,
                      in.deadline ? in.deadline : in.profile.deadline,
                      in.profile.pinned,
                      in.profile.excluded};
    addMissing(inputs.pinned, in.pinned);
    addMissing(inputs.excluded, in.excluded);
    return inputs;
}

QString StoreDataSource::savePlan(const QString& clientId, const Profile& profile, const PlanInputs& inputs,
                                  const Plan& plan, const QString& title, const QString& note) {
    store::SavedPlanInputs saved;
    if (catalogId_ != 0)
        saved.catalogId = catalogId_;
    saved.profile = profile;
    saved.profile.goal = inputs.goal;
    saved.profile.budget = inputs.budget;
    saved.profile.deadline = inputs.deadline;
    saved.profile.pinned = inputs.pinned;
    saved.profile.excluded = inputs.excluded;
    saved.goal = inputs.goal;
    saved.objective = inputs.objective;
    auto id = workspace_->savePlan(clientId.toLongLong(), saved, plan, title, note);
    return id ? QString() : storeErrorText(id.error());
}

std::vector<NoteEntry> StoreDataSource::notes(const QString& clientId) {
    std::vector<NoteEntry> list;
    auto notes = workspace_->notes(clientId.toLongLong());
    if (!notes)
        return list;
    std::map<qint64, int> versions;
    if (auto plans = workspace_->plans(clientId.toLongLong()))
        for (const auto& p : plans.value())
            versions[p.id] = p.version;
    for (const auto& n : notes.value())
        list.push_back({QString::number(n.id), n.text, n.createdAt,
                        n.planId && versions.contains(*n.planId) ? versions[*n.planId] : 0});
    return list;
}

std::vector<ChangeEntry> StoreDataSource::changes(const QString& clientId, const std::string& currency) {
    std::vector<ChangeEntry> list;
    auto trail = workspace_->clientAudit(clientId.toLongLong());
    if (!trail)
        return list;
    text::AuditWords words(text::Format::user(), currency);
    if (auto titles = workspace_->goalTitles(clientId.toLongLong()))
        words.withGoalTitles(std::move(*titles));
    for (const io::AuditEntry& e : *trail)
        list.push_back({words.when(e), e.actor, words.change(e)});
    return list;
}

QString StoreDataSource::addNote(const QString& clientId, const QString& text, const QString& planId) {
    auto added = workspace_->addNote(clientId.toLongLong(), text,
                                     planId.isEmpty() ? std::nullopt : std::optional<qint64>(planId.toLongLong()));
    return added ? QString() : storeErrorText(added.error());
}

} // namespace cairn::app

#endif
