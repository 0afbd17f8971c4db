// `focusinbox open ID` (issue 16) through the real executable on a temporary data directory
// (GUIs on the offscreen platform): with Focus Inbox running, the running window shows the item
// selected — an open item in its tier, a done item in Done, a snoozed one in Snoozed — and the
// command exits 0 saying so; without one, `open` starts the app with that item selected; an
// unknown id exits 4 with a message either way; a malformed `open` is a usage error (2) that needs
// no display.
#include "cliprocess.h"
#include "testfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fi::test;

namespace {

QByteArray message(const char *from, const char *subject)
{
    return QByteArray("From: ") + from + "\r\nTo: Me <me@example.org>\r\nSubject: " + subject
        + "\r\nDate: Tue, 01 Dec 2026 09:00:00 +0000\r\nMessage-ID: <" + QByteArray(subject).toHex().left(24)
        + "@example.com>\r\n\r\nHello.\r\n";
}

} // namespace

class TestCliOpen : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void malformedOpenIsAUsageErrorWithoutADisplay();
    void unknownIdWithoutAnInstanceExits4();
    void openStartsTheAppWhenNoneRuns();
    void openSelectsTheItemInTheRunningWindow();

private:
    QProcessEnvironment guiEnvironment() const;
    /// Start `focusinbox --data-dir <data> args…` as a GUI process (offscreen); kept until cleanup.
    QProcess *startGui(const QStringList &args);
    /// Run a GUI-side command (`open ID`) to its end. @return its result (exit -1 on timeout).
    CliResult runGui(const QStringList &args);
    /// Whether @p gui printed @p text on stderr within @p timeoutMs (collected in m_guiErr).
    bool waitForGuiStderr(QProcess *gui, const QByteArray &text, int timeoutMs);
    bool instanceRuns() const;

    QTemporaryDir m_runtime, m_home, m_data, m_maildir;
    qint64 m_open = 0, m_done = 0, m_snoozed = 0;
    std::vector<std::unique_ptr<QProcess>> m_guis;
    QByteArray m_guiErr;
};

void TestCliOpen::initTestCase()
{
    QVERIFY(m_runtime.isValid() && m_home.isValid() && m_data.isValid() && m_maildir.isValid());
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));  // the instance socket, for every process
    const QString root = m_maildir.path();
    for (const char *sub : {"cur", "new", "tmp"})
        QVERIFY(QDir(root).mkpath(QLatin1String(sub)));
    QVERIFY(writeFile(root + QStringLiteral("/cur/1.m:2,"), message("Olga <olga@example.com>", "Payments outage")));
    QVERIFY(writeFile(root + QStringLiteral("/cur/2.m:2,"), message("Bruno <bruno@example.com>", "Lunch?")));
    QVERIFY(writeFile(root + QStringLiteral("/cur/3.m:2,"), message("Ines <ines@example.com>", "Quarterly plan")));
    const QString data = m_data.path();
    auto added = runCli(data, {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("maildir"), root});
    QVERIFY2(added.exitCode == 0, failure(added));
    auto synced = runCli(data, {QStringLiteral("sync")});
    QVERIFY2(synced.exitCode == 0, failure(synced));
    const auto list = runCli(data, {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--state"), QStringLiteral("all")});
    for (const QJsonObject &o : list.jsonLines()) {
        const QString subject = o.value(QStringLiteral("subject")).toString();
        const qint64 id = o.value(QStringLiteral("id")).toInteger();
        (subject == QLatin1String("Payments outage") ? m_open : subject == QLatin1String("Lunch?") ? m_done : m_snoozed) = id;
    }
    QVERIFY(m_open > 0 && m_done > 0 && m_snoozed > 0);
    const auto done = runCli(data, {QStringLiteral("done"), QString::number(m_done)});
    QVERIFY2(done.exitCode == 0, failure(done));
    const auto snoozed = runCli(data, {QStringLiteral("snooze"), QString::number(m_snoozed), QStringLiteral("--until"),
                                       QStringLiteral("in 3h")});
    QVERIFY2(snoozed.exitCode == 0, failure(snoozed));
}

void TestCliOpen::cleanup()
{
    for (auto &gui : m_guis) {
        gui->terminate();
        if (!gui->waitForFinished(15000))
            gui->kill();
    }
    m_guis.clear();
    m_guiErr.clear();
}

QProcessEnvironment TestCliOpen::guiEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));  // never the caller's desktop
    env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("detect_leaks=0"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

QProcess *TestCliOpen::startGui(const QStringList &args)
{
    auto p = std::make_unique<QProcess>();
    p->setProcessEnvironment(guiEnvironment());
    p->start(QStringLiteral(FOCUSINBOX_CLI), QStringList{QStringLiteral("--data-dir"), m_data.path()} + args);
    if (!p->waitForStarted(10000))
        return nullptr;
    m_guis.push_back(std::move(p));
    return m_guis.back().get();
}

CliResult TestCliOpen::runGui(const QStringList &args)
{
    return runCliIn(guiEnvironment(), m_data.path(), args);
}

bool TestCliOpen::waitForGuiStderr(QProcess *gui, const QByteArray &text, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!m_guiErr.contains(text) && t.elapsed() < timeoutMs && gui->state() == QProcess::Running) {
        gui->waitForReadyRead(200);
        m_guiErr += gui->readAllStandardError();
    }
    m_guiErr += gui->readAllStandardError();
    return m_guiErr.contains(text);
}

