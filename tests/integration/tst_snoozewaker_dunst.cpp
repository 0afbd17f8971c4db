// End to end with a real notification daemon (issue 12): the focusinbox GUI on a private
// Xvfb + session bus + dunst (DunstFixture) with a watched Maildir; an item snoozed from the
// shell (`focusinbox snooze ID --until ISO`, through the running instance) comes back at its
// time with a desktop notification that carries its subject — literally, though dunst
// interprets body markup here (markup = full). During a focus session the wake is held and
// counted in the digest; a snooze that expires while the app is closed is announced at the next start.
#include "cliprocess.h"
#include "dunstfixture.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fi::test;

namespace {
constexpr int kTimeoutMs = 30000;
}

class TestSnoozeWakerDunst : public QObject {
    Q_OBJECT
private:
    DunstFixture m_desktop;
    QTemporaryDir m_dir;
    QString m_data;
    QString m_maildir;
    std::unique_ptr<QProcess> m_app;
    int m_messages = 0;

    QJsonObject status()
    {
        const QList<QJsonObject> lines =
            runCli(m_data, {QStringLiteral("focus"), QStringLiteral("status"), QStringLiteral("--json")}).jsonLines();
        return lines.isEmpty() ? QJsonObject() : lines.first();
    }

    /// Deliver a Reference item (not addressed to me: no new-item notification of its own).
    void deliver(const QByteArray &subject)
    {
        const QString name = QStringLiteral("%1.wake%2.test").arg(QDateTime::currentMSecsSinceEpoch()).arg(++m_messages);
        const QByteArray text = "From: Ana Souza <ana@example.org>\r\nTo: team@example.org\r\nSubject: " + subject +
                                "\r\nDate: " + QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toLatin1() +
                                "\r\nMessage-ID: <" + name.toLatin1() + "@example.org>\r\n"
                                "Content-Type: text/plain\r\n\r\nBody\r\n";
        QFile tmp(m_maildir + QStringLiteral("/tmp/") + name);
        QVERIFY(tmp.open(QIODevice::WriteOnly));
        tmp.write(text);
        tmp.close();
        QVERIFY(QFile::rename(tmp.fileName(), m_maildir + QStringLiteral("/new/") + name));
    }

    /// The store id of the item with @p subject (0 while it is not there).
    qint64 idOf(const QString &subject)
    {
        const CliResult r = runCli(m_data, {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--state"),
                                            QStringLiteral("all")});
        for (const QJsonObject &item : r.jsonLines()) {
            if (item.value(QStringLiteral("subject")).toString() == subject)
                return item.value(QStringLiteral("id")).toInteger();
        }
        return 0;
    }

