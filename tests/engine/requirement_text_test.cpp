#include <cairn/engine/requirement_text.h>
#include <functional>
#include <gtest/gtest.h>

using cairn::parseRequirementText;
using cairn::Requirement;
using cairn::RequirementTextError;
using cairn::toText;

namespace {

Requirement parsed(std::string_view text) {
    auto result = parseRequirementText(text);
    if (const auto* error = std::get_if<RequirementTextError>(&result)) {
        ADD_FAILURE() << "unexpected error at " << error->offset << ": " << error->message << " in '" << text << "'";
        return {};
    }
    return std::get<Requirement>(result);
}

RequirementTextError failure(std::string_view text) {
    auto result = parseRequirementText(text);
    if (const auto* error = std::get_if<RequirementTextError>(&result))
        return *error;
    ADD_FAILURE() << "'" << text << "' parsed, but an error was expected";
    return {};
}

} // namespace

TEST(RequirementText, EmptyTextIsNone) {
    EXPECT_TRUE(parsed("").isNone());
    EXPECT_TRUE(parsed("   \t ").isNone());
    EXPECT_EQ(toText(Requirement::none()), "");
}

TEST(RequirementText, Items) {
    EXPECT_EQ(parsed("cred:google-data-analytics"), Requirement::credential("google-data-analytics"));
    EXPECT_EQ(parsed("skill:sql@3"), Requirement::skill("sql", 3));
    EXPECT_EQ(parsed("skill:sql"), Requirement::skill("sql", 1));
    EXPECT_EQ(parsed("  skill:A.b_c-9@5  "), Requirement::skill("A.b_c-9", 5));
}

TEST(RequirementText, Groups) {
    const Requirement expected = Requirement::all(
        {Requirement::skill("spreadsheets", 1),
         Requirement::any({Requirement::credential("intro-statistics"), Requirement::skill("statistics")})});
    EXPECT_EQ(parsed("all(skill:spreadsheets@1, any(cred:intro-statistics, skill:statistics))"), expected);
    EXPECT_EQ(parsed("all( skill:spreadsheets@1 ,any ( cred:intro-statistics,skill:statistics ) )"), expected);

    const Requirement atLeast = Requirement::atLeast(
        2, {Requirement::skill("sql", 2), Requirement::skill("python"), Requirement::credential("x")});
    EXPECT_EQ(parsed("min(2; skill:sql@2, skill:python, cred:x)"), atLeast);
    EXPECT_EQ(parsed("min( 2 ;skill:sql@2,skill:python@1,cred:x)"), atLeast);
}

TEST(RequirementText, WritesCanonicalText) {
    const Requirement r =
        Requirement::all({Requirement::skill("spreadsheets"),
                          Requirement::atLeast(2, {Requirement::credential("a"), Requirement::credential("b"),
                                                   Requirement::skill("c", 4)}),
                          Requirement::any({Requirement::credential("d")})});
    EXPECT_EQ(toText(r), "all(skill:spreadsheets@1, min(2; cred:a, cred:b, skill:c@4), any(cred:d))");
}

TEST(RequirementText, RoundTrips) {
    const std::vector<Requirement> samples = {
        Requirement::credential("x"),
        Requirement::skill("sql", 5),
        Requirement::any({Requirement::credential("a"), Requirement::skill("b", 2)}),
        Requirement::atLeast(1, {Requirement::all({Requirement::credential("a"), Requirement::credential("b")}),
                                 Requirement::any({Requirement::skill("c"), Requirement::skill("d", 3)})}),
    };
    for (const auto& r : samples) {
        SCOPED_TRACE(toText(r));
        EXPECT_EQ(parsed(toText(r)), r);
    }
}

