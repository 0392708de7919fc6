#include <QCoreApplication>
#include <gtest/gtest.h>

// The workspace needs an application object for its bundled resources and standard paths.
int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cairn-store-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
