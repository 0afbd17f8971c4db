// The batches of one sync run depend on each other in order: each carries sync state (UIDNEXT,
// HIGHESTMODSEQ) that claims every batch before it as stored. Once one fails to commit — a
// statement error (a real trigger that RAISE(ABORT)s) or SQLITE_BUSY past the busy timeout
// because another connection holds the write lock — the writer refuses the rest of that run
// (ItemStore::applyBatch, StoreBatch::runId), and only that run.
#include "storeitems.h"
#include "storage/itemstore.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fi;
using namespace fi::test;

class TestSyncRuns : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void failedStatementRefusesTheRestOfItsRun();
    void writeLockPastBusyTimeoutRefusesTheRestOfItsRun();

private:
    StoreBatch batch(quint64 run, const QString &remoteId, const QByteArray &state = {}) const;
    QStringList stored() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ItemStore> m_store;
    qint64 m_source = 0;
};

void TestSyncRuns::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ItemStore>(m_dir->filePath(QStringLiteral("store.sqlite")));
    QCOMPARE(m_store->open(), OpenError::None);
    SourceConfig config;
    config.kind = QStringLiteral("maildir");
    config.name = QStringLiteral("test");
    config.location = m_dir->path();
    m_source = m_store->addSource(config).result();
    QVERIFY(m_source > 0);
}

void TestSyncRuns::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

StoreBatch TestSyncRuns::batch(quint64 run, const QString &remoteId, const QByteArray &state) const
{
    StoreBatch b;
    b.sourceId = m_source;
    b.runId = run;
    b.upserts << makeItem(remoteId, QStringLiteral("Subject of ") + remoteId, kBase);
    if (!state.isEmpty())
        b.syncState.insert(QStringLiteral("INBOX"), state);
    return b;
}

QStringList TestSyncRuns::stored() const
{
    ItemQuery q;
    q.states = ItemQuery::States::All;
    QStringList ids;
    for (const Item &i : m_store->items(q))
        ids << i.record.remoteId;
    ids.sort();
    return ids;
}

void TestSyncRuns::failedStatementRefusesTheRestOfItsRun()
{
    QVERIFY(m_store
                ->runWrite([](QSqlDatabase &db, QString *error) {
                    QSqlQuery q(db);
                    if (q.exec(QStringLiteral("CREATE TRIGGER fail_one BEFORE INSERT ON items WHEN NEW.remote_id = 'a2'"
                                              " BEGIN SELECT RAISE(ABORT, 'injected'); END")))
                        return true;
                    *error = q.lastError().text();
                    return false;
                })
                .result());
    const quint64 runA = ItemStore::newSyncRun();
    const quint64 runB = ItemStore::newSyncRun();
    QVERIFY(runA != runB && runA != 0 && runB != 0);
    // All queued before the writer gets to the failing one.
    auto a1 = m_store->applyBatch(batch(runA, QStringLiteral("a1"), "uidnext 2"));
    auto a2 = m_store->applyBatch(batch(runA, QStringLiteral("a2"), "uidnext 3"));
    auto other = m_store->applyBatch(batch(0, QStringLiteral("u1")));       // not part of a run
    auto b1 = m_store->applyBatch(batch(runB, QStringLiteral("b1")));       // another run
    auto a3 = m_store->applyBatch(batch(runA, QStringLiteral("a3"), "uidnext 4"));
    QVERIFY(a1.result().ok);
    QVERIFY(!a2.result().ok);
    QVERIFY(!a2.result().skipped);
    QVERIFY2(a2.result().error.contains(QStringLiteral("injected")), qPrintable(a2.result().error));
    QVERIFY(other.result().ok);
    QVERIFY(b1.result().ok);
    QVERIFY(!a3.result().ok);
    QVERIFY(a3.result().skipped);
    QCOMPARE(a3.result().added, 0);
    QCOMPARE(m_store->syncState(m_source).value(QStringLiteral("INBOX")), QByteArray("uidnext 2"));
    QCOMPARE(stored(), (QStringList{QStringLiteral("a1"), QStringLiteral("b1"), QStringLiteral("u1")}));

    // The run ended; the next one (cause still there) starts clean and fails on its own only.
    m_store->endSyncRun(runA);
    const quint64 runC = ItemStore::newSyncRun();
    QVERIFY(m_store->applyBatch(batch(runC, QStringLiteral("a3"), "uidnext 4")).result().ok);
    QCOMPARE(m_store->syncState(m_source).value(QStringLiteral("INBOX")), QByteArray("uidnext 4"));
}

void TestSyncRuns::writeLockPastBusyTimeoutRefusesTheRestOfItsRun()
{
    // Another writer (as another process would) holds the write lock longer than the busy timeout.
    const QString name = QStringLiteral("tst-syncruns-other-writer");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(m_store->databasePath());
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY2(q.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sync_state (source_id, folder, state, updated_ms)"
                                      " VALUES (%1, 'Other', 'x', 0)").arg(m_source)));

        const quint64 run = ItemStore::newSyncRun();
        QElapsedTimer timer;
        timer.start();
        auto c1 = m_store->applyBatch(batch(run, QStringLiteral("c1"), "uidnext 2"));
        auto c2 = m_store->applyBatch(batch(run, QStringLiteral("c2"), "uidnext 3"));
        const StoreBatchResult r1 = c1.result();
        QVERIFY2(!r1.ok && !r1.skipped, qPrintable(r1.error));
        QVERIFY2(timer.elapsed() >= 4000, "the writer waits for the busy timeout first");
        // Released now: whether or not the writer has reached the second batch, it is not written.
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        const StoreBatchResult r2 = c2.result();
        QVERIFY(!r2.ok);
        QVERIFY(r2.skipped);
        QVERIFY(timer.elapsed() < 10000); // refused at once, not after a second busy wait
        m_store->endSyncRun(run);
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
    QVERIFY(!m_store->syncState(m_source).contains(QStringLiteral("INBOX")));
    QVERIFY(stored().isEmpty());
    // The next run stores both.
    const quint64 next = ItemStore::newSyncRun();
    QVERIFY(m_store->applyBatch(batch(next, QStringLiteral("c1"), "uidnext 2")).result().ok);
    QVERIFY(m_store->applyBatch(batch(next, QStringLiteral("c2"), "uidnext 3")).result().ok);
    QCOMPARE(stored(), (QStringList{QStringLiteral("c1"), QStringLiteral("c2")}));
    QCOMPARE(m_store->syncState(m_source).value(QStringLiteral("INBOX")), QByteArray("uidnext 3"));
}

QTEST_GUILESS_MAIN(TestSyncRuns)
#include "tst_syncruns.moc"
