// The IMAP side of the change journal against a real Dovecot (issue 10): "done" archives with
// MOVE/COPYUID, undo moves the message back, and a server without MOVE and UIDPLUS gets exactly
// one archive copy however often the flush fails after the COPY.
// (The old JSON write-back queue failed that last case on the same setup: commit 94e88a8, where
// Dovecot's "OK Expunge ignored" left the message in INBOX next to its archive copy.)
#include "dovecotserver.h"
#include "imaptestutil.h"
#include "sources/imap/imapreplayer.h"
#include "sources/imap/imapsyncstate.h"
#include "sync/changereplayservice.h"

#include <QDateTime>
#include <QSignalSpy>
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


/// The journal as the store keeps it, in memory: outcomes are applied to the rows exactly as
/// ItemStore::commitChangeOutcome does (Applied/Dropped delete, Progress replaces the detail,
/// Failed counts the attempt and keeps the detail, `moved` relocates every row of the item), so
/// the next replay gets what pendingChanges() would return.
class MemoryJournal {
public:
    void add(ChangeKind kind, const Item &item)
    {
        PendingChange c;
        c.id = ++m_lastId;
        c.sourceId = item.sourceId;
        c.itemId = item.id;
        c.kind = kind;
        c.location = locationOf(item.id, item);
        rows.append(c);
    }
    /// Where the item is now (after the `moved` outcomes so far).
    ItemLocation locationOf(qint64 itemId, const Item &item) const
    {
        return m_locations.value(itemId, ItemLocation{item.record.folder, item.record.remoteId, item.record.locator,
                                                      item.record.attributes});
    }
    ReplayResult flush(const SourceConfig &config)
    {
        const std::unique_ptr<ChangeReplayer> replayer = imap::createReplayer(config);
        return replayer->replay(rows, [this](const ChangeOutcome &o) { return commit(o); });
    }

    QList<PendingChange> rows;
    QList<ChangeOutcome> outcomes;

private:
    bool commit(const ChangeOutcome &o)
    {
        outcomes.append(o);
        const auto it = std::find_if(rows.begin(), rows.end(), [&](const PendingChange &c) { return c.id == o.changeId; });
        if (it == rows.end())
            return false;
        const qint64 itemId = it->itemId;
        switch (o.status) {
        case ChangeOutcome::Status::Applied:
        case ChangeOutcome::Status::Dropped:
            rows.erase(it);
            break;
        case ChangeOutcome::Status::Progress:
            it->detail = o.detail;
            break;
        case ChangeOutcome::Status::Failed:
            ++it->attempts;
            it->lastError = o.error;
            it->detail = o.detail;
            break;
        }
        if (o.moved) {
            ItemLocation now = *o.moved;
            QMap<QString, QString> attributes;
            for (const PendingChange &c : std::as_const(rows)) {
                if (c.itemId == itemId)
                    attributes = c.location.attributes;
            }
            if (m_locations.contains(itemId))
                attributes = m_locations.value(itemId).attributes;
            for (auto a = o.moved->attributes.cbegin(); a != o.moved->attributes.cend(); ++a) {
                if (a.value().isEmpty())
                    attributes.remove(a.key());
                else
                    attributes.insert(a.key(), a.value());
            }
            now.attributes = attributes;
            m_locations.insert(itemId, now);
            for (PendingChange &c : rows) {
                if (c.itemId == itemId)
                    c.location = now;
            }
        }
        return true;
    }
    qint64 m_lastId = 0;
    QHash<qint64, ItemLocation> m_locations;
};

