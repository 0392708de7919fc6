#include "offer_catalog.h"
#include "report_fixtures.h"
#include "special_files.h"

#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QRawFont>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cairn/engine/planner.h>
#include <cairn/report/pdf_report.h>
#include <cairn/text/message_words.h>
#include <gtest/gtest.h>

using namespace cairn;
using namespace cairn::report;

namespace {

struct Rendered {
    QString text; ///< pdftotext output, whitespace collapsed
    QString info; ///< pdfinfo output
    QByteArray bytes;
    int pages = 0;
};

/// Writes the report, keeps a copy in $CAIRN_REPORT_SAMPLES when set (for looking at the pages),
/// and reads it back with poppler.
Rendered render(const ReportInput& input, const QString& name) {
    static QTemporaryDir dir;
    const QString path = dir.filePath(name + QStringLiteral(".pdf"));
    const Result result = writePdf(input, path);
    EXPECT_TRUE(result.ok()) << result.error.toStdString();
    if (const QString keep = qEnvironmentVariable("CAIRN_REPORT_SAMPLES"); !keep.isEmpty()) {
        QDir().mkpath(keep);
        QFile::remove(keep + u'/' + name + QStringLiteral(".pdf"));
        QFile::copy(path, keep + u'/' + name + QStringLiteral(".pdf"));
    }
    Rendered r;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        r.bytes = file.readAll();
    r.text = test::runTool(QStringLiteral("pdftotext"),
                           {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")})
                 .normalized(QString::NormalizationForm_KC) // ligatures and Arabic presentation forms
                 .simplified();
    r.info = test::runTool(QStringLiteral("pdfinfo"), {path});
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(r.info);
    r.pages = m.hasMatch() ? m.captured(1).toInt() : 0;
    return r;
}

/// Whether an installed font has a glyph for every character of `text`.
bool someFontDraws(const QString& text) {
    const QList<uint> characters = text.toUcs4();
    for (const QString& family : QFontDatabase::families()) {
        const QRawFont font = QRawFont::fromFont(QFont(family));
        if (std::all_of(characters.begin(), characters.end(), [&](uint c) { return font.supportsCharacter(c); }))
            return true;
    }
    return false;
}

/// Position of each needle in `text` from `from` on, each after the previous; -1 marks one missing.
std::vector<qsizetype> positionsInOrder(const QString& text, const QStringList& needles, qsizetype from) {
    std::vector<qsizetype> out;
    for (const QString& n : needles) {
        const qsizetype at = text.indexOf(n, from);
        out.push_back(at);
        if (at >= 0)
            from = at + n.size();
    }
    return out;
}

/// The text of each page, whitespace collapsed.
QStringList pageTexts(const QString& path, int pages) {
    QStringList out;
    for (int page = 1; page <= pages; ++page)
        out << test::runTool(QStringLiteral("pdftotext"),
                             {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"),
                              QString::number(page), QStringLiteral("-l"), QString::number(page), path,
                              QStringLiteral("-")})
                   .remove(QChar(0x200B))
                   .simplified();
    return out;
}

/// Where each "STEP n" tag of the pathway is drawn: n, page, left edge and top, in reading order.
struct StepTag {
    int step, page;
    double x, y;
};
std::vector<StepTag> stepTags(const QString& path) {
    const QString xml =
        test::runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    const QRegularExpression word(
        QStringLiteral("<page |<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\"[^>]*>([^<]*)</word>"));
    std::vector<StepTag> tags;
    int page = 0;
    double x = 0, y = 0;
    bool afterStep = false;
    for (auto it = word.globalMatch(xml); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(0).startsWith(QStringLiteral("<page"))) {
            ++page;
            continue;
        }
        if (afterStep && !m.captured(3).isEmpty() && m.captured(3)[0].isDigit())
            tags.push_back({m.captured(3).toInt(), page, x, y});
        afterStep = m.captured(3) == QStringLiteral("STEP");
        x = m.captured(1).toDouble();
        y = m.captured(2).toDouble();
    }
    return tags;
}

QString firstWords(const std::string& title, int words) {
    return QString::fromStdString(title).split(u' ').mid(0, words).join(u' ');
}

} // namespace

class PdfReport : public ::testing::Test {
protected:
    void SetUp() override {
        if (test::runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-v")}).isNull() &&
            QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            GTEST_SKIP() << "poppler-utils (pdfinfo, pdftotext) are not installed";
    }
    Profile profile = test::makeProfile();
};

TEST_F(PdfReport, GoalChoicesShowAsGroupsWithOptionsNotNeeded) {
    // The goal asks for one of two skills; the plan brings the first, so the second is not
    // needed rather than "Not met".
    Catalog catalog = test::makeCatalog(5);
    for (auto& g : catalog.goals)
        if (g.id == "analyst")
            g.requirement = Requirement::all(
                {Requirement::skill("skill-0", 1),
                 Requirement::any({Requirement::skill("skill-1", 2), Requirement::skill("skill-7", 5)})});
    const Plan plan = test::makePlan(catalog, 5);
    ReportInput input{catalog, profile, plan};
    input.producedOn = QDate(2026, 11, 25);
    input.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    const Rendered r = render(input, QStringLiteral("choice"));
    EXPECT_TRUE(r.text.contains(QStringLiteral("1 of these 2:"))) << r.text.toStdString();
    EXPECT_TRUE(r.text.contains(QStringLiteral("Not needed"))) << r.text.toStdString();
    EXPECT_FALSE(r.text.contains(QStringLiteral("Not met"))) << r.text.toStdString();
}

TEST_F(PdfReport, FiveCredentialPlanHasSummaryTotalsAndEveryCredentialInOrder) {
    const Catalog catalog = test::makeCatalog(5);
    const Plan plan = test::makePlan(catalog, 5);
    ReportInput input{catalog, profile, plan};
    input.producedOn = QDate(2026, 11, 25);
    input.pageSize = PageSize::A4;
    input.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    input.advisorNotes = QStringLiteral("Start with the spreadsheet course.\n\nBook the cohort early: places fill up.");
    const Rendered r = render(input, QStringLiteral("five"));

    EXPECT_TRUE(r.info.contains(QStringLiteral("595 x 842 pts (A4)"))) << r.info.toStdString();
    EXPECT_GE(r.pages, 3);
    EXPECT_TRUE(r.text.contains(QStringLiteral("Page 1 of %1").arg(r.pages)));
    EXPECT_TRUE(r.text.contains(QStringLiteral("Page %1 of %1").arg(r.pages)));
    EXPECT_TRUE(r.text.contains(QStringLiteral("张伟 (Zhang Wei)")));
    EXPECT_TRUE(r.text.contains(QStringLiteral("Data Analyst")));
    EXPECT_TRUE(r.text.contains(QStringLiteral("Optimal.")));
    EXPECT_TRUE(r.text.contains(QStringLiteral("Catalog: Fixture Catalog · revision 2027.1")));
    EXPECT_TRUE(r.text.contains(QStringLiteral("25 Nov 2026")));
    // Totals: money with the currency, hours, completion date and pace.
    EXPECT_EQ(plan.totals.cost, 750);
    EXPECT_TRUE(r.text.contains(QStringLiteral("Total cost $750")));
    EXPECT_TRUE(r.text.contains(QStringLiteral("%1 hours").arg(plan.totals.hours)));
    EXPECT_TRUE(r.text.contains(QStringLiteral("at 10 hours a week")));
    const QDate completion(plan.totals.completion.year(), static_cast<int>(plan.totals.completion.month()),
                           static_cast<int>(plan.totals.completion.day()));
    EXPECT_TRUE(r.text.contains(input.locale.toString(completion, QStringLiteral("d MMM yyyy"))));
    // Skills gap rows.
    EXPECT_TRUE(r.text.contains(QStringLiteral("Skills gap")));
    EXPECT_TRUE(r.text.contains(QStringLiteral("Gained")));
    EXPECT_TRUE(r.text.contains(QStringLiteral("Already met")));
    // The table lists every credential in schedule order, with its dates.
    const qsizetype table = r.text.indexOf(QStringLiteral("Credentials in order"));
    ASSERT_GE(table, 0);
    QStringList needles;
    for (const auto& pc : plan.credentials)
        needles << firstWords(pc.title, 3)
                << input.locale.toString(
                       QDate(pc.start.year(), static_cast<int>(pc.start.month()), static_cast<int>(pc.start.day())),
                       QStringLiteral("d MMM yyyy"));
    for (qsizetype at : positionsInOrder(r.text, needles, table))
        EXPECT_GE(at, 0) << r.text.mid(table).toStdString();
    // The long title wraps inside its cell and is all there (the pathway and timeline shorten it).
    EXPECT_GT(r.text.indexOf(QString::fromStdString(catalog.credentials[2].title), table), table);
    EXPECT_TRUE(r.text.contains(QStringLiteral("Book the cohort early: places fill up.")));
    EXPECT_TRUE(r.text.contains(QStringLiteral("Course data courtesy of Example Open Data (CC BY 4.0).")));
    EXPECT_TRUE(r.text.contains(QStringLiteral("Pathway")));
    EXPECT_TRUE(r.text.contains(QStringLiteral("Timeline")));
    // Course links are PDF link annotations.
    EXPECT_TRUE(r.bytes.contains("/URI"));
    EXPECT_TRUE(r.bytes.contains("https://learn.example.org/courses/cred-1"));
}

// Clients are named in every script. A name the fonts cannot draw prints as empty boxes, so each
// script needs an installed font first (packaging/bootstrap installs them and the package depends
// on them), and then the name must come back out of the PDF's text.
TEST_F(PdfReport, AGoalFromAnOccupationSaysWhatNoCredentialHereTeaches) {
    const Catalog catalog = test::makeCatalog(3);
    const Plan plan = test::makePlan(catalog, 3);
    ReportInput input{catalog, profile, plan};
    input.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    UntaughtSkill stakeholders;
    stakeholders.wanted = {"http://data.europa.eu/esco/skill/x", "stakeholder management", 2, true, {}};
    input.untaught = {stakeholders};
    input.wantedSkills = 12;
    const Rendered r = render(input, QStringLiteral("untaught"));
    EXPECT_TRUE(r.text.contains(QStringLiteral("Not taught here"))) << r.text.toStdString();
    EXPECT_TRUE(r.text.contains(QStringLiteral("1 of the goal's 12 skills"))) << r.text.toStdString();
    EXPECT_TRUE(r.text.contains(QStringLiteral("stakeholder management — no credential here teaches it")))
        << r.text.toStdString();

    // A goal of the catalog's own has nothing left out, and no such section.
    ReportInput plain{catalog, profile, plan};
    EXPECT_FALSE(render(plain, QStringLiteral("taught")).text.contains(QStringLiteral("Not taught here")));
}

TEST_F(PdfReport, ClientNamesInEveryCommonScriptArePrinted) {
    struct Script {
        const char* name;
        const char* fontPackage;
        QString client;
    };
    const std::vector<Script> scripts = {
        {"Chinese", "fonts-noto-cjk", QStringLiteral("张伟")},
        {"Korean", "fonts-noto-cjk", QStringLiteral("김민준")},
        {"Arabic", "fonts-dejavu-core", QStringLiteral("محمد")},
        {"Devanagari", "fonts-noto-core", QStringLiteral("राम")},
        {"Cyrillic", "fonts-dejavu-core", QStringLiteral("Ольга")},
    };
    const Catalog catalog = test::makeCatalog(2);
    const Plan plan = test::makePlan(catalog, 2);
    for (const Script& script : scripts) {
        SCOPED_TRACE(script.name);
        ASSERT_TRUE(someFontDraws(script.client))
            << "No font with " << script.name << " glyphs is installed, so the report would print such names as "
            << "empty boxes. Install " << script.fontPackage << " (packaging/bootstrap does).";
        ReportInput input{catalog, profile, plan};
        input.clientName = script.client + QStringLiteral(" (client)");
        input.producedOn = QDate(2026, 11, 25);
        const Rendered r = render(input, QStringLiteral("script-%1").arg(QLatin1String(script.name)));
        EXPECT_TRUE(r.text.contains(script.client)) << r.text.left(400).toStdString();
    }
}

TEST_F(PdfReport, PageSizeFollowsTheChoiceOrTheLocale) {
    const Catalog catalog = test::makeCatalog(3);
    const Plan plan = test::makePlan(catalog, 3);
    ReportInput input{catalog, profile, plan};
    input.pageSize = PageSize::Letter;
    EXPECT_TRUE(render(input, QStringLiteral("letter")).info.contains(QStringLiteral("612 x 792 pts (letter)")));
    input.pageSize = PageSize::Auto;
    input.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    EXPECT_TRUE(render(input, QStringLiteral("auto-us")).info.contains(QStringLiteral("612 x 792 pts (letter)")));
    input.locale = QLocale(QLocale::German, QLocale::Germany);
    const Rendered german = render(input, QStringLiteral("auto-de"));
    EXPECT_TRUE(german.info.contains(QStringLiteral("(A4)")));
    // Money in the catalog's currency (USD), written the German way: symbol after the amount.
    EXPECT_TRUE(german.text.contains(QRegularExpression(QStringLiteral("\\d \\$"))));
}

TEST_F(PdfReport, HundredFiftyCredentialsSpreadOverPagesWithoutLosingAny) {
    const Catalog catalog = test::makeCatalog(150);
    const Plan plan = test::makePlan(catalog, 150);
    ReportInput input{catalog, profile, plan};
    input.pageSize = PageSize::A4;
    input.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    const Rendered r = render(input, QStringLiteral("hundred-fifty"));
    EXPECT_GE(r.pages, 10);
    EXPECT_TRUE(r.text.contains(QStringLiteral("Page %1 of %1").arg(r.pages)));
    EXPECT_TRUE(r.text.contains(QStringLiteral("Timeline")));
    EXPECT_TRUE(r.text.contains(QStringLiteral("150. ") + firstWords(plan.credentials.back().title, 2)));
    const qsizetype table = r.text.indexOf(QStringLiteral("Credentials in order"));
    ASSERT_GE(table, 0);
    QStringList needles;
    for (const auto& pc : plan.credentials)
        needles << firstWords(pc.title, 2);
    int missing = 0;
    for (qsizetype at : positionsInOrder(r.text, needles, table))
        missing += at < 0 ? 1 : 0;
    EXPECT_EQ(missing, 0);
    // The table header repeats on the pages it continues on.
    EXPECT_GE(r.text.count(QStringLiteral("# Credential When")), 3);
}

TEST_F(PdfReport, InfeasiblePlanExplainsWhy) {
    const Catalog catalog = test::makeCatalog(3);
    const Plan plan = test::makeInfeasiblePlan();
    ReportInput input{catalog, profile, plan};
    const Rendered r = render(input, QStringLiteral("infeasible"));
    EXPECT_GE(r.pages, 1);
    EXPECT_TRUE(r.text.contains(QStringLiteral("No plan reaches this goal.")));
    EXPECT_TRUE(r.text.contains(QStringLiteral("No credential in the catalog grants Statistics at level 4.")));
    EXPECT_FALSE(r.text.contains(QStringLiteral("Timeline")));
}

TEST_F(PdfReport, CreditsGoalShowsCategoriesAgainstTheRules) {
    const Catalog catalog = test::makeCatalog(6);
    const Plan plan = test::makeCreditsPlan(catalog, 6);
    ReportInput input{catalog, profile, plan};
    const Rendered r = render(input, QStringLiteral("credits"));
    EXPECT_TRUE(r.text.contains(QStringLiteral("Credits toward BSc Data Science")));
    EXPECT_TRUE(r.text.contains(QStringLiteral("Earn 12 credits toward BSc Data Science, Northfield University.")));
    EXPECT_TRUE(r.text.contains(QStringLiteral("18 of 12")));
    EXPECT_TRUE(r.text.contains(QStringLiteral("capped at maximum"))) << "9 elective credits against a maximum of 6";
}

// Credits the learner earned before count toward the rules too: the summary says how many, and
// each category shows them beside the plan's, so a category they fill is "met", not "below
// minimum".
TEST_F(PdfReport, CreditsEarnedBeforeCountTowardTheRules) {
    const Catalog catalog = test::makeCatalog(6);
    Plan plan = test::makeCreditsPlan(catalog, 6);
    for (auto& pc : plan.credentials) // the plan's own credits: electives only
        if (pc.creditCategory == "core") {
            pc.creditCategory.clear();
            pc.creditsCounted = 0;
            pc.why.clear();
        }
    plan.totals.credits = 0;
    for (const auto& pc : plan.credentials)
        plan.totals.credits += pc.creditsCounted;
    plan.earnedCredits = {{"core", 6}};
    plan.totals.creditsEarned = 6;
    ReportInput input{catalog, profile, plan};
    const Rendered r = render(input, QStringLiteral("credits-earned"));
    const QString planned = QString::number(plan.totals.credits);
    EXPECT_TRUE(r.text.contains(planned + QStringLiteral(" from this plan and 6 earned before it, of 12 needed")))
        << r.text.toStdString();
    EXPECT_TRUE(r.text.contains(QStringLiteral("0 + 6 earned"))) << "the core category: none from the plan";
    EXPECT_FALSE(r.text.contains(QStringLiteral("below minimum")));
}

TEST_F(PdfReport, FrontChartAndNonLatinNames) {
    const Catalog catalog = test::makeCatalog(8);
    const Plan plan = test::makePlan(catalog, 8);
    std::vector<Plan> front = {test::makePlan(catalog, 6), plan, test::makePlan(catalog, 4)};
    front[0].totals.cost += 900;
    front[2].totals.cost += 1800;
    ReportInput input{catalog, profile, plan};
    input.front = front;
    input.clientName = QStringLiteral("محمد عبد الله");
    const Rendered r = render(input, QStringLiteral("front"));
    EXPECT_TRUE(r.text.contains(QStringLiteral("Cost against completion date")));
    EXPECT_TRUE(r.text.contains(QStringLiteral("This plan")));
    EXPECT_TRUE(r.text.contains(QStringLiteral("Spending, cumulative by month")));
    EXPECT_TRUE(r.text.contains(QStringLiteral("محمد عبد الله")) || r.text.contains(QStringLiteral("الله عبد محمد")))
        << r.text.left(400).toStdString();
}

TEST_F(PdfReport, FailuresAreSentencesAndLeaveNoFile) {
    const Catalog catalog = test::makeCatalog(3);
    const Plan plan = test::makePlan(catalog, 3);
    ReportInput input{catalog, profile, plan};
    const Result missing = writePdf(input, QStringLiteral("/nonexistent-folder/report.pdf"));
    EXPECT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error.contains(QStringLiteral("does not exist"))) << missing.error.toStdString();
    EXPECT_FALSE(QFile::exists(QStringLiteral("/nonexistent-folder/report.pdf")));

