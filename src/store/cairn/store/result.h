#pragma once

#include <QString>
#include <cairn/engine/message.h>
#include <cairn/io/load_error.h>
#include <utility>
#include <variant>
#include <vector>

namespace cairn::store {

/// Why a workspace operation did not happen: a message (a code and its facts) that
/// text::MessageWords words in the reader's language, and its English for the command line and
/// logs.
struct Error {
    enum class Kind {
        Busy,         ///< another program holds the database; try again
        DiskFull,     ///< no space left to write
        ReadOnly,     ///< the file or its folder cannot be written
        Damaged,      ///< not a Cairn database, or a damaged one
        NewerVersion, ///< written by a newer Cairn; left untouched
        NotFound,     ///< no such catalog, client or plan
        Invalid,      ///< the input was refused (see `problems`)
        Conflict,     ///< a name already taken
        Io,           ///< a file could not be read or written
        Server,       ///< the server cannot be reached or refused the connection, or its address is wrong (or a
                      ///< file was given where only a server will do)
        Denied,       ///< the user's role on the server does not allow it
        Stale,        ///< someone else saved the row since it was read; nothing was saved (read it again)
    };

    Kind kind = Kind::Io;
    Message what{};                      ///< what went wrong, for text::MessageWords
    QString message;                     ///< `what` in English, as cairn-cli and logs write it
    std::vector<io::LoadError> problems; ///< every problem of a refused import or edit, with file, line, column

    /// An error of `kind` that says `what`, its English written once here.
    [[nodiscard]] static Error of(Kind kind, Message what, std::vector<io::LoadError> problems = {});

    /// The English message followed by one line per problem.
    [[nodiscard]] QString toString() const;
};

/// A value or the reason there is none. Workspace methods never throw; they return this.
template <typename T> class Result {
public:
    Result(T value) : state_(std::move(value)) {}
    Result(Error error) : state_(std::move(error)) {}

    [[nodiscard]] bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const T& value() const& { return std::get<0>(state_); }
    [[nodiscard]] T& value() & { return std::get<0>(state_); }
    /// By value, so `for (auto& x : ws.clients().value())` does not dangle.
    [[nodiscard]] T value() && { return std::get<0>(std::move(state_)); }
    [[nodiscard]] const Error& error() const { return std::get<1>(state_); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

private:
    std::variant<T, Error> state_;
};

/// Success without a value, or the reason it failed.
template <> class Result<void> {
public:
    Result() = default;
    Result(Error error) : error_(std::move(error)), ok_(false) {}

    [[nodiscard]] bool ok() const { return ok_; }
    explicit operator bool() const { return ok_; }
    [[nodiscard]] const Error& error() const { return error_; }

private:
    Error error_;
    bool ok_ = true;
};

} // namespace cairn::store