/// A Dovecot with @p messages corpus messages in INBOX and an empty Archive, synced into a store.
struct Mailbox {
    explicit Mailbox(DovecotServer::Options options = {}) : server(options) {}
    bool start(int messages)
    {
        if (!server.start())
            return false;
        auto admin = adminSession(server);
        imap::Error e;
        if (!admin || !admin->createFolder(QStringLiteral("Archive"), &e)
            || appendFiles(*admin, QStringLiteral("INBOX"), corpusFiles().mid(0, messages)) != messages)
            return false;
        store = std::make_unique<ItemStore>(dir.filePath(QStringLiteral("db.sqlite")));
        if (store->open() != OpenError::None)
            return false;
        account = fixtureAccount(server);
        account.archiveFolder = QStringLiteral("Archive");
        config = fixtureConfig(server, account);
        config.id = store->addSource(config).result();
        return config.id > 0 && sync();
    }
    bool sync() { return runSource(*store, config.id, config, server.password()).result.ok; }
    QList<Item> items() const
    {
        ItemQuery all;
        all.states = ItemQuery::States::All;
        all.sourceId = config.id;
        QList<Item> list = store->items(all);
        std::sort(list.begin(), list.end(), [](const Item &a, const Item &b) { return a.record.locator < b.record.locator; });
        return list;
    }

    DovecotServer server;
    QTemporaryDir dir;
    std::unique_ptr<ItemStore> store;
    imap::Account account;
    SourceConfig config;
};

const QString kArchivedFrom = QString::fromLatin1(imap::kArchivedFromAttribute);

} // namespace

class TestImapReplay : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void doneMovesToTheArchiveAndTracksTheNewUid();
    void undoAfterArchiveMovesTheMessageBack();
    void doneAndUndoInOneReplay();
    void seenUnseenAndPlainReopen();
    void changedUidValidityIsDropped();
    void withoutMoveAndUidPlusOneArchiveCopyAfterThreeFailedFlushes();
    void undoWaitsForTheDoneItUndoes();
    void cancelBeforeReplayStopsIt();
    void journalsWhatTheAccountMirrors();
    void messageBackUnderANewUidKeepsItsItem();
    void undoAfterArchiveKeepsTheItemInTheApp();
};

void TestImapReplay::initTestCase()
{
    qRegisterMetaType<fi::SourceBatch>();
    qRegisterMetaType<fi::SyncResult>();
    // The replayer looks the password up itself; the fixture's one for every account.
    const QString password = DovecotServer().password();
    imap::ImapSource::setDefaultPasswordProvider([password](const imap::Account &, QString *) { return password; });
}

void TestImapReplay::doneMovesToTheArchiveAndTracksTheNewUid()
{
    Mailbox box;
    QVERIFY2(box.start(2), qPrintable(box.server.error()));
    const QList<Item> items = box.items();
    QCOMPARE(items.size(), 2);
    MemoryJournal journal;
    journal.add(ChangeKind::Done, items[0]);
    const ReplayResult r = journal.flush(box.config);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(journal.rows.isEmpty());

    // At the server: gone from INBOX, in Archive, seen.
    QCOMPARE(uidsIn(box.server, QStringLiteral("INBOX")), QList<quint32>{imap::parseLocator(items[1].record.locator)->uid});
    const QList<quint32> archived = uidsIn(box.server, QStringLiteral("Archive"));
    QCOMPARE(archived.size(), 1);
    QVERIFY(flagsOf(box.server, QStringLiteral("Archive"), archived[0]).value_or(imap::MessageFlags{}).seen);

    // Reported: where the message is now, its real archive UID from COPYUID.
    QCOMPARE(journal.outcomes.size(), 1);
    const ChangeOutcome &o = journal.outcomes[0];
    QCOMPARE(o.status, ChangeOutcome::Status::Applied);
    QVERIFY(o.moved);
    QCOMPARE(o.moved->folder, QStringLiteral("Archive"));
    QCOMPARE(o.moved->locator, imap::locatorOf(uidValidityOf(box.server, QStringLiteral("Archive")), archived[0]));
    QVERIFY(items[0].record.remoteId.startsWith(QLatin1String("INBOX#<")));
    QCOMPARE(o.moved->remoteId, QStringLiteral("Archive#") + items[0].record.remoteId.mid(6));
    QCOMPARE(o.moved->attributes.value(kArchivedFrom), QStringLiteral("INBOX"));
}

