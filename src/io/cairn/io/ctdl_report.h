#pragma once

#include "cairn/io/load_error.h"

#include <QString>
#include <QStringList>
#include <vector>

// What a CTDL import did, as facts: the command line and the app word them (one sentence per
// note), so that this layer holds no wording a person reads.
namespace cairn::io::ctdl {

/// One thing the import did with a part of a document.
struct Note {
    enum class Kind {
        Became,       ///< a CTDL node became a catalog item
        Approximated, ///< a value was read, but Cairn holds it in another form
        Skipped,      ///< a part of a document was left out
    };
    /// What happened; `facts` holds the figures and names the wording needs, in the order given.
    enum class What {
        Credential,            ///< became a credential. facts: CTDL type, name
        Placeholder,           ///< a target that is no credential of the documents became a placeholder credential.
                               ///< facts: its reference (its name when described), "described" when the
                               ///< documents describe it as something else (a component…)
        Skill,                 ///< a competency became a skill. facts: name
        Goal,                  ///< a pathway became a goal. facts: name, number of components
        CostsAdded,            ///< several cost profiles added up. facts: count, total, currency
        CostAggregate,         ///< an AggregateCost profile taken as the whole cost. facts: total, currency
        CostAudience,          ///< the price of one audience taken. facts: the audience, other audiences…
        CostCurrencyAssumed,   ///< a price without a currency taken in the catalog's. facts: price, currency
        CostOtherCurrency,     ///< a price in another currency left out. facts: price, its currency, catalog's currency
        CostUnknown,           ///< no price: cost 0, marked estimated
        DurationCalendar,      ///< calendar time made hours of effort. facts: duration, hours
        DurationRange,         ///< a minimum and maximum: the maximum taken. facts: minimum, maximum, hours
        DurationContradiction, ///< a maximum below its minimum. facts: minimum, maximum
        DurationChosen,        ///< several durations: one taken. facts: taken, others…
        HoursUnknown,          ///< no readable duration: hours 0, marked estimated
        Corequisite,           ///< a corequisite held as a prerequisite
        SkillLevel,            ///< competencies granted at an assumed level. facts: count, level
        NoName,                ///< no name: the id is the title
        TextLanguage,          ///< text taken in another language than asked. facts: language
        NodeType,              ///< a node that is no credential, competency or pathway. facts: type
        Condition,             ///< a condition kind Cairn does not plan with. facts: property
        ConditionInWords,      ///< a condition with no target Cairn can check. facts: its text
        CostWithoutPrice,      ///< a cost profile with no price. facts: its name
        CostOfCondition,       ///< a cost of a condition or renewal, not of earning. facts: property
        DurationUnreadable,    ///< a duration that is not ISO 8601. facts: the text
        Manifest,              ///< commonCosts / commonConditions pointing to a manifest. facts: property, reference
        Duplicate,             ///< the same node in two places: the first kept. facts: where first
        TooDeep,               ///< a pathway nesting deeper than a requirement can. facts: limit
    };

    Kind kind = Kind::Became;
    What what = What::Credential;
    QString file;
    QString path; ///< JSON path in the file, e.g. "@graph[0].ceterms:estimatedCost[1]"
    int line = 0;
    int column = 0;
    QString object; ///< the catalog item it is about ("credential ce-…"), empty when none
    QStringList facts;
};

/// The import's whole account.
struct Report {
    QStringList files;               ///< every file read, in order
    std::vector<LoadError> failures; ///< files that could not be read, one error each
    std::vector<Note> notes;         ///< file by file, in the order of their lines and columns

    [[nodiscard]] int count(Note::Kind kind) const;
};

} // namespace cairn::io::ctdl
