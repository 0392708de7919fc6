// Ten job ads (tests/io/data/job_ads/*.txt) and the skills the matcher finds in them, checked by
// hand once and kept as golden files (*.expected): each line is the phrase, then the ESCO
// skill's preferred label (empty when the phrase names an O*NET technology alone), then, when it
// names one, "O*NET: " and the technology. Regenerate with CAIRN_UPDATE_GOLDEN=1 and read the diff.
#include <QDir>
#include <QFile>
#include <cairn/io/esco_data.h>
#include <cairn/io/onet_data.h>
#include <cairn/io/skill_matcher.h>
#include <gtest/gtest.h>

using namespace cairn::io;
using namespace Qt::Literals::StringLiterals;

namespace {

const SkillMatcher& matcher() {
    static const SkillMatcher m(*bundledEscoData().value, *bundledOnetData().value);
    return m;
}

QString mentions(const QString& ad) {
    QString out;
    for (const auto& m : matcher().find(ad)) {
        out += ad.mid(m.start, m.length).simplified() + u'\t';
        if (!m.skills.empty())
            out += QString::fromStdString(matcher().data().skills[m.skills.front()].label());
        if (!m.technologies.empty())
            out += u"\tO*NET: "_s + QString::fromStdString(matcher().onet()->technologies[m.technologies.front()]);
        out += u'\n';
    }
    return out;
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class JobAdGolden : public testing::TestWithParam<const char*> {};

} // namespace

TEST_P(JobAdGolden, FindsTheSkillsCheckedByHand) {
    const QString base = QStringLiteral(CAIRN_TEST_DATA "/job_ads/") + QString::fromLatin1(GetParam());
    const QString ad = QString::fromUtf8(readAll(base + u".txt"_s));
    ASSERT_FALSE(ad.isEmpty()) << base.toStdString();
    const QString found = mentions(ad);
    if (qEnvironmentVariableIsSet("CAIRN_UPDATE_GOLDEN")) {
        QFile out(base + u".expected"_s);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(found.toUtf8());
        return;
    }
    EXPECT_EQ(found.toStdString(), QString::fromUtf8(readAll(base + u".expected"_s)).toStdString());
}

INSTANTIATE_TEST_SUITE_P(Ads, JobAdGolden,
                         testing::Values("data-analyst-health", "data-analyst-retail", "ux-designer", "ux-researcher",
                                         "it-support", "helpdesk", "digital-marketing", "seo-content",
                                         "supply-chain-analyst", "logistics-coordinator"),
                         [](const auto& info) {
                             std::string name = info.param;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });
