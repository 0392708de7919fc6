#include "detail/mip_formulation.h"

#include <map>

namespace cairn::detail {

namespace {

/// A formula's value in the model: a constant, or a column in [0, 1] that can be positive only
/// when the formula holds for the binaries (so a row "column >= 1" forces it to hold).
struct Literal {
    int column = -1;
    bool constant = false;
    bool value = false;
    static Literal of(bool v) { return {-1, true, v}; }
};

class Builder {
public:
    Builder(const PlanningProblem& p, MipFormulation& out) : p_(p), out_(out) {}

    void credentials() {
        for (const auto& c : p_.credentials) {
            const double lower = c.pinned ? 1.0 : 0.0;
            out_.take.push_back(out_.model.addColumn(lower, 1.0, true));
        }
        for (std::size_t i = 0; i < p_.credentials.size(); ++i)
            require(p_.credentials[i].root, static_cast<int>(i), out_.take[i]);
        require(p_.goalRoot, -1, -1);
    }

    void credits() {
        if (!p_.creditsGoal)
            return;
        std::vector<std::vector<std::pair<int, double>>> perCategory(p_.categories.size());
        std::vector<std::pair<int, double>> total;
        auto offer = [&](const CreditOfferLocal& credit, int takeColumn, int owner) {
            if (credit.categories.empty())
                return;
            const auto credits = static_cast<double>(credit.credits);
            const bool single = credit.categories.size() == 1;
            const auto only = static_cast<std::size_t>(credit.categories.front());
            if (single && takeColumn >= 0 && p_.categories[only].max < 0) {
                // One category without a cap: counting the credits never hurts, so they count.
                perCategory[only].emplace_back(takeColumn, credits);
                total.emplace_back(takeColumn, credits);
                out_.counted.push_back({takeColumn, owner, static_cast<int>(only), credit.credits});
                return;
            }
            std::vector<std::pair<int, double>> choice;
            for (int cat : credit.categories) {
                const int a = out_.model.addColumn(0.0, 1.0, true);
                choice.emplace_back(a, 1.0);
                perCategory[static_cast<std::size_t>(cat)].emplace_back(a, credits);
                total.emplace_back(a, credits);
                out_.counted.push_back({a, owner, cat, credit.credits});
            }
            // Counted in one category at most, and only when taken (earned credits always are).
            if (takeColumn >= 0)
                choice.emplace_back(takeColumn, -1.0);
            out_.model.addRow(std::move(choice), -MipModel::kUnbounded, takeColumn >= 0 ? 0.0 : 1.0);
        };
        for (std::size_t e = 0; e < p_.completedCredits.size(); ++e)
            offer(p_.completedCredits[e], -1, -1 - static_cast<int>(e));
        for (std::size_t i = 0; i < p_.credentials.size(); ++i)
            if (const auto& credit = p_.credentials[i].credit)
                offer(*credit, out_.take[i], static_cast<int>(i));
        for (std::size_t c = 0; c < p_.categories.size(); ++c) {
            const auto& cat = p_.categories[c];
            const double lower = cat.min > 0 ? static_cast<double>(cat.min) : -MipModel::kUnbounded;
            const double upper = cat.max >= 0 ? static_cast<double>(cat.max) : MipModel::kUnbounded;
            if (cat.min > 0 || cat.max >= 0)
                addOrImpossible(std::move(perCategory[c]), lower, upper);
        }
        addOrImpossible(std::move(total), static_cast<double>(p_.minCredits), MipModel::kUnbounded);
    }

