#include "focus/coalescer.h"

namespace fi {

NotificationCoalescer::Group NotificationCoalescer::add(qint64 sourceId, qint64 itemId, qint64 nowMs)
{
    auto it = m_groups.find(sourceId);
    if (it == m_groups.end() || m_windowMs <= 0 || nowMs - it->firstMs >= m_windowMs || nowMs < it->firstMs) {
        it = m_groups.insert(sourceId, Group{sourceId, {itemId}, nowMs, 0});
        return *it;
    }
    if (!it->itemIds.contains(itemId))
        it->itemIds.append(itemId);
    return *it;
}

void NotificationCoalescer::setNotificationId(qint64 sourceId, quint32 notificationId)
{
    auto it = m_groups.find(sourceId);
    if (it != m_groups.end())
        it->notificationId = notificationId;
}

const NotificationCoalescer::Group *NotificationCoalescer::groupForNotification(quint32 notificationId) const
{
    for (const Group &g : m_groups) {
        if (notificationId != 0 && g.notificationId == notificationId)
            return &g;
    }
    return nullptr;
}

void NotificationCoalescer::notificationClosed(quint32 notificationId)
{
    m_groups.removeIf([&](const auto &it) { return notificationId != 0 && it.value().notificationId == notificationId; });
}

} // namespace fi
