#pragma once
/// @file webhookpayload.h
/// @brief The body of `POST /items` (and of `focusinbox push`), checked field by field and
/// turned into an ItemRecord. Pure: no I/O, no state; any thread. Fuzzed
/// (tests/fuzz/webhookpayload_fuzz.cpp).
///
/// The body is one JSON object (RFC 8259):
///   {"title": "Disk 95% full on db-1",     required string, 1–1000 characters
///    "body": "…",                          optional string (plain text, the reading pane's text)
///    "url": "https://grafana…/d/1",         optional absolute http(s) URL ("Open in source")
///    "sender": "Alertmanager",              optional string, ≤ 300 characters (a name or an address)
///    "tier": 3,                             optional integer 1 (Reference), 2 (Async), 3 (Now)
///    "remote_id": "alert-42",               optional string, ≤ 200 characters: the same id posted
///                                           again updates that item instead of adding one
///    "due": "2026-12-03T17:00:00Z"}         optional ISO 8601 date-time WITH offset: the response
///                                           deadline, overriding the policy
/// Any other member, a wrong type, a value out of range, or JSON nested deeper than
/// kMaxJsonDepth is refused with a reason that names the member.

#include "domain/item.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace fi::webhook {

inline constexpr int kMaxTitleChars = 1000;
inline constexpr int kMaxSenderChars = 300;
inline constexpr int kMaxRemoteIdChars = 200;
inline constexpr int kMaxUrlChars = 4096;
/// Deepest nesting of arrays/objects looked at (the payload itself needs 1); deeper input is
/// refused before it is parsed, so a "JSON bomb" of nested brackets costs one linear scan.
inline constexpr int kMaxJsonDepth = 16;

/**
 * @brief Parse a request body into a record received at @p nowMs (UTC ms).
 *
 * The record: remoteId = "remote_id" (or "push-<random UUID>" without one), subject = title
 * (whitespace folded), snippet = the first 300 characters of the body, inline content =
 * the body as text/plain, url, from.name or from.address = sender, receivedMs = activityMs =
 * @p nowMs, requestedDueMs = due, attributes["webhook.tier"] = tier (when given), fingerprint =
 * a hash of the fields.
 * @return nullopt with *error (translated; may be null) saying what is wrong.
 */
std::optional<ItemRecord> parseItem(const QByteArray &body, qint64 nowMs, QString *error);
/// The same for an already parsed object (the instance channel's "push" request).
std::optional<ItemRecord> itemFromJson(const QJsonObject &object, qint64 nowMs, QString *error);

/// Whether @p body nests arrays/objects deeper than @p maxDepth (strings are skipped). Linear.
bool nestsDeeperThan(const QByteArray &body, int maxDepth);

} // namespace fi::webhook
