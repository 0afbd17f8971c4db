// The change journal (issue 10): every triage change that must reach a source is written to
// pending_changes in the SAME transaction as the local change, as the source's kind decides;
// commitChangeOutcome() applies what a replay did; a sync never deletes an item in flux.
// Real ItemStore on real SQLite files; the kinds are tiny test kinds registered at run time.

#include "sources/sourceregistry.h"
#include "storage/itemstore.h"
#include "storeitems.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fi;
using namespace fi::test;

namespace {

const QString kJournalKind = QStringLiteral("journal-test");
const QString kSilentKind = QStringLiteral("journal-test-silent");

/// A kind that journals every change, or only those named in settings "journals" when set.
void registerTestKinds()
{
    SourceKind journaling;
    journaling.key = kJournalKind;
    journaling.createSync = [](const SourceConfig &) { return std::unique_ptr<Source>(); };
    journaling.journals = [](const SourceConfig &config, ChangeKind kind) {
        const QVariant only = config.settings.value(QStringLiteral("journals"));
        return !only.isValid() || only.toStringList().contains(changeKindName(kind));
    };
    SourceRegistry::instance().registerKind(journaling);
    SourceKind silent;  // has a predicate, and it says no
    silent.key = kSilentKind;
    silent.createSync = journaling.createSync;
    silent.journals = [](const SourceConfig &, ChangeKind) { return false; };
    SourceRegistry::instance().registerKind(silent);
}

/// One row of pending_changes as stored (read with a connection of its own).
struct Row {
    qint64 id = 0;
    qint64 sourceId = 0;
    QVariant itemId;
    QString kind;
    QString folder;
    QString remoteId;
    QString locator;
    QString detail;
    int attempts = 0;
    QString lastError;
};

} // namespace

class TestChangeJournal : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ItemStore> m_store;
    int m_connections = 0;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("inbox.sqlite")); }

    qint64 addSource(const QString &kind, const QVariantMap &settings = {})
    {
        SourceConfig config;
        config.kind = kind;
        config.name = kind;
        config.location = QStringLiteral("test:") + kind;
        config.settings = settings;
        return m_store->addSource(config).result();
    }

    qint64 addItem(qint64 sourceId, const QString &remoteId)
    {
        Item item = makeItem(remoteId, QStringLiteral("Subject ") + remoteId, kBase);
        item.record.attributes = {{QStringLiteral("test.keep"), QStringLiteral("yes")}};
        const StoreBatchResult r = m_store->applyBatch(StoreBatch{sourceId, {item}, {}, {}, {}}).result();
        return r.ok && r.addedIds.size() == 1 ? r.addedIds.first() : 0;
    }

    /// Runs @p sql on a connection of its own (foreign keys on), for setting up failures.
    bool execRaw(const QString &sql)
    {
        const QString name = QStringLiteral("raw-%1").arg(++m_connections);
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(dbPath());
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            if (db.open()) {
                QSqlQuery q(db);
                ok = q.exec(QStringLiteral("PRAGMA foreign_keys = ON")) && q.exec(sql);
                if (!ok)
                    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    QList<Row> rows()
    {
        QList<Row> result;
        const QString name = QStringLiteral("rows-%1").arg(++m_connections);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(dbPath());
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT id, source_id, item_id, kind, folder, remote_id, locator, detail,"
                                      " attempts, last_error FROM pending_changes ORDER BY id"));
                while (q.next())
                    result << Row{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2), q.value(3).toString(),
                                  q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                                  q.value(7).toString(), q.value(8).toInt(), q.value(9).toString()};
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }

