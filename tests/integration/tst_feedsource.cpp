// The feed kind end to end (issue 11): a real HTTP server on 127.0.0.1 (tests/support/httpserver),
// the real net::HttpFetcher and parser, a real ItemStore in a temporary directory and the real
// SyncManager / Tiering. What a user would check: the entries arrive once; an unchanged feed
// costs a conditional request and nothing else; an edited entry updates its item without
// reopening it; a moved feed follows its permanent redirect; a server that asks to wait is
// left alone; folders from OPML become a category rules can test; feeds land in Reference with
// no deadline unless the source says otherwise.
#include "config/appconfig.h"
#include "httpserver.h"
#include "sources/feed/feedkind.h"
#include "sources/feed/feedsource.h"
#include "sources/sourceregistry.h"
#include "storage/itemstore.h"
#include "sync/sourcestatusmodel.h"
#include "sync/syncmanager.h"
#include "sync/syncscheduler.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fi;
using namespace fi::test;

namespace {

constexpr qint64 kT0 = 1700000000000;  // Tue, 14 Nov 2023 22:13:20 GMT

/// One RSS 2.0 item.
struct Entry {
    QString guid;
    QString title;
    QString pubDate;      ///< RFC 822; empty = undated
    QString description;  ///< HTML (escaped into the XML)
    QString link;         ///< empty = none
    QString updated;      ///< atom:updated (RFC 3339); empty = none
};

QByteArray rss(const QString &title, const QList<Entry> &entries)
{
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel>"
                                 "<title>%1</title><link>https://blog.example/</link>"
                                 "<description>Team news</description>\n")
                      .arg(title.toHtmlEscaped());
    for (const Entry &e : entries) {
        xml += QStringLiteral("<item>");
        if (!e.guid.isEmpty())
            xml += QStringLiteral("<guid isPermaLink=\"false\">%1</guid>").arg(e.guid.toHtmlEscaped());
        xml += QStringLiteral("<title>%1</title>").arg(e.title.toHtmlEscaped());
        if (!e.link.isEmpty())
            xml += QStringLiteral("<link>%1</link>").arg(e.link.toHtmlEscaped());
        if (!e.pubDate.isEmpty())
            xml += QStringLiteral("<pubDate>%1</pubDate>").arg(e.pubDate);
        if (!e.updated.isEmpty())
            xml += QStringLiteral("<atom:updated>%1</atom:updated>").arg(e.updated);
        xml += QStringLiteral("<description>%1</description></item>\n").arg(e.description.toHtmlEscaped());
    }
    xml += QStringLiteral("</channel></rss>\n");
    return xml.toUtf8();
}

QList<Entry> threeEntries()
{
    return {
        {QStringLiteral("release-2.0"), QStringLiteral("Release 2.0 is out"), QStringLiteral("Tue, 14 Nov 2023 22:13:20 GMT"),
         QStringLiteral("<p>We shipped <b>2.0</b>.</p>"), QStringLiteral("https://blog.example/2.0")},
        {QStringLiteral("hiring"), QStringLiteral("We are hiring"), QStringLiteral("Mon, 13 Nov 2023 09:00:00 GMT"),
         QStringLiteral("<p>Join us.</p>"), QStringLiteral("https://blog.example/jobs")},
        {QString(), QStringLiteral("Undated note"), QString(), QStringLiteral("<p>No date here.</p>"),
         QStringLiteral("https://blog.example/note")},
    };
}

} // namespace

