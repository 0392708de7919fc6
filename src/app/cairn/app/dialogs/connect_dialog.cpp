#ifdef HAVE_CAIRN_STORE

#include "cairn/app/dialogs/connect_dialog.h"

#include "cairn/app/data/store_error_text.h"
#include "ui_connect_dialog.h"

#include <QLayout>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QThread>
#include <cairn/store/server_address.h>
#include <cairn/store/workspace.h>
#include <cairn/text/message_words.h>

namespace cairn::app {

ConnectDialog::ConnectDialog(const QStringList& recent, QWidget* parent)
    : ConnectDialog(recent, &ConnectDialog::openAndClose, parent) {}

ConnectDialog::ConnectDialog(const QStringList& recent, Attempt attempt, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::ConnectDialog>()), attempt_(std::move(attempt)) {
    ui_->setupUi(this);
    ui_->addressCombo->addItems(recent);
    ui_->addressCombo->lineEdit()->setPlaceholderText(tr("postgresql://you@server.example.org/cairn"));
    ui_->addressCombo->setCurrentText(recent.value(0));
    ui_->progress->hide();
    auto* local = ui_->buttonBox->addButton(tr("Use the &local workspace"), QDialogButtonBox::ResetRole);
    local->setObjectName(QStringLiteral("localButton"));
    ui_->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(ui_->buttonBox, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(ui_->buttonBox, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    connect(local, &QPushButton::clicked, this, [this] {
        emit localWorkspaceChosen();
        reject();
    });
    // With a recent address given, the password is what is left to type.
    (recent.isEmpty() ? static_cast<QWidget*>(ui_->addressCombo) : ui_->passwordEdit)->setFocus();
}

ConnectDialog::~ConnectDialog() = default;

QString ConnectDialog::address() const {
    return ui_->addressCombo->currentText().trimmed();
}

QString ConnectDialog::password() const {
    return ui_->passwordEdit->text();
}

QString ConnectDialog::problem() const {
    return ui_->problemLabel->text();
}

std::optional<store::Error> ConnectDialog::openAndClose(const QString& address, const QString& password) {
    store::Workspace::Options options;
    options.password = password;
    auto opened = store::Workspace::open(address, options);
    if (!opened)
        return opened.error();
    return std::nullopt;
}

void ConnectDialog::accept() {
    if (connecting_)
        return;
    const QString text = address();
    if (!store::ServerAddress::isServerAddress(text)) {
        showProblem(tr("A team workspace's address starts with postgresql://, for example "
                       "postgresql://advisor@server.example.org/cairn."));
        ui_->addressCombo->setFocus();
        return;
    }
    if (auto parsed = store::ServerAddress::parse(text); !parsed) {
        showProblem(wordError(parsed.error()));
        ui_->addressCombo->setFocus();
        return;
    }
    setConnecting(true);
    const int number = ++attemptNumber_;
    auto result = std::make_shared<std::optional<store::Error>>();
    QThread* worker =
        QThread::create([attempt = attempt_, text, pass = password(), result] { *result = attempt(text, pass); });
    // The thread outlives the dialog when Cancel abandons it; it deletes itself once done.
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    QPointer<ConnectDialog> self(this);
    connect(worker, &QThread::finished, this, [self, number, result] {
        if (self && number == self->attemptNumber_)
            self->finishAttempt(*result);
    });
    worker->start();
}

void ConnectDialog::reject() {
    ++attemptNumber_; // an attempt still running is abandoned
    setConnecting(false);
    QDialog::reject();
}

void ConnectDialog::finishAttempt(const std::optional<store::Error>& error) {
    setConnecting(false);
    if (!error) {
        QDialog::accept();
        return;
    }
    showProblem(wordError(*error));
    const bool password = error->what.code == Message::Code::ServerAuthFailed;
    if (password) {
        ui_->passwordEdit->selectAll();
        ui_->passwordEdit->setFocus();
    } else {
        ui_->addressCombo->setFocus();
    }
}

void ConnectDialog::setConnecting(bool connecting) {
    connecting_ = connecting;
    ui_->progress->setVisible(connecting);
    ui_->addressCombo->setEnabled(!connecting);
    ui_->passwordEdit->setEnabled(!connecting);
    ui_->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!connecting);
    if (connecting)
        showProblem({});
    ui_->statusLabel->setText(connecting ? tr("Connecting to %1…").arg(address()) : QString());
}

void ConnectDialog::showProblem(const QString& text) {
    ui_->problemLabel->setText(text);
    ui_->problemLabel->setVisible(!text.isEmpty());
    fitHeight();
}

void ConnectDialog::fitHeight() {
    // A wrapped label's height depends on the width, which a layout's minimum size does not follow:
    // the dialog grows itself so that the reason shown is read whole.
    layout()->activate();
    if (const int needed = layout()->totalHeightForWidth(width()); needed > height())
        resize(width(), needed);
}

void ConnectDialog::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    fitHeight();
}

QString ConnectDialog::wordError(const store::Error& error) const {
    // The store's sentence points at PGPASSWORD and ~/.pgpass, which is right for cairn-cli; here
    // the password was typed.
    if (error.what.code == Message::Code::ServerAuthFailed)
        return tr("The server did not accept this password for this user. Check both and try again.");
    return storeErrorText(error);
}

} // namespace cairn::app

#endif
