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
        ADD_FAILURE() << "unexpected error at " << error->offset << ": " << cairn::codeName(error->what.code) << " in '"
                      << text << "'";
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

// The sentences of these errors are cairn_text's (tests/text/load_words_test.cpp); here, where
// the parser stops and what it says, as data.
TEST(RequirementText, ErrorsCarryOffsetAndCode) {
    struct Case {
        const char* text;
        std::size_t offset;
        const char* code;
    };
    const Case cases[] = {
        {"skill:sql@0", 10, "requirement-text-level-out-of-range"},
        {"skill:sql@", 10, "requirement-text-expected-level"},
        {"cred:", 5, "requirement-text-expected-credential-id"},
        {"skill: sql", 6, "requirement-text-expected-skill-id"},
        {"course:x", 0, "requirement-text-unknown-item-kind"},
        {"sql", 0, "requirement-text-bare-word"},
        {"every(cred:a)", 0, "requirement-text-unknown-group"},
        {"all()", 4, "requirement-text-empty-group"},
        {"all(cred:a,)", 11, "requirement-text-trailing-comma"},
        {"all(cred:a cred:b)", 11, "requirement-text-expected-comma-or-close"},
        {"min(cred:a)", 4, "requirement-text-expected-min-count"},
        {"min(0; cred:a)", 4, "requirement-text-min-below-one"},
        {"min(3; cred:a, cred:b)", 0, "requirement-text-min-above-members"},
        {"min(2, cred:a, cred:b)", 5, "requirement-text-expected"},
        {"cred:a)", 6, "requirement-text-after-end"},
        {"(cred:a)", 0, "requirement-text-expected-item"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        const auto e = failure(c.text);
        EXPECT_EQ(e.offset, c.offset);
        EXPECT_STREQ(cairn::codeName(e.what.code), c.code);
    }
}

TEST(RequirementText, ErrorsNameWholeCharactersNotBytes) {
    using Code = cairn::Message::Code;
    const auto foundArg = [](std::string_view text) { return failure(text).what.args.back(); };
    // The first byte of a multi-byte character alone printed as '\uFFFD'.
    EXPECT_EQ(foundArg("skill:sql@\u00E9").text, "'\u00E9'");
    EXPECT_EQ(foundArg("cred:a \u5F20").text, "'\u5F20'");
    EXPECT_EQ(foundArg("cred:\U0001F600").text, "'\U0001F600'");
    const auto clause = [&](std::string_view text) { return foundArg(text).clauses.at(0); };
    EXPECT_EQ(clause("cred:\xC3").code, Code::RequirementTextFoundByte);
    EXPECT_EQ(clause("cred:\xC3").args.at(0).text, "C3");
    EXPECT_EQ(clause("cred:\x1B[2J").code, Code::RequirementTextFoundControl);
    EXPECT_EQ(clause("cred:\x1B[2J").args.at(0).text, "001B");
    EXPECT_EQ(clause("cred:").code, Code::RequirementTextFoundEnd);
}

TEST(RequirementText, DeepNestingIsRefusedNotACrash) {
    std::string text;
    for (int i = 0; i < 10000; ++i)
        text += "all(";
    const auto e = failure(text);
    EXPECT_EQ(e.what.code, cairn::Message::Code::RequirementTextTooDeep);
    EXPECT_EQ(e.what.args.at(0).value, 64);
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
