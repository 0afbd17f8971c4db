#include "rawhttpclient.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QTest>

namespace fi::test {

QByteArray RawResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QJsonObject RawResponse::json() const { return QJsonDocument::fromJson(body).object(); }
QString RawResponse::reason() const { return json().value(QLatin1String("error")).toString(); }
qint64 RawResponse::id() const { return json().value(QLatin1String("id")).toInteger(); }

std::optional<RawResponse> takeRawResponse(QByteArray &buffer)
{
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return std::nullopt;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        RawResponse r;
        r.status = lines.first().split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            r.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
        }
        if (r.status >= 100 && r.status < 200) {
            buffer.remove(0, end + 4);
            continue;
        }
        const qsizetype length = r.header("Content-Length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return std::nullopt;
        r.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        return r;
    }
}

RawHttpClient::RawHttpClient(quint16 port)
{
    connect(&socket, &QTcpSocket::readyRead, this, [this] { buffer += socket.readAll(); });
    connect(&socket, &QTcpSocket::disconnected, this, [this] {
        if (socket.isReadable())
            buffer += socket.readAll();
        closed = true;
    });
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
}

bool RawHttpClient::waitConnected(int ms)
{
    const QDeadlineTimer deadline(ms);
    while (socket.state() != QAbstractSocket::ConnectedState && !deadline.hasExpired())
        QTest::qWait(5);
    return socket.state() == QAbstractSocket::ConnectedState;
}

std::optional<RawResponse> RawHttpClient::response(int ms)
{
    const QDeadlineTimer deadline(ms);
    for (;;) {
        if (auto r = takeRawResponse(buffer))
            return r;
        if (closed || deadline.hasExpired())
            return std::nullopt;
        QTest::qWait(5);
    }
}

bool RawHttpClient::waitClosed(int ms)
{
    const QDeadlineTimer deadline(ms);
    while (!closed && !deadline.hasExpired())
        QTest::qWait(5);
    return closed;
}

} // namespace fi::test
