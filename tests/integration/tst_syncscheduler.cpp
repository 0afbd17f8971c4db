// When remote sources sync, against a real Dovecot on loopback: new mail and flag changes arrive
// through IMAP IDLE without waiting for the poll; a failed sync shows the reason and is retried
// with growing delays until the server is back; a wrong password waits for the user.
#include "config/appconfig.h"
#include "dovecotserver.h"
#include "imaptestutil.h"
#include "sync/syncmanager.h"
#include "sync/syncscheduler.h"

#include "sources/imap/imapidle.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fi;
using namespace fi::test;

namespace {
QByteArray message(const QString &subject)
{
    return QStringLiteral("From: Bob <bob@example.org>\r\nTo: alice@example.org\r\nSubject: %1\r\n"
                          "Message-ID: <%2@example.org>\r\nDate: Sat, 21 Nov 2026 10:00:00 +0000\r\n\r\nHello.\r\n")
        .arg(subject, QString::number(QDateTime::currentMSecsSinceEpoch()) + subject.left(8).simplified().remove(u' '))
        .toUtf8();
}
} // namespace

class TestSyncScheduler : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void retryDelaysGrowAndCap();
    void idleDeliversNewMailWithoutPolling();
    void failedSyncIsRetriedUntilTheServerIsBack();
    void wrongPasswordWaitsForTheUser();
    void quittingDoesNotWaitForAnUnresponsiveServer();

private:
    std::optional<Item> itemWithSubject(const QString &subject) const;
    bool syncAllAndWait();

    std::unique_ptr<DovecotServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ItemStore> m_store;
    std::unique_ptr<SyncManager> m_sync;
    QString m_password;
    qint64 m_sourceId = 0;
    const SyncScheduler::Timing m_timing{400, 1600, 100};
};

void TestSyncScheduler::initTestCase()
{
    qRegisterMetaType<fi::SyncResult>();
    qRegisterMetaType<fi::SyncTotals>();
}

void TestSyncScheduler::init()
{
    m_server = std::make_unique<DovecotServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_password = m_server->password();
    imap::ImapSource::setDefaultPasswordProvider([this](const imap::Account &, QString *) { return m_password; });
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ItemStore>(m_dir->filePath(QStringLiteral("inbox.sqlite")));
    QCOMPARE(m_store->open(), OpenError::None);
    imap::Account account = fixtureAccount(*m_server);
    account.pollSeconds = 3600;  // an hour: whatever arrives sooner came through IDLE
    m_sourceId = m_store->addSource(fixtureConfig(*m_server, account)).result();
    QVERIFY(m_sourceId > 0);
    m_sync = std::make_unique<SyncManager>(m_store.get(), AppConfig{}, m_dir->path());
}

void TestSyncScheduler::cleanup()
{
    m_sync.reset();
    m_store.reset();
    m_dir.reset();
    m_server.reset();
    imap::ImapSource::setDefaultPasswordProvider({});
}

std::optional<Item> TestSyncScheduler::itemWithSubject(const QString &subject) const
{
    ItemQuery q;
    q.states = ItemQuery::States::All;
    for (const Item &i : m_store->items(q))
        if (i.record.subject == subject)
            return i;
    return std::nullopt;
}

bool TestSyncScheduler::syncAllAndWait()
{
    QSignalSpy done(m_sync.get(), &SyncManager::allFinished);
    m_sync->syncAll();
    return done.wait(30000);
}

void TestSyncScheduler::retryDelaysGrowAndCap()
{
    const SyncScheduler::Timing product;
    QCOMPARE(SyncScheduler::retryDelayMs(1, product), 30 * 1000);
    QCOMPARE(SyncScheduler::retryDelayMs(2, product), 60 * 1000);
    QCOMPARE(SyncScheduler::retryDelayMs(3, product), 120 * 1000);
    QCOMPARE(SyncScheduler::retryDelayMs(6, product), 960 * 1000);
    QCOMPARE(SyncScheduler::retryDelayMs(7, product), 30 * 60 * 1000);
    QCOMPARE(SyncScheduler::retryDelayMs(40, product), 30 * 60 * 1000);
}

void TestSyncScheduler::idleDeliversNewMailWithoutPolling()
{
    QString why;
    auto admin = adminSession(*m_server, &why);
    QVERIFY2(admin, qPrintable(why));
    imap::Error e;
    QVERIFY(admin->append(QStringLiteral("INBOX"), message(QStringLiteral("Before the app started")), false, &e));
    QVERIFY(syncAllAndWait());
    QVERIFY(itemWithSubject(QStringLiteral("Before the app started")));

    SyncScheduler scheduler(m_sync.get(), m_store.get(), m_timing);
    scheduler.start();
    QTRY_VERIFY_WITH_TIMEOUT(scheduler.status(m_sourceId).pushActive, 15000);
    const qint64 nextPoll = scheduler.status(m_sourceId).nextSyncMs - QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(nextPoll > 3500 * 1000, "the next poll is an hour away");

    QVERIFY(admin->append(QStringLiteral("INBOX"), message(QStringLiteral("Arrived during IDLE")), false, &e));
    QTRY_VERIFY_WITH_TIMEOUT(itemWithSubject(QStringLiteral("Arrived during IDLE")).has_value(), 15000);
    QVERIFY(!itemWithSubject(QStringLiteral("Arrived during IDLE"))->record.flags.seen);

    // A flag set by another client (FETCH response during IDLE) is mirrored too.
    auto status = admin->select(QStringLiteral("INBOX"), &e);
    QVERIFY2(status, qPrintable(e.message));
    auto uids = admin->uidFetch({{1, 0}}, imap::FetchWhat::Uids, &e);
    QVERIFY(uids && uids->size() == 2);
    QVERIFY(admin->storeSeen({uids->at(1).uid}, true, &e));
    QTRY_VERIFY_WITH_TIMEOUT(itemWithSubject(QStringLiteral("Arrived during IDLE"))->record.flags.seen, 15000);
    // The run ends a little after its last batch is readable: the scheduler learns it from the
    // commit's future, through the event loop.
    QTRY_COMPARE_WITH_TIMEOUT(scheduler.status(m_sourceId).state, SourceStatus::State::Idle, 5000);
}

