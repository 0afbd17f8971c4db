#include "focus/instancechannel.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QLockFile>
#include <QTimer>

#include "platformfeatures.h"

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace fi {

namespace {

constexpr int kServeTimeoutMs = 5000;            ///< A connection that sends no full line by then is dropped.
constexpr qsizetype kMaxUnixSocketPathBytes = 107;  ///< sizeof(sockaddr_un::sun_path) - 1 on Linux.

/// $XDG_RUNTIME_DIR when it is what the spec promises: a directory of ours, mode 0700.
QString privateRuntimeDir()
{
    const QString dir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (dir.isEmpty() || !QDir::isAbsolutePath(dir))
        return {};
#ifdef Q_OS_UNIX
    struct stat st {};
    if (::stat(QFile::encodeName(dir).constData(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::geteuid()
        || (st.st_mode & 077) != 0)
        return {};
#endif
    return dir;
}

uint effectiveUid()
{
#ifdef Q_OS_UNIX
    return uint(::geteuid());
#else
    return 0;
#endif
}

} // namespace

QString instanceSocketPath(const QString &dataDir, QString *error)
{
    const QFileInfo info(dataDir);
    const QString canonical = info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8() + '\0' + QByteArray::number(effectiveUid()),
                                                     QCryptographicHash::Sha256)
                                .toHex();
    const QString name = QStringLiteral("focusinbox-") + QString::fromLatin1(hash.left(24)) + QStringLiteral(".sock");
    for (const QString &dir : {privateRuntimeDir(), canonical}) {
        if (dir.isEmpty())
            continue;
        const QString path = QDir(dir).filePath(name);
        if (QFile::encodeName(path).size() <= kMaxUnixSocketPathBytes)
            return path;
    }
    if (error)
        *error = QCoreApplication::translate("fi::InstanceChannel",
                                             "No place for the single-instance socket: $XDG_RUNTIME_DIR is not set (or not "
                                             "private) and the data directory's path %1 is too long for a socket.")
                     .arg(QDir::toNativeSeparators(canonical));
    return {};
}

bool peerIsSameUser(const QLocalSocket &socket)
{
#if FI_HAVE_SO_PEERCRED
    const qintptr fd = socket.socketDescriptor();
    if (fd < 0)
        return false;
    struct ucred cred {};
    socklen_t len = sizeof(cred);
    if (::getsockopt(int(fd), SOL_SOCKET, SO_PEERCRED, &cred, &len) != 0 || len != sizeof(cred))
        return false;
    return cred.uid == ::geteuid();
#else
    Q_UNUSED(socket);
    return true;
#endif
}

std::optional<QJsonObject> sendToInstance(const QString &dataDir, const InstanceRequest &request, int timeoutMs)
{
    const QString path = instanceSocketPath(dataDir);
    if (path.isEmpty())
        return std::nullopt;
    const QDeadlineTimer deadline(timeoutMs);
    auto left = [&] { return int(std::max<qint64>(1, deadline.remainingTime())); };
    QLocalSocket socket;
    socket.setReadBufferSize(kMaxInstanceLineBytes + 2);
    socket.connectToServer(path);
    if (!socket.waitForConnected(left()))
        return std::nullopt;
    if (!peerIsSameUser(socket)) {
        qWarning("Focus Inbox: the instance socket %s belongs to another user; not talking to it", qPrintable(path));
        return std::nullopt;
    }
    socket.write(request.toLine());
    if (!socket.waitForBytesWritten(left()))
        return std::nullopt;
    while (!socket.canReadLine()) {
        if (socket.bytesAvailable() > kMaxInstanceLineBytes || deadline.hasExpired() || !socket.waitForReadyRead(left()))
            return std::nullopt;
    }
    return parseInstanceReply(socket.readLine(kMaxInstanceLineBytes + 2), nullptr);
}

InstanceLock::Result InstanceLock::tryAcquire(const QString &dataDir, std::unique_ptr<InstanceLock> *lock, QString *error)
{
    const QString socketPath = instanceSocketPath(dataDir, error);
    if (socketPath.isEmpty())
        return Result::Failed;
    const QString lockPath = socketPath + QStringLiteral(".lock");
    std::unique_ptr<InstanceLock> held(new InstanceLock(socketPath));
#if FI_HAVE_FLOCK
    auto failed = [&](int e) {
        if (error)
            *error = QCoreApplication::translate("fi::InstanceChannel", "Cannot take the single-instance lock %1: %2")
                         .arg(QDir::toNativeSeparators(lockPath), QString::fromLocal8Bit(std::strerror(e)));
        return Result::Failed;
    };
    const int fd = ::open(QFile::encodeName(lockPath).constData(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return failed(errno);
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != ::geteuid()) {
        ::close(fd);
        return failed(EPERM);
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int e = errno;
        ::close(fd);
        if (e == EWOULDBLOCK)
            return Result::HeldByOther;
        return failed(e);
    }
    held->m_fd = fd;
#else
    // QLockFile (Windows, the portable build): the file names the holder's process id; a lock
    // whose process is gone is stale and taken over. Never stale by age: an instance runs for days.
    auto file = std::make_unique<QLockFile>(lockPath);
    file->setStaleLockTime(0);
    if (!file->tryLock(0)) {
        if (file->error() == QLockFile::LockFailedError)
            return Result::HeldByOther;
        if (error)
            *error = QCoreApplication::translate("fi::InstanceChannel", "Cannot take the single-instance lock %1: %2")
                         .arg(QDir::toNativeSeparators(lockPath),
                              file->error() == QLockFile::PermissionError
                                  ? QCoreApplication::translate("fi::InstanceChannel", "permission denied")
                                  : QCoreApplication::translate("fi::InstanceChannel", "unknown error"));
        return Result::Failed;
    }
    held->m_lockFile = std::move(file);
#endif
    *lock = std::move(held);
    return Result::Acquired;
}

InstanceLock::InstanceLock(QString socketPath) : m_socketPath(std::move(socketPath)) {}

InstanceLock::~InstanceLock()
{
#if FI_HAVE_FLOCK
    if (m_fd >= 0)
        ::close(m_fd);  // releases the flock
#endif
    // m_lockFile (QLockFile) unlocks and removes its file when destroyed.
}

InstanceServer::InstanceServer(const InstanceLock &lock, Handler handler, QObject *parent)
    : QObject(parent), m_path(lock.socketPath()), m_handler(std::move(handler))
{
}

InstanceServer::~InstanceServer()
{
    if (m_server)
        m_server->close();  // removes the socket file
}

bool InstanceServer::listen(QString *error)
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // We hold the lock, so a socket file here was left by a crashed holder.
    QLocalServer::removeServer(m_path);
    if (!m_server->listen(m_path)) {
        if (error)
            *error = QCoreApplication::translate("fi::InstanceChannel", "Cannot listen on %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), m_server->errorString());
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &InstanceServer::onNewConnection);
    return true;
}

void InstanceServer::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        if (!peerIsSameUser(*socket)) {
            qWarning("Focus Inbox: refused a single-instance connection from another user");
            socket->abort();
            socket->deleteLater();
            continue;
        }
        socket->setReadBufferSize(kMaxInstanceLineBytes + 2);
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { serve(socket); });
        auto *timeout = new QTimer(socket);  // restarted with kDeferredTimeoutMs for a deferred request
        timeout->setObjectName(QStringLiteral("fi_serveTimeout"));
        timeout->setSingleShot(true);
        connect(timeout, &QTimer::timeout, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        timeout->start(kServeTimeoutMs);
        serve(socket);  // bytes may have arrived with the connection
    }
}

void InstanceServer::serve(QLocalSocket *socket)
{
    if (socket->property("fi_served").toBool())
        return;
    QJsonObject reply;
    if (socket->canReadLine()) {
        QString error;
        const std::optional<InstanceRequest> request = parseInstanceRequest(socket->readLine(kMaxInstanceLineBytes + 2), &error);
        if (request && m_deferred) {
            socket->setProperty("fi_served", true);
            if (auto *timeout = socket->findChild<QTimer *>(QStringLiteral("fi_serveTimeout")))
                timeout->start(kDeferredTimeoutMs);
            const QPointer<QLocalSocket> peer(socket);
            const QPointer<InstanceServer> self(this);
            const bool taken = m_deferred(*request, [peer, self](const QJsonObject &late) {
                if (self)
                    ++self->m_handled;
                if (!peer || peer->property("fi_answered").toBool())
                    return;  // the peer left (or timed out) meanwhile
                peer->setProperty("fi_answered", true);
                peer->write(QJsonDocument(late).toJson(QJsonDocument::Compact) + '\n');
                peer->flush();
                peer->disconnectFromServer();
            });
            if (taken)
                return;
            socket->setProperty("fi_served", false);
            if (auto *timeout = socket->findChild<QTimer *>(QStringLiteral("fi_serveTimeout")))
                timeout->start(kServeTimeoutMs);
        }
        if (request) {
            reply = m_handler(*request);
            ++m_handled;
        } else {
            reply = QJsonObject{{QStringLiteral("error"),
                                 QCoreApplication::translate("fi::InstanceChannel", "bad request: %1").arg(error)}};
        }
    } else if (socket->bytesAvailable() > kMaxInstanceLineBytes) {
        reply = QJsonObject{{QStringLiteral("error"),
                             QCoreApplication::translate("fi::InstanceChannel", "bad request: line longer than %1 bytes")
                                 .arg(kMaxInstanceLineBytes)}};
    } else {
        return;  // wait for the rest of the line
    }
    socket->setProperty("fi_served", true);
    socket->write(QJsonDocument(reply).toJson(QJsonDocument::Compact) + '\n');
    socket->flush();
    socket->disconnectFromServer();
}

} // namespace fi
