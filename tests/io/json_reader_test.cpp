#include <cairn/io/json_reader.h>
#include <cairn/io/json_writer.h>
#include <cairn/text/message_words.h>
#include <gtest/gtest.h>

using cairn::io::JsonSyntaxError;
using cairn::io::JsonValue;
using cairn::io::parseJson;

namespace {

JsonValue parsed(const char* text) {
    auto result = parseJson(QByteArray(text));
    if (const auto* e = std::get_if<JsonSyntaxError>(&result)) {
        ADD_FAILURE() << e->line << ":" << e->column << ": "
                      << cairn::text::MessageWords::english().sentence(e->what).toStdString();
        return {};
    }
    return std::get<JsonValue>(result);
}

JsonSyntaxError failure(const QByteArray& text) {
    auto result = parseJson(text);
    if (const auto* e = std::get_if<JsonSyntaxError>(&result))
        return *e;
    ADD_FAILURE() << "parsed, but an error was expected: " << text.toStdString();
    return {};
}

} // namespace

TEST(JsonReader, ValuesRememberLineAndColumn) {
    const JsonValue v = parsed("{\n  \"a\": [1, true],\n  \"b\": {\"c\": null}\n}");
    ASSERT_TRUE(v.isObject());
    EXPECT_EQ(v.line, 1);
    EXPECT_EQ(v.column, 1);
    const auto* a = v.member(u"a");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->line, 2);
    EXPECT_EQ(a->column, 3);
    EXPECT_EQ(a->value.column, 8);
    EXPECT_EQ(a->value.items.at(1).column, 12);
    EXPECT_TRUE(a->value.items.at(1).boolean);
    const JsonValue* c = v.find(u"b")->find(u"c");
    ASSERT_NE(c, nullptr);
    EXPECT_TRUE(c->isNull());
    EXPECT_EQ(c->line, 3);
    EXPECT_EQ(c->column, 14);
}

TEST(JsonReader, ColumnsCountCharactersNotBytes) {
    const JsonValue v = parsed("{\"é—\": \"日本\", \"x\": 1}");
    EXPECT_EQ(v.members.at(0).key, QString::fromUtf8("é—"));
    EXPECT_EQ(v.members.at(0).value.text, QString::fromUtf8("日本"));
    EXPECT_EQ(v.members.at(1).column, 14);
    const auto e = failure("[\"日本\", x]");
    EXPECT_EQ(e.column, 8);
}

TEST(JsonReader, NumbersAndEscapes) {
    const JsonValue v = parsed(R"([0, -1.5e2, 1E-400, "a\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00"])");
    EXPECT_EQ(v.items.at(0).number, 0);
    EXPECT_EQ(v.items.at(1).number, -150);
    EXPECT_EQ(v.items.at(1).text, QStringLiteral("-1.5e2"));
    EXPECT_EQ(v.items.at(2).number, 0);
    EXPECT_EQ(v.items.at(3).text, QString::fromUtf8("a\"\\/\b\f\n\r\té😀"));
}

TEST(JsonReader, RepeatedAndNestedValuesReadTheSame) {
    // Short strings and numbers are shared between equal values, and each depth's lists are
    // reused for the next object or array at that depth: neither may mix values up.
    QByteArray text = "[";
    for (int i = 0; i < 5000; ++i)
        text += "{\"id\": \"c" + QByteArray::number(i % 700) + "\", \"n\": " + QByteArray::number(i % 300) +
                ", \"of\": [[" + QByteArray::number(i) + "], {\"x\": [\"a\\u00e9\", \"" + QByteArray(70, 'z') +
                "\"]}]},";
    text += "\"end\"]";
    const JsonValue v = parsed(text.constData());
    ASSERT_EQ(v.items.size(), 5001U);
    for (int i = 0; i < 5000; ++i) {
        const JsonValue& item = v.items.at(static_cast<std::size_t>(i));
        ASSERT_EQ(item.members.size(), 3U);
        EXPECT_EQ(item.find(u"id")->text, QStringLiteral("c") + QString::number(i % 700));
        EXPECT_EQ(item.find(u"n")->number, i % 300);
        EXPECT_EQ(item.find(u"n")->text, QString::number(i % 300));
        const JsonValue& of = *item.find(u"of");
        ASSERT_EQ(of.items.size(), 2U);
        ASSERT_EQ(of.items.at(0).items.size(), 1U);
        EXPECT_EQ(of.items.at(0).items.at(0).number, i);
        const JsonValue& x = *of.items.at(1).find(u"x");
        ASSERT_EQ(x.items.size(), 2U);
        EXPECT_EQ(x.items.at(0).text, QString::fromUtf8("a\u00e9"));
        EXPECT_EQ(x.items.at(1).text, QString(70, u'z'));
    }
    EXPECT_EQ(v.items.back().text, QStringLiteral("end"));
}

