// Integration tests for fi::net::HttpFetcher against a real HTTP/1.1 server on 127.0.0.1
// (tests/support/httpserver.py): conditional GET, gzip, redirects (permanent, temporary, loops),
// the whole-request timeout, the size cap (bounded memory), Retry-After / max-age, the per-host
// and overall limits, cancel(), file:// URLs, and a clean exit with requests in flight.
// TLS verification and the https → http downgrade: tst_feedfetchertls.cpp.
#include "feedfetchtest.h"
#include "httpserver.h"
#include "net/httpfetcher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QDeadlineTimer>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>
#include <QtTest>

#include <optional>
#include <thread>

using namespace fi;
using fi::test::HttpServer;
using namespace fi::test;

namespace {

using Outcome = net::FetchResponse::Outcome;

/// A /proc/self/status field in kB (VmRSS, VmHWM).
qint64 procStatusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field)) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            return parts.size() >= 2 ? parts.at(1).toLongLong() : -1;
        }
    }
    return -1;
}

/// Reset the peak RSS (VmHWM) to the current RSS (Linux ≥ 4.0: "5" > clear_refs).
bool resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

QString httpDate(const QDateTime &utc)
{
    return QLocale::c().toString(utc.toTimeZone(QTimeZone::utc()), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
}

/// The child process of exitWithRequestsInFlight(): fetches from hostile routes with the shared
/// instance, lets one quick answer be posted to the (never run) event loop, then returns from
/// main while the others are still running.
int exitChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QUrl base(qEnvironmentVariable("FI_FETCHER_EXIT_CHILD"));
    QObject context;
    int callbacks = 0;
    for (const char *path : {"/_silent", "/_trickle", "/_sleep?ms=5000", "/_status/200", "/_silent", "/_trickle"}) {
        net::FetchRequest r;
        r.url = base.resolved(QUrl(QString::fromLatin1(path)));
        net::HttpFetcher::instance().fetch(r, &context, [&](const net::FetchResponse &) { ++callbacks; });
    }
    QThread::msleep(800);  // the worker runs on; /_status/200's callback waits in our queue
    std::printf("callbacks=%d\n", callbacks);
    std::fflush(stdout);
    return 0;  // app (with the posted callback), then the static net::HttpFetcher, are destroyed
}

} // namespace

