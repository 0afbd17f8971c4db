// IMAP source against a real Dovecot on loopback: initial sync vs the Maildir source,
// incremental changes, UIDVALIDITY change, and resuming after the server dies mid-sync.
#include "cliprocess.h"
#include "dovecotserver.h"
#include "imaptestutil.h"
#include "mime/mimeparser.h"
#include "sources/bodyloader.h"
#include "sources/imap/imapsessionpool.h"
#include "sources/imap/imapsource.h"
#include "sources/imap/imapsyncstate.h"
#include "sources/maildir/maildirsource.h"

#include <QEventLoop>
#include <QTemporaryDir>
#include <QTest>

using namespace fi;
using namespace fi::test;

class TestImapSync : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void initialSyncMatchesMaildirSource();
    void incrementalChanges();
    void uidValidityChangeKeepsTriageState();
    void resumesAfterServerDiesMidSync();
    void keptSessionServesTheNextSync();

private:
    std::unique_ptr<ItemStore> openStore(QTemporaryDir &dir);
    qint64 addSource(ItemStore &store, const SourceConfig &config);
    QStringList subjects(const ItemStore &store, qint64 sourceId);
    /// Replaces the saved state of INBOX (a state left by an older version or a stopped sync).
    bool saveInboxState(ItemStore &store, qint64 sourceId, const imap::FolderState &state);
};

void TestImapSync::initTestCase()
{
    qRegisterMetaType<fi::SourceBatch>();
    qRegisterMetaType<fi::SyncResult>();
    qRegisterMetaType<fi::SourceError>();
}

std::unique_ptr<ItemStore> TestImapSync::openStore(QTemporaryDir &dir)
{
    auto store = std::make_unique<ItemStore>(dir.filePath(QStringLiteral("inbox.sqlite")));
    return store->open() == OpenError::None ? std::move(store) : nullptr;
}

qint64 TestImapSync::addSource(ItemStore &store, const SourceConfig &config)
{
    return store.addSource(config).result();
}

QStringList TestImapSync::subjects(const ItemStore &store, qint64 sourceId)
{
    ItemQuery q;
    q.states = ItemQuery::States::All;
    q.sourceId = sourceId;
    QStringList out;
    for (const Item &i : store.items(q))
        out.append(i.record.subject);
    out.sort();
    return out;
}

bool TestImapSync::saveInboxState(ItemStore &store, qint64 sourceId, const imap::FolderState &state)
{
    StoreBatch batch;
    batch.sourceId = sourceId;
    batch.syncState.insert(QStringLiteral("INBOX"), state.encode());
    return store.applyBatch(batch).result().ok;
}

