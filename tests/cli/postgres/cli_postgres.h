#pragma once

// What the command line's server tests share: the private server the whole run uses, a run with
// standard input, and a run as one of the team.
#include "cli_run.h"
#include "private_cluster.h"

#include <QBuffer>
#include <QUrl>

/// The private PostgreSQL server main() started for this run.
cairn::test::PrivateCluster& cliServer();

namespace cairn::test {

inline QStringList withDatabase(QStringList arguments, const QString& database) {
    return arguments << QStringLiteral("--database") << database;
}

/// Runs `cairn-cli ARGUMENTS…` with `input` as its standard input.
inline CliRun cliWithInput(QStringList arguments, const QByteArray& input) {
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    QBuffer in;
    in.setData(input);
    in.open(QIODevice::ReadOnly);
    arguments.prepend(QStringLiteral("cairn-cli"));
    r.code = cairn::cli::run(arguments, cairn::cli::Streams{out, err, nullptr, &in});
    out.flush();
    err.flush();
    return r;
}

/// `address` with `user` as whom it connects, and that user's password in PGPASSWORD for as
/// long as it lives.
class As {
public:
    As(const QString& address, const QString& user) : saved_(qgetenv("PGPASSWORD")) {
        QUrl url(address);
        url.setUserName(user);
        address_ = url.toString();
        qputenv("PGPASSWORD", passwordOf(user));
    }
    ~As() { qputenv("PGPASSWORD", saved_); }
    As(const As&) = delete;
    As& operator=(const As&) = delete;

    static QByteArray passwordOf(const QString& user) { return "pw-" + user.toUtf8(); }
    CliRun run(const QStringList& arguments) const { return cli(withDatabase(arguments, address_)); }

private:
    QByteArray saved_;
    QString address_;
};

} // namespace cairn::test
