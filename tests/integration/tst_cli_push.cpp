// `focusinbox push` and `sources add webhook` / `sources webhook-token` end to end with the real
// executable and a private keyring (KeyringSession): pushes straight to the store without an app,
// the checks of its options, choosing among webhook sources, token rotation, no token on disk,
// and a push racing a starting app (one item whichever process wins). Slots build on each other.
#include "cliprocess.h"
#include "imapkeyring.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace fi::test;

namespace {

QJsonObject firstLine(const CliResult &r)
{
    const QList<QJsonObject> lines = r.jsonLines();
    return lines.isEmpty() ? QJsonObject() : lines.first();
}

/// A port nothing listens on right now (the OS picks it; closed again at once).
quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

QStringList pushArgs(const QStringList &more) { return QStringList{QStringLiteral("push")} + more; }

} // namespace

class TestCliPush : public QObject {
    Q_OBJECT
private:
    KeyringSession m_keyring;  // DBUS_SESSION_BUS_ADDRESS for this process and the CLIs it runs
    QTemporaryDir m_runtime;   // XDG_RUNTIME_DIR of the CLIs and the app they race with
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_data;
    quint16 m_hooksPort = 0;
    QByteArray m_hooksToken;
    QList<QByteArray> m_tokens;  ///< Every token handed out (none may be on disk).

