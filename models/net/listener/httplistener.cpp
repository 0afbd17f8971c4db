#include "net/listener/httplistener.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QtDebug>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace fi::net {

namespace {
constexpr qsizetype kReadChunk = 16 * 1024;       // bytes handed to the parser at once
constexpr qint64 kReadBufferBytes = 64 * 1024;    // QTcpSocket's buffer; the kernel holds the rest
constexpr qint64 kMaxUnsentBytes = 256 * 1024;    // no next request while more of the answers is unsent
constexpr int kLingerMs = 2000;                   // draining after an answer that closes

QString text(const char *source)
{
    return QCoreApplication::translate("fi::net::HttpListener", source);
}
}  // namespace

/// What a Responder's copies share.
struct Responder::State {
    QPointer<HttpConnection> connection;
    quint64 sequence = 0;  // the connection's request number this answers
    QThread *thread = nullptr;
    bool responded = false;
    ~State();
};

/// One accepted connection: drives the parser from readyRead, one request at a time, answers,
/// and closes gracefully (shut down sending, drain input) when done or refused.
class HttpConnection : public QObject {
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, HttpListener *listener, bool counted)
        : QObject(listener), m_listener(listener), m_socket(socket), m_timer(new QTimer(this)),
          m_parser(listener->m_limits.maxHeaderBytes, listener->m_limits.maxBodyBytes,
                   listener->m_limits.loopbackHostOnly),
          m_peer(socket->peerAddress()), m_counted(counted)
    {
        socket->setParent(this);
        socket->setReadBufferSize(kReadBufferBytes);  // back-pressure instead of buffering
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
        connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
        connect(socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
        connect(socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
        connect(socket, &QTcpSocket::errorOccurred, this, &HttpConnection::onError);
    }

    bool counted() const { return m_counted; }

    /// Starts serving requests.
    void start()
    {
        m_timer->start(m_listener->m_limits.idleTimeoutMs);
        pump();
    }

    /// Answers @p status at once (without reading) and closes.
    void reject(int status, const QString &reason, const HttpHeaders &extra) { fail(status, reason, extra); }

    /// The listener closes: drop the connection now, without an answer.
    void dropNow()
    {
        if (m_phase == Phase::Closed)
            return;
        m_phase = Phase::Closed;
        m_timer->stop();
        m_socket->disconnect(this);
        m_socket->abort();
        deleteLater();
    }

    bool awaits(quint64 sequence) const { return m_phase == Phase::Handling && sequence == m_sequence; }

    /// Responder::respond() for request @p sequence.
    void answer(quint64 sequence, int status, const QByteArray &body, const QByteArray &contentType,
                const HttpHeaders &extraHeaders)
    {
        if (!awaits(sequence))
            return;
        bool close = !m_keepAlive || !m_listener->isListening();
        HttpHeaders extra;
        extra.reserve(extraHeaders.size());
        for (const auto &field : extraHeaders) {
            if (field.first.compare("Connection", Qt::CaseInsensitive) == 0)
                close = close || field.second.trimmed().compare("close", Qt::CaseInsensitive) == 0;
            else
                extra.append(field);
        }
        m_socket->write(formatHttpResponse(status, body, contentType, extra, m_headRequest, !close));
        if (close) {
            beginClose();
            return;
        }
        const HttpListener::Limits &limits = m_listener->m_limits;
        m_parser.reset(limits.maxHeaderBytes, limits.maxBodyBytes, limits.loopbackHostOnly);
        m_phase = Phase::Idle;
        m_timer->start(limits.idleTimeoutMs);
        // Bytes of a next request may be buffered already: no readyRead() will come for them.
        // (Queued, not called: an answer given inside the handler would recurse; there the running
        // pump() goes on by itself and this one finds nothing left.)
        QMetaObject::invokeMethod(this, &HttpConnection::pump, Qt::QueuedConnection);
    }

    /// Every Responder copy of request @p sequence is gone without an answer.
    void unanswered(quint64 sequence)
    {
        if (awaits(sequence))
            fail(500, text(QT_TRANSLATE_NOOP("fi::net::HttpListener", "The request was not answered")));
    }

private:
    enum class Phase {
        Idle,      ///< Waiting for the first byte of a request (idle timeout).
        Reading,   ///< A request arriving (request timeout).
        Handling,  ///< The handler has the request (handler timeout); input stays unread.
        Closing,   ///< Answer written or being written; sending shut down; input drained (linger).
        Closed,    ///< Gone; deleteLater() called.
    };

    void onReadyRead()
    {
        if (m_phase == Phase::Closing)
            drain();
        else
            pump();
    }

    /// Feeds what is buffered and readable to the parser, as long as a request is being read.
    void pump()
    {
        const QPointer<HttpConnection> self(this);
        while (self && (m_phase == Phase::Idle || m_phase == Phase::Reading)) {
            if (m_socket->bytesToWrite() > kMaxUnsentBytes)
                return;  // the client does not read its answers: bytesWritten() resumes
            if (m_inputPos >= m_input.size()) {
                m_input = m_socket->read(kReadChunk);
                m_inputPos = 0;
                if (m_input.isEmpty())
                    return;
            }
            if (m_phase == Phase::Idle) {
                m_phase = Phase::Reading;
                m_timer->start(m_listener->m_limits.requestTimeoutMs);
            }
            const qsizetype used = m_parser.feed(m_input.constData() + m_inputPos, m_input.size() - m_inputPos);
            m_inputPos += used;
            switch (m_parser.state()) {
            case HttpRequestParser::State::HeadComplete:
                onHeadComplete();
                break;
            case HttpRequestParser::State::Complete:
                dispatch();  // may answer (and close) at once, or even destroy the listener's state
                break;
            case HttpRequestParser::State::Failed:
                fail(m_parser.errorStatus(), m_parser.errorReason());
                return;
            default:
                if (used == 0 && m_inputPos < m_input.size())
                    return;  // (cannot happen: the parser consumes or changes state)
                break;
            }
        }
    }

    void onHeadComplete()
    {
        if (!m_listener->takeToken()) {
            fail(429, text(QT_TRANSLATE_NOOP("fi::net::HttpListener", "Too many requests")), {{"Retry-After", "1"}});
            return;
        }
        if (m_parser.expectsContinue())
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        m_parser.continueBody();
    }

    void dispatch()
    {
        m_phase = Phase::Handling;
        m_timer->start(m_listener->m_limits.handlerTimeoutMs);
        HttpRequest request = m_parser.takeRequest();
        request.peer = m_peer;
        m_keepAlive = m_parser.keepAlive();
        m_headRequest = request.method == "HEAD";
        auto state = std::make_shared<Responder::State>();
        state->connection = this;
        state->sequence = ++m_sequence;
        state->thread = thread();
        const HttpListener::Handler handler = m_listener->handler();  // (it may replace itself)
        if (!handler) {
            fail(503, text(QT_TRANSLATE_NOOP("fi::net::HttpListener", "Not accepting requests")));
            return;
        }
        handler(request, Responder(std::move(state)));
    }

    /// Answers an error (JSON body) and closes; reported by HttpListener::refused().
    void fail(int status, const QString &reason, const HttpHeaders &extra = {})
    {
        if (m_phase == Phase::Closing || m_phase == Phase::Closed)
            return;
        const bool head = m_phase == Phase::Handling ? m_headRequest : m_parser.request().method == "HEAD";
        m_listener->reportRefused(m_peer, status, reason);
        m_socket->write(formatHttpResponse(status, httpErrorBody(reason), "application/json", extra, head, false));
        beginClose();
    }

    /// Lingering close: once the answer is out, shut down sending (the client sees the end),
    /// then discard input until the client closes or kLingerMs passed — closing with unread
    /// input would send a reset, which can destroy the answer before the client reads it.
    void beginClose()
    {
        m_phase = Phase::Closing;
        m_timer->start(kLingerMs);
        m_input.clear();
        m_inputPos = 0;
        if (m_socket->bytesToWrite() == 0)
            shutdownSending();
        drain();
    }

    void shutdownSending()
    {
        if (m_sendingShut)
            return;
        m_sendingShut = true;
        const qintptr descriptor = m_socket->socketDescriptor();
        if (descriptor == -1)
            return;
#ifdef Q_OS_WIN
        ::shutdown(SOCKET(descriptor), SD_SEND);
#else
        ::shutdown(int(descriptor), SHUT_WR);
#endif
    }

    void drain()
    {
        while (m_socket->bytesAvailable() > 0)
            m_socket->skip(m_socket->bytesAvailable());
    }

    void onBytesWritten()
    {
        if (m_phase == Phase::Closing) {
            if (m_socket->bytesToWrite() == 0)
                shutdownSending();
            return;
        }
        if (m_phase == Phase::Idle) {
            m_timer->start(m_listener->m_limits.idleTimeoutMs);  // the client reads a long answer
            pump();
        } else if (m_phase == Phase::Reading) {
            pump();
        }
    }

    void onTimeout()
    {
        const HttpListener::Limits &limits = m_listener->m_limits;
        switch (m_phase) {
        case Phase::Idle:
            beginClose();  // silently
            break;
        case Phase::Reading:
            fail(408, text(QT_TRANSLATE_NOOP("fi::net::HttpListener", "Request not complete within %1 ms"))
                          .arg(limits.requestTimeoutMs));
            break;
        case Phase::Handling:
            fail(503, text(QT_TRANSLATE_NOOP("fi::net::HttpListener", "No answer within %1 ms"))
                          .arg(limits.handlerTimeoutMs),
                 {{"Retry-After", "1"}});
            break;
        case Phase::Closing:
            m_socket->abort();
            finish();
            break;
        case Phase::Closed:
            break;
        }
    }

    void onError()
    {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            finish();
    }

    /// The socket is closed: free everything (the Responders of a pending request go stale).
    void finish()
    {
        if (m_phase == Phase::Closed)
            return;
        m_phase = Phase::Closed;
        m_timer->stop();
        m_listener->connectionFinished(this);
        deleteLater();
    }

    HttpListener *m_listener;  // parent
    QTcpSocket *m_socket;      // child
    QTimer *m_timer;           // child: the deadline of the current phase
    HttpRequestParser m_parser;
    QByteArray m_input;  // the last chunk read; [m_inputPos, end) not yet consumed
    qsizetype m_inputPos = 0;
    QHostAddress m_peer;
    Phase m_phase = Phase::Idle;
    quint64 m_sequence = 0;
    bool m_keepAlive = false;
    bool m_headRequest = false;
    bool m_counted;
    bool m_sendingShut = false;
};

Responder::State::~State()
{
    if (!responded && thread == QThread::currentThread()) {
        if (HttpConnection *c = connection.data())
            c->unanswered(sequence);
    }
}

void Responder::respond(int status, const QByteArray &body, const QByteArray &contentType,
                        const HttpHeaders &extraHeaders) const
{
    if (!d)
        return;
    if (QThread::currentThread() != d->thread) {
        qWarning("fi::net::Responder::respond() called from another thread than the listener's: ignored");
        return;
    }
    if (d->responded) {
        qWarning("fi::net::Responder::respond() called twice: ignored");
        return;
    }
    d->responded = true;
    if (HttpConnection *c = d->connection.data())
        c->answer(d->sequence, status, body, contentType, extraHeaders);
}

bool Responder::isPending() const
{
    if (!d || d->responded || QThread::currentThread() != d->thread)
        return false;
    const HttpConnection *c = d->connection.data();
    return c && c->awaits(d->sequence);
}

HttpListener::HttpListener(QObject *parent) : HttpListener(Limits{}, parent) {}

HttpListener::HttpListener(const Limits &limits, QObject *parent)
    : QObject(parent), m_server(new QTcpServer(this))
{
    setLimits(limits);
    m_clock.start();
    connect(m_server, &QTcpServer::newConnection, this, &HttpListener::onNewConnection);
}

HttpListener::~HttpListener()
{
    close();
}

void HttpListener::setLimits(const Limits &limits)
{
    const Limits defaults;
    m_limits = limits;
    const auto positive = [](auto &value, auto fallback, const char *name) {
        if (value <= 0) {
            qWarning("fi::net::HttpListener: %s must be positive; using the default", name);
            value = fallback;
        }
    };
    positive(m_limits.maxHeaderBytes, defaults.maxHeaderBytes, "maxHeaderBytes");
    positive(m_limits.maxBodyBytes, defaults.maxBodyBytes, "maxBodyBytes");
    positive(m_limits.requestTimeoutMs, defaults.requestTimeoutMs, "requestTimeoutMs");
    positive(m_limits.idleTimeoutMs, defaults.idleTimeoutMs, "idleTimeoutMs");
    positive(m_limits.handlerTimeoutMs, defaults.handlerTimeoutMs, "handlerTimeoutMs");
    positive(m_limits.maxConnections, defaults.maxConnections, "maxConnections");
    positive(m_limits.burst, defaults.burst, "burst");
    m_tokens = qMin(m_tokens, double(m_limits.burst));
}

void HttpListener::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

bool HttpListener::listen(quint16 port, QString *error)
{
    if (m_server->isListening()) {
        if (error)
            *error = text(QT_TRANSLATE_NOOP("fi::net::HttpListener", "Already listening"));
        return false;
    }
    if (!m_server->listen(QHostAddress(QHostAddress::LocalHost), port)) {
        if (error)
            *error = m_server->errorString();
        return false;
    }
    return true;
}

bool HttpListener::isListening() const
{
    return m_server->isListening();
}

quint16 HttpListener::port() const
{
    return m_server->isListening() ? m_server->serverPort() : 0;
}

QHostAddress HttpListener::serverAddress() const
{
    return m_server->serverAddress();
}

void HttpListener::close()
{
    m_server->close();
    const QList<HttpConnection *> connections = std::exchange(m_connections, {});
    for (HttpConnection *connection : connections)
        connection->dropNow();
}

int HttpListener::connectionCount() const
{
    return int(std::count_if(m_connections.cbegin(), m_connections.cend(),
                             [](const HttpConnection *c) { return c->counted(); }));
}

void HttpListener::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (!socket->peerAddress().isLoopback()) {  // (cannot happen on 127.0.0.1)
            socket->abort();
            socket->deleteLater();
            continue;
        }
        const int open = connectionCount();
        if (open < m_limits.maxConnections) {
            auto *connection = new HttpConnection(socket, this, true);
            m_connections.append(connection);
            connection->start();
            continue;
        }
        const QString reason = text(QT_TRANSLATE_NOOP("fi::net::HttpListener", "Too many connections (%1)"))
                                   .arg(m_limits.maxConnections);
        if (m_connections.size() - open >= m_limits.maxConnections) {  // refusing that many already
            reportRefused(socket->peerAddress(), 503, reason);
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto *connection = new HttpConnection(socket, this, false);
        m_connections.append(connection);
        connection->reject(503, reason, {{"Retry-After", "1"}});
    }
}

bool HttpListener::takeToken()
{
    if (m_limits.requestsPerSecond <= 0)
        return true;
    const qint64 now = m_clock.nsecsElapsed();
    if (m_tokensAtNs < 0)
        m_tokens = m_limits.burst;
    else
        m_tokens = qMin(double(m_limits.burst),
                        m_tokens + double(now - m_tokensAtNs) * 1e-9 * m_limits.requestsPerSecond);
    m_tokensAtNs = now;
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

void HttpListener::connectionFinished(HttpConnection *connection)
{
    m_connections.removeOne(connection);
}

void HttpListener::reportRefused(const QHostAddress &peer, int status, const QString &reason)
{
    Q_EMIT refused(peer, status, reason);
}

}  // namespace fi::net

#include "httplistener.moc"
