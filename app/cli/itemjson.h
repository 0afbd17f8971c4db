#pragma once
/// @file itemjson.h
/// @brief The JSON object of one item, as `list --json` and the triage commands print it.

#include "deadlines/conversationsummary.h"
#include "domain/item.h"

#include <QHash>
#include <QJsonObject>

#include <optional>

namespace fi {
class ItemStore;
}

namespace fi::cli {

/// @p kindOf: source id → the source's kind key ("maildir", "imap", "feed", …); @p nowMs (UTC ms)
/// for the deadline state. Keys: id, conversation (conversationKey(), null without one), source,
/// kind, url, remote_id, message_id, from_name, from_address, subject, snippet, received, tier,
/// tier_reason, due, deadline_state, policy, state, seen; snoozed_until (ISO 8601 UTC) when the
/// item is snoozed.
QJsonObject itemToJson(const Item &item, qint64 nowMs, const QHash<qint64, QString> &kindOf);

/// The command line's id of a conversation (issue 18): "c" and its number ("c42"), so that it can
/// never be taken for an item id. Empty for 0 (no conversation).
QString conversationKey(qint64 conversationId);
/// The conversation number of @p word ("c42", "C42"); nullopt when it is not a conversation id.
std::optional<qint64> conversationFromKey(const QString &word);

/// `list --json --conversations`: {conversation, subject, count, tier, due, deadline_state, state,
/// item_ids, from_name, from_address, latest}; due and latest ISO 8601 UTC (due null when none).
QJsonObject conversationToJson(const ConversationSummary &summary);

/// Source id → kind key of every source in @p store.
QHash<qint64, QString> sourceKinds(const ItemStore &store);

/// ISO 8601 UTC ("2026-03-27T16:30:00Z") of @p ms (UTC epoch ms).
QString isoUtc(qint64 ms);

} // namespace fi::cli
