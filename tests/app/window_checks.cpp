#include "test_suites.h"

// The checks that the main window fits its screen, shared by the suites that open it in a
// language or at a size (MainWindowTest, TranslationTest): what is squeezed, cut, scrolled
// sideways or given one key twice.

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QGraphicsItem>
#include <QLabel>
#include <QLegend>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QStatusBar>
#include <cairn/app/charts/chart_legend.h>
#include <cairn/app/pathway/pathway_view.h>

namespace cairn::app::test {

QString nothingSqueezed(QWidget* window) {
    QStringList squeezed;
    for (const char* name : {"goalBar", "catalogBrowser", "planSummary", "viewTabs", "issuesPanel", "statusText"}) {
        auto* w = window->findChild<QWidget*>(QString::fromLatin1(name));
        // A passing notice covers the status line for a while: then the status bar is what shows.
        if (auto* bar = window->findChild<QStatusBar*>();
            w && bar && !bar->currentMessage().isEmpty() && w->objectName() == QLatin1String("statusText"))
            w = bar;
        if (!w || !w->isVisible())
            squeezed << QStringLiteral("%1 (hidden)").arg(QString::fromLatin1(name));
        else if (w->width() < w->minimumSizeHint().width() || w->height() < w->minimumSizeHint().height())
            squeezed << QStringLiteral("%1 (%2x%3, needs %4x%5)")
                            .arg(QString::fromLatin1(name))
                            .arg(w->width())
                            .arg(w->height())
                            .arg(w->minimumSizeHint().width())
                            .arg(w->minimumSizeHint().height());
    }
    return squeezed.join(QStringLiteral(", "));
}

QString legendsCut(QWidget* window) {
    QStringList cut;
    auto* pathway = window->findChild<PathwayView*>(QStringLiteral("pathwayView"));
    if (pathway && pathway->isVisible() && !pathway->viewport()->rect().contains(pathway->legendRect()))
        cut << QStringLiteral("pathway legend (%1 px of %2)")
                   .arg(pathway->legendRect().right() + 1)
                   .arg(pathway->viewport()->width());
    for (auto* view : window->findChildren<QChartView*>()) {
        if (!view->isVisible())
            continue;
        if (view->chart()->legend()->isAttachedToChart() && view->chart()->legend()->isVisible())
            cut << QStringLiteral("%1 (a one-row legend)").arg(view->objectName());
        for (QGraphicsItem* item : view->chart()->childItems())
            if (auto* legend = dynamic_cast<ChartLegend*>(item); legend && legend->isVisible()) {
                const int room = legend->availableWidth();
                if (legend->requiredWidth(room) > room)
                    cut << QStringLiteral("%1 (%2 px of %3)")
                               .arg(view->objectName())
                               .arg(legend->requiredWidth(room))
                               .arg(room);
            }
    }
    return cut.join(QStringLiteral(", "));
}

QString panelsScrollingSideways(QWidget* window) {
    QStringList wide;
    for (auto* scroll : window->findChildren<QScrollArea*>(QStringLiteral("profileScroll"))) {
        if (!scroll->isVisible() || scroll->widget()->width() <= scroll->viewport()->width())
            continue;
        // The part that reaches furthest right at its smallest, to say what holds the panel wide.
        QWidget* widest = nullptr;
        int reach = 0;
        for (auto* part : scroll->widget()->findChildren<QWidget*>()) {
            const int right = part->mapTo(scroll->widget(), QPoint(0, 0)).x() + part->minimumSizeHint().width();
            if (part->isVisible() && right > reach) {
                reach = right;
                widest = part;
            }
        }
        wide << QStringLiteral("%1 (needs %2 px, has %3; %4 reaches %5)")
                    .arg(scroll->objectName())
                    .arg(scroll->widget()->minimumSizeHint().width())
                    .arg(scroll->viewport()->width())
                    .arg(widest ? widest->objectName() + QLatin1Char(' ') +
                                      QString::fromLatin1(widest->metaObject()->className())
                                : QString())
                    .arg(reach);
    }
    return wide.join(QStringLiteral(", "));
}

QString mnemonicClashes(QWidget* window) {
    QMap<QChar, QStringList> byKey;
    auto add = [&](const QString& text) {
        const qsizetype at = text.indexOf(QLatin1Char('&'));
        if (at >= 0 && at + 1 < text.size())
            byKey[text.at(at + 1).toLower()] << text;
    };
    for (auto* menu : window->findChild<QMenuBar*>()->findChildren<QMenu*>(Qt::FindDirectChildrenOnly))
        add(menu->title());
    for (auto* label : window->findChild<QWidget*>(QStringLiteral("goalBar"))->findChildren<QLabel*>())
        add(label->text());
    for (auto* box : window->findChild<QWidget*>(QStringLiteral("goalBar"))->findChildren<QCheckBox*>())
        add(box->text());
    QStringList clashes;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        if (it.value().size() > 1)
            clashes << QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(", ")));
    return clashes.join(QStringLiteral("; "));
}

} // namespace cairn::app::test