void TestImapSync::initialSyncMatchesMaildirSource()
{
    DovecotServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    QString why;
    auto admin = adminSession(server, &why);
    QVERIFY2(admin, qPrintable(why));
    const QStringList files = corpusFiles();
    QVERIFY(files.size() > 50);
    QCOMPARE(appendFiles(*admin, QStringLiteral("INBOX"), files), int(files.size()));

    // Reference: the Maildir source over the same files.
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    SourceConfig maildir;
    maildir.kind = QStringLiteral("maildir");
    maildir.name = QStringLiteral("corpus");
    maildir.location = corpusDir() + QStringLiteral("/mail/spamassassin-spam");
    const qint64 mdId = addSource(*store, maildir);
    {
        MaildirSource src(maildir);
        QEventLoop loop;
        QObject::connect(&src, &Source::batchReady, &loop, [&](const SourceBatch &b) {
            StoreBatch sb{mdId, {}, b.flagUpdates, b.removedRemoteIds, b.syncState};
            for (const ItemRecord &r : b.upserts) {
                Item item;
                item.record = r;
                sb.upserts.append(item);
            }
            store->applyBatch(sb).waitForFinished();
        });
        QObject::connect(&src, &Source::finished, &loop, &QEventLoop::quit);
        src.start({}, {});
        loop.exec();
    }

    const imap::Account account = fixtureAccount(server);
    const qint64 id = addSource(*store, fixtureConfig(server, account));
    const RunOutcome first = runSource(*store, id, fixtureConfig(server, account), server.password());
    QVERIFY2(first.result.ok, qPrintable(first.result.error));
    QCOMPARE(first.result.added + first.result.failed, int(files.size()));
    QCOMPARE(first.stats.bodiesFetched, int(files.size()));
    QCOMPARE(store->knownItems(id).size(), store->knownItems(mdId).size());
    const QStringList imapSubjects = subjects(*store, id);
    QCOMPARE(imapSubjects, subjects(*store, mdId));
    QVERIFY(imapSubjects.filter(QStringLiteral("?=")).isEmpty()); // RFC 2047 words decoded

    const RunOutcome second = runSource(*store, id, fixtureConfig(server, account), server.password());
    QVERIFY2(second.result.ok, qPrintable(second.result.error));
    QCOMPARE(second.result.added, 0);
    QCOMPARE(second.result.updated, 0);
    QCOMPARE(second.stats.bodiesFetched, 0); // no message bodies on a no-change resync
    QCOMPARE(store->knownItems(id).size(), qsizetype(first.result.added));

    // Opening an item fetches its full body on demand; it reads like the Maildir copy.
    imap::ImapSource::setDefaultPasswordProvider(
        [pw = server.password()](const imap::Account &, QString *) { return std::optional<QString>(pw); });
    // The same message through both sources, matched by Message-ID.
    ItemQuery all;
    all.states = ItemQuery::States::All;
    all.sourceId = id;
    Item viaImap;
    for (const Item &i : store->items(all))
        if (i.record.subject == QStringLiteral("There yours for FREE!") && !i.record.messageId.isEmpty())
            viaImap = i;
    all.sourceId = mdId;
    Item viaMaildir;
    for (const Item &i : store->items(all))
        if (i.record.messageId == viaImap.record.messageId)
            viaMaildir = i;
    QVERIFY(viaImap.id > 0 && viaMaildir.id > 0);
    QString loadError;
    const auto imapBody = loadItemBody(*store->source(id), viaImap.record, &loadError);
    QVERIFY2(imapBody, qPrintable(loadError));
    const auto maildirBody = loadItemBody(*store->source(mdId), viaMaildir.record, &loadError);
    QVERIFY2(maildirBody, qPrintable(loadError));
    QVERIFY(!imapBody->bodyText.trimmed().isEmpty());
    QCOMPARE(imapBody->bodyText, maildirBody->bodyText);
    imap::ImapSource::setDefaultPasswordProvider({});
}

