#pragma once
/// @file instancechannel.h
/// @brief Single instance per data directory over QLocalServer/QLocalSocket.
///
/// Protocol: the client sends one JSON object on one line ({"cmd": "raise"} or
/// {"cmd": "focus", "action": "start|stop|extend|status", "minutes": N}); the server answers
/// with one JSON object on one line and closes. The server name is derived from the canonical
/// data directory, so instances with different --data-dir do not see each other.

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

class QLocalServer;

namespace fi {

/// Name of the local server for @p dataDir (a hash of its canonical path and the user).
QString instanceServerName(const QString &dataDir);

/// Send @p request to the running instance for @p dataDir. Blocking, at most @p timeoutMs.
/// @return the reply, or nullopt when no instance answers.
std::optional<QJsonObject> sendToInstance(const QString &dataDir, const QJsonObject &request, int timeoutMs = 5000);

/// The listening side, owned by the running GUI instance. GUI thread only.
class InstanceServer : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<QJsonObject(const QJsonObject &request)>;

    InstanceServer(QString dataDir, Handler handler, QObject *parent = nullptr);
    ~InstanceServer() override;

    /// Start listening (removing a stale socket left by a crashed instance). @return false when
    /// another live instance already listens or the socket cannot be created.
    bool listen();

private:
    void onNewConnection();

    QString m_name;
    Handler m_handler;
    QLocalServer *m_server = nullptr;
};

} // namespace fi
