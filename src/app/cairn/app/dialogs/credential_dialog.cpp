#include "cairn/app/dialogs/credential_dialog.h"

#include "cairn/app/common/editor_ranges.h"
#include "cairn/app/common/qt_convert.h"
#include "cairn/app/common/requirement_words.h"
#include "ui_credential_dialog.h"

#include <QPushButton>
#include <QRegularExpression>
#include <cairn/engine/catalog.h>
#include <cairn/engine/requirement_text.h>
#include <cairn/text/message_words.h>

namespace cairn::app {

namespace {
/// The cost box's value for a credential without a one-time price, just below the price range.
constexpr double kNoOwnPrice = -1;

QStringList splitList(const QString& text) {
    QStringList out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}
} // namespace

CredentialDialog::CredentialDialog(const Catalog& catalog, const Credential* existing, Saver save, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::CredentialDialog>()), catalog_(catalog),
      original_(existing ? std::make_unique<Credential>(*existing) : nullptr), save_(std::move(save)) {
    ui_->setupUi(this);
    applyRange(ui_->costSpin, limits::kCost);
    applyRange(ui_->hoursSpin, limits::kHours);
    applyRange(ui_->weeksSpin, limits::kMinCohortWeeks, limits::kMaxCohortWeeks);
    setWindowTitle(existing ? tr("Edit credential") : tr("Add credential"));
    ui_->paceCombo->addItem(tr("Self-paced"));
    ui_->paceCombo->addItem(tr("Cohort"));
    ui_->costSpin->setPrefix(qs(catalog.currency) + QLatin1Char(' '));
    // One step below the range stands for "no one-time price": a credential sold only through
    // an offer (catalog format version 2). Typing a price gives it one; stepping below 0 takes it away.
    ui_->costSpin->setMinimum(kNoOwnPrice);
    ui_->costSpin->setSpecialValueText(tr("None: sold through offers"));
    auto paceChanged = [this](int index) {
        ui_->weeksSpin->setEnabled(index == 1);
        ui_->startsEdit->setEnabled(index == 1);
    };
    connect(ui_->paceCombo, &QComboBox::currentIndexChanged, this, paceChanged);
    connect(ui_->requiresEdit, &QLineEdit::textChanged, this, &CredentialDialog::updateRequirementWords);
    connect(ui_->buttonBox, &QDialogButtonBox::accepted, this, &CredentialDialog::accept);
    connect(ui_->buttonBox, &QDialogButtonBox::rejected, this, &CredentialDialog::reject);
    if (existing) {
        const Credential& c = *existing;
        ui_->idEdit->setText(qs(c.id));
        ui_->titleEdit->setText(qs(c.title));
        ui_->providerEdit->setText(qs(c.provider));
        ui_->urlEdit->setText(qs(c.url));
        ui_->descriptionEdit->setPlainText(qs(c.description));
        ui_->costSpin->setValue(c.hasCost ? c.cost : kNoOwnPrice);
        ui_->hoursSpin->setValue(c.hours);
        ui_->paceCombo->setCurrentIndex(c.pace.isCohort() ? 1 : 0);
        ui_->weeksSpin->setValue(std::max(1, c.pace.weeks));
        QStringList starts, grants, tags;
        for (const auto& d : c.pace.starts)
            starts << qs(d.toIso());
        for (const auto& g : c.grants)
            grants << QStringLiteral("%1@%2").arg(qs(g.skill)).arg(g.level);
        for (const auto& t : c.tags)
            tags << qs(t);
        ui_->startsEdit->setText(starts.join(QStringLiteral(", ")));
        ui_->grantsEdit->setText(grants.join(QStringLiteral(", ")));
        ui_->tagsEdit->setText(tags.join(QStringLiteral(", ")));
        ui_->requiresEdit->setText(qs(toText(c.prerequisites)));
    }
    paceChanged(ui_->paceCombo->currentIndex());
    updateRequirementWords();
}

CredentialDialog::~CredentialDialog() = default;

namespace {

/// The 1-based character (not byte) where the parser stopped, as the edit's cursor counts.
qsizetype characterNumber(const std::string& text, const RequirementTextError& error) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(error.offset)).size() + 1;
}

} // namespace