TEST(JsonReader, ColumnsAfterStringsWithAndWithoutEscapes) {
    const JsonValue v = parsed("[\"日本\", \"a\\n日\", \"\", 1]");
    EXPECT_EQ(v.items.at(1).column, 8);
    EXPECT_EQ(v.items.at(1).text, QString::fromUtf8("a\n日"));
    EXPECT_EQ(v.items.at(2).column, 16);
    EXPECT_TRUE(v.items.at(2).text.isEmpty());
    EXPECT_EQ(v.items.at(3).column, 20);
    // Bytes that are not UTF-8 are refused at the string's opening quote, with or without escapes.
    for (const QByteArray& text : {QByteArray("[1, \"ab\xFF\"]"), QByteArray("[1, \"a\\tb\xC3\"]")}) {
        const auto e = failure(text);
        EXPECT_EQ(e.column, 5) << text.toStdString();
        EXPECT_EQ(e.what.code, cairn::Message::Code::JsonStringNotUtf8) << text.toStdString();
    }
}

TEST(JsonReader, ByteOrderMarkIsIgnored) {
    const JsonValue v = parsed("\xEF\xBB\xBF{\"a\": 1}");
    EXPECT_EQ(v.column, 1);
    EXPECT_EQ(v.find(u"a")->number, 1);
}

TEST(JsonReader, SyntaxErrorsSayWhereAndWhat) {
    struct Case {
        QByteArray text;
        int line;
        int column;
        const char* message;
    };
    const Case cases[] = {
        {"", 1, 1, "the file is empty; expected a JSON document"},
        {"[1,]", 1, 3, "trailing comma: JSON does not allow a ',' after the last element of an array"},
        {"{\"a\": 1,\n}", 1, 8, "trailing comma: JSON does not allow a ',' after the last field of an object"},
        {"\"abc", 1, 1, "unterminated string: the closing '\"' is missing"},
        {"{\"a\": 1", 1, 1, "the object opened here is never closed with '}'"},
        {"[1, 2", 1, 1, "the array opened here is never closed with ']'"},
        {"[1 2]", 1, 4, "expected ',' or ']' after an array element but found '2'"},
        {"{\"a\" 1}", 1, 6, "expected ':' after the field name \"a\" but found '1'"},
        {"{a: 1}", 1, 2, "expected a field name in double quotes but found 'a'"},
        {"['x']", 1, 2, "strings must be in double quotes (\"), not single quotes"},
        {"/* c */ 1", 1, 1, "comments are not allowed in JSON"},
        {"[01]", 1, 3, "numbers cannot have leading zeros"},
        {"[1.]", 1, 4, "expected a digit after the decimal point but found ']'"},
        {"[1e]", 1, 4, "expected a digit in the exponent but found ']'"},
        {"[-]", 1, 3, "expected a digit after '-' but found ']'"},
        {"[+1]", 1, 2, "numbers cannot start with '+'"},
        {"[.5]", 1, 2, "numbers must start with a digit, as in 0.5"},
        {"[Infinity]", 1, 2, "Infinity is not a JSON number"},
        {"[1e999]", 1, 2, "the number 1e999 is too large"},
        {"[True]", 1, 2,
         "unexpected word 'True'; text values need double quotes, and the literals are true, false and null"},
        {"[nullx]", 1, 2,
         "unexpected word 'nullx'; text values need double quotes, and the literals are true, false and null"},
        {"[\"a\tb\"]", 1, 4,
         "the control character U+0009 must be written as an escape such as \\t or \\u0001 inside a string"},
        {"[\"a\\x\"]", 1, 4,
         "invalid escape '\\x' in a string; JSON has \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX"},
        {"[\"\\u12G4\"]", 1, 7, "expected 4 hexadecimal digits after '\\u' but found 'G'"},
        {"[\"\\ud83d\"]", 1, 3, "'\\u' escape of a lone surrogate: a high surrogate must be followed by a low one"},
        {"[\"\\ude00\"]", 1, 3, "'\\u' escape of a lone low surrogate"},
        {"[\"\xC3\x28\"]", 1, 2, "the string is not valid UTF-8 text; save the file in UTF-8"},
        {"{\"a\": 1, \"a\": 2}", 1, 10, "duplicate field 'a' (first written at line 1, column 2)"},
        {"{\"a\": 1 \"b\": 2}", 1, 9, "missing ',' between fields"},
        {"1 2", 1, 3, "unexpected '2' after the end of the JSON document"},
        {"\n\n  }", 3, 3, "expected a value but found '}'"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text.toStdString());
        const auto e = failure(c.text);
        EXPECT_EQ(e.line, c.line);
        EXPECT_EQ(e.column, c.column);
        EXPECT_EQ(cairn::text::MessageWords::english().sentence(e.what).toStdString(), c.message);
    }
}

