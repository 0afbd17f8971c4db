#pragma once
/// @file webhookconnector.h
/// @brief The webhook source's listener (its SourceKind connector): `POST /items` on
/// 127.0.0.1:PORT, bearer token checked, payload checked (webhookpayload.h), the item handed to
/// PushWatcher::deliver() and acknowledged only after it is committed.
///
/// Answers (JSON bodies, {"error": reason} for refusals):
///  - 201 {"id": N, "created": true} with Location: /items/N — a new item was stored;
///  - 200 {"id": N, "created": false} — the same remote_id was posted before: that item was updated;
///  - 400 the body is not a valid payload (the reason names the member);
///  - 401 with WWW-Authenticate: Bearer — no or wrong token (compared in constant time);
///  - 404 any other path; 405 with Allow: POST — any other method on /items;
///  - 503 the store refused the item (try again);
///  - and what HttpListener answers itself: 413 body over 1 MB, 429 over 10 requests per second
///    (burst 20), 408 a request not complete within 10 s (slowloris), 400/431/… (httplistener.h).

#include "sources/source.h"

#include <memory>

namespace fi::net {
class HttpListener;
struct HttpRequest;
class Responder;
}

namespace fi::webhook {

/**
 * @brief Listens for one webhook source. GUI thread (the listener's sockets are served by the
 * thread's event loop); the keychain read at start() runs on a worker.
 *
 * start(): reads the token (secretKeyOf()), then listens on the source's port. established()
 * once listening; failed(reason) when the token is missing or the port cannot be bound (taken,
 * not allowed) — SyncScheduler shows it and starts a new connector later.
 */
class WebhookConnector : public PushWatcher {
    Q_OBJECT
public:
    explicit WebhookConnector(SourceConfig config, QObject *parent = nullptr);
    /// For tests: listen with @p token (no keychain read) on the config's port.
    WebhookConnector(SourceConfig config, QString token, QObject *parent = nullptr);
    ~WebhookConnector() override;

    void start() override;
    QString description() const override;  ///< "Scripts can POST items to http://127.0.0.1:8765/items."
    QString summary() const override;      ///< "Listening on :8765" (short: it fits the Sources list)

    /// The bound port while listening (0 before or after).
    quint16 port() const;
    /// Requests answered with 201/200 since start (for status and tests).
    int accepted() const { return m_accepted; }

private:
    void listenWith(const QString &token);
    void handle(const net::HttpRequest &request, const net::Responder &responder);

    SourceConfig m_config;
    QByteArray m_tokenDigest;  ///< SHA-256 of the token; requests are compared digest to digest.
    std::unique_ptr<net::HttpListener> m_listener;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
    QString m_presetToken;
    bool m_hasPresetToken = false;
    int m_accepted = 0;
};

} // namespace fi::webhook
