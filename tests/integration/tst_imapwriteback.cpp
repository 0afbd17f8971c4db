// Write-back of triage to a real Dovecot through the change journal: "opened" sets \Seen, "done"
// sets \Seen and moves to the archive folder; a replay while the server is down keeps every
// change (in the database) for the next try.
#include "dovecotserver.h"
#include "imaptestutil.h"
#include "sources/imap/imaplegacyqueue.h"
#include "sources/imap/imapreplayer.h"
#include "sources/imap/imapsyncstate.h"
#include "sources/sourceregistry.h"
#include "sync/changereplayservice.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fi;
using namespace fi::test;

class TestImapWriteBack : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void failedReplayKeepsChangesThenApplies();
    void triageInTheAppIsMirroredToTheServer();
    void aLegacyQueueIsReplayedOnceThroughTheJournal();
};

void TestImapWriteBack::initTestCase()
{
    qRegisterMetaType<fi::SourceBatch>();
    qRegisterMetaType<fi::SyncResult>();
    const QString password = DovecotServer().password();
    imap::ImapSource::setDefaultPasswordProvider([password](const imap::Account &, QString *) { return password; });
}

void TestImapWriteBack::cleanupTestCase() { imap::ImapSource::setDefaultPasswordProvider({}); }

namespace {
/// INBOX with @p messages corpus messages, and an empty Archive folder.
bool fillInboxAndArchive(const DovecotServer &server, int messages)
{
    auto admin = adminSession(server);
    imap::Error e;
    return admin && admin->createFolder(QStringLiteral("Archive"), &e)
        && appendFiles(*admin, QStringLiteral("INBOX"), corpusFiles().mid(0, messages)) == messages;
}

/// One replay of the journal of @p config, committing each outcome as ChangeReplayService does.
ReplayResult replayJournal(ItemStore &store, const SourceConfig &config)
{
    const std::unique_ptr<ChangeReplayer> replayer = imap::createReplayer(config);
    return replayer->replay(store.pendingChanges(config.id),
                            [&store](const ChangeOutcome &o) { return store.commitChangeOutcome(o).result(); });
}
} // namespace

void TestImapWriteBack::failedReplayKeepsChangesThenApplies()
{
    DovecotServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    QVERIFY(fillInboxAndArchive(server, 3));
    QTemporaryDir dir;
    ItemStore store(dir.filePath(QStringLiteral("db.sqlite")));
    QCOMPARE(store.open(), OpenError::None);
    imap::Account account = fixtureAccount(server);
    account.archiveFolder = QStringLiteral("Archive");
    SourceConfig config = fixtureConfig(server, account);
    const qint64 id = store.addSource(config).result();
    config.id = id;
    QVERIFY(runSource(store, id, config, server.password()).result.ok);
    ItemQuery all;
    all.states = ItemQuery::States::All;
    all.sourceId = id;
    QList<Item> items = store.items(all);
    QCOMPARE(items.size(), 3);

    // Journaled with the local change, in the same transaction.
    QVERIFY(store.setState({items[0].id}, ItemState::Done).result());
    QVERIFY(store.setSeen({items[1].id}, true).result());
    QCOMPARE(store.pendingChangeCount(id), 2);

    server.stop();
    ReplayResult r = replayJournal(store, config);
    QVERIFY(!r.ok);
    QVERIFY(r.retryable);
    QVERIFY(!r.error.isEmpty());
    QCOMPARE(store.pendingChangeCount(id), 2); // never lost

    QVERIFY2(server.start(), qPrintable(server.error()));
    r = replayJournal(store, config);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(store.pendingChangeCount(id), 0);

    auto admin = adminSession(server);
    QVERIFY(admin);
    imap::Error e;
    QCOMPARE(admin->select(QStringLiteral("Archive"), &e)->exists, 1u);
    const auto flags = admin->uidFetch({{1, 0}}, imap::FetchWhat::Flags, &e);
    QVERIFY(flags && flags->size() == 1);
    QVERIFY(flags->first().flags.seen);

    // The done item followed its message into the archive; the next sync of INBOX removes
    // nothing and sees the \Seen flag.
    QCOMPARE(store.item(items[0].id)->record.folder, QStringLiteral("Archive"));
    const RunOutcome sync = runSource(store, id, config, server.password());
    QVERIFY2(sync.result.ok, qPrintable(sync.result.error));
    QCOMPARE(sync.result.removed, 0);
    items = store.items(all);
    QCOMPARE(items.size(), 3);
    int seenInInbox = 0;
    for (const Item &i : items)
        seenInInbox += i.record.folder.isEmpty() && i.record.flags.seen ? 1 : 0;
    QCOMPARE(seenInInbox, 1);
}

