#pragma once

namespace cairn::app {

/// Where a credential stands for the current client and plan, shown by colour and shape.
enum class CredentialStatus {
    Completed, ///< the client has it
    Planned,   ///< in the current plan
    Open,      ///< could be started now
    Locked,    ///< prerequisites missing
};

} // namespace cairn::app
