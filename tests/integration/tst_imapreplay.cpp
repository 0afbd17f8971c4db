// The IMAP side of the change journal against a real Dovecot (issue 10): "done" archives with
// MOVE/COPYUID, undo moves the message back, and a server without MOVE and UIDPLUS gets exactly
// one archive copy however often the flush fails after the COPY.
#include "dovecotserver.h"
#include "imaptestutil.h"
#include "sources/imap/imapwriteback.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fi;
using namespace fi::test;

namespace {

/// Dovecot 2.3's own list without MOVE and UIDPLUS: an older server.
const QString kNoMoveNoUidPlus = QStringLiteral(
    "IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE SORT SORT=DISPLAY THREAD=REFERENCES THREAD=REFS "
    "THREAD=ORDEREDSUBJECT MULTIAPPEND URL-PARTIAL CATENATE UNSELECT CHILDREN NAMESPACE I18NLEVEL=1 "
    "CONDSTORE QRESYNC ESEARCH ESORT SEARCHRES WITHIN CONTEXT=SEARCH LIST-STATUS BINARY SPECIAL-USE");

/// Every right in Archive; in INBOX everything but EXPUNGE ("e"): \Deleted can be set, but the
/// message cannot be removed (Dovecot ignores the EXPUNGE), so an archive step fails after its COPY.
const QByteArray kNoExpungeInInbox = "INBOX owner lrwstipkxa\nArchive owner lrwstipekxa\n";
const QByteArray kAllRights = "* owner lrwstipekxa\n";

/// Messages in @p folder (EXISTS after SELECT), -1 on error.
int countIn(const DovecotServer &server, const QString &folder)
{
    auto admin = adminSession(server);
    imap::Error e;
    const auto st = admin ? admin->select(folder, &e) : std::nullopt;
    return st ? int(st->exists) : -1;
}

} // namespace

class TestImapReplay : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void oldQueueArchivesOnceAfterThreeFailedFlushes();
};

void TestImapReplay::initTestCase()
{
    qRegisterMetaType<fi::SourceBatch>();
    qRegisterMetaType<fi::SyncResult>();
}

void TestImapReplay::oldQueueArchivesOnceAfterThreeFailedFlushes()
{
    DovecotServer::Options options;
    options.capabilities = kNoMoveNoUidPlus;
    options.acl = true;
    DovecotServer server(options);
    QVERIFY2(server.start(), qPrintable(server.error()));
    {
        auto admin = adminSession(server);
        QVERIFY(admin);
        QVERIFY2(!admin->hasMove() && !admin->hasUidPlus(), "the fixture still announces MOVE or UIDPLUS");
        imap::Error e;
        QVERIFY(admin->createFolder(QStringLiteral("Archive"), &e));
        QCOMPARE(appendFiles(*admin, QStringLiteral("INBOX"), corpusFiles().mid(0, 1)), 1);
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
    const QList<Item> items = store.items(all);
    QCOMPARE(items.size(), 1);

    QVERIFY(server.setAcl(kNoExpungeInInbox));
    imap::WriteBackQueue queue(dir.filePath(QStringLiteral("imap-writeback-1.json")));
    QVERIFY(queue.enqueue(imap::WriteBackOp::Kind::Done, items[0].record.folder, items[0].record.locator));
    // Dovecot answers an EXPUNGE it may not do with "OK Expunge ignored: Permission denied":
    // whatever the queue makes of it, the end state is what counts.
    for (int attempt = 1; attempt <= 3; ++attempt) {
        imap::Error e;
        queue.flush(account, server.password(), &e);
    }
    QVERIFY(server.setAcl(kAllRights));
    imap::Error e;
    queue.flush(account, server.password(), &e);
    QCOMPARE(countIn(server, QStringLiteral("Archive")), 1);  // exactly one archive copy
    QCOMPARE(countIn(server, QStringLiteral("INBOX")), 0);    // and the message left INBOX
}

QTEST_GUILESS_MAIN(TestImapReplay)
#include "tst_imapreplay.moc"
