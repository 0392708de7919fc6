#include "test_suites.h"

#include <QTemporaryDir>
#include <QTest>
#include <cairn/app/shell/app_settings.h>

namespace cairn::app::test {

class SettingsTest : public QObject {
    Q_OBJECT

private slots:
    void defaultsWhenEmpty() {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("cairn.ini")));
        QVERIFY(settings.windowGeometry().isEmpty());
        QVERIFY(settings.lastClient().isEmpty());
        QCOMPARE(settings.objective(QStringLiteral("42")), QStringLiteral("cost"));
        QCOMPARE(settings.replanDelayMs(), 300);
    }

    void valuesSurviveReopening() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cairn.ini"));
        {
            AppSettings settings(file);
            settings.setLastClient(QStringLiteral("42"));
            settings.setLastGoal(QStringLiteral("data-analyst"));
            settings.setObjective(QStringLiteral("42"), QStringLiteral("time"));
            settings.setWindowGeometry(QByteArray("geometry"));
            settings.sync();
        }
        AppSettings again(file);
        QCOMPARE(again.lastClient(), QStringLiteral("42"));
        QCOMPARE(again.lastGoal(), QStringLiteral("data-analyst"));
        QCOMPARE(again.objective(QStringLiteral("42")), QStringLiteral("time"));
        QCOMPARE(again.objective(QStringLiteral("43/x")), QStringLiteral("cost")); // each client its own
        QCOMPARE(again.windowGeometry(), QByteArray("geometry"));
    }
};

std::unique_ptr<QObject> makeSettingsTest() {
    return std::make_unique<SettingsTest>();
}

} // namespace cairn::app::test

#include "settings_test.moc"
