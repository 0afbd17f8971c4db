/// @file conversationsummary.cpp
/// @brief summarizeConversation() (issue 18); see conversationsummary.h.

#include "deadlines/conversationsummary.h"

#include <QSet>

#include <algorithm>

namespace fi {

qint64 conversationRepliedMs(const QList<Item> &items)
{
    qint64 replied = 0;
    for (const Item &item : items) {
        if (item.repliedMs)
            replied = std::max(replied, *item.repliedMs);
        if (item.record.flags.answered)
            replied = std::max(replied, item.record.receivedMs);
    }
    return replied;
}

void sortOldestFirst(QList<Item> &items)
{
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        return std::pair(a.record.receivedMs, a.id) < std::pair(b.record.receivedMs, b.id);
    });
}

ConversationSummary summarizeConversation(QList<Item> items, qint64 nowMs, const DueSoonRule &rule)
{
    ConversationSummary summary;
    if (items.isEmpty())
        return summary;
    sortOldestFirst(items);
    const Item &first = items.constFirst();
    const Item &newest = items.constLast();
    summary.conversationId = first.conversationId;
    summary.subject = first.record.subject;
    summary.latestSender = newest.record.from;
    summary.latestMs = newest.record.receivedMs;
    summary.count = int(items.size());

    bool anyOpen = false, anySnoozed = false, anyNotDone = false;
    Tier highestNotDone = Tier::Reference, highest = Tier::Reference;
    for (const Item &item : std::as_const(items)) {
        summary.itemIds << item.id;
        highest = std::max(highest, item.tier);
        anyOpen = anyOpen || item.state == ItemState::Open;
        anySnoozed = anySnoozed || item.state == ItemState::Snoozed;
        if (item.state != ItemState::Done) {
            anyNotDone = true;
            highestNotDone = std::max(highestNotDone, item.tier);
        }
    }
    summary.tier = anyNotDone ? highestNotDone : highest;
    summary.state = anyOpen ? ItemState::Open : anySnoozed ? ItemState::Snoozed : ItemState::Done;

    const qint64 repliedMs = conversationRepliedMs(items);
    // The clock that runs: the oldest message still owed a reply.
    for (const Item &item : std::as_const(items)) {
        const bool metByReply = item.isAnswered() || item.record.receivedMs <= repliedMs;
        if (item.state == ItemState::Done || !item.dueMs || metByReply)
            continue;
        summary.deadlineItemId = item.id;
        summary.dueMs = item.dueMs;
        summary.deadlineState = deadlineState(item.dueMs, item.record.lastActivityMs(), item.state,
                                              std::nullopt, false, nowMs, rule);
        return summary;
    }
    // None runs: the last deadline the conversation had, met by the reply or by done.
    for (auto it = items.crbegin(); it != items.crend(); ++it) {
        const Item &item = *it;
        if (!item.dueMs)
            continue;
        summary.deadlineItemId = item.id;
        summary.dueMs = item.dueMs;
        const bool answered = item.isAnswered() || item.record.receivedMs <= repliedMs;
        if (answered && item.state != ItemState::Done) {
            // When it was answered: its own reply time, else the conversation's (a later reply
            // met it). The source's flag alone carries no time: met.
            const std::optional<qint64> answeredMs = item.repliedMs ? item.repliedMs
                : item.record.flags.answered ? std::nullopt : std::optional<qint64>(repliedMs);
            const bool late = answeredMs && *answeredMs > *item.dueMs;
            summary.deadlineState = late ? DeadlineState::Missed : DeadlineState::Met;
        } else {
            summary.deadlineState = deadlineState(item.dueMs, item.record.lastActivityMs(), item.state,
                                                  item.doneMs, answered, nowMs, rule);
        }
        break;
    }
    return summary;
}

QList<qint64> conversationIdsOf(const QList<Item> &items)
{
    QList<qint64> ids;
    QSet<qint64> seen;
    for (const Item &item : items) {
        if (item.conversationId > 0 && !seen.contains(item.conversationId)) {
            seen.insert(item.conversationId);
            ids << item.conversationId;
        }
    }
    return ids;
}

QList<ConversationSummary> summarizeConversations(const QList<Item> &matching, const QList<Item> &members,
                                                  qint64 nowMs, const DueSoonRule &rule)
{
    QHash<qint64, QList<Item>> byConversation;
    for (const Item &item : members) {
        if (item.conversationId > 0)
            byConversation[item.conversationId].append(item);
    }
    QList<ConversationSummary> summaries;
    QSet<qint64> done;
    for (const Item &item : matching) {
        if (item.conversationId <= 0) {
            summaries << summarizeConversation({item}, nowMs, rule);
            continue;
        }
        if (done.contains(item.conversationId))
            continue;
        done.insert(item.conversationId);
        QList<Item> items = byConversation.value(item.conversationId);
        if (items.isEmpty())
            items << item;  // read before its conversation's members: at least itself
        summaries << summarizeConversation(std::move(items), nowMs, rule);
    }
    return summaries;
}

} // namespace fi
