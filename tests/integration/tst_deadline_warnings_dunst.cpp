// Early warnings reach the desktop: the real focusinbox GUI binary on a private Xvfb + session
// bus + dunst (DunstFixture). A reply due in 14 minutes produces one "Reply due in …" warning
// (the 15-minute step); a long-overdue item from before the app started stays quiet.
#include "cliprocess.h"
#include "dunstfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fi::test;

namespace {
constexpr int kTimeoutMs = 100000;  // first check 15 s after start, then every minute
} // namespace

class TestDeadlineWarningsDunst : public QObject {
    Q_OBJECT
    DunstFixture m_desktop;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_app;

    void deliver(const QString &maildir, const QByteArray &subject, qint64 minutesAgo)
    {
        static int n = 0;
        const QString name = QStringLiteral("%1.warn%2.test").arg(QDateTime::currentSecsSinceEpoch()).arg(++n);
        const QDateTime date = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
        const QByteArray text = "From: Bea Lima <bea@example.org>\nTo: me@example.org\nSubject: " + subject +
                                "\nDate: " + date.toString(Qt::RFC2822Date).toLatin1() + "\nMessage-ID: <" +
                                name.toLatin1() + "@example.org>\n\nCan you answer?\n";
        QFile f(maildir + QStringLiteral("/cur/") + name + QStringLiteral(":2,"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }

private Q_SLOTS:
    void warnsOnceBeforeTheDeadline()
    {
        QString error;
        QVERIFY2(m_desktop.start(&error), qPrintable(error));
        const QString data = m_dir.filePath(QStringLiteral("data"));
        const QString maildir = m_dir.filePath(QStringLiteral("Maildir"));
        for (const char *sub : {"cur", "new", "tmp"})
            QVERIFY(QDir().mkpath(maildir + QLatin1Char('/') + QLatin1String(sub)));
        QVERIFY(QDir().mkpath(data));
        // Async replies within 20 calendar minutes, so the test does not depend on the weekday.
        QFile config(data + QStringLiteral("/config.json"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(R"({"me": ["me@example.org"],
                         "policies": {"tier2-default": {"windowMinutes": 20, "clock": "calendar"}}})");
        config.close();
        deliver(maildir, "Budget question", 6);        // due in 14 min: the 15-min step is reached
        deliver(maildir, "Old question", 3 * 24 * 60); // overdue for days: stale, not shown
        QCOMPARE(runCli(data, {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("maildir"), maildir})
                     .exitCode, 0);

        m_app = m_desktop.launchApp(m_dir.path(), data);
        QVERIFY(m_app);

        // The first check runs 15 s after start-up.
        QTRY_VERIFY_WITH_TIMEOUT(m_desktop.counts().total() >= 1, kTimeoutMs);
        QTest::qWait(2000);  // anything else the same check posted has arrived by now
        const QJsonArray history = m_desktop.closeAllAndHistory();
        QCOMPARE(history.size(), 1);
        const QString summary = history.first().toObject().value(QStringLiteral("summary")).toString();
        QVERIFY2(summary.startsWith(QLatin1String("Reply due in 1")), qPrintable(summary));
        QVERIFY2(summary.endsWith(QLatin1String(": Budget question")), qPrintable(summary));

        m_app->terminate();
        QVERIFY(m_app->waitForFinished(15000));
    }
};

QTEST_GUILESS_MAIN(TestDeadlineWarningsDunst)
#include "tst_deadline_warnings_dunst.moc"
