#pragma once
/// @file focussessionlog.h
/// @brief Records finished focus sessions in the focus_sessions table (stats hook).

#include "focus/focusstate.h"

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

/// Writes through ItemStore::runWrite (the store's writer thread); reads on the calling thread's
/// own connection. Does not own the store. Any thread.
class FocusSessionLog {
public:
    explicit FocusSessionLog(ItemStore *store) : m_store(store) {}

    /// Queue one session; the future is true after COMMIT.
    QFuture<bool> record(const FocusSessionRecord &session);
    /// Sessions that started in [fromMs, toMs), oldest first (for the stats view and tests).
    QList<FocusSessionRecord> sessions(qint64 fromMs, qint64 toMs) const;

private:
    ItemStore *m_store;
};

} // namespace fi
