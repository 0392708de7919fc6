#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <vector>

namespace cairn::cli {

/// Exit codes shared by every command.
enum ExitCode : int {
    kOk = 0,         ///< done; for plan: a plan was found
    kInvalid = 1,    ///< the input is invalid (validation messages printed)
    kUsage = 2,      ///< bad usage or an unreadable file
    kInfeasible = 3, ///< proven: no plan satisfies the goal and constraints
    kUnknown = 4,    ///< the time limit or a cancel stopped the search before it found any plan
    kConflict = 5,   ///< someone else saved the same row between the read and the write; nothing was saved
};

/// Where a command writes: standard output and standard error, or strings in tests.
/// run() hands commands `out` and `err` that show control characters as visible escapes (see
/// terminal_text.h); `data` is standard output as it is, for a file given as "-".
struct Streams {
    QTextStream& out;
    QTextStream& err;
    QTextStream* data = nullptr; ///< where "-" writes; `out` when not set
    QIODevice* input = nullptr;  ///< where "-" reads from; standard input when not set
};

/// One `cairn-cli` sub-command.
class Command {
public:
    virtual ~Command() = default;
    [[nodiscard]] virtual QString name() const = 0;
    [[nodiscard]] virtual QString summary() const = 0;
    /// `arguments` starts with "cairn-cli <name>" as argv[0] would, then the options.
    virtual int run(const QStringList& arguments, Streams io) = 0;
};

} // namespace cairn::cli
