// Issue 12: the flag is a triage change like seen. ItemStore::setFlagged writes the flag and its
// journal row ("flag" / "unflag") in one transaction, for the kinds that journal it; and while a
// flag or seen change waits in the journal, a sync that still brings the source's old value
// does not undo it (schema v6 triggers). Real ItemStore on real SQLite files; the kinds are tiny
// test kinds registered at run time.

#include "sources/sourceregistry.h"
#include "storage/itemstore.h"
#include "storeitems.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fi;
using namespace fi::test;

namespace {

const QString kJournalKind = QStringLiteral("flag-test");
const QString kSilentKind = QStringLiteral("flag-test-silent");

void registerTestKinds()
{
    SourceKind journaling;
    journaling.key = kJournalKind;
    journaling.createSync = [](const SourceConfig &) { return std::unique_ptr<Source>(); };
    journaling.journals = [](const SourceConfig &, ChangeKind) { return true; };
    SourceRegistry::instance().registerKind(journaling);
    SourceKind silent;
    silent.key = kSilentKind;
    silent.createSync = journaling.createSync;
    silent.journals = [](const SourceConfig &, ChangeKind) { return false; };
    SourceRegistry::instance().registerKind(silent);
}

} // namespace

class TestFlagJournal : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ItemStore> m_store;

    qint64 addSource(const QString &kind)
    {
        SourceConfig config;
        config.kind = kind;
        config.name = kind;
        config.location = QStringLiteral("test:") + kind;
        return m_store->addSource(config).result();
    }

    qint64 addItem(qint64 sourceId, const QString &remoteId, bool flagged = false, bool seen = false)
    {
        Item item = makeItem(remoteId, QStringLiteral("Subject ") + remoteId, kBase);
        item.record.flags.flagged = flagged;
        item.record.flags.seen = seen;
        StoreBatch batch;
        batch.sourceId = sourceId;
        batch.upserts = {item};
        const StoreBatchResult r = m_store->applyBatch(batch).result();
        return r.ok && r.addedIds.size() == 1 ? r.addedIds.first() : 0;
    }

    bool flagged(qint64 id) const { return m_store->item(id).value().record.flags.flagged; }
    bool seen(qint64 id) const { return m_store->item(id).value().record.flags.seen; }

    QStringList journalKinds(qint64 sourceId) const
    {
        QStringList kinds;
        for (const PendingChange &c : m_store->pendingChanges(sourceId))
            kinds << changeKindName(c.kind);
        return kinds;
    }

    /// A sync batch that reports @p remoteId with @p flags (a flags-only change at the source).
    StoreBatchResult syncFlags(qint64 sourceId, const QString &remoteId, ItemFlags flags)
    {
        StoreBatch batch;
        batch.sourceId = sourceId;
        batch.flagUpdates = {FlagUpdate{remoteId, {}, {}, flags}};
        return m_store->applyBatch(batch).result();
    }

private Q_SLOTS:
    void initTestCase() { registerTestKinds(); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<ItemStore>(m_dir->filePath(QStringLiteral("inbox.sqlite")));
        QCOMPARE(m_store->open(), OpenError::None);
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void flagAndUnflagAreJournaledWithTheChange();
    void kindThatSaysNoJournalsNothingButFlags();
    void syncDoesNotUndoAJournaledFlag();
    void syncDoesNotUndoAJournaledSeen();
    void unflagAfterAPendingFlagWins();
};

void TestFlagJournal::flagAndUnflagAreJournaledWithTheChange()
{
    const qint64 source = addSource(kJournalKind);
    const qint64 a = addItem(source, QStringLiteral("a"));
    const qint64 b = addItem(source, QStringLiteral("b"), /*flagged=*/true);
    QVERIFY(a > 0 && b > 0);
    m_store->flush();
    QCoreApplication::processEvents();  // the batches' own itemsChanged first
    QSignalSpy changed(m_store.get(), &ItemStore::itemsChanged);
    QSignalSpy journaled(m_store.get(), &ItemStore::changesJournaled);

    // One call, two items: only the one whose flag changes is written and journaled.
    QVERIFY(m_store->setFlagged({a, b, 999999}, true).result());
    QVERIFY(flagged(a));
    QVERIFY(flagged(b));
    QCOMPARE(journalKinds(source), QStringList{QStringLiteral("flag")});
    const PendingChange change = m_store->pendingChanges(source).first();
    QCOMPARE(change.itemId, a);
    QCOMPARE(change.location.remoteId, QStringLiteral("a"));
    QCOMPARE(change.location.folder, QStringLiteral("INBOX"));
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<QList<qint64>>(), QList<qint64>{a});
    QTRY_COMPARE(journaled.size(), 1);

    // Flagging again changes nothing and journals nothing.
    QVERIFY(m_store->setFlagged({a}, true).result());
    QCOMPARE(journalKinds(source).size(), 1);

    // Unflag both: two rows, in the order of the ids.
    QVERIFY(m_store->setFlagged({a, b}, false).result());
    QVERIFY(!flagged(a));
    QVERIFY(!flagged(b));
    QCOMPARE(journalKinds(source), (QStringList{QStringLiteral("flag"), QStringLiteral("unflag"), QStringLiteral("unflag")}));
    QCOMPARE(m_store->pendingChanges(source).at(2).itemId, b);
    QCOMPARE(changeKindFromName(QStringLiteral("flag")), std::optional<ChangeKind>(ChangeKind::Flag));
    QCOMPARE(changeKindFromName(QStringLiteral("unflag")), std::optional<ChangeKind>(ChangeKind::Unflag));
}

