#include "cairn/app/help/welcome_dialog.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cairn::app {

WelcomeDialog::WelcomeDialog(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Cairn"));
    auto* layout = new QVBoxLayout(this);

    auto* heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Welcome to Cairn").toHtmlEscaped()));
    heading->setObjectName(QStringLiteral("welcomeHeading"));
    layout->addWidget(heading);
    auto* intro = new QLabel(tr("Cairn plans the cheapest or the fastest set of micro-credentials, in order, that "
                                "takes a person from what they hold today to a target role or to a number of "
                                "degree credits, within their budget and weekly hours.\n\nEvery plan is either "
                                "proven optimal or says plainly that it is not."));
    intro->setObjectName(QStringLiteral("welcomeText"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addSpacing(8);

    // Three ways in; each closes the dialog with its Choice as the result.
    const auto way = [this, layout](const QString& name, const QString& title, const QString& description,
                                    Choice choice) {
        auto* button = new QCommandLinkButton(title, description);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, [this, choice] { done(choice); });
        layout->addWidget(button);
        return button;
    };
    auto* mine =
        way(QStringLiteral("planForMyselfButton"), tr("&Plan for myself"),
            tr("A new client for you: choose a goal, then add the skills and credentials you hold."), PlanForMyself);
    way(QStringLiteral("demoCaseloadButton"), tr("Open the &demo caseload"),
        tr("Example clients to look around with: career changers with their goals, budgets and hours."), DemoCaseload);
    way(QStringLiteral("importCatalogButton"), tr("&Import a catalog…"),
        tr("Plan with your own catalog file of credentials instead of the bundled one."), ImportCatalog);
    mine->setDefault(true);
    mine->setFocus();

    auto* later = new QLabel(tr("Help → Welcome… brings this back; Help → User guide explains the window."));
    later->setObjectName(QStringLiteral("welcomeLater"));
    later->setWordWrap(true);
    layout->addSpacing(8);
    layout->addWidget(later);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->setObjectName(QStringLiteral("welcomeButtons"));
    // Close is not the default: Enter means "Plan for myself", Esc closes.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Wide enough for the sentences to read as a paragraph, well within a 1024-pixel screen; as
    // tall as the wrapped text needs at that width (a window's first size ignores wrapping, which
    // cut the paragraph's last line).
    constexpr int width = 540;
    setMinimumSize(width, heightForWidth(width));
    resize(minimumSize());
}

} // namespace cairn::app
