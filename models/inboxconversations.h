#pragma once
/// @file inboxconversations.h
/// @brief The inbox list's conversation rows (issue 18): which key leads each conversation, which
/// conversations a list leaves to a higher tier, and the summaries its rows show. Pure functions
/// over the store's reads; any thread.
///
/// A list in conversation mode shows one row per conversation (Item::conversationId), at the
/// place of its lead: its first unanswered item in the list's order (the oldest message owing a
/// reply, so the row's deadline is the conversation's, conversationsummary.h), else its first
/// item. A conversation is listed in the highest tier of its open items only, and in Done (and
/// Snoozed) only while none of its items is open.

#include "deadlines/conversationsummary.h"
#include "storage/itemstore.h"

#include <QHash>
#include <QSet>

#include <optional>
#include <vector>

namespace fi {

/**
 * @brief Keeps one key per conversation of @p keys, in their order: the first key whose item is
 * not answered (ItemKey::answered), else the first key. Keys without a conversation (0) all stay;
 * keys of a conversation in @p excluded all leave.
 * @param keys sorted in the list's order; the result is a subsequence, so still sorted.
 */
std::vector<ItemKey> conversationLeads(const std::vector<ItemKey> &keys, const QSet<qint64> &excluded = {});

/**
 * @brief The rows of the list of @p query from its keys: conversationLeads() of @p keys (the whole
 * list, ItemStore::itemKeys(@p query)), without the conversations another list shows
 * (ConversationExclusion, read from @p store at ItemQuery::nowMs).
 */
std::vector<ItemKey> listConversationLeads(const ItemStore &store, const ItemQuery &query,
                                           const std::vector<ItemKey> &keys);

/**
 * @brief The rows @p items take in the list of @p query when they are every item of their
 * conversations (a reload of named items, a triage preview): their keys that the query selects,
 * in its order, reduced by conversationLeads() and the exclusion their own open items decide.
 * nullopt when matchesItemQuery() cannot decide (a search).
 */
std::optional<std::vector<ItemKey>> conversationLeadsAmong(const QList<const Item *> &items, const ItemQuery &query);

/**
 * @brief Which conversations a list of @p states (in @p tier; nullopt = every tier) leaves out
 * because another list shows them: for a tier list those with an item open in a higher tier,
 * for Done and Snoozed those with any item open (ItemStore::conversationsOpenAbove()).
 */
struct ConversationExclusion {
    std::optional<Tier> above; ///< Open items above this tier exclude (nullopt: any open item).
    /// For the list of @p query (ItemQuery::tier, ItemQuery::states).
    static ConversationExclusion forQuery(const ItemQuery &query);
    /// Whether @p item, open at @p nowMs (UTC ms), excludes its conversation from the list.
    bool excludes(const Item &item, qint64 nowMs) const;
};

/// What a conversation row shows beside its lead item: the first subject, the newest sender,
/// the number of messages (conversationsummary.h). By conversation id.
using ConversationRows = QHash<qint64, ConversationSummary>;

/**
 * @brief Summaries of the conversations @p conversationIds, from every item of each
 * (ItemStore::conversationItems(), one read per 500 conversations).
 * @param nowMs UTC epoch ms for the summaries' deadline states.
 */
ConversationRows readConversationRows(const ItemStore &store, const QList<qint64> &conversationIds, qint64 nowMs);

/// Whether a conversation row shows other text with @p now than with @p before (subject, newest
/// sender, count).
bool conversationRowDiffers(const ConversationSummary &before, const ConversationSummary &now);

} // namespace fi