    void caps(const MipCaps& caps) {
        auto cap = [&](Amount limit, auto weightOf) {
            std::vector<std::pair<int, double>> terms;
            for (std::size_t i = 0; i < p_.credentials.size(); ++i)
                if (const Amount w = weightOf(p_.credentials[i]); w != 0)
                    terms.emplace_back(out_.take[i], static_cast<double>(w));
            addOrImpossible(std::move(terms), -MipModel::kUnbounded, static_cast<double>(limit));
        };
        if (caps.maxCost)
            cap(*caps.maxCost, [](const CredentialLocal& c) { return c.cost; });
        if (caps.maxHours)
            cap(*caps.maxHours, [](const CredentialLocal& c) { return c.hours; });
    }

private:
    /// A row with no terms is a constant: it either holds or makes the question impossible.
    void addOrImpossible(std::vector<std::pair<int, double>> terms, double lower, double upper) {
        if (terms.empty()) {
            if (lower > 0 || upper < 0)
                out_.impossible = true;
            return;
        }
        out_.model.addRow(std::move(terms), lower, upper);
    }

    /// Makes `node` hold whenever column `when` is 1 (always, when `when` is -1). `owner` is the
    /// credential whose prerequisites these are: its own grants never count for it.
    void require(int node, int owner, int when) {
        const auto& n = p_.formulas.nodes[static_cast<std::size_t>(node)];
        if (n.kind == FormulaArena::Gate && p_.formulas.allLike(n)) {
            for (int i = 0; i < n.count; ++i)
                require(p_.formulas.children[static_cast<std::size_t>(n.first + i)], owner, when);
            return;
        }
        if (n.kind == FormulaArena::Gate) {
            int need = n.need;
            std::vector<int> columns;
            if (!gateChildren(n, owner, need, columns))
                return; // holds whatever is taken
            atLeast(columns, need, when);
            return;
        }
        atLeast(literalColumns(literal(node, owner)), 1, when);
    }

    static std::vector<int> literalColumns(const Literal& l) {
        if (l.constant)
            return l.value ? std::vector<int>{-1} : std::vector<int>{};
        return {l.column};
    }

    /// sum(columns) >= need × when (or >= need). A -1 in `columns` is a constant true.
    void atLeast(const std::vector<int>& columns, int need, int when) {
        std::vector<std::pair<int, double>> terms;
        int constants = 0;
        for (int c : columns) {
            if (c < 0)
                ++constants;
            else
                terms.emplace_back(c, 1.0);
        }
        need -= constants;
        if (need <= 0)
            return;
        if (static_cast<int>(terms.size()) < need) {
            if (when < 0)
                out_.impossible = true;
            else if (out_.model.columns()[static_cast<std::size_t>(when)].lower > 0)
                out_.impossible = true; // pinned, yet its prerequisites can never hold
            else
                out_.model.setColumnBounds(when, 0.0, 0.0); // can never be taken
            return;
        }
        if (when < 0) {
            out_.model.addRow(std::move(terms), need, MipModel::kUnbounded);
            return;
        }
        terms.emplace_back(when, -static_cast<double>(need));
        out_.model.addRow(std::move(terms), 0.0, MipModel::kUnbounded);
    }

    /// The children's literals of a gate, constants folded into `need`; false when the gate
    /// holds whatever is taken.
    bool gateChildren(const FormulaArena::Node& n, int owner, int& need, std::vector<int>& columns) {
        for (int i = 0; i < n.count; ++i) {
            const Literal l = literal(p_.formulas.children[static_cast<std::size_t>(n.first + i)], owner);
            if (l.constant)
                need -= l.value ? 1 : 0;
            else
                columns.push_back(l.column);
        }
        return need > 0;
    }

    Literal literal(int node, int owner) {
        const auto& n = p_.formulas.nodes[static_cast<std::size_t>(node)];
        switch (n.kind) {
        case FormulaArena::True:
            return Literal::of(true);
        case FormulaArena::False:
            return Literal::of(false);
        case FormulaArena::Atom:
            return atom(n.atom, owner);
        case FormulaArena::Gate:
            break;
        }
        int need = n.need;
        std::vector<int> columns;
        if (!gateChildren(n, owner, need, columns))
            return Literal::of(true);
        if (static_cast<int>(columns.size()) < need)
            return Literal::of(false);
        if (columns.size() == 1)
            return {columns.front(), false, false};
        const bool all = need == static_cast<int>(columns.size());
        // "Positive only when it holds": for all and any a continuous value suffices; for
        // "k of n" in between the value must be a binary, or k halves would pass as one.
        const int v = out_.model.addColumn(0.0, 1.0, !all && need > 1);
        if (all) {
            for (int c : columns)
                out_.model.addRow({{v, 1.0}, {c, -1.0}}, -MipModel::kUnbounded, 0.0);
        } else {
            std::vector<std::pair<int, double>> terms{{v, static_cast<double>(need)}};
            for (int c : columns)
                terms.emplace_back(c, -1.0);
            out_.model.addRow(std::move(terms), -MipModel::kUnbounded, 0.0);
        }
        return {v, false, false};
    }

