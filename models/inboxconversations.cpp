#include "inboxconversations.h"

#include "inboxquery.h"

#include <QHash>

#include <algorithm>

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

std::vector<ItemKey> listConversationLeads(const ItemStore &store, const ItemQuery &query,
                                           const std::vector<ItemKey> &keys)
{
    return conversationLeads(keys, store.conversationsOpenAbove(ConversationExclusion::forQuery(query).above, query.nowMs));
}

std::optional<std::vector<ItemKey>> conversationLeadsAmong(const QList<const Item *> &items, const ItemQuery &query)
{
    const qint64 now = query.nowMs;
    const ConversationExclusion exclusion = ConversationExclusion::forQuery(query);
    QSet<qint64> excluded;
    std::vector<ItemKey> keys;
    for (const Item *item : items) {
        const std::optional<bool> belongs = matchesItemQuery(*item, query);
        if (!belongs)
            return std::nullopt;
        if (*belongs)
            keys.push_back(itemKeyOf(*item));
        if (item->conversationId > 0 && exclusion.excludes(*item, now))
            excluded.insert(item->conversationId);
    }
    std::sort(keys.begin(), keys.end(),
              [states = query.states](const ItemKey &a, const ItemKey &b) { return inboxKeyLess(a, b, states); });
    return conversationLeads(keys, excluded);
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
    if (!isOpenAt(item, nowMs) || item.tierReason == screenerReason())
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

bool conversationRowDiffers(const ConversationSummary &before, const ConversationSummary &now)
{
    return before.count != now.count || before.subject != now.subject
        || before.latestSender != now.latestSender;
}

} // namespace fi
