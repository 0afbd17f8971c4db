#pragma once
/// @file instancechannel.h
/// @brief Single instance per data directory: a lock file decides who runs (flock(2) on Unix;
/// QLockFile on Windows and in the portable build, app/platformfeatures.h), a QLocalServer socket
/// carries requests (models/focus/instancerequest.h).
///
/// Both live in $XDG_RUNTIME_DIR when it is a private directory of the user (the XDG base
/// directory spec: owned by the user, mode 0700), otherwise inside the data directory, named
/// after a hash of the canonical data directory, so instances with different --data-dir do not
/// see each other. Whoever holds the lock is the one instance (the kernel drops the flock of a
/// crashed process; QLockFile takes over a lock whose process is gone); a socket file left by a
/// crash is removed by the next holder. On Linux both ends check that the peer runs as the same
/// user (SO_PEERCRED) and drop it otherwise; elsewhere the private directory and
/// QLocalServer::UserAccessOption keep other users out.
/// Protocol: one request line, one reply line, then the server closes.

#include "focus/instancerequest.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QLocalServer;
class QLocalSocket;
class QLockFile;

namespace fi {

/// Path of the local socket for @p dataDir ("…/focusinbox-<hash>.sock"). Empty (with *error set,
/// may be null) when no usable directory gives a path short enough for a Unix socket (107 bytes).
QString instanceSocketPath(const QString &dataDir, QString *error = nullptr);

/// Send @p request to the running instance for @p dataDir. Blocking, at most @p timeoutMs in all.
/// @return the reply, or nullopt when no instance answers (or it runs as another user, or its
/// reply is not one bounded JSON line).
std::optional<QJsonObject> sendToInstance(const QString &dataDir, const InstanceRequest &request, int timeoutMs = 5000);

/// Whether the process on the other end of @p socket runs as this process's effective user
/// (SO_PEERCRED on Linux; true where the check is not available).
bool peerIsSameUser(const QLocalSocket &socket);

/// The claim to be the one instance for a data directory (an exclusive flock, or a QLockFile, on
/// "<socket path>.lock", held while this object lives). GUI thread only.
class InstanceLock {
public:
    enum class Result {
        Acquired,   ///< This process is the instance.
        HeldByOther,  ///< Another live process holds it: hand over to it, do not run.
        Failed,     ///< No lock file can be created (error says why): do not run as a second writer.
    };
    /// Try to take the lock for @p dataDir without waiting. On Acquired, *lock holds it.
    static Result tryAcquire(const QString &dataDir, std::unique_ptr<InstanceLock> *lock, QString *error);
    ~InstanceLock();  ///< Releases the lock (closes the descriptor, or unlocks the QLockFile).
    InstanceLock(const InstanceLock &) = delete;
    InstanceLock &operator=(const InstanceLock &) = delete;

    /// The socket path this lock guards.
    QString socketPath() const { return m_socketPath; }

private:
    explicit InstanceLock(QString socketPath);
    int m_fd = -1;                         ///< The flock()ed descriptor (Unix builds), else -1.
    std::unique_ptr<QLockFile> m_lockFile;  ///< The held QLockFile (Windows, portable build), else null.
    QString m_socketPath;
};

/// The listening side, owned by the running GUI instance. GUI thread only.
class InstanceServer : public QObject {
    Q_OBJECT
public:
    /// Answers a parsed request; called on the GUI thread.
    using Handler = std::function<QJsonObject(const InstanceRequest &request)>;

    /// @param lock held by the caller (not owned), proof that this process is the instance.
    InstanceServer(const InstanceLock &lock, Handler handler, QObject *parent = nullptr);
    ~InstanceServer() override;

    /// Answers a request later: @p reply (call it once, on the GUI thread; safe after the peer
    /// left) sends the reply line. Return false to leave the request to the Handler instead.
    using Reply = std::function<void(const QJsonObject &reply)>;
    using DeferredHandler = std::function<bool(const InstanceRequest &request, const Reply &reply)>;
    /// Requests that may take a while (they wait for the store's writer, e.g. the CLI's triage)
    /// go to @p handler first, so the GUI thread never blocks on them. A deferred request is
    /// answered within kDeferredTimeoutMs of its arrival or its connection is dropped.
    void setDeferredHandler(DeferredHandler handler) { m_deferred = std::move(handler); }
    /// How long a deferred request may take before its connection is dropped (ms).
    static constexpr int kDeferredTimeoutMs = 120000;

    /// Start listening (replacing a socket file left by a crashed holder of the lock).
    /// @return false with *error (may be null) set when the socket cannot be created.
    bool listen(QString *error);

    /// Requests answered so far (any command), for tests and status.
    int requestsHandled() const { return m_handled; }

private:
    void onNewConnection();
    void serve(QLocalSocket *socket);

    QString m_path;
    Handler m_handler;
    DeferredHandler m_deferred;
    QLocalServer *m_server = nullptr;
    int m_handled = 0;
};

} // namespace fi
