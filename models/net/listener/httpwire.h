#pragma once
/// @file httpwire.h
/// @brief The HTTP/1.1 wire format under fi::net::HttpListener: an incremental request parser
/// with hard limits over the nodejs http-parser 2.9 (libhttp-parser-dev), and the response
/// writer. No sockets and no Qt event loop: bytes in, a request (or a refusal) out — which is
/// also what makes it easy to fuzz.

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

struct http_parser;  // <http_parser.h> stays inside httpwire.cpp

namespace fi::net {

/// Header fields in the order received (names as sent) or to be sent.
using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

/// One complete HTTP/1.0 or HTTP/1.1 request, as the listener hands it to its handler.
struct HttpRequest {
    QByteArray method;  ///< "GET", "POST", … (http-parser's method names; unknown methods are refused)
    /// Request target without query and fragment, percent-encoding as sent (not decoded), e.g.
    /// "/items"; "*" for `OPTIONS *`. An absolute-form target (http://host/p) becomes its path.
    QByteArray path;
    QByteArray query;     ///< What followed '?' (without it), as sent; empty = none.
    HttpHeaders headers;  ///< Every header field in order; names as sent, values trimmed.
    QByteArray body;      ///< The body (de-chunked); at most Limits::maxBodyBytes bytes.
    QHostAddress peer;    ///< The client's address (always a loopback address).
    int httpMinorVersion = 1;  ///< 0 for HTTP/1.0, 1 for HTTP/1.1.

    /// The value of the first header field named @p name (ASCII case-insensitive); empty if none.
    QByteArray header(QByteArrayView name) const;
    /// Every value of the header fields named @p name (ASCII case-insensitive), in order.
    QList<QByteArray> headerValues(QByteArrayView name) const;
};

/// Incremental parser of one request at a time. Feed it bytes as they arrive; it consumes only
/// what belongs to the current request, pauses when the head is complete (so the caller can
/// refuse before any body byte is read, or send "100 Continue") and when the request is
/// complete (the bytes of a next request stay with the caller). It never holds more than
/// maxHeaderBytes of head plus maxBodyBytes of body.
class HttpRequestParser {
public:
    enum class State {
        Idle,          ///< No byte of a request yet.
        Head,          ///< Request line and header fields arriving.
        HeadComplete,  ///< Paused after a valid head; call continueBody() (or refuse).
        Body,          ///< Body arriving.
        Complete,      ///< Paused after a complete request: takeRequest(), then reset().
        Failed,        ///< Refused: errorStatus() and errorReason() say why. Answer and close.
    };

    /// At most this many header fields (431): bounds the per-field overhead of tiny fields.
    static constexpr int kMaxHeaderFields = 128;

    /// @param maxHeaderBytes request line + header fields incl. CRLFs, bytes (> 0). More = 431
    ///        (414 while no header field has begun).
    /// @param maxBodyBytes body after de-chunking, bytes (>= 0). More = 413, for a
    ///        Content-Length already at HeadComplete time, for a chunked body as it grows.
    /// @param loopbackHostOnly refuse (421) a Host header naming anything but 127.0.0.1,
    ///        localhost or [::1] (with any port): DNS rebinding protection.
    HttpRequestParser(int maxHeaderBytes, qint64 maxBodyBytes, bool loopbackHostOnly = true);
    ~HttpRequestParser();
    HttpRequestParser(const HttpRequestParser &) = delete;
    HttpRequestParser &operator=(const HttpRequestParser &) = delete;

    /// Parses up to @p size bytes at @p data and returns how many it consumed. It stops early
    /// (returning fewer) at HeadComplete, Complete and Failed; in those states it consumes
    /// nothing. Feed the unconsumed rest again after continueBody() / reset().
    qsizetype feed(const char *data, qsizetype size);
    /// At HeadComplete: go on with the body (the next feed() starts where the last one stopped).
    void continueBody();
    /// Forgets the current request and waits for the next one with (possibly new) limits.
    void reset(int maxHeaderBytes, qint64 maxBodyBytes, bool loopbackHostOnly);

    State state() const { return m_state; }
    /// From HeadComplete on: method, path, query, headers, version (body from Complete on).
    const HttpRequest &request() const { return m_request; }
    /// At Complete: the request (the parser keeps an empty one).
    HttpRequest takeRequest();
    /// From HeadComplete on: whether the connection may stay open after the response (HTTP
    /// version and the Connection header, RFC 9112 §9.3).
    bool keepAlive() const { return m_keepAlive; }
    /// From HeadComplete on: an HTTP/1.1 request with "Expect: 100-continue".
    bool expectsContinue() const { return m_expectContinue; }
    /// At Failed: the HTTP status to answer with (400, 413, 414, 417, 421, 431, 501, 505).
    int errorStatus() const { return m_errorStatus; }
    /// At Failed: a short, translated reason (for the JSON error body and the log).
    QString errorReason() const { return m_errorReason; }

private:
    friend struct ParserCallbacks;
    void fail(int status, const QString &reason);
    bool finishHead();  // on_headers_complete: validates; false = Failed

    std::unique_ptr<::http_parser> m_parser;
    int m_maxHeaderBytes;
    qint64 m_maxBodyBytes;
    bool m_loopbackHostOnly;
    State m_state = State::Idle;
    qint64 m_headBytes = 0;
    HttpRequest m_request;
    QByteArray m_target;
    bool m_inValue = false;    // the last header callback was a value (the next name starts a field)
    bool m_keepAlive = false;
    bool m_expectContinue = false;
    int m_errorStatus = 0;
    QString m_errorReason;
};

/// The bytes of one HTTP/1.1 response: status line, Content-Length (except for 204 and 304,
/// whose body is dropped), Content-Type (when @p contentType is non-empty and there is a body),
/// Connection (keep-alive or close), Date, the @p extra fields, then the body (left out when
/// @p omitBody, for HEAD). A status outside 200..599 becomes 500. Extra fields the writer owns
/// (Content-Length, Transfer-Encoding, Connection, Date, and Content-Type if @p contentType is
/// set) and fields with an invalid name or value (CR, LF, NUL: header injection) are dropped
/// with a warning.
QByteArray formatHttpResponse(int status, const QByteArray &body, const QByteArray &contentType,
                              const HttpHeaders &extra, bool omitBody, bool keepAlive);

/// `{"error":"<reason>"}` (JSON-escaped).
QByteArray httpErrorBody(const QString &reason);

/// Whether @p name is an RFC 9110 token (a valid field name).
bool isHttpToken(QByteArrayView name);
/// Whether @p value is a valid field value (no CTL other than HTAB, no surrounding whitespace
/// needed).
bool isHttpFieldValue(QByteArrayView value);

}  // namespace fi::net
