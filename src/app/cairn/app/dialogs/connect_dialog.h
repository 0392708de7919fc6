#pragma once

#ifdef HAVE_CAIRN_STORE

#include <QDialog>
#include <QStringList>
#include <cairn/store/result.h>
#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class ConnectDialog;
}

namespace cairn::app {

/// File → Connect to team workspace…: a server address (a recent one, or typed) and its password.
/// Connect tries the address on a worker thread, so an unreachable server never freezes the
/// window; the dialog stays open with the reason when it fails, and is accepted once the
/// workspace opened. The password is kept only until the window has used it.
class ConnectDialog : public QDialog {
    Q_OBJECT

public:
    /// Opens the workspace at an address with a password and closes it again; the reason when
    /// it cannot. Runs on a worker thread: it must make its own database connection.
    using Attempt = std::function<std::optional<store::Error>(const QString& address, const QString& password)>;

    ConnectDialog(const QStringList& recent, QWidget* parent = nullptr);
    /// The same with another way to try an address (the tests').
    ConnectDialog(const QStringList& recent, Attempt attempt, QWidget* parent = nullptr);
    ~ConnectDialog() override;

    /// The address as written, once accepted.
    [[nodiscard]] QString address() const;
    /// The password typed, once accepted.
    [[nodiscard]] QString password() const;
    /// Whether a connection is being tried.
    [[nodiscard]] bool isConnecting() const { return connecting_; }
    /// The reason shown for the last failed attempt, empty when none failed.
    [[nodiscard]] QString problem() const;

    /// The opening of a workspace on a server, with its migrations, and nothing else.
    [[nodiscard]] static std::optional<store::Error> openAndClose(const QString& address, const QString& password);

signals:
    /// "Use the local workspace": the person gives up on the server for now.
    void localWorkspaceChosen();

public slots:
    void accept() override;
    void reject() override;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fitHeight();
    void finishAttempt(const std::optional<store::Error>& error);
    void setConnecting(bool connecting);
    void showProblem(const QString& text);
    [[nodiscard]] QString wordError(const store::Error& error) const;

    std::unique_ptr<Ui::ConnectDialog> ui_;
    Attempt attempt_;
    bool connecting_ = false;
    /// Which attempt is the current one: one abandoned by Cancel may still end later.
    int attemptNumber_ = 0;
};

} // namespace cairn::app

#endif
