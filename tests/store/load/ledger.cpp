#include "ledger.h"

#include <QCryptographicHash>
#include <QStringList>
#include <array>

namespace cairn::load {

namespace {

constexpr std::array kSteps{Step::Open,  Step::Plan, Step::PlanSave, Step::Note, Step::Edit,
                            Step::Stale, Step::Busy, Step::Error,    Step::End};

std::optional<Step> stepNamed(const QString& name) {
    for (Step s : kSteps)
        if (name == QLatin1String(stepName(s)))
            return s;
    return std::nullopt;
}

/// An error's message may hold tabs and line breaks; the ledger is one entry per line.
QString oneLine(QString text) {
    return text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1String(" / "));
}

} // namespace

const char* stepName(Step step) {
    switch (step) {
    case Step::Open:
        return "open";
    case Step::Plan:
        return "plan";
    case Step::PlanSave:
        return "plan-save";
    case Step::Note:
        return "note";
    case Step::Edit:
        return "edit";
    case Step::Stale:
        return "stale";
    case Step::Busy:
        return "busy";
    case Step::Error:
        return "error";
    case Step::End:
        return "end";
    }
    return "?";
}

LedgerWriter::LedgerWriter(const QString& path) : file_(path) {
    ok_ = file_.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text);
}

void LedgerWriter::write(const Entry& e) {
    const QString line = QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\n")
                             .arg(QLatin1String(stepName(e.step)))
                             .arg(e.client)
                             .arg(e.id)
                             .arg(e.version)
                             .arg(e.readVersion)
                             .arg(e.ms, 0, 'f', 3)
                             .arg(oneLine(e.fingerprint));
    file_.write(line.toUtf8());
    file_.flush();
}

std::optional<std::vector<Entry>> readLedger(const QString& path, QString& why) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        why = QStringLiteral("%1: cannot be read").arg(path);
        return std::nullopt;
    }
    std::vector<Entry> entries;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        const QStringList f = line.split(QLatin1Char('\t'));
        const auto step = f.size() == 7 ? stepNamed(f[0]) : std::nullopt;
        if (!step) {
            why = QStringLiteral("%1:%2: not a ledger entry: %3").arg(path).arg(lineNumber).arg(line);
            return std::nullopt;
        }
        entries.push_back(
            {*step, f[1].toLongLong(), f[2].toLongLong(), f[3].toInt(), f[4].toInt(), f[6], f[5].toDouble()});
    }
    return entries;
}

QString fingerprint(const QString& text) {
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace cairn::load