void TestImapReplay::undoAfterArchiveMovesTheMessageBack()
{
    Mailbox box;
    QVERIFY2(box.start(2), qPrintable(box.server.error()));
    const QList<Item> items = box.items();
    MemoryJournal journal;
    journal.add(ChangeKind::Done, items[0]);
    QVERIFY(journal.flush(box.config).ok);
    QCOMPARE(uidsIn(box.server, QStringLiteral("Archive")).size(), 1);

    journal.add(ChangeKind::Reopen, items[0]);  // where the journal says it is now: Archive
    QCOMPARE(journal.rows[0].location.attributes.value(kArchivedFrom), QStringLiteral("INBOX"));
    const ReplayResult r = journal.flush(box.config);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(journal.rows.isEmpty());
    QVERIFY(uidsIn(box.server, QStringLiteral("Archive")).isEmpty());
    const QList<quint32> inbox = uidsIn(box.server, QStringLiteral("INBOX"));
    QCOMPARE(inbox.size(), 2);
    const quint32 oldUid = imap::parseLocator(items[0].record.locator)->uid;
    QVERIFY(!inbox.contains(oldUid));  // back under a new UID

    const ChangeOutcome &o = journal.outcomes.last();
    QCOMPARE(o.status, ChangeOutcome::Status::Applied);
    QVERIFY(o.moved);
    QCOMPARE(o.moved->folder, QString());  // INBOX, as ItemRecord::folder names it
    QCOMPARE(o.moved->remoteId, items[0].record.remoteId);
    QCOMPARE(o.moved->locator, imap::locatorOf(uidValidityOf(box.server, QStringLiteral("INBOX")), inbox.last()));
    QVERIFY(o.moved->attributes.contains(kArchivedFrom));
    QVERIFY(o.moved->attributes.value(kArchivedFrom).isEmpty());  // removed
}

void TestImapReplay::doneAndUndoInOneReplay()
{
    // Both changes queued before the server could be reached: the reopen must find the message
    // where the done (earlier in the same replay) put it.
    Mailbox box;
    QVERIFY2(box.start(1), qPrintable(box.server.error()));
    const Item item = box.items().value(0);
    MemoryJournal journal;
    journal.add(ChangeKind::Done, item);
    journal.add(ChangeKind::Reopen, item);  // journaled while still in INBOX: no archived-from yet
    const ReplayResult r = journal.flush(box.config);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(journal.rows.isEmpty());
    QVERIFY(uidsIn(box.server, QStringLiteral("Archive")).isEmpty());
    QCOMPARE(uidsIn(box.server, QStringLiteral("INBOX")).size(), 1);
    QVERIFY(journal.outcomes.last().moved);
    QCOMPARE(journal.outcomes.last().moved->folder, QString());
}

void TestImapReplay::seenUnseenAndPlainReopen()
{
    Mailbox box;
    QVERIFY2(box.start(1), qPrintable(box.server.error()));
    const Item item = box.items().value(0);
    const quint32 uid = imap::parseLocator(item.record.locator)->uid;
    MemoryJournal journal;
    journal.add(ChangeKind::Seen, item);
    QVERIFY(journal.flush(box.config).ok);
    QVERIFY(flagsOf(box.server, QStringLiteral("INBOX"), uid).value_or(imap::MessageFlags{}).seen);
    journal.add(ChangeKind::Unseen, item);
    QVERIFY(journal.flush(box.config).ok);
    QVERIFY(!flagsOf(box.server, QStringLiteral("INBOX"), uid).value_or(imap::MessageFlags{true}).seen);

    // Reopening something the app never archived is not "mark unread": the server keeps \Seen.
    journal.add(ChangeKind::Seen, item);
    journal.add(ChangeKind::Reopen, item);
    QVERIFY(journal.flush(box.config).ok);
    QVERIFY(journal.rows.isEmpty());
    QCOMPARE(journal.outcomes.last().status, ChangeOutcome::Status::Applied);
    QVERIFY(!journal.outcomes.last().moved);
    QVERIFY(flagsOf(box.server, QStringLiteral("INBOX"), uid).value_or(imap::MessageFlags{}).seen);
    QCOMPARE(uidsIn(box.server, QStringLiteral("INBOX")), QList<quint32>{uid});
}

