#include "cairn/app/charts/whole_ticks.h"

#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace cairn::app {

namespace {
/// Qt's default, and a hint to applyNiceNumbers(): a tick count left from a small range would
/// otherwise keep a larger one coarse.
constexpr int kTicks = 5;
} // namespace

void applyWholeNiceNumbers(QValueAxis* axis) {
    const double least = std::floor(axis->min());
    axis->setRange(least, std::max(std::ceil(axis->max()), least + 1));
    axis->setTickCount(kTicks);
    axis->applyNiceNumbers();
    const double span = axis->max() - axis->min();
    if (axis->tickCount() < 2 || span / (axis->tickCount() - 1) >= 1)
        return; // nice steps of one or more are whole numbers: 1, 2, 5, 10...
    const double whole = std::max(1.0, std::ceil(span));
    axis->setRange(axis->min(), axis->min() + whole);
    axis->setTickCount(static_cast<int>(whole) + 1);
}

} // namespace cairn::app
