// The bad input for feeds (issue 11, "Bad input"), each against a real HTTP server on
// 127.0.0.1 (tests/support/httpserver) through a real sync (SyncManager, FeedSource, the real
// fetcher and parser, a real ItemStore): the refresh fails with a clear reason that the Sources
// list shows, in bounded time, with nothing stored, and the 100 MB document does not end up in
// memory. Cases: a billion-laughs document, a 100 MB feed, a response that never ends (fast and
// trickling), a server that never answers, invalid UTF-8, HTML instead of a feed, redirect loops.
#include "config/appconfig.h"
#include "httpserver.h"
#include "sources/feed/feedkind.h"
#include "sources/feed/feedsource.h"
#include "sources/sourceregistry.h"
#include "storage/itemstore.h"
#include "sync/sourcestatusmodel.h"
#include "sync/syncmanager.h"
#include "sync/syncscheduler.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fi;
using namespace fi::test;

namespace {

constexpr int kTimeoutMs = 3000;
constexpr qint64 kMaxBytes = 4 * 1024 * 1024;

/// A line of /proc/self/status in kB ("VmHWM", "VmRSS"); -1 when unknown.
qint64 statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

/// Reset the peak RSS (VmHWM) to the current RSS (Linux, /proc/<pid>/clear_refs "5").
bool resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

QByteArray goodFeed()
{
    return QByteArrayLiteral("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Good</title>"
                             "<item><guid>g1</guid><title>Good one</title></item>"
                             "<item><guid>g2</guid><title>Good two</title></item>"
                             "</channel></rss>");
}

} // namespace