    QTemporaryDir dir;
    const Result folder = writePdf(input, dir.path());
    EXPECT_FALSE(folder.ok());
    EXPECT_TRUE(QFileInfo(dir.path()).isDir());
}

TEST_F(PdfReport, AFullDiskIsNamedAndADeviceIsNeverReplaced) {
    // A PDF on a full disk once said "Unknown error"; /dev/full fails every write with ENOSPC.
    const Catalog catalog = test::makeCatalog(3);
    const Plan plan = test::makePlan(catalog, 3);
    ReportInput input{catalog, profile, plan};
    QTemporaryDir dir;
    const QString full = cairn::special_files::fullDevice(QDir(dir.path()));
    const Result result = writePdf(input, full);
    EXPECT_EQ(result.error.toStdString(), "Cannot write " + full.toStdString() + ": the disk is full.");
    EXPECT_TRUE(cairn::special_files::isCharacterDevice(full));

    const QString null = cairn::special_files::nullDevice(QDir(dir.path()));
    EXPECT_TRUE(writePdf(input, null).ok());
    EXPECT_TRUE(cairn::special_files::isCharacterDevice(null));
}

TEST_F(PdfReport, RenderPdfIsAPdf) {
    const Catalog catalog = test::makeCatalog(2);
    const Plan plan = test::makePlan(catalog, 2);
    ReportInput input{catalog, profile, plan};
    const QByteArray pdf = renderPdf(input);
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_TRUE(pdf.trimmed().endsWith("%%EOF"));
}

TEST_F(PdfReport, CompletedPrerequisitesAppearInThePathway) {
    const Catalog catalog = test::makeCatalog(5);
    Plan plan = test::makePlan(catalog, 5);
    plan.credentials.erase(plan.credentials.begin()); // the client already holds the first credential
    plan.credentials.front().reliesOn.clear();
    profile.completed = {"cred-1"};
    ReportInput input(catalog, profile, plan);
    const Rendered r = render(input, QStringLiteral("completed"));
    const qsizetype pathway = r.text.indexOf(QStringLiteral("Pathway"));
    ASSERT_GE(pathway, 0);
    const qsizetype completed = r.text.indexOf(QStringLiteral("COMPLETED"), pathway);
    ASSERT_GE(completed, 0);
    EXPECT_LT(r.text.indexOf(QStringLiteral("Spreadsheet Foundations 1"), pathway),
              r.text.indexOf(QStringLiteral("Timeline")));
    EXPECT_FALSE(r.text.contains(QStringLiteral("STEP 5")));
    EXPECT_TRUE(r.text.contains(QStringLiteral("STEP 4")));
}

TEST_F(PdfReport, ShallowPathwayFitsOnePageAndGoalMetPlanIsShort) {
    const Catalog catalog = test::makeCatalog(12);
    Plan plan = test::makePlan(catalog, 12);
    // Three tiers: four foundations, four built on them, four leading to the goal.
    for (int i = 0; i < 12; ++i) {
        auto& pc = plan.credentials[i];
        pc.reliesOn.clear();
        pc.why.clear();
        if (i >= 4)
            pc.reliesOn = {plan.credentials[i - 4].id, plan.credentials[(i + 1) % 4 + (i >= 8 ? 4 : 0)].id};
        if (i >= 8)
            pc.why.push_back({Reason::Kind::Goal, "skill:skill-0", "analyst", 0});
    }
    ReportInput input(catalog, profile, plan);
    const Rendered r = render(input, QStringLiteral("shallow"));
    EXPECT_TRUE(r.text.contains(QStringLiteral("Pathway")));
    EXPECT_FALSE(r.text.contains(QStringLiteral("Pathway, continued")));
    for (int step = 1; step <= 12; ++step)
        EXPECT_TRUE(r.text.contains(QStringLiteral("STEP %1 ").arg(step))) << step;

    Plan met;
    met.status = PlanStatus::Optimal;
    met.goal = "analyst";
    met.start = met.totals.completion = Date::fromYmd(2027, 1, 4);
    ReportInput metInput(catalog, profile, met);
    const Rendered short_ = render(metInput, QStringLiteral("goal-met"));
    EXPECT_TRUE(short_.text.contains(QStringLiteral("The plan has no credentials.")));
    EXPECT_FALSE(short_.text.contains(QStringLiteral("Timeline")));
    EXPECT_FALSE(short_.text.contains(QStringLiteral("Pathway")));
    EXPECT_EQ(short_.pages, 2);
}

// A certificate sold by the month beside an exam at its own price, planned at 10 hours a week:
// the report names the offer and its five months, lists what is paid, and how the money moves
// with the pace (docs/planning-model.md, "Money").
TEST_F(PdfReport, OffersShowWithTheMonthsPaidAndTheMoneyByPace) {
    const Catalog catalog = examples::monthlyCertificateCatalog();
    profile.skills.clear();
    profile.completed.clear();
    profile.hoursPerWeek = 10;
    profile.start = Date::fromYmd(2027, 1, 4);
    PlanRequest request;
    request.goal = "analyst";
    const Plan plan = cairn::plan(catalog, profile, request);
    ASSERT_EQ(plan.status, PlanStatus::Optimal) << text::MessageWords::english().sentences(plan.reason).toStdString();
    ASSERT_EQ(plan.payments.size(), 1u);
    ASSERT_EQ(plan.payments.front().periods, 5);
    ASSERT_EQ(plan.totals.cost, 345);

    ReportInput input(catalog, profile, plan);
    input.producedOn = QDate(2026, 12, 3);
    input.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    const Rendered r = render(input, QStringLiteral("offers"));
    // The totals: the money at the learner's pace first, then at half and twice it.
    EXPECT_TRUE(r.text.contains(QStringLiteral("Total cost $345"))) << r.text.toStdString();
    EXPECT_TRUE(r.text.contains(QStringLiteral("Money by pace $345 at 10 h a week; $541 at 5 h; $247 at 20 h")))
        << r.text.toStdString();
    // Each credential's offer and the months it is paid for.
    const qsizetype table = r.text.indexOf(QStringLiteral("Credentials in order"));
    ASSERT_GE(table, 0);
    EXPECT_GT(r.text.indexOf(QStringLiteral("through Google Data Analytics, monthly · 5 months"), table), table)
        << r.text.mid(table).toStdString();
    // What is paid: the subscription's five months and their dates, the exam at its own price.
    const qsizetype paid = r.text.indexOf(QStringLiteral("What is paid"), table);
    ASSERT_GT(paid, table) << r.text.mid(table).toStdString();
    const auto day = [&](const Date& d) {
        return input.locale.toString(QDate(d.year(), static_cast<int>(d.month()), static_cast<int>(d.day())),
                                     QStringLiteral("d MMM yyyy"));
    };
    const OfferPayment& payment = plan.payments.front();
    EXPECT_EQ(payment.end, payment.start.plusDays(5 * 30 - 1));
    for (qsizetype at : positionsInOrder(
             r.text,
             {QStringLiteral("Google Data Analytics, monthly"), QStringLiteral("Monthly subscription"),
              QStringLiteral("5 months × $49"), day(payment.start) + QStringLiteral(" – ") + day(payment.end),
              QStringLiteral("$245"), QStringLiteral("Own prices"), QStringLiteral("Excel Associate exam $100"),
              QStringLiteral("$345"), QStringLiteral("at other paces: $345 at 10 h a week; $541 at 5 h; $247 at 20 h")},
             paid))
        EXPECT_GE(at, 0) << r.text.mid(paid).toStdString();

    // Two credentials sharing one subscription: each is "shared" in the table, not "$0".
    Plan shared = plan;
    for (auto& pc : shared.credentials) {
        pc.offer = "gda-monthly";
        pc.cost = 0;
    }
    shared.payments.front().credentials = {"mo-210", "google-data-analytics"};
    shared.payments.front().separately = 345; // why the plan shares it
    shared.totals.cost = shared.payments.front().amount;
    shared.paceCosts.clear();
    const Rendered both = render(ReportInput(catalog, profile, shared), QStringLiteral("offers-shared"));
    const qsizetype sharedTable = both.text.indexOf(QStringLiteral("Credentials in order"));
    const qsizetype sharedPaid = both.text.indexOf(QStringLiteral("What is paid"), sharedTable);
    ASSERT_GT(sharedPaid, sharedTable);
    const QString rows = both.text.mid(sharedTable, sharedPaid - sharedTable);
    EXPECT_EQ(rows.count(QStringLiteral("through Google Data Analytics, monthly · 5 months, shared")), 2)
        << rows.toStdString();
    EXPECT_FALSE(rows.contains(QStringLiteral("$0"))) << rows.toStdString();
    const QString paidRows = both.text.mid(sharedPaid).simplified();
    EXPECT_TRUE(paidRows.contains(QStringLiteral("Its 2 credentials would cost $345 bought one by one, $100 more.")))
        << paidRows.toStdString();

    // A plan that pays through no offer says nothing of offers or pace.
    const Catalog plain = test::makeCatalog(5);
    const Plan own = test::makePlan(plain, 5);
    const Rendered none = render(ReportInput(plain, test::makeProfile(), own), QStringLiteral("no-offers"));
    EXPECT_FALSE(none.text.contains(QStringLiteral("What is paid")));
    EXPECT_FALSE(none.text.contains(QStringLiteral("Money by pace")));
    EXPECT_FALSE(none.text.contains(QStringLiteral("through ")));
}

TEST_F(PdfReport, ATableRowIsNeverSplitBetweenPages) {
    // Tall rows: each credential gives eight skills of its own, named after its row, so the
    // first and the last line of a row can be told apart from every other row's.
    Catalog catalog = test::makeCatalog(16);
    for (std::size_t i = 0; i < catalog.credentials.size(); ++i) {
        auto& c = catalog.credentials[i];
        c.grants.clear();
        for (int s = 0; s < 8; ++s) {
            const std::string id = "row" + std::to_string(i + 1) + "skill" + std::to_string(s);
            Skill skill;
            skill.id = id;
            skill.name = "Row" + std::to_string(i + 1) + "skill" + std::to_string(s);
            catalog.skills.push_back(skill);
            c.grants.push_back({id, 1});
        }
    }
    const Plan plan = test::makePlan(catalog, 16);
    ReportInput input{catalog, profile, plan};
    input.pageSize = PageSize::A4;
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tall-rows.pdf"));
    ASSERT_TRUE(writePdf(input, path).ok());
    const Rendered r = render(input, QStringLiteral("tall-rows"));
    ASSERT_GE(r.pages, 4);
    const QStringList pages = pageTexts(path, r.pages);
    for (int row = 1; row <= 16; ++row) {
        const QString first = QStringLiteral("Row%1skill0 ").arg(row), last = QStringLiteral("Row%1skill7 ").arg(row);
        int firstPage = -1, lastPage = -1;
        for (int p = 0; p < pages.size(); ++p) {
            if (pages[p].contains(first))
                firstPage = p;
            if (pages[p].contains(last))
                lastPage = p;
        }
        EXPECT_GE(firstPage, 0) << row;
        EXPECT_EQ(firstPage, lastPage) << "row " << row << " is split between pages";
    }
}

TEST_F(PdfReport, PagesAfterTheSummaryAreFilled) {
    // One credential: its pathway, timeline, table row and the data sources share one page
    // rather than each taking a page of its own.
    const Catalog catalog = test::makeCatalog(3);
    const Plan plan = test::makePlan(catalog, 1);
    ReportInput input{catalog, profile, plan};
    input.pageSize = PageSize::A4;
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("one.pdf"));
    ASSERT_TRUE(writePdf(input, path).ok());
    const QStringList pages = pageTexts(path, 2);
    EXPECT_EQ(render(input, QStringLiteral("one")).pages, 2);
    for (const char* section : {"Pathway", "Timeline", "Credentials in order", "Data sources"})
        EXPECT_TRUE(pages[1].contains(QLatin1String(section))) << section;
}