void CredentialDialog::updateRequirementWords() {
    const std::string written = ui_->requiresEdit->text().toStdString();
    const auto parsed = parseRequirementText(written);
    if (const auto* error = std::get_if<RequirementTextError>(&parsed)) {
        ui_->requiresWords->setText(tr("Not understood at character %1: %2")
                                        .arg(characterNumber(written, *error))
                                        .arg(text::MessageWords().sentence(error->what)));
        return;
    }
    ui_->requiresWords->setText(RequirementWords(catalog_).describe(std::get<Requirement>(parsed)));
}

std::optional<Credential> CredentialDialog::credential(QString* problem) const {
    auto fail = [problem](const QString& text) {
        if (problem)
            *problem = text;
        return std::nullopt;
    };
    Credential c = original_ ? *original_ : Credential{};
    c.id = ui_->idEdit->text().trimmed().toStdString();
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
    if (!idPattern.match(qs(c.id)).hasMatch())
        return fail(tr("The id must be lower-case letters, digits, dots, dashes or underscores, e.g. \"intro-sql\"."));
    c.title = ui_->titleEdit->text().trimmed().toStdString();
    if (c.title.empty())
        return fail(tr("Give the credential a title."));
    c.provider = ui_->providerEdit->text().trimmed().toStdString();
    c.url = ui_->urlEdit->text().trimmed().toStdString();
    c.description = ui_->descriptionEdit->toPlainText().trimmed().toStdString();
    c.hasCost = ui_->costSpin->value() >= 0;
    c.cost = c.hasCost ? ui_->costSpin->value() : 0;
    c.hours = ui_->hoursSpin->value();
    c.pace = Pace{};
    if (ui_->paceCombo->currentIndex() == 1) {
        c.pace.kind = Pace::Kind::Cohort;
        c.pace.weeks = ui_->weeksSpin->value();
        for (const QString& text : splitList(ui_->startsEdit->text())) {
            const auto date = Date::fromIso(text.toStdString());
            if (!date)
                return fail(tr("\"%1\" in the cohort starts is not a date; write dates as YYYY-MM-DD.").arg(text));
            c.pace.starts.push_back(*date);
        }
        std::sort(c.pace.starts.begin(), c.pace.starts.end());
        if (c.pace.starts.empty())
            return fail(tr("A cohort credential needs at least one start date."));
    }
    c.grants.clear();
    for (const QString& text : splitList(ui_->grantsEdit->text())) {
        const int at = text.indexOf(QLatin1Char('@'));
        const QString skill = at < 0 ? text : text.left(at);
        bool ok = true;
        const int level = at < 0 ? 1 : text.mid(at + 1).toInt(&ok);
        if (!ok || level < kMinLevel || level > kMaxLevel)
            return fail(tr("\"%1\": a skill level is a whole number from 1 to 5.").arg(text));
        if (!catalog_.findSkill(skill.toStdString()))
            return fail(tr("\"%1\" is not a skill in this catalog; add the skill first.").arg(skill));
        c.grants.push_back({skill.toStdString(), level});
    }
    const std::string written = ui_->requiresEdit->text().toStdString();
    auto parsed = parseRequirementText(written);
    if (const auto* error = std::get_if<RequirementTextError>(&parsed))
        return fail(tr("Requires: %1 (at character %2).")
                        .arg(text::MessageWords().sentence(error->what))
                        .arg(characterNumber(written, *error)));
    c.prerequisites = std::get<Requirement>(std::move(parsed));
    c.tags.clear();
    for (const QString& t : splitList(ui_->tagsEdit->text()))
        c.tags.push_back(t.toStdString());
    return c;
}

void CredentialDialog::accept() {
    QString problem;
    const auto c = credential(&problem);
    if (c && save_)
        problem = save_(*c);
    if (!problem.isEmpty()) {
        ui_->errorLabel->setText(QStringLiteral("<b>%1</b>").arg(problem.toHtmlEscaped()));
        return;
    }
    QDialog::accept();
}

} // namespace cairn::app