private Q_SLOTS:
    void initTestCase() { registerTestKinds(); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<ItemStore>(dbPath());
        QCOMPARE(m_store->open(), OpenError::None);
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void eachTriageChangeJournalsOneRow();
    void snoozeJournalsUntil();
    void failedWriteJournalsNothing_data();
    void failedWriteJournalsNothing();
    void kindThatSaysNoJournalsNothing();
    void removingSourceRemovesItsRows();
    void pendingChangesFollowTheItem();
    void appliedAndDroppedDeleteTheRow();
    void progressKeepsTheRowWithNewDetail();
    void failedCountsAttempts();
    void movedRelocatesTheItemAndMergesAttributes();
    void movedOntoAnExistingCopyKeepsTheTriagedItem();
    void unknownChangeIsNotCommitted();
    void syncKeepsItemsWithPendingChanges();
};

void TestChangeJournal::eachTriageChangeJournalsOneRow()
{
    const qint64 source = addSource(kJournalKind);
    const qint64 other = addSource(kJournalKind);
    const qint64 id = addItem(source, QStringLiteral("m1"));
    const qint64 bystander = addItem(other, QStringLiteral("m2"));
    QVERIFY(id > 0 && bystander > 0);
    QSignalSpy journaled(m_store.get(), &ItemStore::changesJournaled);

    struct Step {
        std::function<QFuture<bool>()> write;
        QString kind;
        QString detailKey;
        QVariant detailValue;
    };
    const QList<Step> steps = {
        {[&] { return m_store->setState({id}, ItemState::Done); }, QStringLiteral("done"), {}, {}},
        {[&] { return m_store->setState({id}, ItemState::Open); }, QStringLiteral("reopen"), {}, {}},
        {[&] { return m_store->setSeen({id}, true); }, QStringLiteral("seen"), {}, {}},
        {[&] { return m_store->setSeen({id}, false); }, QStringLiteral("unseen"), {}, {}},
        {[&] { return m_store->setTier({id}, Tier::Now, QStringLiteral("manual"), std::nullopt, QString()); },
         QStringLiteral("tier"), QStringLiteral("tier"), 3},
    };
    int expectedRows = 0;
    for (const Step &step : steps) {
        QVERIFY(step.write().result());
        ++expectedRows;
        const QList<Row> all = rows();
        QCOMPARE(all.size(), expectedRows);
        const Row &row = all.last();
        QCOMPARE(row.kind, step.kind);
        QCOMPARE(row.sourceId, source);
        QCOMPARE(row.itemId.toLongLong(), id);
        QCOMPARE(row.folder, QStringLiteral("INBOX"));
        QCOMPARE(row.remoteId, QStringLiteral("m1"));
        QCOMPARE(row.locator, QStringLiteral("cur/m1:2,"));
        QCOMPARE(row.attempts, 0);
        if (!step.detailKey.isEmpty())
            QVERIFY2(row.detail.contains(QStringLiteral("\"%1\":%2").arg(step.detailKey, step.detailValue.toString())),
                     qPrintable(row.detail));
        QTRY_COMPARE(journaled.size(), expectedRows);
        QCOMPARE(journaled.last().at(0).toLongLong(), source);
    }
    QCOMPARE(m_store->pendingChangeCount(source), 5);
    QCOMPARE(m_store->pendingChangeCount(other), 0);

    // Writes that change nothing journal nothing: seen twice, the same tier again.
    QVERIFY(m_store->setSeen({id}, false).result());
    QVERIFY(m_store->setTier({id}, Tier::Now, QStringLiteral("manual"), std::nullopt, QString()).result());
    QVERIFY(m_store->setState({id}, ItemState::Open).result());
    QCOMPARE(rows().size(), 5);

    // Several items of two sources in one call: one row each, one signal per source.
    journaled.clear();
    QVERIFY(m_store->setState({id, bystander}, ItemState::Done).result());
    QCOMPARE(m_store->pendingChangeCount(source), 6);
    QCOMPARE(m_store->pendingChangeCount(other), 1);
    QTRY_COMPARE(journaled.size(), 2);
    QCOMPARE((QSet<qint64>{journaled.at(0).at(0).toLongLong(), journaled.at(1).at(0).toLongLong()}),
             (QSet<qint64>{source, other}));

    // The replayer reads them back in order with their kinds.
    const QList<PendingChange> changes = m_store->pendingChanges(source);
    QCOMPARE(changes.size(), 6);
    const QList<ChangeKind> kinds = {ChangeKind::Done, ChangeKind::Reopen, ChangeKind::Seen,
                                     ChangeKind::Unseen, ChangeKind::Tier, ChangeKind::Done};
    for (int i = 0; i < changes.size(); ++i) {
        QCOMPARE(changes[i].kind, kinds[i]);
        QCOMPARE(changes[i].itemId, id);
        QCOMPARE(changes[i].sourceId, source);
        if (i > 0)
            QVERIFY(changes[i].id > changes[i - 1].id);
    }
    QCOMPARE(changes[4].detail.value(QStringLiteral("tier")).toInt(), 3);
}

