// The audit trail's entries in words: what was changed, from what to what, in English and German.
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTranslator>
#include <cairn/text/audit_words.h>
#include <gtest/gtest.h>

namespace cairn::text {

namespace {

using Entry = io::AuditEntry;

Entry entry(Entry::Subject subject, Entry::Kind kind, QString item, std::vector<Entry::Field> fields) {
    Entry e;
    e.at = QStringLiteral("2026-12-05T14:02:07.123Z");
    e.actor = QStringLiteral("ana");
    e.subject = subject;
    e.kind = kind;
    e.item = std::move(item);
    e.fields = std::move(fields);
    return e;
}

const QJsonValue kNone(QJsonValue::Undefined);

Entry budgetAndContact() {
    return entry(Entry::Subject::Client, Entry::Kind::Changed, QStringLiteral("7"),
                 {{QStringLiteral("contact"), QStringLiteral("amal@example.org"), QStringLiteral("+44 20 7946 0000")},
                  {QStringLiteral("profile.budget"), 2000, 3500}});
}

} // namespace

TEST(AuditWords, AChangeNamesEachFieldFromWhatToWhatWithMoneyInTheCatalogsCurrency) {
    EXPECT_EQ(AuditWords::english("USD").change(budgetAndContact()),
              QStringLiteral("Changed the contact from “amal@example.org” to “+44 20 7946 0000” and the budget from "
                             "$2,000 to $3,500."));
    EXPECT_EQ(AuditWords::english().change(budgetAndContact()),
              QStringLiteral("Changed the contact from “amal@example.org” to “+44 20 7946 0000” and the budget from "
                             "2,000 to 3,500."))
        << "without a currency, money is a number";
}

TEST(AuditWords, AdditionsAndRemovalsNameTheirItem) {
    const auto words = AuditWords::english("USD");
    EXPECT_EQ(words.change(entry(Entry::Subject::Plan, Entry::Kind::Added, QStringLiteral("3"),
                                 {{QStringLiteral("title"), kNone, QStringLiteral("Cheapest")}})),
              QStringLiteral("Saved plan version 3, “Cheapest”."));
    EXPECT_EQ(words.change(entry(Entry::Subject::Note, Entry::Kind::Removed, QStringLiteral("12"),
                                 {{QStringLiteral("text"), QStringLiteral("Prefers evening classes."), kNone}})),
              QStringLiteral("Deleted a note: “Prefers evening classes.”."));
    EXPECT_EQ(words.change(entry(Entry::Subject::Share, Entry::Kind::Added, QStringLiteral("ben"), {})),
              QStringLiteral("Shared the client with ben."));
    EXPECT_EQ(words.change(entry(Entry::Subject::Credential, Entry::Kind::Removed, QStringLiteral("intro-sql"),
                                 {{QStringLiteral("title"), QStringLiteral("Intro to SQL"), kNone}})),
              QStringLiteral("Removed the credential intro-sql, “Intro to SQL”."));
    EXPECT_EQ(words.change(entry(Entry::Subject::Credential, Entry::Kind::Changed, QStringLiteral("intro-sql"),
                                 {{QStringLiteral("cost"), 49.99, 59}})),
              QStringLiteral("Changed the credential intro-sql: the cost from $49.99 to $59."));
}

TEST(AuditWords, AChangeOfGoalReadsAsTheGoalsTitlesWhereTheyAreKnown) {
    const Entry goal =
        entry(Entry::Subject::Client, Entry::Kind::Changed, QStringLiteral("7"),
              {{QStringLiteral("goal"), QStringLiteral("data-analyst"), QStringLiteral("own:1")},
               {QStringLiteral("profile.goal"), QStringLiteral("data-analyst"), QStringLiteral("own:1")}});
    EXPECT_EQ(AuditWords::english().change(goal), QStringLiteral("Changed the goal from “data-analyst” to “own:1”."))
        << "without titles, the ids";
    auto words = AuditWords::english();
    words.withGoalTitles(
        {{"data-analyst", QStringLiteral("Data Analyst")}, {"own:1", QStringLiteral("Cloud Support Associate")}});
    EXPECT_EQ(words.change(goal), QStringLiteral("Changed the goal from “Data Analyst” to “Cloud Support Associate”."))
        << "the goal is kept in two places and reads once";
    EXPECT_EQ(words.value(QStringLiteral("title"), QStringLiteral("data-analyst")), QStringLiteral("“data-analyst”"))
        << "only a goal is looked up";
    EXPECT_EQ(words.value(QStringLiteral("goal"), QStringLiteral("gone")), QStringLiteral("“gone”"))
        << "a goal removed since reads as its id";
}

TEST(AuditWords, ListsEmptyValuesAndLongTextReadAsAPersonWritesThem) {
    const auto words = AuditWords::english();
    EXPECT_EQ(words.value(QStringLiteral("profile.skills"),
                          QJsonArray{QJsonObject{{QStringLiteral("skill"), QStringLiteral("sql")},
                                                 {QStringLiteral("level"), 2}}}),
              QStringLiteral("sql at level 2"));
    EXPECT_EQ(words.value(QStringLiteral("profile.completed"), QJsonArray{}), QStringLiteral("none"));
    EXPECT_EQ(words.value(QStringLiteral("profile.deadline"), QJsonValue()), QStringLiteral("none"));
    EXPECT_EQ(words.value(QStringLiteral("contact"), QString()), QStringLiteral("nothing"));
    EXPECT_EQ(words.value(QStringLiteral("tags"), QStringLiteral("[\"data\",\"beginner\"]")),
              QStringLiteral("data, beginner"));
    const QString longNote = QString(200, QLatin1Char('x'));
    EXPECT_EQ(words.value(QStringLiteral("note"), longNote).size(), 82) << "80 characters and the quotes";
    EXPECT_EQ(words.fieldName(QStringLiteral("something_new")), QStringLiteral("the field something_new"));
}

TEST(AuditWords, AnImportIntoAFileIsOneSentence) {
    const QString sentence =
        AuditWords::english().change(entry(Entry::Subject::Catalog, Entry::Kind::Changed, QStringLiteral("2"),
                                           {{QStringLiteral("credentials"), kNone, 3},
                                            {QStringLiteral("imported"), kNone, QStringLiteral("prices.csv")}}));
    EXPECT_EQ(sentence, QStringLiteral("Imported 3 credentials from “prices.csv”."));

    // A large import is counted as the person's locale writes numbers.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString large =
        AuditWords::english().change(entry(Entry::Subject::Catalog, Entry::Kind::Changed, QStringLiteral("2"),
                                           {{QStringLiteral("credentials"), kNone, 100000},
                                            {QStringLiteral("imported"), kNone, QStringLiteral("all.csv")}}));
    QLocale::setDefault(before);
    EXPECT_EQ(large, QStringLiteral("Imported 100,000 credentials from “all.csv”."));
}

TEST(AuditWords, ManyFieldsAreNamedUpToFourAndTheRestCounted) {
    std::vector<Entry::Field> fields;
    for (const char* name : {"title", "provider", "url", "cost", "hours", "tags"})
        fields.push_back({QLatin1String(name), QStringLiteral("a"), QStringLiteral("b")});
    const QString sentence = AuditWords::english().change(
        entry(Entry::Subject::Credential, Entry::Kind::Changed, QStringLiteral("x"), fields));
    EXPECT_TRUE(sentence.startsWith(QStringLiteral("Changed the credential x: the title from “a” to “b”, the "
                                                   "provider from “a” to “b”,")))
        << sentence.toStdString();
    EXPECT_TRUE(sentence.endsWith(QStringLiteral("and 2 other fields."))) << sentence.toStdString();
}

TEST(AuditWords, AWindowInUsEnglishWritesTheTimeAsItsLocaleDoes) {
    const AuditWords window(Format(QLocale(QLocale::English, QLocale::UnitedStates)));
    const QDateTime at =
        QDateTime::fromString(QStringLiteral("2026-12-05T14:02:07.123Z"), Qt::ISODateWithMs).toLocalTime();
    EXPECT_EQ(window.when(budgetAndContact()),
              QLocale(QLocale::English, QLocale::UnitedStates).toString(at, QLocale::ShortFormat));
}

TEST(AuditWords, TheTimeIsLocalAndIsoInTheTerminal) {
    const QString when = AuditWords::english().when(budgetAndContact());
    EXPECT_EQ(when, QDateTime::fromString(QStringLiteral("2026-12-05T14:02:07.123Z"), Qt::ISODateWithMs)
                        .toLocalTime()
                        .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

TEST(AuditWords, GermanReadsAsGerman) {
    static int argc = 1;
    static char name[] = "cairn_text_tests";
    static char* argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv);
    QTranslator translator;
    ASSERT_TRUE(translator.load(QStringLiteral(CAIRN_TEXT_TEST_QM)));
    QCoreApplication::installTranslator(&translator);
    const AuditWords german(Format(QLocale(QLocale::German, QLocale::Germany)), "EUR");
    const QString sentence = german.change(budgetAndContact());
    QCoreApplication::removeTranslator(&translator);
    EXPECT_EQ(sentence.toStdString(),
              QStringLiteral("Geändert: der Kontakt von „amal@example.org“ auf „+44 20 7946 0000“ und das "
                             "Budget von 2.000\u00a0€ auf 3.500\u00a0€.")
                  .toStdString());
}

} // namespace cairn::text
