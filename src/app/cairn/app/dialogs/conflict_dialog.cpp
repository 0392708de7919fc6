#include "cairn/app/dialogs/conflict_dialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cairn::app {

namespace {

QTableWidget* differenceTable(const std::vector<FieldDifference>& differences, QWidget* parent) {
    auto* table = new QTableWidget(static_cast<int>(differences.size()), 3, parent);
    table->setObjectName(QStringLiteral("differenceTable"));
    table->setHorizontalHeaderLabels(
        {ConflictDialog::tr("Field"), ConflictDialog::tr("Yours"), ConflictDialog::tr("Theirs (saved now)")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (int row = 0; row < static_cast<int>(differences.size()); ++row) {
        const FieldDifference& d = differences[static_cast<std::size_t>(row)];
        table->setItem(row, 0, new QTableWidgetItem(d.field));
        table->setItem(row, 1, new QTableWidgetItem(d.mine));
        table->setItem(row, 2, new QTableWidgetItem(d.theirs));
    }
    table->resizeRowsToContents();
    return table;
}

QString takeTheirsTip(ConflictView::Subject subject) {
    switch (subject) {
    case ConflictView::Subject::Credential:
        return ConflictDialog::tr("Drop your changes and show the credential as saved now.");
    case ConflictView::Subject::Skill:
        return ConflictDialog::tr("Drop your changes and show the skill as saved now.");
    case ConflictView::Subject::Client:
        break;
    }
    return ConflictDialog::tr("Drop your changes and show the client as saved now.");
}

} // namespace

ConflictDialog::ConflictDialog(const ConflictView& conflict, QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed by someone else"));
    auto* layout = new QVBoxLayout(this);
    auto* message = new QLabel(conflict.message, this);
    message->setObjectName(QStringLiteral("conflictMessage"));
    message->setWordWrap(true);
    layout->addWidget(message);
    const auto& differences = conflict.differences;
    auto* table = differenceTable(differences, this);
    layout->addWidget(new QLabel(tr("What differs:"), this));
    layout->addWidget(table, 1);

    buttons_ = new QDialogButtonBox(this);
    QPushButton* keep = addChoice(tr("&Keep mine"), QStringLiteral("keepMineButton"), ConflictChoice::KeepMine);
    keep->setToolTip(tr("Save your details over theirs, as a new version."));
    addChoice(tr("&Take theirs"), QStringLiteral("takeTheirsButton"), ConflictChoice::TakeTheirs)
        ->setToolTip(takeTheirsTip(conflict.subject));
    if (canMerge(differences))
        addChoice(tr("&Merge"), QStringLiteral("mergeButton"), ConflictChoice::Merge)
            ->setToolTip(tr("Keep your details, with both texts of each free-text field."));
    QPushButton* cancel = buttons_->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons_);
    // Nothing is chosen by pressing Enter by accident: the table has the focus, Escape cancels.
    keep->setAutoDefault(false);
    table->setFocus();
    resize(720, 420); // fits a 1024×700 screen with room to spare
}

QPushButton* ConflictDialog::addChoice(const QString& text, const QString& name, ConflictChoice choice) {
    QPushButton* button = buttons_->addButton(text, QDialogButtonBox::ActionRole);
    button->setObjectName(name);
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, [this, choice] {
        choice_ = choice;
        accept();
    });
    return button;
}

ConflictChoice ConflictDialog::ask(const ConflictView& conflict, QWidget* parent) {
    ConflictDialog dialog(conflict, parent);
    dialog.exec();
    return dialog.result() == QDialog::Accepted ? dialog.choice() : ConflictChoice::Cancel;
}

} // namespace cairn::app
