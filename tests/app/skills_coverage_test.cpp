#include "test_suites.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMenu>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <array>
#include <cairn/app/charts/chart_export.h>
#include <cairn/app/charts/charts_panel.h>
#include <cairn/app/charts/credits_chart.h>
#include <cairn/app/charts/skills_coverage_chart.h>
#include <cairn/app/charts/spending_chart.h>
#include <cairn/app/session/planning_session.h>
#include <cairn/io/catalog_json.h>
#include <cairn/io/profile_json.h>
#include <map>

namespace cairn::app::test {

namespace {

/// What the test expects per area: held now, gained by the plan, not needed, still missing.
using Counts = std::array<int, 4>;

/// The level of each skill a learner holds after completing `credentials`, worked out here from
/// the catalog's grants, apart from the app's own code.
std::map<std::string, int> levels(const Catalog& catalog, const Profile& profile,
                                  const std::vector<std::string>& credentials) {
    std::map<std::string, int> out;
    for (const auto& s : profile.skills)
        out[s.skill] = std::max(out[s.skill], s.level);
    for (const auto& id : credentials)
        if (const Credential* c = catalog.findCredential(id))
            for (const auto& g : c->grants)
                out[g.skill] = std::max(out[g.skill], g.level);
    return out;
}

void skillItems(const Requirement& r, std::vector<std::pair<std::string, int>>& out) {
    if (r.kind == Requirement::Kind::Skill) {
        for (auto& [id, level] : out)
            if (id == r.id) {
                level = std::max(level, r.level);
                return;
            }
        out.emplace_back(r.id, r.level);
    }
    for (const auto& m : r.members)
        skillItems(m, out);
}

} // namespace

/// The skills coverage chart holds the goal's skills counted by area, and every chart of the
/// Charts tab can be saved as a PNG image or an SVG drawing.
class SkillsCoverageTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PlanningSession> session_;
    std::unique_ptr<ChartsPanel> view_;
    QTemporaryDir dir_;

    void openClient(const QString& file) {
        auto catalog = io::readCatalogFile(sampleCatalogPath());
        QVERIFY2(catalog.value, "the sample catalog loads");
        const QString profilePath =
            QFileInfo(sampleCatalogPath()).dir().filePath(QStringLiteral("../profiles/") + file);
        auto profile = io::readProfileFile(profilePath);
        QVERIFY2(profile.value, qPrintable(profilePath));
        view_.reset();
        session_ = std::make_unique<PlanningSession>();
        session_->setCatalog(std::move(*catalog.value));
        session_->setClient(QFileInfo(file).baseName(), *profile.value);
        session_->setGoal(profile.value->goal);
        view_ = std::make_unique<ChartsPanel>(session_.get());
        view_->resize(1200, 800);
    }

    Plan planNow() const {
        PlanRequest r;
        r.goal = session_->goal();
        r.objective = session_->objective();
        return cairn::plan(session_->catalog(), session_->profile(), r);
    }

    /// The expected counts per area label, from the goal, the profile and the plan alone.
    std::map<QString, Counts> expectedCounts(const Plan* plan) const {
        const Catalog& catalog = session_->catalog();
        const Goal* goal = catalog.findGoal(session_->goal());
        std::vector<std::pair<std::string, int>> skills;
        skillItems(goal->requirement, skills);
        const bool planned = plan && plan->status != PlanStatus::Infeasible;
        std::vector<std::string> done = session_->profile().completed;
        const auto before = levels(catalog, session_->profile(), done);
        if (planned)
            for (const auto& pc : plan->credentials)
                done.push_back(pc.id);
        const auto after = levels(catalog, session_->profile(), done);
        std::map<QString, Counts> out;
        for (const auto& [id, level] : skills) {
            const Skill* s = catalog.findSkill(id);
            const QString area = s && !s->area.empty() ? QString::fromStdString(s->area) : QStringLiteral("Other");
            const auto held = before.count(id) ? before.at(id) : 0;
            const auto then = after.count(id) ? after.at(id) : 0;
            const int state = held >= level ? 0 : then >= level ? 1 : planned ? 2 : 3;
            ++out[area][static_cast<std::size_t>(state)];
        }
        return out;
    }

