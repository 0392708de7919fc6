// The words of the requirement text form's syntax errors (parseRequirementText): LoadWords'
// part for the RequirementText codes. They follow "requirement item … is invalid: " in a file's
// error line and "Not understood at character N: " in the credential dialog, so they start in
// lower case and end without a full stop, as the JSON reader's do.
#include "cairn/text/load_words.h"
#include "detail/message_args.h"

namespace cairn::text {

using detail::at;
using Code = Message::Code;

QString LoadWords::requirementTextPhrase(const Message& m) const {
    const auto a = [&](std::size_t i) { return shown(at(m, i)); };
    const auto n = [&](std::size_t i) { return QString::number(static_cast<qlonglong>(at(m, i).value)); };
    switch (m.code) {
    case Code::RequirementTextAfterEnd:
        return tr("unexpected %1 after the end of the requirement").arg(a(0));
    case Code::RequirementTextExpected:
        return tr("expected '%1' but found %2").arg(a(0), a(1));
    case Code::RequirementTextTooDeep:
        return tr("the requirement is nested more than %1 groups deep").arg(n(0));
    case Code::RequirementTextExpectedItem:
        return tr("expected 'cred:', 'skill:', 'all(', 'any(' or 'min(' but found %1").arg(a(0));
    case Code::RequirementTextUnknownItemKind:
        return tr("unknown item kind '%1:'; items are 'cred:ID' or 'skill:ID@LEVEL'").arg(a(0));
    case Code::RequirementTextUnknownGroup:
        return tr("unknown group '%1('; groups are 'all(...)', 'any(...)' or 'min(K; ...)'").arg(a(0));
    case Code::RequirementTextBareWord:
        return tr("'%1' is not an item or a group; write 'cred:%1' or 'skill:%1'").arg(a(0));
    case Code::RequirementTextExpectedCredentialId:
        return tr("expected a credential id after 'cred:' but found %1").arg(a(0));
    case Code::RequirementTextExpectedSkillId:
        return tr("expected a skill id after 'skill:' but found %1").arg(a(0));
    case Code::RequirementTextExpectedLevel:
        return tr("expected a level %1-%2 after 'skill:%3@' but found %4").arg(n(1), n(2), a(0), a(3));
    case Code::RequirementTextLevelOutOfRange:
        return tr("skill level must be %1 to %2, found %3").arg(n(0), n(1), a(2));
    case Code::RequirementTextExpectedMinCount:
        return tr("expected the number of members needed after 'min(' but found %1").arg(a(0));
    case Code::RequirementTextMinBelowOne:
        return tr("'min' needs at least 1 member, found %1").arg(a(0));
    case Code::RequirementTextEmptyGroup:
        return tr("a group needs at least one member");
    case Code::RequirementTextTrailingComma:
        return tr("a ',' must be followed by another member, not ')'");
    case Code::RequirementTextExpectedCommaOrClose:
        return tr("expected ',' or ')' in '%1(' but found %2").arg(a(0), a(1));
    case Code::RequirementTextMinAboveMembers:
        return tr("'min(%1; ...)' needs %1 members but lists only %2").arg(n(0), n(1));
    case Code::RequirementTextFoundEnd:
        return tr("the end of the text");
    case Code::RequirementTextFoundControl:
        return tr("the control character U+%1").arg(a(0));
    case Code::RequirementTextFoundByte:
        return tr("byte 0x%1").arg(a(0));
    default:
        return {};
    }
}

} // namespace cairn::text
