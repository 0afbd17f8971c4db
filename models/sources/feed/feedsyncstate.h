#pragma once
/// @file feedsyncstate.h
/// @brief What a feed source remembers between refreshes (its sync state, folder ""), and the
/// rules that say when the next request may go out. Private to the feed kind.
///
/// - The validators of the last 200 (ETag, Last-Modified) for a conditional GET (RFC 9110 §13.1).
/// - A "not before" time: Cache-Control max-age (RFC 9111 §5.2.2.1) when it is longer than the
///   poll interval, Retry-After of a 429/503 (RFC 9110 §10.2.3, RFC 6585 §4), or the backoff
///   after a failure (sync/backoff.h: 30 s · 2^(n−1), at most 30 min). A refresh started earlier
///   (the next poll, a restart, a `focusinbox sync` run by cron) does not send a request.
/// - The consecutive failures and the last error, so a refresh that waits can still say why.
///
/// The state belongs to one URL and one set of record-shaping settings: when the source's
/// location changes it starts over; when its category or default tier changes the validators
/// are dropped, so the next refresh gets the whole document and every item is stored again.
/// All functions are pure and thread-safe. Times are UTC epoch ms.

#include "net/httpfetcher.h"
#include "sources/source.h"

#include <QByteArray>
#include <QString>

namespace fi::feed {

struct FeedSyncState {
    /// Why the next request waits.
    enum class Wait {
        None,
        MaxAge,      ///< The server said the document stays fresh (Cache-Control max-age).
        RetryAfter,  ///< The server asked to come back later (Retry-After).
        Backoff,     ///< The last request failed.
    };

    QString url;              ///< The location this state belongs to.
    QString settingsKey;      ///< recordSettingsKey() of the source when it was written.
    QByteArray etag;          ///< Of the last 200; empty = none.
    QByteArray lastModified;  ///< Of the last 200; empty = none.
    qint64 notBeforeMs = 0;   ///< No request before this time; 0 = none.
    qint64 waitSinceMs = 0;   ///< When notBeforeMs was set.
    Wait wait = Wait::None;
    int failures = 0;         ///< Consecutive failed refreshes.
    QString lastError;        ///< Translated reason of the last failure (failures > 0).
    bool lastRetryable = true;
    QString title;            ///< The feed's own title (plain text) from the last document read.
    QString siteUrl;          ///< The feed's site (alternate link) from the last document read.

    bool operator==(const FeedSyncState &) const = default;

    /// Compact JSON ({"v":1,…}).
    QByteArray encode() const;
    /// Garbage or an unknown version → a default state (an unconditional refresh).
    static FeedSyncState decode(const QByteArray &bytes);
};

/// The sync-state folder a feed source keeps its state under ("").
QString stateFolder();

/// The settings of @p config that shape its records (category, default tier), as one string.
QString recordSettingsKey(const SourceConfig &config);

/// The stored state of @p config (from Source::start's syncState), reset when it belongs to
/// another location, its validators dropped when the record settings changed.
FeedSyncState stateFor(const SourceConfig &config, const QMap<QString, QByteArray> &syncState);

/**
 * @brief Whether a refresh at @p nowMs must not send a request yet. A timer may fire a little
 * early (Qt's coarse timers by up to 5 %), so a time within a tenth of the wait (at least 5 s)
 * of notBeforeMs counts as reached.
 */
bool isWaiting(const FeedSyncState &state, qint64 nowMs);

/// The longest wait a server can ask for (max-age, Retry-After): 24 h.
inline constexpr qint64 kMaxServerWaitMs = 24LL * 3600 * 1000;
/// Backoff after failures (sync/backoff.h): the same steps as SyncScheduler's retries.
inline constexpr qint64 kBackoffBaseMs = 30 * 1000;
inline constexpr qint64 kBackoffMaxMs = 30 * 60 * 1000;

/**
 * @brief The state after a request that succeeded (Ok or NotModified) at @p nowMs.
 * Failures are forgotten; an Ok response's validators replace the old ones (a 304 keeps them);
 * a max-age longer than @p pollSeconds becomes a wait (a shorter one is met by the poll anyway
 * and is not stored, so an unchanged feed's refresh writes nothing).
 */
FeedSyncState afterSuccess(const FeedSyncState &before, const net::FetchResponse &response, qint64 nowMs, int pollSeconds);

/**
 * @brief The state after a failed refresh at @p nowMs (a request that failed, or a document
 * that could not be read): one more failure, @p error remembered, and a wait until the later of
 * the backoff step and @p retryAfterMs (capped at kMaxServerWaitMs from now).
 */
FeedSyncState afterFailure(const FeedSyncState &before, const QString &error, bool retryable,
                           std::optional<qint64> retryAfterMs, qint64 nowMs);

} // namespace fi::feed
