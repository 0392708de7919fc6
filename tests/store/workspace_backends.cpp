#include "workspace_backends.h"

#include "store_fixtures.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace cairn::store::test {

namespace {

std::unique_ptr<Backend>& current() {
    static std::unique_ptr<Backend> chosen;
    return chosen;
}

class SqliteBackend : public Backend {
public:
    QString location(const QString& name) override {
        return dir_.filePath(QStringLiteral("%1-%2.sqlite").arg(name).arg(++count_));
    }
    void execAll(const QString& location, const QStringList& statements) override {
        test::execAll(location, statements);
    }

private:
    QTemporaryDir dir_;
    int count_ = 0;
};

} // namespace

Backend& backend() {
    if (!current())
        current() = sqliteBackend();
    return *current();
}

void useBackend(std::unique_ptr<Backend> backend) {
    current() = std::move(backend);
}

std::unique_ptr<Backend> sqliteBackend() {
    return std::make_unique<SqliteBackend>();
}

} // namespace cairn::store::test
