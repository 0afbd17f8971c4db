// The machine is shared (issue 9), through the real executable: two GUIs started at the same
// moment leave exactly one running (the other hands its arguments over and exits 0), the
// single-instance socket lives in $XDG_RUNTIME_DIR, every file a GUI start creates is private,
// and a data directory of another user is refused. GUIs run on the offscreen platform.
#include "cliprocess.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <memory>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <poll.h>
#include <unistd.h>

class TestSingleInstance : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void twoStartsAtOnceLeaveOne();
    void guiStartCreatesOnlyPrivateFiles();
    void peerOfAnotherUserIsDropped();
    void guiRefusesDataDirOfAnotherUser();
    void qtGuiOptionsStillStartTheWindow();
    void brokenFilesAreKeptAsideAtGuiStart();

private:
    QProcessEnvironment environment() const;
    std::unique_ptr<QProcess> startGui(const QString &dataDir) const;
    /// Wait until @p p printed @p text on stderr (collected into *collected). @return false on timeout.
    static bool waitForStderr(QProcess *p, QByteArray *collected, const QByteArray &text, int timeoutMs);
    fi::test::CliResult cli(const QStringList &args) const;
    /// Ask the instance for its focus status straight over its socket in $XDG_RUNTIME_DIR (the
    /// CLI would open — and on a fresh directory migrate — the database as well). Retries up to
    /// @p timeoutMs until the reply says "instance": true. @return the last reply line.
    QByteArray waitForInstance(int timeoutMs) const;

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QTemporaryDir> m_runtime;
    std::unique_ptr<QTemporaryDir> m_data;
    std::vector<std::unique_ptr<QProcess>> m_started;
};

namespace {
mode_t modeOf(const QString &path)
{
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}
} // namespace

void TestSingleInstance::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_runtime = std::make_unique<QTemporaryDir>();  // 0700, like a real XDG_RUNTIME_DIR
    m_data = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid() && m_runtime->isValid() && m_data->isValid());
}

void TestSingleInstance::cleanup()
{
    for (auto &p : m_started) {
        if (p->state() != QProcess::NotRunning) {
            p->kill();
            p->waitForFinished(10000);
        }
    }
    m_started.clear();
}

QProcessEnvironment TestSingleInstance::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), m_home->path());  // no ~/Maildir offer, own QSettings
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime->path());
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));  // never the caller's desktop
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("detect_leaks=0"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

std::unique_ptr<QProcess> TestSingleInstance::startGui(const QString &dataDir) const
{
    auto p = std::make_unique<QProcess>();
    p->setProcessEnvironment(environment());
    p->start(QStringLiteral(FOCUSINBOX_CLI), {QStringLiteral("--data-dir"), dataDir});
    return p;
}

bool TestSingleInstance::waitForStderr(QProcess *p, QByteArray *collected, const QByteArray &text, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!collected->contains(text)) {
        if (t.elapsed() > timeoutMs)
            return false;
        if (p->state() == QProcess::NotRunning) {
            *collected += p->readAllStandardError();
            return collected->contains(text);
        }
        p->waitForReadyRead(200);
        *collected += p->readAllStandardError();
    }
    return true;
}

fi::test::CliResult TestSingleInstance::cli(const QStringList &args) const
{
    QProcess p;
    QProcessEnvironment env = environment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FOCUSINBOX_CLI), QStringList{QStringLiteral("--data-dir"), m_data->path()} + args);
    fi::test::CliResult r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray TestSingleInstance::waitForInstance(int timeoutMs) const
{
    QElapsedTimer t;
    t.start();
    QByteArray reply;
    while (t.elapsed() < timeoutMs) {
        const QStringList sockets = QDir(m_runtime->path()).entryList({QStringLiteral("focusinbox-*.sock")}, QDir::System);
        if (sockets.size() == 1) {
            QLocalSocket socket;
            socket.connectToServer(m_runtime->filePath(sockets.first()));
            if (socket.waitForConnected(2000)) {
                socket.write("{\"cmd\":\"focus\",\"action\":\"status\"}\n");
                socket.waitForBytesWritten(2000);
                while (!socket.canReadLine() && socket.waitForReadyRead(5000)) {
                }
                reply = socket.readLine();
                if (reply.contains("\"instance\":true"))
                    return reply;
            }
        }
        QTest::qWait(300);
    }
    return reply;
}

