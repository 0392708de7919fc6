// The CSV field writer every CSV export uses, and the field rules the JSON and CSV readers share.
#include <cairn/io/catalog_json.h>
#include <cairn/io/catalog_rules.h>
#include <cairn/io/csv_field.h>
#include <gtest/gtest.h>

using namespace cairn;
using namespace cairn::io;

TEST(CsvField, QuotesOnlyWhatNeedsIt) {
    EXPECT_EQ(csvField(QStringLiteral("plain")), QByteArray("plain"));
    EXPECT_EQ(csvField(QString()), QByteArray());
    EXPECT_EQ(csvField(QStringLiteral("a,b")), QByteArray("\"a,b\""));
    EXPECT_EQ(csvField(QStringLiteral("say \"hi\"")), QByteArray("\"say \"\"hi\"\"\""));
    EXPECT_EQ(csvField(QStringLiteral(" padded")), QByteArray("\" padded\""));
    EXPECT_EQ(csvField(QStringLiteral("数据")), QByteArray("数据"));
}

TEST(CsvField, EveryFormulaStartGetsASingleQuoteAndQuotes) {
    for (const QString& formula : {QStringLiteral("=1+1"), QStringLiteral("+1"), QStringLiteral("-1"),
                                   QStringLiteral("@A1"), QStringLiteral("\tx"), QStringLiteral("\rx")}) {
        const QByteArray written = csvField(formula);
        EXPECT_TRUE(written.startsWith("\"'")) << written.toStdString();
        EXPECT_EQ(readCsvFieldText(QLatin1Char('\'') + formula), formula);
    }
}

TEST(CsvField, ReadingUndoesWritingForEveryTextAndNothingElse) {
    // Every text up to three characters long over the characters that matter.
    const QString alphabet = QStringLiteral("'=-a");
    std::vector<QString> texts = {QString()};
    for (int length = 1; length <= 3; ++length) {
        std::vector<QString> longer;
        for (const QString& t : texts)
            if (t.size() == length - 1)
                for (const QChar c : alphabet)
                    longer.push_back(t + c);
        texts.insert(texts.end(), longer.begin(), longer.end());
    }
    for (const QString& text : texts) {
        // What the writer puts between the quotes, read back, is the text again.
        QByteArray written = csvField(text);
        if (written.startsWith('"'))
            written = written.mid(1, written.size() - 2).replace("\"\"", "\"");
        EXPECT_EQ(readCsvFieldText(QString::fromUtf8(written)), text) << text.toStdString();
        // A text the writer leaves alone is read as it is.
        if (written == text.toUtf8()) {
            EXPECT_EQ(readCsvFieldText(text), text) << text.toStdString();
        }
    }
}

TEST(CatalogRules, IdsAreLettersDigitsDotUnderscoreAndDash) {
    for (const char* good : {"a", "sql-basics", "A.b_c-9"})
        EXPECT_TRUE(isId(QString::fromUtf8(good))) << good;
    for (const char* bad : {"", "a b", "a:b", "a@b", "çé", "x\n"})
        EXPECT_FALSE(isId(QString::fromUtf8(bad))) << bad;
}

TEST(CatalogRules, RequirementDepthCountsNestedGroups) {
    EXPECT_EQ(requirementGroupDepth(Requirement::none()), 0);
    EXPECT_EQ(requirementGroupDepth(Requirement::skill("s", 1)), 0);
    const Requirement two =
        Requirement::any({Requirement::credential("c"), Requirement::all({Requirement::skill("s", 1)})});
    EXPECT_EQ(requirementGroupDepth(two), 2);
}

TEST(CatalogRules, TheJsonReaderRefusesARequirementDeeperThanTheRules) {
    // One group more than the rules allow: a catalog file cannot hold it (the CSV import refuses
    // the same requirement, see the store's tests).
    QByteArray requirement = "\"skill:s@1\"";
    for (int i = 0; i <= kMaxRequirementGroups; ++i)
        requirement = "{\"all\": [" + requirement + "]}";
    const QByteArray json =
        R"({"format": "cairn-catalog", "version": 1, "name": "N", "skills": [{"id": "s", "name": "S"}],
        "credentials": [{"id": "c", "title": "C", "provider": "P", "cost": 0, "hours": 0, "requires": )" +
        requirement + "}], \"goals\": []}";
    const auto read = readCatalog(json, QStringLiteral("deep.json"));
    EXPECT_FALSE(read.ok());
    EXPECT_FALSE(read.errors.empty());
}