void TestImapReplay::changedUidValidityIsDropped()
{
    Mailbox box;
    QVERIFY2(box.start(1), qPrintable(box.server.error()));
    Item item = box.items().value(0);
    const quint32 uid = imap::parseLocator(item.record.locator)->uid;
    item.record.locator = imap::locatorOf(uidValidityOf(box.server, QStringLiteral("INBOX")) + 1, uid);
    MemoryJournal journal;
    journal.add(ChangeKind::Done, item);
    const ReplayResult r = journal.flush(box.config);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(journal.rows.isEmpty());
    QCOMPARE(journal.outcomes.size(), 1);
    QCOMPARE(journal.outcomes[0].status, ChangeOutcome::Status::Dropped);
    QVERIFY(journal.outcomes[0].error.contains(QLatin1String("UIDVALIDITY")));
    // Nothing happened to the message the stale UID would now name.
    QCOMPARE(uidsIn(box.server, QStringLiteral("INBOX")), QList<quint32>{uid});
    QVERIFY(uidsIn(box.server, QStringLiteral("Archive")).isEmpty());
}

void TestImapReplay::withoutMoveAndUidPlusOneArchiveCopyAfterThreeFailedFlushes()
{
    DovecotServer::Options options;
    options.capabilities = kNoMoveNoUidPlus;
    options.acl = true;
    Mailbox box(options);
    QVERIFY2(box.start(1), qPrintable(box.server.error()));
    const Item item = box.items().value(0);
    QVERIFY(box.server.setAcl(kNoExpungeInInbox));
    MemoryJournal journal;
    journal.add(ChangeKind::Done, item);
    for (int attempt = 1; attempt <= 3; ++attempt) {
        const ReplayResult r = journal.flush(box.config);
        QVERIFY(!r.ok);
        QVERIFY(r.retryable);
        QCOMPARE(journal.rows.size(), 1);
        QCOMPARE(journal.rows[0].attempts, attempt);
        QVERIFY2(journal.rows[0].detail.value(QStringLiteral("copied")).toBool(), "the COPY is recorded");
        QCOMPARE(uidsIn(box.server, QStringLiteral("Archive")).size(), 1);
    }
    QVERIFY(box.server.setAcl(kAllRights));
    const ReplayResult r = journal.flush(box.config);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(journal.rows.isEmpty());
    QCOMPARE(uidsIn(box.server, QStringLiteral("Archive")).size(), 1);  // exactly one copy
    QCOMPARE(uidsIn(box.server, QStringLiteral("INBOX")).size(), 0);
    QVERIFY(journal.outcomes.last().moved);
    QCOMPARE(journal.outcomes.last().moved->folder, QStringLiteral("Archive"));

    // Undo without MOVE, and without knowing the archive UID (as after a server that sends no
    // COPYUID): found by its Message-ID, copied back, removed from Archive.
    journal.add(ChangeKind::Reopen, item);
    journal.rows[0].location.locator.clear();
    const ReplayResult back = journal.flush(box.config);
    QVERIFY2(back.ok, qPrintable(back.error));
    QVERIFY(journal.rows.isEmpty());
    QCOMPARE(uidsIn(box.server, QStringLiteral("Archive")).size(), 0);
    QCOMPARE(uidsIn(box.server, QStringLiteral("INBOX")).size(), 1);
    QCOMPARE(journal.outcomes.last().moved->folder, QString());
}