TEST(JsonReader, DepthIsLimited) {
    EXPECT_TRUE(std::holds_alternative<JsonValue>(parseJson(QByteArray(64, '[') + QByteArray(64, ']'))));
    const auto e = failure(QByteArray(100000, '['));
    EXPECT_EQ(e.column, 65);
    EXPECT_EQ(cairn::text::MessageWords::english().sentence(e.what).toStdString(),
              "the document is nested more than 64 levels deep");
}

TEST(JsonWriter, PrettyPrintsWithinWidthAndEscapes) {
    JsonValue root = JsonValue::object();
    root.add(QStringLiteral("short"),
             JsonValue::array().append(JsonValue::fromNumber(1)).append(JsonValue::fromNumber(0.5)));
    root.add(QStringLiteral("text"), JsonValue::fromString(QString::fromUtf8("tab\there \"q\" \\ é\x01")));
    JsonValue long_ = JsonValue::array();
    for (int i = 0; i < 12; ++i)
        long_.append(JsonValue::fromString(QStringLiteral("element-%1").arg(i)));
    root.add(QStringLiteral("long"), long_);
    root.add(QStringLiteral("empty"), JsonValue::object());
    root.add(QStringLiteral("none"), JsonValue::null());
    const QByteArray expected = "{\n"
                                "  \"short\": [1, 0.5],\n"
                                "  \"text\": \"tab\\there \\\"q\\\" \\\\ \xC3\xA9\\u0001\",\n"
                                "  \"long\": [\n"
                                "    \"element-0\",\n"
                                "    \"element-1\",\n"
                                "    \"element-2\",\n"
                                "    \"element-3\",\n"
                                "    \"element-4\",\n"
                                "    \"element-5\",\n"
                                "    \"element-6\",\n"
                                "    \"element-7\",\n"
                                "    \"element-8\",\n"
                                "    \"element-9\",\n"
                                "    \"element-10\",\n"
                                "    \"element-11\"\n"
                                "  ],\n"
                                "  \"empty\": {},\n"
                                "  \"none\": null\n"
                                "}\n";
    EXPECT_EQ(cairn::io::writeJson(root).toStdString(), expected.toStdString());
    // What the writer writes, the reader reads back to the same values.
    const JsonValue back = std::get<JsonValue>(parseJson(cairn::io::writeJson(root)));
    EXPECT_EQ(back.find(u"text")->text, root.find(u"text")->text);
}

TEST(JsonWriter, NumbersAreShortestRoundTrip) {
    using cairn::io::formatJsonNumber;
    EXPECT_EQ(formatJsonNumber(294.0), "294");
    EXPECT_EQ(formatJsonNumber(0.1), "0.1");
    EXPECT_EQ(formatJsonNumber(-0.0), "0");
    EXPECT_EQ(formatJsonNumber(1e21), "1e+21");
    EXPECT_EQ(formatJsonNumber(1.0 / 3.0), "0.3333333333333333");
}

TEST(JsonWriter, EscapesWhatATerminalWouldActOn) {
    // Raw in a JSON string these are legal, but printed they move the cursor, start an escape
    // sequence (C1 CSI) or break lines; escaped they mean the same to every JSON reader.
    const QString text = QStringLiteral("a\x1b[2J\x7f\u009b\u2028\u2029é数");
    EXPECT_EQ(cairn::io::quoteJsonString(text).toStdString(),
              "\"a\\u001b[2J\\u007f\\u009b\\u2028\\u2029\xC3\xA9\xE6\x95\xB0\"");
    const JsonValue back = parsed(cairn::io::quoteJsonString(text).constData());
    EXPECT_EQ(back.text, text);
}
