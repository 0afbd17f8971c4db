#include "sources/github/githubsource.h"

#include "concurrency/workerpool.h"
#include "net/httpfetcher.h"
#include "sources/github/githubapi.h"
#include "sources/github/githubkind.h"
#include "sources/github/githubsyncstate.h"
#include "sources/github/githubthreads.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QLocale>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace fi::github {

namespace {

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

struct TokenResult {
    std::optional<QString> token;
    QString error;
};

struct PageResult {
    std::optional<ThreadPage> page;
    QString error;
};

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.port(-1) == b.port(-1);
}

} // namespace

struct GitHubSource::Private {
    explicit Private(GitHubSource *owner) : q(owner) {}

    GitHubSource *q;
    bool running = false;
    quint64 run = 0;  ///< Bumped by every start() and abort(): late callbacks of older runs are dropped.
    std::optional<net::HttpFetcher::Ticket> ticket;
    KnownItems known;
    GitHubSyncState stored;  ///< As read from the store.
    QUrl base;
    QString token;
    QList<Thread> threads;
    int pages = 0;
    QByteArray lastModified;        ///< Of the first page of this run.
    std::optional<int> pollInterval;  ///< X-Poll-Interval of the first page of this run.

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
    void fetchPage(const QUrl &url, bool first);
    void onPage(const net::FetchResponse &response, const QUrl &url, bool first);
    void onParsed(const PageResult &parsed, const net::FetchResponse &meta, const QUrl &url);
    void complete();
    void fail(const ApiFailure &failure);
    GitHubSyncState afterSuccess() const;
    void emitBatch(SourceBatch batch, const GitHubSyncState &after);
};

void GitHubSource::Private::finishWaiting()
{
    SyncResult result;
    if (stored.wait == GitHubSyncState::Wait::Poll && stored.failures == 0) {
        finishLater(result);  // GitHub asked not to poll sooner: nothing can have been missed
        return;
    }
    const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(stored.notBeforeMs).toLocalTime(),
                                            QLocale::ShortFormat);
    const QString reason = stored.lastError.isEmpty() ? tr("GitHub asked to wait before the next request.") : stored.lastError;
    result.ok = false;
    // (A rate limit's own message already says until when.)
    result.error = stored.wait == GitHubSyncState::Wait::RateLimit && !stored.lastError.isEmpty()
                       ? stored.lastError
                       : tr("%1 Next attempt after %2.").arg(reason, when);
    result.retryable = stored.lastRetryable;
    finishLater(result);
}

GitHubSyncState GitHubSource::Private::afterSuccess() const
{
    GitHubSyncState after;
    after.lastModified = lastModified;
    after.pollIntervalSeconds = pollInterval.value_or(stored.pollIntervalSeconds);
    if (pollInterval) {
        after.wait = GitHubSyncState::Wait::Poll;
        after.notBeforeMs = nowMs() + qint64(*pollInterval) * 1000;
    }
    return after;
}

void GitHubSource::Private::emitBatch(SourceBatch batch, const GitHubSyncState &after)
{
    if (after != stored)
        batch.syncState.insert(stateFolder(), after.encode());
    if (batch.upserts.isEmpty() && batch.syncState.isEmpty())
        return;  // nothing changed: no store write
    Q_EMIT q->batchReady(batch);
}

void GitHubSource::Private::fail(const ApiFailure &failure)
{
    GitHubSyncState after = stored;
    after.failures = stored.failures + 1;
    after.lastError = failure.error;
    after.lastRetryable = failure.retryable;
    if (pollInterval)
        after.pollIntervalSeconds = *pollInterval;
    if (failure.notBeforeMs) {
        after.wait = GitHubSyncState::Wait::RateLimit;
        after.notBeforeMs = *failure.notBeforeMs;
    } else if (failure.retryable) {
        after.wait = GitHubSyncState::Wait::Backoff;
        after.notBeforeMs = nowMs() + backoffMs(after.failures);
    } else {
        after.wait = GitHubSyncState::Wait::None;  // the user fixes it, then "Sync now" asks at once
        after.notBeforeMs = 0;
    }
    emitBatch({}, after);
    SyncResult result;
    result.ok = false;
    result.error = failure.error;
    result.retryable = failure.retryable;
    finishNow(result);
}

void GitHubSource::Private::fetchPage(const QUrl &url, bool first)
{
    net::FetchRequest request = apiRequest(url, token);
    if (first)
        request.lastModified = stored.lastModified;  // RFC 9110 §13.1.3; a 304 costs no rate limit
    const quint64 thisRun = run;
    ticket = net::HttpFetcher::instance().fetch(request, q, [this, thisRun, url, first](const net::FetchResponse &r) {
        if (thisRun == run && running)
            onPage(r, url, first);
    });
}

