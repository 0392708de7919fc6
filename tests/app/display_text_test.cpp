#include "offer_fixture.h"
#include "test_suites.h"

#include <QDir>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QTest>
#include <cairn/app/common/qt_convert.h>
#include <cairn/app/models/credential_table_model.h>
#include <cairn/app/panels/summary_panel.h>
#include <cairn/app/pathway/pathway_node_item.h>
#include <cairn/app/pathway/pathway_view.h>
#include <cairn/app/session/planning_session.h>
#include <cairn/engine/planner.h>
#include <cairn/io/catalog_json.h>
#include <cairn/io/profile_json.h>

namespace cairn::app::test {

/// Catalog text with line and paragraph separators (U+2028, U+2029) or control characters: the
/// views show it on one line, as it is meant to be read, and the data keeps it.
class DisplayTextTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PlanningSession> session_;
    std::string planned_; ///< id of the credential with the odd title

private slots:
    void init() {
        auto catalog = io::readCatalogFile(sampleCatalogPath());
        QVERIFY(catalog.ok());
        auto profile = io::readProfileFile(
            QFileInfo(sampleCatalogPath()).dir().filePath(QStringLiteral("../profiles/sample-career-changer.json")));
        QVERIFY(profile.ok());
        PlanRequest request;
        request.goal = profile.value->goal;
        const Plan first = plan(*catalog.value, *profile.value, request);
        QVERIFY(!first.credentials.empty());
        planned_ = first.credentials.front().id;
        for (Credential& c : catalog.value->credentials)
            if (c.id == planned_)
                c.title = "Line one\u2028line two\u2029line three\x1b[2J end";
        session_ = std::make_unique<PlanningSession>();
        session_->setCatalog(*catalog.value);
        session_->setClient(QStringLiteral("1"), *profile.value);
        session_->setGoal(request.goal);
        session_->setPlan(plan(session_->catalog(), session_->profile(), request));
    }

    void cleanup() { session_.reset(); }

    void shownKeepsOneLine() {
        QCOMPARE(shown(QStringLiteral("a\u2028b\u2029c\nd\te\x1b"
                                      "f\u0085g")),
                 QStringLiteral("a b c d e f g"));
        QCOMPARE(shown(QStringLiteral("Análisis 数据")), QStringLiteral("Análisis 数据"));
    }

    void thePlanListShowsEachCredentialOnItsLine() {
        // U+2028 in a title once split its entry of the plan list in two.
        SummaryPanel view(session_.get());
        const QString text = view.toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Line one line two line three [2J end")), qPrintable(text));
        QVERIFY(!view.document()->toRawText().contains(QStringLiteral("one\u2028line")));
        QCOMPARE(session_->plan()->credentials.front().title,
                 std::string("Line one\u2028line two\u2029line three\x1b[2J end"));
    }

    void thePlanListSaysHowEachCredentialIsPaid() {
        // A certificate paid by the month is not "free" when it shares nothing: it shows its
        // money, its offer and the months paid; the totals give the money at other paces.
        OfferFixture offers = monthlyCertificate();
        QCOMPARE(offers.plan.status, PlanStatus::Optimal);
        session_->setCatalog(offers.catalog);
        session_->setClient(QStringLiteral("2"), offers.profile);
        session_->setGoal("analyst");
        session_->setPlan(offers.plan);
        SummaryPanel view(session_.get());
        const QString text = view.toPlainText();
        QVERIFY2(text.contains(QStringLiteral("$245 through Google Data Analytics, monthly (5 months)")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("$345 at 10 h a week; $541 at 5 h; $247 at 20 h")), qPrintable(text));

        // Two credentials on one subscription: each says it shares it.
        Plan shared = offers.plan;
        for (auto& pc : shared.credentials) {
            pc.offer = "gda-monthly";
            pc.cost = 0;
        }
        shared.payments.front().credentials = {"mo-210", "google-data-analytics"};
        PathwayView pathway(session_.get());
        session_->setPlan(shared);
        const QString sharedText = view.toPlainText();
        QCOMPARE(sharedText.count(QStringLiteral("shared through Google Data Analytics, monthly (5 months)")), 2);
        QVERIFY2(!sharedText.contains(QStringLiteral("free")), qPrintable(sharedText));
        // So do their boxes on the pathway, where "$0" once read "free".
        QStringList details;
        for (QGraphicsItem* item : pathway.scene()->items())
            if (const auto* node = dynamic_cast<PathwayNodeItem*>(item); node && !node->isGoal())
                details << node->detail();
        QCOMPARE(details.size(), 2);
        for (const QString& detail : details)
            QVERIFY2(detail.endsWith(QStringLiteral(" · shared")), qPrintable(detail));
    }

    void theCatalogTableShowsTheTitleOnOneLine() {
        CredentialTableModel model(session_.get());
        const QModelIndex title =
            model.index(model.rowOf(QString::fromStdString(planned_)), CredentialTableModel::TitleColumn);
        QCOMPARE(title.data().toString(), QStringLiteral("Line one line two line three [2J end"));
    }
};

std::unique_ptr<QObject> makeDisplayTextTest() {
    return std::make_unique<DisplayTextTest>();
}

} // namespace cairn::app::test

#include "display_text_test.moc"
