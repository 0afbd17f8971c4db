// Issue 12: the flag (and read/unread) reach the source. ItemStore::setFlagged journals "flag" /
// "unflag"; the IMAP replayer stores \Flagged on a real Dovecot, the Maildir replayer renames the
// message file's ":2," info (F, S). A sync that runs before the replay does not undo the user's
// flag, and once the change has reached the source another client's change is heard again.
#include "dovecotserver.h"
#include "imaptestutil.h"
#include "sources/imap/imapreplayer.h"
#include "sources/imap/imapsyncstate.h"
#include "sources/maildir/maildirkind.h"
#include "sources/maildir/maildirreplayer.h"
#include "sources/maildir/maildirsource.h"
#include "testfiles.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace fi;
using namespace fi::test;

namespace {

/// Replays the store's journal of @p config with @p replayer, committing each outcome as
/// ChangeReplayService does.
ReplayResult replayJournal(ItemStore &store, const SourceConfig &config, ChangeReplayer &replayer)
{
    return replayer.replay(store.pendingChanges(config.id),
                           [&store](const ChangeOutcome &o) { return store.commitChangeOutcome(o).result(); });
}

QList<Item> itemsOf(const ItemStore &store, qint64 sourceId)
{
    ItemQuery all;
    all.states = ItemQuery::States::All;
    all.sourceId = sourceId;
    QList<Item> list = store.items(all);
    std::sort(list.begin(), list.end(), [](const Item &a, const Item &b) { return a.record.remoteId < b.record.remoteId; });
    return list;
}

bool flaggedInStore(const ItemStore &store, qint64 id) { return store.item(id).value().record.flags.flagged; }

/// One sync of any source into @p store, batch by batch, like SyncManager.
SyncResult syncOnce(ItemStore &store, Source &source)
{
    SyncResult result;
    bool done = false;
    QEventLoop loop;
    QObject::connect(&source, &Source::batchReady, &loop, [&](const SourceBatch &b) {
        store.applyBatch(toStoreBatch(source.config().id, b)).waitForFinished();
    });
    QObject::connect(&source, &Source::finished, &loop, [&](const SyncResult &r) {
        result = r;
        done = true;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    source.start(store.knownItems(source.config().id), store.syncState(source.config().id));
    if (!done)
        loop.exec();
    if (!done)
        result = {false, QStringLiteral("timeout")};
    return result;
}

QByteArray message(const QByteArray &subject)
{
    return "From: Ana Souza <ana@example.com>\r\nTo: me@example.org\r\nSubject: " + subject
           + "\r\nMessage-ID: <" + subject + "@example.com>\r\nDate: Tue, 01 Dec 2026 10:00:00 +0000\r\n"
             "Content-Type: text/plain\r\n\r\nHello.\r\n";
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

} // namespace

class TestFlagReplay : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void imapFlagReachesDovecotAndSurvivesAnEarlySync();
    void maildirRenamesInfoFlags();
    void maildirWriteBackOffJournalsNothing();
    void maildirFileGoneIsDropped();
    void fileNameWithFlagKeepsLettersSorted();
};

void TestFlagReplay::imapFlagReachesDovecotAndSurvivesAnEarlySync()
{
    DovecotServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    const QString password = server.password();  // the replayer asks for it as the app would
    imap::ImapSource::setDefaultPasswordProvider([password](const imap::Account &, QString *) { return password; });
    auto resetProvider = qScopeGuard([] { imap::ImapSource::setDefaultPasswordProvider({}); });
    auto admin = adminSession(server);
    QVERIFY(admin);
    QCOMPARE(appendFiles(*admin, QStringLiteral("INBOX"), corpusFiles().mid(0, 2)), 2);
    QTemporaryDir dir;
    ItemStore store(dir.filePath(QStringLiteral("db.sqlite")));
    QCOMPARE(store.open(), OpenError::None);
    const imap::Account account = fixtureAccount(server);
    QVERIFY(account.writeBack);
    SourceConfig config = fixtureConfig(server, account);
    config.id = store.addSource(config).result();
    QVERIFY(config.id > 0);
    QVERIFY(runSource(store, config.id, config, server.password()).result.ok);
    const QList<Item> items = itemsOf(store, config.id);
    QCOMPARE(items.size(), 2);
    const qint64 a = items[0].id, b = items[1].id;
    const quint32 uidA = imap::parseLocator(items[0].record.locator)->uid;
    const quint32 uidB = imap::parseLocator(items[1].record.locator)->uid;
    QVERIFY(!items[0].record.flags.flagged && !items[1].record.flags.flagged);

    // Flag both here: journaled, not yet at the server.
    QVERIFY(store.setFlagged({a, b}, true).result());
    QCOMPARE(store.pendingChangeCount(config.id), 2);
    QVERIFY(!flagsOf(server, QStringLiteral("INBOX"), uidA).value().flagged);

    // A sync before the replay still sees the server's "not flagged": the user's flag stays.
    QVERIFY(runSource(store, config.id, config, server.password()).result.ok);
    QVERIFY(flaggedInStore(store, a));
    QVERIFY(flaggedInStore(store, b));

    // The replay stores \Flagged on the server (UID STORE +FLAGS.SILENT), and empties the journal.
    auto replayer = imap::createReplayer(config);
    const ReplayResult r = replayJournal(store, config, *replayer);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(store.pendingChangeCount(config.id), 0);
    QVERIFY(flagsOf(server, QStringLiteral("INBOX"), uidA).value().flagged);
    QVERIFY(flagsOf(server, QStringLiteral("INBOX"), uidB).value().flagged);
    QVERIFY(!flagsOf(server, QStringLiteral("INBOX"), uidA).value().seen);  // only the flag changed
    QVERIFY(runSource(store, config.id, config, server.password()).result.ok);
    QVERIFY(flaggedInStore(store, a));

    // Unflag one: -FLAGS (\Flagged) for it only.
    QVERIFY(store.setFlagged({a}, false).result());
    const ReplayResult r2 = replayJournal(store, config, *imap::createReplayer(config));
    QVERIFY2(r2.ok, qPrintable(r2.error));
    QVERIFY(!flagsOf(server, QStringLiteral("INBOX"), uidA).value().flagged);
    QVERIFY(flagsOf(server, QStringLiteral("INBOX"), uidB).value().flagged);
    QVERIFY(runSource(store, config.id, config, server.password()).result.ok);
    QVERIFY(!flaggedInStore(store, a));
    QVERIFY(flaggedInStore(store, b));

    // Nothing pending: the server is the truth again, so another client's flag is heard.
    imap::Error e;
    QVERIFY(admin->select(QStringLiteral("INBOX"), &e));
    QVERIFY2(admin->storeFlagged({uidA}, true, &e), qPrintable(e.message));
    QVERIFY(flagsOf(server, QStringLiteral("INBOX"), uidA).value().flagged);
    QCOMPARE(store.pendingChangeCount(config.id), 0);
    QVERIFY(runSource(store, config.id, config, server.password()).result.ok);
    QVERIFY(flaggedInStore(store, a));
    QCOMPARE(itemsOf(store, config.id).size(), 2);
}

void TestFlagReplay::maildirRenamesInfoFlags()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("Maildir"));
    for (const char *sub : {"cur", "new", "tmp"})
        QVERIFY(QDir().mkpath(root + u'/' + QLatin1String(sub)));
    QVERIFY(writeFile(root + QStringLiteral("/cur/1000.a.host:2,"), message("first")));
    QVERIFY(writeFile(root + QStringLiteral("/new/1001.b.host"), message("second")));  // not yet seen by any client

