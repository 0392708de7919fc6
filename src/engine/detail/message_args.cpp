#include "detail/message_args.h"

namespace cairn::detail {

MessageArg credentialArg(const Credential& credential) {
    return arg::name(MessageArg::Noun::Credential, credential.title, credential.id);
}

MessageArg goalArg(const Goal& goal) {
    return arg::name(MessageArg::Noun::Goal, goal.title, goal.id);
}

MessageArg skillArg(const Skill& skill) {
    return arg::name(MessageArg::Noun::Skill, skill.name, skill.id);
}

MessageArg offerArg(const Offer& offer) {
    return arg::name(MessageArg::Noun::Offer, {}, offer.id);
}

} // namespace cairn::detail
