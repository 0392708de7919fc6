#include "cairn/app/models/credential_table_model.h"

#include "cairn/app/common/qt_convert.h"
#include "cairn/app/common/status_style.h"
#include "cairn/app/session/planning_session.h"

#include <QFont>
#include <QLocale>
#include <cairn/text/offer_words.h>
#include <unordered_map>

namespace cairn::app {

CredentialTableModel::CredentialTableModel(PlanningSession* session, QObject* parent)
    : RowListModel(parent), session_(session) {
    connect(session_, &PlanningSession::catalogChanged, this, &CredentialTableModel::rebuild);
    connect(session_, &PlanningSession::statusChanged, this, &CredentialTableModel::refreshMarks);
    rebuild();
}

CredentialTableModel::Marks CredentialTableModel::marksOf(const std::string& credentialId) const {
    return {static_cast<int>(session_->status(credentialId)), session_->isPinned(credentialId),
            session_->isExcluded(credentialId)};
}

void CredentialTableModel::refreshMarks() {
    const auto& credentials = session_->catalog().credentials;
    if (credentials.size() != rows_.size())
        return; // the catalog was replaced and the rows are about to be rebuilt
    // A pin touches its row, a new plan the rows whose status it changes.
    updateRuns(static_cast<int>(rows_.size()), [&](int row) {
        Row& shown = rows_[static_cast<std::size_t>(row)];
        const Marks marks = marksOf(credentials[static_cast<std::size_t>(row)].id);
        if (marks == shown.marks)
            return false;
        shown.marks = marks;
        return true;
    });
}

void CredentialTableModel::priceFromOffers(const Catalog& catalog, const Credential& c, Row& row) {
    const text::OfferWords words(catalog.currency, text::Format::user());
    const Offer* cheapest = nullptr;
    for (int i : catalog.offersFor(c)) {
        const Offer& offer = catalog.offers[static_cast<std::size_t>(i)];
        if (!cheapest || offer.price < cheapest->price)
            cheapest = &offer;
    }
    if (!cheapest)
        return;
    row.entryPrice = cheapest->price;
    row.priceTip = tr("From %1, through %2").arg(words.price(*cheapest), shown(cheapest->title));
}

void CredentialTableModel::rebuild() {
    beginResetModel();
    rows_.clear();
    const Catalog& catalog = session_->catalog();
    std::unordered_map<std::string, QString> skillNames;
    for (const auto& s : catalog.skills)
        skillNames.emplace(s.id, qs(s.name));
    rows_.reserve(catalog.credentials.size());
    for (const auto& c : catalog.credentials) {
        Row row;
        row.id = qs(c.id);
        row.title = shown(c.title);
        row.provider = shown(c.provider);
        row.pace = c.pace.isCohort() ? tr("Cohort, %n weeks", nullptr, c.pace.weeks) : tr("Self-paced");
        QStringList names;
        for (const auto& g : c.grants) {
            const auto it = skillNames.find(g.skill);
            names << QStringLiteral("%1 %2").arg(it == skillNames.end() ? qs(g.skill) : it->second).arg(g.level);
            row.skillIds << qs(g.skill);
        }
        row.skills = names.join(QStringLiteral(", "));
        row.search = QStringList{row.id, row.title, row.provider, row.skills, qs(c.description)}
                         .join(QLatin1Char(' '))
                         .toLower();
        row.marks = marksOf(c.id);
        row.entryPrice = c.cost;
        if (!c.hasCost)
            priceFromOffers(catalog, c, row);
        rows_.push_back(std::move(row));
    }
    endResetModel();
}

int CredentialTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int CredentialTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CredentialTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (static_cast<std::size_t>(index.row()) >= session_->catalog().credentials.size())
        return {}; // the catalog was replaced and the rows are about to be rebuilt
    const Row& row = rows_[static_cast<std::size_t>(index.row())];
    const Credential& c = session_->catalog().credentials[static_cast<std::size_t>(index.row())];
    const std::string& id = c.id;
    switch (role) {
    case IdRole:
        return row.id;
    case StatusRole:
        return static_cast<int>(session_->status(id));
    case SkillIdsRole:
        return row.skillIds;
    case ProviderRole:
        return row.provider;
    case CostRole:
        return row.entryPrice;
    case HoursRole:
        return c.hours;
    case CohortRole:
        return c.pace.isCohort();
    case SearchTextRole:
        return row.search;
    default:
        break;
    }
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case StatusColumn:
            // Pins and exclusions are what the client chose; they read before the status.
            if (session_->isExcluded(id))
                return tr("Excluded");
            if (session_->isPinned(id) && session_->status(id) != CredentialStatus::Completed)
                return tr("Pinned");
            return StatusStyle::name(session_->status(id));
        case TitleColumn:
            return row.title;
        case ProviderColumn:
            return row.provider;
        case CostColumn:
            if (!c.hasCost)
                return tr("Offer only"); // sold only through an offer: the details say which
            return c.cost == 0 ? tr("Free") : money(c.cost, session_->catalog().currency);
        case HoursColumn:
            return QLocale().toString(c.hours, 'f', 0);
        case PaceColumn:
            return row.pace;
        case SkillsColumn:
            return row.skills;
        default:
            return {};
        }
    }
    if (role == SortRole) {
        switch (column) {
        case StatusColumn:
            return static_cast<int>(session_->status(id));
        case CostColumn:
            return row.entryPrice;
        case HoursColumn:
            return c.hours;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DecorationRole && column == StatusColumn)
        return StatusStyle::icon(session_->status(id));
    if (role == Qt::TextAlignmentRole && (column == CostColumn || column == HoursColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == CostColumn && !row.priceTip.isEmpty())
        return row.priceTip;
    if (role == Qt::ToolTipRole && (column == TitleColumn || column == SkillsColumn))
        return column == TitleColumn ? row.title : row.skills;
    if (role == Qt::FontRole && column == TitleColumn && (session_->isExcluded(id) || session_->isPinned(id))) {
        QFont font;
        font.setStrikeOut(session_->isExcluded(id));
        font.setBold(session_->isPinned(id));
        return font;
    }
    return {};
}

QVariant CredentialTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RowListModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case TitleColumn:
        return tr("Credential");
    case ProviderColumn:
        return tr("Provider");
    case CostColumn:
        return tr("Cost");
    case HoursColumn:
        return tr("Hours");
    case PaceColumn:
        return tr("Pace");
    case SkillsColumn:
        return tr("Skills granted");
    default:
        return {};
    }
}

int CredentialTableModel::rowOf(const QString& credentialId) const {
    return session_->credentialIndex(credentialId.toStdString());
}

} // namespace cairn::app
