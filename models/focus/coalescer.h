#pragma once
/// @file coalescer.h
/// @brief Groups new-item notifications per source: items arriving within a window of the
/// group's first item share one notification (updated in place with a count). Pure, clock-injected.

#include <QHash>
#include <QList>

namespace fi {

class NotificationCoalescer {
public:
    /// One source's current notification.
    struct Group {
        qint64 sourceId = 0;
        QList<qint64> itemIds;     ///< In arrival order; size() is the count to show.
        qint64 firstMs = 0;        ///< Arrival of the first item (UTC epoch ms).
        quint32 notificationId = 0; ///< The posted notification to replace (0 = none yet).
    };

    /// @param windowMs 0 disables coalescing (every item its own notification).
    explicit NotificationCoalescer(qint64 windowMs = 30 * 1000) : m_windowMs(windowMs) {}

    /// Add an item. @return the group it joined; itemIds.size() == 1 means a fresh notification,
    /// more means: replace group.notificationId with a counted one.
    Group add(qint64 sourceId, qint64 itemId, qint64 nowMs);
    /// Remember the id the desktop gave the group's notification.
    void setNotificationId(qint64 sourceId, quint32 notificationId);
    /// The group whose notification has @p notificationId, if any.
    const Group *groupForNotification(quint32 notificationId) const;
    /// Forget the group of a closed notification (the next item starts a new one).
    void notificationClosed(quint32 notificationId);

private:
    qint64 m_windowMs;
    QHash<qint64, Group> m_groups;
};

} // namespace fi