class TestFeedHostile : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<ItemStore> m_store;
    std::unique_ptr<SyncManager> m_sync;
    std::unique_ptr<SyncScheduler> m_scheduler;
    std::unique_ptr<SourceStatusModel> m_status;
    qint64 m_goodSource = 0;
    int m_expectedItems = 0;  ///< What the store must hold at the end (the accepted feeds' items).

    qint64 addFeed(const QString &location)
    {
        return m_store->addSource(feed::configFor(location, QStringLiteral("Hostile"))).result();
    }

    int totalItems() const
    {
        ItemQuery q;
        q.states = ItemQuery::States::All;
        return int(m_store->items(q).size());
    }

    struct Outcome {
        SyncResult result;
        qint64 elapsedMs = 0;
        bool finished = false;
        QStringList itemErrors;  ///< itemFailed() reasons (sync log)
    };

    Outcome sync(qint64 sourceId)
    {
        Outcome out;
        QSignalSpy finished(m_sync.get(), &SyncManager::sourceFinished);
        QSignalSpy failed(m_sync.get(), &SyncManager::itemFailed);
        QElapsedTimer timer;
        timer.start();
        m_sync->syncSource(sourceId);
        auto mine = [&finished, sourceId]() -> const QList<QVariant> * {
            for (const QList<QVariant> &args : std::as_const(finished))
                if (args.at(0).toLongLong() == sourceId)
                    return &args;
            return nullptr;
        };
        while (!mine() && timer.elapsed() < 60000)
            finished.wait(int(60000 - timer.elapsed()));
        out.elapsedMs = timer.elapsed();
        m_store->flush();
        if (const QList<QVariant> *args = mine()) {
            out.finished = true;
            out.result = args->at(2).value<SyncResult>();
        }
        for (const QList<QVariant> &args : failed)
            if (args.at(0).toLongLong() == sourceId)
                out.itemErrors << args.at(1).value<SourceError>().reason;
        return out;
    }

    /// Sync @p location and check the refusal: failed with a reason, within @p maxMs, nothing
    /// stored, the Sources list shows the reason. @return the reason.
    QString expectRefused(const QString &location, qint64 maxMs)
    {
        const int before = totalItems();
        const qint64 id = addFeed(location);
        if (id <= 0) {
            QTest::qFail("addSource failed", __FILE__, __LINE__);
            return {};
        }
        const Outcome o = sync(id);
        [&] {
            QVERIFY2(o.finished, qPrintable(location));
            QVERIFY2(!o.result.ok, qPrintable(location));
            QVERIFY2(!o.result.error.trimmed().isEmpty(), qPrintable(location));
            QVERIFY2(o.elapsedMs <= maxMs, qPrintable(QStringLiteral("%1 took %2 ms").arg(location).arg(o.elapsedMs)));
            QCOMPARE(totalItems(), before);  // nothing stored half-way
            const QModelIndex row = m_status->index(m_status->rowOf(id));
            QCOMPARE(m_status->data(row, SourceStatusModel::StateRole).toInt(), int(SourceStatus::State::Failed));
            QVERIFY2(m_status->data(row, Qt::ToolTipRole).toString().contains(o.result.error),
                     qPrintable(m_status->data(row, Qt::ToolTipRole).toString()));
        }();
        qInfo("%s → %s (%lld ms)", qPrintable(location), qPrintable(o.result.error), o.elapsedMs);
        return o.result.error;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SyncResult>();
        qRegisterMetaType<SyncTotals>();
        qRegisterMetaType<SourceError>();
        QVERIFY(m_dir.isValid());
        feed::FeedSource::Limits limits;
        limits.timeoutMs = kTimeoutMs;
        limits.maxBytes = kMaxBytes;
        feed::FeedSource::setLimits(limits);

        m_server = std::make_unique<HttpServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        m_store = std::make_unique<ItemStore>(m_dir.filePath(QStringLiteral("inbox.sqlite")));
        QCOMPARE(m_store->open(), OpenError::None);
        m_sync = std::make_unique<SyncManager>(m_store.get(), AppConfig(), m_dir.path());
        // Retries far in the future: a refused source is not fetched again during later cases.
        SyncScheduler::Timing timing;
        timing.retryBaseMs = timing.retryMaxMs = 3600 * 1000;
        m_scheduler = std::make_unique<SyncScheduler>(m_sync.get(), m_store.get(), timing);
        m_scheduler->start();
        m_status = std::make_unique<SourceStatusModel>(m_store.get(), m_scheduler.get());

        // Something in the inbox already, which no refusal may touch.
        QVERIFY(m_server->put(QStringLiteral("good.xml"), goodFeed()));
        m_goodSource = addFeed(m_server->url(QStringLiteral("good.xml")).toString());
        const Outcome good = sync(m_goodSource);
        QVERIFY2(good.result.ok, qPrintable(good.result.error));
        QCOMPARE(totalItems(), 2);
        m_expectedItems = 2;
    }

    void cleanupTestCase()
    {
        QCOMPARE(totalItems(), m_expectedItems);  // untouched by every refusal
        m_status.reset();
        m_scheduler.reset();
        m_sync.reset();
        m_store.reset();
        m_server.reset();
    }

    /// 100 MB of well-formed RSS: refused past the size limit, without the document in memory.
    void hundredMegabyteFeed()
    {
        QVERIFY(resetPeakRss());
        const qint64 rssBefore = statusKb("VmRSS");
        const QString error = expectRefused(m_server->url(QStringLiteral("_huge?mb=100")).toString(), 30000);
        const qint64 peakGrowthMb = (statusKb("VmHWM") - rssBefore) / 1024;
        qInfo("peak RSS growth while refusing 100 MB: %lld MB (limit %lld MB)", peakGrowthMb, kMaxBytes >> 20);
        QVERIFY2(peakGrowthMb < 48, qPrintable(QString::number(peakGrowthMb)));
        Q_UNUSED(error)
    }

    /// A response that never ends, as fast as the server can send it: refused at the size limit.
    void endlessResponse()
    {
        QVERIFY(resetPeakRss());
        const qint64 rssBefore = statusKb("VmRSS");
        expectRefused(m_server->url(QStringLiteral("_endless")).toString(), 20000);
        const qint64 peakGrowthMb = (statusKb("VmHWM") - rssBefore) / 1024;
        qInfo("peak RSS growth while refusing an endless response: %lld MB", peakGrowthMb);
        QVERIFY2(peakGrowthMb < 48, qPrintable(QString::number(peakGrowthMb)));
    }

    /// A response that never ends, one byte every half second: refused at the request timeout.
    void tricklingResponse()
    {
        expectRefused(m_server->url(QStringLiteral("_trickle")).toString(), kTimeoutMs + 7000);
    }

    /// A server that accepts the request and never answers: refused at the request timeout.
    void serverThatNeverAnswers()
    {
        expectRefused(m_server->url(QStringLiteral("_silent")).toString(), kTimeoutMs + 7000);
    }

    /// Billion laughs: entities declared in a DTD are never expanded; the document is refused.
    void billionLaughs()
    {
        QByteArray doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n";
        doc += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n";
        for (int i = 2; i <= 9; ++i)
            doc += QStringLiteral("<!ENTITY lol%1 \"%2\">\n")
                       .arg(i)
                       .arg(QStringLiteral("&lol%1;").arg(i - 1).repeated(10))
                       .toUtf8();
        doc += "]>\n<rss version=\"2.0\"><channel><title>&lol9;</title>"
               "<item><guid>x</guid><title>&lol9;</title></item></channel></rss>\n";
        QVERIFY(m_server->put(QStringLiteral("lol.xml"), doc));
        QVERIFY(resetPeakRss());
        const qint64 rssBefore = statusKb("VmRSS");
        expectRefused(m_server->url(QStringLiteral("lol.xml")).toString(), 10000);
        QVERIFY((statusKb("VmHWM") - rssBefore) / 1024 < 48);
    }

    /// Invalid UTF-8 inside an otherwise good feed: the bad bytes become U+FFFD, the rest of the
    /// document is read (RFC 7303 decoding never stops at them), and the sync log says so.
    void invalidUtf8InsideAFeed()
    {
        QByteArray doc = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Mixed</title>"
                         "<item><guid>bad</guid><title>Caf\xC3 \xFF\xFE broken</title></item>"
                         "<item><guid>ok</guid><title>Caf\xC3\xA9 fine</title></item>"
                         "</channel></rss>";
        QVERIFY(m_server->put(QStringLiteral("mixed.xml"), doc));
        const int before = totalItems();
        const qint64 id = addFeed(m_server->url(QStringLiteral("mixed.xml")).toString());
        const Outcome o = sync(id);
        QVERIFY(o.finished);
        QVERIFY2(o.result.ok, qPrintable(o.result.error));
        QCOMPARE(totalItems(), before + 2);
        m_expectedItems += 2;
        ItemQuery q;
        q.states = ItemQuery::States::All;
        q.sourceId = id;
        QStringList subjects;
        for (const Item &item : m_store->items(q))
            subjects << item.record.subject;
        QVERIFY2(subjects.contains(QStringLiteral("Café fine")), qPrintable(subjects.join(u'|')));
        bool replaced = false;
        for (const QString &s : std::as_const(subjects))
            replaced = replaced || (s.contains(QChar(0xFFFD)) && s.contains(QLatin1String("broken")));
        QVERIFY2(replaced, qPrintable(subjects.join(u'|')));
        QVERIFY2(!o.itemErrors.isEmpty(), "the recovered bytes are reported to the sync log");
        QCOMPARE(o.result.failed, 0);  // a warning, not a lost entry
    }

    /// Bytes that are not text in any encoding, served as a UTF-8 feed: refused, nothing stored.
    void invalidUtf8Garbage()
    {
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage += char(0x80 + (i * 37) % 0x7f);
        QVERIFY(m_server->put(QStringLiteral("garbage.xml"), garbage,
                              {{QStringLiteral("Content-Type"), QStringLiteral("application/rss+xml; charset=utf-8")}}));
        expectRefused(m_server->url(QStringLiteral("garbage.xml")).toString(), 10000);
    }

    /// A web page where the feed should be: refused and named as HTML.
    void htmlInsteadOfAFeed()
    {
        QVERIFY(m_server->put(QStringLiteral("page.html"),
                              "<!DOCTYPE html><html><head><title>Blog</title>"
                              "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed.xml\"></head>"
                              "<body><h1>Welcome</h1><p>Posts…</p></body></html>"));
        const QString error = expectRefused(m_server->url(QStringLiteral("page.html")).toString(), 10000);
        QVERIFY2(error.contains(QLatin1String("HTML"), Qt::CaseInsensitive), qPrintable(error));
    }

    /// Redirects that never arrive: an ever-growing chain and a two-step cycle.
    void redirectLoops()
    {
        const QString chain = expectRefused(m_server->url(QStringLiteral("_loop/x")).toString(), 10000);
        QVERIFY2(chain.contains(QLatin1String("redirect"), Qt::CaseInsensitive), qPrintable(chain));
        const QString cycle = expectRefused(m_server->url(QStringLiteral("_cycle/a")).toString(), 10000);
        QVERIFY2(cycle.contains(QLatin1String("redirect"), Qt::CaseInsensitive), qPrintable(cycle));
    }
};

QTEST_GUILESS_MAIN(TestFeedHostile)
#include "tst_feedhostile.moc"
