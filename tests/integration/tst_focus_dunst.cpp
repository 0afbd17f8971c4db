// End to end with a real notification daemon: the focusinbox GUI binary on a private Xvfb +
// session bus + dunst (DunstFixture), a watched Maildir source, and the focus CLI talking to the
// running instance. Slots run in order and build on each other (one app, one dunst).
#include "cliprocess.h"
#include "dunstfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fi::test;

namespace {

constexpr int kTimeoutMs = 30000;

QJsonObject parseStatus(const CliResult &r)
{
    const QList<QJsonObject> lines = r.jsonLines();
    return lines.isEmpty() ? QJsonObject() : lines.first();
}

} // namespace

class TestFocusDunst : public QObject {
    Q_OBJECT
private:
    DunstFixture m_desktop;
    QTemporaryDir m_dir;
    QString m_data;
    QString m_maildir;
    std::unique_ptr<QProcess> m_app;
    int m_messages = 0;
    DunstCounts m_baseline;

    QJsonObject status() { return parseStatus(runCli(m_data, {QStringLiteral("focus"), QStringLiteral("status"), QStringLiteral("--json")})); }

    void deliver(const QByteArray &subject, const QByteArray &to, const QByteArray &extraHeaders = {})
    {
        const QString name = QStringLiteral("%1.focus%2.test").arg(QDateTime::currentMSecsSinceEpoch()).arg(++m_messages);
        const QByteArray text = "From: Ana Ops <ana@example.org>\r\nTo: " + to + "\r\nSubject: " + subject +
                                "\r\nDate: " + QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toLatin1() +
                                "\r\nMessage-ID: <" + name.toLatin1() + "@example.org>\r\n" + extraHeaders +
                                "Content-Type: text/plain\r\n\r\nBody of " + subject + "\r\n";
        QFile tmp(m_maildir + QStringLiteral("/tmp/") + name);
        QVERIFY(tmp.open(QIODevice::WriteOnly));
        tmp.write(text);
        tmp.close();
        QVERIFY(QFile::rename(tmp.fileName(), m_maildir + QStringLiteral("/new/") + name));
    }

    void launchApp()
    {
        m_app = m_desktop.launchApp(m_dir.path(), m_data);
        QVERIFY(m_app);
        QTRY_VERIFY_WITH_TIMEOUT(status().value(QStringLiteral("ready")).toBool(), kTimeoutMs);
    }

    void killApp()
    {
        m_app->kill();
        QVERIFY(m_app->waitForFinished(10000));
        m_app.reset();
    }

