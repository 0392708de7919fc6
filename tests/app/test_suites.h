#pragma once

#include <QObject>
#include <functional>
#include <memory>
#include <vector>

namespace cairn::app::test {

struct Suite {
    const char* name;
    std::function<std::unique_ptr<QObject>()> make;
};

/// Every suite, in the order they run.
std::vector<Suite> suites();

/// The bundled sample catalog, read from the source tree.
QString sampleCatalogPath();

} // namespace cairn::app::test