void TestImapWriteBack::triageInTheAppIsMirroredToTheServer()
{
    DovecotServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    QVERIFY(fillInboxAndArchive(server, 4));
    const QString password = server.password();
    QTemporaryDir dir;
    ItemStore store(dir.filePath(QStringLiteral("db.sqlite")));
    QCOMPARE(store.open(), OpenError::None);
    imap::Account account = fixtureAccount(server);
    account.archiveFolder = QStringLiteral("Archive");
    SourceConfig config = fixtureConfig(server, account);
    const qint64 id = store.addSource(config).result();
    config.id = id;
    QVERIFY(runSource(store, id, config, password).result.ok);
    ItemQuery all;
    all.states = ItemQuery::States::All;
    all.sourceId = id;
    const QList<Item> items = store.items(all);
    QCOMPARE(items.size(), 4);
    auto serverCounts = [&server](int *archived, int *seenInInbox) {
        auto admin = adminSession(server);
        imap::Error err;
        if (!admin || !admin->select(QStringLiteral("Archive"), &err))
            return false;
        *archived = int(admin->uidFetch({{1, 0}}, imap::FetchWhat::Flags, &err).value_or(QList<imap::FetchedMessage>{}).size());
        if (!admin->select(QStringLiteral("INBOX"), &err))
            return false;
        *seenInInbox = 0;
        for (const auto &m : admin->uidFetch({{1, 0}}, imap::FetchWhat::Flags, &err).value_or(QList<imap::FetchedMessage>{}))
            *seenInInbox += m.flags.seen ? 1 : 0;
        return true;
    };

    const ChangeReplayService::Timing fast{50, 300, 1200};
    {
        ChangeReplayService service(&store, fast);
        service.start();
        QSignalSpy flushed(&service, &ChangeReplayService::flushed);
        // Done in the app → \Seen + MOVE to Archive; opened in the app → \Seen.
        QVERIFY(store.setState({items[0].id}, ItemState::Done).result());
        QVERIFY(store.setSeen({items[1].id}, true).result());
        QTRY_VERIFY_WITH_TIMEOUT(!flushed.isEmpty() && service.pending(id) == 0, 15000);
        QVERIFY2(flushed.last().at(2).toString().isEmpty(), qPrintable(flushed.last().at(2).toString()));
        int archived = -1, seen = -1;
        QVERIFY(serverCounts(&archived, &seen));
        QCOMPARE(archived, 1);
        QCOMPARE(seen, 1);

        // Server down: the change is kept and retried with backoff, in the database meanwhile.
        server.stop();
        flushed.clear();
        QVERIFY(store.setState({items[2].id}, ItemState::Done).result());
        QTRY_VERIFY_WITH_TIMEOUT(flushed.size() >= 2, 15000);  // first try and one retry
        QCOMPARE(flushed.last().at(1).toInt(), 1);
        QVERIFY(!flushed.last().at(2).toString().isEmpty());
        QCOMPARE(service.pending(id), 1);
    } // the app quits with the change still pending

    QVERIFY2(server.start(), qPrintable(server.error()));
    {
        ChangeReplayService service(&store, fast);
        QSignalSpy flushed(&service, &ChangeReplayService::flushed);
        service.start();  // replays what the last run left
        QTRY_VERIFY_WITH_TIMEOUT(!flushed.isEmpty(), 15000);
        QCOMPARE(flushed.last().at(1).toInt(), 0);
        QCOMPARE(service.pending(id), 0);
        int archived = -1, seen = -1;
        QVERIFY(serverCounts(&archived, &seen));
        QCOMPARE(archived, 2);

        // With write-back off for the account, opening changes nothing on the server.
        account.writeBack = false;
        account.toConfig(config);
        QVERIFY(store.updateSource(config).result());
        flushed.clear();
        QVERIFY(store.setSeen({items[3].id}, true).result());
        QCOMPARE(store.pendingChangeCount(id), 0);  // nothing journaled
        QTest::qWait(fast.flushDelayMs * 6);
        QCOMPARE(flushed.size(), 0);
        QVERIFY(serverCounts(&archived, &seen));
        QCOMPARE(seen, 1);
    }
}

void TestImapWriteBack::aLegacyQueueIsReplayedOnceThroughTheJournal()
{
    // An earlier version left "done" for one message in imap-writeback-<id>.json: at start the
    // IMAP kind moves it into the journal (SourceKind::migrateLegacy, as SourcesFeature calls
    // it), the file goes, and the replay archives the message and relocates the item.
    DovecotServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    QVERIFY(fillInboxAndArchive(server, 2));
    QTemporaryDir dir;
    ItemStore store(dir.filePath(QStringLiteral("db.sqlite")));
    QCOMPARE(store.open(), OpenError::None);
    imap::Account account = fixtureAccount(server);
    account.archiveFolder = QStringLiteral("Archive");
    SourceConfig config = fixtureConfig(server, account);
    config.id = store.addSource(config).result();
    QVERIFY(runSource(store, config.id, config, server.password()).result.ok);
    ItemQuery all;
    all.states = ItemQuery::States::All;
    all.sourceId = config.id;
    const QList<Item> items = store.items(all);
    QCOMPARE(items.size(), 2);
    const auto ref = imap::parseLocator(items[0].record.locator);
    QVERIFY(ref);
    const QString file = imap::legacyQueueFile(dir.path(), config.id);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(R"([{"kind": "done", "mailbox": "INBOX", "uidvalidity": %1, "uid": %2, "attempts": 1}])")
                    .arg(ref->uidValidity).arg(ref->uid).toUtf8());
    }
    const SourceKind *kind = SourceRegistry::instance().kind(config.kind);
    QVERIFY(kind && kind->migrateLegacy);
    QString error;
    QCOMPARE(kind->migrateLegacy(store, config, dir.path(), &error), 1);
    QVERIFY(!QFile::exists(file));
    QCOMPARE(store.pendingChangeCount(config.id), 1);

    ChangeReplayService service(&store, ChangeReplayService::Timing{50, 300, 1200});
    QSignalSpy flushed(&service, &ChangeReplayService::flushed);
    service.start();
    QTRY_VERIFY_WITH_TIMEOUT(!flushed.isEmpty() && service.pending(config.id) == 0, 15000);
    auto admin = adminSession(server);
    QVERIFY(admin);
    imap::Error e;
    QCOMPARE(admin->select(QStringLiteral("Archive"), &e)->exists, 1u);
    QCOMPARE(admin->select(QStringLiteral("INBOX"), &e)->exists, 1u);
    QCOMPARE(store.item(items[0].id)->record.folder, QStringLiteral("Archive"));
    QCOMPARE(kind->migrateLegacy(store, config, dir.path(), &error), 0);  // once
}

QTEST_GUILESS_MAIN(TestImapWriteBack)
#include "tst_imapwriteback.moc"
