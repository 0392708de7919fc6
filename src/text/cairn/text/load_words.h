#pragma once

#include "cairn/text/message_words.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <cairn/engine/message.h>
#include <cairn/io/load_error.h>
#include <vector>

namespace cairn::text {

/// The words of a reading error (io::LoadError): its sentence, from the code and facts io gives
/// (a JSON file's syntax and fields, a file that cannot be read, ESCO data, Open Badges and CTDL
/// documents, the rows of a credential CSV file), and the line a person reads,
/// "file:line:column: field (object): sentence". English for the command line, the user's
/// language for the window; the file, line, column, field and object stay as read.
class LoadWords {
    Q_DECLARE_TR_FUNCTIONS(LoadWords)

public:
    explicit LoadWords(Format format = Format::user()) : words_(std::move(format)) {}
    /// English, as cairn-cli and the logs write.
    [[nodiscard]] static LoadWords english() { return LoadWords(Format::english()); }

    /// The error's sentence (a reading error's, or the validation problem it reports).
    [[nodiscard]] QString sentence(const io::LoadError& error) const { return words_.sentence(error.what); }
    /// "file:line:column: field (object): sentence", leaving out the parts that are unknown.
    [[nodiscard]] QString line(const io::LoadError& error) const;
    /// Every error as its line, for printing.
    [[nodiscard]] QStringList lines(const std::vector<io::LoadError>& errors) const;

    /// The sentence of one of io's codes (Json…, File…, Esco…, Badge…, Ctdl…, Csv…) or of the
    /// requirement text form's syntax (RequirementText…, which io and the CSV import report), or a null
    /// QString for any other code: MessageWords::sentence asks here for the codes it does not word.
    [[nodiscard]] QString phrase(const Message& message) const;

private:
    QString shown(const MessageArg& arg) const;
    QString oneOf(const MessageArg& words) const;
    QString orList(const MessageArg& words) const;
    QString commaList(const MessageArg& words) const;
    QString syntaxPhrase(const Message& message) const;
    QString documentPhrase(const Message& message) const;
    QString fieldPhrase(const Message& message) const;
    QString whatPhrase(const Message& message) const;
    QString contentPhrase(const Message& message) const;
    QString filePhrase(const Message& message) const;
    QString escoPhrase(const Message& message) const;
    QString csvPhrase(const Message& message) const;
    QString requirementTextPhrase(const Message& message) const;

    MessageWords words_;
};

} // namespace cairn::text
