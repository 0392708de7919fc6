#pragma once

#include <QTextBrowser>

namespace cairn {
struct PlannedCredential;
}

namespace cairn::app {

class PlanningSession;

/// The plan in words: its status (and why, when there is none), the totals (with the money at
/// other paces when a subscription is paid), the credentials in order with cost (or the offer
/// they are bought through), dates and reasons, who pays (funding sources, per year), the cost
/// to hold with its renewals, and the skills gap before and after the plan.
/// Credential titles are links that select the credential.
class SummaryPanel : public QTextBrowser {
    Q_OBJECT

public:
    explicit SummaryPanel(PlanningSession* session, QWidget* parent = nullptr);

    /// Shown while a plan is being computed, over the previous summary.
    void setPlanning(bool planning);

public slots:
    void refresh();

signals:
    void credentialClicked(const QString& credentialId);

private:
    [[nodiscard]] QString statusHtml() const;
    [[nodiscard]] QString totalsHtml() const;
    /// For a goal of the client's own: the skills no credential of the catalog teaches, which
    /// the plan leaves out, said before the plan so that nobody takes it for the whole goal.
    [[nodiscard]] QString untaughtHtml() const;
    [[nodiscard]] QString credentialsHtml() const;
    /// Why the plan shares a subscription or bundle, and how its offers changed with the last edit.
    [[nodiscard]] QString offersHtml() const;
    /// Its cost, or how it is paid when bought through an offer ("shared through Coursera Plus,
    /// yearly (1 year)").
    [[nodiscard]] QString costHtml(const PlannedCredential& credential) const;
    [[nodiscard]] QString gapHtml() const;
    /// Who pays, per funding source and per calendar year, when funding pays part of the plan or
    /// the objective is what the client pays.
    [[nodiscard]] QString fundingHtml() const;
    /// The cost to hold for the session's years to hold, and each renewal, yearly fee and
    /// expiry after completion, when a planned credential expires or the objective asks for it.
    [[nodiscard]] QString keepingHtml() const;

    PlanningSession* session_;
    bool planning_ = false;
};

} // namespace cairn::app
