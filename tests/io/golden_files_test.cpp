// Data-driven tests over tests/io/data: every file in valid/ must read without errors and be
// written back byte for byte; every invalid/<case>.json must give exactly the error lines in
// invalid/<case>.expected. Files whose names start with "profile" are profiles, others catalogs.
#include <QFile>
#include <algorithm>
#include <cairn/io/catalog_json.h>
#include <cairn/io/profile_json.h>
#include <cairn/text/load_words.h>
#include <filesystem>
#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

std::vector<std::string> jsonFilesIn(const char* folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(fs::path(CAIRN_TEST_DATA) / folder))
        if (entry.path().extension() == ".json")
            names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

QByteArray contents(const fs::path& path) {
    QFile file(QString::fromStdString(path.string()));
    if (!file.open(QIODevice::ReadOnly))
        ADD_FAILURE() << "cannot read " << path;
    return file.readAll();
}

bool isProfile(const std::string& name) {
    return name.rfind("profile", 0) == 0;
}

std::string testName(const testing::TestParamInfo<std::string>& info) {
    std::string name = info.param.substr(0, info.param.size() - 5);
    std::replace_if(
        name.begin(), name.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
    return name;
}

class ValidFile : public testing::TestWithParam<std::string> {};

TEST_P(ValidFile, ReadsWithoutErrorsAndWritesBackByteForByte) {
    const fs::path path = fs::path(CAIRN_TEST_DATA) / "valid" / GetParam();
    const QByteArray original = contents(path);
    const QString name = QString::fromStdString(GetParam());
    QByteArray written;
    if (isProfile(GetParam())) {
        const auto result = cairn::io::readProfile(original, name);
        ASSERT_TRUE(result.ok())
            << cairn::text::LoadWords::english().lines(result.errors).join(QLatin1Char('\n')).toStdString();
        written = cairn::io::writeProfile(*result.value);
        const auto again = cairn::io::readProfile(written, name);
        ASSERT_TRUE(again.ok());
        EXPECT_EQ(*again.value, *result.value);
    } else {
        const auto result = cairn::io::readCatalog(original, name);
        ASSERT_TRUE(result.ok())
            << cairn::text::LoadWords::english().lines(result.errors).join(QLatin1Char('\n')).toStdString();
        written = cairn::io::writeCatalog(*result.value);
        const auto again = cairn::io::readCatalog(written, name);
        ASSERT_TRUE(again.ok());
        EXPECT_EQ(*again.value, *result.value);
    }
    EXPECT_EQ(written.toStdString(), original.toStdString());
}

INSTANTIATE_TEST_SUITE_P(Golden, ValidFile, testing::ValuesIn(jsonFilesIn("valid")), testName);

class InvalidFile : public testing::TestWithParam<std::string> {};

TEST_P(InvalidFile, GivesExactlyTheExpectedErrors) {
    const fs::path path = fs::path(CAIRN_TEST_DATA) / "invalid" / GetParam();
    fs::path expectedPath = path;
    expectedPath.replace_extension(".expected");
    const QByteArray json = contents(path);
    const QString expected = QString::fromUtf8(contents(expectedPath));
    const QString name = QString::fromStdString(GetParam());
    std::vector<cairn::io::LoadError> errors;
    bool hasValue = false;
    if (isProfile(GetParam())) {
        auto result = cairn::io::readProfile(json, name);
        errors = result.errors;
        hasValue = result.value.has_value();
    } else {
        auto result = cairn::io::readCatalog(json, name);
        errors = result.errors;
        hasValue = result.value.has_value();
    }
    EXPECT_FALSE(hasValue) << "an invalid file must give no value";
    const QString actual = cairn::text::LoadWords::english().lines(errors).join(QLatin1Char('\n')) + QLatin1Char('\n');
    EXPECT_EQ(actual.toStdString(), expected.toStdString());
}

INSTANTIATE_TEST_SUITE_P(Golden, InvalidFile, testing::ValuesIn(jsonFilesIn("invalid")), testName);

} // namespace
