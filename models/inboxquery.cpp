#include "inboxquery.h"

#include "storage/itemstore.h"

#include <QDateTime>

namespace fi {

ItemKey itemKeyOf(const Item &item)
{
    return ItemKey{item.id,          item.dueMs,         item.record.receivedMs, item.snoozedUntilMs,
                   item.record.sample, item.conversationId, item.isAnswered()};
}

bool inboxKeyLess(const ItemKey &a, const ItemKey &b, ItemQuery::States states)
{
    // ORDER BY items.snoozed_until_ms ASC, then the list order (Snoozed view)
    if (states == ItemQuery::States::Snoozed && a.snoozedUntilMs != b.snoozedUntilMs) {
        if (a.snoozedUntilMs.has_value() != b.snoozedUntilMs.has_value())
            return a.snoozedUntilMs.has_value();
        return *a.snoozedUntilMs < *b.snoozedUntilMs;
    }
    // ORDER BY items.due_ms ASC NULLS LAST, items.received_ms DESC, items.id DESC
    if (a.dueMs.has_value() != b.dueMs.has_value())
        return a.dueMs.has_value();
    if (a.dueMs && *a.dueMs != *b.dueMs)
        return *a.dueMs < *b.dueMs;
    if (a.receivedMs != b.receivedMs)
        return a.receivedMs > b.receivedMs;
    return a.id > b.id;
}

bool inboxOrderLess(const Item &a, const Item &b)
{
    return inboxKeyLess(itemKeyOf(a), itemKeyOf(b), ItemQuery::States::Open);
}

bool inboxOrderLess(const Item &a, const Item &b, ItemQuery::States states)
{
    return inboxKeyLess(itemKeyOf(a), itemKeyOf(b), states);
}

bool isOpenAt(const Item &item, qint64 nowMs)
{
    return item.state == ItemState::Open
        || (item.state == ItemState::Snoozed && (!item.snoozedUntilMs || *item.snoozedUntilMs <= nowMs));
}

std::optional<bool> matchesItemQuery(const Item &item, const ItemQuery &query)
{
    if (!query.search.trimmed().isEmpty() || (query.parsedSearch && !query.parsedSearch->isEmpty()))
        return std::nullopt;
    const qint64 now = query.nowMs != 0 ? query.nowMs : QDateTime::currentMSecsSinceEpoch();
    bool state = true;
    switch (query.states) {
    case ItemQuery::States::Open: // kOpenSql
        state = isOpenAt(item, now);
        break;
    case ItemQuery::States::Done:
        state = item.state == ItemState::Done;
        break;
    case ItemQuery::States::Snoozed:
        state = item.state == ItemState::Snoozed && item.snoozedUntilMs && *item.snoozedUntilMs > now;
        break;
    case ItemQuery::States::All:
        break;
    }
    const bool screened = item.tierReason == screenerReason();
    if (query.newSenders ? !screened : (screened && query.tier && query.states == ItemQuery::States::Open))
        return false;
    return state && (!query.tier || item.tier == *query.tier)
        && (!query.sourceId || item.sourceId == *query.sourceId);
}

} // namespace fi
