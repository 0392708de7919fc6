#pragma once

#include <QDialog>
#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class CredentialDialog;
}

namespace cairn {
struct Catalog;
struct Credential;
} // namespace cairn

namespace cairn::app {

/// Adds or edits a credential in a form. Each field is checked when saving (ids, skill
/// levels, dates, the requirement's text); `save` then writes it and may refuse it with a
/// sentence, which is shown and keeps the dialog open.
class CredentialDialog : public QDialog {
    Q_OBJECT

public:
    using Saver = std::function<QString(const Credential&)>;

    /// `existing` null to add a new credential.
    CredentialDialog(const Catalog& catalog, const Credential* existing, Saver save, QWidget* parent = nullptr);
    ~CredentialDialog() override;

    /// The credential the form describes, or the first problem with it.
    [[nodiscard]] std::optional<Credential> credential(QString* problem) const;

public slots:
    void accept() override;

private:
    void updateRequirementWords();

    std::unique_ptr<Ui::CredentialDialog> ui_;
    const Catalog& catalog_;
    std::unique_ptr<Credential> original_;
    Saver save_;
};

} // namespace cairn::app
