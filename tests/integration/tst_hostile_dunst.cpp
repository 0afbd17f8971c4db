// Text from strangers is text, end to end (issue 9): the focusinbox GUI on a private Xvfb +
// session bus + dunst (DunstFixture) syncs a Maildir whose messages carry HTML in the sender's
// name and the subject, including <img src> pointing at a FIFO. The notification reaches dunst
// with the summary as plain text and the body markup-escaped (dunst interprets body markup),
// the breakthrough alert shows up, and nothing ever opens the FIFO.
//
// FOCUSINBOX_SCREENSHOT=<file.png> additionally saves a picture of the screen with the alert
// (`import -window root`, ImageMagick) — how docs/screenshot-hostile.png was made.
#include "cliprocess.h"
#include "dunstfixture.h"
#include "fifotrap.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fi::test;

namespace {

constexpr int kTimeoutMs = 30000;

} // namespace

class TestHostileDunst : public QObject {
    Q_OBJECT

    DunstFixture m_desktop;
    QTemporaryDir m_dir;
    QString m_data;
    QString m_maildir;
    QString m_fifo;
    std::unique_ptr<FifoTrap> m_trap;
    std::unique_ptr<QProcess> m_app;
    int m_messages = 0;

    QJsonObject status()
    {
        const QList<QJsonObject> lines =
            runCli(m_data, {QStringLiteral("focus"), QStringLiteral("status"), QStringLiteral("--json")}).jsonLines();
        return lines.isEmpty() ? QJsonObject() : lines.first();
    }

    void deliver(const QByteArray &from, const QByteArray &subject, const QByteArray &extraHeaders = {})
    {
        const QString name = QStringLiteral("%1.hostile%2.test").arg(QDateTime::currentMSecsSinceEpoch()).arg(++m_messages);
        const QByteArray text = "From: " + from + "\r\nTo: Me <me@example.org>\r\nSubject: " + subject + "\r\nDate: "
                                + QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toLatin1()
                                + "\r\nMessage-ID: <" + name.toLatin1() + "@example.org>\r\n" + extraHeaders
                                + "Content-Type: text/html\r\n\r\n<p>" + subject + "</p>\r\n";
        QFile tmp(m_maildir + QStringLiteral("/tmp/") + name);
        QVERIFY(tmp.open(QIODevice::WriteOnly));
        tmp.write(text);
        tmp.close();
        QVERIFY(QFile::rename(tmp.fileName(), m_maildir + QStringLiteral("/new/") + name));
    }

    QByteArray fifoImg() const { return "<img src=\"file://" + QFile::encodeName(m_fifo) + "\">"; }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        // dunst interprets body markup (and says so in GetCapabilities) only with markup = full.
        m_desktop.setGlobalSettings("    markup = full\n");
        QVERIFY2(m_desktop.start(&error), qPrintable(error));
        m_fifo = m_dir.filePath(QStringLiteral("trap.fifo"));
        m_trap = std::make_unique<FifoTrap>(m_fifo);
        QVERIFY(m_trap->ok());
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
                                                m_maildir, QStringLiteral("--name"), QStringLiteral("<b>Work</b> mail")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        m_app = m_desktop.launchApp(m_dir.path(), m_data);
        QVERIFY(m_app);
        QTRY_VERIFY_WITH_TIMEOUT(status().value(QStringLiteral("ready")).toBool(), kTimeoutMs);
    }

    void notificationShowsSenderAndSubjectLiterally()
    {
        const QByteArray subject = fifoImg() + " & <a href=\"file:///etc/passwd\">x</a>";
        deliver("\"<b>Mallory</b>\" <mallory@example.org>", subject);
        QTRY_COMPARE_WITH_TIMEOUT(m_desktop.counts().total(), 1, kTimeoutMs);
        const QJsonArray shown = m_desktop.closeAllAndHistory();
        QCOMPARE(shown.size(), 1);
        const QJsonObject n = shown.first().toObject();
        // The summary is plain text by the spec; the body is markup, so it arrives escaped.
        QCOMPARE(n.value(QStringLiteral("summary")).toString(), QStringLiteral("Async: <b>Mallory</b>"));
        QString escaped = QString::fromUtf8(subject);
        escaped.replace(u'&', QLatin1String("&amp;")).replace(u'<', QLatin1String("&lt;")).replace(u'>', QLatin1String("&gt;"));
        QCOMPARE(n.value(QStringLiteral("body")).toString(), escaped);
        QCOMPARE(m_trap->readers(), 0);
    }

    void breakthroughAlertOpensNothing()
    {
        QCOMPARE(runCli(m_data, {QStringLiteral("focus"), QStringLiteral("start"), QStringLiteral("--minutes"),
                                 QStringLiteral("30")}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(status().value(QStringLiteral("focusing")).toBool(), kTimeoutMs);
        deliver("\"<i>Ops</i> <img src=\\\"file:///dev/zero\\\">\" <ops@example.org>",
                fifoImg() + " <b>Production down</b>", "X-Priority: 1\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(status().value(QStringLiteral("alertVisible")).toBool(), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_desktop.findWindows(QStringLiteral("Breakthrough")).isEmpty(), kTimeoutMs);
        QTest::qWait(1500);  // the alert and the reading pane are painted by now
        QCOMPARE(m_trap->readers(), 0);
        QCOMPARE(m_app->state(), QProcess::Running);
        QCOMPARE(status().value(QStringLiteral("breakthroughs")).toInt(), 1);

        if (const QString shot = qEnvironmentVariable("FOCUSINBOX_SCREENSHOT"); !shot.isEmpty()) {
            // The alert sits at the screen's top right: move the main window below it.
            QProcess move;
            move.setProcessEnvironment(m_desktop.environment());
            move.start(QStringLiteral("xdotool"), {QStringLiteral("search"), QStringLiteral("--name"),
                                                   QStringLiteral("^Focus Inbox$"), QStringLiteral("windowmove"),
                                                   QStringLiteral("0"), QStringLiteral("150")});
            move.waitForFinished(10000);
            QTest::qWait(1000);
            QProcess import;
            import.setProcessEnvironment(m_desktop.environment());
            import.start(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"), QStringLiteral("-crop"),
                                                    QStringLiteral("1280x920+0+0"), shot});
            QVERIFY2(import.waitForFinished(30000) && import.exitCode() == 0, import.readAllStandardError().constData());
        }
    }

    void cleanupTestCase()
    {
        if (m_app) {
            m_app->kill();
            m_app->waitForFinished(10000);
        }
        if (m_trap)
            QCOMPARE(m_trap->readers(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHostileDunst)
#include "tst_hostile_dunst.moc"
