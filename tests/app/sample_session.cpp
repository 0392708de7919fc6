#include "test_suites.h"

#include <QTest>
#include <cairn/app/session/planning_session.h>
#include <cairn/io/catalog_json.h>

namespace cairn::app::test {

std::unique_ptr<PlanningSession> sampleSession() {
    auto loaded = io::readCatalogFile(sampleCatalogPath());
    if (!loaded.ok()) {
        QTest::qFail("The sample catalog cannot be read.", __FILE__, __LINE__);
        return nullptr;
    }
    auto session = std::make_unique<PlanningSession>();
    session->setCatalog(*loaded.value);
    Profile p;
    p.skills = {{"spreadsheets", 1}};
    session->setClient(QStringLiteral("1"), p);
    return session;
}

} // namespace cairn::app::test
