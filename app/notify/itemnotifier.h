#pragma once
/// @file itemnotifier.h
/// @brief Turns gate decisions into notifications: coalesced new-item notifications per source,
/// breakthrough notifications (critical, marked), and the end-of-session digest; maps the
/// user's actions back to exact item ids. GUI thread only.

#include "domain/item.h"
#include "focus/coalescer.h"
#include "focus/focusdigest.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace fi {

class Notifier;

class ItemNotifier : public QObject {
    Q_OBJECT
public:
    /// @param notifier not owned; must outlive this object.
    ItemNotifier(Notifier *notifier, qint64 coalesceWindowMs, QObject *parent = nullptr);

    /// A new item that passed the gate (outside a session). Coalesced with the same source's
    /// items within the window. @param nowMs UTC epoch ms. @param quiet low urgency, no sound
    /// (issue 14: its tier is "quiet"); a coalesced notification stays loud once one of its
    /// items was not quiet.
    void notifyNew(const Item &item, qint64 nowMs, bool quiet = false);
    /// A new coalescing window (Preferences ▸ Notifications, applied without a restart); the
    /// next item starts a fresh notification. @param windowMs 0 = never coalesce.
    void setCoalesceWindowMs(qint64 windowMs);
    /// A breakthrough during a session: own notification, urgency critical, marked as such.
    void notifyBreakthrough(const Item &item);
    /// Snoozed items that came back (issue 12), outside a session: one notification for one
    /// item (its sender and subject), else one summary ("3 snoozed items are back") listing the
    /// first subjects. "Open" opens the (first) item. Subjects are plain text (escaped by the
    /// Notifier for a markup server). Empty @p items: nothing. @return the notification id (0 = not shown).
    quint32 notifyWoken(const QList<Item> &items, bool critical = false);
    /// The digest at the end of a session. @return the notification id (0 = not shown).
    quint32 notifyDigest(const FocusDigest &digest);
    /// How many notifications were posted (for the app's status).
    int postedCount() const { return m_posted; }

Q_SIGNALS:
    void openRequested(const QList<qint64> &ids);
    void doneRequested(const QList<qint64> &ids);
    void snoozeRequested(const QList<qint64> &ids);
    /// The digest's action: show the held items, sorted by due.
    void digestOpenRequested(const QList<qint64> &ids);

private:
    void onAction(quint32 id, const QString &key);
    void onClosed(quint32 id);

    Notifier *m_notifier;
    NotificationCoalescer m_coalescer;
    QHash<quint32, QList<qint64>> m_itemsById;   ///< notification id → items it stands for
    QHash<quint32, bool> m_isDigest;
    QSet<quint32> m_loud;  ///< new-item notifications with at least one item that was not quiet
    int m_posted = 0;
};

} // namespace fi
