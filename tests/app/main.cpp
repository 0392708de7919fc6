// Runs the app's QTest suites. `cairn_app_tests SUITE [QTest options]` runs one suite;
// without a suite name every suite runs.
#include "test_suites.h"

#include <QApplication>
#include <QTest>
#include <cstring>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CairnTests"));
    QApplication::setOrganizationName(QStringLiteral("Cairn"));
    const char* only = argc > 1 && argv[1][0] != '-' ? argv[1] : nullptr;
    std::vector<char*> args{argv[0]};
    for (int i = only ? 2 : 1; i < argc; ++i)
        args.push_back(argv[i]);
    int failures = 0;
    bool ran = false;
    for (const auto& suite : cairn::app::test::suites()) {
        if (only && std::strcmp(only, suite.name) != 0)
            continue;
        ran = true;
        auto object = suite.make();
        failures += QTest::qExec(object.get(), static_cast<int>(args.size()), args.data());
    }
    if (!ran) {
        std::fprintf(stderr, "no test suite named %s\n", only);
        return 2;
    }
    return failures == 0 ? 0 : 1;
}