void TestFlagJournal::kindThatSaysNoJournalsNothingButFlags()
{
    const qint64 source = addSource(kSilentKind);
    const qint64 a = addItem(source, QStringLiteral("a"));
    QVERIFY(m_store->setFlagged({a}, true).result());
    QVERIFY(flagged(a));
    QCOMPARE(m_store->pendingChangeCount(source), 0);
    // Without a journal row a sync is the truth: the source's flag comes back.
    QVERIFY(syncFlags(source, QStringLiteral("a"), ItemFlags{}).ok);
    QVERIFY(!flagged(a));
}

void TestFlagJournal::syncDoesNotUndoAJournaledFlag()
{
    const qint64 source = addSource(kJournalKind);
    const qint64 a = addItem(source, QStringLiteral("a"));
    QVERIFY(m_store->setFlagged({a}, true).result());

    // The source has not seen the flag yet: a flags-only sync and a full re-upsert both still
    // say "not flagged". The user's flag stays.
    QVERIFY(syncFlags(source, QStringLiteral("a"), ItemFlags{}).ok);
    QVERIFY(flagged(a));
    Item again = makeItem(QStringLiteral("a"), QStringLiteral("Subject a (edited)"), kBase);
    StoreBatch reupsert;
    reupsert.sourceId = source;
    reupsert.upserts = {again};
    QVERIFY(m_store->applyBatch(reupsert).result().ok);
    QVERIFY(flagged(a));
    QCOMPARE(m_store->item(a)->record.subject, QStringLiteral("Subject a (edited)"));  // the rest did apply

    // Once the flag reached the source (the row is gone), the source is the truth again: another
    // client that unflags it is heard.
    QVERIFY(m_store->commitChangeOutcome({m_store->pendingChanges(source).first().id, ChangeOutcome::Status::Applied,
                                          {}, {}, {}})
                .result());
    QVERIFY(syncFlags(source, QStringLiteral("a"), ItemFlags{}).ok);
    QVERIFY(!flagged(a));
}

void TestFlagJournal::syncDoesNotUndoAJournaledSeen()
{
    const qint64 source = addSource(kJournalKind);
    const qint64 a = addItem(source, QStringLiteral("a"), false, /*seen=*/true);
    QVERIFY(m_store->setSeen({a}, false).result());  // marked unread here, not yet at the source
    QCOMPARE(journalKinds(source), QStringList{QStringLiteral("unseen")});
    ItemFlags serverSays;
    serverSays.seen = true;
    QVERIFY(syncFlags(source, QStringLiteral("a"), serverSays).ok);
    QVERIFY(!seen(a));
    // The seen trigger leaves the flag alone, and the flag trigger the seen flag.
    serverSays.flagged = true;
    QVERIFY(syncFlags(source, QStringLiteral("a"), serverSays).ok);
    QVERIFY(!seen(a));
    QVERIFY(flagged(a));
}

void TestFlagJournal::unflagAfterAPendingFlagWins()
{
    // flag then unflag before either reached the source: the newest journaled value counts,
    // for the user's own write and for a sync in between.
    const qint64 source = addSource(kJournalKind);
    const qint64 a = addItem(source, QStringLiteral("a"));
    QVERIFY(m_store->setFlagged({a}, true).result());
    QVERIFY(m_store->setFlagged({a}, false).result());
    QVERIFY(!flagged(a));
    ItemFlags serverSays;
    serverSays.flagged = true;  // e.g. the replay of "flag" went through, "unflag" not yet
    QVERIFY(syncFlags(source, QStringLiteral("a"), serverSays).ok);
    QVERIFY(!flagged(a));
    QVERIFY(m_store->setFlagged({a}, true).result());
    QVERIFY(flagged(a));
    QCOMPARE(journalKinds(source),
             (QStringList{QStringLiteral("flag"), QStringLiteral("unflag"), QStringLiteral("flag")}));
}

QTEST_GUILESS_MAIN(TestFlagJournal)
#include "tst_flagjournal.moc"
