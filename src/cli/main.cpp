#include <QCoreApplication>
#include <QGuiApplication>
#include <cairn/cli/cli.h>
#include <cairn/engine/allocator_tuning.h>
#include <memory>

int main(int argc, char* argv[]) {
    cairn::keepLargeAllocationsForReuse();
    // Drawing a PDF needs fonts and a paint engine, which come with a GUI application; without
    // a display the offscreen platform serves. Everything else needs only the core.
    bool drawing = false;
    for (int i = 1; i < argc; ++i)
        drawing = drawing || QByteArray(argv[i]) == "--pdf" || QByteArray(argv[i]).startsWith("--pdf=");
    std::unique_ptr<QCoreApplication> app;
    if (drawing) {
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("Cairn"));
    QCoreApplication::setOrganizationName(QStringLiteral("Cairn"));
    return cairn::cli::run(QCoreApplication::arguments());
}
