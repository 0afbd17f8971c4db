// The search language against a real store (SQLite + FTS5 in a temporary directory): what each
// operator, negation, OR, phrase and date finds, ranking and pages, and the query plan (the
// full-text index drives word searches; nothing scans the items table for them).

#include "search/searchquery.h"
#include "storage/ftsrank.h"
#include "storage/itemssql.h"
#include "storage/itemstore.h"
#include "storeitems.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fi;
using namespace fi::test;

namespace {
const qint64 kNow = kBase + 100 * kHour;
const qint64 kDay = 24 * kHour;

/// A Maildir source named "Mail" in @p store; its id.
qint64 addMailSource(ItemStore &store)
{
    SourceConfig source;
    source.kind = QStringLiteral("maildir");
    source.name = QStringLiteral("Mail");
    source.location = QStringLiteral("/home/me/Maildir");
    return store.addSource(source).result();
}
} // namespace

class TestSearchStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ItemStore> m_store;
    qint64 m_work = 0;
    qint64 m_feeds = 0;

    ItemQuery queryFor(const QString &text, int limit = -1, int offset = 0) const
    {
        ItemQuery query;
        query.states = ItemQuery::States::All;
        query.parsedSearch = std::make_shared<SearchQuery>(parseSearch(text, SearchContext{kNow, QTimeZone::utc()}));
        query.nowMs = kNow;
        query.limit = limit;
        query.offset = offset;
        return query;
    }

    /// The remote ids found for @p text, sorted (when the order does not matter).
    QStringList found(const QString &text) const
    {
        QStringList ids;
        for (const Item &item : m_store->items(queryFor(text)))
            ids << item.record.remoteId;
        ids.sort();
        return ids;
    }
    /// The remote ids in result order.
    QStringList ranked(const QString &text, int limit = -1, int offset = 0) const
    {
        QStringList ids;
        for (const Item &item : m_store->items(queryFor(text, limit, offset)))
            ids << item.record.remoteId;
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<ItemStore>(m_dir.filePath(QStringLiteral("inbox.sqlite")));
        QCOMPARE(m_store->open(), OpenError::None);
        SourceConfig work;
        work.kind = QStringLiteral("maildir");
        work.name = QStringLiteral("Work mail");
        work.location = QStringLiteral("/home/me/Maildir");
        m_work = m_store->addSource(work).result();
        SourceConfig feeds;
        feeds.kind = QStringLiteral("feed");
        feeds.name = QStringLiteral("Planet feeds");
        feeds.location = QStringLiteral("https://planet.example/atom.xml");
        m_feeds = m_store->addSource(feeds).result();
        QVERIFY(m_work > 0 && m_feeds > 0);

        // a1: due in 30 min of a 3.5 h window → due soon; Cc bob.
        Item a1 = makeItem(QStringLiteral("a1"), QStringLiteral("Contract review for Q4"), kNow - 3 * kHour,
                           Tier::Async, kNow + kHour / 2, QStringLiteral("Ana Souza"), QStringLiteral("ana@souza.example"));
        a1.record.cc = {{QStringLiteral("Bob Stone"), QStringLiteral("bob@stone.example"), {}}};
        Item a2 = makeItem(QStringLiteral("a2"), QStringLiteral("Incident: database down"), kNow - 2 * kHour,
                           Tier::Now, kNow - kHour, QStringLiteral("Pager Bot"), QStringLiteral("pager@ops.example"));
        a2.record.flags.flagged = true;
        Item a3 = makeItem(QStringLiteral("a3"), QStringLiteral("Lunch plans"), kNow - 10 * kDay, Tier::Async,
                           std::nullopt, QStringLiteral("Bob Stone"), QStringLiteral("bob@stone.example"));
        // a4: past due but answered → not overdue, replied.
        Item a4 = makeItem(QStringLiteral("a4"), QStringLiteral("Review of the contract draft"), kNow - 5 * kDay,
                           Tier::Async, kNow - 50 * kHour, QStringLiteral("Carla Dias"), QStringLiteral("carla@dias.example"));
        a4.record.flags.answered = true;
        Item a5 = makeItem(QStringLiteral("a5"), QStringLiteral("Weekly newsletter: café culture"), kNow - kDay,
                           Tier::Reference, std::nullopt, QStringLiteral("News"), QStringLiteral("news@letter.example"));
        Item a6 = makeItem(QStringLiteral("a6"), QStringLiteral("Contract signed"), kNow - 20 * kDay, Tier::Reference,
                           std::nullopt, QStringLiteral("Ana Souza"), QStringLiteral("ana@souza.example"));
        a6.record.to = {{QStringLiteral("Dan"), QStringLiteral("dan@x.example"), {}}};
        // a7: "contract" only in the snippet → ranks below the subject matches.
        Item a7 = makeItem(QStringLiteral("a7"), QStringLiteral("Quarterly numbers"), kNow - 4 * kHour, Tier::Async,
                           std::nullopt, QStringLiteral("Eve Finance"), QStringLiteral("eve@fin.example"));
        a7.record.snippet = QStringLiteral("Numbers attached; the contract value is in row 7.");
        StoreBatch mail;
        mail.sourceId = m_work;
        mail.upserts = {a1, a2, a3, a4, a6, a7};
        QVERIFY(m_store->applyBatch(mail).result().ok);
        StoreBatch feed;
        feed.sourceId = m_feeds;
        feed.upserts = {a5};
        QVERIFY(m_store->applyBatch(feed).result().ok);
        QVERIFY(m_store->setState({idOf(*m_store, QStringLiteral("a3"))}, ItemState::Done, std::nullopt, kNow).result());
        QVERIFY(m_store->setSeen({idOf(*m_store, QStringLiteral("a3"))}, true).result());
        QVERIFY(m_store->setState({idOf(*m_store, QStringLiteral("a5"))}, ItemState::Snoozed, kNow + 5 * kHour, kNow)
                    .result());
    }

    void cleanupTestCase() { m_store.reset(); }

    void finds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const auto L = [](std::initializer_list<const char *> ids) {
            QStringList l;
            for (const char *id : ids)
                l << QString::fromLatin1(id);
            return l;
        };
        QTest::newRow("word") << "contract" << L({"a1", "a4", "a6", "a7"});
        QTest::newRow("prefix as typed") << "contr" << L({"a1", "a4", "a6", "a7"});
        QTest::newRow("not a prefix inside") << "contract signe" << L({"a6"});
        QTest::newRow("two words") << "contract review" << L({"a1", "a4"});
        QTest::newRow("phrase") << "\"contract review\"" << L({"a1"});
        QTest::newRow("diacritics") << "cafe" << L({"a5"});
        QTest::newRow("negated word") << "contract -signed" << L({"a1", "a4", "a7"});
        QTest::newRow("negated phrase") << "contract -\"contract review\"" << L({"a4", "a6", "a7"});
        QTest::newRow("only negated") << "-contract -lunch" << L({"a2", "a5"});
        QTest::newRow("or words") << "lunch OR incident" << L({"a2", "a3"});
        QTest::newRow("or word and operator") << "lunch OR is:flagged" << L({"a2", "a3"});
        QTest::newRow("from name") << "from:ana" << L({"a1", "a6"});
        QTest::newRow("from domain") << "from:souza.example" << L({"a1", "a6"});
        QTest::newRow("from quoted") << "from:\"Bob Stone\"" << L({"a3"});
        QTest::newRow("from and word") << "from:ana signed" << L({"a6"});
        QTest::newRow("to") << "to:dan@x" << L({"a6"});
        QTest::newRow("cc counts as to") << "to:bob" << L({"a1"});
        QTest::newRow("to like chars literal") << "to:%" << L({});
        QTest::newRow("source name") << "source:planet" << L({"a5"});
        QTest::newRow("source negated") << "-source:planet contract" << L({"a1", "a4", "a6", "a7"});
        QTest::newRow("kind") << "kind:feed" << L({"a5"});
        QTest::newRow("not kind") << "-kind:maildir" << L({"a5"});
        QTest::newRow("tier now") << "tier:now" << L({"a2"});
        QTest::newRow("tier 1") << "tier:1" << L({"a5", "a6"});
        QTest::newRow("overdue") << "is:overdue" << L({"a2"});
        QTest::newRow("due soon") << "is:due-soon" << L({"a1"});
        QTest::newRow("unread") << "is:unread" << L({"a1", "a2", "a4", "a5", "a6", "a7"});
        QTest::newRow("read") << "is:read" << L({"a3"});
        QTest::newRow("flagged") << "is:flagged" << L({"a2"});
        QTest::newRow("snoozed") << "is:snoozed" << L({"a5"});
        QTest::newRow("done") << "is:done" << L({"a3"});
        QTest::newRow("open") << "is:open" << L({"a1", "a2", "a4", "a6", "a7"});
        QTest::newRow("replied") << "is:replied" << L({"a4"});
        QTest::newRow("not replied contract") << "contract -is:replied" << L({"a1", "a6", "a7"});
        QTest::newRow("before age") << "before:7d" << L({"a3", "a6"});
        QTest::newRow("after age") << "after:7d" << L({"a1", "a2", "a4", "a5", "a7"});
        QTest::newRow("after hours") << "after:3h" << L({"a2", "a1"});
        const QString day = QDateTime::fromMSecsSinceEpoch(kNow - 6 * kDay, QTimeZone::utc()).date().toString(Qt::ISODate);
        QTest::newRow("before iso") << "before:" + day << L({"a3", "a6"});
        QTest::newRow("after iso and word") << "contract after:" + day << L({"a1", "a4", "a7"});
        QTest::newRow("mixed") << "contract is:overdue OR tier:reference" << L({"a6"});
        QTest::newRow("bad operator ignored") << "tier:9 lunch" << L({"a3"});
        QTest::newRow("unknown operator as text") << "incident:database" << L({"a2"});
        QTest::newRow("fts syntax is text") << "NEAR(contract review) AND" << L({});
        QTest::newRow("quote in word") << "con\"tract" << L({});
    }
    void finds()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        expected.sort();
        QCOMPARE(found(text), expected);
        QCOMPARE(m_store->count(queryFor(text)), expected.size());
    }

    void rankingPutsSubjectMatchesFirst()
    {
        const QStringList ids = ranked(QStringLiteral("contract"));
        QCOMPARE(ids.size(), 4);
        QCOMPARE(ids.last(), QStringLiteral("a7")); // only in the snippet
        // Without words the inbox order holds: due ascending (none last), then newest first.
        QCOMPARE(ranked(QStringLiteral("is:unread")),
                 (QStringList{"a4", "a2", "a1", "a7", "a5", "a6"}));
    }

    void pages()
    {
        const QStringList all = ranked(QStringLiteral("is:unread"));
        QCOMPARE(ranked(QStringLiteral("is:unread"), 2, 0), all.mid(0, 2));
        QCOMPARE(ranked(QStringLiteral("is:unread"), 2, 2), all.mid(2, 2));
        QCOMPARE(ranked(QStringLiteral("is:unread"), 2, 4), all.mid(4, 2));
        QCOMPARE(ranked(QStringLiteral("is:unread"), 2, 6), QStringList());
        QCOMPARE(ranked(QStringLiteral("contract"), 3, 1), ranked(QStringLiteral("contract")).mid(1, 3));
        // The count ignores the page.
        QCOMPARE(m_store->count(queryFor(QStringLiteral("is:unread"), 2, 2)), 6);
    }

    // Relevance (storage/ftsrank.h): more hits, rarer words and earlier hits rank higher, the
    // subject weighs most; equal ranks list the newest item (largest id) first. A page is the same slice of
    // the list whether it is taken from the ranked hits alone or after other conditions.
    void ranksByRelevanceThenNewest()
    {
        QTemporaryDir dir;
        ItemStore store(dir.filePath(QStringLiteral("rank.sqlite")));
        QCOMPARE(store.open(), OpenError::None);
        StoreBatch batch;
        batch.sourceId = addMailSource(store);
        // Due dates would order them otherwise: t1 is the most urgent.
        for (int i = 1; i <= 4; ++i)
            batch.upserts << makeItem(QStringLiteral("t%1").arg(i), QStringLiteral("Budget review"), kNow - i * kHour,
                                      Tier::Async, kNow + i * kHour);
        batch.upserts << makeItem(QStringLiteral("s1"), QStringLiteral("Budget: budget and budget"), kNow, Tier::Async,
                                  kNow + 9 * kHour);
        batch.upserts << makeItem(QStringLiteral("r1"), QStringLiteral("Zephyr budget"), kNow, Tier::Async,
                                  kNow + 9 * kHour);
        Item n1 = makeItem(QStringLiteral("n1"), QStringLiteral("Lunch"), kNow, Tier::Reference);
        n1.record.snippet = QStringLiteral("about the budget");
        batch.upserts << n1;
        QVERIFY(store.applyBatch(batch).result().ok);
        const auto ranked = [this, &store](const QString &text, int limit = -1, int offset = 0) {
            const ItemQuery query = queryFor(text, limit, offset);
            QStringList ids;
            for (const Item &item : store.items(query))
                ids << item.record.remoteId;
            QStringList keyIds;
            for (const ItemKey &key : store.itemKeys(query))
                keyIds << store.item(key.id)->record.remoteId;
            if (keyIds != ids)
                ids << QStringLiteral("keys differ");
            return ids;
        };
        // s1 has the word three times; r1 has it second, after the t items' first word.
        const QStringList budget{"s1", "t4", "t3", "t2", "t1", "r1", "n1"};
        QCOMPARE(ranked(QStringLiteral("budget")), budget);
        QCOMPARE(ranked(QStringLiteral("budget"), 3, 2), budget.mid(2, 3));
        QCOMPARE(ranked(QStringLiteral("budget"), 3, 6), budget.mid(6));
        // A word in one item of seven weighs more than one in all of them.
        QCOMPARE(ranked(QStringLiteral("budget OR zephyr")), (QStringList{"r1", "s1", "t4", "t3", "t2", "t1", "n1"}));
        // Other conditions (tier:) read the items before the page; a negated word does not.
        const QStringList async{"s1", "t4", "t3", "t2", "t1", "r1"};
        QCOMPARE(ranked(QStringLiteral("budget tier:2")), async);
        QCOMPARE(ranked(QStringLiteral("budget tier:2"), 2, 1), async.mid(1, 2));
        const QStringList notZephyr{"s1", "t4", "t3", "t2", "t1", "n1"};
        QCOMPARE(ranked(QStringLiteral("budget -zephyr")), notZephyr);
        QCOMPARE(ranked(QStringLiteral("budget -zephyr"), 2, 3), notZephyr.mid(3, 2));
    }

    // A ranked page with other conditions joins only the best hits to the items first
    // (itemsSql()'s hit window, 256 hits for a page of 64). When too few of them pass, the
    // page must still be the same slice of the list, taken from further down.
    void rankedPageLooksPastTheBestHitsWhenTheyFail()
    {
        QTemporaryDir dir;
        ItemStore store(dir.filePath(QStringLiteral("window.sqlite")));
        QCOMPARE(store.open(), OpenError::None);
        StoreBatch batch;
        batch.sourceId = addMailSource(store);
        for (int i = 0; i < 600; ++i) {
            Item read = makeItem(QStringLiteral("read%1").arg(i), QStringLiteral("Budget budget %1").arg(i), kNow - i * kHour,
                                 Tier::Async, kNow + kHour);
            read.record.flags.seen = true;
            batch.upserts << read;
        }
        for (int i = 0; i < 5; ++i) {
            Item unread = makeItem(QStringLiteral("unread%1").arg(i), QStringLiteral("Lunch %1").arg(i), kNow - i * kHour,
                                   Tier::Async, kNow + kHour);
            unread.record.snippet = QStringLiteral("and the budget");
            batch.upserts << unread;
        }
        QVERIFY(store.applyBatch(batch).result().ok);
        const auto keyIds = [&store](const ItemQuery &query) {
            QStringList ids;
            for (const ItemKey &key : store.itemKeys(query))
                ids << store.item(key.id)->record.remoteId;
            return ids;
        };
        // The unread items, best first (equal ranks: the newest row first), from the unwindowed rows.
        QStringList unread;
        for (const Item &item : store.items(queryFor(QStringLiteral("is:unread budget"))))
            unread << item.record.remoteId;
        QCOMPARE(unread, (QStringList{"unread4", "unread3", "unread2", "unread1", "unread0"}));
        QCOMPARE(keyIds(queryFor(QStringLiteral("is:unread budget"), 3)), unread.mid(0, 3));
        QCOMPARE(keyIds(queryFor(QStringLiteral("is:unread budget"), 3, 3)), unread.mid(3));
        // And read ones in the window still page as before.
        QCOMPARE(keyIds(queryFor(QStringLiteral("-is:unread budget"), 2, 1)).size(), 2);
    }

    void combinesWithTheViewFilters()
    {
        ItemQuery query = queryFor(QStringLiteral("contract"));
        query.states = ItemQuery::States::Open;
        query.tier = Tier::Reference;
        QCOMPARE(m_store->items(query).size(), 1);
        query.tier = Tier::Async;
        QCOMPARE(m_store->items(query).size(), 3);
        query.search = QStringLiteral("draft"); // the old word search still applies too
        QCOMPARE(m_store->items(query).size(), 1);
    }

    // "Bodies already fetched or inline" (issue 12): a feed entry's content, and a mail body once
    // opened (ItemStore::indexBody), are searched too; header matches rank first; a negated
    // word excludes an item when only its body has it; from: stays on the headers.
    void findsWordsInIndexedBodies()
    {
        QTemporaryDir dir;
        ItemStore store(dir.filePath(QStringLiteral("bodies.sqlite")));
        QCOMPARE(store.open(), OpenError::None);
        SourceConfig feedSource;
        feedSource.kind = QStringLiteral("feed");
        feedSource.name = QStringLiteral("Lab blog");
        feedSource.location = QStringLiteral("https://lab.example/feed");
        const qint64 mailId = addMailSource(store);
        const qint64 feedId = store.addSource(feedSource).result();
        Item f1 = makeItem(QStringLiteral("f1"), QStringLiteral("Release notes"), kNow - 2 * kHour, Tier::Reference);
        f1.record.content.body = QStringLiteral("<p>The <b>zebrafish</b> tank migration &amp; rollout</p>");
        Item m1 = makeItem(QStringLiteral("m1"), QStringLiteral("Quarterly numbers"), kNow - kHour, Tier::Async,
                           std::nullopt, QStringLiteral("Ana Souza"), QStringLiteral("ana@souza.example"));
        Item m2 = makeItem(QStringLiteral("m2"), QStringLiteral("Zebrafish lab visit"), kNow - 3 * kHour, Tier::Async,
                           std::nullopt, QStringLiteral("Ana Souza"), QStringLiteral("ana@souza.example"));
        StoreBatch feed;
        feed.sourceId = feedId;
        feed.upserts = {f1};
        QVERIFY(store.applyBatch(feed).result().ok);
        StoreBatch mail;
        mail.sourceId = mailId;
        mail.upserts = {m1, m2};
        QVERIFY(store.applyBatch(mail).result().ok);
        const auto find = [&store](const QString &text) {
            ItemQuery query;
            query.states = ItemQuery::States::All;
            query.parsedSearch = std::make_shared<SearchQuery>(parseSearch(text, SearchContext{kNow, QTimeZone::utc()}));
            query.nowMs = kNow;
            QStringList ids;
            for (const Item &item : store.items(query))
                ids << item.record.remoteId;
            if (store.count(query) != ids.size())
                ids << QStringLiteral("count differs");
            return ids;
        };

        QCOMPARE(find(QStringLiteral("tank")), QStringList{QStringLiteral("f1")}); // inline content, tags gone
        QCOMPARE(find(QStringLiteral("\"tank migration\"")), QStringList{QStringLiteral("f1")});
        QCOMPARE(find(QStringLiteral("spreadsheet")), QStringList()); // m1's body was never opened
        const qint64 m1Id = idOf(store, QStringLiteral("m1"));
        QVERIFY(store.indexBody(m1Id, QStringLiteral("See the spreadsheet for the zebrafish budget.")).result());
        QCOMPARE(find(QStringLiteral("spreadsheet")), QStringList{QStringLiteral("m1")});
        QCOMPARE(find(QStringLiteral("spread")), QStringList{QStringLiteral("m1")}); // as typed
        // The subject match first, then the body matches.
        const QStringList zebrafish = find(QStringLiteral("zebrafish"));
        QCOMPARE(zebrafish.size(), 3);
        QCOMPARE(zebrafish.first(), QStringLiteral("m2"));
        QCOMPARE(find(QStringLiteral("zebrafish -budget")), (QStringList{QStringLiteral("m2"), QStringLiteral("f1")}));
        QStringList either = find(QStringLiteral("budget OR rollout"));
        either.sort();
        QCOMPARE(either, (QStringList{QStringLiteral("f1"), QStringLiteral("m1")}));
        QCOMPARE(find(QStringLiteral("from:ana zebrafish")), QStringList{QStringLiteral("m2")});
        // A negated word excludes a header match whose body has it, and a body match whose
        // headers have it.
        QVERIFY(store.indexBody(idOf(store, QStringLiteral("m2")), QStringLiteral("Notes from the aquarium.")).result());
        QStringList notAquarium = find(QStringLiteral("zebrafish -aquarium"));
        notAquarium.sort();
        QCOMPARE(notAquarium, (QStringList{QStringLiteral("f1"), QStringLiteral("m1")}));
        QCOMPARE(find(QStringLiteral("budget -quarterly")), QStringList());
        QCOMPARE(find(QStringLiteral("budget -\"lab visit\"")), QStringList{QStringLiteral("m1")});
        // A message does not change: a second index call keeps the first text.
        QVERIFY(store.indexBody(m1Id, QStringLiteral("other words")).result());
        QCOMPARE(find(QStringLiteral("spreadsheet")), QStringList{QStringLiteral("m1")});
        QCOMPARE(find(QStringLiteral("other")), QStringList());
        // A removed item leaves the body index with it.
        StoreBatch removal;
        removal.sourceId = mailId;
        removal.removedRemoteIds = {QStringLiteral("m1")};
        QVERIFY(store.applyBatch(removal).result().ok);
        QCOMPARE(find(QStringLiteral("spreadsheet")), QStringList());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bodies"));
            db.setDatabaseName(dir.filePath(QStringLiteral("bodies.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM bodies_fts")) && q.next());
            QCOMPARE(q.value(0).toInt(), 2); // f1 and m2; m1 left with its item
            // Content stored before schema 8 had no body row: indexInlineBodies() adds it.
            QVERIFY2(q.exec(QStringLiteral("DELETE FROM bodies_fts")), qPrintable(q.lastError().text()));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bodies"));
        QCOMPARE(find(QStringLiteral("tank")), QStringList());
        QVERIFY(store.indexInlineBodies().result());
        QCOMPARE(find(QStringLiteral("tank")), QStringList{QStringLiteral("f1")});
    }

    void queryPlanUsesTheIndex()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plan"));
        db.setDatabaseName(m_dir.filePath(QStringLiteral("inbox.sqlite")));
        QVERIFY(db.open());
        QString error;
        QVERIFY2(db::registerFtsRank(db, &error), qPrintable(error));
        const auto plan = [&db](const ItemQuery &query) {
            const ItemsSql select = itemsSql(query, ItemsSql::Rows);
            QSqlQuery q(db);
            if (!q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + select.sql))
                return QStringLiteral("prepare failed: ") + q.lastError().text();
            for (const QVariant &v : select.values)
                q.addBindValue(v);
            if (!q.exec())
                return QStringLiteral("exec failed: ") + q.lastError().text();
            QStringList lines;
            while (q.next())
                lines << q.value(3).toString();
            return lines.join(QLatin1Char('\n'));
        };
        // Words: the FTS5 index drives, items are looked up by rowid; no scan of items.
        for (const QString &text : {QStringLiteral("contract"), QStringLiteral("from:ana is:unread -lunch tier:2"),
                                    QStringLiteral("\"contract review\" OR incident after:7d")}) {
            const QString p = plan(queryFor(text));
            QVERIFY2(p.contains(QLatin1String("SCAN items_fts VIRTUAL TABLE")), qPrintable(text + ":\n" + p));
            QVERIFY2(p.contains(QLatin1String("SEARCH items USING INTEGER PRIMARY KEY")), qPrintable(text + ":\n" + p));
            QVERIFY2(!p.contains(QRegularExpression(QStringLiteral("SCAN items( |$)"))), qPrintable(text + ":\n" + p));
        }
        // after: alone reads the received_ms range (a few days of mail), for the whole list as
        // for a page, instead of walking every item in due order (issue 12: 76 -> 16 ms).
        for (const int limit : {-1, 64}) {
            ItemQuery recent = queryFor(QStringLiteral("after:7d"));
            recent.limit = limit;
            const QString p = plan(recent);
            QVERIFY2(p.contains(QLatin1String("INDEX items_received (received_ms>?)")), qPrintable(p));
            QVERIFY2(!p.contains(QRegularExpression(QStringLiteral("SCAN items( |$)"))), qPrintable(p));
        }
        // Without from:, the body index drives too (an index lookup, no scan of items).
        const QString words = plan(queryFor(QStringLiteral("contract review")));
        QVERIFY2(words.contains(QLatin1String("SCAN bodies_fts VIRTUAL TABLE")), qPrintable(words));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("plan"));
    }
};

QTEST_GUILESS_MAIN(TestSearchStore)
#include "tst_searchstore.moc"
