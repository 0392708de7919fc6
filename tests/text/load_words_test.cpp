// io's reading errors and the CSV import's row errors, worded: every code has a sentence in
// English and in German, the facts of the code land in both, and the line a person reads keeps
// the file, line, column, field and object as they were read.
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <cairn/engine/limits.h>
#include <cairn/engine/requirement_text.h>
#include <cairn/io/catalog_json.h>
#include <cairn/io/load_error.h>
#include <cairn/text/load_words.h>
#include <gtest/gtest.h>

namespace cairn::text {

namespace {

using Code = Message::Code;

/// A catalog whose name is misspelt: one field missing, one unknown.
const QByteArray kMisspelt = R"({"format": "cairn-catalog", "version": 1, "skills": [], "credentials": [], "goals": [],
"nme": "x"})";

/// Every code io and the CSV import report, from the first reading error to the last, and the
/// requirement text form's syntax errors, which they report inside theirs.
std::vector<Code> readingCodes() {
    std::vector<Code> codes;
    for (auto c = static_cast<int>(Code::RequirementTextAfterEnd);
         c <= static_cast<int>(Code::RequirementTextFoundByte); ++c)
        codes.push_back(static_cast<Code>(c));
    for (auto c = static_cast<int>(Code::JsonEmpty); c <= static_cast<int>(Code::CsvCreditOffer); ++c)
        codes.push_back(static_cast<Code>(c));
    return codes;
}

/// Facts that show where they land: argument i reads «i» as text and 90i as a number.
Message withMarkedFacts(Code code) {
    Message m{code, {}};
    for (int i = 0; i < 4; ++i) {
        MessageArg a = arg::text("\u00AB" + std::to_string(i) + "\u00BB");
        a.value = 900 + i;
        a.max = 950 + i;
        a.names = {arg::text(a.text)};
        m.args.push_back(a);
    }
    return m;
}

/// The markers of facts a sentence holds.
QSet<QString> markersIn(const QString& sentence) {
    static const QRegularExpression marker(QStringLiteral("\u00AB[0-9]\u00BB|9[05][0-9]"));
    QSet<QString> found;
    for (auto it = marker.globalMatch(sentence); it.hasNext();)
        found << it.next().captured();
    return found;
}

/// The German catalog, built from resources/translations/cairn_de.ts for this test.
class German : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        static int argc = 1;
        static char name[] = "cairn_text_tests";
        static char* argv[] = {name, nullptr};
        // Translators need an application. It lives until the process ends: deleting it after
        // main() returns, among Qt's own static objects, crashes.
        if (!QCoreApplication::instance())
            new QCoreApplication(argc, argv);
    }
    /// From here on tr() reads German; the English of a test is taken before.
    void install() {
        ASSERT_TRUE(translator_.load(QStringLiteral(CAIRN_TEXT_TEST_QM))) << CAIRN_TEXT_TEST_QM;
        ASSERT_TRUE(QCoreApplication::installTranslator(&translator_));
    }
    void TearDown() override { QCoreApplication::removeTranslator(&translator_); }

    static LoadWords german() { return LoadWords(Format(QLocale(QLocale::German, QLocale::Germany))); }

    QTranslator translator_;
};

} // namespace

TEST(LoadWords, EveryReadingCodeHasASentenceWithItsFacts) {
    const LoadWords english = LoadWords::english();
    for (Code code : readingCodes()) {
        SCOPED_TRACE(codeName(code));
        const QString sentence = english.phrase(withMarkedFacts(code));
        EXPECT_FALSE(sentence.isEmpty());
        EXPECT_NE(sentence, QString::fromLatin1(codeName(code)));
        EXPECT_FALSE(sentence.contains(QLatin1Char('%'))) << sentence.toStdString();
    }
    // A code that is none of io's is left to MessageWords.
    EXPECT_TRUE(english.phrase(Message{Code::NoCatalog, {arg::count(3)}}).isNull());
}

