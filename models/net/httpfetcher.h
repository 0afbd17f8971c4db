#pragma once
/// @file httpfetcher.h
/// @brief The app's one HTTP client (feeds, the GitHub API): requests over HTTP(S)
/// (QNetworkAccessManager) and reads of local files, conditional (RFC 9110 §13: If-None-Match /
/// If-Modified-Since), bounded in time, size, redirects and concurrency (per host and overall).
/// Shared by the source kinds; nothing in it knows about one kind.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace fi::net {

/// One request.
struct FetchRequest {
    /// http(s) URL, or a file:// URL for a local file (read with the same size limit; only
    /// regular files; its mtime as an HTTP-date is its lastModified validator).
    QUrl url;
    QByteArray etag;          ///< Validator from the last 200 (sent as If-None-Match); empty = none.
    QByteArray lastModified;  ///< Last-Modified from the last 200 (sent as If-Modified-Since); empty = none.
    qint64 maxBytes = 16 * 1024 * 1024;  ///< Body limit after decompression; more = Failed.
    int timeoutMs = 30000;    ///< Whole request (connect, headers, body); exceeded = Failed.
    /// More hops, or a loop, = Failed. Only http(s) targets are followed, never https → http.
    /// (The per-host slot taken is the first URL's, held across the hops.)
    int maxRedirects = 5;
    /// Method: GET (default), HEAD, PATCH, DELETE, POST, PUT. Only GET and HEAD follow
    /// redirects (a redirect of another method is Failed: it is never replayed elsewhere).
    QByteArray method = "GET";
    /// Body of a PATCH/POST/PUT (with contentType); empty = none.
    QByteArray body;
    QByteArray contentType;   ///< Content-Type of body; empty = none.
    /// More request headers, sent as given on every hop (e.g. "Authorization", API version
    /// headers). A header named Authorization is sent to the first URL's origin only: a
    /// redirect to another scheme, host or port drops it (RFC 9110 §15.4 leaves this to us).
    QList<QPair<QByteArray, QByteArray>> headers;
    /// User-Agent (RFC 9110 §10.1.5); the default names the app and its version.
    QByteArray userAgent;
    /// Accept header (feeds by default; the autodiscovery of a web page asks for HTML too).
    QByteArray accept = "application/atom+xml, application/rss+xml, application/feed+json, "
                        "application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";
};

/// What came back.
struct FetchResponse {
    enum class Outcome {
        Ok,           ///< 2xx (not 206) with a body (possibly empty: 204, 205).
        NotModified,  ///< 304: the document did not change since etag/lastModified.
        Failed,       ///< Anything else: see error, httpStatus, retryAfterMs.
    };
    Outcome outcome = Outcome::Failed;
    int httpStatus = 0;        ///< Final HTTP status; 0 for files and network errors.
    QByteArray body;           ///< The decoded (gunzipped) body, when Ok.
    QByteArray contentType;    ///< Content-Type header as received (for the charset, RFC 7303).
    /// ETag of this response (Ok); for NotModified the 304's, else the request's; empty = none.
    QByteArray etag;
    /// Last-Modified of this response (Ok; for NotModified as etag); empty = none.
    QByteArray lastModified;
    QUrl finalUrl;             ///< URL after every redirect (base for relative links).
    /// Set when the request was redirected and every hop was permanent (301, 308; RFC 9110
    /// §15.4.2, §15.4.9): the source's stored URL should become this.
    std::optional<QUrl> movedPermanentlyTo;
    /// Cache-Control max-age of an Ok / NotModified response, seconds; nullopt = none.
    std::optional<qint64> maxAgeSeconds;
    /// Retry-After (RFC 9110 §10.2.3; seconds or HTTP-date) of a 429/503 (or any) response,
    /// as an absolute time, UTC epoch ms; nullopt = none given.
    std::optional<qint64> retryAfterMs;
    /// Every header of the final answer, as received (also when Failed with an HTTP status), in
    /// order; names as sent. See header().
    QList<QPair<QByteArray, QByteArray>> headers;
    /// The first at most kMaxErrorBodyBytes of the body of a non-2xx answer (an API's error
    /// message); empty otherwise. Never shown as rich text.
    QByteArray errorBody;
    static constexpr qint64 kMaxErrorBodyBytes = 16 * 1024;
    QString error;             ///< Translated, one sentence, when Failed (names the status / cause).
    /// When Failed: whether trying later may help (timeouts, 5xx, 429, network) rather than the
    /// user having to fix the URL (404, 410, not a feed, TLS errors, too big).
    bool retryable = true;

    /// The value of header @p name (case-insensitive, RFC 9110 §5.1), the first one if repeated;
    /// empty when absent.
    QByteArray header(const QByteArray &name) const;
};

/**
 * @brief The process-wide fetcher. Owns a worker thread with one QNetworkAccessManager; at most
 * perHost requests run per host and at most overall in total, the rest wait in FIFO order.
 * TLS certificates are verified (no ignoreSslErrors). Cookies are not kept.
 *
 * fetch() may be called from any thread; @p done runs on @p context's thread (queued) and not
 * at all if @p context was destroyed or the ticket was cancelled first.
 *
 * Needs a QCoreApplication: when it is destroyed, every fetcher stops (a post routine aborts
 * the requests in flight and ends the worker thread); later fetch() calls do nothing. Memory
 * per request stays near maxBytes: the body is counted while it arrives (after gzip/deflate
 * decoding, which QNAM does because it sent Accept-Encoding itself) and the request aborted as
 * soon as it passes the limit; an announced Content-Length over the limit is refused before
 * the body is read.
 */
class HttpFetcher {
public:
    using Ticket = quint64;
    using Done = std::function<void(const FetchResponse &)>;

    /// The shared instance (created on first use, destroyed at exit).
    static HttpFetcher &instance();

    HttpFetcher();
    ~HttpFetcher();
    HttpFetcher(const HttpFetcher &) = delete;
    HttpFetcher &operator=(const HttpFetcher &) = delete;

    /// Start (or queue) @p request. @return a ticket for cancel().
    Ticket fetch(const FetchRequest &request, QObject *context, Done done);
    /// Abort a queued or running request; its callback is not called. Unknown tickets are ignored.
    void cancel(Ticket ticket);
    /// Concurrency limits (defaults 6 per host, 16 overall). Applies to requests started later.
    void setLimits(int perHost, int overall);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace fi::net
