#pragma once
/// @file webhookkind.h
/// @brief The local webhook kind (issue 13): scripts, CI and monitoring push items to the app
/// with `POST http://127.0.0.1:PORT/items` and a bearer token; `focusinbox push` does the same
/// from the shell. Its descriptor, settings and token helpers live here, so other code makes
/// and reads webhook sources without spelling the key.
///
/// A webhook source's SourceConfig::location is its endpoint, "http://127.0.0.1:PORT/items"
/// (so two sources never share a port). Its settings hold kTokenIdSetting, the name of its
/// keychain entry; the token itself lives in the system keychain only (secretKeyOf()).
/// Nothing is synced: the kind is Capability::Inbound and its connector (webhookconnector.h)
/// listens while the app runs.

#include "rules/ruleset.h"
#include "sources/sourceregistry.h"

#include <QUrl>

#include <optional>

namespace fi::webhook {

/// The key stored in SourceConfig::kind for webhook sources ("webhook").
QString kindKey();

/// The port a new webhook source suggests (loopback only; any free port 1024–65535 may be used).
inline constexpr quint16 kDefaultPort = 8765;
/// The only path that takes items.
inline constexpr char kItemsPath[] = "/items";

/// Setting: the random id naming the source's keychain entry ("webhook:<id>"). Rotating the
/// token gives a new id, so the running listener is restarted with the new token.
inline constexpr char kTokenIdSetting[] = "tokenId";

/// Attribute every pushed item carries when the payload gave a tier: "1", "2" or "3". The
/// kind's default rules (defaultRules()) read it; user rules may too.
inline constexpr char kTierAttribute[] = "webhook.tier";

/// A new (not yet stored) webhook source listening on 127.0.0.1:@p port, named @p name (empty
/// = "Webhook (port N)"), whose token is stored under @p tokenId (see newTokenId()).
SourceConfig configFor(quint16 port, const QString &tokenId, const QString &name = {});

/// The port of @p config's endpoint (its location), or nullopt when the location is not
/// "http://127.0.0.1:PORT/items" with PORT in 1024–65535.
std::optional<quint16> portOf(const SourceConfig &config);
/// The endpoint URL of a source on @p port: "http://127.0.0.1:PORT/items".
QString endpointFor(quint16 port);

/// The keychain key of @p config's token: "webhook:<tokenId>"; empty without a tokenId.
QString secretKeyOf(const SourceConfig &config);

/// A fresh random keychain id (16 hex digits) and a fresh token: 32 bytes from the system's
/// CSPRNG (QRandomGenerator::system()), base64url without padding (43 characters).
QString newTokenId();
QString newToken();

/**
 * @brief Give @p config a new token: a new tokenId in its settings and the token written to the
 * keychain under it. Blocking (keychain over D-Bus): not on the GUI thread. The previous entry,
 * if any, is left alone: forget it with forgetToken() once the changed config is stored.
 * @return the token, or nullopt with *error (translated; may be null) when the keychain refused.
 */
std::optional<QString> provisionToken(SourceConfig *config, QString *error);
/// The token of @p config from the keychain. Blocking. nullopt with *error (may be null).
std::optional<QString> readToken(const SourceConfig &config, QString *error);
/// Delete the keychain entry @p secretKey (a previous secretKeyOf()). Blocking. Best effort.
void forgetToken(const QString &secretKey);

/**
 * @brief The webhook source a push without an address goes to: the enabled webhook source named
 * @p name (case-insensitive; empty = the only enabled webhook source) among @p sources.
 * @return nullopt with *error (translated) when there is none, or @p name is empty and there
 * are several.
 */
std::optional<SourceConfig> pushTarget(const QList<SourceConfig> &sources, const QString &name, QString *error);

/**
 * @brief The kind's default tiers, in the config format, applied after the user's rules: the
 * payload's "tier" (attribute "webhook.tier") places the item; a payload without one goes to
 * Async (2) with its default policy.
 */
RuleSet defaultRules();

/// The descriptor: Inbound, NeedsSecret, InlineContent; no sync, a listener as connector.
SourceKind kind();

} // namespace fi::webhook
