#pragma once
/// @file conversationsummary.h
/// @brief One conversation as one row (issue 18): its subject, latest sender, count, tier,
/// state and its single response deadline, from the items that belong to it. Pure, thread-safe.
///
/// The deadline rule: a conversation's deadline is the deadline of its oldest inbound message
/// that has not been answered since it arrived. A reply of the user's meets every message that
/// arrived before it (Item::repliedMs: the reply the app found in the sent mail; the source's
/// \\Answered flag, whose reply time is unknown, meets the messages up to that one); a new
/// inbound message after the reply starts a new clock. Done messages owe nothing.

#include "deadlines/deadlinestate.h"
#include "domain/item.h"

#include <QHash>
#include <QList>

#include <optional>

namespace fi {

/// What the list, the command line and triage show of one conversation.
struct ConversationSummary {
    qint64 conversationId = 0;   ///< Item::conversationId of its items (0: an item without one).
    QString subject;             ///< The first (oldest) message's subject.
    Address latestSender;        ///< The newest message's sender.
    qint64 latestMs = 0;         ///< The newest message's time, UTC epoch ms.
    int count = 0;               ///< Messages in it (every state).
    /// The highest tier of its messages that are not done; of all of them when all are done.
    Tier tier = Tier::Reference;
    /// Open when any message is open; else snoozed when any is snoozed; else done.
    ItemState state = ItemState::Done;
    /// Its response deadline (UTC epoch ms): the deadline of deadlineItemId; nullopt when it owes
    /// and owed nothing.
    std::optional<qint64> dueMs;
    DeadlineState deadlineState = DeadlineState::None;
    /// The message whose deadline is the conversation's: the oldest open or snoozed message with
    /// a deadline that arrived after the last reply; when there is none (every message answered
    /// or done), the newest message that had a deadline, judged met or missed. 0 = none.
    qint64 deadlineItemId = 0;
    QList<qint64> itemIds;       ///< Its messages' row ids, oldest first.
};

/// Sorts a conversation's messages oldest first: by arrival (ItemRecord::receivedMs), then row id.
void sortOldestFirst(QList<Item> &items);

/**
 * @brief When the user last answered the conversation (UTC epoch ms): the latest Item::repliedMs,
 * or the arrival of the latest message the source flags \\Answered (the reply came after it);
 * 0 when never.
 */
qint64 conversationRepliedMs(const QList<Item> &items);

/**
 * @brief Summarises one conversation.
 * @param items every message of one conversation (any order, any state); empty gives an empty
 *        summary.
 * @param nowMs the current time (UTC epoch ms), for the deadline state.
 */
ConversationSummary summarizeConversation(QList<Item> items, qint64 nowMs, const DueSoonRule &rule = {});

/// The conversation ids of @p items (positive ones, each once, in order of first appearance).
QList<qint64> conversationIdsOf(const QList<Item> &items);

/**
 * @brief One summary per conversation that one of @p matching belongs to, in the order in which
 * @p matching first names it (a list query's order).
 * @param matching the items a query returned (e.g. the open ones).
 * @param members every item of their conversations (ItemStore::conversationItems() of
 *        conversationIdsOf(@p matching)); an item without a conversation is one of its own.
 */
QList<ConversationSummary> summarizeConversations(const QList<Item> &matching, const QList<Item> &members,
                                                  qint64 nowMs, const DueSoonRule &rule = {});

} // namespace fi
