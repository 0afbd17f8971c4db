// Issue 16: one instance per data directory (app/focus/instancechannel.cpp). The same checks run in
// the normal build (flock lock, SO_PEERCRED) and in the portable build (QLockFile, no peer
// credentials), so the single-instance behaviour Windows and macOS will get is tested on every change:
// a second claim is refused while the first lives, a lock whose process was killed is taken over,
// and a request sent through the local socket reaches the holder and brings its reply back.
#include "config/buildinfo.h"
#include "focus/instancechannel.h"

#include <QCoreApplication>
#include <QFile>
#include <QFuture>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtConcurrent>

#include <cstdio>

using namespace fi;

namespace {

constexpr char kHoldLockSwitch[] = "--hold-instance-lock";

/// The child mode: take the lock for argv[2], say so on stdout, then wait to be killed.
int holdLockUntilKilled(const QString &dataDir)
{
    std::unique_ptr<InstanceLock> lock;
    QString error;
    if (InstanceLock::tryAcquire(dataDir, &lock, &error) != InstanceLock::Result::Acquired) {
        std::fprintf(stderr, "child could not take the lock: %s\n", qPrintable(error));
        return 3;
    }
    std::fputs("held\n", stdout);
    std::fflush(stdout);
    for (;;)
        QThread::sleep(60);
}

} // namespace

class TestInstanceChannel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void secondClaimIsRefusedWhileTheFirstLives();
    void lockOfAKilledProcessIsTakenOver();
    void requestReachesTheHolderAndTheReplyComesBack();
    void noInstanceMeansNoReply();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString dataDir() const { return m_dir->path(); }
};

void TestInstanceChannel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // Keep the socket inside the temporary data directory, not in the shared $XDG_RUNTIME_DIR.
    qunsetenv("XDG_RUNTIME_DIR");
}

void TestInstanceChannel::secondClaimIsRefusedWhileTheFirstLives()
{
    std::unique_ptr<InstanceLock> first;
    QString error;
    QCOMPARE(InstanceLock::tryAcquire(dataDir(), &first, &error), InstanceLock::Result::Acquired);
    QVERIFY(first);
    QVERIFY(QFile::exists(first->socketPath() + QStringLiteral(".lock")));

    std::unique_ptr<InstanceLock> second;
    QCOMPARE(InstanceLock::tryAcquire(dataDir(), &second, &error), InstanceLock::Result::HeldByOther);
    QVERIFY(!second);

    // Another data directory is another instance.
    QTemporaryDir other;
    std::unique_ptr<InstanceLock> elsewhere;
    QCOMPARE(InstanceLock::tryAcquire(other.path(), &elsewhere, &error), InstanceLock::Result::Acquired);

    first.reset();  // the first instance quits
    QCOMPARE(InstanceLock::tryAcquire(dataDir(), &second, &error), InstanceLock::Result::Acquired);
}

void TestInstanceChannel::lockOfAKilledProcessIsTakenOver()
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kHoldLockSwitch), dataDir()});
    QVERIFY(child.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine() || child.state() != QProcess::Running, 10000);
    QCOMPARE(child.readLine().trimmed(), QByteArray("held"));

    std::unique_ptr<InstanceLock> lock;
    QString error;
    QCOMPARE(InstanceLock::tryAcquire(dataDir(), &lock, &error), InstanceLock::Result::HeldByOther);

    child.kill();  // SIGKILL: no destructor runs, the lock file stays behind
    QVERIFY(child.waitForFinished(5000));
    QCOMPARE(InstanceLock::tryAcquire(dataDir(), &lock, &error), InstanceLock::Result::Acquired);
    QVERIFY2(lock, qPrintable(error));
}

void TestInstanceChannel::requestReachesTheHolderAndTheReplyComesBack()
{
    std::unique_ptr<InstanceLock> lock;
    QString error;
    QCOMPARE(InstanceLock::tryAcquire(dataDir(), &lock, &error), InstanceLock::Result::Acquired);
    QList<qint64> opened;
    InstanceServer server(*lock, [&](const InstanceRequest &request) {
        opened << request.itemId;
        return QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("opened"), request.itemId}};
    });
    QVERIFY2(server.listen(&error), qPrintable(error));

    InstanceRequest open;
    open.command = InstanceRequest::Command::Open;
    open.itemId = 42;
    // The client blocks (it is the CLI's side); the server answers on this thread's event loop.
    QFuture<std::optional<QJsonObject>> reply =
        QtConcurrent::run([dir = dataDir(), open] { return sendToInstance(dir, open, 5000); });
    QTRY_VERIFY_WITH_TIMEOUT(reply.isFinished(), 10000);
    const std::optional<QJsonObject> answer = reply.result();
    QVERIFY(answer);
    QCOMPARE(answer->value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(answer->value(QStringLiteral("opened")).toInteger(), 42);
    QCOMPARE(opened, QList<qint64>{42});
    QCOMPARE(server.requestsHandled(), 1);
}

void TestInstanceChannel::noInstanceMeansNoReply()
{
    InstanceRequest raise;  // nobody listens for this data directory
    QVERIFY(!sendToInstance(dataDir(), raise, 1000));
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], kHoldLockSwitch) == 0) {
        QCoreApplication app(argc, argv);
        return holdLockUntilKilled(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    std::printf("%s\n", qPrintable(fi::buildinfo::versionLine()));
    TestInstanceChannel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_instancechannel.moc"