void TestImapSync::incrementalChanges()
{
    DovecotServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    auto admin = adminSession(server);
    QVERIFY(admin);
    const QStringList files = corpusFiles().mid(0, 10);
    QCOMPARE(appendFiles(*admin, QStringLiteral("INBOX"), files), 10);
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    const SourceConfig config = fixtureConfig(server, fixtureAccount(server));
    const qint64 id = addSource(*store, config);
    RunOutcome r = runSource(*store, id, config, server.password());
    QVERIFY(r.result.ok);
    QCOMPARE(store->knownItems(id).size(), 10);
    QVERIFY(r.stats.knownItemsRead);
    QVERIFY(r.stats.qresync);  // Dovecot has QRESYNC: the sync session ENABLEs it (RFC 7162)
    QCOMPARE(r.stats.unchangedFolders, 0);

    // Issue 17: nothing changed → the sync stops after SELECT: no batch, no stored item read.
    r = runSource(*store, id, config, server.password());
    QVERIFY2(r.result.ok, qPrintable(r.result.error));
    QCOMPARE(r.stats.unchangedFolders, 1);
    QVERIFY(!r.stats.knownItemsRead);
    QCOMPARE(r.batches, 0);
    QCOMPARE(r.result.added + r.result.updated + r.result.removed, 0);

    // New message appended → appears.
    QCOMPARE(appendFiles(*admin, QStringLiteral("INBOX"), corpusFiles().mid(10, 1)), 1);
    r = runSource(*store, id, config, server.password());
    QVERIFY2(r.result.ok, qPrintable(r.result.error));
    QCOMPARE(r.stats.unchangedFolders, 0);
    QCOMPARE(r.result.added, 1);
    QCOMPARE(r.stats.bodiesFetched, 1);
    QCOMPARE(store->knownItems(id).size(), 11);
    QVERIFY(!r.stats.knownItemsRead);  // only added: the stored items were looked up, not read

    // The same message again (same Message-ID, a second copy in the folder): a second item, the
    // first untouched, still without reading every stored item.
    const QStringList before = subjects(*store, id);
    QCOMPARE(appendFiles(*admin, QStringLiteral("INBOX"), corpusFiles().mid(10, 1)), 1);
    r = runSource(*store, id, config, server.password());
    QVERIFY2(r.result.ok, qPrintable(r.result.error));
    QCOMPARE(r.result.added, 1);
    QVERIFY(!r.stats.knownItemsRead);
    QCOMPARE(store->knownItems(id).size(), 12);
    QCOMPARE(subjects(*store, id).size(), before.size() + 1);
    imap::Error e;
    QVERIFY(admin->select(QStringLiteral("INBOX"), &e));
    QVERIFY(admin->storeDeleted(12, &e));
    QVERIFY(admin->expunge(12, &e));
    r = runSource(*store, id, config, server.password());
    QVERIFY2(r.result.ok, qPrintable(r.result.error));
    QCOMPARE(r.result.removed, 1);
    QCOMPARE(r.stats.uidListings, 0);  // VANISHED (EARLIER) named it: no listing of the folder
    QVERIFY(!r.stats.knownItemsRead);  // its item was looked up by its locator, not read with all
    QCOMPARE(subjects(*store, id), before);

    // \Seen set on the server → reflected (CONDSTORE CHANGEDSINCE path on Dovecot).
    QVERIFY(admin->select(QStringLiteral("INBOX"), &e));
    QVERIFY(admin->storeSeen({3}, true, &e));
    r = runSource(*store, id, config, server.password());
    QVERIFY2(r.result.ok, qPrintable(r.result.error));
    QCOMPARE(r.stats.unchangedFolders, 0);  // HIGHESTMODSEQ moved
    QCOMPARE(r.result.updated, 1);
    QCOMPARE(r.stats.bodiesFetched, 0);
    QVERIFY(!r.stats.knownItemsRead);  // the changed message's item was looked up, not all read
    int seen = 0;
    ItemQuery all;
    all.states = ItemQuery::States::All;
    all.sourceId = id;
    for (const Item &i : store->items(all))
        seen += i.record.flags.seen ? 1 : 0;
    QCOMPARE(seen, 1);

    // Expunge (moved away) → gone.
    QVERIFY(admin->createFolder(QStringLiteral("Trash"), &e));
    QVERIFY(admin->select(QStringLiteral("INBOX"), &e));
    QVERIFY2(admin->moveTo({1, 2}, QStringLiteral("Trash"), &e), qPrintable(e.message));
    r = runSource(*store, id, config, server.password());
    QVERIFY2(r.result.ok, qPrintable(r.result.error));
    QCOMPARE(r.result.removed, 2);
    QCOMPARE(r.stats.uidListings, 0);
    QVERIFY(!r.stats.knownItemsRead);
    QCOMPARE(store->knownItems(id).size(), 9);

    // A sync stopped before its last batch has saved the new HIGHESTMODSEQ with the gone UIDs
    // still in the set: VANISHED since then does not name them, the counts disagree, and one
    // listing puts the set right.
    {
        const QByteArray settled = store->syncState(id).value(QStringLiteral("INBOX"));
        imap::FolderState stopped = imap::FolderState::decode(settled);
        QVERIFY(stopped.knownUids);
        stopped.knownUids->insert(1);
        stopped.knownUids->insert(2);
        QVERIFY(saveInboxState(*store, id, stopped));
        r = runSource(*store, id, config, server.password());
        QVERIFY2(r.result.ok, qPrintable(r.result.error));
        QCOMPARE(r.stats.uidListings, 1);
        QCOMPARE(r.result.removed, 0);  // their items went with the sync before
        QCOMPARE(store->syncState(id).value(QStringLiteral("INBOX")), settled);
    }

    // The saved UID set lost the two moved messages with that sync: the next one finds the folder
    // unchanged again (before issue 17 a folder whose count disagreed with the stored items was
    // listed on every sync, e.g. while a done item sat in the archive).
    r = runSource(*store, id, config, server.password());
    QVERIFY2(r.result.ok, qPrintable(r.result.error));
    QCOMPARE(r.stats.unchangedFolders, 1);
    QVERIFY(!r.stats.knownItemsRead);

    // A state saved before the UID set existed ("v1") is rebuilt by one full sync, then used.
    const QByteArray saved = store->syncState(id).value(QStringLiteral("INBOX"));
    imap::FolderState old = imap::FolderState::decode(saved);
    QVERIFY(old.knownUids);
    QCOMPARE(old.knownUids->count(), quint64(9));
    old.knownUids.reset();
    QVERIFY(saveInboxState(*store, id, old));
    r = runSource(*store, id, config, server.password());
    QVERIFY2(r.result.ok, qPrintable(r.result.error));
    QCOMPARE(r.stats.unchangedFolders, 0);
    QVERIFY(r.stats.knownItemsRead);
    QCOMPARE(r.result.added + r.result.removed, 0);
    QCOMPARE(imap::FolderState::decode(store->syncState(id).value(QStringLiteral("INBOX"))).knownUids->count(), quint64(9));
    r = runSource(*store, id, config, server.password());
    QCOMPARE(r.stats.unchangedFolders, 1);
    QCOMPARE(store->knownItems(id).size(), 9);
}