void TestImapReplay::undoWaitsForTheDoneItUndoes()
{
    // "Done" cannot finish (the original cannot be expunged yet) and the user undoes it: the
    // undo must not be applied before the done, or the retried done would archive the message
    // after all.
    DovecotServer::Options options;
    options.capabilities = kNoMoveNoUidPlus;
    options.acl = true;
    Mailbox box(options);
    QVERIFY2(box.start(1), qPrintable(box.server.error()));
    const Item item = box.items().value(0);
    QVERIFY(box.server.setAcl(kNoExpungeInInbox));
    MemoryJournal journal;
    journal.add(ChangeKind::Done, item);
    journal.add(ChangeKind::Reopen, item);
    const qint64 reopenId = journal.rows[1].id;
    QVERIFY(!journal.flush(box.config).ok);
    QCOMPARE(journal.rows.size(), 2);
    QVERIFY(std::none_of(journal.outcomes.begin(), journal.outcomes.end(),
                         [&](const ChangeOutcome &o) { return o.changeId == reopenId; }));  // still queued, untouched

    QVERIFY(box.server.setAcl(kAllRights));
    const ReplayResult r = journal.flush(box.config);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(journal.rows.isEmpty());
    QCOMPARE(uidsIn(box.server, QStringLiteral("INBOX")).size(), 1);  // back where the user wants it
    QVERIFY(uidsIn(box.server, QStringLiteral("Archive")).isEmpty());
}

void TestImapReplay::cancelBeforeReplayStopsIt()
{
    Mailbox box;
    QVERIFY2(box.start(1), qPrintable(box.server.error()));
    MemoryJournal journal;
    journal.add(ChangeKind::Seen, box.items().value(0));
    const std::unique_ptr<ChangeReplayer> replayer = imap::createReplayer(box.config);
    replayer->cancel();
    int reported = 0;
    const ReplayResult r = replayer->replay(journal.rows, [&](const ChangeOutcome &) { return ++reported > 0; });
    QVERIFY(!r.ok);
    QCOMPARE(reported, 0);  // nothing applied, nothing lost: the change stays queued
}

void TestImapReplay::journalsWhatTheAccountMirrors()
{
    imap::Account account;
    account.host = QStringLiteral("127.0.0.1");
    account.user = QStringLiteral("alice");
    SourceConfig config;
    config.kind = QStringLiteral("imap");
    account.toConfig(config);
    for (ChangeKind k : {ChangeKind::Seen, ChangeKind::Unseen, ChangeKind::Done, ChangeKind::Reopen})
        QVERIFY(imap::journals(config, k));
    QVERIFY(!imap::journals(config, ChangeKind::Tier));
    QVERIFY(!imap::journals(config, ChangeKind::Snooze));
    account.writeBack = false;
    account.toConfig(config);
    QVERIFY(!imap::journals(config, ChangeKind::Done));
    QVERIFY(!imap::journals(SourceConfig{}, ChangeKind::Done));
}

