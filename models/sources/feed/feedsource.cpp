#include "sources/feed/feedsource.h"

#include "concurrency/workerpool.h"
#include "mime/htmltext.h"
#include "net/httpfetcher.h"
#include "sources/feed/feedkind.h"
#include "sources/feed/feedparser.h"
#include "sources/feed/feedrecords.h"
#include "sources/feed/feedsyncstate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QLocale>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace fi::feed {

namespace {

FeedSource::Limits g_limits;  // main thread only (set before syncs start, read in start())

constexpr int kMaxTitleChars = 256;

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

/// Everything the pool thread needs, by value.
struct ParseJob {
    QByteArray bytes;
    QByteArray contentType;
    QUrl url;
    KnownItems known;
    RecordSettings settings;
    qint64 nowMs = 0;
    FeedLimits limits;
};

struct ParseOutcome {
    bool ok = false;
    QString error;
    FeedRecords records;
    QStringList warnings;
    QString title;    ///< The document's title, folded and bounded.
    QString siteUrl;  ///< The document's site link.
};

ParseOutcome parseAndMap(const ParseJob &job)
{
    ParseOutcome out;
    FeedParseInput input;
    input.bytes = job.bytes;
    input.url = job.url;
    input.contentType = job.contentType;
    input.nowMs = job.nowMs;
    input.limits = job.limits;
    FeedParseResult parsed = parseFeed(input);
    out.warnings = parsed.warnings;
    if (!parsed.ok) {
        out.error = parsed.error.isEmpty() ? QCoreApplication::translate("fi::feed::FeedSource", "The document is not a feed that can be read.") : parsed.error;
        return out;
    }
    out.ok = true;
    out.records = recordsFor(parsed.document, job.known, job.settings, job.nowMs);
    out.title = mime::foldSnippet(parsed.document.title, kMaxTitleChars);
    out.siteUrl = parsed.document.link.left(kMaxTitleChars * 8);
    return out;
}

} // namespace

void FeedSource::setLimits(const Limits &limits) { g_limits = limits; }

FeedSource::Limits FeedSource::limits() { return g_limits; }

struct FeedSource::Private {
    explicit Private(FeedSource *owner) : q(owner) {}

    FeedSource *q;
    bool running = false;
    quint64 run = 0;                         ///< Bumped by every start() and abort().
    std::optional<net::HttpFetcher::Ticket> ticket;
    KnownItems known;
    FeedSyncState stored;                    ///< As read from the store.
    FeedSyncState before;                    ///< stateFor(): what this run starts from.
    QUrl url;
    Limits limits;

    /// Emit finished(@p result) from the event loop (start() must return first).
    void finishLater(const SyncResult &result)
    {
        running = false;
        QMetaObject::invokeMethod(q, [q = q, result] { Q_EMIT q->finished(result); }, Qt::QueuedConnection);
    }
    void finishNow(const SyncResult &result)
    {
        running = false;
        Q_EMIT q->finished(result);
    }

    void finishWaiting();
    void onFetched(const net::FetchResponse &response);
    void onParsed(const ParseOutcome &outcome, const net::FetchResponse &response, qint64 fetchedAtMs);
    void fail(const QString &error, bool retryable, std::optional<qint64> retryAfterMs);
    /// Emit @p batch with @p after as its sync state (when it changed) and the new location
    /// after a permanent redirect; nothing when there is nothing to store.
    void emitBatch(SourceBatch batch, FeedSyncState after, const net::FetchResponse *response);
};

void FeedSource::Private::finishWaiting()
{
    SyncResult result;
    if (before.wait == FeedSyncState::Wait::MaxAge && before.failures == 0) {
        finishLater(result);  // still fresh: nothing to ask
        return;
    }
    const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(before.notBeforeMs).toLocalTime(),
                                            QLocale::ShortFormat);
    const QString reason = before.lastError.isEmpty()
                               ? QCoreApplication::translate("fi::feed::FeedSource", "The server asked to wait before the next request.")
                               : before.lastError;
    result.ok = false;
    result.error = QCoreApplication::translate("fi::feed::FeedSource", "%1 Next attempt after %2.").arg(reason, when);
    result.retryable = before.lastRetryable;
    finishLater(result);
}

void FeedSource::Private::emitBatch(SourceBatch batch, FeedSyncState after, const net::FetchResponse *response)
{
    if (response && response->movedPermanentlyTo && response->movedPermanentlyTo->isValid()
        && *response->movedPermanentlyTo != url) {
        batch.location = response->movedPermanentlyTo->toString();
        after.url = batch.location;
    }
    if (after != stored)
        batch.syncState.insert(stateFolder(), after.encode());
    if (batch.upserts.isEmpty() && batch.syncState.isEmpty() && batch.location.isEmpty())
        return;  // nothing changed: no store write
    Q_EMIT q->batchReady(batch);
}

void FeedSource::Private::fail(const QString &error, bool retryable, std::optional<qint64> retryAfterMs)
{
    emitBatch({}, afterFailure(before, error, retryable, retryAfterMs, nowMs()), nullptr);
    SyncResult result;
    result.ok = false;
    result.error = error;
    result.retryable = retryable;
    finishNow(result);
}

