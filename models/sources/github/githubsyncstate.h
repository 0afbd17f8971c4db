#pragma once
/// @file githubsyncstate.h
/// @brief What a GitHub source remembers between polls (its sync state, folder ""), stored with
/// the batch it belongs to (SourceBatch::syncState). Private to the GitHub kind.

#include <QByteArray>
#include <QString>

namespace fi::github {

struct GitHubSyncState {
    /// Why no request may be sent before notBeforeMs.
    enum class Wait {
        None,
        Poll,       ///< X-Poll-Interval after the last answer (GitHub: "do not poll sooner").
        RateLimit,  ///< X-RateLimit-Reset / Retry-After of a 403 or 429.
        Backoff,    ///< After failures (network, 5xx): 1, 2, 4 … 60 min.
    };
    QByteArray lastModified;   ///< Last-Modified of the last complete 200 (sent as If-Modified-Since).
    int pollIntervalSeconds = 0;  ///< The last X-Poll-Interval, seconds; 0 = none seen.
    qint64 notBeforeMs = 0;    ///< UTC epoch ms; 0 = ask at any time.
    Wait wait = Wait::None;
    int failures = 0;          ///< Failed polls in a row.
    QString lastError;         ///< Translated; empty after a success.
    bool lastRetryable = true;

    QByteArray encode() const;  ///< JSON.
    /// Inverse of encode(); a default state for empty or unreadable bytes.
    static GitHubSyncState decode(const QByteArray &bytes);
    bool operator==(const GitHubSyncState &) const = default;
};

/// The sync-state folder of a GitHub source ("").
inline QString stateFolder() { return {}; }

/// Delay after @p failures failures in a row (≥ 1): 60 s doubling, at most 1 h, ms.
qint64 backoffMs(int failures);

} // namespace fi::github