bool TestCliOpen::instanceRuns() const
{
    const auto status = runCli(m_data.path(), {QStringLiteral("focus"), QStringLiteral("status"), QStringLiteral("--json")});
    return status.exitCode == 0 && status.out.contains("\"instance\":true");
}

void TestCliOpen::malformedOpenIsAUsageErrorWithoutADisplay()
{
    // runCli has no DISPLAY and no QT_QPA_PLATFORM: a GUI start would abort, not exit 2.
    const QList<QStringList> wrong{{QStringLiteral("open")},
                                   {QStringLiteral("open"), QStringLiteral("abc")},
                                   {QStringLiteral("open"), QStringLiteral("0")},
                                   {QStringLiteral("open"), QStringLiteral("1"), QStringLiteral("2")}};
    for (const QStringList &args : wrong) {
        const auto r = runCli(m_data.path(), args);
        QVERIFY2(r.exitCode == 2, failure(r));
        QVERIFY2(r.err.startsWith("open: "), failure(r));
    }
    const auto help = runCli(m_data.path(), {QStringLiteral("--help")});
    QVERIFY2(help.out.contains("  open ID "), help.out.constData());
}

void TestCliOpen::unknownIdWithoutAnInstanceExits4()
{
    QVERIFY(!instanceRuns());
    const auto r = runGui({QStringLiteral("open"), QStringLiteral("987654")});
    QVERIFY2(r.exitCode == 4, failure(r));
    QVERIFY2(r.err.contains("no item with id 987654"), failure(r));
    QVERIFY(!instanceRuns());  // nothing was left running
}

void TestCliOpen::openStartsTheAppWhenNoneRuns()
{
    QVERIFY(!instanceRuns());
    QProcess *gui = startGui({QStringLiteral("open"), QString::number(m_open)});
    QVERIFY(gui);
    QVERIFY2(waitForGuiStderr(gui, "item " + QByteArray::number(m_open) + " is selected in the window", 90000), m_guiErr.constData());
    QCOMPARE(gui->state(), QProcess::Running);  // it is the app now, not a one-shot command
    QVERIFY(instanceRuns());
}

void TestCliOpen::openSelectsTheItemInTheRunningWindow()
{
    QProcess *gui = startGui({});
    QVERIFY(gui);
    QElapsedTimer t;
    t.start();
    while (!instanceRuns() && t.elapsed() < 90000)
        QTest::qWait(300);
    QVERIFY(instanceRuns());

    // An open item (its tier's view), a done one (Done), a snoozed one (Snoozed).
    for (const qint64 id : {m_open, m_done, m_snoozed, m_open}) {
        const auto r = runGui({QStringLiteral("open"), QString::number(id)});
        QVERIFY2(r.exitCode == 0, failure(r));
        QVERIFY2(r.err.contains("it was asked to show item " + QByteArray::number(id) + " and selected it"), failure(r));
        QVERIFY2(waitForGuiStderr(gui, "item " + QByteArray::number(id) + " is selected in the window", 30000),
                 m_guiErr.constData());
        m_guiErr.clear();
    }

    const auto unknown = runGui({QStringLiteral("open"), QStringLiteral("987654")});
    QVERIFY2(unknown.exitCode == 4, failure(unknown));
    QVERIFY2(unknown.err.contains("no item with id 987654"), failure(unknown));
    QCOMPARE(gui->state(), QProcess::Running);
}

QTEST_GUILESS_MAIN(TestCliOpen)
#include "tst_cli_open.moc"
