#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <cairn/engine/catalog.h>
#include <cairn/engine/plan.h>
#include <cairn/engine/profile.h>
#include <cairn/engine/skill_goal.h>
#include <vector>

namespace cairn::report {

enum class PageSize {
    Auto,   ///< Letter in the locale's Letter countries (US, Canada, Mexico, …), A4 elsewhere
    A4,     ///< 210 × 297 mm
    Letter, ///< 8.5 × 11 in
};

/// Everything a PDF report shows. The catalog, profile and plan are borrowed: they must outlive
/// the call that uses this input.
struct ReportInput {
    ReportInput(const Catalog& catalog, const Profile& profile, const Plan& plan)
        : catalog(catalog), profile(profile), plan(plan) {}

    const Catalog& catalog;
    const Profile& profile;
    const Plan& plan;
    std::vector<Plan> front; ///< optional Pareto front (cheapest to fastest) for the cost-vs-time chart
    QString advisorNotes;    ///< plain text; blank lines separate paragraphs
    QString clientName;      ///< defaults to the profile's name when empty
    QDate producedOn = QDate::currentDate();
    PageSize pageSize = PageSize::Auto;
    QLocale locale;    ///< numbers, money, dates and the automatic page size
    int holdYears = 3; ///< years the cost to hold counts (docs/planning-model.md, "Keeping a credential")
    /// For a goal made from an occupation or a job ad: the skills it asks for that no credential
    /// of the catalog teaches (the plan leaves them out), and how many skills it asks for.
    std::vector<UntaughtSkill> untaught;
    int wantedSkills = 0;
};

} // namespace cairn::report