TEST(LoadWords, TheFactsLandWhereTheSentenceNamesThem) {
    const LoadWords english = LoadWords::english();
    const auto say = [&](io::LoadError e) { return english.line(e); };
    io::LoadError e{QStringLiteral("c.json"), 4, 9, QStringLiteral("credentials[2].kind"),
                    io::says(Code::JsonNotOneOf, {arg::text("kind"), arg::texts({"self", "cohort"}), arg::text("x")})};
    e.object = QStringLiteral("credential sql");
    EXPECT_EQ(say(e), QStringLiteral("c.json:4:9: credentials[2].kind (credential sql): kind must be \"self\" or "
                                     "\"cohort\", found \"x\""));
    const Message notObject = io::says(Code::JsonNotObject, {io::qarg::clause(io::says(Code::JsonWhatCredential)),
                                                             io::qarg::clause(io::says(Code::JsonFoundArray))});
    EXPECT_EQ(say({QStringLiteral("c.json"), 2, 0, {}, notObject}),
              QStringLiteral("c.json:2: a credential must be an object {...}, found an array"));
    EXPECT_EQ(
        say({{},
             0,
             0,
             QStringLiteral("hours"),
             io::says(Code::JsonNotNumberInRange, {arg::text("hours"), arg::range(limits::kHours), arg::text("-1")})}),
        QStringLiteral("hours: hours must be a number from 0 to 100,000, found -1"));
    EXPECT_EQ(say({QStringLiteral("c.csv"), 3, 1, QStringLiteral("id"),
                   io::says(Code::CsvDuplicateId, {arg::text("sql"), arg::count(2)})}),
              QStringLiteral("c.csv:3:1: id: The credential 'sql' already appears on line 2."));
    EXPECT_EQ(say({QStringLiteral("x.json"), 0, 0, {}, io::says(Code::FileTooLarge, {arg::count(256)})}),
              QStringLiteral("x.json: the file is larger than 256 MiB, too large to be a Cairn file"));
}

TEST(LoadWords, RequirementTextErrorsReadAsTheFormatDescribesThem) {
    const struct {
        const char* text;
        const char* sentence;
    } cases[] = {
        {"skill:sql@0", "skill level must be 1 to 5, found 0"},
        {"skill:sql@6", "skill level must be 1 to 5, found 6"},
        {"skill:sql@", "expected a level 1-5 after 'skill:sql@' but found the end of the text"},
        {"skill:sql@x", "expected a level 1-5 after 'skill:sql@' but found 'x'"},
        {"cred:", "expected a credential id after 'cred:' but found the end of the text"},
        {"skill: sql", "expected a skill id after 'skill:' but found ' '"},
        {"course:x", "unknown item kind 'course:'; items are 'cred:ID' or 'skill:ID@LEVEL'"},
        {"sql", "'sql' is not an item or a group; write 'cred:sql' or 'skill:sql'"},
        {"every(cred:a)", "unknown group 'every('; groups are 'all(...)', 'any(...)' or 'min(K; ...)'"},
        {"all()", "a group needs at least one member"},
        {"all(cred:a,)", "a ',' must be followed by another member, not ')'"},
        {"all(cred:a", "expected ',' or ')' in 'all(' but found the end of the text"},
        {"all(cred:a cred:b)", "expected ',' or ')' in 'all(' but found 'c'"},
        {"min(cred:a)", "expected the number of members needed after 'min(' but found 'c'"},
        {"min(0; cred:a)", "'min' needs at least 1 member, found 0"},
        {"min(3; cred:a, cred:b)", "'min(3; ...)' needs 3 members but lists only 2"},
        {"min(2, cred:a, cred:b)", "expected ';' but found ','"},
        {"cred:a)", "unexpected ')' after the end of the requirement"},
        {"cred:a cred:b", "unexpected 'c' after the end of the requirement"},
        {"(cred:a)", "expected 'cred:', 'skill:', 'all(', 'any(' or 'min(' but found '('"},
        {"cred:a \u5F20", "unexpected '\u5F20' after the end of the requirement"},
        {"cred:\xC3", "expected a credential id after 'cred:' but found byte 0xC3"},
        {"cred:\x1B[2J", "expected a credential id after 'cred:' but found the control character U+001B"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        const auto parsed = parseRequirementText(c.text);
        const auto* error = std::get_if<RequirementTextError>(&parsed);
        ASSERT_NE(error, nullptr);
        EXPECT_EQ(LoadWords::english().phrase(error->what), QString::fromUtf8(c.sentence));
    }
}

TEST(LoadWords, AReadFileGivesEveryErrorAsALine) {
    const auto read = io::readCatalog(kMisspelt, QStringLiteral("bad.json"));
    ASSERT_FALSE(read.ok());
    const QStringList lines = LoadWords::english().lines(read.errors);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0], QStringLiteral("bad.json:1:1: name: required field 'name' is missing from a catalog"));
    EXPECT_EQ(lines[1], QStringLiteral("bad.json:2:1: nme: unknown field 'nme' in a catalog; did you mean 'name'?"));
}

