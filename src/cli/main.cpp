#include <cairn/cli/cli.h>

#include <QCoreApplication>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    return cairn::cli::run(QCoreApplication::arguments());
}
