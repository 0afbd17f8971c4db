#include "focus/instancechannel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>

namespace fi {

QString instanceServerName(const QString &dataDir)
{
    QFileInfo info(dataDir);
    const QString canonical = info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    const QByteArray user = qgetenv("USER").isEmpty() ? qgetenv("USERNAME") : qgetenv("USER");
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8() + '\0' + user, QCryptographicHash::Sha1).toHex();
    return QStringLiteral("focusinbox-") + QString::fromLatin1(hash.left(16));
}

std::optional<QJsonObject> sendToInstance(const QString &dataDir, const QJsonObject &request, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(instanceServerName(dataDir));
    if (!socket.waitForConnected(timeoutMs))
        return std::nullopt;
    socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return std::nullopt;
    QByteArray reply;
    while (!reply.contains('\n')) {
        if (!socket.waitForReadyRead(timeoutMs))
            break;
        reply += socket.readAll();
    }
    const QJsonDocument doc = QJsonDocument::fromJson(reply.trimmed());
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

InstanceServer::InstanceServer(QString dataDir, Handler handler, QObject *parent)
    : QObject(parent), m_name(instanceServerName(dataDir)), m_handler(std::move(handler))
{
}

InstanceServer::~InstanceServer() = default;

bool InstanceServer::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        QLocalSocket probe;
        probe.connectToServer(m_name);
        if (probe.waitForConnected(500))
            return false;  // a live instance owns it
        QLocalServer::removeServer(m_name);  // stale socket of a crashed instance
        if (!m_server->listen(m_name))
            return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &InstanceServer::onNewConnection);
    return true;
}

void InstanceServer::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            const QJsonObject request = QJsonDocument::fromJson(socket->readLine().trimmed()).object();
            const QJsonObject reply = m_handler(request);
            socket->write(QJsonDocument(reply).toJson(QJsonDocument::Compact) + '\n');
            socket->flush();
            socket->disconnectFromServer();
        });
    }
}

} // namespace fi