void TestSingleInstance::twoStartsAtOnceLeaveOne()
{
    // Both started before either runs a line of main(): a real race for the data directory.
    auto a = startGui(m_data->path());
    auto b = startGui(m_data->path());
    QVERIFY(a->waitForStarted(10000));
    QVERIFY(b->waitForStarted(10000));
    QProcess *procs[2] = {a.get(), b.get()};
    m_started.push_back(std::move(a));
    m_started.push_back(std::move(b));

    // Within the hand-over time one of them exits; the other keeps running.
    QElapsedTimer t;
    t.start();
    int exited = -1;
    while (exited < 0 && t.elapsed() < 60000) {
        for (int i = 0; i < 2; ++i) {
            if (procs[i]->waitForFinished(100)) {
                exited = i;
                break;
            }
        }
    }
    QVERIFY2(exited >= 0, "neither start gave way");
    QProcess *loser = procs[exited];
    QProcess *survivor = procs[1 - exited];
    const QByteArray loserErr = loser->readAllStandardError();
    QCOMPARE(loser->exitStatus(), QProcess::NormalExit);
    QVERIFY2(loser->exitCode() == 0, loserErr.constData());
    QVERIFY2(loserErr.contains("asked to show its window"), loserErr.constData());

    QByteArray survivorErr;
    QVERIFY2(waitForStderr(survivor, &survivorErr, "another start handed over", 30000), survivorErr.constData());
    QVERIFY2(survivorErr.contains(m_data->path().toUtf8()), survivorErr.constData());  // the arguments came along
    QTest::qWait(1000);
    QCOMPARE(survivor->state(), QProcess::Running);

    // The socket is in $XDG_RUNTIME_DIR, not in /tmp or the data directory.
    const QStringList sockets = QDir(m_runtime->path()).entryList({QStringLiteral("focusinbox-*.sock")}, QDir::System);
    QCOMPARE(sockets.size(), 1);
    QVERIFY(QDir(m_data->path()).entryList({QStringLiteral("*.sock")}, QDir::System).isEmpty());

    // The CLI reaches the survivor through it.
    const auto status = cli({QStringLiteral("focus"), QStringLiteral("status"), QStringLiteral("--json")});
    QVERIFY2(status.exitCode == 0, status.err.constData());
    QVERIFY2(status.out.contains("\"instance\":true"), status.out.constData());

    // A third start later hands over as well, and exits 0.
    auto c = startGui(m_data->path());
    QVERIFY(c->waitForFinished(60000));
    QCOMPARE(c->exitCode(), 0);
    QCOMPARE(survivor->state(), QProcess::Running);
}

void TestSingleInstance::guiStartCreatesOnlyPrivateFiles()
{
    // An existing data directory with loose modes, as an older version or a restore left it.
    QCOMPARE(::chmod(QFile::encodeName(m_data->path()).constData(), 0755), 0);
    QFile config(m_data->filePath(QStringLiteral("config.json")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("{\"me\": [\"ana@example.org\"]}");
    config.close();
    QCOMPARE(::chmod(QFile::encodeName(config.fileName()).constData(), 0644), 0);

    auto gui = startGui(m_data->path());
    QVERIFY(gui->waitForStarted(10000));
    QProcess *p = gui.get();
    m_started.push_back(std::move(gui));
    // Started: it answers once its event loop runs (sample workspace installed, first sync started).
    const QByteArray status = waitForInstance(60000);
    QVERIFY2(status.contains("\"instance\":true"), (status + p->readAllStandardError()).constData());
    QTest::qWait(1500);  // let the first sync write the database and the log
    QCOMPARE(p->state(), QProcess::Running);

    QCOMPARE(modeOf(m_data->path()), mode_t(0700));
    int files = 0;
    QDirIterator it(m_data->path(), QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    QStringList names;
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        names << info.fileName();
        if (info.isDir())
            QVERIFY2(modeOf(path) == 0700, qPrintable(QStringLiteral("%1: %2").arg(path).arg(modeOf(path), 0, 8)));
        else if (info.isFile()) {
            ++files;
            QVERIFY2(modeOf(path) == 0600, qPrintable(QStringLiteral("%1: %2").arg(path).arg(modeOf(path), 0, 8)));
        }
    }
    for (const char *expected : {"focusinbox.sqlite", "config.json", "focus-state.json"})
        QVERIFY2(names.contains(QLatin1String(expected)), qPrintable(names.join(QLatin1Char(' '))));
    QVERIFY(files > 5);  // the sample workspace's messages too
}

void TestSingleInstance::peerOfAnotherUserIsDropped()
{
    if (::geteuid() != 0)
        QSKIP("needs root to connect as another user (setuid)");
    auto gui = startGui(m_data->path());
    QVERIFY(gui->waitForStarted(10000));
    m_started.push_back(std::move(gui));
    QVERIFY(waitForInstance(60000).contains("\"instance\":true"));
    const QStringList sockets = QDir(m_runtime->path()).entryList({QStringLiteral("focusinbox-*.sock")}, QDir::System);
    QCOMPARE(sockets.size(), 1);
    const QString socketPath = m_runtime->filePath(sockets.first());
    // Open the way in for the test only, as a careless setup would: then the uid check is all that is left.
    QCOMPARE(::chmod(QFile::encodeName(m_runtime->path()).constData(), 0755), 0);
    QCOMPARE(::chmod(QFile::encodeName(socketPath).constData(), 0777), 0);

    // A child process as "nobody" connects and asks for the status; the instance must not answer.
    auto ask = [&](uid_t uid) -> int {
        const QByteArray path = QFile::encodeName(socketPath);
        const pid_t pid = ::fork();
        if (pid == 0) {
            if (uid != 0 && (::setgid(uid) != 0 || ::setuid(uid) != 0))
                ::_exit(10);
            const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
            sockaddr_un addr{};
            addr.sun_family = AF_UNIX;
            std::memcpy(addr.sun_path, path.constData(), size_t(path.size()));
            if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) != 0)
                ::_exit(11);
            const char request[] = "{\"cmd\":\"focus\",\"action\":\"status\"}\n";
            if (::send(fd, request, sizeof(request) - 1, MSG_NOSIGNAL) < 0)
                ::_exit(1);  // already dropped
            pollfd pfd{fd, POLLIN, 0};
            char buf[4096];
            ssize_t got = 0;
            if (::poll(&pfd, 1, 5000) > 0)
                got = ::read(fd, buf, sizeof(buf));
            ::_exit(got > 0 && std::memchr(buf, '{', size_t(got)) ? 0 : 1);  // 0: answered
        }
        int status = 0;
        ::waitpid(pid, &status, 0);
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    };
    QCOMPARE(ask(65534), 1);  // dropped without an answer
    QCOMPARE(ask(0), 0);      // the same user is answered (the probe itself works)
}