    CliResult cli(const QStringList &args) { return runCli(m_data, args); }
    QList<QJsonObject> items() { return cli({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--state"), QStringLiteral("all")}).jsonLines(); }
    QList<QJsonObject> itemsWith(const QString &remoteId)
    {
        QList<QJsonObject> found;
        for (const QJsonObject &o : items())
            if (o.value(QStringLiteral("remote_id")).toString() == remoteId)
                found << o;
        return found;
    }
    CliResult addWebhook(const QString &name, quint16 port)
    {
        return cli({QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("webhook"), QStringLiteral("--port"),
                    QString::number(port), QStringLiteral("--name"), name, QStringLiteral("--json")});
    }
    CliResult webhookToken(const QString &name, bool rotate)
    {
        QStringList args{QStringLiteral("sources"), QStringLiteral("webhook-token"), name, QStringLiteral("--json")};
        if (rotate)
            args << QStringLiteral("--rotate");
        return cli(args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_runtime.isValid() && m_home.isValid() && m_dir.isValid());
        QVERIFY2(m_keyring.start(), qPrintable(m_keyring.error()));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
        m_data = m_dir.filePath(QStringLiteral("data"));
    }

    void noWebhookSourceSaysHowToAddOne()
    {
        const CliResult r = cli(pushArgs({QStringLiteral("--title"), QStringLiteral("Deploy finished")}));
        QVERIFY2(r.exitCode == 2, failure(r));
        QVERIFY2(r.err.contains("sources add webhook"), failure(r));
        QVERIFY(r.out.isEmpty());
    }

    void addPrintsTokenAndEndpoint()
    {
        m_hooksPort = freePort();
        const CliResult r = addWebhook(QStringLiteral("Hooks"), m_hooksPort);
        QVERIFY2(r.exitCode == 0, failure(r));
        const QJsonObject o = firstLine(r);
        QVERIFY(o.value(QStringLiteral("id")).toInteger() > 0);
        QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Hooks"));
        QCOMPARE(o.value(QStringLiteral("url")).toString(), QStringLiteral("http://127.0.0.1:%1/items").arg(m_hooksPort));
        m_hooksToken = o.value(QStringLiteral("token")).toString().toLatin1();
        QCOMPARE(m_hooksToken.size(), 43);  // 32 random bytes, base64url without padding
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$")).match(QString::fromLatin1(m_hooksToken)).hasMatch());
        m_tokens << m_hooksToken;
        // The same port twice is refused.
        const CliResult again = addWebhook(QStringLiteral("Other"), m_hooksPort);
        QVERIFY2(again.exitCode == 2, failure(again));
        QVERIFY2(again.err.contains("--port"), failure(again));
        // So is a name another webhook has (push --source and webhook-token go by name).
        const CliResult sameName = addWebhook(QStringLiteral("hooks"), freePort());
        QVERIFY2(sameName.exitCode == 2, failure(sameName));
        QVERIFY2(sameName.err.contains("--name"), failure(sameName));
    }

    void pushWithoutAppStoresTheItem()
    {
        const CliResult r = cli(pushArgs({QStringLiteral("--title"), QStringLiteral("Disk 95% full on db-1"), QStringLiteral("--body"),
                                          QStringLiteral("/var is at 95%"), QStringLiteral("--url"),
                                          QStringLiteral("https://grafana.example.org/d/1"), QStringLiteral("--sender"),
                                          QStringLiteral("Alertmanager"), QStringLiteral("--tier"), QStringLiteral("3"),
                                          QStringLiteral("--remote-id"), QStringLiteral("alert-42"), QStringLiteral("--json")}));
        QVERIFY2(r.exitCode == 0, failure(r));
        const QJsonObject outcome = firstLine(r);
        QVERIFY(outcome.value(QStringLiteral("created")).toBool());
        QCOMPARE(outcome.value(QStringLiteral("source")).toString(), QStringLiteral("Hooks"));
        const QList<QJsonObject> stored = itemsWith(QStringLiteral("alert-42"));
        QCOMPARE(stored.size(), 1);
        const QJsonObject &item = stored.first();
        QCOMPARE(item.value(QStringLiteral("id")).toInteger(), outcome.value(QStringLiteral("id")).toInteger());
        QCOMPARE(item.value(QStringLiteral("kind")).toString(), QStringLiteral("webhook"));
        QCOMPARE(item.value(QStringLiteral("source")).toString(), QStringLiteral("Hooks"));
        QCOMPARE(item.value(QStringLiteral("tier")).toInt(), 3);
        QCOMPARE(item.value(QStringLiteral("subject")).toString(), QStringLiteral("Disk 95% full on db-1"));
        QCOMPARE(item.value(QStringLiteral("url")).toString(), QStringLiteral("https://grafana.example.org/d/1"));
        QCOMPARE(item.value(QStringLiteral("snippet")).toString(), QStringLiteral("/var is at 95%"));
        QCOMPARE(item.value(QStringLiteral("from_name")).toString(), QStringLiteral("Alertmanager"));
        // Without --json: one line saying what happened.
        const CliResult plain = cli(pushArgs({QStringLiteral("--title"), QStringLiteral("Deploy finished")}));
        QVERIFY2(plain.exitCode == 0, failure(plain));
        QVERIFY2(plain.out.startsWith("Pushed item ") && plain.out.trimmed().endsWith(" to Hooks"), failure(plain));
        QCOMPARE(items().size(), 2);
    }

    void sameRemoteIdUpdatesTheItem()
    {
        const qint64 id = itemsWith(QStringLiteral("alert-42")).value(0).value(QStringLiteral("id")).toInteger();
        const CliResult r = cli(pushArgs({QStringLiteral("--title"), QStringLiteral("Disk 97% full on db-1"), QStringLiteral("--tier"),
                                          QStringLiteral("3"), QStringLiteral("--remote-id"), QStringLiteral("alert-42"),
                                          QStringLiteral("--json")}));
        QVERIFY2(r.exitCode == 0, failure(r));
        QCOMPARE(firstLine(r).value(QStringLiteral("created")), QJsonValue(false));
        QCOMPARE(firstLine(r).value(QStringLiteral("id")).toInteger(), id);
        const QList<QJsonObject> stored = itemsWith(QStringLiteral("alert-42"));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().value(QStringLiteral("subject")).toString(), QStringLiteral("Disk 97% full on db-1"));
        QCOMPARE(items().size(), 2);
    }

    void dueIsStored()
    {
        const CliResult r = cli(pushArgs({QStringLiteral("--title"), QStringLiteral("Renew the certificate"), QStringLiteral("--due"),
                                          QStringLiteral("2030-06-01T12:00:00+02:00"), QStringLiteral("--remote-id"), QStringLiteral("cert")}));
        QVERIFY2(r.exitCode == 0, failure(r));
        const QJsonObject item = itemsWith(QStringLiteral("cert")).value(0);
        QCOMPARE(item.value(QStringLiteral("due")).toString(), QStringLiteral("2030-06-01T10:00:00Z"));
        QCOMPARE(item.value(QStringLiteral("tier")).toInt(), 2);  // no --tier: Async
    }

    void badInputIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("reason");
        QTest::newRow("no title") << QStringList{QStringLiteral("--tier"), QStringLiteral("2")} << QByteArray("--title");
        QTest::newRow("empty title") << QStringList{QStringLiteral("--title"), QString()} << QByteArray("title");
        QTest::newRow("tier 7") << QStringList{QStringLiteral("--title"), QStringLiteral("T"), QStringLiteral("--tier"), QStringLiteral("7")}
                                << QByteArray("--tier must be 1");
        QTest::newRow("due garbage") << QStringList{QStringLiteral("--title"), QStringLiteral("T"), QStringLiteral("--due"), QStringLiteral("garbage")}
                                     << QByteArray("--due must be an ISO 8601");
        QTest::newRow("ftp url") << QStringList{QStringLiteral("--title"), QStringLiteral("T"), QStringLiteral("--url"), QStringLiteral("ftp://x")}
                                 << QByteArray("\"url\"");
        QTest::newRow("unknown source") << QStringList{QStringLiteral("--title"), QStringLiteral("T"), QStringLiteral("--source"), QStringLiteral("Nope")}
                                        << QByteArray("Nope");
        QTest::newRow("positional") << QStringList{QStringLiteral("T")} << QByteArray("--title");
    }

    void badInputIsAUsageError()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, reason);
        const int before = items().size();
        const CliResult r = cli(pushArgs(args));
        QVERIFY2(r.exitCode == 2, failure(r));
        QVERIFY2(r.err.contains(reason), failure(r));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(items().size(), before);
    }

    void twoSourcesNeedSource()
    {
        const CliResult added = addWebhook(QStringLiteral("Scripts"), freePort());
        QVERIFY2(added.exitCode == 0, failure(added));
        m_tokens << firstLine(added).value(QStringLiteral("token")).toString().toLatin1();
        const int before = items().size();
        const CliResult ambiguous = cli(pushArgs({QStringLiteral("--title"), QStringLiteral("Which one?")}));
        QVERIFY2(ambiguous.exitCode == 2, failure(ambiguous));
        QVERIFY2(ambiguous.err.contains("--source"), failure(ambiguous));
        QCOMPARE(items().size(), before);
        const CliResult named = cli(pushArgs({QStringLiteral("--title"), QStringLiteral("Cron job failed"), QStringLiteral("--source"),
                                              QStringLiteral("scripts"), QStringLiteral("--remote-id"), QStringLiteral("cron-1"),
                                              QStringLiteral("--json")}));
        QVERIFY2(named.exitCode == 0, failure(named));
        QCOMPARE(firstLine(named).value(QStringLiteral("source")).toString(), QStringLiteral("Scripts"));
        QCOMPARE(itemsWith(QStringLiteral("cron-1")).value(0).value(QStringLiteral("source")).toString(), QStringLiteral("Scripts"));
    }

    void rotatedTokenReplacesTheOld()
    {
        const CliResult shown = webhookToken(QStringLiteral("Hooks"), false);
        QVERIFY2(shown.exitCode == 0, failure(shown));
        QCOMPARE(firstLine(shown).value(QStringLiteral("token")).toString().toLatin1(), m_hooksToken);
        const CliResult rotated = webhookToken(QStringLiteral("hooks"), true);
        QVERIFY2(rotated.exitCode == 0, failure(rotated));
        const QByteArray fresh = firstLine(rotated).value(QStringLiteral("token")).toString().toLatin1();
        QCOMPARE(fresh.size(), 43);
        QVERIFY(fresh != m_hooksToken);
        QCOMPARE(firstLine(rotated).value(QStringLiteral("url")).toString(), QStringLiteral("http://127.0.0.1:%1/items").arg(m_hooksPort));
        m_tokens << fresh;
        const CliResult again = webhookToken(QStringLiteral("Hooks"), false);
        QVERIFY2(again.exitCode == 0, failure(again));
        QCOMPARE(firstLine(again).value(QStringLiteral("token")).toString().toLatin1(), fresh);
        m_hooksToken = fresh;
        const CliResult unknown = webhookToken(QStringLiteral("Nope"), false);
        QVERIFY2(unknown.exitCode == 4, failure(unknown));
    }

    void pushRacingAnAppStartIsStoredOnce_data()
    {
        // Who holds the instance lock first varies: the push (it stores the item itself; the app
        // waits for the lock) or the starting app (it answers the push over the instance channel).
        QTest::addColumn<bool>("pushFirst");
        QTest::addColumn<int>("delayMs");
        QTest::newRow("push, app at once") << true << 0;
        QTest::newRow("push, app after 100 ms") << true << 100;
        QTest::newRow("app, push at once") << false << 0;
        QTest::newRow("app, push after 300 ms") << false << 300;
    }

    void pushRacingAnAppStartIsStoredOnce()
    {
        QFETCH(bool, pushFirst);
        QFETCH(int, delayMs);
        const QString remoteId = QStringLiteral("race-%1-%2").arg(int(pushFirst)).arg(delayMs);
        const QStringList push{QStringLiteral("--data-dir"), m_data, QStringLiteral("push"), QStringLiteral("--title"),
                               QStringLiteral("Raced the start"), QStringLiteral("--source"), QStringLiteral("Hooks"),
                               QStringLiteral("--remote-id"), remoteId, QStringLiteral("--json")};
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();  // keyring bus, runtime dir
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        QProcess pusher;
        pusher.setProcessEnvironment(env);
        QProcess app;
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QProcess &first = pushFirst ? pusher : app;
        QProcess &second = pushFirst ? app : pusher;
        first.start(QStringLiteral(FOCUSINBOX_CLI), pushFirst ? push : QStringList{QStringLiteral("--data-dir"), m_data});
        QVERIFY(first.waitForStarted(10000));
        if (delayMs > 0)
            QThread::msleep(ulong(delayMs));
        second.start(QStringLiteral(FOCUSINBOX_CLI), pushFirst ? QStringList{QStringLiteral("--data-dir"), m_data} : push);
        QVERIFY(second.waitForStarted(10000));
        QVERIFY(pusher.waitForFinished(60000));
        CliResult r;
        r.exitCode = pusher.exitStatus() == QProcess::NormalExit ? pusher.exitCode() : -1;
        r.out = pusher.readAllStandardOutput();
        r.err = pusher.readAllStandardError();
        QVERIFY2(r.exitCode == 0, failure(r));
        QVERIFY(firstLine(r).value(QStringLiteral("created")).toBool());
        // The app came up anyway (it waited for the push's lock, or answered the push itself)…
        QTRY_VERIFY_WITH_TIMEOUT(firstLine(cli({QStringLiteral("focus"), QStringLiteral("status"), QStringLiteral("--json")}))
                                     .value(QStringLiteral("instance")).toBool(), 60000);
        QCOMPARE(app.state(), QProcess::Running);
        QCOMPARE(itemsWith(remoteId).size(), 1);
        // …and the same push again, now surely through it, updates that one item.
        const CliResult again = cli(pushArgs({QStringLiteral("--title"), QStringLiteral("Raced the start"), QStringLiteral("--source"),
                                              QStringLiteral("Hooks"), QStringLiteral("--remote-id"), remoteId, QStringLiteral("--json")}));
        QVERIFY2(again.exitCode == 0, failure(again));
        QCOMPARE(firstLine(again).value(QStringLiteral("created")), QJsonValue(false));
        QCOMPARE(firstLine(again).value(QStringLiteral("id")), firstLine(r).value(QStringLiteral("id")));
        app.terminate();
        if (!app.waitForFinished(10000)) {
            app.kill();
            app.waitForFinished(5000);
        }
        QCOMPARE(itemsWith(remoteId).size(), 1);
    }

    void noTokenOnDisk()
    {
        QVERIFY(QFile::exists(m_data + QStringLiteral("/focusinbox.sqlite")));
        QVERIFY(QFile::exists(m_data + QStringLiteral("/config.json")));
        QCOMPARE(m_tokens.size(), 3);
        int files = 0;
        QDirIterator it(m_data, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            const QByteArray bytes = file.readAll();
            ++files;
            for (const QByteArray &token : std::as_const(m_tokens))
                QVERIFY2(!bytes.contains(token), qPrintable(file.fileName()));
        }
        QVERIFY(files >= 2);
    }
};

QTEST_GUILESS_MAIN(TestCliPush)
#include "tst_cli_push.moc"
