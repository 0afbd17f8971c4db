// Dovecot frozen mid-FETCH (SIGSTOP, issue 9 "Fault injection"): the sync stops within its
// per-command deadline with a Timeout error and loses nothing, and quitting the app (destroying
// the SyncScheduler and SyncManager with a sync and an IDLE connection on the frozen server)
// returns within 2 s.
#include "dovecotserver.h"
#include "imaptestutil.h"
#include "sync/syncmanager.h"
#include "sync/syncscheduler.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace fi;
using namespace fi::test;

class TestImapFrozen : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void syncStopsAtItsDeadlineAndLosesNothing();
    void quittingWithAFrozenServerTakesUnder2s();

private:
    int storedCount() const;
    static constexpr int kMessages = 2500; // five UID FETCH batches of 500
    std::unique_ptr<DovecotServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ItemStore> m_store;
    qint64 m_sourceId = 0;
    imap::Account m_account;
};

void TestImapFrozen::initTestCase()
{
    qRegisterMetaType<fi::SourceBatch>();
    qRegisterMetaType<fi::SyncResult>();
    qRegisterMetaType<fi::SyncTotals>();
}

void TestImapFrozen::init()
{
    m_server = std::make_unique<DovecotServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    writeGeneratedMaildir(m_server->mailDir(), kMessages, corpusFiles().mid(0, 20));
    m_server->fixOwnership();
    imap::ImapSource::setDefaultPasswordProvider([pw = m_server->password()](const imap::Account &, QString *) { return pw; });
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ItemStore>(m_dir->filePath(QStringLiteral("inbox.sqlite")));
    QCOMPARE(m_store->open(), OpenError::None);
    m_account = fixtureAccount(*m_server);
    m_account.timeoutSeconds = 30;                // the product default: a frozen server never trips it
    m_account.limits.commandDeadlineSeconds = 4;  // short, so the test runs in seconds
    m_account.pollSeconds = 3600;
    m_sourceId = m_store->addSource(fixtureConfig(*m_server, m_account)).result();
    QVERIFY(m_sourceId > 0);
}

void TestImapFrozen::cleanup()
{
    if (m_server)
        m_server->thaw(); // SIGCONT, whatever happened
    m_store.reset();
    m_dir.reset();
    m_server.reset();
    imap::ImapSource::setDefaultPasswordProvider({});
}

int TestImapFrozen::storedCount() const
{
    ItemQuery q;
    q.states = ItemQuery::States::All;
    q.sourceId = m_sourceId;
    const QList<Item> items = m_store->items(q);
    QSet<QString> ids;
    for (const Item &i : items)
        ids.insert(i.record.remoteId);
    return ids.size() == items.size() ? int(items.size()) : -1; // -1: duplicates
}

void TestImapFrozen::syncStopsAtItsDeadlineAndLosesNothing()
{
    SourceConfig config = fixtureConfig(*m_server, m_account);
    imap::ImapSource source(config);
    QEventLoop loop;
    SyncResult result;
    bool done = false;
    QElapsedTimer sinceFreeze;
    QObject::connect(&source, &Source::progress, &loop, [&](int, int total) {
        if (!sinceFreeze.isValid() && total > 0) {
            m_server->freeze(); // the worker is fetching (or about to fetch) the first batches
            sinceFreeze.start();
        }
    });
    QObject::connect(&source, &Source::batchReady, &loop, [&](const SourceBatch &b) {
        m_store->applyBatch(toStoreBatch(m_sourceId, b)).waitForFinished();
    });
    QObject::connect(&source, &Source::finished, &loop, [&](const SyncResult &r) {
        result = r;
        done = true;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    source.start({}, {});
    loop.exec();
    QVERIFY2(done, "the sync never finished");
    QVERIFY(sinceFreeze.isValid());
    const qint64 ms = sinceFreeze.elapsed();
    qInfo("frozen mid-sync: finished %lld ms after SIGSTOP (deadline %d s), %d of %d stored", ms,
          m_account.limits.commandDeadlineSeconds, storedCount(), kMessages);
    QVERIFY2(!result.ok, "a frozen server cannot complete the sync");
    QCOMPARE(source.lastError().kind, imap::ErrorKind::Timeout);
    QVERIFY2(result.error.contains(QLatin1String("within 4 seconds")), qPrintable(result.error));
    QVERIFY(result.retryable);
    QVERIFY2(ms < (m_account.limits.commandDeadlineSeconds + 4) * 1000, qPrintable(QString::number(ms)));
    QVERIFY(storedCount() < kMessages);

    // Nothing lost: once the server is back, the next run fetches the rest, without duplicates.
    m_server->thaw();
    const RunOutcome again = runSource(*m_store, m_sourceId, config, m_server->password());
    QVERIFY2(again.result.ok, qPrintable(again.result.error));
    QCOMPARE(storedCount(), kMessages);
}

void TestImapFrozen::quittingWithAFrozenServerTakesUnder2s()
{
    // The app's defaults: a 300 s command deadline and a 30 s read timeout would both hold a join.
    imap::Account account = m_account;
    account.limits = imap::Limits{};
    SourceConfig c = fixtureConfig(*m_server, account);
    c.id = m_sourceId;
    QVERIFY(m_store->updateSource(c).result());
    auto sync = std::make_unique<SyncManager>(m_store.get(), AppConfig{}, m_dir->path());
    auto scheduler = std::make_unique<SyncScheduler>(sync.get(), m_store.get());
    scheduler->start(); // IDLE connection too
    QTRY_VERIFY_WITH_TIMEOUT(scheduler->status(m_sourceId).pushActive, 15000);
    bool frozen = false;
    QObject::connect(sync.get(), &SyncManager::sourceProgress, this, [&](qint64, const QString &, int, int total) {
        if (!frozen && total > 0) {
            m_server->freeze();
            frozen = true;
        }
    });
    sync->syncSource(m_sourceId);
    QTRY_VERIFY_WITH_TIMEOUT(frozen, 30000);
    QTest::qWait(500); // the worker is now blocked on the frozen server
    QVERIFY(sync->isSyncing());
    QElapsedTimer timer;
    timer.start();
    scheduler.reset(); // what quitting does
    sync.reset();
    const qint64 ms = timer.elapsed();
    qInfo("quitting with a frozen server took %lld ms", ms);
    QVERIFY2(ms < 2000, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
}

QTEST_GUILESS_MAIN(TestImapFrozen)
#include "tst_imapfrozen.moc"
