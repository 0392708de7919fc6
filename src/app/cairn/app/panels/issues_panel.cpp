#include "cairn/app/panels/issues_panel.h"

#include "cairn/app/common/qt_convert.h"
#include "cairn/app/session/planning_session.h"

#include <QHeaderView>
#include <QStyle>
#include <cairn/text/message_words.h>

namespace cairn::app {

IssuesPanel::IssuesPanel(PlanningSession* session, QWidget* parent) : QTreeWidget(parent), session_(session) {
    setColumnCount(3);
    setHeaderLabels({tr("Problem"), tr("About"), tr("Code")});
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    setWordWrap(false);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::Interactive);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    header()->resizeSection(1, 220);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item && !item->data(0, Qt::UserRole).toString().isEmpty())
            emit credentialClicked(item->data(0, Qt::UserRole).toString());
    });
    connect(session_, &PlanningSession::catalogChanged, this, &IssuesPanel::refresh);
    connect(session_, &PlanningSession::clientChanged, this, &IssuesPanel::refresh);
    connect(session_, &PlanningSession::profileChanged, this, &IssuesPanel::refresh);
    refresh();
}

void IssuesPanel::refresh() {
    clear();
    int errors = 0, warnings = 0;
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QList<QTreeWidgetItem*> items;
    std::vector<const Problem*> problems;
    for (const auto* list : {&session_->problems(), &session_->profileProblems()})
        for (const auto& p : *list)
            problems.push_back(&p);
    for (int pass = 0; pass < 2; ++pass) { // errors first, then warnings
        for (const Problem* problem : problems) {
            const Problem& p = *problem;
            const bool error = p.severity == Problem::Severity::Error;
            if (error != (pass == 0))
                continue;
            (error ? errors : warnings)++;
            const QString message = text::MessageWords(text::Format::user(), &session_->catalog()).problem(p);
            auto* item = new QTreeWidgetItem({message, text::MessageWords::object(p.object), qs(p.code)});
            item->setIcon(0, error ? errorIcon : warningIcon);
            item->setToolTip(0, message);
            item->setData(0, Qt::UserRole, qs(p.credential));
            items << item;
        }
    }
    if (items.isEmpty()) {
        auto* item = new QTreeWidgetItem({tr("No problems found in this catalog.")});
        item->setFlags(Qt::ItemIsEnabled);
        items << item;
    }
    addTopLevelItems(items);
    if (errors + warnings == 0) // a sentence, not a problem: it reads across the columns
        setFirstColumnSpanned(0, QModelIndex(), true);
    emit countChanged(errors, warnings);
}

} // namespace cairn::app
