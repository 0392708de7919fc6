#include "cairn/app/models/funding_model.h"

#include "cairn/app/common/qt_convert.h"
#include "cairn/app/session/planning_session.h"
#include "cairn/app/undo/funding_command.h"

#include <QLocale>
#include <algorithm>
#include <cairn/engine/limits.h>
#include <cairn/text/funding_words.h>

namespace cairn::app {

FundingModel::FundingModel(PlanningSession* session, QObject* parent)
    : RowListModel(parent), session_(session), sources_(session->profile().funding) {
    connect(session_, &PlanningSession::clientChanged, this,
            [this] { resetRows(sources_, session_->profile().funding); });
    // The profile is replaced as a whole by every edit; the rows follow the sources it changed.
    // Names are unique (setData refuses a second one), so a source is known by its name.
    connect(session_, &PlanningSession::profileChanged, this, [this] {
        syncRows(sources_, session_->profile().funding,
                 [](const FundingSource& a, const FundingSource& b) { return a.name == b.name; });
    });
}

int FundingModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(sources_.size());
}
int FundingModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList FundingModel::kindNames() {
    return {text::FundingWords::kind(FundingSource::Kind::Employer),
            text::FundingWords::kind(FundingSource::Kind::Grant), text::FundingWords::kind(FundingSource::Kind::Other)};
}

QStringList FundingModel::capPerNames() {
    return {tr("a year"), tr("in total")};
}

QVariant FundingModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const FundingSource& s = sources_[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case NameColumn:
            return qs(s.name);
        case KindColumn:
            return kindNames().value(static_cast<int>(s.kind));
        case ShareColumn:
            // Edited as text: a spin box would need its own range, and the model checks it anyway.
            return role == Qt::EditRole ? QLocale().toString(s.share)
                                        : QLocale().toString(s.share) + QLatin1String(" %");
        case CapColumn:
            if (role == Qt::EditRole)
                return s.cap ? QLocale().toString(*s.cap) : QString();
            return s.cap ? money(*s.cap, session_->catalog().currency) : tr("no cap");
        case CapPerColumn:
            return capPerNames().value(static_cast<int>(s.capPer));
        case CoversColumn: {
            QStringList covers;
            for (const auto& c : s.covers)
                covers << qs(c);
            return role == Qt::EditRole || !covers.isEmpty() ? covers.join(QStringLiteral(", ")) : tr("everything");
        }
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == CoversColumn)
        return tr("provider:NAME, tag:TAG or cred:ID, separated by commas; empty covers everything");
    if (role == Qt::TextAlignmentRole && (index.column() == ShareColumn || index.column() == CapColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant FundingModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RowListModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Source");
    case KindColumn:
        return tr("Kind");
    case ShareColumn:
        return tr("Share");
    case CapColumn:
        return tr("Cap");
    case CapPerColumn:
        return tr("Cap per");
    case CoversColumn:
        return tr("Covers");
    default:
        return {};
    }
}

Qt::ItemFlags FundingModel::flags(const QModelIndex& index) const {
    return RowListModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

namespace {

/// The value typed into a cell, or false when it is out of its range.
bool applyValue(FundingSource& s, int column, const QVariant& value, const std::vector<FundingSource>& others) {
    const QString text = value.toString().trimmed();
    bool ok = true;
    switch (column) {
    case FundingModel::NameColumn: {
        const std::string name = text.toStdString();
        if (name.empty() || name.size() > limits::kMaxFundingNameLength)
            return false;
        for (const auto& o : others)
            if (o.name == name && &o != &s)
                return false; // names are unique: each is what a plan says paid
        s.name = name;
        return true;
    }
    case FundingModel::KindColumn: {
        const int kind = FundingModel::kindNames().indexOf(text);
        if (kind < 0)
            return false;
        s.kind = static_cast<FundingSource::Kind>(kind);
        return true;
    }
    case FundingModel::ShareColumn: {
        QString number = text;
        number.remove(QLatin1Char('%'));
        const double share = QLocale().toDouble(number.trimmed(), &ok);
        if (!ok || !limits::kFundingShare.contains(share))
            return false;
        s.share = share;
        return true;
    }
    case FundingModel::CapColumn: {
        if (text.isEmpty()) {
            s.cap.reset();
            return true;
        }
        const double cap = QLocale().toDouble(text, &ok);
        if (!ok || !limits::kFundingCap.contains(cap))
            return false;
        s.cap = cap;
        return true;
    }
    case FundingModel::CapPerColumn: {
        const int per = FundingModel::capPerNames().indexOf(text);
        if (per < 0)
            return false;
        s.capPer = static_cast<FundingSource::CapPer>(per);
        return true;
    }
    case FundingModel::CoversColumn: {
        std::vector<std::string> covers;
        std::string prefix, name;
        for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            covers.push_back(item.trimmed().toStdString());
            if (!parseFundingCover(covers.back(), prefix, name))
                return false;
        }
        s.covers = std::move(covers);
        return true;
    }
    default:
        return false;
    }
}

} // namespace

bool FundingModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        index.row() >= static_cast<int>(session_->profile().funding.size()))
        return false;
    std::vector<FundingSource> funding = session_->profile().funding;
    FundingSource& s = funding[static_cast<std::size_t>(index.row())];
    if (!applyValue(s, index.column(), value, funding))
        return false;
    FundingCommand::push(session_, funding, tr("Edit funding source %1").arg(qs(s.name)));
    return true;
}

int FundingModel::addSource() {
    std::vector<FundingSource> funding = session_->profile().funding;
    if (funding.size() >= static_cast<std::size_t>(limits::kMaxFundingSources))
        return -1;
    FundingSource s;
    const QString base = tr("Funding source");
    QString name = base;
    for (int n = 2; std::any_of(funding.begin(), funding.end(), [&](const auto& f) { return qs(f.name) == name; }); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    s.name = name.toStdString();
    funding.push_back(s);
    FundingCommand::push(session_, funding, tr("Add funding source %1").arg(name));
    return static_cast<int>(funding.size()) - 1;
}

void FundingModel::removeSource(int row) {
    std::vector<FundingSource> funding = session_->profile().funding;
    if (row < 0 || row >= static_cast<int>(funding.size()))
        return;
    const QString name = qs(funding[static_cast<std::size_t>(row)].name);
    funding.erase(funding.begin() + row);
    FundingCommand::push(session_, funding, tr("Remove funding source %1").arg(name));
}

} // namespace cairn::app
