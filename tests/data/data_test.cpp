// The bundled catalogs and demo clients, checked as a newcomer will meet them.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <cairn/engine/keeping.h>
#include <cairn/engine/planner.h>
#include <cairn/engine/validation.h>
#include <cairn/io/catalog_json.h>
#include <cairn/io/profile_json.h>
#include <cairn/text/load_words.h>
#include <cairn/text/message_words.h>
#include <cstdio>
#include <gtest/gtest.h>
#include <set>

using namespace cairn;

namespace {

QString resources() {
    return QStringLiteral(CAIRN_RESOURCES);
}

Catalog load(const QString& name) {
    auto result = io::readCatalogFile(resources() + QStringLiteral("/catalogs/") + name);
    EXPECT_TRUE(result.ok())
        << cairn::text::LoadWords::english().lines(result.errors).join(QLatin1Char('\n')).toStdString();
    return result.value.value_or(Catalog{});
}

std::string errorsOf(const std::vector<Problem>& problems) {
    std::string out;
    for (const auto& p : problems)
        if (p.severity == Problem::Severity::Error)
            out += p.object + ": " + text::MessageWords::english().problem(p).toStdString() + "\n";
    return out;
}

/// One line per objective: status, money, hours, weeks, completion and the credentials in order.
std::string summary(const Catalog& catalog, const Plan& p) {
    std::string line = std::string(toString(p.objective)) + ": " + toString(p.status);
    if (!hasPlan(p.status))
        return line + " - " + text::MessageWords::english(&catalog).sentences(p.reason).toStdString();
    char buf[128];
    std::snprintf(buf, sizeof buf, " $%.2f %.2fh %dw %s", p.totals.cost, p.totals.hours, p.totals.weeks,
                  p.totals.completion.toIso().c_str());
    line += buf;
    if (p.totals.credits > 0) {
        std::snprintf(buf, sizeof buf, " %.2f credits", p.totals.credits);
        line += buf;
    }
    line += " |";
    for (const auto& c : p.credentials)
        line += " " + c.id;
    return line;
}

/// Compares with golden/<name>.txt, or writes it when CAIRN_UPDATE_GOLDEN is set.
void expectGolden(const QString& name, const std::string& actual) {
    const QString path = QStringLiteral(CAIRN_GOLDEN) + QLatin1Char('/') + name + QStringLiteral(".txt");
    if (qEnvironmentVariableIsSet("CAIRN_UPDATE_GOLDEN")) {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray::fromStdString(actual));
        return;
    }
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << "no golden file " << path.toStdString();
    EXPECT_EQ(actual, f.readAll().toStdString()) << "golden: " << path.toStdString();
}

std::string plansFor(const Catalog& catalog, const Profile& profile, const std::string& goal) {
    std::string out;
    for (Objective o : {Objective::Cost, Objective::Effort, Objective::Balanced, Objective::Time}) {
        PlanRequest req;
        req.goal = goal;
        req.objective = o;
        const Plan p = plan(catalog, profile, req);
        EXPECT_NE(p.status, PlanStatus::Infeasible)
            << goal << " " << toString(o) << ": "
            << text::MessageWords::english(&catalog).sentences(p.reason).toStdString();
        for (const auto& c : p.credentials)
            EXPECT_FALSE(c.why.empty()) << c.id << " has no reason";
        out += summary(catalog, p) + "\n";
    }
    // What the cheapest plan to hold costs to earn and to hold for three years.
    PlanRequest req;
    req.goal = goal;
    req.objective = Objective::CostToHold;
    const Plan held = plan(catalog, profile, req);
    out += summary(catalog, held);
    if (hasPlan(held.status)) {
        char buf[64];
        std::snprintf(buf, sizeof buf, " | hold 3y $%.2f", holding(catalog, profile, held, 3).total());
        out += buf;
    }
    return out + "\n";
}

} // namespace

TEST(BundledData, CatalogsValidateClean) {
    for (const auto* name : {"sample.json", "cairn-catalog.json"}) {
        const Catalog c = load(QString::fromLatin1(name));
        EXPECT_FALSE(c.credentials.empty()) << name;
        EXPECT_EQ(errorsOf(validate(c)), "") << name;
    }
}

