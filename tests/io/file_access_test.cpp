// Reading and writing files: the size cap holds for devices and pipes, and a device or pipe is
// written in place, never replaced by a file.
#include "special_files.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cairn/io/catalog_json.h>
#include <cairn/io/file_access.h>
#include <cairn/io/profile_json.h>
#include <cairn/text/load_words.h>
#include <csignal>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <thread>

using cairn::io::readFile;
using testing::HasSubstr;

namespace {

/// Writes with io::writeFile and says why not in cairn-cli's English; empty when written.
QString written(const QByteArray& bytes, const QString& path) {
    return cairn::text::MessageWords::english().sentenceIfAny(cairn::io::writeFile(bytes, path));
}

constexpr qint64 kMiB = 1024 * 1024;

QByteArray contentOf(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(ReadFile, ReadsAFileUpToTheCapWhole) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exact.json"));
    const QByteArray bytes(static_cast<qsizetype>(3 * kMiB / 2), 'x'); // more than one chunk
    ASSERT_TRUE(written(bytes, path).isEmpty());
    const auto read = readFile(path, bytes.size());
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read.bytes, bytes);
    const auto tooBig = readFile(path, bytes.size() - 1);
    EXPECT_FALSE(tooBig.ok());
    EXPECT_TRUE(tooBig.bytes.isEmpty());
}

TEST(ReadFile, ADeviceWithoutEndStopsAtTheCap) {
    // /dev/zero says its size is 0; reading it once grew until the process aborted at 4 GB.
    const auto read = readFile(QStringLiteral("/dev/zero"), 2 * kMiB);
    EXPECT_FALSE(read.ok());
    ASSERT_TRUE(read.error);
    EXPECT_EQ(read.error->code, cairn::Message::Code::FileTooLarge);
    EXPECT_EQ(cairn::text::MessageWords::english().sentence(*read.error).toStdString(),
              "the file is larger than 2 MiB, too large to be a Cairn file");
}

TEST(ReadFile, APipeIsCappedToo) {
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QByteArray sent(static_cast<qsizetype>(kMiB / 2), 'p');
    std::thread writer([&] { EXPECT_TRUE(written(sent, fifo).isEmpty()); });
    const auto read = readFile(fifo, kMiB);
    writer.join();
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read.bytes, sent);
    EXPECT_TRUE(cairn::special_files::isFifo(fifo)); // written in place, not replaced
}

TEST(ReadFile, CatalogsAndProfilesFromADeviceAreRefusedWithTheFileNamed) {
    const auto catalog = cairn::io::readCatalogFile(QStringLiteral("/dev/zero"));
    ASSERT_FALSE(catalog.ok());
    ASSERT_EQ(catalog.errors.size(), 1u);
    EXPECT_EQ(cairn::text::LoadWords::english().line(catalog.errors[0]).toStdString(),
              "/dev/zero: the file is larger than 256 MiB, too large to be a Cairn file");
    const auto profile = cairn::io::readProfileFile(QStringLiteral("/dev/zero"));
    ASSERT_FALSE(profile.ok());
    EXPECT_THAT(cairn::text::LoadWords::english().line(profile.errors[0]).toStdString(),
                HasSubstr("larger than 256 MiB"));
}

TEST(ReadFile, AMissingFileOrAFolderSaysSo) {
    QTemporaryDir dir;
    const auto missing = readFile(dir.filePath(QStringLiteral("none.json")));
    ASSERT_TRUE(missing.error);
    EXPECT_THAT(cairn::text::MessageWords::english().sentence(*missing.error).toStdString(),
                HasSubstr("cannot open the file"));
    EXPECT_FALSE(readFile(dir.path()).ok());
}

TEST(WriteFile, ReplacesARegularFileWholeAndLeavesNothingBehind) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    ASSERT_TRUE(written("old", path).isEmpty());
    ASSERT_TRUE(written("new content", path).isEmpty());
    EXPECT_EQ(contentOf(path), QByteArray("new content"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("plan.json")});
}

TEST(WriteFile, AFileThatCannotBeFinishedKeepsItsOldContent) {
    // When the disk filled up, a small export was written to a buffer, the buffer's final flush
    // failed inside QSaveFile::commit(), and the empty file replaced the old one with no error.
    // A file size limit makes the same failure without a full disk.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    ASSERT_TRUE(written("old content", path).isEmpty());
    struct rlimit previous {};
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &previous), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit limited = previous;
    limited.rlim_cur = 1000;
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &limited), 0);
    const QString error = written(QByteArray(5000, 'x'), path);
    ::setrlimit(RLIMIT_FSIZE, &previous);
    std::signal(SIGXFSZ, previousHandler);
    EXPECT_THAT(error.toStdString(), HasSubstr("Cannot write " + path.toStdString()));
    EXPECT_EQ(contentOf(path), QByteArray("old content"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("plan.json")});
}

TEST(WriteFile, ACharacterDeviceIsWrittenNotReplaced) {
    // `plan --csv /dev/null` as root once renamed a regular file over the device node.
    QTemporaryDir dir;
    const QString null = cairn::special_files::nullDevice(QDir(dir.path()));
    EXPECT_EQ(written("step,id\r\n", null).toStdString(), "");
    EXPECT_TRUE(cairn::special_files::isCharacterDevice(null));
}

TEST(WriteFile, AFullDiskSaysSo) {
    QTemporaryDir dir;
    const QString full = cairn::special_files::fullDevice(QDir(dir.path()));
    EXPECT_EQ(written("%PDF-1.4", full).toStdString(), "Cannot write " + full.toStdString() + ": the disk is full.");
    EXPECT_TRUE(cairn::special_files::isCharacterDevice(full));
}

TEST(WriteFile, FoldersAndMissingFoldersAreNamed) {
    QTemporaryDir dir;
    EXPECT_EQ(written("x", dir.path()).toStdString(), "Cannot write " + dir.path().toStdString() + ": it is a folder.");
    const QString missing = dir.filePath(QStringLiteral("no/such/plan.ics"));
    EXPECT_THAT(written("x", missing).toStdString(), HasSubstr("does not exist"));
    EXPECT_EQ(written("x", {}).toStdString(), "No file name was given for the export.");
}
