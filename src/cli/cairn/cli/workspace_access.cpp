#include "cairn/cli/workspace_access.h"

#include <QSaveFile>

namespace cairn::cli {

QCommandLineOption databaseOption() {
    return QCommandLineOption(
        QStringList{QStringLiteral("database"), QStringLiteral("d")},
        QStringLiteral("Workspace database file. Default: %1").arg(store::Workspace::defaultPath()),
        QStringLiteral("FILE"));
}

std::unique_ptr<store::Workspace> openWorkspace(const QCommandLineParser& parser, const QCommandLineOption& database,
                                                Streams io, const QString& command) {
    auto ws = store::Workspace::open(parser.value(database));
    if (!ws) {
        reportError(ws.error(), io.err, command);
        return nullptr;
    }
    return std::move(*ws);
}

int reportError(const store::Error& error, QTextStream& err, const QString& command) {
    err << command << ": " << error.message << '\n';
    for (const auto& p : error.problems)
        err << "  " << p.toString() << '\n';
    return error.kind == store::Error::Kind::Invalid ? kInvalid : kUsage;
}

bool writeOutput(const QString& path, const QByteArray& bytes, Streams io, const QString& command) {
    if (path == QLatin1String("-")) {
        io.out << QString::fromUtf8(bytes);
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        io.err << command << ": could not write " << path << ": " << file.errorString() << '\n';
        return false;
    }
    return true;
}

} // namespace cairn::cli
