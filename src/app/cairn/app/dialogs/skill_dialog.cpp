#include "cairn/app/dialogs/skill_dialog.h"

#include "cairn/app/common/qt_convert.h"
#include "ui_skill_dialog.h"

#include <QRegularExpression>
#include <cairn/engine/skill.h>

namespace cairn::app {

SkillDialog::SkillDialog(const Skill* existing, Saver save, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::SkillDialog>()), save_(std::move(save)) {
    ui_->setupUi(this);
    setWindowTitle(existing ? tr("Edit skill") : tr("Add skill"));
    if (existing) {
        ui_->idEdit->setText(qs(existing->id));
        ui_->idEdit->setReadOnly(true); // credentials and profiles refer to it by id
        ui_->nameEdit->setText(qs(existing->name));
        ui_->areaEdit->setText(qs(existing->area));
        ui_->escoEdit->setText(qs(existing->esco));
        ui_->onetEdit->setText(qs(existing->onet));
        ui_->descriptionEdit->setPlainText(qs(existing->description));
    }
    connect(ui_->buttonBox, &QDialogButtonBox::accepted, this, &SkillDialog::accept);
    connect(ui_->buttonBox, &QDialogButtonBox::rejected, this, &SkillDialog::reject);
}

SkillDialog::~SkillDialog() = default;

void SkillDialog::accept() {
    Skill s;
    s.id = ui_->idEdit->text().trimmed().toStdString();
    s.name = ui_->nameEdit->text().trimmed().toStdString();
    s.area = ui_->areaEdit->text().trimmed().toStdString();
    s.esco = ui_->escoEdit->text().trimmed().toStdString();
    s.onet = ui_->onetEdit->text().trimmed().toStdString();
    s.description = ui_->descriptionEdit->toPlainText().trimmed().toStdString();
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
    QString problem;
    if (!idPattern.match(qs(s.id)).hasMatch())
        problem = tr("The id must be lower-case letters, digits, dots, dashes or underscores, e.g. \"sql\".");
    else if (s.name.empty())
        problem = tr("Give the skill a name.");
    else if (!s.esco.empty() && !qs(s.esco).startsWith(QLatin1String("http")))
        problem = tr("An ESCO concept is written as its URI, starting with http.");
    else if (save_)
        problem = save_(s);
    if (!problem.isEmpty()) {
        ui_->errorLabel->setText(QStringLiteral("<b>%1</b>").arg(problem.toHtmlEscaped()));
        return;
    }
    QDialog::accept();
}

} // namespace cairn::app