    void compareBars(const std::map<QString, Counts>& expected) {
        auto* chart = view_->coverage();
        const QStringList areas = chart->areas();
        QCOMPARE(areas.size(), static_cast<qsizetype>(expected.size()));
        const QBarSet* sets[] = {chart->held(), chart->gained(), chart->notNeeded(), chart->missing()};
        for (qsizetype i = 0; i < areas.size(); ++i) {
            QVERIFY2(expected.count(areas[i]), qPrintable(areas[i]));
            const Counts& want = expected.at(areas[i]);
            for (std::size_t s = 0; s < 4; ++s) {
                QCOMPARE(sets[s]->count(), areas.size());
                QCOMPARE(sets[s]->at(i), static_cast<double>(want[s]));
            }
        }
    }

private slots:
    void init() {
        QVERIFY(dir_.isValid());
        openClient(QStringLiteral("sample-career-changer.json"));
    }

    void cleanup() {
        view_.reset();
        session_.reset();
    }

    void barsCountTheGoalSkillsByArea() {
        const Plan plan = planNow();
        QVERIFY(plan.status != PlanStatus::Infeasible);
        session_->setPlan(plan);
        const auto expected = expectedCounts(&plan);
        // The data analyst goal names skills in two areas; the learner holds spreadsheets already.
        QCOMPARE(expected.size(), std::size_t{2});
        QVERIFY(expected.at(QStringLiteral("Data"))[0] >= 1);
        int gained = 0;
        for (const auto& [area, counts] : expected)
            gained += counts[1];
        QVERIFY(gained >= 2);
        compareBars(expected);
        auto* chart = view_->coverage();
        QVERIFY(!chart->isHidden());
        QVERIFY(chart->title().contains(QStringLiteral("Data Analyst")));
        // The most skills are on top: bars go from the bottom up.
        QCOMPARE(chart->areas().last(), QStringLiteral("Data"));
        // Hovering the planned part of the Data bar names the skills the plan brings there.
        const qsizetype data = chart->areas().indexOf(QStringLiteral("Data"));
        const QString tip = chart->describe(chart->gained(), static_cast<int>(data));
        QVERIFY(tip.contains(QStringLiteral("Gained by the plan in Data")));
        QVERIFY(tip.contains(QStringLiteral("SQL")));
        QVERIFY(!chart->describe(chart->held(), static_cast<int>(data)).contains(QStringLiteral("SQL")));
    }

    void withoutAPlanTheUnmetSkillsAreMissing() {
        session_->setPlan(std::nullopt);
        compareBars(expectedCounts(nullptr));
        QVERIFY(view_->coverage()->title().contains(QStringLiteral("no plan yet")));
        // A budget no plan fits: nothing is gained, the rest is still missing.
        Profile p = session_->profile();
        p.budget = 1;
        session_->setProfile(p);
        const Plan none = planNow();
        QCOMPARE(none.status, PlanStatus::Infeasible);
        session_->setPlan(none);
        const auto expected = expectedCounts(&none);
        compareBars(expected);
        QVERIFY(view_->coverage()->missing()->sum() > 0);
        QCOMPARE(view_->coverage()->gained()->sum(), 0.0);
    }

    void aNewGoalShowsItsSkillsBeforeItsPlan() {
        session_->setPlan(planNow());
        session_->setGoal("it-support-technician");
        // The plan shown is still the data analyst's: the new goal's skills show, none gained yet.
        QVERIFY(view_->coverage()->title().contains(QStringLiteral("IT Support Technician")));
        QVERIFY(view_->coverage()->title().contains(QStringLiteral("no plan yet")));
        compareBars(expectedCounts(nullptr));
        QCOMPARE(view_->coverage()->gained()->sum(), 0.0);
        // A skill added to the profile counts as held at once.
        Profile p = session_->profile();
        p.skills.push_back({"troubleshooting", 3});
        session_->setProfile(p);
        compareBars(expectedCounts(nullptr));
        const qsizetype it = view_->coverage()->areas().indexOf(QStringLiteral("IT"));
        QVERIFY(it >= 0);
        QVERIFY(view_->coverage()
                    ->describe(view_->coverage()->held(), static_cast<int>(it))
                    .contains(QStringLiteral("Troubleshooting")));
    }

