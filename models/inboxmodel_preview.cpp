// InboxModel: the query of the rows it shows, and the preview of items a write will soon
// leave as given (ItemStore::itemsPreviewed). Split from inboxmodel.cpp (one job per file).
#include "inboxmodel.h"

#include "inboxquery.h"
#include "search/searchscope.h"

#include <algorithm>

namespace fi {

ItemQuery InboxModel::listQuery(qint64 now) const
{
    ItemQuery query;
    query.tier = tierOfInboxView(m_view);
    query.states = m_view == InboxView::Done      ? ItemQuery::States::Done
                   : m_view == InboxView::Snoozed ? ItemQuery::States::Snoozed
                                                  : ItemQuery::States::Open;
    query.newSenders = m_view == InboxView::NewSenders;
    if (m_filter != DeadlineFilter::None) {
        query.tier.reset();
        query.states = ItemQuery::States::Open;
    }
    query.nowMs = now;
    if (m_parsedSearch)  // issue 12 (FIND): every tier and state, ranked
        query = searchListQuery(m_parsedSearch, now);
    query.parsedSearch = m_parsedSearch;
    return query;
}

void InboxModel::previewItems(const QList<Item> &items)
{
    // Only over rows that are settled: a load in flight diffs against the rows as they are now,
    // and a replacement, a deadline filter (clock) or a search (FTS) decide membership elsewhere.
    if (items.isEmpty() || m_loading || m_resetNext || m_pageShownFor != 0 || m_filter != DeadlineFilter::None)
        return;
    if (showsConversations()) {
        previewConversations(items);
        return;
    }
    const ItemQuery query = listQuery(nowMs());
    std::vector<std::pair<const Item *, bool>> placed;
    placed.reserve(std::size_t(items.size()));
    for (const Item &item : items) {
        const std::optional<bool> belongs = matchesItemQuery(item, query);
        if (!belongs)
            return;
        placed.emplace_back(&item, *belongs);
    }
    Q_EMIT rowsAboutToBeUpdated();
    for (const auto &[item, belongs] : placed) {
        const int old = rowForId(item->id);
        if (old < 0 && !belongs)
            continue;
        cacheInsert(std::make_shared<const Item>(*item));
        if (!belongs) {
            beginRemoveRows({}, old, old);
            m_keys.erase(m_keys.begin() + old);
            endRemoveRows();
            continue;
        }
        placeKey(old, itemKeyOf(*item), query.states);
    }
    ++m_rowsVersion;
    Q_EMIT rowsUpdated();
}

void InboxModel::placeKey(int old, const ItemKey &key, ItemQuery::States states)
{
    const auto less = [states](const ItemKey &a, const ItemKey &b) { return inboxKeyLess(a, b, states); };
    if (old < 0) {
        const int at = int(std::lower_bound(m_keys.cbegin(), m_keys.cend(), key, less) - m_keys.cbegin());
        beginInsertRows({}, at, at);
        m_keys.insert(m_keys.begin() + at, key);
        endInsertRows();
        return;
    }
    // Where it goes among the other rows (the vector without it is sorted).
    const auto othersBefore = [&](int row) { return row < old ? row : row + 1; };
    int lo = 0;
    int hi = int(m_keys.size()) - 1;
    while (lo < hi) { // first position p (0..size-1) among the others whose key is not less
        const int mid = (lo + hi) / 2;
        if (less(m_keys[std::size_t(othersBefore(mid))], key))
            lo = mid + 1;
        else
            hi = mid;
    }
    const int at = lo;
    if (at == old) {
        m_keys[std::size_t(old)] = key;
        Q_EMIT dataChanged(index(old), index(old));
        return;
    }
    beginMoveRows({}, old, old, {}, at > old ? at + 1 : at);
    m_keys.erase(m_keys.begin() + old);
    m_keys.insert(m_keys.begin() + at, key);
    endMoveRows();
    Q_EMIT dataChanged(index(at), index(at));
}

} // namespace fi
