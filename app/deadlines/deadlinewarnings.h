#pragma once
/// @file deadlinewarnings.h
/// @brief Delivers the early-warning ladder (models/deadlines/warningladder.h): a notification
/// before a response deadline is breached — by default 60 and 15 min before due for Tier 2, at
/// breach for Tier 3 — never repeated for the same step (steps are recorded in the store).
///
/// Focus sessions are respected: while one runs, Tier 2 warnings are not shown (they are recorded
/// as handled; the session's digest lists what is due within the hour), Tier 3 breach warnings
/// break through as critical notifications. A step whose moment passed more than 5 minutes ago
/// (the app was closed, or a first launch on an old inbox) is recorded but not shown.
/// GUI thread only; the store is read on a pool thread.

#include "deadlines/warningladder.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace fi {

class ItemStore;
class Notifier;

class DeadlineWarnings : public QObject {
    Q_OBJECT
public:
    /// Neither pointer is owned; both must outlive this object. @p isFocusing tells whether a
    /// focus session runs now. Checks every minute once started.
    DeadlineWarnings(ItemStore *store, Notifier *notifier, std::function<bool()> isFocusing,
                     QObject *parent = nullptr);

    /// Check now (the timer calls this every 60 s); @p nowMs UTC epoch ms, 0 = current time.
    void check(qint64 nowMs = 0);

Q_SIGNALS:
    /// The user chose "Open" on a warning about item @p itemId.
    void openRequested(qint64 itemId);

private:
    struct Candidates {
        QList<Item> items;
        QList<DueWarning> sent;
        qint64 nowMs = 0;
    };
    void deliver(const Candidates &candidates);

    ItemStore *m_store;
    Notifier *m_notifier;
    std::function<bool()> m_isFocusing;
    WarningLadder m_ladder = WarningLadder::defaults();
    QTimer m_timer;
    QFutureWatcher<Candidates> m_watcher;
    QHash<quint32, qint64> m_shown;  ///< notification id → item id
};

} // namespace fi
