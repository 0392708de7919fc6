#pragma once

// Runs cairn-cli in the test's own process and keeps what it printed, for the CLI tests, and
// finds the files they read and write.
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <cairn/cli/cli.h>

namespace cairn::test {

/// What one cairn-cli run printed, and its exit code.
struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

/// Runs `cairn-cli ARGUMENTS…`.
inline CliRun cli(QStringList arguments) {
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    arguments.prepend(QStringLiteral("cairn-cli"));
    r.code = cairn::cli::run(arguments, cairn::cli::Streams{out, err});
    out.flush();
    err.flush();
    return r;
}

/// A file of tests/cli/data.
inline QString data(const char* name) {
    return QStringLiteral(CAIRN_TEST_DATA "/") + QLatin1String(name);
}

/// The bytes of a file a command wrote; empty when it is missing.
inline QByteArray read(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace cairn::test
