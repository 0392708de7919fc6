#pragma once

#include "cairn/text/format.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <cairn/engine/catalog.h>
#include <cairn/engine/message.h>
#include <cairn/engine/problem.h>

namespace cairn::text {

/// The sentence of an engine message (a validation problem, the reason a question has no plan
/// or a plan is not proven the best, an error of the workspace): the engine gives its code and
/// facts, this writes them, in English for the command line and in the user's language for
/// the window and the report.
class MessageWords {
    Q_DECLARE_TR_FUNCTIONS(MessageWords)
    friend class LoadWords; // words io's reading errors with the same facts: ranges, clauses

public:
    /// `catalog`, when given, names the skills and credentials of requirement items by title
    /// ("SQL at level 2"); without it they are written as items ("skill:sql@2").
    explicit MessageWords(Format format = Format::user(), const Catalog* catalog = nullptr)
        : format_(std::move(format)), catalog_(catalog) {}
    /// English, as cairn-cli and the data files write.
    [[nodiscard]] static MessageWords english(const Catalog* catalog = nullptr) {
        return MessageWords(Format::english(), catalog);
    }

    /// One message as a full sentence (a clause, for the parts of a problem that list what is missing).
    [[nodiscard]] QString sentence(const Message& message) const;
    /// The sentence of a message that may not be there, such as why a file was not written: empty
    /// when there is none.
    [[nodiscard]] QString sentenceIfAny(const std::optional<Message>& message) const {
        return message ? sentence(*message) : QString();
    }
    /// Sentences one after another, as a plan's reason reads.
    [[nodiscard]] QString sentences(const Sentences& sentences) const;
    /// A validation problem's sentence.
    [[nodiscard]] QString problem(const Problem& problem) const { return sentence(problem.message); }
    /// What a problem or a reading error is about, in the reader's words: the engine and io name
    /// it "KIND ID" ("credential sql", "goal analyst", "profile field budget"), a stable key that
    /// `cairn-cli validate --format json` prints as it is. A reference of another shape is shown as given.
    [[nodiscard]] static QString object(const QString& reference);
    [[nodiscard]] static QString object(const std::string& reference) {
        return object(QString::fromStdString(reference));
    }

private:
    QString text(const MessageArg& arg) const;
    QString quoted(const MessageArg& arg) const;
    QString label(const MessageArg& name) const;
    QString subject(const MessageArg& name) const;
    QString number(const MessageArg& arg) const;
    QString count(const MessageArg& arg) const;
    QString range(const MessageArg& arg) const;
    QString date(const MessageArg& arg) const;
    QString money(const MessageArg& arg) const;
    QString labels(const MessageArg& names, const QString& separator) const;
    QString clauses(const MessageArg& arg) const;
    QString items(const MessageArg& items, bool all) const;
    QString catalogSentence(const Message& message) const;
    QString numberSentence(const Message& message) const;
    QString reachSentence(const Message& message) const;
    QString profileSentence(const Message& message) const;
    QString planSentence(const Message& message) const;
    QString keepingSentence(const Message& message) const;
    QString fundingSentence(const Message& message) const;
    // The workspace's errors (store_message_words.cpp).
    QString readBackSentence(const Message& message) const;
    QString damagedSentence(const Message& message) const;
    QString workspaceSentence(const Message& message) const;
    QString serverSentence(const Message& message) const;
    QString teamSentence(const Message& message) const;
    QString transferSentence(const Message& message) const;
    QString contentSentence(const Message& message) const;
    QString doingSentence(const Message& message) const;

    Format format_;
    const Catalog* catalog_ = nullptr;
};

} // namespace cairn::text
