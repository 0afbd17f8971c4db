// Unit tests of fi::ItemStore: atomic batches, sync state, concurrent reads, reopening,
// several stores per process. Real SQLite files in a temporary directory.

#include "storage/itemstore.h"
#include "storeitems.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <thread>
#include <memory>

using namespace fi;

using namespace fi::test;

class TestItemStoreDurability : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    QString dbPath(const QString &name = QStringLiteral("inbox.sqlite")) const
    {
        return m_dir->filePath(name);
    }

    std::unique_ptr<ItemStore> openStore(const QString &path)
    {
        auto store = std::make_unique<ItemStore>(path);
        QString error;
        const OpenError result = store->open(&error);
        if (result != OpenError::None)
            qWarning("open failed: %s", qUtf8Printable(error));
        return result == OpenError::None ? std::move(store) : nullptr;
    }

    qint64 addMaildir(ItemStore &store, const QString &name = QStringLiteral("Work"))
    {
        SourceConfig config;
        config.kind = QStringLiteral("maildir");
        config.name = name;
        config.location = QStringLiteral("/home/me/Maildir/") + name;
        return store.addSource(config).result();
    }

    StoreBatchResult apply(ItemStore &store, qint64 sourceId, const QList<Item> &upserts,
                           const QStringList &removed = {}, const QList<FlagUpdate> &flags = {})
    {
        StoreBatch batch;
        batch.sourceId = sourceId;
        batch.upserts = upserts;
        batch.removedRemoteIds = removed;
        batch.flagUpdates = flags;
        return store.applyBatch(batch).result();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { m_dir.reset(); }

    void failingBatchLeavesNothing()
    {
        auto store = openStore(dbPath());
        QVERIFY(store);
        const qint64 src = addMaildir(*store);
        StoreBatch bad;
        bad.sourceId = src;
        bad.upserts = {makeItem(QStringLiteral("ok"), QStringLiteral("Fine"), kBase),
                       makeItem(QString(), QStringLiteral("No remote id"), kBase)};
        bad.syncState = {{QStringLiteral("INBOX"), QByteArray("uidnext=5")}};
        const StoreBatchResult result = store->applyBatch(bad).result();
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(result.added, 0);
        ItemQuery all;
        all.states = ItemQuery::States::All;
        QVERIFY(store->items(all).isEmpty());
        QVERIFY(store->syncState(src).isEmpty());

        StoreBatch orphan;  // unknown source: foreign key violation
        orphan.sourceId = src + 100;
        orphan.upserts = {makeItem(QStringLiteral("o"), QStringLiteral("Orphan"), kBase)};
        QVERIFY(!store->applyBatch(orphan).result().ok);

        // The writer goes on with the next job.
        QVERIFY(apply(*store, src, {makeItem(QStringLiteral("ok"), QStringLiteral("Fine"), kBase)}).ok);
        QCOMPARE(store->items(all).size(), 1);
    }

    void syncStateCommittedWithBatch()
    {
        auto store = openStore(dbPath());
        QVERIFY(store);
        const qint64 src = addMaildir(*store);
        StoreBatch batch;
        batch.sourceId = src;
        batch.upserts = {makeItem(QStringLiteral("a"), QStringLiteral("A"), kBase)};
        batch.syncState = {{QStringLiteral("INBOX"), QByteArray("uidvalidity=7;uidnext=42")},
                           {QStringLiteral("Archive"), QByteArray("\x00\x01\x02", 3)}};
        QVERIFY(store->applyBatch(batch).result().ok);
        QMap<QString, QByteArray> state = store->syncState(src);
        QCOMPARE(state.size(), 2);
        QCOMPARE(state.value(QStringLiteral("INBOX")), QByteArray("uidvalidity=7;uidnext=42"));
        QCOMPARE(state.value(QStringLiteral("Archive")), QByteArray("\x00\x01\x02", 3));

        batch.upserts.clear();
        batch.syncState = {{QStringLiteral("INBOX"), QByteArray("uidvalidity=7;uidnext=43")}};
        QVERIFY(store->applyBatch(batch).result().ok);
        state = store->syncState(src);
        QCOMPARE(state.value(QStringLiteral("INBOX")), QByteArray("uidvalidity=7;uidnext=43"));
        QCOMPARE(state.size(), 2);
    }

    void readsFromAnotherThreadWhileWriting()
    {
        auto store = openStore(dbPath());
        QVERIFY(store);
        const qint64 src = addMaildir(*store);
        constexpr int kBatches = 20;
        constexpr int kPerBatch = 50;
        std::atomic<bool> writing = true;

        // A reader on a pool thread must only ever see whole batches.
        QFuture<QString> reader = QtConcurrent::run([&]() -> QString {
            int reads = 0;
            int last = 0;
            while (writing.load() || reads == 0) {
                const int n = int(store->items(ItemQuery{}).size());
                if (n % kPerBatch != 0)
                    return QStringLiteral("saw a half batch: %1 items").arg(n);
                if (n < last)
                    return QStringLiteral("count went backwards: %1 < %2").arg(n).arg(last);
                last = n;
                ++reads;
            }
            return QString();
        });
        QList<QFuture<StoreBatchResult>> writes;
        for (int b = 0; b < kBatches; ++b) {
            StoreBatch batch;
            batch.sourceId = src;
            for (int i = 0; i < kPerBatch; ++i)
                batch.upserts << makeItem(QStringLiteral("%1-%2").arg(b).arg(i), QStringLiteral("Item"), kBase + i);
            writes << store->applyBatch(batch);
        }
        store->flush();
        for (auto &w : writes)
            QVERIFY(w.isFinished() && w.result().ok);
        writing = false;
        QCOMPARE(reader.result(), QString());
        QCOMPARE(store->items(ItemQuery{}).size(), kBatches * kPerBatch);
    }

    void readConnectionsOfEndedThreadsAreClosed()
    {
        auto store = openStore(dbPath());
        QVERIFY(store);
        apply(*store, addMaildir(*store), {makeItem(QStringLiteral("1"), QStringLiteral("One"), kBase)});
        auto readConnections = [] {
            return QSqlDatabase::connectionNames().filter(QStringLiteral("fi-read-")).size();
        };
        QCOMPARE(store->items(ItemQuery{}).size(), 1);  // this thread's connection
        const qsizetype before = readConnections();
        QCOMPARE(before, 1);
        qsizetype seen = 0;
        qsizetype duringRead = 0;
        std::thread reader([&] {
            seen = store->items(ItemQuery{}).size();
            duringRead = readConnections();
        });
        reader.join();  // returns after the thread's thread-local clean-up ran
        QCOMPARE(seen, 1);
        QCOMPARE(duringRead, before + 1);
        QCOMPARE(readConnections(), before);
        store.reset();
        QCOMPARE(readConnections(), 0);
    }

    void dataSurvivesReopen()
    {
        qint64 src = 0;
        {
            auto store = openStore(dbPath());
            QVERIFY(store);
            src = addMaildir(*store);
            StoreBatch batch;
            batch.sourceId = src;
            batch.upserts = {makeItem(QStringLiteral("p"), QStringLiteral("Persistent"), kBase)};
            batch.syncState = {{QString(), QByteArray("state")}};
            store->applyBatch(batch);  // not waited for: the destructor drains the queue
        }
        auto store = openStore(dbPath());
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), ItemStore::latestSchemaVersion());
        QCOMPARE(store->sources().size(), 1);
        QCOMPARE(subjects(store->items(ItemQuery{})), QStringList{QStringLiteral("Persistent")});
        QCOMPARE(store->syncState(src).value(QString()), QByteArray("state"));
        QVERIFY(!QFile::exists(dbPath() + QStringLiteral(".bak-v1")));  // same version: no backup
    }

    void twoStoresInOneProcess()
    {
        auto first = openStore(dbPath(QStringLiteral("one.sqlite")));
        auto second = openStore(dbPath(QStringLiteral("two.sqlite")));
        QVERIFY(first && second);
        apply(*first, addMaildir(*first), {makeItem(QStringLiteral("1"), QStringLiteral("First"), kBase)});
        apply(*second, addMaildir(*second), {makeItem(QStringLiteral("1"), QStringLiteral("Second"), kBase)});
        QCOMPARE(subjects(first->items(ItemQuery{})), QStringList{QStringLiteral("First")});
        QCOMPARE(subjects(second->items(ItemQuery{})), QStringList{QStringLiteral("Second")});
        first.reset();
        QCOMPARE(subjects(second->items(ItemQuery{})), QStringList{QStringLiteral("Second")});
    }

    void writesBeforeOpenFail()
    {
        ItemStore store(dbPath());
        QCOMPARE(store.addSource(SourceConfig{}).result(), 0);
        QVERIFY(!store.applyBatch(StoreBatch{}).result().ok);
        QVERIFY(store.items(ItemQuery{}).isEmpty());
        store.flush();  // must not block
    }
};


QTEST_GUILESS_MAIN(TestItemStoreDurability)
#include "tst_itemstore_durability.moc"
