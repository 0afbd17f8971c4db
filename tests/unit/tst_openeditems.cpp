// "Opened in the app" is the app's own knowledge (Item::openedMs, items.opened_ms): set with the
// seen flag in one transaction when the user opens an item, and never undone by the source's
// flags (a phone marking the message unread) or a re-parsed record.
#include "storage/itemstore.h"
#include "storeitems.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fi;
using namespace fi::test;

class TestOpenedItems : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void openingSetsSeenAndOpenedOnce();
    void openingAnItemSeenElsewhereRecordsOnlyTheOpening();
    void sourceFlagsNeverUndoTheOpening();

private:
    Item stored(const QString &remoteId) const { return m_store->item(idOf(*m_store, remoteId)).value_or(Item{}); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ItemStore> m_store;
    qint64 m_source = 0;
};

void TestOpenedItems::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ItemStore>(m_dir->filePath(QStringLiteral("db.sqlite")));
    QCOMPARE(m_store->open(), OpenError::None);
    SourceConfig config;
    config.kind = QStringLiteral("maildir");
    config.name = QStringLiteral("Mail");
    // Read-only Maildir: opening here journals nothing, so the source's flags (another client,
    // a phone) are the only writer of the seen flag in these tests.
    config.settings.insert(QStringLiteral("writeBack"), false);
    m_source = m_store->addSource(config).result();
    StoreBatch batch;
    batch.sourceId = m_source;
    Item seenAtTheSource = makeItem(QStringLiteral("b"), QStringLiteral("Read on the phone"), kBase);
    seenAtTheSource.record.flags.seen = true;
    batch.upserts = {makeItem(QStringLiteral("a"), QStringLiteral("New"), kBase), seenAtTheSource};
    QVERIFY(m_store->applyBatch(batch).result().ok);
    QCoreApplication::processEvents();  // deliver the batch's itemsChanged before the tests spy
}

void TestOpenedItems::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestOpenedItems::openingSetsSeenAndOpenedOnce()
{
    const qint64 id = idOf(*m_store, QStringLiteral("a"));
    QVERIFY(!stored(QStringLiteral("a")).openedMs);
    QSignalSpy seenChanged(m_store.get(), &ItemStore::itemSeenChanged);
    QVERIFY(m_store->setSeen({id}, true, kBase + kHour).result());
    const Item a = stored(QStringLiteral("a"));
    QVERIFY(a.record.flags.seen);
    QCOMPARE(a.openedMs, std::optional<qint64>(kBase + kHour));
    QVERIFY(seenChanged.wait());
    QCOMPARE(seenChanged.first().first().value<QList<qint64>>(), QList<qint64>{id});
    // Opened again later: the first opening stays.
    QVERIFY(m_store->setSeen({id}, true, kBase + 2 * kHour).result());
    QCOMPARE(stored(QStringLiteral("a")).openedMs, std::optional<qint64>(kBase + kHour));
    // Marked unread by hand (no opening): the opening is history, it stays too.
    QVERIFY(m_store->setSeen({id}, false).result());
    QVERIFY(!stored(QStringLiteral("a")).record.flags.seen);
    QCOMPARE(stored(QStringLiteral("a")).openedMs, std::optional<qint64>(kBase + kHour));
}

void TestOpenedItems::openingAnItemSeenElsewhereRecordsOnlyTheOpening()
{
    const qint64 id = idOf(*m_store, QStringLiteral("b"));
    QSignalSpy changed(m_store.get(), &ItemStore::itemsChanged);
    QSignalSpy seenChanged(m_store.get(), &ItemStore::itemSeenChanged);
    QVERIFY(m_store->setSeen({id}, true, kBase + kHour).result());
    QCOMPARE(stored(QStringLiteral("b")).openedMs, std::optional<qint64>(kBase + kHour));
    QVERIFY(changed.wait());
    QCOMPARE(changed.first().first().value<QList<qint64>>(), QList<qint64>{id});
    QCOMPARE(seenChanged.size(), 0);  // its seen flag did not change: nothing to mirror
}

void TestOpenedItems::sourceFlagsNeverUndoTheOpening()
{
    const qint64 id = idOf(*m_store, QStringLiteral("a"));
    QVERIFY(m_store->setSeen({id}, true, kBase + kHour).result());
    StoreBatch batch;
    batch.sourceId = m_source;
    FlagUpdate unread;
    unread.remoteId = QStringLiteral("a");
    unread.flags.seen = false;  // a phone marked it unread
    batch.flagUpdates = {unread};
    Item reparsed = makeItem(QStringLiteral("b"), QStringLiteral("Read on the phone"), kBase);
    batch.upserts = {reparsed};
    QVERIFY(m_store->applyBatch(batch).result().ok);
    QVERIFY(m_store->setSeen({idOf(*m_store, QStringLiteral("b"))}, true, kBase + 2 * kHour).result());
    QVERIFY(m_store->applyBatch(batch).result().ok);
    const Item a = stored(QStringLiteral("a"));
    QVERIFY(!a.record.flags.seen);
    QCOMPARE(a.openedMs, std::optional<qint64>(kBase + kHour));
    QCOMPARE(stored(QStringLiteral("b")).openedMs, std::optional<qint64>(kBase + 2 * kHour));
}

QTEST_GUILESS_MAIN(TestOpenedItems)
#include "tst_openeditems.moc"
