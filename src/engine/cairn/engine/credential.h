#pragma once

#include "cairn/engine/date.h"
#include "cairn/engine/keeping_terms.h"
#include "cairn/engine/requirement.h"
#include "cairn/engine/skill.h"

#include <optional>
#include <string>
#include <vector>

namespace cairn {

/// How a credential is taken: at the learner's own pace, or in a cohort that starts on
/// fixed dates and runs for a fixed number of weeks.
struct Pace {
    enum class Kind { SelfPaced, Cohort };
    Kind kind = Kind::SelfPaced;
    int weeks = 0;            ///< cohort length
    std::vector<Date> starts; ///< cohort start dates, ascending

    [[nodiscard]] bool isCohort() const { return kind == Kind::Cohort; }
    bool operator==(const Pace&) const = default;
};

/// Credits a credential carries toward a degree program, countable in one of `categories`.
struct CreditOffer {
    std::string program;
    double credits = 0;
    std::vector<std::string> categories;

    bool operator==(const CreditOffer&) const = default;
};

/// A micro-credential: a certificate, course, exam or badge a learner can complete.
struct Credential {
    std::string id;
    std::string title;
    std::string provider;
    std::string url;
    std::string description; ///< optional
    double cost = 0;         ///< money in the catalog's currency, >= 0
    double hours = 0;        ///< hours of effort, >= 0
    Pace pace;
    std::vector<SkillLevel> grants;
    Requirement prerequisites; ///< `requires` in the format; None when there are none
    std::vector<CreditOffer> credits;
    std::vector<std::string> tags;
    // Provenance of the published figures (optional in the format).
    std::string source;                 ///< where cost and hours were published
    std::string asOf;                   ///< "YYYY-MM-DD" the figures were read, empty when unknown
    std::vector<std::string> estimated; ///< names of fields that are estimates ("cost", "hours")
    /// False when the catalog gives no `cost` (format version 2): then the credential is bought
    /// only through an offer that covers it, and `cost` is 0 and unused.
    bool hasCost = true;
    // Keeping it and how sure its figures are (format version 3; cairn/engine/keeping.h).
    int validMonths = 0;                   ///< how long it stays valid once earned; 0: it does not expire
    std::optional<Renewal> renewal;        ///< only with validMonths
    std::optional<FigureRange> costRange;  ///< low and high around `cost`
    std::optional<FigureRange> hoursRange; ///< low and high around `hours`

    /// The level this credential grants in `skill`, 0 when it grants none.
    [[nodiscard]] int grantLevel(const std::string& skill) const;
    bool operator==(const Credential&) const = default;
};

} // namespace cairn
