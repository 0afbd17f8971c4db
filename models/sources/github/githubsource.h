#pragma once
/// @file githubsource.h
/// @brief One poll of a GitHub account's notifications (REST `GET /notifications`).

#include "sources/source.h"

#include <memory>

namespace fi::github {

/**
 * @brief Polls the unread notification threads of one GitHub account; config().location is the
 * API base URL (githubkind.h), the token comes from the keychain.
 *
 * A run follows GitHub's polling rules (docs: "List notifications for the authenticated user"):
 *  1. While the sync state's wait is ahead (X-Poll-Interval since the last answer, a rate limit's
 *     X-RateLimit-Reset or Retry-After, a backoff after failures) it sends nothing and finishes:
 *     ok after a poll interval, else failed with the last error and when it tries next.
 *  2. Reads the token from the keychain (on the worker pool); none = failed, not retryable.
 *  3. `GET /notifications?per_page=50` with If-Modified-Since = the last Last-Modified; a 304
 *     costs no parse and stores at most the new wait. Then every rel="next" page of the Link
 *     header (at most kMaxPages), without validators.
 *  4. When every page was read: ONE batch with the new and changed threads (githubthreads.h
 *     records; unchanged fingerprints are skipped) and the sync state. A page that fails or
 *     cannot be parsed stores no thread of any page, and the Last-Modified is not advanced.
 *  5. Failures (githubapi.h failureOf()): 401 → not retryable ("Needs attention"); 403/429 with
 *     a rate limit → wait until it resets; network and 5xx → backoff; each stored in the state.
 *
 * Owner thread = the thread that created it (an event loop is needed); signals come from it.
 * abort() cancels the request in flight; finished(aborted) follows and nothing is stored.
 */
class GitHubSource : public Source {
    Q_OBJECT
public:
    /// Pages read in one run at most (50 threads each).
    static constexpr int kMaxPages = 20;

    explicit GitHubSource(SourceConfig config, QObject *parent = nullptr);
    ~GitHubSource() override;

    void start(const KnownItemsProvider &known, const QMap<QString, QByteArray> &syncState) override;
    void abort() override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace fi::github
