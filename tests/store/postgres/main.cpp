#include "postgres_backend.h"

#include <QCoreApplication>
#include <cstdio>
#include <gtest/gtest.h>

// The workspace suites against a PostgreSQL cluster of their own, started once for the run and
// stopped at its end (and by its watchdog, should this process die first).
int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cairn-store-postgres-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    QString why;
    auto server = cairn::test::PrivateCluster::start(why);
    if (!server) {
        std::fprintf(stderr, "No PostgreSQL server for the tests: %s\n", why.toLocal8Bit().constData());
        return 1;
    }
    cairn::store::test::useCluster(server.get());
    cairn::store::test::useBackend(cairn::store::test::postgresBackend(*server));
    const int result = RUN_ALL_TESTS();
    cairn::store::test::useBackend(nullptr);
    return result;
}
