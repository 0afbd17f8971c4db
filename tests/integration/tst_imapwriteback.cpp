// Write-back of triage to a real Dovecot: "opened" sets \Seen, "done" sets \Seen and moves to
// the archive folder; a flush while the server is down keeps every action for the next try.
#include "dovecotserver.h"
#include "imaptestutil.h"
#include "sources/imap/imapwriteback.h"
#include "sync/writebackservice.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fi;
using namespace fi::test;

class TestImapWriteBack : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void failedFlushKeepsActionsThenApplies();
    void triageInTheAppIsMirroredToTheServer();
};

void TestImapWriteBack::initTestCase()
{
    qRegisterMetaType<fi::SourceBatch>();
    qRegisterMetaType<fi::SyncResult>();
}

namespace {
/// INBOX with @p messages corpus messages, and an empty Archive folder.
bool fillInboxAndArchive(const DovecotServer &server, int messages)
{
    auto admin = adminSession(server);
    imap::Error e;
    return admin && admin->createFolder(QStringLiteral("Archive"), &e)
        && appendFiles(*admin, QStringLiteral("INBOX"), corpusFiles().mid(0, messages)) == messages;
}
} // namespace

void TestImapWriteBack::failedFlushKeepsActionsThenApplies()
{
    DovecotServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    imap::Error e;
    QVERIFY(fillInboxAndArchive(server, 3));
    QTemporaryDir dir;
    ItemStore store(dir.filePath(QStringLiteral("db.sqlite")));
    QCOMPARE(store.open(), OpenError::None);
    imap::Account account = fixtureAccount(server);
    account.archiveFolder = QStringLiteral("Archive");
    const SourceConfig config = fixtureConfig(server, account);
    const qint64 id = store.addSource(config).result();
    QVERIFY(runSource(store, id, config, server.password()).result.ok);
    ItemQuery all;
    all.states = ItemQuery::States::All;
    all.sourceId = id;
    QList<Item> items = store.items(all);
    QCOMPARE(items.size(), 3);

    imap::WriteBackQueue queue(dir.filePath(QStringLiteral("imap-writeback-1.json")));
    QVERIFY(queue.enqueue(imap::WriteBackOp::Kind::Done, items[0].record.folder, items[0].record.locator));
    QVERIFY(queue.enqueue(imap::WriteBackOp::Kind::Seen, items[1].record.folder, items[1].record.locator));
    QVERIFY(!queue.enqueue(imap::WriteBackOp::Kind::Seen, QString(), QStringLiteral("not-a-locator")));

    server.stop();
    QCOMPARE(queue.flush(account, server.password(), &e), 0);
    QVERIFY(e.isError());
    QCOMPARE(queue.pending(), 2); // never lost
    QCOMPARE(imap::WriteBackQueue(dir.filePath(QStringLiteral("imap-writeback-1.json"))).pending(), 2); // on disk

    QVERIFY2(server.start(), qPrintable(server.error()));
    e = {};
    QCOMPARE(queue.flush(account, server.password(), &e), 2);
    QVERIFY2(!e.isError(), qPrintable(e.message));
    QCOMPARE(queue.pending(), 0);

    auto admin = adminSession(server);
    QVERIFY(admin);
    QCOMPARE(admin->select(QStringLiteral("Archive"), &e)->exists, 1u);
    const auto flags = admin->uidFetch({{1, 0}}, imap::FetchWhat::Flags, &e);
    QVERIFY(flags && flags->size() == 1);
    QVERIFY(flags->first().flags.seen);

    // The next sync sees the move (gone from INBOX) and the \Seen flag.
    const RunOutcome r = runSource(store, id, config, server.password());
    QVERIFY2(r.result.ok, qPrintable(r.result.error));
    QCOMPARE(r.result.removed, 1);
    items = store.items(all);
    QCOMPARE(items.size(), 2);
    int seen = 0;
    for (const Item &i : items)
        seen += i.record.flags.seen ? 1 : 0;
    QCOMPARE(seen, 1);
}

void TestImapWriteBack::triageInTheAppIsMirroredToTheServer()
{
    DovecotServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    imap::Error e;
    QVERIFY(fillInboxAndArchive(server, 4));
    const QString password = server.password();
    imap::ImapSource::setDefaultPasswordProvider([password](const imap::Account &, QString *) { return password; });
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

    const WriteBackService::Timing fast{50, 300, 1200};
    {
        WriteBackService service(&store, dir.path(), fast);
        service.start();
        QSignalSpy flushed(&service, &WriteBackService::flushed);
        // Done in the app → \Seen + MOVE to Archive; opened in the app → \Seen.
        QVERIFY(store.setState({items[0].id}, ItemState::Done).result());
        QVERIFY(store.setSeen({items[1].id}, true).result());
        QTRY_VERIFY_WITH_TIMEOUT(!flushed.isEmpty() && service.pending(id) == 0, 15000);
        QVERIFY2(flushed.last().at(2).toString().isEmpty(), qPrintable(flushed.last().at(2).toString()));
        int archived = -1, seen = -1;
        QVERIFY(serverCounts(&archived, &seen));
        QCOMPARE(archived, 1);
        QCOMPARE(seen, 1);

        // Server down: the action is kept and retried with backoff, on disk in the meantime.
        server.stop();
        flushed.clear();
        QVERIFY(store.setState({items[2].id}, ItemState::Done).result());
        QTRY_VERIFY_WITH_TIMEOUT(flushed.size() >= 2, 15000);  // first try and one retry
        QCOMPARE(flushed.last().at(1).toInt(), 1);
        QVERIFY(!flushed.last().at(2).toString().isEmpty());
        QCOMPARE(service.pending(id), 1);
    } // the app quits with the action still pending

    QVERIFY2(server.start(), qPrintable(server.error()));
    {
        WriteBackService service(&store, dir.path(), fast);
        QSignalSpy flushed(&service, &WriteBackService::flushed);
        service.start();  // flushes what the last run left
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
        QTest::qWait(fast.flushDelayMs * 6);
        QCOMPARE(flushed.size(), 0);
        QVERIFY(serverCounts(&archived, &seen));
        QCOMPARE(seen, 1);
    }
    imap::ImapSource::setDefaultPasswordProvider({});
}

QTEST_GUILESS_MAIN(TestImapWriteBack)
#include "tst_imapwriteback.moc"
