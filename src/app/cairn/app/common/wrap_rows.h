#pragma once

#include <algorithm>
#include <vector>

namespace cairn::app {

/// Lays items of the given widths out left to right in rows no wider than `available`, with
/// `spacing` between neighbours; an item wider than `available` takes a row of its own. Returns
/// each row's items by index. Legends use it so that no label is cut when the room is narrow.
inline std::vector<std::vector<int>> wrapRows(const std::vector<int>& widths, int spacing, int available) {
    std::vector<std::vector<int>> rows;
    int used = 0;
    for (int i = 0; i < static_cast<int>(widths.size()); ++i) {
        const int w = widths[static_cast<std::size_t>(i)];
        if (rows.empty() || used + spacing + w > available) {
            rows.push_back({i});
            used = w;
        } else {
            rows.back().push_back(i);
            used += spacing + w;
        }
    }
    return rows;
}

/// The width of the widest row wrapRows() makes.
inline int rowsWidth(const std::vector<std::vector<int>>& rows, const std::vector<int>& widths, int spacing) {
    int widest = 0;
    for (const auto& row : rows) {
        int w = 0;
        for (int i : row)
            w += widths[static_cast<std::size_t>(i)];
        widest = std::max(widest, w + spacing * (static_cast<int>(row.size()) - 1));
    }
    return widest;
}

} // namespace cairn::app