TEST_F(PdfReport, LinksArePrintedInFull) {
    Catalog catalog = test::makeCatalog(3);
    const std::string url = "https://www.coursera.org/learn/technical-support-fundamentals-and-troubleshooting";
    catalog.credentials[0].url = url;
    const Plan plan = test::makePlan(catalog, 3);
    ReportInput input{catalog, profile, plan};
    const Rendered r = render(input, QStringLiteral("links"));
    QString text = r.text;
    text.remove(QChar(0x200B)).remove(u' ').remove(u'-');
    EXPECT_TRUE(text.contains(QStringLiteral("www.coursera.org/learn/technicalsupportfundamentalsandtroubleshooting")))
        << r.text.toStdString();
    EXPECT_FALSE(r.text.contains(QStringLiteral("…ndamentals")));
}

TEST_F(PdfReport, FooterNamesEveryDataSourceInFullOnEveryPage) {
    Catalog catalog = test::makeCatalog(8);
    catalog.attribution = {"This product uses the ESCO classification of the European Commission. The ESCO data has "
                           "been selected and modified.",
                           "This product includes information from the O*NET 30 Database by the U.S. Department of "
                           "Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 "
                           "license. O*NET is a trademark of USDOL/ETA. Its last words are here."};
    const Plan plan = test::makePlan(catalog, 8);
    ReportInput input{catalog, profile, plan};
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("footer.pdf"));
    ASSERT_TRUE(writePdf(input, path).ok());
    const Rendered r = render(input, QStringLiteral("footer"));
    ASSERT_GE(r.pages, 2);
    const QStringList pages = pageTexts(path, r.pages);
    for (int i = 0; i < r.pages; ++i) {
        // The summary page has no data sources section: only the footer can hold these words.
        EXPECT_TRUE(pages[i].contains(QStringLiteral("Its last words are here."))) << i + 1;
        EXPECT_TRUE(pages[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(r.pages))) << i + 1;
    }
}

