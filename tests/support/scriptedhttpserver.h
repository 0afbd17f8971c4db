#pragma once
/// @file scriptedhttpserver.h
/// @brief Test fixture: a scripted HTTP/1.1 server on 127.0.0.1 (tests/support/scriptedhttpserver.py,
/// run with /usr/bin/python3) that replays canned responses and records every request, for tests
/// of REST API clients (the GitHub notifications client).
///
/// The script is a list of routes (method + path) with a list of responses each; the n-th request
/// matching a route gets its n-th response, the last one repeating. The server re-reads the script
/// on every request, so a test may call setScript() between steps; a route whose content changes
/// starts counting again. "{PORT}" in header values and bodies becomes the server's port, for
/// absolute URLs in Link headers. No match answers 404 {"message":"Not Found"}. See the script
/// for the details.
///
/// Not thread-safe; use from the test thread. The destructor kills the server.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace fi::test {

class ScriptedHttpServer {
public:
    /// One request as the server received it.
    struct Request {
        qint64 atMs = 0;                  ///< When its request line arrived (ms since the epoch).
        QString method;                   ///< "GET", "PATCH", …
        QString path;                     ///< The request target, query included ("/a?b=c").
        QMap<QString, QString> headers;   ///< Lower-case name → value (repeats joined with ", ").
        QByteArray body;                  ///< The request body (UTF-8; invalid bytes replaced).
        /// The value of header @p name (any case), or a null string when absent.
        QString header(const QString &name) const { return headers.value(name.toLower()); }
    };

    ScriptedHttpServer();
    ~ScriptedHttpServer();
    ScriptedHttpServer(const ScriptedHttpServer &) = delete;
    ScriptedHttpServer &operator=(const ScriptedHttpServer &) = delete;

    /// Start and wait (≤ 10 s) until it listens. Without a previous setScript() the script is
    /// empty (every request gets 404). @return false with a reason in error().
    bool start();
    void stop();
    quint16 port() const { return m_port; }
    QString error() const { return m_error; }

    /// http://127.0.0.1:<port><pathAndQuery>; a missing leading '/' is added, and a '?' starts
    /// the query.
    QUrl url(const QString &pathAndQuery) const;

    /// Replace the script by {"routes": @p routes}, atomically (the server may be reading it).
    /// Works before and after start(). @return success (else a reason in error()).
    bool setScript(const QJsonArray &routes);
    /// A response for route(): {"status", "body", "headers"}. Further keys the script knows
    /// ("delay_ms", "body_bytes" instead of "body") can be added to the returned object.
    static QJsonObject response(int status, const QByteArray &body, const QMap<QString, QString> &headers = {});
    /// A route: @p method ("*" for any) and @p path (with a '?': path and query must match
    /// exactly; without: the path only, any query) answered by @p responses in turn.
    static QJsonObject route(const QString &method, const QString &path, const QJsonArray &responses);

    /// Every request since start() or the last clearRequests(), oldest first.
    QList<Request> requests() const;
    /// The requests with method @p method (exactly) whose path starts with @p pathPrefix.
    QList<Request> requestsFor(const QString &method, const QString &pathPrefix) const;
    /// Forget the requests so far: later requests() return only newer ones.
    void clearRequests();

private:
    QString logPath() const;
    QString scriptPath() const;
    /// The complete lines of the log from m_logOffset on, and the offset after the last one.
    QByteArray readLog(qint64 *end = nullptr) const;

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
    qint64 m_logOffset = 0;
};

} // namespace fi::test