void TestSyncScheduler::failedSyncIsRetriedUntilTheServerIsBack()
{
    QVERIFY(syncAllAndWait());
    SyncScheduler scheduler(m_sync.get(), m_store.get(), m_timing);
    scheduler.start();
    QTRY_VERIFY_WITH_TIMEOUT(scheduler.status(m_sourceId).pushActive, 15000);

    m_server->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!scheduler.status(m_sourceId).pushActive, 15000);
    scheduler.retryNow(m_sourceId);
    QTRY_COMPARE_WITH_TIMEOUT(scheduler.status(m_sourceId).state, SourceStatus::State::Failed, 15000);
    SourceStatus s = scheduler.status(m_sourceId);
    QVERIFY2(s.error.contains(QLatin1String("refused")), qPrintable(s.error));
    QVERIFY(s.retryable);
    QVERIFY(s.nextSyncMs > 0);
    QVERIFY(s.nextSyncMs - QDateTime::currentMSecsSinceEpoch() <= m_timing.retryBaseMs);
    // Retried on its own, with growing delays.
    QTRY_VERIFY_WITH_TIMEOUT(scheduler.status(m_sourceId).consecutiveFailures >= 3, 15000);

    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    QString why;
    auto admin = adminSession(*m_server, &why);
    QVERIFY2(admin, qPrintable(why));
    imap::Error e;
    QVERIFY(admin->append(QStringLiteral("INBOX"), message(QStringLiteral("While we were away")), false, &e));
    QTRY_VERIFY_WITH_TIMEOUT(itemWithSubject(QStringLiteral("While we were away")).has_value(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(scheduler.status(m_sourceId).state, SourceStatus::State::Idle, 5000);
    QCOMPARE(scheduler.status(m_sourceId).consecutiveFailures, 0);
    QVERIFY(scheduler.status(m_sourceId).error.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(scheduler.status(m_sourceId).pushActive, 15000);
}

void TestSyncScheduler::wrongPasswordWaitsForTheUser()
{
    m_password = QStringLiteral("changed-on-the-server");
    SyncScheduler scheduler(m_sync.get(), m_store.get(), m_timing);
    scheduler.start();
    QVERIFY(syncAllAndWait());
    QTRY_COMPARE_WITH_TIMEOUT(scheduler.status(m_sourceId).state, SourceStatus::State::Failed, 15000);
    const SourceStatus s = scheduler.status(m_sourceId);
    QVERIFY2(s.error.contains(QLatin1String("user name or password")), qPrintable(s.error));
    QVERIFY(!s.retryable);
    QCOMPARE(s.nextSyncMs, 0);
    QTest::qWait(4 * m_timing.retryMaxMs / 2);  // well past any backoff delay
    QCOMPARE(scheduler.status(m_sourceId).consecutiveFailures, 1);

    QVERIFY(!scheduler.status(m_sourceId).pushActive);

    m_password = m_server->password();  // the user fixed it (Edit account…), and the app syncs
    m_sync->syncSource(m_sourceId);
    QTRY_COMPARE_WITH_TIMEOUT(scheduler.status(m_sourceId).state, SourceStatus::State::Idle, 15000);
    QCOMPARE(scheduler.status(m_sourceId).consecutiveFailures, 0);
    QTRY_VERIFY_WITH_TIMEOUT(scheduler.status(m_sourceId).pushActive, 15000);  // IDLE is back
}

void TestSyncScheduler::quittingDoesNotWaitForAnUnresponsiveServer()
{
    // A server that accepts the TCP connection and then never says anything: the TLS handshake
    // waits for the account's timeout.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    imap::Account account = fixtureAccount(*m_server);
    account.port = silent.serverPort();
    account.timeoutSeconds = 6;
    auto watcher = std::make_unique<imap::IdleWatcher>(account, QStringLiteral("INBOX"));
    QSignalSpy failed(watcher.get(), &PushWatcher::failed);
    watcher->start();
    QTRY_VERIFY(silent.hasPendingConnections() || silent.waitForNewConnection(100));
    QElapsedTimer quitting;
    quitting.start();
    watcher.reset();  // the app quits
    QVERIFY2(quitting.elapsed() < 3000, "quitting waited for the connect timeout");
    // The connection attempt ends on its own later, touching nothing of the destroyed watcher
    // (AddressSanitizer in CI would report it).
    QTest::qWait((account.timeoutSeconds + 1) * 1000);
    QCOMPARE(failed.size(), 0);
}

QTEST_GUILESS_MAIN(TestSyncScheduler)
#include "tst_syncscheduler.moc"