class TestFeedSource : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<ItemStore> m_store;
    std::unique_ptr<SyncManager> m_sync;

    qint64 addFeed(const QString &location, const QVariantMap &settings = {})
    {
        SourceConfig config = feed::configFor(location, QStringLiteral("Blog"));
        for (auto it = settings.cbegin(); it != settings.cend(); ++it)
            config.settings.insert(it.key(), it.value());
        return m_store->addSource(config).result();
    }

    /// Sync one source and wait until its batches have committed.
    SyncResult syncOne(qint64 sourceId)
    {
        QSignalSpy finished(m_sync.get(), &SyncManager::sourceFinished);
        m_sync->syncSource(sourceId);
        if (!finished.wait(30000)) {
            SyncResult timeout;
            timeout.ok = false;
            timeout.error = QStringLiteral("test: no sourceFinished within 30 s");
            return timeout;
        }
        m_store->flush();
        return finished.first().at(2).value<SyncResult>();
    }

    QList<Item> itemsOf(qint64 sourceId) const
    {
        ItemQuery q;
        q.states = ItemQuery::States::All;
        q.sourceId = sourceId;
        return m_store->items(q);
    }

    std::optional<Item> itemByRemoteId(qint64 sourceId, const QString &remoteId) const
    {
        for (const Item &item : itemsOf(sourceId))
            if (item.record.remoteId == remoteId)
                return item;
        return std::nullopt;
    }

    /// Run a FeedSource directly (not through SyncManager) and collect what it emits.
    struct DirectRun {
        QList<SourceBatch> batches;
        SyncResult result;
        bool finished = false;
    };
    DirectRun runDirect(qint64 sourceId)
    {
        DirectRun out;
        const SourceConfig config = *m_store->source(sourceId);
        std::unique_ptr<Source> source = SourceRegistry::instance().createSync(config);
        if (!source)
            return out;
        QSignalSpy done(source.get(), &Source::finished);
        connect(source.get(), &Source::batchReady, this, [&out](const SourceBatch &b) { out.batches << b; });
        source->start(m_store->knownItems(sourceId), m_store->syncState(sourceId));
        out.finished = done.wait(30000);
        if (out.finished)
            out.result = done.first().at(0).value<SyncResult>();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SyncResult>();
        qRegisterMetaType<SyncTotals>();
        qRegisterMetaType<SourceBatch>();
        QVERIFY(m_dir.isValid());
        QVERIFY(SourceRegistry::instance().kind(feed::kindKey()));
    }

    void init()
    {
        m_server = std::make_unique<HttpServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        m_store = std::make_unique<ItemStore>(
            m_dir.filePath(QStringLiteral("inbox-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))));
        QCOMPARE(m_store->open(), OpenError::None);
        m_sync = std::make_unique<SyncManager>(m_store.get(), AppConfig(), m_dir.path());
    }

    void cleanup()
    {
        m_sync.reset();
        m_store.reset();
        m_server.reset();
    }

    void theKindDescribesItself()
    {
        const SourceKind *kind = SourceRegistry::instance().kind(feed::kindKey());
        QVERIFY(kind);
        QVERIFY(kind->has(SourceKind::Capability::Remote));
        QVERIFY(kind->has(SourceKind::Capability::InlineContent));
        QVERIFY(!kind->has(SourceKind::Capability::Mail));
        QVERIFY(!kind->has(SourceKind::Capability::WriteBack));
        QVERIFY(!kind->reopenOnActivity);
        QCOMPARE(kind->icon, QStringLiteral(":/sources/feed/feed.svg"));
        QVERIFY(QFile::exists(kind->icon));
        QVERIFY(!kind->displayName().isEmpty());
        SourceConfig config = feed::configFor(QStringLiteral("https://blog.example/feed.xml"), QStringLiteral("Blog"));
        QCOMPARE(kind->pollSeconds(config), 30 * 60);
        QVERIFY(kind->problems(config).isEmpty());
        config.settings.insert(QLatin1String(feed::kIntervalSetting), 10);
        QCOMPARE(kind->pollSeconds(config), 10 * 60);
        config.settings.insert(QLatin1String(feed::kIntervalSetting), 1);
        QCOMPARE(kind->problems(config).size(), 1);  // at least 5 minutes
        config.settings.insert(QLatin1String(feed::kIntervalSetting), 60);
        config.settings.insert(QLatin1String(feed::kTierSetting), 4);
        QCOMPARE(kind->problems(config).size(), 1);
        config.settings.insert(QLatin1String(feed::kTierSetting), 3);
        QCOMPARE(kind->tierFor(config), Tier::Now);
        QVERIFY(kind->problems(config).isEmpty());
        config.location = QStringLiteral("ftp://blog.example/feed.xml");
        QCOMPARE(kind->problems(config).size(), 1);
        config.location.clear();
        QCOMPARE(kind->problems(config).size(), 1);
        config.location = QStringLiteral("/home/ana/feed.xml");  // a local file
        QVERIFY(kind->problems(config).isEmpty());
    }

    /// First refresh: every entry becomes an item in Reference with no deadline, with its
    /// title, link, identity, date, text and content.
    void firstRefreshStoresEntries()
    {
        QVERIFY(m_server->put(QStringLiteral("blog.xml"), rss(QStringLiteral("Team Blog"), threeEntries())));
        const qint64 id = addFeed(m_server->url(QStringLiteral("blog.xml")).toString());
        QVERIFY(id > 0);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const SyncResult r = syncOne(id);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.added, 3);
        QCOMPARE(itemsOf(id).size(), 3);

        const std::optional<Item> release = itemByRemoteId(id, QStringLiteral("release-2.0"));
        QVERIFY(release);
        QCOMPARE(release->record.subject, QStringLiteral("Release 2.0 is out"));
        QCOMPARE(release->record.url, QStringLiteral("https://blog.example/2.0"));
        QCOMPARE(release->record.receivedMs, kT0);
        QCOMPARE(release->record.snippet, QStringLiteral("We shipped 2.0."));
        QCOMPARE(release->record.from.name, QStringLiteral("Team Blog"));
        QCOMPARE(release->tier, Tier::Reference);
        QCOMPARE(release->tierReason, QStringLiteral("kind-default"));
        QVERIFY(!release->dueMs);
        QCOMPARE(release->state, ItemState::Open);
        const std::optional<ItemRecord::InlineContent> content = m_store->content(release->id);
        QVERIFY(content);
        QVERIFY2(content->body.contains(QLatin1String("<b>2.0</b>")), qPrintable(content->body));

        // Without a guid the link is the identity; without a date, the time it was first seen.
        const std::optional<Item> note = itemByRemoteId(id, QStringLiteral("https://blog.example/note"));
        QVERIFY(note);
        QVERIFY(note->record.receivedMs >= before - 1000);
        QVERIFY(note->record.receivedMs <= QDateTime::currentMSecsSinceEpoch());

        // The feed's own title and site are remembered (a feed added without a name takes it).
        QCOMPARE(feed::feedTitleOf(m_store->syncState(id)), QStringLiteral("Team Blog"));
        QCOMPARE(feed::feedSiteOf(m_store->syncState(id)), QStringLiteral("https://blog.example/"));

        // One GET, unconditional.
        const QStringList requests = m_server->requestsFor(QStringLiteral("/blog.xml"));
        QCOMPARE(requests.size(), 1);
        QVERIFY2(requests.first().contains(QLatin1String("inm= ")), qPrintable(requests.first()));
    }

    /// Second refresh of an unchanged feed: If-None-Match goes out, the server answers 304,
    /// and nothing is parsed or written (the source emits no batch at all).
    void conditionalRefreshStoresNothing()
    {
        QVERIFY(m_server->put(QStringLiteral("blog.xml"), rss(QStringLiteral("Team Blog"), threeEntries())));
        const qint64 id = addFeed(m_server->url(QStringLiteral("blog.xml")).toString());
        QVERIFY(syncOne(id).ok);
        const QMap<QString, QByteArray> stateAfterFirst = m_store->syncState(id);
        QVERIFY(!stateAfterFirst.value(QString()).isEmpty());

        QSignalSpy changed(m_store.get(), &ItemStore::itemsChanged);
        QSignalSpy sourcesChanged(m_store.get(), &ItemStore::sourcesChanged);
        const DirectRun direct = runDirect(id);
        QVERIFY(direct.finished);
        QVERIFY2(direct.result.ok, qPrintable(direct.result.error));
        QCOMPARE(direct.batches.size(), 0);  // nothing to store: no transaction at all

        const SyncResult viaManager = syncOne(id);
        QVERIFY2(viaManager.ok, qPrintable(viaManager.error));
        QCOMPARE(viaManager.added, 0);
        QCOMPARE(viaManager.updated, 0);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(sourcesChanged.size(), 0);
        QCOMPARE(m_store->syncState(id), stateAfterFirst);

        const QStringList requests = m_server->requestsFor(QStringLiteral("/blog.xml"));
        QCOMPARE(requests.size(), 3);
        for (int i = 1; i < 3; ++i)
            QVERIFY2(requests.at(i).contains(QLatin1String("inm=\"")), qPrintable(requests.at(i)));
    }

    /// An edited entry updates its item: new title and text, the same item, still done (feeds
    /// do not reopen), and an undated entry keeps the time it was first seen.
    void updatedEntryUpdatesItsItemAndStaysDone()
    {
        QList<Entry> entries = threeEntries();
        QVERIFY(m_server->put(QStringLiteral("blog.xml"), rss(QStringLiteral("Team Blog"), entries)));
        const qint64 id = addFeed(m_server->url(QStringLiteral("blog.xml")).toString());
        QVERIFY(syncOne(id).ok);
        const std::optional<Item> release = itemByRemoteId(id, QStringLiteral("release-2.0"));
        const std::optional<Item> note = itemByRemoteId(id, QStringLiteral("https://blog.example/note"));
        QVERIFY(release && note);
        QVERIFY(m_store->setState({release->id, note->id}, ItemState::Done).result());

        QTest::qWait(1100);  // a later "now", so a first-seen time that was not kept would show
        // Edited, with an update time after the item was done: new activity that a kind with
        // reopenOnActivity would reopen; feeds do not.
        const qint64 updatedMs = (QDateTime::currentMSecsSinceEpoch() / 1000 + 60) * 1000;
        entries[0].updated = QDateTime::fromMSecsSinceEpoch(updatedMs, Qt::UTC).toString(Qt::ISODate);
        entries[0].title = QStringLiteral("Release 2.0 is out (updated)");
        entries[0].description = QStringLiteral("<p>We shipped <b>2.0.1</b> too.</p>");
        entries[2].description = QStringLiteral("<p>Edited note.</p>");
        QVERIFY(m_server->put(QStringLiteral("blog.xml"), rss(QStringLiteral("Team Blog"), entries)));
        const SyncResult r = syncOne(id);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.added, 0);
        QCOMPARE(r.updated, 2);
        QCOMPARE(itemsOf(id).size(), 3);

        const std::optional<Item> updated = m_store->item(release->id);
        QVERIFY(updated);
        QCOMPARE(updated->record.subject, QStringLiteral("Release 2.0 is out (updated)"));
        QCOMPARE(updated->record.snippet, QStringLiteral("We shipped 2.0.1 too."));
        QCOMPARE(updated->record.activityMs, updatedMs);
        QCOMPARE(updated->record.receivedMs, kT0);
        QCOMPARE(updated->state, ItemState::Done);
        QVERIFY(m_store->content(release->id)->body.contains(QLatin1String("2.0.1")));
        const std::optional<Item> noteAfter = m_store->item(note->id);
        QCOMPARE(noteAfter->record.snippet, QStringLiteral("Edited note."));
        QCOMPARE(noteAfter->record.receivedMs, note->record.receivedMs);
        QCOMPARE(noteAfter->state, ItemState::Done);

        // Entries that fall out of the feed stay in the inbox.
        entries.removeLast();
        entries.removeLast();
        QVERIFY(m_server->put(QStringLiteral("blog.xml"), rss(QStringLiteral("Team Blog"), entries)));
        const SyncResult shorter = syncOne(id);
        QVERIFY(shorter.ok);
        QCOMPARE(shorter.removed, 0);
        QCOMPARE(itemsOf(id).size(), 3);
    }

    /// A 301 moves the source: its stored location becomes the target, in the batch's
    /// transaction, and the next refresh asks the new URL directly. A 302 moves nothing.
    void permanentRedirectMovesTheSource()
    {
        QVERIFY(m_server->put(QStringLiteral("new/blog.xml"), rss(QStringLiteral("Team Blog"), threeEntries())));
        const qint64 moved = addFeed(m_server->url(QStringLiteral("_redirect/301/new/blog.xml")).toString());
        const qint64 temporary = addFeed(m_server->url(QStringLiteral("_redirect/302/new/blog.xml")).toString());
        QSignalSpy sourcesChanged(m_store.get(), &ItemStore::sourcesChanged);
        const SyncResult r = syncOne(moved);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(itemsOf(moved).size(), 3);
        QCOMPARE(m_store->source(moved)->location, m_server->url(QStringLiteral("new/blog.xml")).toString());
        QVERIFY(sourcesChanged.size() >= 1);

        QVERIFY(syncOne(moved).ok);
        QCOMPARE(m_server->requestsFor(QStringLiteral("/_redirect/301/new/blog.xml")).size(), 1);
        const QStringList direct = m_server->requestsFor(QStringLiteral("/new/blog.xml"));
        QCOMPARE(direct.size(), 2);
        QVERIFY2(direct.last().contains(QLatin1String("inm=\"")), qPrintable(direct.last()));
        QCOMPARE(itemsOf(moved).size(), 3);

        QVERIFY(syncOne(temporary).ok);
        QCOMPARE(itemsOf(temporary).size(), 3);
        QCOMPARE(m_store->source(temporary)->location,
                 m_server->url(QStringLiteral("_redirect/302/new/blog.xml")).toString());
    }

    /// 429 with Retry-After: the refresh fails with the reason, and the next one (a poll, a
    /// restart, a cron `sync`) sends no request until that time; the status says why.
    void retryAfterPostponesTheNextRequest()
    {
        const QString path = QStringLiteral("/_status/429?retry_after=600");
        const qint64 id = addFeed(m_server->url(path.mid(1)).toString());
        const SyncResult first = syncOne(id);
        QVERIFY(!first.ok);
        QVERIFY(first.retryable);
        QVERIFY2(first.error.contains(QLatin1String("429")), qPrintable(first.error));
        QCOMPARE(m_server->requestsFor(path).size(), 1);

        const SyncResult second = syncOne(id);
        QVERIFY(!second.ok);
        QVERIFY(second.retryable);
        QVERIFY2(second.error.contains(QLatin1String("429")), qPrintable(second.error));
        QCOMPARE(m_server->requestsFor(path).size(), 1);  // no second request
        QCOMPARE(itemsOf(id).size(), 0);

        // Editing the URL starts over: the new URL is asked at once.
        QVERIFY(m_server->put(QStringLiteral("blog.xml"), rss(QStringLiteral("Team Blog"), threeEntries())));
        SourceConfig config = *m_store->source(id);
        config.location = m_server->url(QStringLiteral("blog.xml")).toString();
        QVERIFY(m_store->updateSource(config).result());
        QVERIFY(syncOne(id).ok);
        QCOMPARE(itemsOf(id).size(), 3);
    }

    /// Cache-Control max-age longer than the poll interval: no request until it expires.
    void maxAgeKeepsTheDocumentFresh()
    {
        QVERIFY(m_server->put(QStringLiteral("blog.xml"), rss(QStringLiteral("Team Blog"), threeEntries()),
                              {{QStringLiteral("Cache-Control"), QStringLiteral("max-age=7200")}}));
        const qint64 id = addFeed(m_server->url(QStringLiteral("blog.xml")).toString());
        QVERIFY(syncOne(id).ok);
        const SyncResult second = syncOne(id);
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(m_server->requestsFor(QStringLiteral("/blog.xml")).size(), 1);
    }

    /// OPML folders become the source's category; every item carries it as feed.category.
    void categoryBecomesAnAttribute()
    {
        QVERIFY(m_server->put(QStringLiteral("status.xml"), rss(QStringLiteral("Status"), threeEntries())));
        const qint64 id = addFeed(m_server->url(QStringLiteral("status.xml")).toString(),
                                  {{QLatin1String(feed::kCategorySetting), QStringLiteral("Work/Status")}});
        QVERIFY(syncOne(id).ok);
        const QList<Item> items = itemsOf(id);
        QCOMPARE(items.size(), 3);
        for (const Item &item : items)
            QCOMPARE(item.record.attributes.value(QLatin1String(feed::kCategoryAttribute)), QStringLiteral("Work/Status"));

        // Moved to another folder: the items follow on the next refresh (even though the feed
        // itself did not change).
        SourceConfig config = *m_store->source(id);
        config.settings.insert(QLatin1String(feed::kCategorySetting), QStringLiteral("Ops"));
        QVERIFY(m_store->updateSource(config).result());
        QVERIFY(syncOne(id).ok);
        for (const Item &item : itemsOf(id))
            QCOMPARE(item.record.attributes.value(QLatin1String(feed::kCategoryAttribute)), QStringLiteral("Ops"));
    }

    /// A source's default tier places items no rule placed, still without a deadline.
    void perSourceDefaultTier()
    {
        QVERIFY(m_server->put(QStringLiteral("status.xml"), rss(QStringLiteral("Status"), threeEntries())));
        const qint64 id = addFeed(m_server->url(QStringLiteral("status.xml")).toString(),
                                  {{QLatin1String(feed::kTierSetting), 3}});
        QVERIFY(syncOne(id).ok);
        const QList<Item> items = itemsOf(id);
        QCOMPARE(items.size(), 3);
        for (const Item &item : items) {
            QCOMPARE(item.tier, Tier::Now);
            QCOMPARE(item.tierReason, QStringLiteral("kind-default"));
            QVERIFY(!item.dueMs);
        }
    }

    /// A feed in a local file refreshes like one on a server.
    void localFileFeed()
    {
        const QString path = m_dir.filePath(QStringLiteral("local.xml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(rss(QStringLiteral("Local"), threeEntries()));
        f.close();
        const qint64 byUrl = addFeed(QUrl::fromLocalFile(path).toString());
        const SyncResult r = syncOne(byUrl);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(itemsOf(byUrl).size(), 3);
        const qint64 byPath = addFeed(path);
        QVERIFY(syncOne(byPath).ok);
        QCOMPARE(itemsOf(byPath).size(), 3);
    }

    /// Many feeds refresh together (SyncManager starts them all; the fetcher limits how many
    /// requests are in flight); the second, conditional round stores nothing.
    void manyFeedsRefreshTogether()
    {
        const int kFeeds = qEnvironmentVariableIntValue("FEEDS") > 0 ? qEnvironmentVariableIntValue("FEEDS") : 40;
        for (int i = 0; i < kFeeds; ++i) {
            QList<Entry> entries;
            for (int j = 0; j < 10; ++j)
                entries << Entry{QStringLiteral("f%1-e%2").arg(i).arg(j), QStringLiteral("Feed %1 entry %2").arg(i).arg(j),
                                 QStringLiteral("Tue, 14 Nov 2023 22:%1:00 GMT").arg(j, 2, 10, QLatin1Char('0')),
                                 QStringLiteral("<p>Text %1</p>").arg(j), QString()};
            QVERIFY(m_server->put(QStringLiteral("many/%1.xml").arg(i), rss(QStringLiteral("Feed %1").arg(i), entries)));
            QVERIFY(addFeed(m_server->url(QStringLiteral("many/%1.xml").arg(i)).toString()) > 0);
        }
        QSignalSpy all(m_sync.get(), &SyncManager::allFinished);
        QElapsedTimer timer;
        timer.start();
        m_sync->syncAll();
        QVERIFY(all.wait(60000));
        m_store->flush();
        const qint64 firstMs = timer.elapsed();
        SyncTotals totals = all.first().at(0).value<SyncTotals>();
        QCOMPARE(totals.sources, kFeeds);
        QCOMPARE(totals.sourcesFailed, 0);
        QCOMPARE(totals.added, kFeeds * 10);

        QSignalSpy changed(m_store.get(), &ItemStore::itemsChanged);
        all.clear();
        timer.restart();
        m_sync->syncAll();
        const qint64 startedMs = timer.elapsed();  // every source read and started (main thread)
        QVERIFY(all.wait(60000));
        m_store->flush();
        const qint64 secondMs = timer.elapsed();
        totals = all.first().at(0).value<SyncTotals>();
        QCOMPARE(totals.sourcesFailed, 0);
        QCOMPARE(totals.added + totals.updated, 0);
        QCOMPARE(changed.size(), 0);
        qInfo("%d feeds: first refresh %lld ms, conditional %lld ms (of which starting them all %lld ms)", kFeeds,
              firstMs, secondMs, startedMs);
    }

    /// A location that is no feed URL fails at once, needing the user (not retried), and says so.
    void unusableLocationNeedsTheUser()
    {
        const qint64 id = addFeed(QStringLiteral("ftp://files.example/feed.xml"));
        const SyncResult r = syncOne(id);
        QVERIFY(!r.ok);
        QVERIFY(!r.retryable);
        QVERIFY2(r.error.contains(QLatin1String("ftp://files.example/feed.xml")), qPrintable(r.error));
        QVERIFY(m_server->requests().isEmpty());
    }

    /// A server that gzips its answers: the same items.
    void gzippedFeed()
    {
        HttpServer gzipServer(/*gzip=*/true);
        QVERIFY2(gzipServer.start(), qPrintable(gzipServer.error()));
        QVERIFY(gzipServer.put(QStringLiteral("blog.xml"), rss(QStringLiteral("Team Blog"), threeEntries())));
        const qint64 id = addFeed(gzipServer.url(QStringLiteral("blog.xml")).toString());
        const SyncResult r = syncOne(id);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(itemsOf(id).size(), 3);
        QVERIFY2(gzipServer.requestsFor(QStringLiteral("/blog.xml")).value(0).contains(QLatin1String("gzip")),
                 qPrintable(gzipServer.requestsFor(QStringLiteral("/blog.xml")).value(0)));
    }

    /// abort() ends a refresh that waits on a silent server at once: finished(aborted), no batch.
    void abortEndsAHangingRefresh()
    {
        const qint64 id = addFeed(m_server->url(QStringLiteral("_silent")).toString());
        std::unique_ptr<Source> source = SourceRegistry::instance().createSync(*m_store->source(id));
        QVERIFY(source);
        QSignalSpy done(source.get(), &Source::finished);
        QSignalSpy batches(source.get(), &Source::batchReady);
        source->start({}, {});
        QTRY_VERIFY_WITH_TIMEOUT(!m_server->requestsFor(QStringLiteral("/_silent")).isEmpty(), 5000);
        QElapsedTimer timer;
        timer.start();
        source->abort();
        QVERIFY(done.wait(2000));
        QVERIFY(timer.elapsed() < 2000);
        QCOMPARE(done.size(), 1);
        const SyncResult r = done.first().at(0).value<SyncResult>();
        QVERIFY(r.aborted);
        QCOMPARE(batches.size(), 0);
        QTest::qWait(200);
        QCOMPARE(done.size(), 1);  // exactly one finished()

        // A second start() while one runs is refused on its own; the first goes on.
        source->start({}, {});
        source->start({}, {});
        QVERIFY(done.wait(2000));
        QVERIFY(!done.last().at(0).value<SyncResult>().ok);
        source->abort();
        QVERIFY(done.wait(2000));
        QVERIFY(done.last().at(0).value<SyncResult>().aborted);
    }

    /// A failing feed shows why in the Sources list, like an IMAP account.
    void failureShowsInTheSourcesList()
    {
        const qint64 id = addFeed(m_server->url(QStringLiteral("missing.xml")).toString());
        SyncScheduler scheduler(m_sync.get(), m_store.get());
        scheduler.start();
        SourceStatusModel model(m_store.get(), &scheduler);
        const SyncResult r = syncOne(id);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("404")), qPrintable(r.error));
        const int row = model.rowOf(id);
        QVERIFY(row >= 0);
        const QModelIndex index = model.index(row);
        QCOMPARE(model.data(index, SourceStatusModel::StateRole).toInt(), int(SourceStatus::State::Failed));
        QVERIFY2(model.data(index, Qt::ToolTipRole).toString().contains(r.error),
                 qPrintable(model.data(index, Qt::ToolTipRole).toString()));
        QCOMPARE(model.data(index, SourceStatusModel::KindRole).toString(), feed::kindKey());
        QCOMPARE(model.data(index, SourceStatusModel::KindIconRole).toString(), QStringLiteral(":/sources/feed/feed.svg"));

        // Fixed on the server: the next refresh after the backoff works and the status clears.
        QVERIFY(m_server->put(QStringLiteral("missing.xml"), rss(QStringLiteral("Back"), threeEntries())));
        SourceConfig config = *m_store->source(id);
        config.location += QStringLiteral("?v=2");  // the user edits the URL: no backoff wait
        QVERIFY(m_store->updateSource(config).result());
        QVERIFY(syncOne(id).ok);
        QCOMPARE(model.data(model.index(model.rowOf(id)), SourceStatusModel::StateRole).toInt(),
                 int(SourceStatus::State::Idle));
    }
};

QTEST_GUILESS_MAIN(TestFeedSource)
#include "tst_feedsource.moc"
