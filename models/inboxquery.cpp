#include "inboxquery.h"

#include <QDateTime>

namespace fi {

bool inboxOrderLess(const Item &a, const Item &b)
{
    // ORDER BY items.due_ms ASC NULLS LAST, items.received_ms DESC, items.id DESC
    if (a.dueMs.has_value() != b.dueMs.has_value())
        return a.dueMs.has_value();
    if (a.dueMs && *a.dueMs != *b.dueMs)
        return *a.dueMs < *b.dueMs;
    if (a.record.receivedMs != b.record.receivedMs)
        return a.record.receivedMs > b.record.receivedMs;
    return a.id > b.id;
}

std::optional<bool> matchesItemQuery(const Item &item, const ItemQuery &query)
{
    if (!query.search.trimmed().isEmpty() || (query.parsedSearch && !query.parsedSearch->isEmpty()))
        return std::nullopt;
    const qint64 now = query.nowMs != 0 ? query.nowMs : QDateTime::currentMSecsSinceEpoch();
    bool state = true;
    switch (query.states) {
    case ItemQuery::States::Open: // kOpenSql
        state = item.state == ItemState::Open
            || (item.state == ItemState::Snoozed
                && (!item.snoozedUntilMs || *item.snoozedUntilMs <= now));
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
    return state && (!query.tier || item.tier == *query.tier)
        && (!query.sourceId || item.sourceId == *query.sourceId);
}

} // namespace fi