class TestFeedFetcher : public QObject {
    Q_OBJECT

private:
    HttpServer m_server;
    HttpServer m_gzipServer{true};

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        QVERIFY2(m_gzipServer.start(), qPrintable(m_gzipServer.error()));
    }

    void plainGetThenIfNoneMatch()
    {
        const QByteArray doc = rss(3);
        QVERIFY(m_server.put(QStringLiteral("blog/feed.xml"), doc));
        const QUrl url = m_server.url(QStringLiteral("blog/feed.xml"));

        const auto first = fetchAndWait(net::HttpFetcher::instance(), requestFor(url));
        QVERIFY(first);
        QCOMPARE(first->outcome, Outcome::Ok);
        QCOMPARE(first->httpStatus, 200);
        QCOMPARE(first->body, doc);
        QCOMPARE(first->contentType, QByteArray("application/xml"));
        QCOMPARE(first->finalUrl, url);
        QVERIFY(!first->movedPermanentlyTo);
        QVERIFY(first->etag.startsWith('"'));
        QVERIFY(!first->lastModified.isEmpty());
        QVERIFY(first->error.isEmpty());

        net::FetchRequest again = requestFor(url);
        again.etag = first->etag;
        const auto second = fetchAndWait(net::HttpFetcher::instance(), again);
        QVERIFY(second);
        QCOMPARE(second->outcome, Outcome::NotModified);
        QCOMPARE(second->httpStatus, 304);
        QVERIFY(second->body.isEmpty());
        QCOMPARE(second->etag, first->etag);

        const QStringList log = m_server.requestsFor(QStringLiteral("/blog/feed.xml"));
        QCOMPARE(log.size(), 2);
        QVERIFY2(log.at(0).contains(QStringLiteral("inm= ")), qPrintable(log.at(0)));
        QVERIFY2(log.at(1).contains(QStringLiteral("inm=") + QString::fromLatin1(first->etag)), qPrintable(log.at(1)));

        // The document changes: the old validator no longer matches, the new body comes.
        QVERIFY(m_server.put(QStringLiteral("blog/feed.xml"), rss(4)));
        const auto third = fetchAndWait(net::HttpFetcher::instance(), again);
        QVERIFY(third);
        QCOMPARE(third->outcome, Outcome::Ok);
        QCOMPARE(third->body, rss(4));
        QVERIFY(third->etag != first->etag);
    }

    void ifModifiedSince()
    {
        QVERIFY(m_server.put(QStringLiteral("ims.xml"), rss(2)));
        const QUrl url = m_server.url(QStringLiteral("ims.xml"));
        const auto first = fetchAndWait(net::HttpFetcher::instance(), requestFor(url));
        QVERIFY(first);
        QCOMPARE(first->outcome, Outcome::Ok);

        net::FetchRequest again = requestFor(url);
        again.lastModified = first->lastModified;
        const auto second = fetchAndWait(net::HttpFetcher::instance(), again);
        QVERIFY(second);
        QCOMPARE(second->outcome, Outcome::NotModified);
        const QStringList log = m_server.requestsFor(QStringLiteral("/ims.xml"));
        QVERIFY2(log.last().contains(QStringLiteral("ims=") + QString::fromLatin1(first->lastModified)),
                 qPrintable(log.last()));

        QVERIFY(m_server.touch(QStringLiteral("ims.xml"), 60));
        const auto third = fetchAndWait(net::HttpFetcher::instance(), again);
        QVERIFY(third);
        QCOMPARE(third->outcome, Outcome::Ok);
        QCOMPARE(third->body, rss(2));
    }

    void gzipIsDecodedAndCappedAfterDecoding()
    {
        const QByteArray doc = rss(2000);  // ~300 KB, compresses very well
        QVERIFY(m_gzipServer.put(QStringLiteral("big.xml"), doc));
        const QUrl url = m_gzipServer.url(QStringLiteral("big.xml"));
        const auto ok = fetchAndWait(net::HttpFetcher::instance(), requestFor(url));
        QVERIFY(ok);
        QCOMPARE(ok->outcome, Outcome::Ok);
        QCOMPARE(ok->body.size(), doc.size());
        QCOMPARE(ok->body, doc);
        const QString logged = m_gzipServer.requestsFor(QStringLiteral("/big.xml")).last();
        QVERIFY2(logged.contains(QStringLiteral("gzip")), qPrintable(logged));  // it was asked for

        // The cap is on the decoded bytes: ~300 KB decoded from far fewer on the wire.
        net::FetchRequest capped = requestFor(url);
        capped.maxBytes = 100 * 1024;
        const auto refused = fetchAndWait(net::HttpFetcher::instance(), capped);
        QVERIFY(refused);
        QCOMPARE(refused->outcome, Outcome::Failed);
        QCOMPARE(refused->error, QStringLiteral("The document is larger than 100 KB."));
        QVERIFY(!refused->retryable);
        QVERIFY(refused->body.isEmpty());
    }

    void permanentRedirectsMoveTheFeed()
    {
        QVERIFY(m_server.put(QStringLiteral("moved/feed.xml"), rss(1)));
        const auto r = fetchAndWait(net::HttpFetcher::instance(),
                                    requestFor(m_server.url(QStringLiteral("_redirect/301/_redirect/308/moved/feed.xml"))));
        QVERIFY(r);
        QCOMPARE(r->outcome, Outcome::Ok);
        QCOMPARE(r->body, rss(1));
        QCOMPARE(r->finalUrl, m_server.url(QStringLiteral("moved/feed.xml")));
        QVERIFY(r->movedPermanentlyTo);
        QCOMPARE(*r->movedPermanentlyTo, m_server.url(QStringLiteral("moved/feed.xml")));
    }

    void temporaryRedirectDoesNotMoveTheFeed()
    {
        QVERIFY(m_server.put(QStringLiteral("temp/feed.xml"), rss(1)));
        for (const char *path : {"_redirect/302/temp/feed.xml", "_redirect/301/_redirect/307/temp/feed.xml",
                                 "_redirect/303/temp/feed.xml"}) {
            const auto r = fetchAndWait(net::HttpFetcher::instance(), requestFor(m_server.url(QString::fromLatin1(path))));
            QVERIFY(r);
            QCOMPARE(r->outcome, Outcome::Ok);
            QCOMPARE(r->finalUrl, m_server.url(QStringLiteral("temp/feed.xml")));
            QVERIFY2(!r->movedPermanentlyTo, path);
        }
        // A permanent redirect to a 404 moves nothing either.
        const auto gone = fetchAndWait(net::HttpFetcher::instance(),
                                       requestFor(m_server.url(QStringLiteral("_redirect/301/nothing-here.xml"))));
        QVERIFY(gone);
        QCOMPARE(gone->outcome, Outcome::Failed);
        QVERIFY(!gone->movedPermanentlyTo);
    }

    void redirectLoopsAreRefusedQuickly()
    {
        QElapsedTimer clock;
        clock.start();
        const auto loop = fetchAndWait(net::HttpFetcher::instance(), requestFor(m_server.url(QStringLiteral("_loop/x"))));
        QVERIFY(loop);
        QCOMPARE(loop->outcome, Outcome::Failed);
        QCOMPARE(loop->error, QStringLiteral("Too many redirects (more than 5)."));
        QVERIFY(!loop->retryable);
        int hops = 0;
        for (const QString &line : m_server.requests())
            hops += line.contains(QStringLiteral(" /_loop/")) ? 1 : 0;
        QCOMPARE(hops, 6);  // the request and 5 redirects, no more

        const auto cycle = fetchAndWait(net::HttpFetcher::instance(), requestFor(m_server.url(QStringLiteral("_cycle/a"))));
        QVERIFY(cycle);
        QCOMPARE(cycle->outcome, Outcome::Failed);
        QVERIFY2(cycle->error.startsWith(QStringLiteral("Redirect loop at http://127.0.0.1:")), qPrintable(cycle->error));
        QCOMPARE(m_server.requestsFor(QStringLiteral("/_cycle/a")).size(), 1);
        QCOMPARE(m_server.requestsFor(QStringLiteral("/_cycle/b")).size(), 1);
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    }

    void redirectToAFileIsRefused()
    {
        QVERIFY(m_server.put(QStringLiteral("evil.xml"), QByteArray(),
                             {{QStringLiteral("Status"), QStringLiteral("302")},
                              {QStringLiteral("Location"), QStringLiteral("file:///etc/passwd")}}));
        const auto r = fetchAndWait(net::HttpFetcher::instance(), requestFor(m_server.url(QStringLiteral("evil.xml"))));
        QVERIFY(r);
        QCOMPARE(r->outcome, Outcome::Failed);
        QCOMPARE(r->error,
                 QStringLiteral("Refused a redirect to file:///etc/passwd: only http and https addresses are followed."));
        QVERIFY(r->body.isEmpty());
    }

    void silentAndTricklingServersTimeOut_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("silent") << QStringLiteral("_silent");
        QTest::newRow("trickle") << QStringLiteral("_trickle");
    }

    void silentAndTricklingServersTimeOut()
    {
        QFETCH(QString, path);
        net::FetchRequest r = requestFor(m_server.url(path));
        r.timeoutMs = 1500;
        QElapsedTimer clock;
        clock.start();
        const auto out = fetchAndWait(net::HttpFetcher::instance(), r);
        const qint64 elapsed = clock.elapsed();
        QVERIFY(out);
        QCOMPARE(out->outcome, Outcome::Failed);
        QCOMPARE(out->error, QStringLiteral("No answer within 2 s."));
        QVERIFY(out->retryable);
        QVERIFY2(elapsed >= 1400 && elapsed < 4000, qPrintable(QString::number(elapsed)));
    }

    void endlessAndHugeBodiesAreCappedInBoundedMemory_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("endless") << QStringLiteral("_endless");
        QTest::newRow("huge 100 MB") << QStringLiteral("_huge?mb=100");
    }

    void endlessAndHugeBodiesAreCappedInBoundedMemory()
    {
        QFETCH(QString, path);
        net::FetchRequest r = requestFor(m_server.url(path));
        r.maxBytes = 4 * 1024 * 1024;
        r.timeoutMs = 60000;  // the cap, not the timeout, must stop it
        const qint64 rssBefore = procStatusKb("VmRSS");
        QVERIFY(resetPeakRss());
        QElapsedTimer clock;
        clock.start();
        const auto out = fetchAndWait(net::HttpFetcher::instance(), r, 30000);
        const qint64 elapsed = clock.elapsed();
        const qint64 growthKb = procStatusKb("VmHWM") - rssBefore;
        QVERIFY(out);
        QCOMPARE(out->outcome, Outcome::Failed);
        QCOMPARE(out->error, QStringLiteral("The document is larger than 4 MB."));
        QVERIFY(!out->retryable);
        QVERIFY(out->body.isEmpty());
        QVERIFY2(elapsed < 10000, qPrintable(QString::number(elapsed)));
        // 4 MB of body (grown by doubling) plus Qt's read buffer; buffering the stream (or the
        // 100 MB) would be far more. (ASan's allocator adds its own overhead on top.)
        qInfo("peak RSS growth: %lld kB in %lld ms", growthKb, elapsed);
        QVERIFY2(growthKb < 40 * 1024, qPrintable(QStringLiteral("%1 kB").arg(growthKb)));
    }

    void gzipBombIsCappedInBoundedMemory()
    {
        // 64 MB of blanks inside a feed: ~64 KB on the wire, gzipped by the server.
        QByteArray bomb = "<?xml version='1.0'?><rss version='2.0'><channel><title>Bomb</title>";
        bomb += QByteArray(64 * 1024 * 1024, ' ');
        bomb += "</channel></rss>";
        QVERIFY(m_gzipServer.put(QStringLiteral("bomb.xml"), bomb));
        bomb = QByteArray();
        net::FetchRequest r = requestFor(m_gzipServer.url(QStringLiteral("bomb.xml")));
        r.maxBytes = 4 * 1024 * 1024;
        const qint64 rssBefore = procStatusKb("VmRSS");
        QVERIFY(resetPeakRss());
        const auto out = fetchAndWait(net::HttpFetcher::instance(), r, 30000);
        const qint64 growthKb = procStatusKb("VmHWM") - rssBefore;
        QVERIFY(out);
        QCOMPARE(out->outcome, Outcome::Failed);
        QCOMPARE(out->error, QStringLiteral("The document is larger than 4 MB."));
        qInfo("peak RSS growth: %lld kB", growthKb);
        QVERIFY2(growthKb < 40 * 1024, qPrintable(QStringLiteral("%1 kB").arg(growthKb)));
    }

    void bodyCapWithoutContentLength()
    {
        // The limit holds byte-exactly: a body of exactly maxBytes passes, one byte more does not.
        const QByteArray doc = rss(100);
        QVERIFY(m_server.put(QStringLiteral("exact.xml"), doc));
        net::FetchRequest r = requestFor(m_server.url(QStringLiteral("exact.xml")));
        r.maxBytes = doc.size();
        const auto ok = fetchAndWait(net::HttpFetcher::instance(), r);
        QVERIFY(ok);
        QCOMPARE(ok->outcome, Outcome::Ok);
        r.maxBytes = doc.size() - 1;
        const auto refused = fetchAndWait(net::HttpFetcher::instance(), r);
        QVERIFY(refused);
        QCOMPARE(refused->outcome, Outcome::Failed);
        QVERIFY2(refused->error.startsWith(QStringLiteral("The document is larger than")), qPrintable(refused->error));
    }

    void statusErrorsNameTheStatus()
    {
        const auto notFound = fetchAndWait(net::HttpFetcher::instance(), requestFor(m_server.url(QStringLiteral("missing.xml"))));
        QVERIFY(notFound);
        QCOMPARE(notFound->outcome, Outcome::Failed);
        QCOMPARE(notFound->httpStatus, 404);
        QCOMPARE(notFound->error, QStringLiteral("The server answered 404 Not Found."));
        QVERIFY(!notFound->retryable);

        const auto broken = fetchAndWait(net::HttpFetcher::instance(), requestFor(m_server.url(QStringLiteral("_status/500"))));
        QVERIFY(broken);
        QCOMPARE(broken->error, QStringLiteral("The server answered 500 Internal Server Error."));
        QVERIFY(broken->retryable);
        QVERIFY(!broken->retryAfterMs);
    }

    void retryAfterSecondsAndDate()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const auto limited = fetchAndWait(net::HttpFetcher::instance(),
                                          requestFor(m_server.url(QStringLiteral("_status/429?retry_after=120"))));
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(limited);
        QCOMPARE(limited->outcome, Outcome::Failed);
        QCOMPARE(limited->httpStatus, 429);
        QCOMPARE(limited->error, QStringLiteral("The server answered 429 Too Many Requests."));
        QVERIFY(limited->retryable);
        QVERIFY(limited->retryAfterMs);
        QVERIFY(*limited->retryAfterMs >= before + 120000 && *limited->retryAfterMs <= after + 120000);

        const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(3600).addMSecs(0);
        const QString date = httpDate(when);
        const auto unavailable = fetchAndWait(
            net::HttpFetcher::instance(),
            requestFor(m_server.url(QStringLiteral("_status/503?retry_after=")
                                    + QString::fromLatin1(QUrl::toPercentEncoding(date)))));
        QVERIFY(unavailable);
        QCOMPARE(unavailable->httpStatus, 503);
        QCOMPARE(unavailable->error, QStringLiteral("The server answered 503 Service Unavailable."));
        QVERIFY(unavailable->retryable);
        QVERIFY(unavailable->retryAfterMs);
        QCOMPARE(*unavailable->retryAfterMs, when.toSecsSinceEpoch() * 1000);

        // Also on a feed file that says so (a sidecar: 503 with an RFC 850 date).
        QVERIFY(m_server.put(QStringLiteral("busy.xml"), "busy",
                             {{QStringLiteral("Status"), QStringLiteral("503")},
                              {QStringLiteral("Retry-After"), QStringLiteral("Sunday, 06-Nov-94 08:49:37 GMT")}}));
        const auto busy = fetchAndWait(net::HttpFetcher::instance(), requestFor(m_server.url(QStringLiteral("busy.xml"))));
        QVERIFY(busy);
        QVERIFY(busy->retryAfterMs);
        QCOMPARE(*busy->retryAfterMs, QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), QTimeZone::utc()).toMSecsSinceEpoch());
    }

    void cacheControlMaxAge()
    {
        QVERIFY(m_server.put(QStringLiteral("cached.xml"), rss(1),
                             {{QStringLiteral("Cache-Control"), QStringLiteral("public, max-age=900")}}));
        const QUrl url = m_server.url(QStringLiteral("cached.xml"));
        const auto first = fetchAndWait(net::HttpFetcher::instance(), requestFor(url));
        QVERIFY(first);
        QCOMPARE(first->outcome, Outcome::Ok);
        QVERIFY(first->maxAgeSeconds);
        QCOMPARE(*first->maxAgeSeconds, 900);

        net::FetchRequest again = requestFor(url);
        again.etag = first->etag;
        const auto second = fetchAndWait(net::HttpFetcher::instance(), again);
        QVERIFY(second);
        QCOMPARE(second->outcome, Outcome::NotModified);
        QVERIFY(second->maxAgeSeconds);
        QCOMPARE(*second->maxAgeSeconds, 900);

        const auto none = fetchAndWait(net::HttpFetcher::instance(), requestFor(m_server.url(QStringLiteral("ims.xml"))));
        QVERIFY(none);
        QVERIFY(!none->maxAgeSeconds);
    }

    void perHostLimitHolds()
    {
        net::HttpFetcher fetcher;  // own limits, not the shared instance's
        fetcher.setLimits(2, 16);
        QObject context;
        QList<int> concurrency;
        for (int i = 0; i < 10; ++i) {
            fetcher.fetch(requestFor(m_server.url(QStringLiteral("_sleep?ms=150&i=%1").arg(i))), &context,
                          [&](const net::FetchResponse &r) {
                              QCOMPARE(r.outcome, Outcome::Ok);
                              concurrency << r.body.toInt();
                          });
        }
        QTRY_COMPARE_WITH_TIMEOUT(concurrency.size(), 10, 15000);
        QCOMPARE(*std::max_element(concurrency.cbegin(), concurrency.cend()), 2);  // never 3, but parallel

        fetcher.setLimits(6, 3);  // now the overall limit is the smaller one
        concurrency.clear();
        for (int i = 0; i < 10; ++i) {
            fetcher.fetch(requestFor(m_server.url(QStringLiteral("_sleep?ms=150&j=%1").arg(i))), &context,
                          [&](const net::FetchResponse &r) { concurrency << r.body.toInt(); });
        }
        QTRY_COMPARE_WITH_TIMEOUT(concurrency.size(), 10, 15000);
        QCOMPARE(*std::max_element(concurrency.cbegin(), concurrency.cend()), 3);
    }

    void queueIsFifo()
    {
        net::HttpFetcher fetcher;
        fetcher.setLimits(1, 1);
        QObject context;
        QStringList order;
        for (int i = 0; i < 5; ++i) {
            fetcher.fetch(requestFor(m_server.url(QStringLiteral("_sleep?ms=30&fifo=%1").arg(i))), &context,
                          [&order, i](const net::FetchResponse &) { order << QString::number(i); });
        }
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 5, 10000);
        QCOMPARE(order.join(u','), QStringLiteral("0,1,2,3,4"));
        QStringList served;
        for (const QString &line : m_server.requests()) {
            const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("fifo=(\\d)")).match(line);
            if (m.hasMatch())
                served << m.captured(1);
        }
        QCOMPARE(served.join(u','), QStringLiteral("0,1,2,3,4"));
    }

    void cancelMeansNoCallback()
    {
        net::HttpFetcher fetcher;
        fetcher.setLimits(1, 1);
        QObject context;
        int calls = 0;
        const auto running = fetcher.fetch(requestFor(m_server.url(QStringLiteral("_sleep?ms=300&c=1"))), &context,
                                           [&](const net::FetchResponse &) { ++calls; });
        const auto queued = fetcher.fetch(requestFor(m_server.url(QStringLiteral("_sleep?ms=10&c=2"))), &context,
                                          [&](const net::FetchResponse &) { ++calls; });
        bool thirdDone = false;
        fetcher.fetch(requestFor(m_server.url(QStringLiteral("_sleep?ms=10&c=3"))), &context,
                      [&](const net::FetchResponse &r) { thirdDone = r.outcome == Outcome::Ok; });
        QTest::qWait(100);  // the first one is running by now
        fetcher.cancel(queued);  // (first: cancelling the running one starts the next in line)
        fetcher.cancel(running);
        QTRY_VERIFY_WITH_TIMEOUT(thirdDone, 5000);  // the slot was freed and the queue moved on
        QTest::qWait(500);
        QCOMPARE(calls, 0);
        QCOMPARE(m_server.requestsFor(QStringLiteral("/_sleep?ms=10&c=2")).size(), 0);

        // Cancelling after the answer arrived but before the callback ran: still no callback.
        QVERIFY(m_server.put(QStringLiteral("quick.xml"), rss(1)));
        const auto late = fetcher.fetch(requestFor(m_server.url(QStringLiteral("quick.xml"))), &context,
                                        [&](const net::FetchResponse &) { ++calls; });
        QThread::msleep(300);  // the worker delivers meanwhile; the callback waits for our event loop
        fetcher.cancel(late);
        QTest::qWait(300);
        QCOMPARE(calls, 0);
        fetcher.cancel(987654321);  // unknown: ignored
    }

    void destroyedContextMeansNoCallback()
    {
        int calls = 0;
        auto *context = new QObject;
        net::HttpFetcher::instance().fetch(requestFor(m_server.url(QStringLiteral("_sleep?ms=200&d=1"))), context,
                                      [&](const net::FetchResponse &) { ++calls; });
        QTest::qWait(50);
        delete context;
        QTRY_COMPARE_WITH_TIMEOUT(m_server.requestsFor(QStringLiteral("/_sleep?ms=200&d=1")).size(), 1, 5000);
        QTest::qWait(600);  // the answer came (200 ms) and was dropped
        QCOMPARE(calls, 0);
    }

    void callbackRunsOnTheContextThread()
    {
        QVERIFY(m_server.put(QStringLiteral("thread.xml"), rss(1)));
        QThread other;
        other.start();
        QObject context;
        context.moveToThread(&other);
        QThread *calledOn = nullptr;
        std::atomic<bool> done{false};
        net::HttpFetcher::instance().fetch(requestFor(m_server.url(QStringLiteral("thread.xml"))), &context,
                                      [&](const net::FetchResponse &) {
                                          calledOn = QThread::currentThread();
                                          done = true;
                                      });
        QTRY_VERIFY_WITH_TIMEOUT(done.load(), 5000);
        QCOMPARE(calledOn, &other);
        other.quit();
        other.wait();
    }

    void fetchFromAnyThread()
    {
        // fetch() from a thread that is not the context's: the callback still comes on the context's.
        QVERIFY(m_server.put(QStringLiteral("any.xml"), rss(2)));
        QObject context;
        QThread *calledOn = nullptr;
        QByteArray body;
        std::thread caller([&] {
            net::HttpFetcher::instance().fetch(requestFor(m_server.url(QStringLiteral("any.xml"))), &context,
                                          [&](const net::FetchResponse &r) {
                                              calledOn = QThread::currentThread();
                                              body = r.body;
                                          });
        });
        caller.join();
        QTRY_VERIFY_WITH_TIMEOUT(calledOn != nullptr, 5000);
        QCOMPARE(calledOn, QThread::currentThread());
        QCOMPARE(body, rss(2));
    }

    void fileUrls()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("local.xml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(rss(5));
        f.close();

        const auto ok = fetchAndWait(net::HttpFetcher::instance(), requestFor(QUrl::fromLocalFile(path)));
        QVERIFY(ok);
        QCOMPARE(ok->outcome, Outcome::Ok);
        QCOMPARE(ok->body, rss(5));
        QCOMPARE(ok->httpStatus, 0);
        QVERIFY(!ok->lastModified.isEmpty());

        net::FetchRequest again = requestFor(QUrl::fromLocalFile(path));
        again.lastModified = ok->lastModified;
        const auto same = fetchAndWait(net::HttpFetcher::instance(), again);
        QVERIFY(same);
        QCOMPARE(same->outcome, Outcome::NotModified);

        net::FetchRequest small = requestFor(QUrl::fromLocalFile(path));
        small.maxBytes = 100;
        const auto big = fetchAndWait(net::HttpFetcher::instance(), small);
        QVERIFY(big);
        QCOMPARE(big->outcome, Outcome::Failed);
        QCOMPARE(big->error, QStringLiteral("The document is larger than 100 bytes."));

        const QString missing = dir.filePath(QStringLiteral("nope.xml"));
        const auto gone = fetchAndWait(net::HttpFetcher::instance(), requestFor(QUrl::fromLocalFile(missing)));
        QVERIFY(gone);
        QCOMPARE(gone->outcome, Outcome::Failed);
        QCOMPARE(gone->error, QStringLiteral("Cannot read %1: no such file").arg(missing));
        QVERIFY(!gone->retryable);

        const auto directory = fetchAndWait(net::HttpFetcher::instance(), requestFor(QUrl::fromLocalFile(dir.path())));
        QVERIFY(directory);
        QCOMPARE(directory->outcome, Outcome::Failed);
        QVERIFY2(directory->error.endsWith(QStringLiteral("not a regular file")), qPrintable(directory->error));
    }

    void unsupportedAndUnreachable()
    {
        const auto ftp = fetchAndWait(net::HttpFetcher::instance(), requestFor(QUrl(QStringLiteral("ftp://127.0.0.1/feed.xml"))));
        QVERIFY(ftp);
        QCOMPARE(ftp->outcome, Outcome::Failed);
        QVERIFY(!ftp->retryable);
        QVERIFY2(ftp->error.startsWith(QStringLiteral("Unsupported address ftp://127.0.0.1/feed.xml")),
                 qPrintable(ftp->error));

        // A port nobody listens on (the server's, once stopped).
        HttpServer gone;
        QVERIFY(gone.start());
        const QUrl url = gone.url(QStringLiteral("feed.xml"));
        gone.stop();
        const auto refused = fetchAndWait(net::HttpFetcher::instance(), requestFor(url));
        QVERIFY(refused);
        QCOMPARE(refused->outcome, Outcome::Failed);
        QCOMPARE(refused->error, QStringLiteral("The server 127.0.0.1 refused the connection."));
        QVERIFY(refused->retryable);
    }

    void exitWithRequestsInFlight()
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FI_FETCHER_EXIT_CHILD"), m_server.url(QStringLiteral("/")).toString());
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QVERIFY2(child.waitForFinished(15000), "the process did not exit with requests in flight");
        const QByteArray err = child.readAllStandardError();
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QVERIFY2(child.exitCode() == 0, err.constData());
        QVERIFY2(!err.contains("AddressSanitizer") && !err.contains("runtime error"), err.constData());
        QCOMPARE(child.readAllStandardOutput().trimmed(), QByteArray("callbacks=0"));
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("FI_FETCHER_EXIT_CHILD"))
        return exitChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestFeedFetcher test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_feedfetcher.moc"