    void snoozeFor(qint64 id, int seconds)
    {
        const QString until = QDateTime::currentDateTimeUtc().addSecs(seconds).toString(Qt::ISODate);
        const CliResult r = runCli(m_data, {QStringLiteral("snooze"), QString::number(id), QStringLiteral("--until"), until});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void launchApp()
    {
        m_app = m_desktop.launchApp(m_dir.path(), m_data);
        QVERIFY(m_app);
        QTRY_VERIFY_WITH_TIMEOUT(status().value(QStringLiteral("ready")).toBool(), kTimeoutMs);
    }

    static QString escaped(QString text)
    {
        return text.replace(u'&', QLatin1String("&amp;")).replace(u'<', QLatin1String("&lt;")).replace(u'>', QLatin1String("&gt;"));
    }

    /// The notifications dunst showed whose summary starts with @p prefix (closes all).
    QList<QJsonObject> shown(const QString &prefix)
    {
        QList<QJsonObject> out;
        for (const QJsonValue &v : m_desktop.closeAllAndHistory()) {
            if (v.toObject().value(QStringLiteral("summary")).toString().startsWith(prefix))
                out << v.toObject();
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_desktop.setGlobalSettings("    markup = full\n");
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
        launchApp();
    }

    void cleanupTestCase()
    {
        if (m_app) {
            m_app->kill();
            m_app->waitForFinished(10000);
        }
    }

    void expiredSnoozeRaisesANotificationWithTheSubject()
    {
        const QString subject = QStringLiteral("Invoice <b>#42</b> & terms — revisão");
        deliver(subject.toUtf8());
        qint64 id = 0;
        QTRY_VERIFY_WITH_TIMEOUT((id = idOf(subject)) > 0, kTimeoutMs);
        QCOMPARE(m_desktop.counts().total(), 0);  // a Reference item: no notification on arrival
        const int postedBefore = status().value(QStringLiteral("notificationsPosted")).toInt();
        snoozeFor(id, 3);
        QTest::qWait(1000);
        QCOMPARE(m_desktop.counts().total(), 0);  // asleep: nothing yet
        QTRY_COMPARE_WITH_TIMEOUT(m_desktop.counts().total(), 1, kTimeoutMs);
        QCOMPARE(status().value(QStringLiteral("notificationsPosted")).toInt(), postedBefore + 1);
        const QList<QJsonObject> back = shown(QStringLiteral("Back from snooze"));
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().value(QStringLiteral("summary")).toString(), QStringLiteral("Back from snooze — Reference: Ana Souza"));
        QCOMPARE(back.first().value(QStringLiteral("body")).toString(), escaped(subject));
        QTest::qWait(1500);
        QCOMPARE(m_desktop.counts().total(), 1);  // once (history holds the closed one)
    }

    void wakeDuringASessionIsHeldForTheDigest()
    {
        const QString subject = QStringLiteral("Quarterly numbers");
        deliver(subject.toUtf8());
        qint64 id = 0;
        QTRY_VERIFY_WITH_TIMEOUT((id = idOf(subject)) > 0, kTimeoutMs);
        QCOMPARE(runCli(m_data, {QStringLiteral("focus"), QStringLiteral("start"), QStringLiteral("--minutes"),
                                 QStringLiteral("30")}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_desktop.isPaused(), kTimeoutMs);
        const int before = m_desktop.counts().total();
        snoozeFor(id, 2);
        QTRY_COMPARE_WITH_TIMEOUT(status().value(QStringLiteral("held")).toInt(), 1, kTimeoutMs);
        QCOMPARE(m_desktop.counts().total(), before);  // not even waiting in dunst
        QCOMPARE(runCli(m_data, {QStringLiteral("focus"), QStringLiteral("stop")}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!m_desktop.isPaused(), kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_desktop.counts().total(), before + 1, kTimeoutMs);
        const QList<QJsonObject> digests = shown(QStringLiteral("While you focused"));
        QCOMPARE(digests.size(), 1);
        QCOMPARE(digests.first().value(QStringLiteral("body")).toString(), QStringLiteral("1 new — 0 Now, 0 Async, 1 Reference"));
    }

    void snoozeExpiredWhileClosedIsAnnouncedAtStart()
    {
        QStringList subjects{QStringLiteral("Closed one"), QStringLiteral("Closed two")};
        QList<qint64> ids;
        for (const QString &subject : subjects) {
            deliver(subject.toUtf8());
            qint64 id = 0;
            QTRY_VERIFY_WITH_TIMEOUT((id = idOf(subject)) > 0, kTimeoutMs);
            ids << id;
        }
        for (qint64 id : ids)
            snoozeFor(id, 3);
        m_app->kill();
        QVERIFY(m_app->waitForFinished(10000));
        m_app.reset();
        const int before = m_desktop.counts().total();
        QTest::qWait(4000);  // both wake times pass while the app is not running
        launchApp();
        QTRY_COMPARE_WITH_TIMEOUT(m_desktop.counts().total(), before + 1, kTimeoutMs);
        const QList<QJsonObject> back = shown(QStringLiteral("2 snoozed items are back"));
        QCOMPARE(back.size(), 1);
        const QString body = back.first().value(QStringLiteral("body")).toString();
        for (const QString &subject : subjects)
            QVERIFY2(body.contains(subject), qPrintable(body));
    }
};

QTEST_GUILESS_MAIN(TestSnoozeWakerDunst)
#include "tst_snoozewaker_dunst.moc"
