// InboxModel in conversation mode (issue 18): one row per conversation, its lead item's row
// (inboxconversations.h). Split from inboxmodel.cpp (one job per file).
#include "inboxmodel.h"

#include "inboxquery.h"

#include <algorithm>

namespace fi {

void InboxModel::setConversations(bool on)
{
    if (on == m_conversations)
        return;
    m_conversations = on;
    m_conversationRows.clear();
    m_resetNext = true; // other rows: one reset
    reload();
}

bool InboxModel::showsConversations() const
{
    return m_conversations && !m_parsedSearch && m_filter == DeadlineFilter::None && m_view != InboxView::NewSenders;
}

int InboxModel::rowForItem(qint64 id, qint64 conversationId) const
{
    const int row = rowForId(id);
    if (row >= 0 || !showsConversations() || conversationId <= 0)
        return row;
    const auto it = std::find_if(m_keys.cbegin(), m_keys.cend(),
                                 [conversationId](const ItemKey &key) { return key.conversationId == conversationId; });
    return it == m_keys.cend() ? -1 : int(it - m_keys.cbegin());
}

const ConversationSummary *InboxModel::conversationRow(qint64 id) const
{
    if (!showsConversations())
        return nullptr;
    auto it = m_conversationRows.constFind(id);
    if (it == m_conversationRows.cend()) {
        takeConversations(readConversationRows(*m_store, QList<qint64>{id}, nowMs()), false);
        it = m_conversationRows.constFind(id);
        if (it == m_conversationRows.cend())
            return nullptr;
    }
    return &*it;
}

void InboxModel::takeConversations(ConversationRows rows, bool replace) const
{
    if (replace) {
        m_conversationRows = std::move(rows);
        return;
    }
    // Bounded like the item cache: what is dropped is read again when a row shows it.
    if (m_conversationRows.size() + rows.size() > 2 * kCacheRows)
        m_conversationRows.clear();
    for (auto it = rows.begin(); it != rows.end(); ++it)
        m_conversationRows.insert(it.key(), std::move(it.value()));
}

void InboxModel::readConversations(const LoadRequest &request, LoadResult &result)
{
    if (!request.conversations)
        return;
    QList<qint64> ids;
    QSet<qint64> seen;
    for (const ItemRow &row : std::as_const(result.fresh))
        if (row->conversationId > 0 && !seen.contains(row->conversationId)) {
            seen.insert(row->conversationId);
            ids << row->conversationId;
        }
    result.conversations = readConversationRows(*request.store, ids, request.query.nowMs);
    // A row whose conversation reads otherwise now (a new message: count, sender) is changed. One
    // not held before changed only when it is more than its own message (the row showed that).
    QSet<qint64> differ;
    for (auto it = result.conversations.cbegin(); it != result.conversations.cend(); ++it) {
        const auto held = request.cachedConversations.constFind(it.key());
        if (held == request.cachedConversations.cend() ? it->count > 1 : conversationRowDiffers(*held, *it))
            differ.insert(it.key());
    }
    if (differ.isEmpty() || result.replacesCache)
        return;
    for (const ItemKey &key : result.rows)
        if (key.conversationId > 0 && differ.contains(key.conversationId))
            result.changed.insert(key.id);
}

bool InboxModel::loadNamedConversations(const LoadRequest &request, LoadResult &result)
{
    const QSet<qint64> ids(request.onlyIds->cbegin(), request.onlyIds->cend());
    // The named items, and every item of their conversations, old (the rows') and new.
    QSet<qint64> conversations;
    for (const ItemKey &key : request.base)
        if (key.conversationId > 0 && ids.contains(key.id))
            conversations.insert(key.conversationId);
    QHash<qint64, Item> items;
    for (Item &item : request.store->itemsByIds(QList<qint64>(ids.cbegin(), ids.cend()))) {
        if (item.conversationId > 0)
            conversations.insert(item.conversationId);
        items.insert(item.id, std::move(item));
    }
    for (Item &item : request.store->conversationItems(QList<qint64>(conversations.cbegin(), conversations.cend())))
        items.insert(item.id, std::move(item));

    QList<const Item *> members;
    members.reserve(items.size());
    for (const Item &item : std::as_const(items))
        members << &item;
    std::optional<std::vector<ItemKey>> fresh = conversationLeadsAmong(members, request.query);
    if (!fresh)
        return false;
    for (auto it = items.begin(); it != items.end(); ++it) {
        const ItemRow row = std::make_shared<const Item>(std::move(it.value()));
        const auto held = request.cached.constFind(row->id);
        if (held == request.cached.cend() || !sameRowContent(**held, *row))
            result.changed.insert(row->id);
        result.fresh << row;
        result.named.insert(row->id);
    }
    std::vector<ItemKey> kept;
    kept.reserve(request.base.size());
    for (const ItemKey &key : request.base) {
        const bool replaced = ids.contains(key.id) || items.contains(key.id)
            || (key.conversationId > 0 && conversations.contains(key.conversationId));
        if (replaced)
            result.named.insert(key.id);
        else
            kept.push_back(key);
    }
    const auto less = [states = request.query.states](const ItemKey &a, const ItemKey &b) {
        return inboxKeyLess(a, b, states);
    };
    result.rows.reserve(kept.size() + fresh->size());
    std::merge(kept.cbegin(), kept.cend(), fresh->cbegin(), fresh->cend(), std::back_inserter(result.rows), less);
    readConversations(request, result);
    return true;
}

void InboxModel::previewConversations(const QList<Item> &items)
{
    const ItemQuery query = listQuery(nowMs());
    QList<const Item *> given;
    given.reserve(items.size());
    for (const Item &item : items)
        given << &item;
    const std::optional<std::vector<ItemKey>> leads = conversationLeadsAmong(given, query);
    if (!leads)
        return;
    QSet<qint64> conversations;
    QSet<qint64> byId;
    for (const Item &item : items) {
        byId.insert(item.id);
        if (item.conversationId > 0)
            conversations.insert(item.conversationId);
        cacheInsert(std::make_shared<const Item>(item));
    }
    QSet<qint64> leadIds;
    for (const ItemKey &key : *leads)
        leadIds.insert(key.id);

    Q_EMIT rowsAboutToBeUpdated();
    // Rows of these conversations (or of these items) that are no lead any more leave.
    for (int row = int(m_keys.size()) - 1; row >= 0; --row) {
        const ItemKey &key = m_keys[std::size_t(row)];
        const bool ours = byId.contains(key.id) || (key.conversationId > 0 && conversations.contains(key.conversationId));
        if (!ours || leadIds.contains(key.id))
            continue;
        beginRemoveRows({}, row, row);
        m_keys.erase(m_keys.begin() + row);
        endRemoveRows();
    }
    // Each lead goes to its place: inserted, or moved when it is a row already.
    for (const ItemKey &key : *leads)
        placeKey(rowForId(key.id), key, query.states);
    ++m_rowsVersion;
    Q_EMIT rowsUpdated();
}

} // namespace fi