void TestImapReplay::messageBackUnderANewUidKeepsItsItem()
{
    // Between two syncs the message leaves INBOX and comes back (an undo moved it back, or
    // another client archived and un-archived it): the old UID is gone and a new UID has the
    // same "<folder>#<Message-ID>". The sync must not report that remote id as removed, or the
    // store deletes the item (triage, deadline and all) and adds it again as a new one.
    Mailbox box;
    QVERIFY2(box.start(2), qPrintable(box.server.error()));
    const QList<Item> before = box.items();
    QCOMPARE(before.size(), 2);
    QVERIFY(box.store->setState({before[0].id}, ItemState::Snoozed, QDateTime::currentMSecsSinceEpoch() + 3600000).result());
    {
        auto admin = adminSession(box.server);
        QVERIFY(admin);
        imap::Error e;
        imap::CopiedTo to;
        QVERIFY(admin->select(QStringLiteral("INBOX"), &e));
        QVERIFY2(admin->uidMove(imap::parseLocator(before[0].record.locator)->uid, QStringLiteral("Archive"), &to, &e),
                 qPrintable(e.message));
        QVERIFY(to.uid != 0);
        QVERIFY(admin->select(QStringLiteral("Archive"), &e));
        QVERIFY2(admin->uidMove(to.uid, QStringLiteral("INBOX"), &to, &e), qPrintable(e.message));
    }
    const RunOutcome r = runSource(*box.store, box.config.id, box.config, box.server.password());
    QVERIFY2(r.result.ok, qPrintable(r.result.error));
    QCOMPARE(r.result.removed, 0);
    const QList<Item> after = box.items();
    QCOMPARE(after.size(), 2);
    const auto it = std::find_if(after.begin(), after.end(),
                                 [&](const Item &i) { return i.record.remoteId == before[0].record.remoteId; });
    QVERIFY(it != after.end());
    QCOMPARE(it->id, before[0].id);                 // the same item, not a new one
    QCOMPARE(it->state, ItemState::Snoozed);        // with its triage
    const QList<quint32> inbox = uidsIn(box.server, QStringLiteral("INBOX"));
    QCOMPARE(it->record.locator, imap::locatorOf(uidValidityOf(box.server, QStringLiteral("INBOX")), inbox.last()));
}

void TestImapReplay::undoAfterArchiveKeepsTheItemInTheApp()
{
    // The user marks a message done (archived on the server), then undoes it: the message is
    // back in INBOX and the item stays open in the app, also after the next INBOX sync.
    Mailbox box;
    QVERIFY2(box.start(2), qPrintable(box.server.error()));
    const QList<Item> items = box.items();
    QCOMPARE(items.size(), 2);
    const qint64 id = items[0].id;
    const ChangeReplayService::Timing fast{50, 300, 1200};
    ChangeReplayService service(box.store.get(), fast);
    service.start();
    QSignalSpy flushed(&service, &ChangeReplayService::flushed);
    QVERIFY(box.store->setState({id}, ItemState::Done).result());
    QTRY_VERIFY_WITH_TIMEOUT(!flushed.isEmpty() && service.pending(box.config.id) == 0, 15000);
    QVERIFY2(flushed.last().at(2).toString().isEmpty(), qPrintable(flushed.last().at(2).toString()));
    QCOMPARE(uidsIn(box.server, QStringLiteral("Archive")).size(), 1);
    QCOMPARE(box.store->item(id)->record.folder, QStringLiteral("Archive"));  // the item followed it

    flushed.clear();
    QVERIFY(box.store->setState({id}, ItemState::Open).result());  // undo
    QTRY_VERIFY_WITH_TIMEOUT(!flushed.isEmpty() && service.pending(box.config.id) == 0, 15000);
    QVERIFY2(flushed.last().at(2).toString().isEmpty(), qPrintable(flushed.last().at(2).toString()));

    QVERIFY(box.sync());  // the next INBOX sync
    const std::optional<Item> item = box.store->item(id);
    QVERIFY2(item, "the item was deleted by the INBOX sync after the undo");
    QCOMPARE(item->state, ItemState::Open);
    ItemQuery open;
    open.sourceId = box.config.id;
    const QList<Item> list = box.store->items(open);
    QVERIFY(std::any_of(list.begin(), list.end(), [id](const Item &i) { return i.id == id; }));
    QVERIFY(uidsIn(box.server, QStringLiteral("Archive")).isEmpty());
    const QList<quint32> inbox = uidsIn(box.server, QStringLiteral("INBOX"));
    QCOMPARE(inbox.size(), 2);
    QCOMPARE(item->record.locator, imap::locatorOf(uidValidityOf(box.server, QStringLiteral("INBOX")), inbox.last()));
}

QTEST_GUILESS_MAIN(TestImapReplay)
#include "tst_imapreplay.moc"
