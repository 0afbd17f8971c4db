#pragma once
/// @file deadlinecalculator.h
/// @brief Computes response deadlines ("due") from a received time and a ResponsePolicy.
///
/// Definition (the contract the oracle test checks):
/// - Calendar clock: due = receivedMs + windowMinutes × 60 000 (plain UTC addition; DST is
///   irrelevant because UTC time is counted).
/// - Working clock: working time elapses in real (UTC) time while the local wall clock of
///   WorkingHours::timeZone() shows a time inside one of the intervals of its weekday on a local
///   date that is not a holiday. due is the earliest instant t ≥ receivedMs such that the
///   working time in [receivedMs, t) equals the window. Consequences:
///   * received outside hours → the clock starts at the next opening;
///   * a window that is used up exactly at a closing time is due at that closing time
///     (Friday 16:45 + 15 min → Friday 17:00, not Monday 09:00);
///   * spring forward: local times that do not exist do not count (an interval 01:00–03:00 on a
///     day whose 02:00–03:00 is skipped lasts 1 h);
///   * fall back: the repeated local hour counts twice (an interval 00:00–02:00 on a day whose
///     01:00–02:00 repeats lasts 3 h of real time);
///   * zones with 30-minute shifts (Australia/Lord_Howe) and half-hour offsets work the same way.
/// - A window of 0 minutes is due at receivedMs. windowMinutes == nullopt → nullopt (no reply
///   owed). A working-clock policy on a schedule with no working time at all → nullopt, and so
///   is any deadline that would lie more than 200 years after receivedMs (never an endless loop).
///
/// Thread-safety: due() is const and thread-safe; it lazily caches per-block tables of UTC
/// working intervals (one table per 64 days of UTC time). Copies share the cache.
/// Cost: one binary search per call once the table is built (~O(log n)).

#include "deadlines/responsepolicy.h"
#include "deadlines/workinghours.h"

#include <memory>
#include <optional>

namespace fi {

class DeadlineCalculator {
public:
    /// Copies @p hours; later changes to the caller's object do not affect this calculator.
    explicit DeadlineCalculator(WorkingHours hours);
    ~DeadlineCalculator();
    DeadlineCalculator(const DeadlineCalculator &);
    DeadlineCalculator &operator=(const DeadlineCalculator &);

    /// The deadline (UTC epoch ms) for an item received at @p receivedMs (UTC epoch ms) under
    /// @p policy, as defined in the file comment; nullopt when no reply is owed or no deadline
    /// exists.
    std::optional<qint64> due(qint64 receivedMs, const ResponsePolicy &policy) const;

    /// Working time in ms in [@p fromMs, @p toMs) (UTC epoch ms; 0 when toMs ≤ fromMs; ranges
    /// longer than 200 years are cut at 200 years). Useful for "x working hours left".
    qint64 workingMsBetween(qint64 fromMs, qint64 toMs) const;

    const WorkingHours &workingHours() const;

private:
    struct Impl;
    std::shared_ptr<const Impl> d;
};

} // namespace fi
