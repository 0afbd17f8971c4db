#pragma once
/// @file itemjson.h
/// @brief The JSON object of one item, as `list --json` and the triage commands print it.

#include "domain/item.h"

#include <QHash>
#include <QJsonObject>

namespace fi {
class ItemStore;
}

namespace fi::cli {

/// @p kindOf: source id → the source's kind key ("maildir", "imap", "feed", …); @p nowMs (UTC ms)
/// for the deadline state. Keys: id, source, kind, url, remote_id, message_id, from_name,
/// from_address, subject, snippet, received, tier, tier_reason, due, deadline_state, policy,
/// state, seen; snoozed_until (ISO 8601 UTC) when the item is snoozed.
QJsonObject itemToJson(const Item &item, qint64 nowMs, const QHash<qint64, QString> &kindOf);

/// Source id → kind key of every source in @p store.
QHash<qint64, QString> sourceKinds(const ItemStore &store);

/// ISO 8601 UTC ("2026-03-27T16:30:00Z") of @p ms (UTC epoch ms).
QString isoUtc(qint64 ms);

} // namespace fi::cli