TEST_F(German, EveryReadingCodeReadsInGermanWithTheSameFacts) {
    QStringList english;
    for (Code code : readingCodes())
        english << LoadWords::english().phrase(withMarkedFacts(code));
    install();
    for (Code code : readingCodes()) {
        SCOPED_TRACE(codeName(code));
        const QString inEnglish = english.takeFirst();
        const QString inGerman = german().phrase(withMarkedFacts(code));
        EXPECT_FALSE(inGerman.isEmpty());
        if (code != Code::CsvRequirementInvalid) { // the requirement parser's own words, as given
            EXPECT_NE(inGerman, inEnglish);
        }
        EXPECT_EQ(markersIn(inGerman), markersIn(inEnglish)) << inGerman.toStdString();
    }
}

TEST_F(German, WhatAProblemIsAboutIsNamedInTheReadersWords) {
    EXPECT_EQ(MessageWords::object(QStringLiteral("credential sql")), QStringLiteral("credential sql"));
    install();
    EXPECT_EQ(MessageWords::object(QStringLiteral("credential sql")), QStringLiteral("Zertifikat sql"));
    EXPECT_EQ(MessageWords::object(std::string("profile field budget")), QStringLiteral("Profilfeld budget"));
    EXPECT_EQ(MessageWords::object(QStringLiteral("occupation http://data.europa.eu/esco/occupation/x")),
              QStringLiteral("Beruf http://data.europa.eu/esco/occupation/x"));
    // A key of no known kind is shown as it is, never guessed at.
    EXPECT_EQ(MessageWords::object(QStringLiteral("credential")), QStringLiteral("credential"));
    EXPECT_EQ(MessageWords::object(QStringLiteral("row 3")), QStringLiteral("row 3"));
    io::LoadError e{
        QStringLiteral("c.json"), 4, 9, QStringLiteral("credentials[2].cost"),
        io::says(Code::JsonNotNumberInRange, {arg::text("cost"), arg::range(limits::kCost), arg::text("-1")})};
    e.object = QStringLiteral("credential sql");
    EXPECT_TRUE(german().line(e).startsWith(QStringLiteral("c.json:4:9: credentials[2].cost (Zertifikat sql): ")))
        << german().line(e).toStdString();
}

TEST_F(German, AReadingErrorReadsInGermanWhereItWasFound) {
    const auto read = io::readCatalog(kMisspelt, QStringLiteral("bad.json"));
    const QString english = LoadWords::english().sentence(read.errors[0]);
    install();
    const QStringList lines = german().lines(read.errors);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0], QStringLiteral("bad.json:1:1: name: das Pflichtfeld 'name' fehlt in: ein Katalog"));
    EXPECT_EQ(lines[1],
              QStringLiteral("bad.json:2:1: nme: ein Katalog hat kein Feld 'nme'; meinten Sie 'name'?"));
    // The English the command line prints, without a translator.
    EXPECT_EQ(english, QStringLiteral("required field 'name' is missing from a catalog"));
}

} // namespace cairn::text
