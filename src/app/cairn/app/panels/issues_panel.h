#pragma once

#include <QTreeWidget>

namespace cairn::app {

class PlanningSession;

/// The catalog's problems from validation, errors first. Choosing one that names a credential
/// selects that credential everywhere.
class IssuesPanel : public QTreeWidget {
    Q_OBJECT

public:
    explicit IssuesPanel(PlanningSession* session, QWidget* parent = nullptr);

public slots:
    void refresh();

signals:
    void credentialClicked(const QString& credentialId);
    /// The number of problems changed (for the dock's title).
    void countChanged(int errors, int warnings);

private:
    PlanningSession* session_;
};

} // namespace cairn::app
