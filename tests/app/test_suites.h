#pragma once

#include <QObject>
#include <QWidget>
#include <functional>
#include <memory>
#include <vector>

namespace cairn::app {
class PlanningSession;
}

namespace cairn::app::test {

struct Suite {
    const char* name;
    std::function<std::unique_ptr<QObject>()> make;
};

/// Every suite, in the order they run.
std::vector<Suite> suites();

/// The bundled sample catalog, read from the source tree.
QString sampleCatalogPath();

/// A session on the bundled sample catalog for client "1", who holds spreadsheets at level 1;
/// null (with a test failure) when the catalog cannot be read.
std::unique_ptr<PlanningSession> sampleSession();

/// The main window's parts shown smaller than they need to be read, by name; empty when none
/// is. The goal bar must not fall into its toolbar's overflow menu either.
QString nothingSqueezed(QWidget* window);

/// Legends that cannot show all their entries in full in the room they have, by name: the
/// pathway's and those of the charts shown; empty when every legend fits.
QString legendsCut(QWidget* window);

/// The docked panels that scroll sideways, by name with the width their content needs and the
/// width they have; empty when each fits its dock's width (the Profile panel at 1024×700
/// scrolled sideways, its buttons and its skill list holding it wider than its dock).
QString panelsScrollingSideways(QWidget* window);

/// Alt+letter keys that two of the window's menus or goal bar fields share, e.g. "C: &Client,
/// &Catalog"; empty when each key reaches one place.
QString mnemonicClashes(QWidget* window);

} // namespace cairn::app::test
