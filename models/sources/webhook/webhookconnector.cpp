#include "sources/webhook/webhookconnector.h"

#include "concurrency/workerpool.h"
#include "net/listener/httplistener.h"
#include "sources/webhook/webhookkind.h"
#include "sources/webhook/webhookpayload.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

namespace fi::webhook {

namespace {

QByteArray digestOf(QByteArrayView token) { return QCryptographicHash::hash(token, QCryptographicHash::Sha256); }

/// Equal digests, in time that does not depend on where they differ.
bool sameDigest(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size() || a.isEmpty())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QByteArray errorBody(const QString &reason)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), reason}}).toJson(QJsonDocument::Compact);
}

/// The credentials of "Authorization: Bearer <token>" (RFC 6750 §2.1; the scheme is
/// case-insensitive, RFC 9110 §11.1); empty when the header is missing or another scheme.
QByteArray bearerToken(const net::HttpRequest &request)
{
    const QList<QByteArray> values = request.headerValues("Authorization");
    if (values.size() != 1)
        return {};
    const QByteArray value = values.first().trimmed();
    constexpr QByteArrayView scheme("bearer ");
    if (value.size() <= scheme.size() || !value.first(scheme.size()).toLower().startsWith(scheme))
        return {};
    return value.mid(scheme.size()).trimmed();
}

} // namespace

WebhookConnector::WebhookConnector(SourceConfig config, QObject *parent)
    : PushWatcher(parent), m_config(std::move(config))
{
}

WebhookConnector::WebhookConnector(SourceConfig config, QString token, QObject *parent)
    : PushWatcher(parent), m_config(std::move(config)), m_presetToken(std::move(token)), m_hasPresetToken(true)
{
}

WebhookConnector::~WebhookConnector()
{
    *m_alive = false;
}

void WebhookConnector::start()
{
    if (m_hasPresetToken) {
        listenWith(m_presetToken);
        return;
    }
    struct Read {
        std::optional<QString> token;
        QString error;
    };
    QtConcurrent::run(workerPool(),
                      [config = m_config] {
                          Read r;
                          r.token = readToken(config, &r.error);
                          return r;
                      })
        .then(this, [this, alive = m_alive](const Read &read) {
            if (!*alive)
                return;
            if (!read.token || read.token->isEmpty()) {
                Q_EMIT failed(tr("The webhook's token could not be read from the system keychain (%1). Open the "
                                 "source's settings and rotate the token.")
                                  .arg(read.error.isEmpty() ? tr("no entry") : read.error));
                return;
            }
            listenWith(*read.token);
        });
}

void WebhookConnector::listenWith(const QString &token)
{
    const std::optional<quint16> port = portOf(m_config);
    if (!port || token.isEmpty()) {
        Q_EMIT failed(tr("The webhook's address %1 is not http://127.0.0.1:PORT/items.").arg(m_config.location));
        return;
    }
    m_tokenDigest = digestOf(token.toUtf8());
    m_listener = std::make_unique<net::HttpListener>();
    m_listener->setHandler([this](const net::HttpRequest &request, net::Responder responder) { handle(request, responder); });
    connect(m_listener.get(), &net::HttpListener::refused, this, [this](const QHostAddress &, int status, const QString &reason) {
        qInfo("webhook %s: refused with %d: %s", qPrintable(m_config.name), status, qPrintable(reason));
    });
    QString error;
    if (!m_listener->listen(*port, &error)) {
        m_listener.reset();
        Q_EMIT failed(tr("Cannot listen on 127.0.0.1:%1: %2").arg(*port).arg(error));
        return;
    }
    Q_EMIT established();
}

quint16 WebhookConnector::port() const
{
    return m_listener ? m_listener->port() : 0;
}

QString WebhookConnector::description() const
{
    return tr("Scripts can POST items to %1 with the source's token (Authorization: Bearer …).")
        .arg(endpointFor(portOf(m_config).value_or(0)));
}

QString WebhookConnector::summary() const
{
    return tr("Listening on :%1").arg(portOf(m_config).value_or(0));
}

void WebhookConnector::handle(const net::HttpRequest &request, const net::Responder &responder)
{
    if (request.path != kItemsPath) {
        responder.respond(404, errorBody(tr("Not found: items are sent with POST %1.").arg(QLatin1String(kItemsPath))));
        return;
    }
    if (request.method != "POST") {
        responder.respond(405, errorBody(tr("Use POST to send an item.")), "application/json", {{"Allow", "POST"}});
        return;
    }
    if (!sameDigest(digestOf(bearerToken(request)), m_tokenDigest)) {
        responder.respond(401, errorBody(tr("Missing or wrong token: send \"Authorization: Bearer <token>\" with the "
                                            "source's token.")),
                          "application/json", {{"WWW-Authenticate", "Bearer realm=\"Focus Inbox\""}});
        return;
    }
    QString error;
    const std::optional<ItemRecord> record = parseItem(request.body, QDateTime::currentMSecsSinceEpoch(), &error);
    if (!record) {
        responder.respond(400, errorBody(error));
        return;
    }
    SourceBatch batch;
    batch.upserts << *record;
    // Answered from the store's commit, on this (the listener's) thread.
    deliver(batch, [this, alive = m_alive, responder](const Delivered &delivered) {
        if (!delivered.ok || delivered.itemIds.isEmpty()) {
            responder.respond(503, errorBody(tr("The item was not stored: %1").arg(delivered.error)), "application/json",
                              {{"Retry-After", "5"}});
            return;
        }
        const qint64 id = delivered.itemIds.first();
        const bool created = delivered.created.value(0);
        if (*alive)
            ++m_accepted;
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("created"), created}})
                                    .toJson(QJsonDocument::Compact);
        responder.respond(created ? 201 : 200, body, "application/json",
                          {{"Location", QByteArray(kItemsPath) + '/' + QByteArray::number(id)}});
    });
}

} // namespace fi::webhook