void TestSingleInstance::guiRefusesDataDirOfAnotherUser()
{
    QString foreign;
    if (::geteuid() == 0) {
        foreign = m_data->filePath(QStringLiteral("nobodys"));
        QVERIFY(QDir().mkdir(foreign));
        QCOMPARE(::chmod(QFile::encodeName(foreign).constData(), 0777), 0);
        QCOMPARE(::chown(QFile::encodeName(foreign).constData(), 65534, 65534), 0);
    } else {
        foreign = QStringLiteral("/");
    }
    auto gui = startGui(foreign);
    QVERIFY(gui->waitForStarted(10000));
    QProcess *p = gui.get();
    m_started.push_back(std::move(gui));
    QByteArray err;
    QVERIFY2(waitForStderr(p, &err, "belongs to another user", 60000), err.constData());
    // Nothing was created in it (no database, no logs, no lock or socket); the error dialog may still be up.
    QTest::qWait(500);
    QVERIFY(QDir(foreign).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System).isEmpty()
            || foreign == QLatin1String("/"));
    QVERIFY(!QFileInfo::exists(foreign + QStringLiteral("/focusinbox.sqlite")));
    QVERIFY(QDir(m_runtime->path()).entryList({QStringLiteral("focusinbox-*")}, QDir::System | QDir::Files).isEmpty());
}

void TestSingleInstance::qtGuiOptionsStillStartTheWindow()
{
    // Qt's own options go to the GUI (not a usage error): the platform comes only from -platform here.
    auto p = std::make_unique<QProcess>();
    QProcessEnvironment env = environment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(FOCUSINBOX_CLI), {QStringLiteral("-platform"), QStringLiteral("offscreen"),
                                              QStringLiteral("--data-dir"), m_data->path(), QStringLiteral("-style=Fusion"),
                                              QStringLiteral("-reverse")});
    QVERIFY(p->waitForStarted(10000));
    QProcess *gui = p.get();
    m_started.push_back(std::move(p));
    const QByteArray status = waitForInstance(60000);
    QVERIFY2(status.contains("\"instance\":true"), (status + gui->readAllStandardError()).constData());
    QCOMPARE(gui->state(), QProcess::Running);
}

void TestSingleInstance::brokenFilesAreKeptAsideAtGuiStart()
{
    const QByteArray brokenConfig = "{\"me\": [\"ana@example.org\"], \"rules\": [";
    const QByteArray brokenState = "{\"machine\": {\"session\": {\"startMs\": 17";
    for (const auto &[name, bytes] : {std::pair{QStringLiteral("config.json"), brokenConfig},
                                      std::pair{QStringLiteral("focus-state.json"), brokenState}}) {
        QFile f(m_data->filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    auto p = startGui(m_data->path());
    QVERIFY(p->waitForStarted(10000));
    QProcess *gui = p.get();
    m_started.push_back(std::move(p));
    QVERIFY(waitForInstance(60000).contains("\"instance\":true"));
    QByteArray err;
    QVERIFY2(waitForStderr(gui, &err, "focus-state.json.broken-", 10000), err.constData());
    QVERIFY2(err.contains("config.json.broken-"), err.constData());  // said (also in the status bar)

    for (const auto &[name, bytes] : {std::pair{QStringLiteral("config.json"), brokenConfig},
                                      std::pair{QStringLiteral("focus-state.json"), brokenState}}) {
        const QStringList aside = QDir(m_data->path()).entryList({name + QStringLiteral(".broken-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QFile kept(m_data->filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), bytes);
        // A fresh, valid file took its place.
        QFile fresh(m_data->filePath(name));
        QVERIFY(fresh.open(QIODevice::ReadOnly));
        QVERIFY(QJsonDocument::fromJson(fresh.readAll()).isObject());
    }
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
