#pragma once
/// @file workingtable.h
/// @brief Internal: working time as sorted UTC intervals, built lazily per 64-day block.
///
/// Block k covers UTC [k × kBlockMs, (k+1) × kBlockMs). A block lists the UTC instants whose
/// local wall time (in the schedule's zone) lies inside a working interval on a non-holiday
/// date, as sorted disjoint [start, end) pairs with running totals, so advancing a window is
/// a binary search. Local ranges are mapped to UTC exactly, per constant-offset segment taken
/// from QTimeZone::transitions(): spring-forward gaps vanish, fall-back hours appear twice.
/// Thread-safe: blocks are immutable once published (atomic pointer for 1900–2300, a mutex-
/// guarded map elsewhere).

#include "deadlines/workinghours.h"

#include <QtGlobal>

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace fi {

class WorkingTable {
public:
    static constexpr qint64 kBlockMs = qint64(64) * 24 * 3600 * 1000;

    explicit WorkingTable(const WorkingHours &hours);
    ~WorkingTable();
    WorkingTable(const WorkingTable &) = delete;
    WorkingTable &operator=(const WorkingTable &) = delete;

    /// Earliest t ≥ fromMs with workingMs(fromMs, t) == amountMs (amountMs > 0);
    /// nullopt when t would exceed limitMs or the schedule has no working time.
    std::optional<qint64> advance(qint64 fromMs, qint64 amountMs, qint64 limitMs) const;

    /// Working ms in [fromMs, toMs).
    qint64 workingMs(qint64 fromMs, qint64 toMs) const;

    struct Block {
        qint64 begin = 0, end = 0;  // UTC range covered
        std::vector<qint64> starts; // interval starts, sorted
        std::vector<qint64> ends;   // interval ends
        std::vector<qint64> cumEnd; // working ms from begin to ends[i]
        qint64 total() const { return cumEnd.empty() ? 0 : cumEnd.back(); }
        qint64 workedBefore(qint64 t) const; // working ms in [begin, t), t in [begin, end]
    };

private:
    const Block &block(qint64 index) const;
    std::unique_ptr<Block> build(qint64 index) const;

    static constexpr qint64 kFastFirst = -430; // ~1894
    static constexpr qint64 kFastCount = 2400; // up to ~2314

    WorkingHours m_hours;
    bool m_hasWork = false;
    mutable std::mutex m_mutex;
    mutable std::unique_ptr<std::atomic<const Block *>[]> m_fast;
    mutable std::map<qint64, std::unique_ptr<Block>> m_owned;
};

} // namespace fi
