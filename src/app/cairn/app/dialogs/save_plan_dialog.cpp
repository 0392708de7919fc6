#include "cairn/app/dialogs/save_plan_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>
#include <algorithm>

namespace cairn::app {

SavePlanDialog::SavePlanDialog(const QString& suggestedTitle, QWidget* parent)
    : QDialog(parent), title_(new QLineEdit(suggestedTitle, this)), note_(new QPlainTextEdit(this)) {
    setObjectName(QStringLiteral("savePlanDialog"));
    setWindowTitle(tr("Save to workspace"));
    title_->setObjectName(QStringLiteral("savePlanTitle"));
    title_->selectAll();
    note_->setObjectName(QStringLiteral("savePlanNote"));
    note_->setPlaceholderText(tr("Why this version, what was agreed, what to check next time (optional)"));
    note_->setTabChangesFocus(true); // Tab reaches the buttons; a note is prose, not a table
    const QFontMetrics metrics = fontMetrics();
    note_->setMinimumHeight(metrics.lineSpacing() * 4 + 12);

    auto* explain = new QLabel(tr("The plan is kept as the client's next version, with what it was asked for."), this);
    explain->setWordWrap(true);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Title:"), title_);
    form->addRow(tr("&Note:"), note_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* save = buttons->button(QDialogButtonBox::Save);
    save->setEnabled(!title().isEmpty());
    connect(title_, &QLineEdit::textChanged, this, [this, save] { save->setEnabled(!title().isEmpty()); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);

    // Room for about 60 characters, or the whole suggestion when it is longer, within the screen.
    const int wanted = std::max({kMinimumWidth, metrics.averageCharWidth() * 60,
                                 metrics.horizontalAdvance(suggestedTitle) + metrics.averageCharWidth() * 16});
    const int room = screen() ? screen()->availableSize().width() * 9 / 10 : wanted;
    setMinimumWidth(std::min(kMinimumWidth, room));
    resize(std::min(wanted, room), sizeHint().height());
}

QString SavePlanDialog::title() const {
    return title_->text().trimmed();
}

QString SavePlanDialog::note() const {
    return note_->toPlainText().trimmed();
}

} // namespace cairn::app