void TestChangeJournal::snoozeJournalsUntil()
{
    const qint64 source = addSource(kJournalKind);
    const qint64 id = addItem(source, QStringLiteral("s1"));
    const qint64 until = kBase + 5 * kHour;
    QVERIFY(m_store->setState({id}, ItemState::Snoozed, until).result());
    QList<PendingChange> changes = m_store->pendingChanges(source);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes[0].kind, ChangeKind::Snooze);
    QCOMPARE(changes[0].detail.value(QStringLiteral("until")).toLongLong(), until);
    // A done item that is snoozed is reopened first, then snoozed.
    QVERIFY(m_store->setState({id}, ItemState::Done).result());
    QVERIFY(m_store->setState({id}, ItemState::Snoozed, until + kHour).result());
    changes = m_store->pendingChanges(source);
    QCOMPARE(changes.size(), 4);
    QCOMPARE(changes[1].kind, ChangeKind::Done);
    QCOMPARE(changes[2].kind, ChangeKind::Reopen);
    QCOMPARE(changes[3].kind, ChangeKind::Snooze);
    // Waking up (snoozed → open) is local only.
    QVERIFY(m_store->setState({id}, ItemState::Open).result());
    QCOMPARE(m_store->pendingChangeCount(source), 4);
}

void TestChangeJournal::failedWriteJournalsNothing_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("done") << QStringLiteral("done");
    QTest::newRow("seen") << QStringLiteral("seen");
    QTest::newRow("tier") << QStringLiteral("tier");
}

// The journal row and the local change commit together: when a later statement of the same
// write fails, neither is there.
void TestChangeJournal::failedWriteJournalsNothing()
{
    QFETCH(QString, change);
    const qint64 source = addSource(kJournalKind);
    const qint64 first = addItem(source, QStringLiteral("f1"));
    const qint64 second = addItem(source, QStringLiteral("f2"));
    // The first item's row is written before the failing statement of the second (or of its event).
    if (change == QLatin1String("seen"))
        QVERIFY(execRaw(QStringLiteral("CREATE TRIGGER fail BEFORE UPDATE OF seen ON items WHEN NEW.id = %1"
                                       " BEGIN SELECT RAISE(ABORT, 'injected'); END")
                            .arg(second)));
    else
        QVERIFY(execRaw(QStringLiteral("CREATE TRIGGER fail BEFORE INSERT ON item_events WHEN NEW.item_id = %1"
                                       " BEGIN SELECT RAISE(ABORT, 'injected'); END")
                            .arg(second)));
    QSignalSpy journaled(m_store.get(), &ItemStore::changesJournaled);
    QFuture<bool> write;
    if (change == QLatin1String("done"))
        write = m_store->setState({first, second}, ItemState::Done);
    else if (change == QLatin1String("seen"))
        write = m_store->setSeen({first, second}, true);
    else
        write = m_store->setTier({first, second}, Tier::Now, QStringLiteral("manual"), std::nullopt, QString());
    QVERIFY(!write.result());
    QCOMPARE(rows().size(), 0);
    const std::optional<Item> item = m_store->item(first);
    QVERIFY(item);
    QCOMPARE(item->state, ItemState::Open);
    QCOMPARE(item->record.flags.seen, false);
    QCOMPARE(item->tier, Tier::Async);
    QTest::qWait(50);
    QCOMPARE(journaled.size(), 0);

    // Without the fault the same write journals both.
    QVERIFY(execRaw(QStringLiteral("DROP TRIGGER fail")));
    if (change == QLatin1String("done"))
        write = m_store->setState({first, second}, ItemState::Done);
    else if (change == QLatin1String("seen"))
        write = m_store->setSeen({first, second}, true);
    else
        write = m_store->setTier({first, second}, Tier::Now, QStringLiteral("manual"), std::nullopt, QString());
    QVERIFY(write.result());
    QCOMPARE(rows().size(), 2);
}