void GitHubSource::Private::onPage(const net::FetchResponse &response, const QUrl &url, bool first)
{
    ticket.reset();
    if (first)
        pollInterval = pollIntervalOf(response);
    switch (response.outcome) {
    case net::FetchResponse::Outcome::NotModified:
        lastModified = response.lastModified;
        emitBatch({}, afterSuccess());
        finishNow(SyncResult{});
        return;
    case net::FetchResponse::Outcome::Failed:
        fail(failureOf(response, nowMs()));
        return;
    case net::FetchResponse::Outcome::Ok:
        break;
    }
    if (first)
        lastModified = response.lastModified;
    net::FetchResponse meta = response;
    meta.body.clear();
    const quint64 thisRun = run;
    QtConcurrent::run(workerPool(),
                      [body = response.body] {
                          PageResult r;
                          r.page = parseThreads(body, &r.error);
                          return r;
                      })
        .then(q, [this, thisRun, meta = std::move(meta), url](const PageResult &parsed) {
            if (thisRun == run && running)
                onParsed(parsed, meta, url);
        });
}

void GitHubSource::Private::onParsed(const PageResult &parsed, const net::FetchResponse &meta, const QUrl &url)
{
    if (!parsed.page) {
        ApiFailure failure;
        failure.error = tr("GitHub's page %1 of notifications could not be read: %2 Nothing of this poll was stored.")
                            .arg(pages + 1)
                            .arg(parsed.error);
        failure.retryable = true;
        fail(failure);
        return;
    }
    ++pages;
    threads += parsed.page->threads;
    for (const QString &problem : parsed.page->problems)
        Q_EMIT q->itemFailed(SourceError{url.toDisplayString(), problem});
    const QUrl next = nextPageUrl(meta.header("Link"));
    if (next.isValid() && !next.isEmpty()) {
        if (!sameOrigin(next, base)) {
            Q_EMIT q->itemFailed(SourceError{url.toDisplayString(),
                                             tr("Ignored a next page at another address (%1).").arg(next.toDisplayString())});
        } else if (pages < kMaxPages) {
            fetchPage(next, false);
            return;
        } else {
            Q_EMIT q->itemFailed(SourceError{url.toDisplayString(),
                                             tr("More than %1 pages of notifications: the rest waits for the next poll.").arg(kMaxPages)});
        }
    }
    complete();
}

void GitHubSource::Private::complete()
{
    SourceBatch batch;
    SyncResult result;
    QSet<QString> seen;
    for (const Thread &thread : std::as_const(threads)) {
        if (seen.contains(thread.id))
            continue;  // a thread that moved to a later page while we read: the first (newest) wins
        seen.insert(thread.id);
        ItemRecord record = recordOf(thread);
        const auto it = known.constFind(record.remoteId);
        if (it != known.constEnd() && *it == record.fingerprint)
            continue;
        (it == known.constEnd() ? result.added : result.updated) += 1;
        batch.upserts << std::move(record);
    }
    emitBatch(std::move(batch), afterSuccess());
    finishNow(result);
}

GitHubSource::GitHubSource(SourceConfig config, QObject *parent)
    : Source(std::move(config), parent), d(std::make_unique<Private>(this))
{
}

GitHubSource::~GitHubSource()
{
    if (d->ticket)
        net::HttpFetcher::instance().cancel(*d->ticket);
}

void GitHubSource::start(const KnownItemsProvider &known, const QMap<QString, QByteArray> &syncState)
{
    if (d->running) {
        SyncResult busy;
        busy.ok = false;
        busy.error = tr("A poll of this GitHub account is already running.");
        QMetaObject::invokeMethod(this, [this, busy] { Q_EMIT finished(busy); }, Qt::QueuedConnection);
        return;
    }
    d->running = true;
    const quint64 thisRun = ++d->run;
    d->known = known.items();  // every poll compares each thread it gets with what is stored
    d->stored = GitHubSyncState::decode(syncState.value(stateFolder()));
    d->threads.clear();
    d->pages = 0;
    d->lastModified.clear();
    d->pollInterval.reset();
    d->base = baseUrlOf(config());
    if (!d->base.isValid()) {
        SyncResult bad;
        bad.ok = false;
        bad.retryable = false;
        bad.error = tr("\"%1\" is not an https address of GitHub's API.").arg(config().location);
        d->finishLater(bad);
        return;
    }
    if (d->stored.notBeforeMs > nowMs()) {
        d->finishWaiting();
        return;
    }
    QtConcurrent::run(workerPool(),
                      [config = config()] {
                          TokenResult r;
                          r.token = readToken(config, &r.error);
                          return r;
                      })
        .then(this, [this, thisRun](const TokenResult &r) {
            if (thisRun != d->run || !d->running)
                return;
            if (!r.token) {
                SyncResult noToken;
                noToken.ok = false;
                noToken.retryable = false;
                noToken.error = r.error;
                d->finishNow(noToken);
                return;
            }
            d->token = *r.token;
            d->fetchPage(notificationsUrl(d->base), true);
        });
}

void GitHubSource::abort()
{
    if (!d->running)
        return;
    if (d->ticket)
        net::HttpFetcher::instance().cancel(*d->ticket);
    d->ticket.reset();
    ++d->run;
    SyncResult result;
    result.aborted = true;
    d->finishLater(result);
}

} // namespace fi::github