    ItemStore store(dir.filePath(QStringLiteral("db.sqlite")));
    QCOMPARE(store.open(), OpenError::None);
    SourceConfig config = maildir::configFor(root, QStringLiteral("Mail"));
    config.id = store.addSource(config).result();
    QVERIFY(config.id > 0);
    {
        MaildirSource source(config);
        const SyncResult r = syncOnce(store, source);
        QVERIFY2(r.ok, qPrintable(r.error));
    }
    QList<Item> items = itemsOf(store, config.id);
    QCOMPARE(items.size(), 2);
    const qint64 first = items[0].id, second = items[1].id;

    // Flag both, mark the new one read: four journal rows (flag, flag, seen).
    QVERIFY(store.setFlagged({first, second}, true).result());
    QVERIFY(store.setSeen({second}, true).result());
    QCOMPARE(store.pendingChangeCount(config.id), 3);
    const ReplayResult r = replayJournal(store, config, *maildir::createReplayer(config));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(store.pendingChangeCount(config.id), 0);
    QCOMPARE(filesIn(root + QStringLiteral("/cur")),
             (QStringList{QStringLiteral("1000.a.host:2,F"), QStringLiteral("1001.b.host:2,FS")}));
    QCOMPARE(filesIn(root + QStringLiteral("/new")), QStringList{});
    // The items follow their files.
    QCOMPARE(store.item(first)->record.locator, QStringLiteral("cur/1000.a.host:2,F"));
    QCOMPARE(store.item(second)->record.locator, QStringLiteral("cur/1001.b.host:2,FS"));

