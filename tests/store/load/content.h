#pragma once

// What an advisor writes, as the text its fingerprint is taken of: the same function for the
// advisor that saves a row and for the audit that reads it back.
#include <QString>
#include <cairn/engine/plan.h>
#include <cairn/store/client.h>
#include <optional>

namespace cairn::load {

QString planContent(qint64 client, const QString& title, const QString& note, const Plan& plan);
QString noteContent(qint64 client, const QString& text, std::optional<qint64> planId);
/// The fields of a shared client that advisors edit.
QString clientContent(const store::Client& client);

} // namespace cairn::load