void TestChangeJournal::kindThatSaysNoJournalsNothing()
{
    const qint64 silent = addSource(kSilentKind);
    // No predicate at all (a feed; the maildir kind journals seen and the flag since issue 12).
    const qint64 maildir = addSource(QStringLiteral("feed"));
    const qint64 doneOnly = addSource(kJournalKind, {{QStringLiteral("journals"), QStringList{QStringLiteral("done")}}});
    const qint64 a = addItem(silent, QStringLiteral("a"));
    const qint64 b = addItem(maildir, QStringLiteral("b"));
    const qint64 c = addItem(doneOnly, QStringLiteral("c"));
    QSignalSpy journaled(m_store.get(), &ItemStore::changesJournaled);
    QVERIFY(m_store->setSeen({a, b, c}, true).result());
    QVERIFY(m_store->setTier({a, b, c}, Tier::Now, QStringLiteral("manual"), std::nullopt, QString()).result());
    QVERIFY(m_store->setState({a, b}, ItemState::Done).result());
    QCOMPARE(rows().size(), 0);
    QVERIFY(m_store->setState({c}, ItemState::Done).result());
    const QList<Row> all = rows();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all[0].kind, QStringLiteral("done"));
    QCOMPARE(all[0].sourceId, doneOnly);
    QTRY_COMPARE(journaled.size(), 1);
    // The local changes themselves happened.
    QCOMPARE(m_store->item(a)->state, ItemState::Done);
    QCOMPARE(m_store->item(b)->record.flags.seen, true);
}

void TestChangeJournal::removingSourceRemovesItsRows()
{
    const qint64 gone = addSource(kJournalKind);
    const qint64 kept = addSource(kJournalKind);
    QVERIFY(m_store->setState({addItem(gone, QStringLiteral("g1")), addItem(gone, QStringLiteral("g2"))},
                              ItemState::Done)
                .result());
    QVERIFY(m_store->setState({addItem(kept, QStringLiteral("k1"))}, ItemState::Done).result());
    QCOMPARE(rows().size(), 3);
    QVERIFY(m_store->removeSource(gone).result());
    const QList<Row> all = rows();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all[0].sourceId, kept);
    QCOMPARE(m_store->pendingChangeCount(gone), 0);
    QVERIFY(m_store->pendingChanges(gone).isEmpty());
}

