#pragma once

#include <QAbstractTableModel>
#include <algorithm>
#include <vector>

namespace cairn::app {

/// A table whose rows stand for the items of a list that is replaced as a whole on every edit (a
/// profile's skills or funding sources, the caseload), or whose rows show what such a change may
/// touch (the credentials' statuses). syncRows() and updateRuns() turn the change into row-level
/// signals, so that a view keeps its current row, selection and scroll position.
class RowListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    /// Makes `shown`, the items the rows stand for, equal to `now`. `sameItem(a, b)` says whether
    /// two items are one (the same skill, source or client), whatever their values.
    ///  - Each item in its place, all one and the same but perhaps one found nowhere in the other
    ///    list (a value edited, a source renamed): dataChanged for the rows that differ.
    ///  - No item in common: a reset (another list altogether).
    ///  - Otherwise the rows of items gone are removed and those of new items inserted, as long as
    ///    the items that stay keep their order; if they do not (a list sorted anew), a reset.
    template <class T, class SameItem>
    void syncRows(std::vector<T>& shown, const std::vector<T>& now, SameItem sameItem) {
        const auto in = [&](const std::vector<T>& list, const T& item) {
            return std::any_of(list.begin(), list.end(), [&](const T& other) { return sameItem(item, other); });
        };
        if (shown.size() == now.size()) {
            int renamed = 0;
            bool inPlace = true;
            for (std::size_t i = 0; i < shown.size() && inPlace; ++i)
                if (!sameItem(shown[i], now[i]))
                    inPlace = ++renamed == 1 && !in(now, shown[i]) && !in(shown, now[i]);
            if (inPlace) {
                changeRows(shown, now);
                return;
            }
        }
        if (!shown.empty() && std::none_of(shown.begin(), shown.end(), [&](const T& item) { return in(now, item); })) {
            resetRows(shown, now); // another list altogether
            return;
        }
        for (std::size_t i = shown.size(); i-- > 0;)
            if (!in(now, shown[i])) {
                beginRemoveRows({}, static_cast<int>(i), static_cast<int>(i));
                shown.erase(shown.begin() + static_cast<std::ptrdiff_t>(i));
                endRemoveRows();
            }
        if (!keepOrder(shown, now, sameItem)) {
            resetRows(shown, now);
            return;
        }
        for (std::size_t i = 0; i < now.size(); ++i) {
            if (i < shown.size() && sameItem(shown[i], now[i])) {
                if (!(shown[i] == now[i])) {
                    shown[i] = now[i];
                    rowsChanged(static_cast<int>(i), static_cast<int>(i));
                }
                continue;
            }
            beginInsertRows({}, static_cast<int>(i), static_cast<int>(i));
            shown.insert(shown.begin() + static_cast<std::ptrdiff_t>(i), now[i]);
            endInsertRows();
        }
    }

    /// Shows `now` afresh: for a list that is another one (another client's), not a changed one.
    template <class T> void resetRows(std::vector<T>& shown, const std::vector<T>& now) {
        beginResetModel();
        shown = now;
        endResetModel();
    }

    /// Calls `update(row)` for every row, which brings the row up to date and says whether it
    /// changed; one dataChanged per run of changed rows.
    template <class Update> void updateRuns(int rows, Update update) {
        int first = -1;
        for (int row = 0; row <= rows; ++row) {
            if (row < rows && update(row)) {
                if (first < 0)
                    first = row;
            } else if (first >= 0) {
                rowsChanged(first, row - 1);
                first = -1;
            }
        }
    }

    /// dataChanged for rows `first` to `last`, every column.
    void rowsChanged(int first, int last) { emit dataChanged(index(first, 0), index(last, columnCount() - 1)); }

private:
    /// Whether the items of `shown`, all of them in `now`, stand in `now` in the same order.
    template <class T, class SameItem>
    static bool keepOrder(const std::vector<T>& shown, const std::vector<T>& now, SameItem sameItem) {
        std::size_t next = 0;
        for (const T& item : now)
            if (next < shown.size() && sameItem(shown[next], item))
                ++next;
        return next == shown.size();
    }

    /// Same length, each item in its place: the rows that differ change.
    template <class T> void changeRows(std::vector<T>& shown, const std::vector<T>& now) {
        updateRuns(static_cast<int>(shown.size()), [&](int row) {
            const auto i = static_cast<std::size_t>(row);
            if (shown[i] == now[i])
                return false;
            shown[i] = now[i];
            return true;
        });
    }
};

} // namespace cairn::app
