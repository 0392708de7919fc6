#pragma once

#include "cairn/io/load_error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <cairn/engine/date.h>
#include <optional>
#include <vector>

// What a learner already holds, read from the wallets' standard files: Open Badges 2.0
// assertions (hosted badge data given as files), Open Badges 3.0 OpenBadgeCredential and
// AchievementCredential (VC data model v1 or v2, with or without a proof), and CLR 2.0
// ClrCredential, whose achievement credentials are read one by one. Signatures are not verified.
namespace cairn::io::badges {

/// An achievement's alignment to a framework item: a CTDL credential, a competency…
struct Alignment {
    QString targetName;
    QString targetUrl;
    QString targetCode;
    QString targetFramework;
    QString targetType;
};

/// One achievement awarded to the learner.
struct Achievement {
    QString file;
    QString path; ///< JSON path of its credential or assertion in the file
    int line = 0;
    int column = 0;
    QString format; ///< "Open Badges 2.0", "Open Badges 3.0" or "CLR 2.0"
    QString id;     ///< the achievement's (or badge class's) id
    QString name;
    QString description;
    QString achievementType; ///< Open Badges 3.0's achievementType ("Certificate", "Degree"…)
    QString issuer;          ///< the issuer's name, else its id
    QString criteria;        ///< the address of its criteria (an http or https URL), empty when none
    std::optional<Date> issued;
    std::optional<Date> expires;
    bool revoked = false; ///< the file says so (Open Badges 2.0 `revoked`)
    QString statusList;   ///< the type of a credentialStatus list Cairn does not fetch, empty when none
    bool proof = false;   ///< the credential, or the CLR holding it, carried a proof (not verified)
    std::vector<Alignment> alignments;
};

/// Every achievement of the files, and the files that could not be read.
struct BadgeRead {
    std::vector<Achievement> achievements;
    std::vector<LoadError> failures;
    std::vector<LoadError> skipped; ///< documents read but holding no achievement (BadgeEndorsement…)
};

/// Collects the files, then reads them together, so that an Open Badges 2.0 assertion finds its
/// BadgeClass (and the class its issuer) among the other files by id.
class BadgeReader {
public:
    void addFile(const QString& path);
    void addBytes(const QByteArray& bytes, const QString& file);
    BadgeRead finish();

private:
    struct Parsed;
    std::vector<std::pair<QString, QByteArray>> files_;
    BadgeRead read_;
};

} // namespace cairn::io::badges
