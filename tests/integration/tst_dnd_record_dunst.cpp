// Desktop DND with a real dunst (DunstFixture): the state to restore is written BEFORE dunst is
// paused (issue 9). Observable consequence through the real app: when focus-state.json cannot
// be written, dunst is never paused — a crash could not restore it — while the session itself
// runs. And with the record written, an app killed (SIGKILL) while dunst is paused leaves a
// record the next start acts on: dunst is un-paused.
#include "cliprocess.h"
#include "dunstfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fi::test;

namespace {
constexpr int kTimeoutMs = 30000;
}

class TestDndRecordDunst : public QObject {
    Q_OBJECT
private:
    DunstFixture m_desktop;
    QTemporaryDir m_dir;

    QString newDataDir(const QString &name)
    {
        const QString data = m_dir.filePath(name);
        QDir().mkpath(data);
        QFile config(data + QStringLiteral("/config.json"));
        if (config.open(QIODevice::WriteOnly))
            config.write(R"({"me": ["me@example.org"], "focus": {"controlDesktopDnd": true}})");
        config.close();
        // Create the database before the app starts: the status polls below open it too, and two
        // processes creating a fresh database at once is not what this test is about.
        runCli(data, {QStringLiteral("sources"), QStringLiteral("list")});
        return data;
    }
    QJsonObject status(const QString &data)
    {
        const QList<QJsonObject> lines =
            runCli(data, {QStringLiteral("focus"), QStringLiteral("status"), QStringLiteral("--json")}).jsonLines();
        return lines.isEmpty() ? QJsonObject() : lines.first();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_desktop.start(&error), qPrintable(error));
        QVERIFY(!m_desktop.isPaused());
    }

    void noRecordNoPause()
    {
        const QString data = newDataDir(QStringLiteral("unwritable"));
        // focus-state.json cannot be written: a directory stands where the file would go.
        QVERIFY(QDir(data).mkdir(QStringLiteral("focus-state.json")));
        auto app = m_desktop.launchApp(m_dir.path(), data);
        QVERIFY(app);
        QTRY_VERIFY_WITH_TIMEOUT(status(data).value(QStringLiteral("ready")).toBool(), kTimeoutMs);
        QCOMPARE(status(data).value(QStringLiteral("dndBackend")).toString(), QStringLiteral("dunst"));

        const CliResult started = runCli(data, {QStringLiteral("focus"), QStringLiteral("start"), QStringLiteral("--json")});
        QVERIFY2(started.exitCode == 0, started.err.constData());
        QVERIFY(status(data).value(QStringLiteral("focusing")).toBool());
        QTest::qWait(1500);
        QVERIFY(!m_desktop.isPaused());  // never paused without a way back
        QCOMPARE(status(data).value(QStringLiteral("dndEngaged")).toBool(), false);
        app->kill();
        app->waitForFinished(10000);
    }

    void recordIsThereWhenPaused()
    {
        const QString data = newDataDir(QStringLiteral("normal"));
        auto app = m_desktop.launchApp(m_dir.path(), data);
        QVERIFY(app);
        QTRY_VERIFY_WITH_TIMEOUT(status(data).value(QStringLiteral("ready")).toBool(), kTimeoutMs);
        QVERIFY(!m_desktop.isPaused());
        QCOMPARE(runCli(data, {QStringLiteral("focus"), QStringLiteral("start")}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_desktop.isPaused(), kTimeoutMs);
        app->kill();  // SIGKILL: nothing runs after this
        QVERIFY(app->waitForFinished(10000));
        QVERIFY(m_desktop.isPaused());  // the crash left dunst paused…

        QFile state(data + QStringLiteral("/focus-state.json"));
        QVERIFY(state.open(QIODevice::ReadOnly));
        const QJsonObject dnd = QJsonDocument::fromJson(state.readAll()).object().value(QStringLiteral("dnd")).toObject();
        QCOMPARE(dnd.value(QStringLiteral("engaged")).toBool(), true);
        QCOMPARE(dnd.value(QStringLiteral("backend")).toString(), QStringLiteral("dunst"));
        QCOMPARE(dnd.value(QStringLiteral("previous")).toBool(), false);

        // …and the next start, with the session stopped meanwhile, restores it.
        QCOMPARE(runCli(data, {QStringLiteral("focus"), QStringLiteral("stop")}).exitCode, 0);
        auto again = m_desktop.launchApp(m_dir.path(), data);
        QVERIFY(again);
        QTRY_VERIFY_WITH_TIMEOUT(!m_desktop.isPaused(), kTimeoutMs);
        again->kill();
        again->waitForFinished(10000);
    }
};

QTEST_GUILESS_MAIN(TestDndRecordDunst)
#include "tst_dnd_record_dunst.moc"
