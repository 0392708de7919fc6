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

/// The skills listed after "Essential, no credential here teaches them (N):" (or "Optional, …") in
/// a command's output, the wrapped lines joined, each name between ", " and ", ".
inline std::string untaughtList(const QString& out, const char* role) {
    const QString head = QString::fromLatin1(role) + QStringLiteral(", no credential here teaches them (");
    const qsizetype at = out.indexOf(head);
    if (at < 0)
        return {};
    QString list;
    const QStringList lines = out.mid(out.indexOf(u':', at) + 1).split(u'\n');
    for (qsizetype i = 0; i < lines.size() && (i == 0 || lines[i].startsWith(QStringLiteral("    "))); ++i)
        list += lines[i].trimmed() + u' ';
    QStringList items = list.split(u',', Qt::SkipEmptyParts);
    for (QString& item : items)
        item = item.trimmed();
    return (QStringLiteral(", ") + items.join(QStringLiteral(", ")) + QStringLiteral(", ")).toStdString();
}

} // namespace cairn::test
