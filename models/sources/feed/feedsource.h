#pragma once
/// @file feedsource.h
/// @brief One refresh of a feed source (RSS, Atom, JSON Feed) over HTTP(S) or from a local file.

#include "sources/source.h"

#include <memory>

namespace fi::feed {

/**
 * @brief Refreshes one feed: config().location is its URL (feedkind.h urlOf()).
 *
 * A run:
 *  1. reads its sync state (feedsyncstate.h); while a Retry-After / max-age / failure-backoff
 *     time is ahead it sends no request and finishes at once: ok when the document is fresh
 *     (max-age), else failed with the last error (still failing, as far as anyone knows);
 *  2. fetches with net::HttpFetcher (conditional: If-None-Match / If-Modified-Since; its limits on
 *     time, size, redirects and concurrency apply);
 *  3. on 304: no parse; a batch only when the sync state changed (e.g. the failure count was
 *     reset), so an unchanged feed costs no store write;
 *  4. on 200: parses (parseFeed) and maps the entries (feedrecords.h) on the global thread pool,
 *     then emits ONE batch (new and changed entries, the sync state, and the new location after
 *     a permanent redirect; the state also keeps the feed's title and site: feedTitleOf()),
 *     so a refresh is stored in one transaction or not at all. Entries
 *     that fell out of the document are never removed. A document that cannot be read stores
 *     no item;
 *  5. on failure (of the request or the parse): a batch with the sync state only (one more
 *     failure, a backoff / Retry-After wait) and finished() with ok = false, the translated
 *     reason and whether a retry may help.
 * Parse warnings (recovered errors, dropped entries) are reported with itemFailed() (for the
 * sync log) but not counted as failed items.
 *
 * Lives on the thread that created it (an event loop is needed); the signals come from that
 * thread. abort() cancels the request (finished() follows with aborted = true and no batch).
 * start() while a run is going on gets its own finished() with ok = false. Destroying the source
 * cancels its request; a parse already running finishes on the pool and is discarded.
 */
class FeedSource : public Source {
    Q_OBJECT
public:
    /// Bounds on every request and document (process-wide; tests shorten the timeout).
    struct Limits {
        int timeoutMs = 30000;                ///< Whole request.
        qint64 maxBytes = 16 * 1024 * 1024;   ///< Body after decompression, and the document.
        int maxEntries = 5000;                ///< Entries kept from one document.
    };
    /// Set the limits of runs started later. Call on the main thread before syncs start.
    static void setLimits(const Limits &limits);
    static Limits limits();

    explicit FeedSource(SourceConfig config, QObject *parent = nullptr);
    ~FeedSource() override;

    void start(const KnownItemsProvider &known, const QMap<QString, QByteArray> &syncState) override;
    void abort() override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace fi::feed
