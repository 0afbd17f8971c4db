// End to end for the webhook kind with a real notification daemon: the focusinbox GUI binary on a
// private Xvfb + session bus + dunst + gnome-keyring (DunstFixture), webhook sources added with
// the CLI (one before the app starts, one while it runs), items POSTed over real HTTP and pushed
// with `focusinbox push` during a focus session. Slots run in order and build on each other.
#include "cliprocess.h"
#include "dunstfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace fi::test;

namespace {

constexpr int kTimeoutMs = 30000;

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

struct HttpAnswer {
    int status = 0;  ///< 0: no HTTP answer (connection refused, timeout).
    QJsonObject body;
    QByteArray location;
};

} // namespace

class TestWebhookDunst : public QObject {
    Q_OBJECT
private:
    DunstFixture m_desktop;
    QTemporaryDir m_dir;
    QString m_data;
    std::unique_ptr<QProcess> m_app;
    QNetworkAccessManager m_nam;
    QByteArray m_oldBus;
    bool m_hadBus = false;
    quint16 m_alertsPort = 0;
    QByteArray m_alertsToken;
    int m_postedBefore = 0;
    int m_shownBefore = 0;

    CliResult cli(const QStringList &args) { return runCli(m_data, args); }
    QJsonObject status() { return firstLine(cli({QStringLiteral("focus"), QStringLiteral("status"), QStringLiteral("--json")})); }

