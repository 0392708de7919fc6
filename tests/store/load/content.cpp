#include "content.h"

#include <QJsonDocument>
#include <cairn/store/snapshot_json.h>

namespace cairn::load {

QString planContent(qint64 client, const QString& title, const QString& note, const Plan& plan) {
    const QByteArray snapshot = QJsonDocument(store::planToJson(plan)).toJson(QJsonDocument::Compact);
    return QStringLiteral("%1\n%2\n%3\n%4").arg(client).arg(title, note, QString::fromUtf8(snapshot));
}

QString noteContent(qint64 client, const QString& text, std::optional<qint64> planId) {
    return QStringLiteral("%1\n%2\n%3").arg(client).arg(planId ? *planId : 0).arg(text);
}

QString clientContent(const store::Client& client) {
    return QStringLiteral("%1\n%2\n%3").arg(client.id).arg(client.contact, client.notes);
}

} // namespace cairn::load