void TestImapSync::uidValidityChangeKeepsTriageState()
{
    DovecotServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    auto admin = adminSession(server);
    QVERIFY(admin);
    imap::Error e;
    const QString folder = QStringLiteral("Work");
    QVERIFY(admin->createFolder(folder, &e));
    const QStringList files = corpusFiles().mid(0, 20);
    QCOMPARE(appendFiles(*admin, folder, files), 20);
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    imap::Account account = fixtureAccount(server);
    account.folders = {folder};
    const SourceConfig config = fixtureConfig(server, account);
    const qint64 id = addSource(*store, config);
    QVERIFY(runSource(*store, id, config, server.password()).result.ok);
    ItemQuery all;
    all.states = ItemQuery::States::All;
    all.sourceId = id;
    const QList<Item> before = store->items(all);
    QCOMPARE(before.size(), 20);
    QList<qint64> doneIds{before.at(0).id, before.at(5).id};
    QVERIFY(store->setState(doneIds, ItemState::Done).result());

    // Recreate the folder: new UIDVALIDITY, same messages.
    const quint32 oldValidity = admin->select(folder, &e)->uidValidity;
    QVERIFY(admin->select(QStringLiteral("INBOX"), &e));
    QVERIFY(admin->deleteFolder(folder, &e));
    QVERIFY(admin->createFolder(folder, &e));
    QCOMPARE(appendFiles(*admin, folder, files), 20);
    QVERIFY(admin->select(folder, &e)->uidValidity != oldValidity);

    const RunOutcome r = runSource(*store, id, config, server.password());
    QVERIFY2(r.result.ok, qPrintable(r.result.error));
    const QList<Item> after = store->items(all);
    QCOMPARE(after.size(), 20); // no duplicates
    int done = 0;
    for (const Item &i : after) {
        if (doneIds.contains(i.id)) {
            QCOMPARE(i.state, ItemState::Done);
            ++done;
        }
        QVERIFY(i.record.locator.startsWith(QString::number(admin->select(folder, &e)->uidValidity)));
    }
    QCOMPARE(done, 2);
}