    /// The stored item whose remote_id is @p remoteId (list --json --state all), or {}.
    QJsonObject item(const QString &remoteId)
    {
        const CliResult listed = cli({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--state"), QStringLiteral("all")});
        for (const QJsonObject &o : listed.jsonLines())
            if (o.value(QStringLiteral("remote_id")).toString() == remoteId)
                return o;
        return {};
    }

    /// `sources add webhook --port P --name NAME --json`; @return its token (empty on failure).
    QByteArray addWebhook(const QString &name, quint16 port)
    {
        const CliResult added = cli({QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("webhook"), QStringLiteral("--port"),
                                     QString::number(port), QStringLiteral("--name"), name, QStringLiteral("--json")});
        if (added.exitCode != 0)
            qWarning("sources add webhook: exit %d: %s", added.exitCode, added.err.constData());
        const QJsonObject o = firstLine(added);
        if (o.value(QStringLiteral("url")).toString() != QStringLiteral("http://127.0.0.1:%1/items").arg(port))
            return {};
        return o.value(QStringLiteral("token")).toString().toLatin1();
    }

    HttpAnswer post(quint16 port, const QByteArray &token, const QByteArray &body)
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/items").arg(port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        request.setTransferTimeout(10000);
        std::unique_ptr<QNetworkReply> reply(m_nam.post(request, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        HttpAnswer answer;
        if (!finished.wait(15000))
            return answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = QJsonDocument::fromJson(reply->readAll()).object();
        answer.location = reply->rawHeader("Location");
        return answer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_desktop.start(&error), qPrintable(error));
        QVERIFY2(m_desktop.startKeyring(&error), qPrintable(error));
        // The CLI runs (runCli) inherit this process's environment: the fixture's bus and keyring.
        m_hadBus = qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
        m_oldBus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_desktop.environment().value(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")).toUtf8());
        m_nam.setProxy(QNetworkProxy::NoProxy);
        m_data = m_dir.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(m_data));
        QFile config(m_data + QStringLiteral("/config.json"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("{\"me\": [\"me@example.org\"], \"focus\": {\"controlDesktopDnd\": true}}");
        config.close();
        // One webhook before the app starts (no sample workspace is installed then).
        QVERIFY(!addWebhook(QStringLiteral("Ops"), freePort()).isEmpty());
        m_app = m_desktop.launchApp(m_dir.path(), m_data);
        QVERIFY(m_app);
        QTRY_VERIFY_WITH_TIMEOUT(status().value(QStringLiteral("ready")).toBool(), kTimeoutMs);
        QCOMPARE(status().value(QStringLiteral("dndBackend")).toString(), QStringLiteral("dunst"));
        QCOMPARE(m_desktop.counts().total(), 0);
    }

    void webhookAddedWhileRunningListens()
    {
        // The CLI tells the running instance; it starts a listener with the token from the keychain.
        m_alertsPort = freePort();
        m_alertsToken = addWebhook(QStringLiteral("Alerts"), m_alertsPort);
        QCOMPARE(m_alertsToken.size(), 43);
        QTRY_COMPARE_WITH_TIMEOUT(post(m_alertsPort, "wrong-token", "{\"title\": \"x\"}").status, 401, kTimeoutMs);
        QCOMPARE(post(m_alertsPort, {}, "{\"title\": \"x\"}").status, 401);
        QVERIFY(cli({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--state"), QStringLiteral("all")}).jsonLines().isEmpty());
        QCOMPARE(status().value(QStringLiteral("notificationsPosted")).toInt(), 0);
    }

    void focusStartPausesDunst()
    {
        const CliResult started = cli({QStringLiteral("focus"), QStringLiteral("start"), QStringLiteral("--minutes"),
                                       QStringLiteral("25"), QStringLiteral("--json")});
        QCOMPARE(started.exitCode, 0);
        QVERIFY(firstLine(started).value(QStringLiteral("focusing")).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(m_desktop.isPaused(), kTimeoutMs);
        m_postedBefore = status().value(QStringLiteral("notificationsPosted")).toInt();
        m_shownBefore = m_desktop.counts().total();
    }

    void tier3PostBreaksThrough()
    {
        const HttpAnswer answer = post(m_alertsPort, m_alertsToken,
                                       "{\"title\": \"Checkout API error rate 40%\", \"body\": \"p99 over 2 s since 14:02\","
                                       " \"sender\": \"Alertmanager\", \"tier\": 3, \"url\": \"https://grafana.example.org/d/checkout\","
                                       " \"remote_id\": \"alert-checkout-1\"}");
        QCOMPARE(answer.status, 201);
        QVERIFY(answer.body.value(QStringLiteral("created")).toBool());
        const qint64 id = answer.body.value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(answer.location, "/items/" + QByteArray::number(id));
        // Stored in the Alerts source as Now…
        const QJsonObject stored = item(QStringLiteral("alert-checkout-1"));
        QCOMPARE(stored.value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(stored.value(QStringLiteral("kind")).toString(), QStringLiteral("webhook"));
        QCOMPARE(stored.value(QStringLiteral("source")).toString(), QStringLiteral("Alerts"));
        QCOMPARE(stored.value(QStringLiteral("subject")).toString(), QStringLiteral("Checkout API error rate 40%"));
        QCOMPARE(stored.value(QStringLiteral("tier")).toInt(), 3);
        QCOMPARE(stored.value(QStringLiteral("url")).toString(), QStringLiteral("https://grafana.example.org/d/checkout"));
        // …and it breaks through the session as a Tier 3 mail does: the app's own alert, and a
        // critical notification that dunst keeps waiting while paused.
        QTRY_VERIFY_WITH_TIMEOUT(status().value(QStringLiteral("alertVisible")).toBool(), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_desktop.findWindows(QStringLiteral("Breakthrough")).isEmpty(), kTimeoutMs);
        const QJsonObject s = status();
        QCOMPARE(s.value(QStringLiteral("breakthroughs")).toInt(), 1);
        QCOMPARE(s.value(QStringLiteral("held")).toInt(), 0);
        QVERIFY(m_desktop.isPaused());
        QTRY_COMPARE_WITH_TIMEOUT(m_desktop.counts().waiting, 1, kTimeoutMs);
        m_shownBefore = m_desktop.counts().total();
        m_postedBefore = s.value(QStringLiteral("notificationsPosted")).toInt();
    }

    void tier2PushIsStoredAndHeld()
    {
        const CliResult pushed = cli({QStringLiteral("push"), QStringLiteral("--source"), QStringLiteral("ops"), QStringLiteral("--tier"),
                                      QStringLiteral("2"), QStringLiteral("--title"), QStringLiteral("Nightly backup finished"),
                                      QStringLiteral("--remote-id"), QStringLiteral("backup-1"), QStringLiteral("--json")});
        QVERIFY2(pushed.exitCode == 0, pushed.err.constData());
        QVERIFY(firstLine(pushed).value(QStringLiteral("created")).toBool());
        QCOMPARE(firstLine(pushed).value(QStringLiteral("source")).toString(), QStringLiteral("Ops"));
        const QJsonObject stored = item(QStringLiteral("backup-1"));
        QCOMPARE(stored.value(QStringLiteral("kind")).toString(), QStringLiteral("webhook"));
        QCOMPARE(stored.value(QStringLiteral("subject")).toString(), QStringLiteral("Nightly backup finished"));
        QCOMPARE(stored.value(QStringLiteral("tier")).toInt(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(status().value(QStringLiteral("held")).toInt(), 1, kTimeoutMs);
        QCOMPARE(m_desktop.counts().total(), m_shownBefore);  // not even queued in dunst
        QCOMPARE(status().value(QStringLiteral("notificationsPosted")).toInt(), m_postedBefore);
        QCOMPARE(status().value(QStringLiteral("breakthroughs")).toInt(), 1);
    }

    void pushedDueIsTheItemsDue()
    {
        // Without --tier: Async; the due (with an offset) replaces the policy's deadline.
        const CliResult pushed = cli({QStringLiteral("push"), QStringLiteral("--source"), QStringLiteral("Ops"), QStringLiteral("--title"),
                                      QStringLiteral("Renew the TLS certificate"), QStringLiteral("--due"),
                                      QStringLiteral("2030-06-01T12:00:00+02:00"), QStringLiteral("--remote-id"),
                                      QStringLiteral("cert-1")});
        QVERIFY2(pushed.exitCode == 0, pushed.err.constData());
        const QJsonObject stored = item(QStringLiteral("cert-1"));
        QCOMPARE(stored.value(QStringLiteral("due")).toString(), QStringLiteral("2030-06-01T10:00:00Z"));
        QCOMPARE(stored.value(QStringLiteral("tier")).toInt(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(status().value(QStringLiteral("held")).toInt(), 2, kTimeoutMs);
        QCOMPARE(m_desktop.counts().total(), m_shownBefore);
    }

    void sessionEndShowsBreakthroughAndDigest()
    {
        QCOMPARE(cli({QStringLiteral("focus"), QStringLiteral("stop")}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!m_desktop.isPaused(), kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_desktop.counts().waiting, 0, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(status().value(QStringLiteral("digests")).toInt(), 1, kTimeoutMs);
        QList<QJsonObject> breakthroughs;
        QList<QJsonObject> digests;
        QJsonArray all;
        QTRY_VERIFY_WITH_TIMEOUT((all = m_desktop.closeAllAndHistory()).size() >= 2, kTimeoutMs);
        for (const QJsonValue &v : all) {
            const QJsonObject n = v.toObject();
            const QString summary = n.value(QStringLiteral("summary")).toString();
            if (summary.startsWith(QLatin1String("Breakthrough")))
                breakthroughs << n;
            if (summary.startsWith(QLatin1String("While you focused")))
                digests << n;
        }
        QCOMPARE(breakthroughs.size(), 1);
        QCOMPARE(breakthroughs.first().value(QStringLiteral("urgency")).toString(), QStringLiteral("critical"));
        QVERIFY2(breakthroughs.first().value(QStringLiteral("summary")).toString().contains(QLatin1String("Alertmanager")),
                 qPrintable(breakthroughs.first().value(QStringLiteral("summary")).toString()));
        QCOMPARE(digests.size(), 1);
        QCOMPARE(digests.first().value(QStringLiteral("body")).toString(), QStringLiteral("2 new — 0 Now, 2 Async, 0 Reference"));
    }

    void rotatedTokenTakesOverAtOnce()
    {
        // The CLI tells the running app; its listener restarts with the new token.
        const CliResult rotated = cli({QStringLiteral("sources"), QStringLiteral("webhook-token"), QStringLiteral("Alerts"),
                                       QStringLiteral("--rotate"), QStringLiteral("--json")});
        QVERIFY2(rotated.exitCode == 0, rotated.err.constData());
        const QByteArray fresh = firstLine(rotated).value(QStringLiteral("token")).toString().toLatin1();
        QCOMPARE(fresh.size(), 43);
        QVERIFY(fresh != m_alertsToken);
        const QByteArray body = "{\"title\": \"Weekly report\", \"tier\": 1, \"remote_id\": \"report-1\"}";
        QTRY_VERIFY_WITH_TIMEOUT(post(m_alertsPort, fresh, body).status / 100 == 2, kTimeoutMs);
        QCOMPARE(post(m_alertsPort, m_alertsToken, body).status, 401);
        QCOMPARE(item(QStringLiteral("report-1")).value(QStringLiteral("tier")).toInt(), 1);
    }

    void cleanupTestCase()
    {
        if (m_app) {
            m_app->kill();
            m_app->waitForFinished(10000);
            m_app.reset();
        }
        if (m_hadBus)
            qputenv("DBUS_SESSION_BUS_ADDRESS", m_oldBus);
        else
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    }
};

QTEST_GUILESS_MAIN(TestWebhookDunst)
#include "tst_webhook_dunst.moc"