TEST(BundledData, EveryCredentialHasASourceAndDate) {
    for (const auto* name : {"sample.json", "cairn-catalog.json"}) {
        const Catalog c = load(QString::fromLatin1(name));
        for (const auto& cred : c.credentials) {
            EXPECT_FALSE(cred.source.empty()) << name << ": " << cred.id << " has no source";
            EXPECT_TRUE(Date::fromIso(cred.asOf).has_value()) << name << ": " << cred.id << " has no as_of date";
        }
    }
}

TEST(BundledData, TheRealCatalogIsAsBigAsPromised) {
    const Catalog c = load(QStringLiteral("cairn-catalog.json"));
    std::set<std::string> providers;
    for (const auto& cred : c.credentials)
        providers.insert(cred.provider);
    int careers = 0, degrees = 0;
    for (const auto& g : c.goals)
        (g.kind == Goal::Kind::Career ? careers : degrees)++;
    EXPECT_GE(c.credentials.size(), 200u);
    EXPECT_GE(providers.size(), 25u);
    EXPECT_GE(careers, 15);
    EXPECT_GE(c.programs.size(), 2u);
    EXPECT_GE(c.attribution.size(), 2u); // ESCO and O*NET
}

TEST(BundledData, EveryDemoClientGetsTheGoldenPlans) {
    const Catalog real = load(QStringLiteral("cairn-catalog.json"));
    const Catalog sample = load(QStringLiteral("sample.json"));
    const QDir dir(resources() + QStringLiteral("/profiles"));
    const auto files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    ASSERT_GE(files.size(), 8);
    for (const QString& file : files) {
        SCOPED_TRACE(file.toStdString());
        auto profile = io::readProfileFile(dir.filePath(file));
        ASSERT_TRUE(profile.ok())
            << cairn::text::LoadWords::english().lines(profile.errors).join(QLatin1Char('\n')).toStdString();
        const Catalog& catalog = file.startsWith(QLatin1String("sample-")) ? sample : real;
        EXPECT_EQ(errorsOf(validateProfile(catalog, *profile.value)), "");
        ASSERT_FALSE(profile.value->goal.empty()) << "every demo client names a goal";
        expectGolden(QFileInfo(file).completeBaseName(), plansFor(catalog, *profile.value, profile.value->goal));
    }
}

TEST(BundledData, EveryRenewalHasASourceAndTheDayItWasRead) {
    const Catalog c = load(QStringLiteral("cairn-catalog.json"));
    int renewals = 0;
    for (const auto& cred : c.credentials) {
        if (!cred.renewal)
            continue;
        ++renewals;
        EXPECT_GT(cred.validMonths, 0) << cred.id;
        EXPECT_NE(cred.renewal->source.find("https://"), std::string::npos) << cred.id << " has no source page";
        EXPECT_EQ(cred.renewal->asOf, "2026-12-03") << cred.id;
    }
    EXPECT_GE(renewals, 30);
}

// The vendor's figures: Security+ costs $439 to earn and $589 to hold for three years; CISSP, which
// costs more to earn, $1,154. A plan that needs only one of them is the cheaper to hold with Security+.
TEST(BundledData, SecurityPlusAgainstACredentialDearerToHold) {
    const Catalog c = load(QStringLiteral("cairn-catalog.json"));
    const Credential* plus = c.findCredential("comptia-security-plus");
    const Credential* cissp = c.findCredential("isc2-cissp");
    ASSERT_TRUE(plus && cissp);
    EXPECT_EQ(plus->cost + keepingMoney(*plus, 3), 589);
    EXPECT_EQ(cissp->cost + keepingMoney(*cissp, 3), 1154);
    const Credential* az104 = c.findCredential("ms-az-104");
    ASSERT_TRUE(az104);
    EXPECT_EQ(keepingMoney(*az104, 3), 0); // renewed free every year
    const Credential* saa = c.findCredential("aws-solutions-architect-associate");
    ASSERT_TRUE(saa);
    EXPECT_EQ(keepingMoney(*saa, 3), 75); // the exam again, with AWS's 50% voucher
}
