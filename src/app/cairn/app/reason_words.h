#pragma once

#include <QCoreApplication>
#include <QString>
#include <cairn/engine/catalog.h>
#include <cairn/engine/plan.h>

namespace cairn::app {

/// Why a credential is in a plan, in the user's language. The planner writes each reason as an
/// English sentence; the window rewords it from the reason's parts (what kind, which item, which
/// credential or goal) so a German window does not show English sentences. In English the words
/// are the planner's own.
class ReasonWords {
    Q_DECLARE_TR_FUNCTIONS(ReasonWords)

public:
    explicit ReasonWords(const Catalog& catalog) : catalog_(catalog) {}

    /// "Gives SQL at level 2, which the goal 'Data analyst' needs."
    [[nodiscard]] QString sentence(const Reason& reason) const;
    /// A copy of `plan` whose reasons read as sentence() words them, for the PDF report.
    [[nodiscard]] Plan reworded(const Plan& plan) const;

private:
    const Catalog& catalog_;
};

} // namespace cairn::app
