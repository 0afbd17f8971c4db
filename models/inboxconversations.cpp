#include "inboxconversations.h"

#include <QHash>

namespace fi {

std::vector<ItemKey> conversationLeads(const std::vector<ItemKey> &keys, const QSet<qint64> &excluded)
{
    // The lead of each conversation: its first unanswered key, else its first.
    QHash<qint64, std::size_t> lead;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const ItemKey &key = keys[i];
        if (key.conversationId == 0)
            continue;
        const auto it = lead.find(key.conversationId);
        if (it == lead.end())
            lead.insert(key.conversationId, i);
        else if (keys[*it].answered && !key.answered)
            *it = i;
    }
    std::vector<ItemKey> result;
    result.reserve(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const ItemKey &key = keys[i];
        if (key.conversationId == 0 || (lead.value(key.conversationId) == i && !excluded.contains(key.conversationId)))
            result.push_back(key);
    }
    return result;
}

ConversationExclusion ConversationExclusion::forQuery(const ItemQuery &query)
{
    ConversationExclusion exclusion;
    if (query.states == ItemQuery::States::Open)
        exclusion.above = query.tier;
    return exclusion;
}

bool ConversationExclusion::excludes(const Item &item, qint64 nowMs) const
{
    const bool open = item.state == ItemState::Open
        || (item.state == ItemState::Snoozed && (!item.snoozedUntilMs || *item.snoozedUntilMs <= nowMs));
    if (!open || item.tierReason == screenerReason())
        return false;
    return !above || int(item.tier) > int(*above);
}

ConversationRows readConversationRows(const ItemStore &store, const QList<qint64> &conversationIds, qint64 nowMs)
{
    ConversationRows rows;
    if (conversationIds.isEmpty())
        return rows;
    QHash<qint64, QList<Item>> members;
    for (Item &item : store.conversationItems(conversationIds))
        members[item.conversationId] << std::move(item);
    rows.reserve(members.size());
    for (auto it = members.begin(); it != members.end(); ++it)
        rows.insert(it.key(), summarizeConversation(std::move(it.value()), nowMs));
    return rows;
}

ConversationRows readConversationRows(const ItemStore &store, const QList<Item> &items, qint64 nowMs)
{
    return readConversationRows(store, conversationIdsOf(items), nowMs);
}

bool conversationRowDiffers(const ConversationSummary &before, const ConversationSummary &now)
{
    return before.count != now.count || before.subject != now.subject
        || before.latestSender != now.latestSender;
}

} // namespace fi
