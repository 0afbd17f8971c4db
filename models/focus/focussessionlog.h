#pragma once
/// @file focussessionlog.h
/// @brief Records finished focus sessions in the focus_sessions table (stats hook).

#include "focus/focusstate.h"
#include "insights/insightsreport.h"

#include <QFuture>
#include <QList>

namespace fi {

class ItemStore;

/// One row of focus_sessions. Times are UTC epoch ms.
struct FocusSessionRecord {
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 plannedEndMs = 0;
    FocusOrigin origin = FocusOrigin::Manual;
    int heldBack = 0;
    int breakthroughs = 0;
    bool operator==(const FocusSessionRecord &) const = default;
};

/// One row of focus_events (schema 14, issue 15): a notification held back or let through.
struct FocusEventRecord {
    enum class Kind { Held, Breakthrough };
    qint64 atMs = 0;      ///< UTC epoch ms.
    Kind kind = Kind::Held;
    qint64 itemId = 0;    ///< 0 = no item (or removed since).
    BreakthroughReason reason = BreakthroughReason::Unknown;  ///< Breakthroughs only.
    bool operator==(const FocusEventRecord &) const = default;
};

/// Writes through ItemStore::runWrite (the store's writer thread); reads on the calling thread's
/// own connection. Does not own the store. Any thread.
class FocusSessionLog {
public:
    explicit FocusSessionLog(ItemStore *store) : m_store(store) {}

    /// Queue one session; the future is true after COMMIT.
    QFuture<bool> record(const FocusSessionRecord &session);
    /// Sessions that started in [fromMs, toMs), oldest first (for the stats view and tests).
    QList<FocusSessionRecord> sessions(qint64 fromMs, qint64 toMs) const;
    /// Queue one held or broken-through notification; the future is true after COMMIT. An item id
    /// that no longer exists is stored as NULL.
    QFuture<bool> recordEvent(const FocusEventRecord &event);

private:
    ItemStore *m_store;
};

} // namespace fi
