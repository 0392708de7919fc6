#pragma once

#include <QDialog>
#include <functional>
#include <memory>

class QPrinter;
class QPrintPreviewWidget;

namespace cairn::app {

/// Shows the client's report page by page before it is saved, with Save PDF… and Print….
/// `paint` draws the report on the printer (report::paintReport); the dialog does not know
/// what a report holds.
class ReportPreviewDialog : public QDialog {
    Q_OBJECT
public:
    using Painter = std::function<void(QPrinter&)>;
    ReportPreviewDialog(Painter paint, QWidget* parent = nullptr);
    ~ReportPreviewDialog() override;

    /// Pages in the preview (after it has been laid out).
    [[nodiscard]] int pageCount() const;

signals:
    /// The person chose Save PDF…; the caller asks where and writes the file.
    void saveRequested();

private:
    std::unique_ptr<QPrinter> printer_;
    QPrintPreviewWidget* preview_ = nullptr;
    Painter paint_;
};

} // namespace cairn::app
