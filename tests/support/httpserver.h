#pragma once
/// @file httpserver.h
/// @brief Test fixture: a real HTTP/1.1 server on 127.0.0.1 (tests/support/httpserver.py, run with
/// /usr/bin/python3) serving files from a temporary document root with ETag / Last-Modified and
/// conditional GET, plus the hostile routes the feed tests need (a redirect loop, a response that
/// never ends, a server that never answers, 100 MB, 429 with Retry-After; see the script).
///
/// Not thread-safe; use from the test thread. The destructor kills the server.

#include <QByteArray>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace fi::test {

class HttpServer {
public:
    /// @p gzip: gzip bodies for clients that accept it.
    explicit HttpServer(bool gzip = false);
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    /// Start and wait (≤ 10 s) until it listens. @return false with a reason in error().
    bool start();
    void stop();
    quint16 port() const { return m_port; }
    QString error() const { return m_error; }

    /// The document root (files written here are served at "/<relative path>").
    QString root() const { return m_dir.filePath(QStringLiteral("root")); }
    /// http://127.0.0.1:<port>/<path> (path without a leading slash is fine).
    QUrl url(const QString &path) const;
    /// Write @p body to root()/@p path (directories made), with optional extra response headers
    /// (the ".headers" sidecar: name → value; "Status" sets the status). @return success.
    bool put(const QString &path, const QByteArray &body, const QMap<QString, QString> &headers = {});
    /// Bump the file's mtime (and so Last-Modified) by @p seconds.
    bool touch(const QString &path, int seconds);

    /// Every request so far: "REQ <method> <path> inm=<…> ims=<…> ae=<…>", oldest first.
    QStringList requests() const;
    /// Requests whose path is @p path (exactly, query included).
    QStringList requestsFor(const QString &path) const;

private:
    bool m_gzip;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace fi::test