TEST_F(PdfReport, PathwayStepsAreNumberedInReadingOrder) {
    // Five steps lead to a sixth; the third also serves the goal directly. Ordering boxes to
    // cross the fewest arrows would put step 3 last in its column (1, 2, 4, 5, 3).
    const Catalog catalog = test::makeCatalog(6);
    Plan plan = test::makePlan(catalog, 6);
    for (auto& pc : plan.credentials) {
        pc.reliesOn.clear();
        pc.why.clear();
    }
    for (int i = 0; i < 5; ++i)
        plan.credentials[5].reliesOn.push_back(plan.credentials[i].id);
    plan.credentials[2].why.push_back({Reason::Kind::Goal, "skill:skill-2", "analyst", 0});
    plan.credentials[5].why.push_back({Reason::Kind::Goal, "skill:skill-5", "analyst", 0});
    ReportInput input{catalog, profile, plan};
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reading-order.pdf"));
    ASSERT_TRUE(writePdf(input, path).ok());
    const std::vector<StepTag> tags = stepTags(path);
    ASSERT_EQ(tags.size(), 6u);
    for (const StepTag& a : tags)
        for (const StepTag& b : tags)
            if (a.page == b.page && std::abs(a.x - b.x) < 1 && a.step < b.step) {
                EXPECT_LT(a.y, b.y) << "step " << a.step << " is drawn below step " << b.step;
            }
}

