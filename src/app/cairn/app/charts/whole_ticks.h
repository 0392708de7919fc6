#pragma once

// Axes labelled with whole numbers ("%.0f": weeks, hours, money, credits).

class QValueAxis;

namespace cairn::app {

/// QValueAxis::applyNiceNumbers() for an axis whose labels are whole numbers, with every tick on
/// one: alone, it splits a range of 0 to 1 (an empty chart, a plan of one week or one dollar)
/// into quarters, labelled "0 0 0 1 1". Call it once the range covers the data.
void applyWholeNiceNumbers(QValueAxis* axis);

} // namespace cairn::app