// pendingChanges() hands out where the item is NOW (after a replayed move), and where it was
// when the item is gone from the store.
void TestChangeJournal::pendingChangesFollowTheItem()
{
    const qint64 source = addSource(kJournalKind);
    const qint64 id = addItem(source, QStringLiteral("p1"));
    QVERIFY(m_store->setState({id}, ItemState::Done).result());
    QVERIFY(m_store->setState({id}, ItemState::Open).result());
    QList<PendingChange> changes = m_store->pendingChanges(source);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes[1].location.attributes.value(QStringLiteral("test.keep")), QStringLiteral("yes"));

    ChangeOutcome applied;
    applied.changeId = changes[0].id;
    applied.moved = ItemLocation{QStringLiteral("Archive"), QStringLiteral("Archive#p1"), QStringLiteral("9:4"),
                                 {{QStringLiteral("test.from"), QStringLiteral("INBOX")}}};
    QVERIFY(m_store->commitChangeOutcome(applied).result());
    changes = m_store->pendingChanges(source);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes[0].kind, ChangeKind::Reopen);
    QCOMPARE(changes[0].itemId, id);
    QCOMPARE(changes[0].location.folder, QStringLiteral("Archive"));
    QCOMPARE(changes[0].location.remoteId, QStringLiteral("Archive#p1"));
    QCOMPARE(changes[0].location.locator, QStringLiteral("9:4"));
    QCOMPARE(changes[0].location.attributes.value(QStringLiteral("test.from")), QStringLiteral("INBOX"));
    QCOMPARE(rows()[0].folder, QStringLiteral("INBOX"));  // the journaled location is kept as it was

    // The item goes away (e.g. the source's data was reset): the journaled location is used.
    QVERIFY(execRaw(QStringLiteral("DELETE FROM items WHERE id = %1").arg(id)));
    changes = m_store->pendingChanges(source);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes[0].itemId, 0);
    QCOMPARE(changes[0].location.folder, QStringLiteral("INBOX"));
    QCOMPARE(changes[0].location.remoteId, QStringLiteral("p1"));
    QCOMPARE(changes[0].location.locator, QStringLiteral("cur/p1:2,"));
    QVERIFY(changes[0].location.attributes.isEmpty());
}

void TestChangeJournal::appliedAndDroppedDeleteTheRow()
{
    const qint64 source = addSource(kJournalKind);
    const qint64 id = addItem(source, QStringLiteral("a1"));
    QVERIFY(m_store->setSeen({id}, true).result());
    QVERIFY(m_store->setState({id}, ItemState::Done).result());
    const QList<PendingChange> changes = m_store->pendingChanges(source);
    QCOMPARE(changes.size(), 2);
    QVERIFY(m_store->commitChangeOutcome({changes[0].id, ChangeOutcome::Status::Applied, {}, {}, {}}).result());
    QCOMPARE(m_store->pendingChangeCount(source), 1);
    QCOMPARE(m_store->pendingChanges(source).first().id, changes[1].id);
    QVERIFY(m_store
                ->commitChangeOutcome({changes[1].id, ChangeOutcome::Status::Dropped, {},
                                       QStringLiteral("the message is gone"), {}})
                .result());
    QCOMPARE(m_store->pendingChangeCount(source), 0);
    // The item itself is untouched.
    QCOMPARE(m_store->item(id)->state, ItemState::Done);
    QCOMPARE(m_store->item(id)->record.folder, QStringLiteral("INBOX"));
}

void TestChangeJournal::progressKeepsTheRowWithNewDetail()
{
    const qint64 source = addSource(kJournalKind);
    const qint64 id = addItem(source, QStringLiteral("pr1"));
    QVERIFY(m_store->setState({id}, ItemState::Done).result());
    const qint64 change = m_store->pendingChanges(source).first().id;
    QVERIFY(m_store
                ->commitChangeOutcome({change, ChangeOutcome::Status::Progress, {{QStringLiteral("copied"), true}}, {}, {}})
                .result());
    const QList<PendingChange> changes = m_store->pendingChanges(source);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes[0].id, change);
    QCOMPARE(changes[0].detail.value(QStringLiteral("copied")).toBool(), true);
    QCOMPARE(changes[0].attempts, 0);
    QCOMPARE(changes[0].lastError, QString());
}

