#pragma once

#include <QDialog>
#include <QPointer>
#include <QStringList>
#include <memory>

class QLabel;
class QListWidget;
class QPrintPreviewWidget;
class QPrinter;
class QTabWidget;

namespace cairn::app {

class PlanningSession;
struct SavedPlanView;

/// A saved version of a client's plan, opened from the plan history: its plan in words, its
/// pathway, its timeline and its report, under a banner that says which version it is, when it
/// was saved and that it is not the current plan. From here it is exported (PDF, CSV, calendar)
/// and compared with the client's current plan; "Back to the current plan" closes it.
/// It shows the version through a session of its own, so nothing here replans or edits the client.
class SavedPlanWindow : public QDialog {
    Q_OBJECT

public:
    enum class Export { Pdf, Csv, Calendar };

    /// `current` is the window's session: the client's current plan, when they are the one open.
    SavedPlanWindow(SavedPlanView saved, PlanningSession* current, QWidget* parent = nullptr);
    ~SavedPlanWindow() override;

    [[nodiscard]] QString planId() const;
    /// The saved version as shown: its catalog, profile, goal and plan.
    [[nodiscard]] PlanningSession* session() const { return shown_; }
    [[nodiscard]] QTabWidget* tabs() const { return tabs_; }
    /// The banner's words: title, date and "saved version — not the current plan".
    [[nodiscard]] QString bannerText() const;
    /// What changed from this version to the current plan, in sentences, or why there is no
    /// comparison (another client is open, no current plan yet).
    [[nodiscard]] QStringList comparison() const;
    /// Pages of the report preview, once it has been drawn (0 before).
    [[nodiscard]] int reportPages() const;
    /// Writes the version as `format` to `path`; an error sentence, empty on success.
    [[nodiscard]] QString exportTo(Export format, const QString& path) const;

public slots:
    /// Shows the comparison with the current plan.
    void showComparison();
    /// Asks where, then writes the version as `format`.
    void exportAs(Export format);

private:
    QWidget* makeBanner();
    QWidget* makeButtons();
    void showReport();
    void fillComparison();
    /// The report's notes: which saved version it is, then the note saved with it.
    [[nodiscard]] QString reportNotes() const;

    std::unique_ptr<SavedPlanView> saved_;
    QPointer<PlanningSession> current_; ///< the window's; it may go first when the window closes
    PlanningSession* shown_;
    QTabWidget* tabs_ = nullptr;
    QLabel* banner_ = nullptr;
    QLabel* comparisonHeading_ = nullptr;
    QListWidget* changes_ = nullptr;
    QWidget* reportPage_ = nullptr;
    std::unique_ptr<QPrinter> printer_;
    QPrintPreviewWidget* preview_ = nullptr;
};

} // namespace cairn::app
