#include "cairn/cli/cli.h"

#include "cairn/cli/commands.h"
#include "cairn/cli/terminal_text.h"

#include <QCoreApplication>
#include <cairn/text/english_plurals.h>
#include <cairn_revision.h>
#include <cstdio>

namespace cairn::cli {

namespace {
void printHelp(QTextStream& out) {
    out << "Usage: cairn-cli <command> [options]\n\n"
        << "Cairn plans the cheapest or fastest set of micro-credentials that gets a learner to a goal.\n\n"
        << "Commands:\n";
    for (const auto& c : allCommands())
        out << "  " << c->name().leftJustified(14) << "  " << c->summary() << '\n';
    out << "\nRun 'cairn-cli <command> --help' for a command's options.\n"
        << "Without --catalog, commands use the bundled sample catalog, or the bundled career catalog\n"
           "for a profile written for it (as the demo profiles are).\n\n"
        << "Exit codes: 0 done (a plan was found: optimal or feasible), 1 invalid input, 2 usage or\n"
        << "unreadable file, 3 no plan is possible (proven), 4 unknown (the time limit or a cancel\n"
        << "stopped the search before it found any plan), 5 someone else saved the same client,\n"
        << "plan or catalog entry between the command's reading and its writing; nothing was saved.\n";
}

int dispatch(const QStringList& arguments, Streams io) {
    const QString first = arguments.value(1);
    if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        printHelp(io.out);
        return first.isEmpty() ? kUsage : kOk;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        io.out << "cairn-cli " << CAIRN_VERSION << " (revision " << CAIRN_REVISION << ")\n";
        return kOk;
    }
    for (const auto& c : allCommands()) {
        if (c->name() == first) {
            QStringList rest = arguments.mid(2);
            rest.prepend(QStringLiteral("cairn-cli ") + first);
            const int code = c->run(rest, io);
            io.out.flush();
            io.err.flush();
            return code;
        }
    }
    io.err << "cairn-cli: unknown command '" << first << "'. Run 'cairn-cli --help' for the list.\n";
    return kUsage;
}

} // namespace

int run(const QStringList& arguments, Streams caller) {
    // The terminal speaks English, counting "1 credential" and "2 credentials" (once a process).
    static const bool plurals = QCoreApplication::instance() && text::useEnglishPlurals(*QCoreApplication::instance());
    (void)plurals;
    // Everything the commands print passes through printable(); files written to "-" do not.
    PrintableText safeOut(caller.out);
    PrintableText safeErr(caller.err);
    QTextStream out(&safeOut);
    QTextStream err(&safeErr);
    const Streams io{out, err, caller.data ? caller.data : &caller.out, caller.input};
    const int code = dispatch(arguments, io);
    out.flush();
    err.flush();
    caller.out.flush();
    caller.err.flush();
    return code;
}

int run(const QStringList& arguments) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(arguments, Streams{out, err});
}

} // namespace cairn::cli
