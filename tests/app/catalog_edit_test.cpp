#include "test_suites.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <cairn/app/dialogs/credential_dialog.h>
#include <cairn/app/session/catalog_edits.h>
#include <cairn/io/catalog_json.h>

namespace cairn::app::test {

class CatalogEditTest : public QObject {
    Q_OBJECT

private:
    Catalog catalog_;

    /// A credential that some other credential names as a prerequisite.
    std::string requiredCredential() const {
        for (const auto& c : catalog_.credentials) {
            std::string found;
            forEachItem(c.prerequisites, [&](const Requirement& r) {
                if (r.kind == Requirement::Kind::Credential && found.empty())
                    found = r.id;
            });
            if (!found.empty())
                return found;
        }
        return {};
    }

private slots:
    void init() {
        auto loaded = io::readCatalogFile(sampleCatalogPath());
        QVERIFY(loaded.ok());
        catalog_ = *loaded.value;
    }

    void addsAValidCredential() {
        Credential c;
        c.id = "new-course";
        c.title = "A new course";
        c.grants = {{"sql", 1}};
        QVERIFY(replaceCredential(catalog_, c, {}).isEmpty());
        QVERIFY(catalog_.findCredential("new-course"));
    }

    void refusesADuplicateOrDanglingCredential() {
        const Catalog before = catalog_;
        Credential dup = catalog_.credentials.front();
        QVERIFY(!replaceCredential(catalog_, dup, {}).isEmpty());
        Credential dangling;
        dangling.id = "dangling";
        dangling.title = "Needs something that is not there";
        dangling.prerequisites = Requirement::credential("no-such-credential");
        QVERIFY(!replaceCredential(catalog_, dangling, {}).isEmpty());
        QCOMPARE(catalog_ == before, true); // refused edits change nothing
    }

    void refusesDeletingAPrerequisite() {
        const std::string id = requiredCredential();
        QVERIFY(!id.empty());
        const QString error = removeCredential(catalog_, id);
        QVERIFY2(!error.isEmpty(), "deleting a credential others need must be refused");
        QVERIFY(catalog_.findCredential(id));
    }

    void renamingKeepsPrerequisitesPointingAtIt() {
        const std::string id = requiredCredential();
        Credential renamed = *catalog_.findCredential(id);
        renamed.id = id + "-renamed";
        QVERIFY(replaceCredential(catalog_, renamed, id).isEmpty());
        QVERIFY(!catalog_.findCredential(id));
        QVERIFY(catalog_.findCredential(renamed.id));
    }

    void skillsInUseCannotBeDeleted() {
        QVERIFY(!removeSkill(catalog_, "sql").isEmpty());
        QVERIFY(catalog_.findSkill("sql"));
        Skill unused;
        unused.id = "unused-skill";
        unused.name = "Unused";
        QVERIFY(replaceSkill(catalog_, unused, {}).isEmpty());
        QVERIFY(removeSkill(catalog_, "unused-skill").isEmpty());
        QVERIFY(!catalog_.findSkill("unused-skill"));
    }

    void dialogChecksEachField() {
        CredentialDialog dialog(catalog_, nullptr, {});
        auto* id = dialog.findChild<QLineEdit*>(QStringLiteral("idEdit"));
        auto* title = dialog.findChild<QLineEdit*>(QStringLiteral("titleEdit"));
        auto* grants = dialog.findChild<QLineEdit*>(QStringLiteral("grantsEdit"));
        auto* requires_ = dialog.findChild<QLineEdit*>(QStringLiteral("requiresEdit"));
        auto* pace = dialog.findChild<QComboBox*>(QStringLiteral("paceCombo"));
        auto* words = dialog.findChild<QLabel*>(QStringLiteral("requiresWords"));
        QVERIFY(id && title && grants && requires_ && pace && words);
        QString problem;
        id->setText(QStringLiteral("Bad Id"));
        QVERIFY(!dialog.credential(&problem));
        QVERIFY(problem.contains(QLatin1String("id")));
        id->setText(QStringLiteral("sql-basics"));
        title->setText(QStringLiteral("SQL basics"));
        grants->setText(QStringLiteral("sql@7"));
        QVERIFY(!dialog.credential(&problem));
        QVERIFY(problem.contains(QLatin1String("1 to 5")));
        grants->setText(QStringLiteral("no-such-skill@1"));
        QVERIFY(!dialog.credential(&problem));
        grants->setText(QStringLiteral("sql@2, statistics"));
        requires_->setText(QStringLiteral("all(skill:spreadsheets@1,"));
        QVERIFY(!dialog.credential(&problem));
        QVERIFY(words->text().contains(QLatin1String("Not understood")));
        requires_->setText(QStringLiteral("skill:spreadsheets@1"));
        QCOMPARE(words->text(), QStringLiteral("Spreadsheets at level 1"));
        pace->setCurrentIndex(1); // a cohort needs start dates
        QVERIFY(!dialog.credential(&problem));
        pace->setCurrentIndex(0);
        const auto c = dialog.credential(&problem);
        QVERIFY2(c, qPrintable(problem));
        QCOMPARE(c->grants.size(), std::size_t(2));
        QCOMPARE(c->grants[1].level, 1);
    }

    void dialogKeepsAPriceTypedForACredentialSoldOnlyThroughOffers() {
        // A credential of a version 2 catalog bought only through an offer has no one-time price.
        Credential offersOnly = catalog_.credentials.front();
        offersOnly.hasCost = false;
        offersOnly.cost = 0;
        CredentialDialog dialog(catalog_, &offersOnly, {});
        auto* cost = dialog.findChild<QDoubleSpinBox*>(QStringLiteral("costSpin"));
        QVERIFY(cost);
        QCOMPARE(cost->text(), QStringLiteral("None: sold through offers"));
        QString problem;
        auto unchanged = dialog.credential(&problem);
        QVERIFY2(unchanged, qPrintable(problem));
        QCOMPARE(*unchanged, offersOnly); // opening and saving changes nothing

        // A price typed for it is its one-time price from now on, a free one included.
        cost->selectAll();
        QTest::keyClicks(cost, QStringLiteral("120"));
        auto priced = dialog.credential(&problem);
        QVERIFY2(priced, qPrintable(problem));
        QVERIFY(priced->hasCost);
        QCOMPARE(priced->cost, 120.0);
        cost->setValue(0);
        QVERIFY(dialog.credential(&problem)->hasCost);
        QCOMPARE(dialog.credential(&problem)->cost, 0.0);

        // Stepping below 0 takes a credential's own price away again.
        CredentialDialog priceOfItsOwn(catalog_, &catalog_.credentials.front(), {});
        auto* ownCost = priceOfItsOwn.findChild<QDoubleSpinBox*>(QStringLiteral("costSpin"));
        ownCost->setValue(0);
        ownCost->stepDown();
        QCOMPARE(ownCost->text(), QStringLiteral("None: sold through offers"));
        QVERIFY(!priceOfItsOwn.credential(&problem)->hasCost);
    }

    void dialogShowsWhatTheSaveRefused() {
        CredentialDialog dialog(catalog_, &catalog_.credentials.front(),
                                [](const Credential&) { return QStringLiteral("The workspace is read-only."); });
        dialog.accept();
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("errorLabel"))->text().contains(QLatin1String("read-only")));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
};

std::unique_ptr<QObject> makeCatalogEditTest() {
    return std::make_unique<CatalogEditTest>();
}

} // namespace cairn::app::test

#include "catalog_edit_test.moc"
