#pragma once

#include "cairn/text/format.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <cairn/io/audit_entry.h>
#include <map>
#include <string>

namespace cairn::text {

/// An entry of the audit trail (cairn/io/audit_entry.h) in words, for the client's history in
/// the window and `cairn-cli clients history`: what was changed, from what to what.
class AuditWords {
    Q_DECLARE_TR_FUNCTIONS(AuditWords)

public:
    /// `currency` writes the money fields (a budget, a cost); without one they are numbers.
    explicit AuditWords(Format format = Format::user(), std::string currency = {})
        : format_(std::move(format)), currency_(std::move(currency)) {}
    [[nodiscard]] static AuditWords english(std::string currency = {}) {
        AuditWords words(Format::english(), std::move(currency));
        words.isoTimes_ = true;
        return words;
    }

    /// Titles of goals by id (the client's catalog's and their own), so that a change of goal
    /// reads "from “Data Analyst” to “Cloud Support Associate”"; a goal not here reads as its id.
    AuditWords& withGoalTitles(std::map<std::string, QString> titles) {
        goalTitles_ = std::move(titles);
        return *this;
    }

    /// The change as one sentence, without who or when: "Changed the contact from “amal@example.org”
    /// to “+44 20 7946 0000” and the budget from $2,000 to $3,500." "Saved plan version 3,
    /// “Cheapest”." "Shared the client with ben."
    [[nodiscard]] QString change(const io::AuditEntry& entry) const;
    /// When it happened, in local time: "5 Dec 2026 14:02" (ISO 8601 in English for the terminal).
    [[nodiscard]] QString when(const io::AuditEntry& entry) const { return when(entry.at); }
    /// A time the workspace recorded (ISO 8601 UTC), in the same words.
    [[nodiscard]] QString when(const QString& recordedAt) const;
    /// What a field is called in a sentence: "the budget", "the hours a week", "the advisor".
    [[nodiscard]] QString fieldName(const QString& field) const;
    /// A recorded value as a person reads it: money with its symbol, text in quotes (shortened
    /// past 80 characters), a list joined by commas, "none" for nothing.
    [[nodiscard]] QString value(const QString& field, const QJsonValue& value) const;

private:
    [[nodiscard]] QString changes(const io::AuditEntry& entry) const;
    [[nodiscard]] QString itemWhat(const io::AuditEntry& entry) const;
    [[nodiscard]] QString titled(const io::AuditEntry& entry) const;
    [[nodiscard]] QString added(const io::AuditEntry& entry) const;
    [[nodiscard]] QString removed(const io::AuditEntry& entry) const;
    [[nodiscard]] QString changed(const io::AuditEntry& entry) const;
    [[nodiscard]] QString listItem(const QJsonValue& item) const;

    Format format_;
    std::string currency_;
    std::map<std::string, QString> goalTitles_;
    /// The terminal's times, as its dates, in ISO 8601; a window's in its locale, US English too.
    bool isoTimes_ = false;
};

} // namespace cairn::text
