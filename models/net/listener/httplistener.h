#pragma once
/// @file httplistener.h
/// @brief A small, strict HTTP/1.1 server on 127.0.0.1 for local scripts (the webhook source):
/// event-driven on the thread that creates it, every request bounded in size, time and rate,
/// answered by a handler that may respond later. It knows nothing about what it serves.
///
/// Why not QtHttpServer (6.4): it buffers whole bodies before any check and has no timeouts.
/// The parser is the nodejs http-parser 2.9 (libhttp-parser-dev), fed as bytes arrive
/// (httpwire.h).

#include "net/listener/httpwire.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QTcpServer;

namespace fi::net {

class HttpConnection;

/// The way to answer one request. A copyable handle: copies share one answer; the first
/// respond() wins, later ones are ignored (with a warning).
///
/// respond() must be called on the listener's thread (post back to it from a worker, e.g. with
/// QMetaObject::invokeMethod(listener, …)); it may be called long after the handler returned.
/// If the connection died meanwhile (client gone, request timed out, listener closed or
/// destroyed), it does nothing. If the last copy is destroyed on the listener's thread without
/// an answer, the listener answers 500 itself (elsewhere, the handler timeout answers 503).
class Responder {
public:
    Responder() = default;  ///< A null responder: respond() does nothing.

    /// Sends the response. @p status 200..599 (else 500 is sent); @p body is sent with its
    /// Content-Length (dropped for 204/304 and HEAD requests); @p contentType is left out when
    /// empty or the body is. @p extraHeaders are added as given, except fields the listener
    /// owns (Content-Length, Transfer-Encoding, Connection, Date) and invalid ones (CR/LF/NUL),
    /// which are dropped with a warning; "Connection: close" in them closes the connection after
    /// this response.
    void respond(int status, const QByteArray &body, const QByteArray &contentType = "application/json",
                 const HttpHeaders &extraHeaders = {}) const;
    /// Whether the request still waits for this answer (not answered, connection alive, same
    /// request). Listener's thread only.
    bool isPending() const;

private:
    friend class HttpConnection;
    struct State;
    explicit Responder(std::shared_ptr<State> state) : d(std::move(state)) {}
    std::shared_ptr<State> d;
};

/// The listener. Create it on the thread whose event loop should serve it (the GUI thread in the
/// app); all socket I/O is non-blocking on that thread. Destroying it (or close()) drops every
/// connection at once; pending Responders then do nothing.
///
/// What it answers itself, without calling the handler, each time followed by closing the
/// connection (after writing, the sending side is shut down and unread input is drained for at
/// most 2 s, so the client reads the answer instead of a reset):
///  - 400 malformed request (the reason names http-parser's error), missing or repeated Host,
///    invalid target or header field, Transfer-Encoding in HTTP/1.0;
///  - 408 request not complete within requestTimeoutMs (slowloris: answered, then dropped);
///  - 413 body over maxBodyBytes: a Content-Length at once, before any body byte is read; a
///    chunked body as soon as it grows past the limit;
///  - 414 / 431 request line / header section over maxHeaderBytes (431 also: > 128 fields);
///  - 417 an Expect other than 100-continue (which is answered "100 Continue");
///  - 421 a Host other than loopback (when loopbackHostOnly: DNS rebinding);
///  - 429 with Retry-After: 1 when the rate limit is exhausted;
///  - 501 CONNECT, a Transfer-Encoding other than one "chunked";
///  - 503 more than maxConnections connections (Retry-After: 1), no handler set, or the
///    handler did not answer within handlerTimeoutMs;
///  - 505 HTTP versions other than 1.0 and 1.1;
///  - 500 when every copy of a request's Responder was dropped unanswered (see Responder).
/// Error bodies are JSON: {"error": "<reason>"}; each refusal is also reported by refused().
///
/// One request at a time per connection: the next request's bytes stay unread until the answer
/// is written (pipelined requests are answered in order, one after the other). Keep-alive per
/// HTTP/1.0 and 1.1 rules; "Connection: close" is honoured. A client that half-closes its side
/// (shutdown(SHUT_WR)) is treated as gone (Qt closes the socket): its request is dropped.
class HttpListener : public QObject {
    Q_OBJECT
public:
    /// Bounds. Non-positive sizes and times are replaced by the defaults (with a warning). The
    /// timeouts are coarse timers (they may fire up to 5 % early or late).
    struct Limits {
        int maxHeaderBytes = 16 * 1024;     ///< Request line + header fields, bytes (414/431).
        qint64 maxBodyBytes = 1024 * 1024;  ///< Body after de-chunking, bytes (413).
        /// Whole request, from its first byte to its last body byte, ms (a client sending 1 byte/s
        /// is answered 408 and dropped: slowloris).
        int requestTimeoutMs = 10000;
        int idleTimeoutMs = 30000;     ///< Keep-alive connection without a request, ms (closed silently).
        int handlerTimeoutMs = 30000;  ///< Handler's answer, from the complete request, ms (503).
        int maxConnections = 32;       ///< Open connections; the next ones get 503 and are closed.
        /// Token bucket over all clients: requests per second (≤ 0 = no rate limit) …
        double requestsPerSecond = 10;
        int burst = 20;  ///< … and how many may come at once (bucket size, ≥ 1).
        bool loopbackHostOnly = true;  ///< Refuse (421) a Host other than 127.0.0.1/localhost/[::1].
    };
    /// Called on the listener's thread for each complete, accepted request.
    using Handler = std::function<void(const HttpRequest &request, Responder responder)>;

    explicit HttpListener(QObject *parent = nullptr);
    explicit HttpListener(const Limits &limits, QObject *parent = nullptr);
    ~HttpListener() override;

    /// New limits apply to requests that start afterwards.
    void setLimits(const Limits &limits);
    Limits limits() const { return m_limits; }
    /// The handler of accepted requests (replaceable at any time). Without one, requests get
    /// 503. Neither the handler nor a slot of refused() may destroy the listener synchronously
    /// (use deleteLater()).
    void setHandler(Handler handler);

    /// Starts listening on 127.0.0.1 (QHostAddress::LocalHost) only, on @p port (0 = any free
    /// port; see port()). Returns false with a reason in @p error (if given) when the port is
    /// taken, not allowed, or it already listens.
    bool listen(quint16 port, QString *error = nullptr);
    bool isListening() const;
    quint16 port() const;                ///< The bound port; 0 when not listening.
    QHostAddress serverAddress() const;  ///< 127.0.0.1 while listening.
    /// Stops listening and drops every connection (no answers; pending Responders do nothing).
    void close();
    int connectionCount() const;  ///< Open connections (those counted for maxConnections).

Q_SIGNALS:
    /// The listener refused a request or connection with @p status (see the class comment),
    /// for the app's log. @p reason is short and translated; never contains request bytes
    /// beyond http-parser's error name.
    void refused(const QHostAddress &peer, int status, const QString &reason);

private:
    friend class HttpConnection;
    void onNewConnection();
    /// Takes a token for one request; false = rate limit exhausted.
    bool takeToken();
    void connectionFinished(HttpConnection *connection);
    const Handler &handler() const { return m_handler; }
    void reportRefused(const QHostAddress &peer, int status, const QString &reason);

    Limits m_limits;
    Handler m_handler;
    QTcpServer *m_server;
    QList<HttpConnection *> m_connections;  // every open one, also those being refused with 503
    double m_tokens = 0;
    qint64 m_tokensAtNs = -1;  // m_clock.nsecsElapsed() of the last refill; -1 = bucket full
    QElapsedTimer m_clock;
};

}  // namespace fi::net
