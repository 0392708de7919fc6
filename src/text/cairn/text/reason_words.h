#pragma once

#include "cairn/text/format.h"

#include <QCoreApplication>
#include <QString>
#include <cairn/engine/catalog.h>
#include <cairn/engine/plan.h>

namespace cairn::text {

/// Why a credential is in a plan, in words. The planner gives each reason as its parts (what
/// kind, which item, which credential or goal, how many credits); this writes the sentence, in
/// English for the command line and in the user's language for the window and the report.
class ReasonWords {
    Q_DECLARE_TR_FUNCTIONS(ReasonWords)

public:
    explicit ReasonWords(const Catalog& catalog, Format format = Format::user())
        : catalog_(catalog), format_(std::move(format)) {}

    /// "Gives SQL at level 2, which the goal 'Data analyst' needs."
    [[nodiscard]] QString sentence(const Reason& reason) const;

private:
    const Catalog& catalog_;
    Format format_;
};

} // namespace cairn::text
