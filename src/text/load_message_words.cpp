// The words of io's reading errors and of the credential CSV import's row errors: LoadWords'
// part of MessageWords, in the words io and the store wrote when they were English sentences,
// so the command line reads as it always has. A JSON reader's messages start in lower case and
// end without a full stop, because they follow "file:line:column: field: " on one line.
#include "cairn/text/load_words.h"
#include "detail/message_args.h"

namespace cairn::text {

namespace {

using detail::at;
using detail::qs;

using Code = Message::Code;

/// A whole number as the files write it: no grouping, so a line number reads like one.
QString whole(const MessageArg& arg) {
    return QString::number(static_cast<qlonglong>(arg.value));
}

QStringList texts(const MessageArg& list) {
    QStringList out;
    for (const MessageArg& t : list.names)
        out << qs(t.text);
    return out;
}

} // namespace

QString LoadWords::line(const io::LoadError& e) const {
    QString out;
    if (!e.file.isEmpty())
        out += e.file + QLatin1Char(':');
    if (e.line > 0) {
        out += QString::number(e.line) + QLatin1Char(':');
        if (e.column > 0)
            out += QString::number(e.column) + QLatin1Char(':');
    }
    if (!out.isEmpty())
        out += QLatin1Char(' ');
    if (!e.field.isEmpty())
        out +=
            e.field +
            (e.object.isEmpty() ? QString() : QLatin1String(" (") + MessageWords::object(e.object) + QLatin1Char(')')) +
            QLatin1String(": ");
    else if (!e.object.isEmpty())
        out += MessageWords::object(e.object) + QLatin1String(": ");
    return out + sentence(e);
}

QStringList LoadWords::lines(const std::vector<io::LoadError>& errors) const {
    QStringList out;
    out.reserve(static_cast<qsizetype>(errors.size()));
    for (const io::LoadError& e : errors)
        out << line(e);
    return out;
}

QString LoadWords::phrase(const Message& m) const {
    for (auto part : {&LoadWords::syntaxPhrase, &LoadWords::documentPhrase, &LoadWords::fieldPhrase,
                      &LoadWords::whatPhrase, &LoadWords::contentPhrase, &LoadWords::filePhrase, &LoadWords::escoPhrase,
                      &LoadWords::csvPhrase, &LoadWords::requirementTextPhrase}) {
        QString s = (this->*part)(m);
        if (!s.isNull())
            return s;
    }
    return {};
}

/// A value as found in a file: as written ("abc" in quotes, 12, null), or a clause ("an array").
QString LoadWords::shown(const MessageArg& arg) const {
    return arg.kind == MessageArg::Kind::Clauses ? words_.clauses(arg) : qs(arg.text);
}

/// "\"a\", \"b\" or \"c\"": the words a field may be.
QString LoadWords::oneOf(const MessageArg& words) const {
    QStringList quoted;
    for (const QString& w : texts(words))
        quoted << QLatin1Char('"') + w + QLatin1Char('"');
    if (quoted.size() < 2)
        return quoted.join(QString());
    const QString last = quoted.takeLast();
    return tr("%1 or %2").arg(quoted.join(QStringLiteral(", ")), last);
}

/// "a, b or c".
QString LoadWords::orList(const MessageArg& words) const {
    QStringList list = texts(words);
    if (list.size() < 2)
        return list.join(QString());
    const QString last = list.takeLast();
    return tr("%1 or %2").arg(list.join(QStringLiteral(", ")), last);
}

/// "a, b, c": names as the file writes them (fields, columns).
QString LoadWords::commaList(const MessageArg& words) const {
    return texts(words).join(QStringLiteral(", "));
}

QString LoadWords::syntaxPhrase(const Message& m) const {
    const QString a0 = shown(at(m, 0));
    switch (m.code) {
    case Code::JsonEmpty:
        return tr("the file is empty; expected a JSON document");
    case Code::JsonAfterEnd:
        return tr("unexpected %1 after the end of the JSON document").arg(a0);
    case Code::JsonFoundEnd:
        return tr("the end of the file");
    case Code::JsonFoundControl:
        return tr("the control character U+%1").arg(a0);
    case Code::JsonFoundArray:
        return tr("an array");
    case Code::JsonFoundObject:
        return tr("an object");
    case Code::JsonEndInValue:
        return tr("unexpected end of the file; expected a value");
    case Code::JsonTooDeep:
        return tr("the document is nested more than %1 levels deep").arg(whole(at(m, 0)));
    case Code::JsonSingleQuotes:
        return tr("strings must be in double quotes (\"), not single quotes");
    case Code::JsonComment:
        return tr("comments are not allowed in JSON");
    case Code::JsonPlusSign:
        return tr("numbers cannot start with '+'");
    case Code::JsonLeadingPoint:
        return tr("numbers must start with a digit, as in 0.5");
    case Code::JsonNotANumber:
        return tr("%1 is not a JSON number").arg(a0);
    case Code::JsonUnexpectedWord:
        return tr("unexpected word '%1'; text values need double quotes, and the literals are true, false and null")
            .arg(a0);
    case Code::JsonExpectedValue:
        return tr("expected a value but found %1").arg(a0);
    case Code::JsonTrailingCommaObject:
        return tr("trailing comma: JSON does not allow a ',' after the last field of an object");
    case Code::JsonObjectNotClosed:
        return tr("the object opened here is never closed with '}'");
    case Code::JsonSingleQuotedName:
        return tr("field names must be in double quotes (\"), not single quotes");
    case Code::JsonExpectedName:
        return tr("expected a field name in double quotes but found %1").arg(a0);
    case Code::JsonDuplicateField:
        return tr("duplicate field '%1' (first written at line %2, column %3)")
            .arg(a0, whole(at(m, 1)), whole(at(m, 2)));
    case Code::JsonExpectedColon:
        return tr("expected ':' after the field name \"%1\" but found %2").arg(a0, shown(at(m, 1)));
    case Code::JsonMissingComma:
        return tr("missing ',' between fields");
    case Code::JsonExpectedCommaOrBrace:
        return tr("expected ',' or '}' after the value of \"%1\" but found %2").arg(a0, shown(at(m, 1)));
    case Code::JsonTrailingCommaArray:
        return tr("trailing comma: JSON does not allow a ',' after the last element of an array");
    case Code::JsonArrayNotClosed:
        return tr("the array opened here is never closed with ']'");
    case Code::JsonExpectedCommaOrBracket:
        return tr("expected ',' or ']' after an array element but found %1").arg(a0);
    case Code::JsonExpectedHex:
        return tr("expected 4 hexadecimal digits after '\\u' but found %1").arg(a0);
    case Code::JsonLoneHighSurrogate:
        return tr("'\\u' escape of a lone surrogate: a high surrogate must be followed by a low one");
    case Code::JsonLoneLowSurrogate:
        return tr("'\\u' escape of a lone low surrogate");
    case Code::JsonEndInString:
        return tr("unterminated string: the file ends inside it");
    case Code::JsonBadEscape:
        return tr("invalid escape '\\%1' in a string; JSON has \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX").arg(a0);
    case Code::JsonStringNotClosed:
        return tr("unterminated string: the closing '\"' is missing");
    case Code::JsonStringNotClosedOnLine:
        return tr("unterminated string: the closing '\"' is missing before the end of the line");
    case Code::JsonControlInString:
        return tr("%1 must be written as an escape such as \\t or \\u0001 inside a string").arg(a0);
    case Code::JsonStringNotUtf8:
        return tr("the string is not valid UTF-8 text; save the file in UTF-8");
    case Code::JsonLeadingZeros:
        return tr("numbers cannot have leading zeros");
    case Code::JsonDigitAfterMinus:
        return tr("expected a digit after '-' but found %1").arg(a0);
    case Code::JsonDigitAfterPoint:
        return tr("expected a digit after the decimal point but found %1").arg(a0);
    case Code::JsonDigitInExponent:
        return tr("expected a digit in the exponent but found %1").arg(a0);
    case Code::JsonUnexpectedInNumber:
        return tr("unexpected %1 in a number").arg(a0);
    case Code::JsonNumberTooLarge:
        return tr("the number %1 is too large").arg(a0);
    default:
        return {};
    }
}

QString LoadWords::documentPhrase(const Message& m) const {
    const auto a = [&](std::size_t i) { return shown(at(m, i)); };
    switch (m.code) {
    case Code::JsonReadsVersion:
        return tr("this program reads %1 version %2").arg(a(0), whole(at(m, 1)));
    case Code::JsonReadsVersions:
        return tr("this program reads %1 versions %2 to %3").arg(a(0), whole(at(m, 1)), whole(at(m, 2)));
    case Code::JsonDocumentNotObject:
        return tr("a %1 file holds one JSON object {...}, found %2").arg(a(0), a(1));
    case Code::JsonFormatMissing:
        return tr("required field 'format' is missing; %1").arg(a(0));
    case Code::JsonUnknownFormat:
        return tr("unknown format %1; %2").arg(a(0), a(1));
    case Code::JsonVersionMissing:
        return tr("required field 'version' is missing; %1").arg(a(0));
    case Code::JsonVersionUnsupported:
        return tr("%1 version %2 is not supported; %3").arg(a(0), a(1), a(2));
    default:
        return {};
    }
}

QString LoadWords::fieldPhrase(const Message& m) const {
    const auto a = [&](std::size_t i) { return shown(at(m, i)); };
    switch (m.code) {
    case Code::JsonNotObject:
        return tr("%1 must be an object {...}, found %2").arg(a(0), a(1));
    case Code::JsonUnknownField:
        return tr("unknown field '%1' in %2; its fields are %3").arg(a(0), a(1), commaList(at(m, 2)));
    case Code::JsonUnknownFieldDidYouMean:
        return tr("unknown field '%1' in %2; did you mean '%3'?").arg(a(0), a(1), a(2));
    case Code::JsonFieldMissing:
        return tr("required field '%1' is missing from %2").arg(a(0), a(1));
    case Code::JsonNotString:
        return tr("%1 must be a string, found %2").arg(a(0), a(1));
    case Code::JsonNotId:
        return tr("%1 must be an id of letters, digits, '.', '_' and '-', found %2").arg(a(0), a(1));
    case Code::JsonNotDate:
        return tr("%1 must be a date \"YYYY-MM-DD\", found %2").arg(a(0), a(1));
    case Code::JsonNotDateOrNull:
        return tr("%1 must be a date \"YYYY-MM-DD\" or null, found %2").arg(a(0), a(1));
    case Code::JsonDateOutOfRange:
        return tr("%1 must be a date from %2 to %3, found %4").arg(a(0), a(1), a(2), a(3));
    case Code::JsonDateOutOfRangeOrNull:
        return tr("%1 must be a date from %2 to %3 or null, found %4").arg(a(0), a(1), a(2), a(3));
    case Code::JsonNotNumberInRange:
        return tr("%1 must be a number %2, found %3").arg(a(0), words_.range(at(m, 1)), a(2));
    case Code::JsonNotWholeNumber:
        return tr("%1 must be a whole number from %2 to %3, found %4")
            .arg(a(0), whole(at(m, 1)), whole(at(m, 2)), a(3));
    case Code::JsonNotWholeNumberAtLeast:
        return tr("%1 must be a whole number ≥ %2, found %3").arg(a(0), whole(at(m, 1)), a(2));
    case Code::JsonNotArray:
        return tr("%1 must be an array [...], found %2").arg(a(0), a(1));
    case Code::JsonNotBoolean:
        return tr("%1 must be true or false, found %2").arg(a(0), a(1));
    case Code::JsonNotOneOf:
        return tr("%1 must be %2, found \"%3\"").arg(a(0), oneOf(at(m, 1)), a(2));
    case Code::JsonEachOf:
        return tr("each of %1").arg(a(0));
    case Code::JsonEachStart:
        return tr("each start");
    default:
        return {};
    }
}

QString LoadWords::whatPhrase(const Message& m) const {
    switch (m.code) {
    case Code::JsonWhatSkillLevel:
        return tr("a skill level");
    case Code::JsonWhatSkill:
        return tr("a skill");
    case Code::JsonWhatPace:
        return tr("a pace");
    case Code::JsonWhatCreditOffer:
        return tr("a credit offer");
    case Code::JsonWhatCredential:
        return tr("a credential");
    case Code::JsonWhatProgram:
        return tr("a program");
    case Code::JsonWhatCategoryRule:
        return tr("a category rule");
    case Code::JsonWhatGoal:
        return tr("a goal");
    case Code::JsonWhatOffer:
        return tr("an offer");
    case Code::JsonWhatCatalog:
        return tr("a catalog");
    case Code::JsonWhatRange:
        return tr("a range");
    case Code::JsonWhatRenewal:
        return tr("a renewal");
    case Code::JsonWhatKeeping:
        return tr("the keeping of a credential");
    case Code::JsonWhatCompletionDates:
        return tr("the dates of a completed credential");
    case Code::JsonWhatProfile:
        return tr("a profile");
    case Code::JsonWhatRequirementGroup:
        return tr("a requirement group");
    case Code::JsonWhatFundingSource:
        return tr("a funding source");
    default:
        return {};
    }
}

QString LoadWords::contentPhrase(const Message& m) const {
    const auto a = [&](std::size_t i) { return shown(at(m, i)); };
    switch (m.code) {
    case Code::JsonOnlyForCohort:
        return tr("%1 applies only to a cohort pace (\"kind\": \"cohort\")").arg(a(0));
    case Code::JsonOnlyForCreditsGoal:
        return tr("%1 applies only to a credits goal (\"kind\": \"credits\")").arg(a(0));
    case Code::JsonOnlyForSubscription:
        return tr("%1 applies only to a subscription (\"kind\": \"subscription\")").arg(a(0));
    case Code::JsonStartsUnordered:
        return tr("starts must be in ascending order, but %1 follows %2").arg(a(0), a(1));
    case Code::JsonRequiresTooDeep:
        return tr("requires nests groups %1 deep; at most %2 levels are allowed").arg(whole(at(m, 0)), whole(at(m, 1)));
    case Code::JsonEstimatedNotAField:
        return tr("estimated may name %1, found %2").arg(orList(at(m, 0)), a(1));
    case Code::JsonMaxBelowMin:
        return tr("max must not be below min (%1), found %2").arg(a(0), a(1));
    case Code::JsonOfferCoverItem:
        return tr("each item of covers is \"cred:ID\" or \"tag:TAG\", found %1").arg(a(0));
    case Code::JsonOfferCoversNothing:
        return tr("covers must name at least one credential (\"cred:ID\") or tag (\"tag:TAG\")");
    case Code::JsonCurrencyCode:
        return tr("currency must be a three-letter ISO 4217 code such as \"USD\", found \"%1\"").arg(a(0));
    case Code::JsonDatesNotCompleted:
        return tr("%1 is not one of the profile's completed credentials").arg(a(0));
    case Code::JsonDatesTwice:
        return tr("the dates of %1 are given twice").arg(a(0));
    case Code::JsonExpiresBeforeEarned:
        return tr("%1 expires on %2, before it was earned on %3").arg(a(0), a(1), a(2));
    case Code::JsonBudgetNotNumber:
        return tr("budget must be a number %1 or null (no limit), found %2").arg(words_.range(at(m, 0)), a(1));
    case Code::JsonRequirementItemInvalid:
        return tr("requirement item %1 is invalid: %2").arg(a(0), a(1));
    case Code::JsonRequirementItemEmpty:
        return tr("a requirement item must be \"cred:ID\" or \"skill:ID@LEVEL\", found \"\"");
    case Code::JsonRequirementGroupAsText:
        return tr("a group must be written as an object such as {\"all\": [...]}, not as text, found %1").arg(a(0));
    case Code::JsonRequirementMembers:
        return tr("%1 must be a non-empty array of requirements, found %2").arg(a(0), a(1));
    case Code::JsonRequirementShape:
        return tr("a requirement must be an item such as \"skill:sql@2\" or a group such as {\"all\": [...]}, found %1")
            .arg(a(0));
    case Code::JsonRequirementGroupKinds:
        return tr("a requirement group has exactly one of \"all\", \"any\" or \"min\" with \"of\"");
    case Code::JsonRequirementGroupKind:
        return tr("a requirement group needs \"all\", \"any\" or \"min\" with \"of\"");
    case Code::JsonGroupMinAboveMembers:
        return tr("min is %1 but \"of\" lists only %2 requirements").arg(whole(at(m, 0)), whole(at(m, 1)));
    case Code::JsonTextLength:
        return tr("%1 must be 1 to %2 characters").arg(a(0), whole(at(m, 1)));
    case Code::JsonGoalTooManySkills:
        return tr("a goal names at most %1 skills").arg(whole(at(m, 0)));
    case Code::JsonGoalSkillUnnamed:
        return tr("a skill needs an ESCO URI ('esco') or an O*NET technology ('onet')");
    case Code::JsonFundingNameLength:
        return tr("name must have 1 to %1 characters").arg(whole(at(m, 0)));
    case Code::JsonCapNotNumber:
        return tr("cap must be a number %1 or null (no cap), found %2").arg(words_.range(at(m, 0)), a(1));
    case Code::JsonFundingCoverItem:
        return tr("each item of covers is \"provider:NAME\", \"tag:TAG\" or \"cred:ID\", found %1").arg(a(0));
    case Code::JsonTooManyFundingSources:
        return tr("funding lists %1 sources; at most %2 are read").arg(whole(at(m, 0)), whole(at(m, 1)));
    default:
        return {};
    }
}

QString LoadWords::filePhrase(const Message& m) const {
    const auto a = [&](std::size_t i) { return shown(at(m, i)); };
    switch (m.code) {
    case Code::FileCannotOpen:
        return tr("cannot open the file: %1").arg(a(0));
    case Code::FileCannotRead:
        return tr("cannot read the file: %1").arg(a(0));
    case Code::FileTooLarge:
        return tr("the file is larger than %1 MiB, too large to be a Cairn file").arg(whole(at(m, 0)));
    case Code::FileWriteNoName:
        return tr("No file name was given for the export.");
    case Code::FileWriteFolder:
        return tr("Cannot write %1: it is a folder.").arg(a(0));
    case Code::FileWriteNotAFile:
        return tr("Cannot write %1: it is neither a file nor a device Cairn can write to; choose a file name.")
            .arg(a(0));
    case Code::FileWriteNoFolder:
        return tr("Cannot write %1: the folder %2 does not exist.").arg(a(0), a(1));
    case Code::FileWriteFailed:
        return tr("Cannot write %1: %2.").arg(a(0), a(1));
    case Code::FileWriteUnfinished:
        return tr("Cannot finish writing %1: %2.").arg(a(0), a(1));
    case Code::FileDiskFull:
        return tr("the disk is full");
    case Code::FileNoReason:
        return tr("the system gave no reason");
    case Code::BadgeNotRecognised:
        return tr("not an Open Badges 2.0 assertion, an Open Badges 3.0 credential or a CLR 2.0 credential");
    case Code::CtdlTooDeep:
        return tr("a CTDL document nests its wrappers no deeper than an envelope around an @graph");
    case Code::CtdlArrayItemNotNode:
        return tr("%1 is not a CTDL node: a document's array holds JSON objects").arg(a(0));
    case Code::CtdlNotObjectOrArray:
        return tr("a CTDL document is a JSON object or an array of objects");
    case Code::CtdlGraphNotArray:
        return tr("%1@graph must be an array of nodes").arg(a(0));
    case Code::CtdlEnvelopeNotDecoded:
        return tr("this Credential Registry envelope has no decoded_resource; Cairn reads the decoded document, not "
                  "the signed one in 'resource'");
    case Code::CtdlDocumentNotNode:
        return tr("the document is not a CTDL node: it has no @type, @graph or decoded_resource");
    case Code::CtdlNotNode:
        return tr("%1 is not a CTDL node: it has no @type, @graph or decoded_resource").arg(a(0));
    case Code::CtdlNoNode:
        return tr("the document holds no CTDL node");
    case Code::CtdlPlaceholder:
        return tr("\"%1\" stands in for a value that is missing; give the real value or leave the field out").arg(a(0));
    case Code::BadgeEndorsement:
        return tr("an endorsement, not an achievement of the learner");
    case Code::BadgeClrWithoutAchievements:
        return tr("a CLR without achievement credentials");
    case Code::CtdlPathwayCreditsOnly:
        return tr("goal '%1' requires no credential or skill (credits alone), which a CTDL pathway cannot say; nothing "
                  "was written.")
            .arg(a(0));
    case Code::CtdlMissingOwner:
        return tr("ceterms:ownedBy of the pathway");
    case Code::CtdlMissingPathwayWebpage:
        return tr("ceterms:subjectWebpage of the pathway");
    case Code::CtdlMissingComponentWebpages:
        return tr("ceterms:subjectWebpage of %1 component(s)").arg(whole(at(m, 0)));
    default:
        return {};
    }
}

QString LoadWords::escoPhrase(const Message& m) const {
    const auto a = [&](std::size_t i) { return shown(at(m, i)); };
    const auto n = [&](std::size_t i) { return whole(at(m, i)); };
    switch (m.code) {
    case Code::EscoEmpty:
        return tr("the file is empty; it should begin with the line \"cairn-esco 1 VERSION\"");
    case Code::EscoBadHeader:
        return tr("not Cairn's ESCO data: the first line should be \"cairn-esco 1 VERSION\" (tab-separated)");
    case Code::EscoNotUtf8:
        return tr("not Cairn's ESCO data: the file is not UTF-8 text");
    case Code::EscoUnknownRecord:
        return tr("unknown record \"%1\"; expected S, O or L").arg(a(0));
    case Code::EscoFieldCount:
        return tr("a %1 record has %2 fields, expected %3").arg(a(0), n(1), n(2));
    case Code::EscoSkillIdLength:
        return tr("a skill id must be 1 to %1 characters").arg(n(0));
    case Code::EscoOccupationIdLength:
        return tr("an occupation id must be 1 to %1 characters").arg(n(0));
    case Code::EscoTooManySkills:
        return tr("more than %1 skills").arg(n(0));
    case Code::EscoTooManyOccupations:
        return tr("more than %1 occupations").arg(n(0));
    case Code::EscoSkillType:
        return tr("skill type must be k or s");
    case Code::EscoReuseLevel:
        return tr("reuse level must be t, c, e or o");
    case Code::EscoSkillNumber:
        return tr("skills must be numbers of skill records, found \"%1\"").arg(a(0));
    case Code::EscoLabelsFirst:
        return tr("labels come before any skill or occupation");
    case Code::EscoLanguage:
        return tr("a language must be a code such as en or de");
    case Code::EscoPreferredLength:
        return tr("a preferred label must be 1 to %1 bytes").arg(n(0));
    case Code::EscoAlternativeLength:
        return tr("an alternative label must be 1 to %1 bytes").arg(n(0));
    case Code::EscoTooManyAlternatives:
        return tr("more than %1 alternative labels").arg(n(0));
    case Code::EscoNoSuchSkill:
        return tr("skill number %1 is not one of the %2 skills").arg(n(0), n(1));
    case Code::EscoOccupationWithoutLabels:
        return tr("occupation %1 has no labels").arg(a(0));
    case Code::EscoSkillWithoutLabels:
        return tr("skill %1 has no labels").arg(a(0));
    case Code::OnetEmpty:
        return tr("the file is empty; it should begin with the line \"cairn-onet 1 VERSION\"");
    case Code::OnetBadHeader:
        return tr("not Cairn's O*NET data: the first line should be \"cairn-onet 1 VERSION\" (tab-separated)");
    case Code::OnetNotUtf8:
        return tr("not Cairn's O*NET data: the file is not UTF-8 text");
    case Code::OnetUnknownRecord:
        return tr("unknown record \"%1\"; expected T or O").arg(a(0));
    case Code::OnetTooManyRecords:
        return tr("more than %1 records").arg(n(0));
    case Code::OnetTextLength:
        return tr("%1 must be 1 to %2 bytes").arg(a(0), n(1));
    case Code::OnetCode:
        return tr("an O*NET-SOC code is written like 15-2051.01, found \"%1\"").arg(a(0));
    case Code::OnetDuplicateOccupation:
        return tr("occupation %1 is listed twice").arg(a(0));
    case Code::OnetTechnologyNumber:
        return tr("technologies must be numbers of T records, each followed by h, d, hd or nothing, found \"%1\"")
            .arg(a(0));
    case Code::OnetNoSuchTechnology:
        return tr("technology number %1 is not one of the %2 technologies").arg(n(0), n(1));
    default:
        return {};
    }
}

QString LoadWords::csvPhrase(const Message& m) const {
    const auto a = [&](std::size_t i) { return shown(at(m, i)); };
    const auto n = [&](std::size_t i) { return whole(at(m, i)); };
    switch (m.code) {
    case Code::CsvNulByte:
        return tr("The file holds a NUL byte, which no text has; it is not a CSV text file.");
    case Code::CsvNotUtf8:
        return tr("The byte 0x%1 here is not UTF-8 text; save the file as UTF-8.").arg(a(0));
    case Code::CsvQuoteNotClosed:
        return tr("The quoted field opened here is never closed; add the closing double quote.");
    case Code::CsvQuoteInsideField:
        return tr("A double quote appears inside a field that does not start with one; enclose the whole field in "
                  "quotes and double the quote (\"\").");
    case Code::CsvTextAfterQuote:
        return tr("Unexpected text after the closing quote of a field; a quoted field must be followed by a comma or "
                  "the end of the line.");
    case Code::CsvEmpty:
        return tr("The file is empty; the first line must name the columns, e.g. id,title,provider,cost,hours.");
    case Code::CsvUnknownColumn:
        return tr("Unknown column '%1'; the columns are %2.").arg(a(0), commaList(at(m, 1)));
    case Code::CsvColumnTwice:
        return tr("The column '%1' appears twice.").arg(a(0));
    case Code::CsvColumnMissing:
        return tr("The header has no '%1' column; it is required.").arg(a(0));
    case Code::CsvFieldCount:
        return tr("This row has %1 fields but the header has %2; check for a missing or extra comma, or a field with "
                  "a comma that is not in quotes.")
            .arg(n(0), n(1));
    case Code::CsvDuplicateId:
        return tr("The credential '%1' already appears on line %2.").arg(a(0), n(1));
    case Code::CsvIdMissing:
        return tr("Every credential needs an id.");
    case Code::CsvNotAnId:
        return tr("'%1' is not an id; an id is made of letters, digits, '.', '_' and '-', e.g. sql-basics.").arg(a(0));
    case Code::CsvAsOfNotADate:
        return tr("'%1' is not a date; write it as YYYY-MM-DD.").arg(a(0));
    case Code::CsvNotEstimable:
        return tr("'%1' is not a figure that can be estimated; write %2.").arg(a(0), commaList(at(m, 1)));
    case Code::CsvNotANumber:
        return tr("'%1' is not a number of zero or more.").arg(a(0));
    case Code::CsvCostNotANumber:
        return tr("'%1' is not a number of zero or more (or none, for a credential sold only through an offer).")
            .arg(a(0));
    case Code::CsvPace:
        return tr("The pace is '%1'; write self (or self-paced) or cohort.").arg(a(0));
    case Code::CsvWeeksWithoutCohort:
        return tr("Weeks apply only to a cohort; write cohort in the pace column.");
    case Code::CsvStartsWithoutCohort:
        return tr("Start dates apply only to a cohort; write cohort in the pace column.");
    case Code::CsvWeeksMissing:
        return tr("A cohort needs its length in weeks; write a whole number of weeks from 1 to %1.").arg(n(0));
    case Code::CsvWeeksInvalid:
        return tr("'%1' is not a cohort length; write a whole number of weeks from 1 to %2.").arg(a(0), n(1));
    case Code::CsvStartNotADate:
        return tr("'%1' is not a date; write start dates as YYYY-MM-DD separated by semicolons.").arg(a(0));
    case Code::CsvGrant:
        return tr("'%1' is not a skill at a level; write SKILL@LEVEL with a level from %2 to %3, e.g. sql@2.")
            .arg(a(0), n(1), n(2));
    case Code::CsvRequirementInvalid:
        return a(0); // the requirement parser's own sentence
    case Code::CsvGroupsTooDeep:
        return tr("The groups nest %1 deep; at most %2 levels are allowed.").arg(n(0), n(1));
    case Code::CsvCreditOffer:
        return tr("'%1' is not a credit offer; write PROGRAM:CREDITS or PROGRAM:CREDITS:CATEGORY|CATEGORY with ids "
                  "and more than 0 credits, e.g. bs-data:12:core|elective.")
            .arg(a(0));
    default:
        return {};
    }
}

} // namespace cairn::text
