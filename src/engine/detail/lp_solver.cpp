#include "detail/lp_solver.h"

#include <algorithm>

namespace cairn::detail {

int MipModel::addColumn(double lower, double upper, bool integer) {
    columns_.push_back({lower, upper, 0.0, integer});
    return static_cast<int>(columns_.size()) - 1;
}

void MipModel::addRow(std::vector<std::pair<int, double>> terms, double lower, double upper) {
    rows_.push_back({merged(std::move(terms)), lower, upper});
}

std::vector<std::pair<int, double>> MipModel::merged(std::vector<std::pair<int, double>> terms) {
    // A column named twice (two atoms only one credential provides) counts with both coefficients.
    std::sort(terms.begin(), terms.end());
    std::vector<std::pair<int, double>> out;
    for (const auto& t : terms) {
        if (!out.empty() && out.back().first == t.first)
            out.back().second += t.second;
        else
            out.push_back(t);
    }
    return out;
}

void MipModel::setObjective(int column, double coefficient) {
    columns_[static_cast<std::size_t>(column)].objective = coefficient;
}

void MipModel::clearObjective() {
    for (auto& c : columns_)
        c.objective = 0;
}

void MipModel::setColumnBounds(int column, double lower, double upper) {
    auto& c = columns_[static_cast<std::size_t>(column)];
    c.lower = lower;
    c.upper = upper;
}

void MipModel::setRowBounds(int row, double lower, double upper) {
    auto& r = rows_[static_cast<std::size_t>(row)];
    r.lower = lower;
    r.upper = upper;
}

} // namespace cairn::detail
