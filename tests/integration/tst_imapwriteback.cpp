// Write-back of triage to a real Dovecot: "opened" sets \Seen, "done" sets \Seen and moves to
// the archive folder; a flush while the server is down keeps every action for the next try.
#include "dovecotserver.h"
#include "imaptestutil.h"
#include "sources/imap/imapwriteback.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fi;
using namespace fi::test;

class TestImapWriteBack : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void failedFlushKeepsActionsThenApplies();
};

void TestImapWriteBack::initTestCase()
{
    qRegisterMetaType<fi::SourceBatch>();
    qRegisterMetaType<fi::SyncResult>();
}

void TestImapWriteBack::failedFlushKeepsActionsThenApplies()
{
    DovecotServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    imap::Error e;
    {
        auto admin = adminSession(server);
        QVERIFY(admin);
        QVERIFY(admin->createFolder(QStringLiteral("Archive"), &e));
        QCOMPARE(appendFiles(*admin, QStringLiteral("INBOX"), corpusFiles().mid(0, 3)), 3);
    }
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

QTEST_GUILESS_MAIN(TestImapWriteBack)
#include "tst_imapwriteback.moc"