void TestChangeJournal::failedCountsAttempts()
{
    const qint64 source = addSource(kJournalKind);
    const qint64 id = addItem(source, QStringLiteral("fa1"));
    QVERIFY(m_store->setState({id}, ItemState::Done).result());
    const qint64 change = m_store->pendingChanges(source).first().id;
    for (int i = 1; i <= 3; ++i) {
        QVERIFY(m_store
                    ->commitChangeOutcome({change, ChangeOutcome::Status::Failed, {{QStringLiteral("try"), i}},
                                           QStringLiteral("server said no %1").arg(i), {}})
                    .result());
        const QList<PendingChange> changes = m_store->pendingChanges(source);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].attempts, i);
        QCOMPARE(changes[0].lastError, QStringLiteral("server said no %1").arg(i));
        QCOMPARE(changes[0].detail.value(QStringLiteral("try")).toInt(), i);
    }
}

void TestChangeJournal::movedRelocatesTheItemAndMergesAttributes()
{
    const qint64 source = addSource(kJournalKind);
    const qint64 id = addItem(source, QStringLiteral("INBOX#mv1"));
    QVERIFY(m_store->setState({id}, ItemState::Done).result());
    QSignalSpy changed(m_store.get(), &ItemStore::itemsChanged);
    ChangeOutcome archived;
    archived.changeId = m_store->pendingChanges(source).first().id;
    archived.moved = ItemLocation{QStringLiteral("Archive"), QStringLiteral("Archive#mv1"), QStringLiteral("7:12"),
                                  {{QStringLiteral("test.archived-from"), QStringLiteral("INBOX")}}};
    QVERIFY(m_store->commitChangeOutcome(archived).result());
    std::optional<Item> item = m_store->item(id);
    QVERIFY(item);
    QCOMPARE(item->record.folder, QStringLiteral("Archive"));
    QCOMPARE(item->record.remoteId, QStringLiteral("Archive#mv1"));
    QCOMPARE(item->record.locator, QStringLiteral("7:12"));
    QCOMPARE(item->record.attributes.value(QStringLiteral("test.archived-from")), QStringLiteral("INBOX"));
    QCOMPARE(item->record.attributes.value(QStringLiteral("test.keep")), QStringLiteral("yes"));
    QCOMPARE(item->state, ItemState::Done);
    QCOMPARE(m_store->pendingChangeCount(source), 0);
    QTRY_VERIFY(!changed.isEmpty());
    QVERIFY(changed.last().at(0).value<QList<qint64>>().contains(id));

    // Undo moves it back; an empty attribute value removes the key.
    QVERIFY(m_store->setState({id}, ItemState::Open).result());
    ChangeOutcome back;
    back.changeId = m_store->pendingChanges(source).first().id;
    back.moved = ItemLocation{QStringLiteral("INBOX"), QStringLiteral("INBOX#mv1"), QStringLiteral("3:40"),
                              {{QStringLiteral("test.archived-from"), QString()}}};
    QVERIFY(m_store->commitChangeOutcome(back).result());
    item = m_store->item(id);
    QCOMPARE(item->record.folder, QStringLiteral("INBOX"));
    QCOMPARE(item->record.remoteId, QStringLiteral("INBOX#mv1"));
    QCOMPARE(item->record.locator, QStringLiteral("3:40"));
    QVERIFY(!item->record.attributes.contains(QStringLiteral("test.archived-from")));
    QCOMPARE(item->record.attributes.value(QStringLiteral("test.keep")), QStringLiteral("yes"));
    QCOMPARE(item->state, ItemState::Open);

    // A Progress outcome can move the item too (a MOVE done, the flags still to set).
    QVERIFY(m_store->setState({id}, ItemState::Done).result());
    ChangeOutcome partly;
    partly.changeId = m_store->pendingChanges(source).first().id;
    partly.status = ChangeOutcome::Status::Progress;
    partly.detail = {{QStringLiteral("moved"), true}};
    partly.moved = ItemLocation{QStringLiteral("Archive"), QStringLiteral("Archive#mv1"), QStringLiteral("7:13"), {}};
    QVERIFY(m_store->commitChangeOutcome(partly).result());
    QCOMPARE(m_store->item(id)->record.locator, QStringLiteral("7:13"));
    QCOMPARE(m_store->pendingChangeCount(source), 1);
}

