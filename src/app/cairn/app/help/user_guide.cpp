#include "cairn/app/help/user_guide.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cairn::app {

namespace {
/// Where the guide's keyboard table goes; the HTML files hold this comment once.
constexpr auto kShortcutsMarker = "<!-- shortcuts -->";
/// A guide is a few pages of text; anything larger is not the guide.
constexpr qint64 kMaxGuideBytes = 512 * 1024;
} // namespace

QString UserGuide::resourcePath(const QLocale& locale) {
    // The same order the translations are looked up in: de_DE, then de.
    for (QString language : locale.uiLanguages()) {
        language.replace(QLatin1Char('-'), QLatin1Char('_'));
        for (const QString& name : {language, language.section(QLatin1Char('_'), 0, 0)}) {
            const QString path = QStringLiteral(":/help/user-guide_%1.html").arg(name);
            if (QFile::exists(path))
                return path;
        }
    }
    return QStringLiteral(":/help/user-guide.html");
}

QString UserGuide::html(const QLocale& locale, const QList<ShortcutEntry>& shortcuts) {
    QFile file(resourcePath(locale));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.read(kMaxGuideBytes));
    return text.replace(QLatin1String(kShortcutsMarker), shortcutsTable(shortcuts));
}

QString UserGuide::shortcutsTable(const QList<ShortcutEntry>& shortcuts) {
    QString rows;
    for (const auto& entry : shortcuts) {
        QStringList keys;
        for (const auto& key : entry.keys)
            keys << key.toString(QKeySequence::NativeText).toHtmlEscaped();
        rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td></tr>\n")
                    .arg(keys.join(QStringLiteral(" / ")), entry.where.toHtmlEscaped(), entry.what.toHtmlEscaped());
    }
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\" border=\"1\">\n"
                          "<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th></tr>\n"
                          "%4</table>")
        .arg(tr("Keys"), tr("Where"), tr("What it does"), rows);
}

UserGuideDialog::UserGuideDialog(const QString& html, QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("User guide"));
    browser_ = new QTextBrowser;
    browser_->setObjectName(QStringLiteral("userGuideBrowser"));
    browser_->setOpenExternalLinks(true); // web links go to the browser; #anchors stay here
    browser_->setHtml(html);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(browser_);
    layout->addWidget(buttons);
    browser_->setFocus(); // the keys scroll the guide and Tab walks its links
    // A page wide enough to read comfortably, within the screen it opens on.
    QSize size(820, 900);
    if (const QScreen* screen = parent ? parent->screen() : this->screen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);
}

} // namespace cairn::app
