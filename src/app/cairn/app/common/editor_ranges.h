#pragma once

#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <cairn/engine/limits.h>

// The app's editors accept exactly what validation accepts (cairn/engine/limits.h), so a value
// typed in is never one the planner refuses, and a stored value out of range is shown clamped
// while the Issues panel says what is wrong with it.
namespace cairn::app {

inline void applyRange(QDoubleSpinBox* spin, const NumberRange& range) {
    spin->setRange(range.min, range.max);
}

inline void applyRange(QSpinBox* spin, int min, int max) {
    spin->setRange(min, max);
}

inline void applyDateRange(QDateEdit* edit) {
    const Date first = limits::firstDate(), last = limits::lastDate();
    edit->setDateRange(QDate(first.year(), static_cast<int>(first.month()), static_cast<int>(first.day())),
                       QDate(last.year(), static_cast<int>(last.month()), static_cast<int>(last.day())));
}

} // namespace cairn::app