// The target folder was synced before the move was committed: the copy found there goes, the
// triaged item (with its state and history) stays.
void TestChangeJournal::movedOntoAnExistingCopyKeepsTheTriagedItem()
{
    const qint64 source = addSource(kJournalKind);
    const qint64 id = addItem(source, QStringLiteral("INBOX#dup"));
    const qint64 copy = addItem(source, QStringLiteral("Archive#dup"));
    QVERIFY(m_store->setState({id}, ItemState::Done).result());
    ChangeOutcome archived;
    archived.changeId = m_store->pendingChanges(source).first().id;
    archived.moved = ItemLocation{QStringLiteral("Archive"), QStringLiteral("Archive#dup"), QStringLiteral("7:1"), {}};
    QVERIFY(m_store->commitChangeOutcome(archived).result());
    QVERIFY(!m_store->item(copy));
    QCOMPARE(m_store->item(id)->record.remoteId, QStringLiteral("Archive#dup"));
    QCOMPARE(m_store->item(id)->state, ItemState::Done);
}

void TestChangeJournal::unknownChangeIsNotCommitted()
{
    const qint64 source = addSource(kJournalKind);
    const qint64 id = addItem(source, QStringLiteral("u1"));
    QVERIFY(m_store->setState({id}, ItemState::Done).result());
    const qint64 change = m_store->pendingChanges(source).first().id;
    QVERIFY(m_store->commitChangeOutcome({change, ChangeOutcome::Status::Applied, {}, {}, {}}).result());
    // Committed twice (or its source removed meanwhile): nothing to write, and the caller learns it.
    ChangeOutcome again{change, ChangeOutcome::Status::Applied, {}, {}, {}};
    again.moved = ItemLocation{QStringLiteral("Elsewhere"), QStringLiteral("Elsewhere#u1"), QStringLiteral("1:1"), {}};
    QVERIFY(!m_store->commitChangeOutcome(again).result());
    QCOMPARE(m_store->item(id)->record.folder, QStringLiteral("INBOX"));
}

// A sync that no longer finds a message must not delete its item while changes of it are
// journaled (a replayed MOVE is about to relocate it); without pending changes it goes.
void TestChangeJournal::syncKeepsItemsWithPendingChanges()
{
    const qint64 source = addSource(kJournalKind);
    const qint64 inFlux = addItem(source, QStringLiteral("r1"));
    const qint64 plain = addItem(source, QStringLiteral("r2"));
    QVERIFY(m_store->setSeen({inFlux}, true).result());  // open, but with a pending change
    QCOMPARE(m_store->pendingChangeCount(source), 1);

    StoreBatchResult r = m_store->applyBatch(StoreBatch{source, {}, {}, {QStringLiteral("r1"), QStringLiteral("r2")}, {}}).result();
    QVERIFY(r.ok);
    QCOMPARE(r.removed, 1);
    QCOMPARE(r.removedIds, QList<qint64>{plain});
    QVERIFY(m_store->item(inFlux));
    QVERIFY(!m_store->item(plain));

    // Once the change is replayed, the next sync that misses it removes it.
    QVERIFY(m_store->commitChangeOutcome({m_store->pendingChanges(source).first().id, ChangeOutcome::Status::Applied,
                                          {}, {}, {}})
                .result());
    r = m_store->applyBatch(StoreBatch{source, {}, {}, {QStringLiteral("r1")}, {}}).result();
    QVERIFY(r.ok);
    QCOMPARE(r.removedIds, QList<qint64>{inFlux});
    QVERIFY(!m_store->item(inFlux));
}

QTEST_GUILESS_MAIN(TestChangeJournal)
#include "tst_changejournal.moc"
