#pragma once

#include <QCoreApplication>
#include <QString>
#include <cairn/engine/catalog.h>
#include <cairn/engine/requirement.h>

namespace cairn::text {

/// Writes a requirement in plain words for people, naming credentials and skills by title:
/// "SQL at level 2, and either Intro to Statistics or Statistics at level 1".
class RequirementWords {
    Q_DECLARE_TR_FUNCTIONS(RequirementWords)

public:
    explicit RequirementWords(const Catalog& catalog) : catalog_(catalog) {}

    /// The whole requirement; "No prerequisites" when there is none.
    [[nodiscard]] QString describe(const Requirement& requirement) const;
    /// One item: "SQL at level 2" or a credential's title.
    [[nodiscard]] QString item(const Requirement& item) const;
    /// An item given in its text form ("skill:sql@2", "cred:x"), as the engine reports them.
    [[nodiscard]] QString itemText(const QString& text) const;
    [[nodiscard]] QString itemText(const std::string& text) const { return itemText(QString::fromStdString(text)); }
    /// What is still missing of a requirement, as availability() reports it: an item, or a
    /// group of the options still open: "one of: Excel at level 1; SQL at level 1 and Python".
    [[nodiscard]] QString missing(const Requirement& unmet) const;
    /// Items joined for a sentence: "A, B or C" (`all` false) or "A, B and C".
    [[nodiscard]] QString itemList(const std::vector<Requirement>& items, bool all) const;
    /// The heading of a choice in a goal: "2 of these 5", "All of these 3". The PDF report and
    /// `cairn-cli gap` use the same words.
    [[nodiscard]] static QString choice(int needed, int size);
    /// An option of a choice that is met without it.
    [[nodiscard]] static QString notNeeded() { return tr("not needed"); }

private:
    QString phrase(const Requirement& r, bool nested) const;
    const Catalog& catalog_;
};

} // namespace cairn::text