    int appPosted() { return status().value(QStringLiteral("notificationsPosted")).toInt(); }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_desktop.start(&error), qPrintable(error));
        m_data = m_dir.filePath(QStringLiteral("data"));
        m_maildir = m_dir.filePath(QStringLiteral("Maildir"));
        for (const char *sub : {"cur", "new", "tmp"})
            QVERIFY(QDir().mkpath(m_maildir + QLatin1Char('/') + QLatin1String(sub)));
        QVERIFY(QDir().mkpath(m_data));
        QFile config(m_data + QStringLiteral("/config.json"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(R"({"me": ["me@example.org"], "focus": {"controlDesktopDnd": true}})");
        config.close();
        const CliResult added = runCli(m_data, {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("maildir"),
                                                m_maildir, QStringLiteral("--name"), QStringLiteral("Work")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QVERIFY(!m_desktop.isPaused());
        launchApp();
        QCOMPARE(status().value(QStringLiteral("dndBackend")).toString(), QStringLiteral("dunst"));
        m_baseline = m_desktop.counts();
        QCOMPARE(m_baseline.total(), 0);
    }

    void secondLaunchHandsOverToTheRunningInstance()
    {
        QProcess second;
        QProcessEnvironment env = m_desktop.environment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        second.setProcessEnvironment(env);
        second.start(QStringLiteral(FOCUSINBOX_CLI), {QStringLiteral("--data-dir"), m_data});
        QVERIFY(second.waitForFinished(kTimeoutMs));
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(m_app->state(), QProcess::Running);
    }

    void outsideSessionTier2ToMeNotifiesOnce()
    {
        deliver("Question about the quarterly plan", "Me <me@example.org>");
        QTRY_COMPARE_WITH_TIMEOUT(m_desktop.counts().total(), 1, kTimeoutMs);
        QCOMPARE(appPosted(), 1);
        // An item not addressed to me (Tier 1 fallback) posts nothing; once it is in the store the count is still 1.
        deliver("FYI: minutes", "others@example.org");
        QTRY_COMPARE_WITH_TIMEOUT(runCli(m_data, {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--state"),
                                                  QStringLiteral("all")}).jsonLines().size(), 2, kTimeoutMs);
        QCOMPARE(m_desktop.counts().total(), 1);
        QCOMPARE(appPosted(), 1);
        // A second one from the same source within 30 s updates that notification (replaces_id) with a count.
        deliver("Second question", "me@example.org");
        QTRY_COMPARE_WITH_TIMEOUT(appPosted(), 2, kTimeoutMs);
        QCOMPARE(m_desktop.counts().total(), 1);
        const QJsonArray shown = m_desktop.closeAllAndHistory();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().toObject().value(QStringLiteral("summary")).toString(), QStringLiteral("2 new in Work"));
    }

    void sessionPausesDunstAndHoldsTier2()
    {
        const CliResult started = runCli(m_data, {QStringLiteral("focus"), QStringLiteral("start"), QStringLiteral("--minutes"),
                                                  QStringLiteral("30"), QStringLiteral("--json")});
        QCOMPARE(started.exitCode, 0);
        const QJsonObject s = parseStatus(started);
        QVERIFY(s.value(QStringLiteral("instance")).toBool());
        QVERIFY(s.value(QStringLiteral("focusing")).toBool());
        QCOMPARE(s.value(QStringLiteral("remainingMinutes")).toInt(), 30);
        QTRY_VERIFY_WITH_TIMEOUT(m_desktop.isPaused(), kTimeoutMs);
        const int before = m_desktop.counts().total();
        deliver("Re: plan, one more thing", "me@example.org");
        QTRY_COMPARE_WITH_TIMEOUT(status().value(QStringLiteral("held")).toInt(), 1, kTimeoutMs);
        QCOMPARE(m_desktop.counts().total(), before);  // not even queued in dunst's waiting list
        QCOMPARE(appPosted(), 2);  // the two notifications of the previous step
    }

    void tier3BreaksThroughWithOwnAlert()
    {
        deliver("Production down: checkout API outage", "oncall@example.org", "X-Priority: 1\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(status().value(QStringLiteral("alertVisible")).toBool(), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_desktop.findWindows(QStringLiteral("Breakthrough")).isEmpty(), kTimeoutMs);
        const QJsonObject s = status();
        QCOMPARE(s.value(QStringLiteral("breakthroughs")).toInt(), 1);
        QCOMPARE(s.value(QStringLiteral("held")).toInt(), 1);
        QVERIFY(m_desktop.isPaused());
        // Sent as critical too (dunst keeps it waiting while paused).
        QCOMPARE(m_desktop.counts().waiting, 1);
    }

    void sessionEndUnpausesAndPostsOneDigest()
    {
        const CliResult stopped = runCli(m_data, {QStringLiteral("focus"), QStringLiteral("stop")});
        QCOMPARE(stopped.exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!m_desktop.isPaused(), kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_desktop.counts().waiting, 0, kTimeoutMs);
        const QJsonArray all = m_desktop.closeAllAndHistory();
        QList<QJsonObject> digests;
        bool sawCriticalBreakthrough = false;
        for (const QJsonValue &v : all) {
            const QJsonObject n = v.toObject();
            if (n.value(QStringLiteral("summary")).toString().startsWith(QLatin1String("While you focused")))
                digests << n;
            if (n.value(QStringLiteral("summary")).toString().startsWith(QLatin1String("Breakthrough")))
                sawCriticalBreakthrough = n.value(QStringLiteral("urgency")).toString() == QLatin1String("critical");
        }
        QCOMPARE(digests.size(), 1);
        QCOMPARE(digests.first().value(QStringLiteral("urgency")).toString(), QStringLiteral("normal"));
        QCOMPARE(digests.first().value(QStringLiteral("body")).toString(),
                 QStringLiteral("1 new — 0 Now, 1 Async, 0 Reference"));
        QVERIFY(sawCriticalBreakthrough);
        QCOMPARE(status().value(QStringLiteral("digests")).toInt(), 1);

        // The stats hook: one focus_sessions row with the counts.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(m_data + QStringLiteral("/focusinbox.sqlite"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(db.open());
        {
            QSqlQuery q(QStringLiteral("SELECT held_back, breakthroughs, origin FROM focus_sessions"), db);
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QCOMPARE(q.value(1).toInt(), 1);
            QCOMPARE(q.value(2).toString(), QStringLiteral("manual"));
            QVERIFY(!q.next());
        }
        db.close();
    }

    void killedMidSessionResumesAndRestoresDnd()
    {
        QCOMPARE(runCli(m_data, {QStringLiteral("focus"), QStringLiteral("start"), QStringLiteral("--minutes"),
                                 QStringLiteral("50")}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_desktop.isPaused(), kTimeoutMs);
        killApp();
        QVERIFY(m_desktop.isPaused());  // the crash left the desktop in DND
        // Restart mid-session: the session resumes and DND stays on.
        launchApp();
        QVERIFY(status().value(QStringLiteral("focusing")).toBool());
        QVERIFY(status().value(QStringLiteral("dndEngaged")).toBool());
        QVERIFY(m_desktop.isPaused());
        killApp();
        // Ended from the command line while the app is down; at the next start the app restores
        // dunst's previous (unpaused) state and delivers the digest.
        const CliResult stopped = runCli(m_data, {QStringLiteral("focus"), QStringLiteral("stop"), QStringLiteral("--json")});
        QCOMPARE(stopped.exitCode, 0);
        QVERIFY(!parseStatus(stopped).value(QStringLiteral("instance")).toBool());
        QVERIFY(m_desktop.isPaused());
        launchApp();
        QTRY_VERIFY_WITH_TIMEOUT(!m_desktop.isPaused(), kTimeoutMs);
        QVERIFY(!status().value(QStringLiteral("focusing")).toBool());
        QCOMPARE(status().value(QStringLiteral("digests")).toInt(), 1);
    }

    void cleanupTestCase()
    {
        if (m_app)
            killApp();
    }
};

QTEST_GUILESS_MAIN(TestFocusDunst)
#include "tst_focus_dunst.moc"