    /// An atom held when one of its providers (other than `owner`) is taken.
    Literal atom(int a, int owner) {
        const AtomInfo& info = p_.atoms[static_cast<std::size_t>(a)];
        if (info.initiallyHeld)
            return Literal::of(true);
        std::vector<int> providers;
        for (int c : info.providers)
            if (c != owner)
                providers.push_back(c);
        if (providers.empty())
            return Literal::of(false);
        if (providers.size() == 1)
            return {out_.take[static_cast<std::size_t>(providers.front())], false, false};
        const bool ownerProvides = providers.size() != info.providers.size();
        const auto key = std::make_pair(a, ownerProvides ? owner : -1);
        if (auto it = atomColumns_.find(key); it != atomColumns_.end())
            return {it->second, false, false};
        const int h = out_.model.addColumn(0.0, 1.0, false);
        std::vector<std::pair<int, double>> terms{{h, 1.0}};
        for (int c : providers)
            terms.emplace_back(out_.take[static_cast<std::size_t>(c)], -1.0);
        out_.model.addRow(std::move(terms), -MipModel::kUnbounded, 0.0);
        atomColumns_.emplace(key, h);
        return {h, false, false};
    }

    const PlanningProblem& p_;
    MipFormulation& out_;
    std::map<std::pair<int, int>, int> atomColumns_;
};

} // namespace

MipFormulation formulate(const PlanningProblem& problem, const MipCaps& caps) {
    MipFormulation f;
    Builder b(problem, f);
    b.credentials();
    b.credits();
    b.caps(caps);
    for (const auto& landmark : problem.learnedLandmarks)
        addLandmarkRow(f, landmark);
    return f;
}

bool creditsCertified(const PlanningProblem& p, const MipFormulation& f, const std::vector<double>& values) {
    auto on = [&](int column) { return values[static_cast<std::size_t>(column)] > 0.5; };
    std::vector<Amount> sums(p.categories.size(), 0);
    std::map<int, int> countedOffers; // each offer counts once at most
    for (const auto& c : f.counted) {
        if (!on(c.column))
            continue;
        if (c.offer >= 0 && !on(f.take[static_cast<std::size_t>(c.offer)]))
            return false;
        if (++countedOffers[c.offer] > 1)
            return false;
        sums[static_cast<std::size_t>(c.category)] += c.credits;
    }
    Amount total = 0;
    for (std::size_t k = 0; k < sums.size(); ++k) {
        const auto& cat = p.categories[k];
        if (sums[k] < cat.min || (cat.max >= 0 && sums[k] > cat.max))
            return false;
        total += sums[k];
    }
    return total >= p.minCredits;
}

void addLandmarkRow(MipFormulation& f, const std::vector<int>& members) {
    std::vector<std::pair<int, double>> terms;
    for (int c : members)
        terms.emplace_back(f.take[static_cast<std::size_t>(c)], 1.0);
    if (terms.empty()) {
        f.impossible = true;
        return;
    }
    f.model.addRow(std::move(terms), 1.0, MipModel::kUnbounded);
}

MipModel withPlanFixed(const MipFormulation& f, const std::vector<int>& plan) {
    MipModel fixed = f.model;
    std::vector<char> in(f.take.size(), 0);
    for (int c : plan)
        in[static_cast<std::size_t>(c)] = 1;
    for (std::size_t i = 0; i < f.take.size(); ++i)
        fixed.setColumnBounds(f.take[i], in[i], in[i]);
    return fixed;
}

} // namespace cairn::detail