void TestImapSync::resumesAfterServerDiesMidSync()
{
    constexpr int kCount = 5000;
    DovecotServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    writeGeneratedMaildir(server.mailDir(), kCount, corpusFiles());
    server.fixOwnership();
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    const SourceConfig config = fixtureConfig(server, fixtureAccount(server));
    const qint64 id = addSource(*store, config);

    const RunOutcome broken = runSource(*store, id, config, server.password(), [&](int batches) {
        if (batches == 3)
            server.stop();
    });
    QVERIFY2(!broken.result.ok, qPrintable(QStringLiteral("batches %1 items %2").arg(broken.batches).arg(store->knownItems(id).size())));
    QVERIFY(!broken.result.error.isEmpty());
    const qsizetype partial = store->knownItems(id).size();
    QVERIFY2(partial > 0 && partial < kCount, qPrintable(QString::number(partial)));

    QVERIFY2(server.start(), qPrintable(server.error()));
    const RunOutcome resumed = runSource(*store, id, config, server.password());
    QVERIFY2(resumed.result.ok, qPrintable(resumed.result.error));
    QCOMPARE(store->knownItems(id).size(), qsizetype(kCount));
    QCOMPARE(resumed.result.added + int(partial), kCount);
    QVERIFY(resumed.stats.bodiesFetched <= kCount - int(partial) + 500);
}

/// Issue 17: with the session pool on (as in the app), the next sync of the account reuses the
/// logged-in session; every kind of change is still found on it, a session the server closed
/// is replaced, and a different password never gets the session of another.
void TestImapSync::keptSessionServesTheNextSync()
{
    DovecotServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    auto admin = adminSession(server);
    QVERIFY(admin);
    QCOMPARE(appendFiles(*admin, QStringLiteral("INBOX"), corpusFiles().mid(0, 10)), 10);
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    const SourceConfig config = fixtureConfig(server, fixtureAccount(server));
    const qint64 id = addSource(*store, config);
    imap::SessionPool::keep(true);
    auto poolOff = qScopeGuard([] { imap::SessionPool::keep(false); });

    RunOutcome r = runSource(*store, id, config, server.password());
    QVERIFY2(r.result.ok, qPrintable(r.result.error));
    QVERIFY(!r.stats.sessionReused);
    QCOMPARE(imap::SessionPool::size(), 1);

    r = runSource(*store, id, config, server.password());
    QVERIFY2(r.result.ok, qPrintable(r.result.error));
    QVERIFY(r.stats.sessionReused);
    QCOMPARE(r.stats.unchangedFolders, 1);
    QCOMPARE(r.batches, 0);

    QCOMPARE(appendFiles(*admin, QStringLiteral("INBOX"), corpusFiles().mid(10, 1)), 1);
    r = runSource(*store, id, config, server.password());
    QVERIFY2(r.result.ok, qPrintable(r.result.error));
    QVERIFY(r.stats.sessionReused);
    QCOMPARE(r.result.added, 1);
    QCOMPARE(store->knownItems(id).size(), 11);

    imap::Error e;
    QVERIFY(admin->select(QStringLiteral("INBOX"), &e));
    QVERIFY(admin->storeSeen({3}, true, &e));
    r = runSource(*store, id, config, server.password());
    QVERIFY(r.stats.sessionReused);
    QCOMPARE(r.result.updated, 1);

    QVERIFY(admin->createFolder(QStringLiteral("Trash"), &e));
    QVERIFY(admin->select(QStringLiteral("INBOX"), &e));
    QVERIFY(admin->moveTo({1}, QStringLiteral("Trash"), &e));
    r = runSource(*store, id, config, server.password());
    QVERIFY(r.stats.sessionReused);
    QCOMPARE(r.result.removed, 1);
    QCOMPARE(r.stats.uidListings, 0);  // on the kept, still selected session too
    QCOMPARE(store->knownItems(id).size(), 10);

    // Another password never gets the kept session: the server refuses it.
    r = runSource(*store, id, config, QStringLiteral("not-the-password"));
    QVERIFY(!r.result.ok);
    QVERIFY(!r.stats.sessionReused);

    // The server restarts: the kept session no longer answers, a new one is opened.
    server.stop();
    QVERIFY2(server.start(), qPrintable(server.error()));
    r = runSource(*store, id, config, server.password());
    QVERIFY2(r.result.ok, qPrintable(r.result.error));
    QVERIFY(!r.stats.sessionReused);
    QCOMPARE(r.stats.unchangedFolders, 1);
    QCOMPARE(imap::SessionPool::size(), 1);

    poolOff.dismiss();
    imap::SessionPool::keep(false);
    QCOMPARE(imap::SessionPool::size(), 0);
}

QTEST_GUILESS_MAIN(TestImapSync)
#include "tst_imapsync.moc"
