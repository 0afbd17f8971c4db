// Launching again under a real X server (issue 16): the focusinbox GUI on a private Xvfb (no
// window manager, so the X stacking order is the app's own doing). A second start for the same
// data directory raises the first one's window above another window and exits 0; `focusinbox
// open ID` raises it too and selects the item. Skipped when Xvfb, xwininfo or xdotool are missing.
#include "cliprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fi::test;

class TestLaunchX11 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void secondLaunchRaisesTheFirstAndExits0();

private:
    QProcessEnvironment environment() const;
    /// Start the GUI for @p dataDir; kept running until the end. @return its main window's X id
    /// (0 when none showed within 90 s).
    quint64 startApp(const QString &dataDir);
    /// Run a start that hands over (`focusinbox --data-dir D args…`) to its end.
    CliResult handOver(const QString &dataDir, const QStringList &args) const;
    /// Top-level windows of the display, top-most first (xwininfo -root -children).
    QList<quint64> stacking() const;
    /// Whether window @p a is above window @p b.
    bool above(quint64 a, quint64 b) const;

    QProcess m_xvfb;
    QString m_display;
    QTemporaryDir m_home, m_runtime, m_dataA, m_dataB;
    std::vector<std::unique_ptr<QProcess>> m_apps;
};

void TestLaunchX11::initTestCase()
{
    for (const char *tool : {"Xvfb", "xwininfo", "xdotool"})
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 is not installed (scripts/deps.sh installs it)").arg(QLatin1String(tool))));
    QVERIFY(m_home.isValid() && m_runtime.isValid() && m_dataA.isValid() && m_dataB.isValid());
    // -displayfd: Xvfb picks a free display and prints its number once it accepts clients.
    m_xvfb.start(QStringLiteral("Xvfb"), {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                                          QStringLiteral("0"), QStringLiteral("1280x1024x24"), QStringLiteral("-nolisten"),
                                          QStringLiteral("tcp")});
    QVERIFY(m_xvfb.waitForStarted(10000));
    QElapsedTimer t;
    t.start();
    while (!m_xvfb.canReadLine() && t.elapsed() < 20000)
        m_xvfb.waitForReadyRead(200);
    const QByteArray number = m_xvfb.readLine().trimmed();
    QVERIFY2(!number.isEmpty(), "Xvfb did not report its display");
    m_display = QStringLiteral(":") + QString::fromLatin1(number);
}

void TestLaunchX11::cleanupTestCase()
{
    for (auto &app : m_apps) {
        app->terminate();
        if (!app->waitForFinished(15000))
            app->kill();
    }
    m_apps.clear();
    if (m_xvfb.state() != QProcess::NotRunning) {
        m_xvfb.terminate();
        if (!m_xvfb.waitForFinished(5000))
            m_xvfb.kill();
    }
}

QProcessEnvironment TestLaunchX11::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), m_display);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));  // never the caller's desktop
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
    env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("detect_leaks=0"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

quint64 TestLaunchX11::startApp(const QString &dataDir)
{
    auto app = std::make_unique<QProcess>();
    app->setProcessEnvironment(environment());
    app->setProcessChannelMode(QProcess::ForwardedChannels);
    app->start(QStringLiteral(FOCUSINBOX_CLI), {QStringLiteral("--data-dir"), dataDir});
    if (!app->waitForStarted(10000))
        return 0;
    const QString pid = QString::number(app->processId());
    m_apps.push_back(std::move(app));
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 90000) {
        // The app's mapped window titled "Focus Inbox" (_NET_WM_PID says whose).
        QProcess search;
        search.setProcessEnvironment(environment());
        search.start(QStringLiteral("xdotool"), {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("--onlyvisible"),
                                                 QStringLiteral("--pid"), pid, QStringLiteral("--name"), QStringLiteral("^Focus Inbox$")});
        search.waitForFinished(10000);
        const QList<QByteArray> ids = search.readAllStandardOutput().split('\n');
        if (!ids.value(0).trimmed().isEmpty())
            return ids.value(0).trimmed().toULongLong();
        QTest::qWait(300);
    }
    return 0;
}

CliResult TestLaunchX11::handOver(const QString &dataDir, const QStringList &args) const
{
    return runCliIn(environment(), dataDir, args);
}

QList<quint64> TestLaunchX11::stacking() const
{
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(QStringLiteral("xwininfo"), {QStringLiteral("-root"), QStringLiteral("-children")});
    p.waitForFinished(10000);
    QList<quint64> ids;
    static const QRegularExpression line(QStringLiteral("^\\s+0x([0-9a-f]+) "));
    for (const QString &text : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = line.match(text);
        if (m.hasMatch())
            ids << m.captured(1).toULongLong(nullptr, 16);
    }
    return ids;
}

bool TestLaunchX11::above(quint64 a, quint64 b) const
{
    const QList<quint64> order = stacking();
    return order.contains(a) && order.contains(b) && order.indexOf(a) < order.indexOf(b);
}

void TestLaunchX11::secondLaunchRaisesTheFirstAndExits0()
{
    const quint64 first = startApp(m_dataA.path());
    QVERIFY2(first, "the first app showed no window");
    // Another app's window (its own data directory, so its own instance) maps on top of it.
    const quint64 other = startApp(m_dataB.path());
    QVERIFY2(other, "the other app showed no window");
    QTRY_VERIFY_WITH_TIMEOUT(above(other, first), 10000);

    // Launching again (from the menu: no arguments but the data directory).
    const CliResult again = handOver(m_dataA.path(), {});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY2(again.err.contains("it was asked to show its window"), again.err.constData());
    QTRY_VERIFY_WITH_TIMEOUT(above(first, other), 10000);
    QCOMPARE(m_apps.size(), size_t(2));  // no second copy
    for (const auto &app : m_apps)
        QCOMPARE(app->state(), QProcess::Running);

    // The other one back on top the same way; then `open ID` raises the first and selects the item.
    QCOMPARE(handOver(m_dataB.path(), {}).exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(above(other, first), 10000);
    CliResult list;
    QElapsedTimer t;  // the sample workspace, synced by the first app after its start
    t.start();
    do {
        list = runCli(m_dataA.path(), {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--state"), QStringLiteral("all")});
    } while (list.jsonLines().isEmpty() && t.elapsed() < 60000 && (QTest::qWait(500), true));
    QVERIFY2(!list.jsonLines().isEmpty(), list.err.constData());
    const qint64 id = list.jsonLines().last().value(QStringLiteral("id")).toInteger();
    const CliResult open = handOver(m_dataA.path(), {QStringLiteral("open"), QString::number(id)});
    QVERIFY2(open.exitCode == 0, open.err.constData());
    QVERIFY2(open.err.contains("it was asked to show item " + QByteArray::number(id) + " and selected it"), open.err.constData());
    QTRY_VERIFY_WITH_TIMEOUT(above(first, other), 10000);
}

QTEST_GUILESS_MAIN(TestLaunchX11)
#include "tst_launch_x11.moc"