    void emptyStatesSayWhy() {
        session_->setGoal({});
        session_->setPlan(std::nullopt);
        QVERIFY(view_->coverage()->areas().isEmpty());
        QCOMPARE(view_->coverage()->title(), QStringLiteral("Choose a goal to see its skills"));
        // A degree goal that names no skills: the chart says so and gives its room to the credits.
        openClient(QStringLiteral("sample-degree.json"));
        session_->setPlan(planNow());
        QVERIFY(view_->coverage()->areas().isEmpty());
        QVERIFY(view_->coverage()->title().contains(QStringLiteral("not skills")));
        QVERIFY(view_->coverage()->isHidden());
        QVERIFY(!view_->credits()->isHidden());
    }

    void everyChartCanBeSaved() {
        session_->setPlan(planNow());
        // The Save chart menu names each chart, and each chart's context menu saves it too.
        QStringList names;
        for (auto* action : view_->saveMenu()->actions())
            names << action->objectName();
        QCOMPARE(names, QStringList({QStringLiteral("saveParetoImage"), QStringLiteral("saveCoverageImage"),
                                     QStringLiteral("saveSpendingImage"), QStringLiteral("saveHoursImage"),
                                     QStringLiteral("saveCreditsImage")}));
        for (auto* action : view_->saveMenu()->actions()) {
            auto* chartView = qobject_cast<QChartView*>(action->data().value<QObject*>());
            QVERIFY(chartView);
            QCOMPARE(chartView->contextMenuPolicy(), Qt::ActionsContextMenu);
            QCOMPARE(chartView->actions().size(), 1);
        }
        // A career goal has no credits chart to save.
        QVERIFY(!view_->saveMenu()->actions().last()->isVisible());
        // Ctrl+Alt+S opens the menu.
        view_->show();
        QVERIFY(QTest::qWaitForWindowExposed(view_.get()));
        QTest::keyClick(view_.get(), Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
        QTRY_VERIFY(view_->saveMenu()->isVisible());
        view_->saveMenu()->close();
    }

    void savesPngAndSvg() {
        session_->setPlan(planNow());
        QChartView* chartView = view_->coverage()->view();
        const QString png = dir_.filePath(QStringLiteral("skills.png"));
        QCOMPARE(saveChartImage(chartView, png), QString());
        QVERIFY(QFileInfo(png).size() > 0);
        QImage image;
        QVERIFY(image.load(png, "PNG"));
        QVERIFY(image.width() >= chartView->width() && image.height() >= chartView->height());
        // Not a blank picture: the bars and text give it many colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 10);

        const QString svg = dir_.filePath(QStringLiteral("skills.svg"));
        QCOMPARE(saveChartImage(chartView, svg), QString());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("</svg>"));
        QVERIFY(text.contains("<title>Skills for Data Analyst"));

        // Other charts save the same way.
        const QString spending = dir_.filePath(QStringLiteral("spending.svg"));
        QCOMPARE(saveChartImage(view_->spending()->spendingView(), spending), QString());
        QVERIFY(QFileInfo(spending).size() > 0);
    }

    void savingFailsWithASentenceAndNoFile() {
        QChartView* chartView = view_->coverage()->view();
        const QString gif = dir_.filePath(QStringLiteral("skills.gif"));
        const QString error = saveChartImage(chartView, gif);
        QVERIFY(error.contains(QStringLiteral("PNG or SVG")));
        QVERIFY(!QFileInfo::exists(gif));
        const QString nowhere = dir_.filePath(QStringLiteral("no/such/folder/skills.png"));
        QVERIFY(!saveChartImage(chartView, nowhere).isEmpty());
        QVERIFY(!QFileInfo::exists(nowhere));
    }
};

std::unique_ptr<QObject> makeSkillsCoverageTest() {
    return std::make_unique<SkillsCoverageTest>();
}

} // namespace cairn::app::test

#include "skills_coverage_test.moc"
