// The keychain from several threads at once and one after another: QtKeychain queues every job
// through one global executor bound to the thread of the first job, so before secretstore ran
// all jobs on its own thread, a second thread's job stalled until the timeout (or crashed on a
// destroyed job). Real gnome-keyring on a private D-Bus session.
#include "imapkeyring.h"
#include "secrets/secretstore.h"

#include <QElapsedTimer>
#include <QFutureSynchronizer>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

using namespace fi;
using namespace fi::test;

class TestKeychainThreads : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_keyring.start(), qPrintable(m_keyring.error())); }

    void firstUseOnAWorkerThenElsewhere()
    {
        const QString key = QStringLiteral("imap:threads@example.test:993");
        QElapsedTimer timer;
        timer.start();
        // First job ever on a pool thread that then goes idle, as the account dialog does.
        QString why;
        QVERIFY2(QtConcurrent::run([&] { return secrets::writeSecret(key, QStringLiteral("one"), &why, 5000); }).result(),
                 qPrintable(why));
        // Then from the main thread, which runs no event loop while it waits …
        QCOMPARE(secrets::readSecret(key, &why, 5000).value_or(why), QStringLiteral("one"));
        // … from a plain QThread, as an ImapSource worker of another account …
        std::optional<QString> fromThread;
        QThread *thread = QThread::create([&] { fromThread = secrets::readSecret(key, &why, 5000); });
        thread->start();
        QVERIFY(thread->wait(10000));
        delete thread;
        QCOMPARE(fromThread.value_or(why), QStringLiteral("one"));
        // … and from a second pool.
        QThreadPool other;
        QCOMPARE(QtConcurrent::run(&other, [&] { return secrets::readSecret(key, nullptr, 5000); }).result().value_or(QString()),
                 QStringLiteral("one"));
        QVERIFY(secrets::deleteSecret(key, &why, 5000));
        QVERIFY(timer.elapsed() < 5000); // nothing waited for a timeout
    }

    void manyThreadsAtOnce()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(6);
        QFutureSynchronizer<bool> all;
        for (int i = 0; i < 12; ++i) {
            all.addFuture(QtConcurrent::run(&pool, [i] {
                const QString key = QStringLiteral("imap:user%1@example.test:993").arg(i);
                const QString value = QStringLiteral("secret-%1").arg(i);
                return secrets::writeSecret(key, value, nullptr, 10000)
                    && secrets::readSecret(key, nullptr, 10000).value_or(QString()) == value
                    && secrets::deleteSecret(key, nullptr, 10000);
            }));
        }
        all.waitForFinished();
        for (const QFuture<bool> &f : all.futures())
            QVERIFY(f.result());
    }

private:
    KeyringSession m_keyring;
};

QTEST_GUILESS_MAIN(TestKeychainThreads)
#include "tst_keychainthreads.moc"
