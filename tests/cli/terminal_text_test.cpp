#include <cairn/cli/terminal_text.h>
#include <gtest/gtest.h>

using cairn::cli::printable;
using cairn::cli::printableLine;
using cairn::cli::PrintableText;

TEST(TerminalText, ControlCharactersBecomeVisibleEscapes) {
    EXPECT_EQ(printable(QStringLiteral("clear\x1b[2J\r\x07\x7f\u009b1m")).toStdString(),
              "clear\\x1B[2J\\x0D\\x07\\x7F\\x9B1m");
    EXPECT_EQ(printable(QStringLiteral("a\u2028b\u2029c")).toStdString(), "a\\u2028b\\u2029c");
    // Line feeds and tabs lay out the tables; every script is shown as it is.
    const QString kept = QStringLiteral("Plan:\toptimal\nAnálisis 数据 تحليل 🎓\n");
    EXPECT_EQ(printable(kept), kept);
}

TEST(TerminalText, AFieldStaysOnItsLine) {
    EXPECT_EQ(printableLine(QStringLiteral("Title\nPlan: optimal\tx\x1b")).toStdString(),
              "Title\\x0APlan: optimal\\x09x\\x1B");
}

TEST(TerminalText, ACharacterSplitAcrossWritesIsDecodedWhole) {
    QString shown;
    QTextStream target(&shown);
    PrintableText device(target);
    const QByteArray utf8 = QStringLiteral("é数\x1b").toUtf8();
    for (const char byte : utf8)
        device.write(&byte, 1);
    target.flush();
    EXPECT_EQ(shown, QStringLiteral("é数\\x1B"));
}
