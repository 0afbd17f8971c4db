#pragma once
/// @file rawhttpclient.h
/// @brief A byte-level HTTP client for tests of the loopback listener (tst_httplistener,
/// tst_webhook): what is sent is exactly the bytes given, answers are parsed from what comes back.
/// Runs on the test's event loop (QTest::qWait); one thread.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpSocket>

#include <optional>

namespace fi::test {

/// One HTTP response as a client sees it.
struct RawResponse {
    int status = 0;                                ///< 0 = none (timeout, connection lost)
    QList<QPair<QByteArray, QByteArray>> headers;  ///< as received, in order
    QByteArray body;
    /// The first header named @p name (ASCII case-insensitive); empty if none.
    QByteArray header(QByteArrayView name) const;
    QJsonObject json() const;
    QString reason() const;  ///< json()["error"]
    qint64 id() const;       ///< json()["id"]
};

/// Takes one complete response (after any 1xx) off the front of @p buffer; nullopt = incomplete.
std::optional<RawResponse> takeRawResponse(QByteArray &buffer);

/// A raw client connected to 127.0.0.1:port.
class RawHttpClient : public QObject {
public:
    explicit RawHttpClient(quint16 port);
    bool waitConnected(int ms = 10000);
    void send(const QByteArray &bytes) { socket.write(bytes); }
    /// The next complete response, waiting up to @p ms; nullopt when the connection closed or time ran out.
    std::optional<RawResponse> response(int ms = 15000);
    bool waitClosed(int ms = 5000);

    QTcpSocket socket;
    QByteArray buffer;
    bool closed = false;
};

} // namespace fi::test
