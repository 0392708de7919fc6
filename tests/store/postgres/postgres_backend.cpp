#include "postgres_backend.h"

#include <QUrl>
#include <gtest/gtest.h>

namespace cairn::store::test {

namespace {

cairn::test::PrivateCluster* started = nullptr;

class PostgresBackend : public Backend {
public:
    explicit PostgresBackend(cairn::test::PrivateCluster& cluster) : cluster_(cluster) {}

    QString location(const QString& name) override {
        QString database = QStringLiteral("%1_%2").arg(name).arg(++count_);
        database.replace(QLatin1Char('-'), QLatin1Char('_'));
        QString why;
        EXPECT_TRUE(cluster_.createDatabase(database, why)) << why.toStdString();
        return cluster_.address(database);
    }

    void execAll(const QString& location, const QStringList& statements) override {
        QString why;
        EXPECT_TRUE(cluster_.exec(QUrl(location).path().mid(1), statements, why)) << why.toStdString();
    }

private:
    cairn::test::PrivateCluster& cluster_;
    int count_ = 0;
};

} // namespace

std::unique_ptr<Backend> postgresBackend(cairn::test::PrivateCluster& cluster) {
    return std::make_unique<PostgresBackend>(cluster);
}

cairn::test::PrivateCluster& cluster() {
    return *started;
}

void useCluster(cairn::test::PrivateCluster* cluster) {
    started = cluster;
}

} // namespace cairn::store::test
