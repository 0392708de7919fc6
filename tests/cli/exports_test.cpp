// Files the commands write and read: "-" is standard output, every export asked for is tried,
// devices are written and never replaced, reads are capped, and catalog text cannot drive the
// terminal.
#include "cli_run.h"
#include "special_files.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cairn/cli/cli.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

using testing::HasSubstr;
using testing::Not;

namespace {

using Outcome = cairn::test::CliRun;
using cairn::test::cli;
using cairn::test::data;
using cairn::test::read;

QString catalog() {
    return data("valid-catalog.json");
}

QString profile() {
    return data("profile.json");
}

void write(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

/// Runs in a folder of its own, so a file named "-" would show up there.
class InFolder : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        previous = QDir::currentPath();
        QDir::setCurrent(dir.path());
    }
    void TearDown() override { QDir::setCurrent(previous); }
    QString file(const char* name) const { return dir.filePath(QLatin1String(name)); }

    QTemporaryDir dir;
    QString previous;
};

using PlanExports = InFolder;

} // namespace

TEST_F(PlanExports, DashIsStandardOutputForEveryExport) {
    // `plan --json -` once wrote a file named "-".
    const Outcome json = cli({QStringLiteral("plan"), QStringLiteral("--catalog"), catalog(),
                              QStringLiteral("--profile"), profile(), QStringLiteral("--json"), QStringLiteral("-")});
    ASSERT_EQ(json.code, 0) << json.err.toStdString();
    const QJsonObject plan = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_EQ(plan.value(QStringLiteral("goal")).toString(), QStringLiteral("junior-analyst"));
    EXPECT_THAT(json.out.toStdString(), Not(HasSubstr("Plan: optimal"))); // the file and nothing else
    EXPECT_FALSE(QFile::exists(file("-")));

    const Outcome csv = cli({QStringLiteral("plan"), QStringLiteral("--catalog"), catalog(),
                             QStringLiteral("--profile"), profile(), QStringLiteral("--csv"), QStringLiteral("-")});
    ASSERT_EQ(csv.code, 0) << csv.err.toStdString();
    EXPECT_TRUE(csv.out.startsWith(QStringLiteral("step,id,title"))) << csv.out.toStdString();
    EXPECT_TRUE(csv.out.contains(QStringLiteral("\r\n"))); // the file as it is, CRLF and all

    const Outcome ics = cli({QStringLiteral("plan"), QStringLiteral("--catalog"), catalog(),
                             QStringLiteral("--profile"), profile(), QStringLiteral("--ics"), QStringLiteral("-")});
    ASSERT_EQ(ics.code, 0) << ics.err.toStdString();
    EXPECT_TRUE(ics.out.startsWith(QStringLiteral("BEGIN:VCALENDAR\r\n")));
    EXPECT_FALSE(QFile::exists(file("-")));
}

TEST_F(PlanExports, OnlyOneExportCanGoToStandardOutput) {
    const Outcome r =
        cli({QStringLiteral("plan"), QStringLiteral("--catalog"), catalog(), QStringLiteral("--profile"), profile(),
             QStringLiteral("--csv"), QStringLiteral("-"), QStringLiteral("--json"), QStringLiteral("-")});
    EXPECT_EQ(r.code, 2);
    EXPECT_THAT(r.err.toStdString(), HasSubstr("only one file can go to standard output, but --csv and --json say"));
}

TEST_F(PlanExports, AnInfeasiblePlanStillWritesEveryExportItCanHave) {
    // --ics on an infeasible plan once stopped with exit 2 and skipped the --csv and --json after it.
    const Outcome r =
        cli({QStringLiteral("plan"), QStringLiteral("--catalog"), catalog(), QStringLiteral("--profile"), profile(),
             QStringLiteral("--budget"), QStringLiteral("10"), QStringLiteral("--ics"), file("plan.ics"),
             QStringLiteral("--csv"), file("plan.csv"), QStringLiteral("--json"), file("plan.json")});
    EXPECT_EQ(r.code, 3) << r.err.toStdString();
    EXPECT_THAT(r.err.toStdString(), HasSubstr("There is no plan to put in a calendar"));
    EXPECT_FALSE(QFile::exists(file("plan.ics")));
    EXPECT_TRUE(read(file("plan.csv")).startsWith("step,id,title"));
    EXPECT_EQ(QJsonDocument::fromJson(read(file("plan.json"))).object().value(QStringLiteral("status")).toString(),
              QStringLiteral("infeasible"));
}

