#pragma once

#include <QCoreApplication>
#include <QString>
#include <string>

namespace cairn::app {

class PlanningSession;

/// The detail pane's text for one credential, as HTML that takes its colours from the palette:
/// what it is, what it costs and takes, when it starts, what it grants and needs, and why it
/// is in the plan.
class CredentialDetails {
    Q_DECLARE_TR_FUNCTIONS(CredentialDetails)

public:
    [[nodiscard]] static QString html(const PlanningSession& session, const std::string& credentialId);
};

} // namespace cairn::app