void FeedSource::Private::onFetched(const net::FetchResponse &response)
{
    ticket.reset();
    const int pollSeconds = intervalMinutesOf(q->config()) * 60;
    switch (response.outcome) {
    case net::FetchResponse::Outcome::NotModified:
        emitBatch({}, afterSuccess(before, response, nowMs(), pollSeconds), &response);
        finishNow(SyncResult{});
        return;
    case net::FetchResponse::Outcome::Failed:
        fail(response.error.isEmpty() ? QCoreApplication::translate("fi::feed::FeedSource", "The feed could not be fetched.") : response.error, response.retryable,
             response.retryAfterMs);
        return;
    case net::FetchResponse::Outcome::Ok:
        break;
    }
    ParseJob job;
    job.bytes = response.body;
    job.contentType = response.contentType;
    job.url = response.finalUrl.isValid() && !response.finalUrl.isEmpty() ? response.finalUrl : url;
    job.known = known;
    job.settings.category = q->config().settings.value(QLatin1String(kCategorySetting)).toString().trimmed();
    job.settings.settingsKey = before.settingsKey;
    job.nowMs = nowMs();
    job.limits.maxBytes = limits.maxBytes;
    job.limits.maxEntries = limits.maxEntries;
    const qint64 fetchedAt = job.nowMs;
    net::FetchResponse meta = response;
    meta.body.clear();  // the pool thread has it; keep only the headers here
    const quint64 thisRun = run;
    QtConcurrent::run(workerPool(), &parseAndMap, std::move(job))
        .then(q, [this, thisRun, meta = std::move(meta), fetchedAt](const ParseOutcome &outcome) {
            if (thisRun == run && running)
                onParsed(outcome, meta, fetchedAt);
        });
}

void FeedSource::Private::onParsed(const ParseOutcome &outcome, const net::FetchResponse &response, qint64 fetchedAtMs)
{
    const QString where = url.toDisplayString();
    for (const QString &warning : outcome.warnings)
        Q_EMIT q->itemFailed(SourceError{where, warning});
    if (!outcome.ok) {
        // Nothing of the document is stored; its validators are not kept either, so the next
        // request gets the whole document again instead of a 304 for one never read.
        fail(outcome.error, /*retryable=*/true, response.retryAfterMs);
        return;
    }
    SourceBatch batch;
    batch.upserts = outcome.records.records;
    const int pollSeconds = intervalMinutesOf(q->config()) * 60;
    FeedSyncState after = afterSuccess(before, response, fetchedAtMs, pollSeconds);
    after.title = outcome.title;
    after.siteUrl = outcome.siteUrl;
    emitBatch(std::move(batch), std::move(after), &response);
    SyncResult result;
    result.added = outcome.records.added;
    result.updated = outcome.records.updated;
    finishNow(result);
}

FeedSource::FeedSource(SourceConfig config, QObject *parent)
    : Source(std::move(config), parent), d(std::make_unique<Private>(this))
{
}

FeedSource::~FeedSource()
{
    if (d->ticket)
        net::HttpFetcher::instance().cancel(*d->ticket);
}

void FeedSource::start(const KnownItemsProvider &known, const QMap<QString, QByteArray> &syncState)
{
    if (d->running) {
        SyncResult busy;
        busy.ok = false;
        busy.error = QCoreApplication::translate("fi::feed::FeedSource", "A refresh of this feed is already running.");
        QMetaObject::invokeMethod(this, [this, busy] { Q_EMIT finished(busy); }, Qt::QueuedConnection);
        return;
    }
    d->running = true;
    const quint64 thisRun = ++d->run;
    d->limits = g_limits;
    d->known = known.items();  // a small feed's entries; every refresh that parses needs them
    d->stored = FeedSyncState::decode(syncState.value(stateFolder()));
    d->before = stateFor(config(), syncState);
    d->url = urlOf(config());
    if (!d->url.isValid()) {
        SyncResult bad;
        bad.ok = false;
        bad.retryable = false;
        bad.error = QCoreApplication::translate("fi::feed::FeedSource", "\"%1\" is not an http, https or file URL.").arg(config().location);
        d->finishLater(bad);
        return;
    }
    if (isWaiting(d->before, nowMs())) {
        d->finishWaiting();
        return;
    }
    net::FetchRequest request;
    request.url = d->url;
    request.etag = d->before.etag;
    request.lastModified = d->before.lastModified;
    request.timeoutMs = d->limits.timeoutMs;
    request.maxBytes = d->limits.maxBytes;
    d->ticket = net::HttpFetcher::instance().fetch(request, this, [this, thisRun](const net::FetchResponse &response) {
        if (thisRun == d->run && d->running)
            d->onFetched(response);
    });
}

void FeedSource::abort()
{
    if (!d->running)
        return;
    if (d->ticket)
        net::HttpFetcher::instance().cancel(*d->ticket);
    d->ticket.reset();
    ++d->run;  // a parse still running is discarded
    SyncResult result;
    result.aborted = true;
    d->finishLater(result);
}

} // namespace fi::feed