TEST_F(PlanExports, ADeviceIsWrittenAndNeverReplaced) {
    // `plan --csv /dev/null` as root once renamed a regular file over the device node.
    const QString null = cairn::special_files::nullDevice(QDir(dir.path()));
    const Outcome r = cli({QStringLiteral("plan"), QStringLiteral("--catalog"), catalog(), QStringLiteral("--profile"),
                           profile(), QStringLiteral("--csv"), null});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(cairn::special_files::isCharacterDevice(null));
}

TEST_F(PlanExports, AFullDiskIsSaidAndTheOtherExportsAreStillWritten) {
    const QString full = cairn::special_files::fullDevice(QDir(dir.path()));
    const Outcome r = cli({QStringLiteral("plan"), QStringLiteral("--catalog"), catalog(), QStringLiteral("--profile"),
                           profile(), QStringLiteral("--json"), full, QStringLiteral("--csv"), file("plan.csv")});
    EXPECT_EQ(r.code, 2);
    EXPECT_THAT(r.err.toStdString(), HasSubstr("Cannot write " + full.toStdString() + ": the disk is full."));
    EXPECT_TRUE(QFile::exists(file("plan.csv")));
    EXPECT_TRUE(cairn::special_files::isCharacterDevice(full));
}

TEST(FileReads, DevicesAreReadUpToTheCapAndNamed) {
    // Each of these once read /dev/zero until the process aborted at 4.2 GB.
    const Outcome validate = cli({QStringLiteral("validate"), QStringLiteral("/dev/zero")});
    EXPECT_EQ(validate.code, 2);
    EXPECT_THAT(validate.err.toStdString(), HasSubstr("/dev/zero: the file is larger than 256 MiB"));

    const Outcome plan = cli({QStringLiteral("plan"), QStringLiteral("--profile"), QStringLiteral("/dev/zero")});
    EXPECT_EQ(plan.code, 2);
    EXPECT_THAT(plan.err.toStdString(), HasSubstr("/dev/zero: the file is larger than 256 MiB"));

    QTemporaryDir dir;
    const Outcome import = cli({QStringLiteral("import"), QStringLiteral("/dev/zero"), QStringLiteral("--database"),
                                dir.filePath(QStringLiteral("ws.sqlite"))});
    EXPECT_EQ(import.code, 2);
    EXPECT_THAT(import.err.toStdString(), HasSubstr("Could not read /dev/zero: the file is larger than 256 MiB"));
}

TEST_F(PlanExports, CatalogTextCannotDriveTheTerminal) {
    // A title holding ESC [ 2 J cleared the screen of whoever planned with the catalog.
    QByteArray text = read(catalog());
    text.replace("\"SQL Foundations\"", "\"SQL\\u001b[2J Foundations\\u2028next\\u009b1m\"");
    text.replace("\"Junior Analyst\"", "\"Junior\\u0007 Analyst\\nPlan: forged\"");
    write(file("hostile.json"), text);
    const Outcome r = cli({QStringLiteral("plan"), QStringLiteral("--catalog"), file("hostile.json"),
                           QStringLiteral("--profile"), profile()});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    for (const QChar c : r.out)
        EXPECT_TRUE(
            c == u'\n' || c == u'\t' ||
            (c >= u' ' && c != QChar(0x7F) && (c < QChar(0x80) || c > QChar(0x9F)) && c != QChar::LineSeparator))
            << "U+" << QString::number(c.unicode(), 16).toStdString();
    EXPECT_THAT(r.out.toStdString(), HasSubstr("SQL\\x1B[2J Foundations\\u2028next\\x9B1m"));
    EXPECT_THAT(r.out.toStdString(), HasSubstr("Goal: Junior\\x07 Analyst\\x0APlan: forged\n")); // one line

    // Messages on standard error too: a goal id given on the command line.
    const Outcome goal =
        cli({QStringLiteral("plan"), QStringLiteral("--catalog"), file("hostile.json"), QStringLiteral("--profile"),
             profile(), QStringLiteral("--goal"), QStringLiteral("x\x1b]0;owned\x07")});
    EXPECT_EQ(goal.code, 2);
    EXPECT_FALSE(goal.err.contains(QChar(0x1b))) << goal.err.toStdString();
    EXPECT_THAT(goal.err.toStdString(), HasSubstr("x\\x1B]0;owned\\x07"));
}
