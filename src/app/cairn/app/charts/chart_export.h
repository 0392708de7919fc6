#pragma once

#include <QString>

class QChartView;

namespace cairn::app {

/// Writes what a chart view shows to `path`: a PNG image, or with the suffix ".svg" an SVG
/// drawing that stays sharp at any size. The file is replaced only once it is complete.
/// Returns a sentence saying what went wrong, empty on success.
QString saveChartImage(QChartView* view, const QString& path);

} // namespace cairn::app