TEST_F(PdfReport, ChartsThatMissTheFirstPageOpenTheNextOneInsteadOfSittingAlone) {
    // A goal described at length pushes the charts off the summary page.
    Catalog catalog = test::makeCatalog(5);
    for (auto& g : catalog.goals)
        if (g.id == "analyst")
            for (int i = 0; i < 40; ++i)
                g.description += "Analyses data to answer business questions for the whole organisation. ";
    const Plan plan = test::makePlan(catalog, 5);
    ReportInput input{catalog, profile, plan};
    input.pageSize = PageSize::A4;
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("charts-later.pdf"));
    ASSERT_TRUE(writePdf(input, path).ok());
    const Rendered r = render(input, QStringLiteral("charts-later"));
    const QStringList pages = pageTexts(path, r.pages);
    ASSERT_GE(pages.size(), 2);
    EXPECT_FALSE(pages[0].contains(QStringLiteral("Spending, cumulative by month")));
    EXPECT_TRUE(pages[1].contains(QStringLiteral("Spending, cumulative by month")));
    EXPECT_TRUE(pages[1].contains(QStringLiteral("Pathway"))) << pages[1].toStdString();
}

namespace {

/// Security+ (valid three years, $150 a renewal) and a badge that lapses after a year, each
/// giving a skill the goal needs.
Catalog keepingCatalog() {
    Catalog c;
    c.name = "Keeping";
    c.currency = "USD";
    c.skills = {{"security", "Security", {}, {}, {}, {}}, {"awareness", "Awareness", {}, {}, {}, {}}};
    Credential plus;
    plus.id = "security-plus";
    plus.title = "Security+";
    plus.provider = "CompTIA";
    plus.cost = 439;
    plus.hours = 80;
    plus.grants = {{"security", 2}};
    plus.validMonths = 36;
    plus.renewal = Renewal{};
    plus.renewal->fee = 150;
    Credential badge;
    badge.id = "badge";
    badge.title = "Awareness badge";
    badge.provider = "P";
    badge.hours = 2;
    badge.grants = {{"awareness", 1}};
    badge.validMonths = 12;
    c.credentials = {plus, badge};
    Goal g;
    g.id = "analyst";
    g.title = "Security analyst";
    g.requirement = Requirement::all({Requirement::skill("security", 2), Requirement::skill("awareness", 1)});
    c.goals = {g};
    return c;
}

} // namespace