    // The next scan sees flags that agree: the same two items, flagged, the second one seen.
    {
        MaildirSource source(config);
        QVERIFY(syncOnce(store, source).ok);
    }
    items = itemsOf(store, config.id);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[0].id, first);
    QVERIFY(items[0].record.flags.flagged && !items[0].record.flags.seen);
    QVERIFY(items[1].record.flags.flagged && items[1].record.flags.seen);

    // Unflag the first, mark the second unread: F and S go away again.
    QVERIFY(store.setFlagged({first}, false).result());
    QVERIFY(store.setSeen({second}, false).result());
    QVERIFY(replayJournal(store, config, *maildir::createReplayer(config)).ok);
    QCOMPARE(filesIn(root + QStringLiteral("/cur")),
             (QStringList{QStringLiteral("1000.a.host:2,"), QStringLiteral("1001.b.host:2,F")}));
    {
        MaildirSource source(config);
        QVERIFY(syncOnce(store, source).ok);
    }
    items = itemsOf(store, config.id);
    QVERIFY(!items[0].record.flags.flagged);
    QVERIFY(items[1].record.flags.flagged && !items[1].record.flags.seen);
}

void TestFlagReplay::maildirWriteBackOffJournalsNothing()
{
    SourceConfig config = maildir::configFor(QStringLiteral("/nonexistent"), QStringLiteral("Mail"));
    for (ChangeKind k : {ChangeKind::Seen, ChangeKind::Unseen, ChangeKind::Flag, ChangeKind::Unflag})
        QVERIFY(maildir::journals(config, k));
    for (ChangeKind k : {ChangeKind::Done, ChangeKind::Reopen, ChangeKind::Tier, ChangeKind::Snooze})
        QVERIFY(!maildir::journals(config, k));
    config.settings.insert(QStringLiteral("writeBack"), false);
    for (ChangeKind k : {ChangeKind::Seen, ChangeKind::Unseen, ChangeKind::Flag, ChangeKind::Unflag})
        QVERIFY(!maildir::journals(config, k));
    // The IMAP kind journals the flag with write-back, like seen.
    SourceConfig imapConfig;
    imapConfig.kind = QStringLiteral("imap");
    QVERIFY(!imap::journals(imapConfig, ChangeKind::Flag));  // not a valid account
}

void TestFlagReplay::maildirFileGoneIsDropped()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("Maildir"));
    for (const char *sub : {"cur", "new", "tmp"})
        QVERIFY(QDir().mkpath(root + u'/' + QLatin1String(sub)));
    SourceConfig config = maildir::configFor(root, QStringLiteral("Mail"));
    config.id = 7;
    PendingChange change;
    change.id = 1;
    change.sourceId = 7;
    change.itemId = 3;
    change.kind = ChangeKind::Flag;
    change.location = {QString(), QStringLiteral("/gone.x"), QStringLiteral("cur/gone.x:2,S"), {}};
    QList<ChangeOutcome> outcomes;
    const ReplayResult r = maildir::createReplayer(config)->replay({change}, [&](const ChangeOutcome &o) {
        outcomes << o;
        return true;
    });
    QVERIFY(r.ok);
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes[0].status, ChangeOutcome::Status::Dropped);
    QVERIFY(!outcomes[0].error.isEmpty());
}

void TestFlagReplay::fileNameWithFlagKeepsLettersSorted()
{
    QCOMPARE(maildir::fileNameWithFlag(QStringLiteral("1.x:2,S"), u'F', true), QStringLiteral("1.x:2,FS"));
    QCOMPARE(maildir::fileNameWithFlag(QStringLiteral("1.x:2,FRS"), u'F', false), QStringLiteral("1.x:2,RS"));
    QCOMPARE(maildir::fileNameWithFlag(QStringLiteral("1.x"), u'S', true), QStringLiteral("1.x:2,S"));
    QCOMPARE(maildir::fileNameWithFlag(QStringLiteral("1.x:2,F"), u'F', true), QStringLiteral("1.x:2,F"));
}

QTEST_MAIN(TestFlagReplay)
#include "tst_flagreplay.moc"
