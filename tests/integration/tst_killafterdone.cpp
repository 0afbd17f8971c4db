// kill -9 right after "done" still delivers \Seen + move on the next start (issue 10, "Tests"),
// against a real Dovecot.
//
// The parent starts Dovecot (INBOX with one message, an empty Archive), syncs an IMAP account
// with write-back on and archive folder "Archive" into a store, then runs this executable itself
// as the child (main(): --kill-child). The child opens the same database as the app does, with
// the app's ChangeReplayService running but not yet due (flush delay one minute), marks the item
// done through ItemStore::setState (the triage path), says "committed" once that returned and is
// SIGKILLed at once. So the only way the change can reach the server is the journal row written
// in the same transaction as the state. The parent checks that nothing reached the server before
// the kill, then starts again: a new store on the same file and a new ChangeReplayService must
// archive the message, seen, exactly once, and the item must follow it to its archive UID.

#include "dovecotserver.h"
#include "imaptestutil.h"
#include "sources/imap/imapreplayer.h"
#include "sources/imap/imapsyncstate.h"
#include "sync/changereplayservice.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstring>

using namespace fi;
using namespace fi::test;

namespace {

const char kChildFlag[] = "--kill-child";
const QString kInbox = QStringLiteral("INBOX");
const QString kArchive = QStringLiteral("Archive");

/// The child: the app, killed right after "done". argv[2] database, argv[3] item id.
int childMain(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 4)
        return 2;
    ItemStore store(QString::fromLocal8Bit(argv[2]));
    if (store.open() != OpenError::None)
        return 3;
    // The app's replay service runs, but its replay is not due before the kill.
    ChangeReplayService service(&store, ChangeReplayService::Timing{60 * 1000, 60 * 1000, 60 * 1000});
    service.start();
    if (!store.setState({QByteArray(argv[3]).toLongLong()}, ItemState::Done).result())
        return 4;
    std::fputs("committed\n", stdout);
    std::fflush(stdout);
    return app.exec();  // until SIGKILL
}

} // namespace

class TestKillAfterDone : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killRightAfterDoneDeliversSeenAndMoveOnTheNextStart();
};

void TestKillAfterDone::initTestCase()
{
    qRegisterMetaType<fi::SourceBatch>();
    qRegisterMetaType<fi::SyncResult>();
    // The replayer looks the password up itself (as in tst_imapreplay): the fixture's one.
    const QString password = DovecotServer().password();
    imap::ImapSource::setDefaultPasswordProvider([password](const imap::Account &, QString *) { return password; });
}

void TestKillAfterDone::killRightAfterDoneDeliversSeenAndMoveOnTheNextStart()
{
    DovecotServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    {
        auto admin = adminSession(server);
        QVERIFY(admin);
        imap::Error e;
        QVERIFY2(admin->createFolder(kArchive, &e), qPrintable(e.message));
        QCOMPARE(appendFiles(*admin, kInbox, corpusFiles().mid(0, 1)), 1);
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dbPath = dir.filePath(QStringLiteral("inbox.sqlite"));

    auto store = std::make_unique<ItemStore>(dbPath);
    QCOMPARE(store->open(), OpenError::None);
    imap::Account account = fixtureAccount(server);
    account.writeBack = true;
    account.archiveFolder = kArchive;
    SourceConfig config = fixtureConfig(server, account);
    config.id = store->addSource(config).result();
    QVERIFY(config.id > 0);
    const RunOutcome synced = runSource(*store, config.id, config, server.password());
    QVERIFY2(synced.result.ok, qPrintable(synced.result.error));
    ItemQuery all;
    all.states = ItemQuery::States::All;
    all.sourceId = config.id;
    const QList<Item> items = store->items(all);
    QCOMPARE(items.size(), 1);
    const qint64 id = items[0].id;
    QCOMPARE(items[0].state, ItemState::Open);
    const quint32 inboxUid = imap::parseLocator(items[0].record.locator)->uid;
    QCOMPARE(uidsIn(server, kInbox), QList<quint32>{inboxUid});
    QVERIFY(!flagsOf(server, kInbox, inboxUid).value_or(imap::MessageFlags{true}).seen);
    QCOMPARE(store->pendingChangeCount(config.id), 0);
    store.reset();  // the app that runs now is the child

    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kChildFlag), dbPath, QString::number(id)});
    QVERIFY(child.waitForStarted(10000));
    QByteArray out;
    const QDeadlineTimer deadline(60000);
    while (!out.contains("committed\n") && !deadline.hasExpired() && child.state() == QProcess::Running) {
        child.waitForReadyRead(20);
        out += child.readAllStandardOutput();
    }
    QVERIFY2(out.contains("committed\n"),
             qPrintable(QStringLiteral("child output: %1, exit code %2").arg(QString::fromLocal8Bit(out)).arg(child.exitCode())));
    child.kill();  // SIGKILL, at once
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    // Nothing reached the server before the kill: still in INBOX, not seen, Archive empty.
    QCOMPARE(uidsIn(server, kInbox), QList<quint32>{inboxUid});
    QVERIFY2(!flagsOf(server, kInbox, inboxUid).value_or(imap::MessageFlags{true}).seen, "\\Seen was sent before the kill");
    QVERIFY(uidsIn(server, kArchive).isEmpty());

    // The next start.
    store = std::make_unique<ItemStore>(dbPath);
    QCOMPARE(store->open(), OpenError::None);
    QCOMPARE(store->item(id)->state, ItemState::Done);
    const QList<PendingChange> journal = store->pendingChanges(config.id);
    QCOMPARE(journal.size(), 1);
    QCOMPARE(journal[0].kind, ChangeKind::Done);
    QCOMPARE(journal[0].itemId, id);

    ChangeReplayService service(store.get(), ChangeReplayService::Timing{50, 300, 1200});
    QSignalSpy flushed(&service, &ChangeReplayService::flushed);
    service.start();
    QTRY_VERIFY_WITH_TIMEOUT(!flushed.isEmpty() && flushed.last().at(1).toInt() == 0, 20000);
    QCOMPARE(flushed.last().at(0).toLongLong(), config.id);
    QVERIFY2(flushed.last().at(2).toString().isEmpty(), qPrintable(flushed.last().at(2).toString()));
    QCOMPARE(service.pending(config.id), 0);
    QCOMPARE(store->pendingChangeCount(config.id), 0);

    // At the server, seen through a second connection: gone from INBOX, one seen copy in Archive.
    QVERIFY(uidsIn(server, kInbox).isEmpty());
    const QList<quint32> archived = uidsIn(server, kArchive);
    QCOMPARE(archived.size(), 1);
    QVERIFY2(flagsOf(server, kArchive, archived[0]).value_or(imap::MessageFlags{}).seen, "the archived message is not \\Seen");

    // In the app: still done, and it followed the message to its archive UID.
    const std::optional<Item> item = store->item(id);
    QVERIFY(item);
    QCOMPARE(item->state, ItemState::Done);
    QCOMPARE(item->record.folder, kArchive);
    QCOMPARE(item->record.locator, imap::locatorOf(uidValidityOf(server, kArchive), archived[0]));
}

int main(int argc, char **argv)
{
    if (argc >= 2 && std::strcmp(argv[1], kChildFlag) == 0)
        return childMain(argc, argv);
    QCoreApplication app(argc, argv);
    TestKillAfterDone test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_killafterdone.moc"
