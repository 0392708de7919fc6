#pragma once

#include <QIODevice>
#include <QString>
#include <QStringDecoder>
#include <QTextStream>

// Text from catalogs, profiles and the workspace reaches the terminal through the commands'
// messages and tables. A title holding ESC [ 2 J would clear the screen, so every character
// that a terminal acts on instead of showing is written as a visible escape.
namespace cairn::cli {

/// `text` with each control character written as a visible escape: C0 controls other than line
/// feed and tab, DEL and the C1 controls as `\x1B`, and the Unicode line and paragraph separators
/// as `\u2028` and `\u2029`. Everything else, including every printable script, is kept.
QString printable(const QString& text);

/// printable(), and line feeds and tabs escaped too (`\x0A`, `\x09`): for one field of a line or a
/// table, such as a credential's title, which must not start a line of its own.
QString printableLine(const QString& text);

/// A write-only device that passes the UTF-8 text written to it through printable() into another
/// text stream, so that everything a command prints to the terminal is safe without each message
/// having to remember it. A character split across two writes is decoded whole.
class PrintableText : public QIODevice {
public:
    explicit PrintableText(QTextStream& target);

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    QTextStream& target_;
    QStringDecoder decoder_{QStringDecoder::Utf8};
};

} // namespace cairn::cli