TEST_F(PdfReport, TheTimelineShowsRenewalsAndExpiriesOverTheYearsToHold) {
    const Catalog catalog = keepingCatalog();
    profile.skills.clear();
    profile.completed.clear();
    profile.hoursPerWeek = 10;
    profile.start = Date::fromYmd(2027, 1, 4);
    PlanRequest request;
    request.goal = "analyst";
    const Plan plan = cairn::plan(catalog, profile, request);
    ASSERT_TRUE(hasPlan(plan.status)) << text::MessageWords::english().sentences(plan.reason).toStdString();
    ASSERT_EQ(plan.credentials.size(), 2u);
    ReportInput input(catalog, profile, plan);
    input.producedOn = QDate(2026, 12, 3);
    input.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    input.holdYears = 7;
    const Rendered r = render(input, QStringLiteral("keeping-timeline"));
    const qsizetype from = r.text.indexOf(QStringLiteral("Timeline"));
    const qsizetype to = r.text.indexOf(QStringLiteral("Credentials in order"), from);
    ASSERT_GE(from, 0);
    ASSERT_GT(to, from);
    const QString timeline = r.text.mid(from, to - from);
    // Renewals in 2030 and 2033 with their fee, the badge's expiry in 2028: the axis runs on past them.
    for (const char* shown : {"2030", "2033", "$150", "held (cost to hold: 7 years)", "renewal due", "expires"})
        EXPECT_TRUE(timeline.contains(QLatin1String(shown))) << shown << '\n' << timeline.toStdString();
    EXPECT_FALSE(timeline.contains(QStringLiteral("yearly fee due"))) << timeline.toStdString();

    // Credentials that never expire: nothing after the bars, the axis as long as the study.
    Catalog lasting = catalog;
    for (Credential& c : lasting.credentials) {
        c.validMonths = 0;
        c.renewal.reset();
    }
    const Plan plain = cairn::plan(lasting, profile, request);
    ReportInput plainInput(lasting, profile, plain);
    plainInput.locale = input.locale;
    const Rendered p = render(plainInput, QStringLiteral("no-keeping-timeline"));
    const QString plainTimeline = p.text.mid(p.text.indexOf(QStringLiteral("Timeline")));
    for (const char* absent : {"held (cost", "renewal due", "expires", "2028"})
        EXPECT_FALSE(plainTimeline.left(plainTimeline.indexOf(QStringLiteral("Credentials in order")))
                         .contains(QLatin1String(absent)))
            << absent;
}