TEST(RequirementText, ErrorsCarryOffsetAndSentence) {
    struct Case {
        const char* text;
        std::size_t offset;
        const char* message;
    };
    const Case cases[] = {
        {"skill:sql@0", 10, "skill level must be 1 to 5, found 0"},
        {"skill:sql@6", 10, "skill level must be 1 to 5, found 6"},
        {"skill:sql@", 10, "expected a level 1-5 after 'skill:sql@' but found the end of the text"},
        {"skill:sql@x", 10, "expected a level 1-5 after 'skill:sql@' but found 'x'"},
        {"cred:", 5, "expected a credential id after 'cred:' but found the end of the text"},
        {"skill: sql", 6, "expected a skill id after 'skill:' but found ' '"},
        {"course:x", 0, "unknown item kind 'course:'; items are 'cred:ID' or 'skill:ID@LEVEL'"},
        {"sql", 0, "'sql' is not an item or a group; write 'cred:sql' or 'skill:sql'"},
        {"every(cred:a)", 0, "unknown group 'every('; groups are 'all(...)', 'any(...)' or 'min(K; ...)'"},
        {"all()", 4, "a group needs at least one member"},
        {"all(cred:a,)", 11, "a ',' must be followed by another member, not ')'"},
        {"all(cred:a", 10, "expected ',' or ')' in 'all(' but found the end of the text"},
        {"all(cred:a cred:b)", 11, "expected ',' or ')' in 'all(' but found 'c'"},
        {"min(cred:a)", 4, "expected the number of members needed after 'min(' but found 'c'"},
        {"min(0; cred:a)", 4, "'min' needs at least 1 member, found 0"},
        {"min(3; cred:a, cred:b)", 0, "'min(3; ...)' needs 3 members but lists only 2"},
        {"min(2, cred:a, cred:b)", 5, "expected ';' but found ','"},
        {"cred:a)", 6, "unexpected ')' after the end of the requirement"},
        {"cred:a cred:b", 7, "unexpected 'c' after the end of the requirement"},
        {"(cred:a)", 0, "expected 'cred:', 'skill:', 'all(', 'any(' or 'min(' but found '('"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        const auto e = failure(c.text);
        EXPECT_EQ(e.offset, c.offset);
        EXPECT_EQ(e.message, c.message);
    }
}

TEST(RequirementText, ErrorsShowWholeCharactersNotBytes) {
    // The first byte of a multi-byte character alone printed as '\uFFFD'.
    EXPECT_EQ(failure("skill:sql@\u00E9").message, "expected a level 1-5 after 'skill:sql@' but found '\u00E9'");
    EXPECT_EQ(failure("cred:a \u5F20").message, "unexpected '\u5F20' after the end of the requirement");
    EXPECT_EQ(failure("cred:\U0001F600").message, "expected a credential id after 'cred:' but found '\U0001F600'");
    EXPECT_EQ(failure("cred:\xC3").message, "expected a credential id after 'cred:' but found byte 0xC3");
    EXPECT_EQ(failure("cred:\x1B[2J").message, "expected a credential id after 'cred:' but found U+001B");
}

TEST(RequirementText, DeepNestingIsRefusedNotACrash) {
    std::string text;
    for (int i = 0; i < 10000; ++i)
        text += "all(";
    const auto e = failure(text);
    EXPECT_NE(e.message.find("nested more than"), std::string::npos) << e.message;
}

TEST(RequirementText, RandomExpressionsRoundTrip) {
    // Deterministic pseudo-random trees of every shape: writing then reading gives the same tree.
    unsigned seed = 2026;
    auto next = [&](unsigned n) {
        seed = seed * 1664525u + 1013904223u;
        return (seed >> 8) % n;
    };
    const char* ids[] = {"a", "sql", "google-data-analytics", "A.b_c-9", "x1"};
    std::function<Requirement(int)> make = [&](int depth) -> Requirement {
        const unsigned kind = depth >= 4 ? next(2) : next(5);
        if (kind == 0)
            return Requirement::credential(ids[next(5)]);
        if (kind == 1)
            return Requirement::skill(ids[next(5)], static_cast<int>(next(5)) + 1);
        std::vector<Requirement> members;
        const unsigned n = next(4) + 1;
        for (unsigned i = 0; i < n; ++i)
            members.push_back(make(depth + 1));
        if (kind == 2)
            return Requirement::all(std::move(members));
        if (kind == 3)
            return Requirement::any(std::move(members));
        const int k = static_cast<int>(next(n)) + 1;
        return Requirement::atLeast(k, std::move(members));
    };
    for (int i = 0; i < 500; ++i) {
        const Requirement r = make(0);
        const std::string text = toText(r);
        SCOPED_TRACE(text);
        ASSERT_EQ(parsed(text), r);
    }
}
