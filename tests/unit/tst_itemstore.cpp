// Unit tests of fi::ItemStore on real SQLite files in a temporary directory.

#include "storage/itemstore.h"
#include "storeitems.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fi;

using namespace fi::test;

class TestItemStore : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    QString dbPath(const QString &name = QStringLiteral("inbox.sqlite")) const
    {
        return m_dir->filePath(name);
    }

    std::unique_ptr<ItemStore> openStore(const QString &path)
    {
        auto store = std::make_unique<ItemStore>(path);
        return store->open() == OpenError::None ? std::move(store) : nullptr;
    }

    qint64 addMaildir(ItemStore &store, const QString &name = QStringLiteral("Work"))
    {
        SourceConfig config;
        config.kind = QStringLiteral("maildir");
        config.name = name;
        config.location = QStringLiteral("/home/me/Maildir/") + name;
        return store.addSource(config).result();
    }

    StoreBatchResult apply(ItemStore &store, qint64 sourceId, const QList<Item> &upserts,
                           const QStringList &removed = {}, const QList<FlagUpdate> &flags = {})
    {
        return store.applyBatch(StoreBatch{sourceId, upserts, flags, removed, {}}).result();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { m_dir.reset(); }

    void addAndListSources()
    {
        auto store = openStore(dbPath());
        QVERIFY(store);
        QSignalSpy changed(store.get(), &ItemStore::sourcesChanged);

        SourceConfig config;
        config.kind = QStringLiteral("maildir");
        config.name = QStringLiteral("Work mail");
        config.location = QStringLiteral("/srv/mail/work");
        config.settings = {{QStringLiteral("watch"), true}, {QStringLiteral("depth"), 2}};
        config.enabled = false;
        config.sample = true;
        const qint64 id = store->addSource(config).result();
        QVERIFY(id > 0);
        const qint64 second = addMaildir(*store, QStringLiteral("Lists"));
        QVERIFY(second > id);
        QTRY_COMPARE(changed.size(), 2);

        const QList<SourceConfig> sources = store->sources();
        QCOMPARE(sources.size(), 2);
        QCOMPARE(sources[0].id, id);
        QCOMPARE(sources[0].kind, QStringLiteral("maildir"));
        QCOMPARE(sources[0].name, QStringLiteral("Work mail"));
        QCOMPARE(sources[0].location, QStringLiteral("/srv/mail/work"));
        QCOMPARE(sources[0].settings.value(QStringLiteral("watch")).toBool(), true);
        QCOMPARE(sources[0].settings.value(QStringLiteral("depth")).toInt(), 2);
        QCOMPARE(sources[0].enabled, false);
        QCOMPARE(sources[0].sample, true);
        QCOMPARE(sources[1].name, QStringLiteral("Lists"));

        config.id = id;
        config.name = QStringLiteral("Renamed");
        QVERIFY(store->updateSource(config).result());
        QCOMPARE(store->source(id)->name, QStringLiteral("Renamed"));
        config.id = 4711;
        QVERIFY(!store->updateSource(config).result());

        QVERIFY(store->removeSource(second).result());
        QCOMPARE(store->sources().size(), 1);
        QVERIFY(!store->source(second));
        QVERIFY(!store->removeSource(second).result());
    }

    void batchInsertRoundTrips()
    {
        auto store = openStore(dbPath());
        QVERIFY(store);
        const qint64 src = addMaildir(*store);
        QSignalSpy changed(store.get(), &ItemStore::itemsChanged);

        Item a = makeItem(QStringLiteral("a"), QStringLiteral("Quarterly report"), kBase, Tier::Async,
                          kBase + 4 * kHour);
        a.record.cc = {{QString(), QStringLiteral("boss@example.com")}};
        a.record.headers = {{QStringLiteral("list-id"), QStringLiteral("<team.example.com>")}};
        a.record.flags = {true, true, false};
        const StoreBatchResult result =
            apply(*store, src, {a, makeItem(QStringLiteral("b"), QStringLiteral("Lunch?"), kBase + 1)});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.added, 2);
        QCOMPARE(result.updated, 0);
        QCOMPARE(result.changedIds.size(), 2);
        QCOMPARE(result.addedIds.size(), 2);
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<QList<qint64>>().size(), 2);

        const std::optional<Item> stored = store->item(idOf(*store, QStringLiteral("a")));
        QVERIFY(stored);
        QCOMPARE(stored->sourceId, src);
        QCOMPARE(stored->sourceName, QStringLiteral("Work"));
        QCOMPARE(stored->record.subject, QStringLiteral("Quarterly report"));
        QCOMPARE(stored->record.from, (Address{QStringLiteral("Alice Example"), QStringLiteral("alice@example.com")}));
        QCOMPARE(stored->record.to, (QList<Address>{{QStringLiteral("Me"), QStringLiteral("me@example.org")}}));
        QCOMPARE(stored->record.cc, a.record.cc);
        QCOMPARE(stored->record.headers, a.record.headers);
        QCOMPARE(stored->record.flags, (ItemFlags{true, true, false}));
        QCOMPARE(stored->record.receivedMs, kBase);
        QCOMPARE(stored->record.locator, QStringLiteral("cur/a:2,"));
        QCOMPARE(stored->tier, Tier::Async);
        QCOMPARE(stored->dueMs, std::optional<qint64>(kBase + 4 * kHour));
        QCOMPARE(stored->policy, QStringLiteral("tier2-default"));
        QCOMPARE(stored->state, ItemState::Open);
        QVERIFY(!stored->doneMs);

        const KnownItems known = store->knownItems(src);
        QCOMPARE(known.size(), 2);
        QCOMPARE(known.value(QStringLiteral("b")), QStringLiteral("b-v1"));
    }

    void reapplyingBatchUpdatesWithoutDuplicates()
    {
        auto store = openStore(dbPath());
        QVERIFY(store);
        const qint64 src = addMaildir(*store);
        const qint64 other = addMaildir(*store, QStringLiteral("Other"));
        QList<Item> batch;
        for (int i = 0; i < 3; ++i)
            batch << makeItem(QStringLiteral("m%1").arg(i), QStringLiteral("Message %1").arg(i), kBase + i);
        const StoreBatchResult first = apply(*store, src, batch);
        QCOMPARE(first.added, 3);

        batch[1].record.subject = QStringLiteral("Message 1 (edited)");
        const StoreBatchResult second = apply(*store, src, batch);
        QVERIFY(second.ok);
        QCOMPARE(second.added, 0);
        QCOMPARE(second.updated, 3);
        QCOMPARE(second.addedIds.size(), 0);
        QCOMPARE(QSet<qint64>(second.changedIds.cbegin(), second.changedIds.cend()),
                 QSet<qint64>(first.changedIds.cbegin(), first.changedIds.cend()));

        // Same remote ids in another source are different items.
        QCOMPARE(apply(*store, other, batch).added, 3);

        ItemQuery query;
        query.sourceId = src;
        const QList<Item> items = store->items(query);
        QCOMPARE(items.size(), 3);
        QVERIFY(subjects(items).contains(QStringLiteral("Message 1 (edited)")));
        QCOMPARE(store->items(ItemQuery{}).size(), 6);
    }

    void flagUpdates()
    {
        auto store = openStore(dbPath());
        QVERIFY(store);
        const qint64 src = addMaildir(*store);
        apply(*store, src, {makeItem(QStringLiteral("x"), QStringLiteral("Flag me"), kBase)});

        FlagUpdate flag;
        flag.remoteId = QStringLiteral("x");
        flag.locator = QStringLiteral("cur/x:2,FS");
        flag.flags = {true, true, false};
        FlagUpdate unknown;
        unknown.remoteId = QStringLiteral("nope");
        const StoreBatchResult result = apply(*store, src, {}, {}, {flag, unknown});
        QVERIFY(result.ok);
        QCOMPARE(result.updated, 1);

        const std::optional<Item> item = store->item(idOf(*store, QStringLiteral("x")));
        QVERIFY(item);
        QCOMPARE(item->record.flags, (ItemFlags{true, true, false}));
        QCOMPARE(item->record.locator, QStringLiteral("cur/x:2,FS"));
        QCOMPARE(item->record.fingerprint, QStringLiteral("x-v1"));  // empty = keep

        QVERIFY(store->setSeen({item->id}, false).result());
        QCOMPARE(store->item(item->id)->record.flags.seen, false);
    }

    void removals()
    {
        auto store = openStore(dbPath());
        QVERIFY(store);
        const qint64 src = addMaildir(*store);
        apply(*store, src, {makeItem(QStringLiteral("keep"), QStringLiteral("Keep"), kBase),
                            makeItem(QStringLiteral("gone"), QStringLiteral("Gone"), kBase),
                            makeItem(QStringLiteral("archived"), QStringLiteral("Archived"), kBase)});
        const qint64 goneId = idOf(*store, QStringLiteral("gone"));
        QVERIFY(store->setState({goneId}, ItemState::Snoozed, kBase + kHour).result());  // has an item event
        const qint64 archivedId = idOf(*store, QStringLiteral("archived"));
        QVERIFY(store->setState({archivedId}, ItemState::Done).result());

        const StoreBatchResult result = apply(
            *store, src, {}, {QStringLiteral("gone"), QStringLiteral("never-existed"), QStringLiteral("archived")});
        QVERIFY(result.ok);
        QCOMPARE(result.removed, 1);
        QCOMPARE(result.removedIds, QList<qint64>{goneId});
        QVERIFY(!store->item(goneId));
        QVERIFY(store->events(goneId).isEmpty());
        ItemQuery all;
        all.states = ItemQuery::States::All;
        // A done item stays in Done when its message leaves the folder (archived by write-back).
        QCOMPARE(subjects(store->items(all)), (QStringList{QStringLiteral("Archived"), QStringLiteral("Keep")}));
        QCOMPARE(store->item(archivedId)->state, ItemState::Done);
        QVERIFY(!store->knownItems(src).contains(QStringLiteral("gone")));
    }

    void manualTierIsPinnedAgainstReupsert()
    {
        auto store = openStore(dbPath());
        QVERIFY(store);
        const qint64 src = addMaildir(*store);
        Item item = makeItem(QStringLiteral("p"), QStringLiteral("Pin me"), kBase, Tier::Async, kBase + 4 * kHour);
        apply(*store, src, {item});
        const qint64 id = idOf(*store, QStringLiteral("p"));

        QVERIFY(store->setTier({id}, Tier::Now, QStringLiteral("manual"), kBase + kHour / 4,
                               QStringLiteral("tier3-default"), kBase + 10)
                    .result());
        const QList<ItemEvent> events = store->events(id);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, QStringLiteral("tier"));
        QCOMPARE(events[0].detail, QStringLiteral("2->3"));
        QCOMPARE(events[0].atMs, kBase + 10);

        // The sync re-tiers it as Reference: the manual move wins, the record is refreshed.
        item.tier = Tier::Reference;
        item.tierReason = QStringLiteral("newsletter");
        item.dueMs = std::nullopt;
        item.record.subject = QStringLiteral("Pin me (v2)");
        QVERIFY(apply(*store, src, {item}).ok);
        std::optional<Item> stored = store->item(id);
        QCOMPARE(stored->tier, Tier::Now);
        QCOMPARE(stored->tierReason, QStringLiteral("manual"));
        QCOMPARE(stored->dueMs, std::optional<qint64>(kBase + kHour / 4));
        QCOMPARE(stored->policy, QStringLiteral("tier3-default"));
        QCOMPARE(stored->record.subject, QStringLiteral("Pin me (v2)"));

        // Without the pin, the rule's tier is applied.
        QVERIFY(store->setTier({id}, Tier::Async, QStringLiteral("rule-x"), std::nullopt, QString()).result());
        QVERIFY(apply(*store, src, {item}).ok);
        stored = store->item(id);
        QCOMPARE(stored->tier, Tier::Reference);
        QCOMPARE(stored->tierReason, QStringLiteral("newsletter"));
        QVERIFY(!stored->dueMs);
    }

    void upsertKeepsState()
    {
        auto store = openStore(dbPath());
        QVERIFY(store);
        const qint64 src = addMaildir(*store);
        const Item item = makeItem(QStringLiteral("s"), QStringLiteral("Done already"), kBase);
        apply(*store, src, {item});
        const qint64 id = idOf(*store, QStringLiteral("s"));
        QVERIFY(store->setState({id}, ItemState::Done, std::nullopt, kBase + 5).result());
        QVERIFY(apply(*store, src, {item}).ok);
        QCOMPARE(store->item(id)->state, ItemState::Done);
        QCOMPARE(store->item(id)->doneMs, std::optional<qint64>(kBase + 5));
    }

    void setStateAndUndo()
    {
        auto store = openStore(dbPath());
        QVERIFY(store);
        const qint64 src = addMaildir(*store);
        apply(*store, src, {makeItem(QStringLiteral("1"), QStringLiteral("One"), kBase),
                            makeItem(QStringLiteral("2"), QStringLiteral("Two"), kBase + 1)});
        const qint64 one = idOf(*store, QStringLiteral("1"));
        QCoreApplication::processEvents();  // deliver the batch's itemsChanged first
        QSignalSpy changed(store.get(), &ItemStore::itemsChanged);

        QVERIFY(store->setState({one}, ItemState::Done, std::nullopt, kBase + 100).result());
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<QList<qint64>>(), QList<qint64>{one});
        QCOMPARE(subjects(store->items(ItemQuery{})), QStringList{QStringLiteral("Two")});
        ItemQuery done;
        done.states = ItemQuery::States::Done;
        QCOMPARE(subjects(store->items(done)), QStringList{QStringLiteral("One")});
        QCOMPARE(store->item(one)->doneMs, std::optional<qint64>(kBase + 100));

        // Undo: back to open.
        QVERIFY(store->setState({one}, ItemState::Open, std::nullopt, kBase + 200).result());
        QCOMPARE(store->items(ItemQuery{}).size(), 2);
        QCOMPARE(store->item(one)->state, ItemState::Open);
        QVERIFY(!store->item(one)->doneMs);

        const QList<ItemEvent> events = store->events(one);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].kind, QStringLiteral("done"));
        QCOMPARE(events[0].atMs, kBase + 100);
        QCOMPARE(events[0].detail, QStringLiteral("open"));
        QCOMPARE(events[1].kind, QStringLiteral("reopened"));
        QCOMPARE(events[1].detail, QStringLiteral("done"));

        // Snooze needs a time.
        QVERIFY(!store->setState({one}, ItemState::Snoozed).result());
        QCOMPARE(store->item(one)->state, ItemState::Open);
    }

    void snoozeHidesUntilTime()
    {
        auto store = openStore(dbPath());
        QVERIFY(store);
        const qint64 src = addMaildir(*store);
        apply(*store, src, {makeItem(QStringLiteral("z"), QStringLiteral("Later"), kBase)});
        const qint64 id = idOf(*store, QStringLiteral("z"));
        const qint64 wake = kBase + 10 * kHour;  // 2023-11-15T08:13:20Z
        QVERIFY(store->setState({id}, ItemState::Snoozed, wake, kBase).result());

        ItemQuery open;
        open.nowMs = wake - 1;
        QVERIFY(store->items(open).isEmpty());
        ItemQuery snoozed;
        snoozed.states = ItemQuery::States::Snoozed;
        snoozed.nowMs = wake - 1;
        QCOMPARE(store->items(snoozed).size(), 1);
        QCOMPARE(store->counts(wake - 1).snoozed, 1);
        QCOMPARE(store->counts(wake - 1).async, 0);
        QCOMPARE(store->asleepCount(wake - 1), 1);

        open.nowMs = wake;
        QCOMPARE(subjects(store->items(open)), QStringList{QStringLiteral("Later")});
        snoozed.nowMs = wake;
        QVERIFY(store->items(snoozed).isEmpty());
        QCOMPARE(store->counts(wake).async, 1);
        QCOMPARE(store->counts(wake).snoozed, 0);
        QCOMPARE(store->asleepCount(wake), 0);

        const QList<ItemEvent> events = store->events(id);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, QStringLiteral("snoozed"));
        QCOMPARE(events[0].detail, QStringLiteral("2023-11-15T08:13:20.000Z"));
    }

    void countsPerTierAndOverdue()
    {
        auto store = openStore(dbPath());
        QVERIFY(store);
        const qint64 src = addMaildir(*store);
        const qint64 now = kBase + 24 * kHour;
        apply(*store, src,
              {makeItem(QStringLiteral("n1"), QStringLiteral("Pager"), kBase, Tier::Now, now - kHour),   // overdue
               makeItem(QStringLiteral("n2"), QStringLiteral("Pager 2"), kBase, Tier::Now, now + kHour),
               makeItem(QStringLiteral("a1"), QStringLiteral("Review"), kBase, Tier::Async, now - 1),     // overdue
               makeItem(QStringLiteral("a2"), QStringLiteral("Question"), kBase, Tier::Async, now),       // due now: not overdue
               makeItem(QStringLiteral("a3"), QStringLiteral("Done one"), kBase, Tier::Async, now - kHour),
               makeItem(QStringLiteral("a4"), QStringLiteral("Snoozed"), kBase, Tier::Async, now - kHour),
               makeItem(QStringLiteral("r1"), QStringLiteral("Newsletter"), kBase, Tier::Reference)});
        QVERIFY(store->setState({idOf(*store, QStringLiteral("a3"))}, ItemState::Done).result());
        QVERIFY(store->setState({idOf(*store, QStringLiteral("a4"))}, ItemState::Snoozed, now + kHour).result());

        const TierCounts c = store->counts(now);
        QCOMPARE(c.now, 2);
        QCOMPARE(c.async, 2);
        QCOMPARE(c.reference, 1);
        QCOMPARE(c.done, 1);
        QCOMPARE(c.snoozed, 1);
        QCOMPARE(c.overdue, 2);
        QCOMPARE(c.overdueNow, 1);    // n1
        QCOMPARE(c.attention(), 3);   // n1, n2 (Tier 3) and a1 (overdue): n1 counted once
        QCOMPARE(c.count(Tier::Now), 2);

        // After the snooze ends the item is open again, and overdue.
        const TierCounts later = store->counts(now + kHour);
        QCOMPARE(later.async, 3);
        QCOMPARE(later.snoozed, 0);
        QCOMPARE(later.overdue, 4);  // n1, a1, a2, a4 have due < now+1h; n2's due == now+1h is not overdue
    }

    void orderByDueThenReceived()
    {
        auto store = openStore(dbPath());
        QVERIFY(store);
        const qint64 src = addMaildir(*store);
        apply(*store, src,
              {makeItem(QStringLiteral("1"), QStringLiteral("no due, old"), kBase),
               makeItem(QStringLiteral("2"), QStringLiteral("due later"), kBase, Tier::Async, kBase + 2 * kHour),
               makeItem(QStringLiteral("3"), QStringLiteral("no due, new"), kBase + 5),
               makeItem(QStringLiteral("4"), QStringLiteral("due soon"), kBase, Tier::Now, kBase + kHour)});
        ItemQuery query;
        query.nowMs = kBase;
        QCOMPARE(subjects(store->items(query)),
                 (QStringList{QStringLiteral("due soon"), QStringLiteral("due later"),
                              QStringLiteral("no due, new"), QStringLiteral("no due, old")}));
        query.tier = Tier::Async;
        query.limit = 2;
        QCOMPARE(subjects(store->items(query)),
                 (QStringList{QStringLiteral("due later"), QStringLiteral("no due, new")}));
    }

    void fullTextSearch()
    {
        auto store = openStore(dbPath());
        QVERIFY(store);
        const qint64 src = addMaildir(*store);
        apply(*store, src,
              {makeItem(QStringLiteral("1"), QStringLiteral("Database incident on prod"), kBase, Tier::Now),
               makeItem(QStringLiteral("2"), QStringLiteral("Weekly newsletter"), kBase, Tier::Reference,
                        std::nullopt, QStringLiteral("Bob Builder"), QStringLiteral("bob@lists.example.net")),
               makeItem(QStringLiteral("3"), QStringLiteral("Café meeting"), kBase)});
        auto search = [&](const QString &text) {
            ItemQuery q;
            q.states = ItemQuery::States::All;
            q.search = text;
            QStringList found = subjects(store->items(q));
            found.sort();
            return found;
        };
        QCOMPARE(search(QStringLiteral("incident")), QStringList{QStringLiteral("Database incident on prod")});
        QCOMPARE(search(QStringLiteral("inci")), QStringList{QStringLiteral("Database incident on prod")});
        QCOMPARE(search(QStringLiteral("INCIDENT prod")), QStringList{QStringLiteral("Database incident on prod")});
        QCOMPARE(search(QStringLiteral("incident newsletter")), QStringList{});
        QCOMPARE(search(QStringLiteral("Builder")), QStringList{QStringLiteral("Weekly newsletter")});
        QCOMPARE(search(QStringLiteral("bob@lists.example.net")), QStringList{QStringLiteral("Weekly newsletter")});
        QCOMPARE(search(QStringLiteral("cafe")), QStringList{QStringLiteral("Café meeting")});
        QCOMPARE(search(QStringLiteral("Alice")).size(), 2);
        // FTS5 syntax in typed text is harmless.
        QCOMPARE(search(QStringLiteral("\"incident")), QStringList{QStringLiteral("Database incident on prod")});
        QCOMPARE(search(QStringLiteral("NEAR( AND OR NOT *")), QStringList{});
        QCOMPARE(search(QStringLiteral("subject:incident")), QStringList{});
        QCOMPARE(search(QStringLiteral("-- ()")), QStringList{});

        // The index follows updates and removals.
        Item renamed = makeItem(QStringLiteral("1"), QStringLiteral("Database outage resolved"), kBase, Tier::Now);
        apply(*store, src, {renamed});
        QCOMPARE(search(QStringLiteral("incident")), QStringList{});
        QCOMPARE(search(QStringLiteral("outage")), QStringList{QStringLiteral("Database outage resolved")});
        apply(*store, src, {}, {QStringLiteral("1")});
        QCOMPARE(search(QStringLiteral("outage")), QStringList{});
        QVERIFY(store->removeSource(src).result());
        QCOMPARE(search(QStringLiteral("newsletter")), QStringList{});
    }
};

QTEST_GUILESS_MAIN(TestItemStore)
#include "tst_itemstore.moc"
