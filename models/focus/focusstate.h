#pragma once
/// @file focusstate.h
/// @brief The deep-work session state machine: idle → focusing → idle (pure logic).
///
/// No clock and no timers: every call takes "now" (UTC epoch ms), so tests inject time and the
/// app drives it from a QTimer. Thread-agnostic; use one instance from one thread.

#include "focus/focusschedule.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace fi {

/// Where a session came from.
enum class FocusOrigin { Manual, Schedule };

/// A running (or just ended) deep-work session.
struct FocusSession {
    qint64 startMs = 0;         ///< UTC epoch ms.
    qint64 plannedEndMs = 0;    ///< UTC epoch ms; moves with extend() and merged schedule blocks.
    FocusOrigin origin = FocusOrigin::Manual;
    QList<qint64> heldIds;      ///< Items held back for the digest (store row ids, unique).
    int breakthroughs = 0;      ///< Items that broke through during the session.
    bool operator==(const FocusSession &) const = default;

    QJsonObject toJson() const;
    static std::optional<FocusSession> fromJson(const QJsonObject &json);
};

/// What a call changed. Started/Ended carry the session; Ended also the actual end time.
struct FocusEvent {
    enum Kind { Started, Extended, Ended };
    Kind kind = Started;
    FocusSession session;
    qint64 atMs = 0;             ///< When it happened (Ended: the session's actual end).
    bool endedLate = false;      ///< Ended after the planned end because the machine slept or the app was not running.
};

/**
 * @brief Decides when sessions start and end.
 *
 * - Scheduled blocks (merged with one another) start a session when update() sees them active,
 *   unless the user ended that block early (it stays suppressed until the block ends).
 * - A manual session overlapping or touching a scheduled block is merged into one session that
 *   ends with the later of the two.
 * - A session whose planned end passed while update() was not called for longer than the
 *   tolerance (sleep, app not running) ends at the time of that update (wake-up), not in the past.
 * - The whole state round-trips through toJson()/fromJson(), so a restart resumes it.
 */
class FocusStateMachine {
public:
    /// Gaps longer than this between planned end and the update that sees it count as "late".
    static constexpr qint64 kLateToleranceMs = 60 * 1000;

    explicit FocusStateMachine(FocusSchedule schedule = FocusSchedule());

    void setSchedule(FocusSchedule schedule) { m_schedule = std::move(schedule); }
    const FocusSchedule &schedule() const { return m_schedule; }

    bool isFocusing() const { return m_session.has_value(); }
    const std::optional<FocusSession> &session() const { return m_session; }
    /// Milliseconds left in the session at @p nowMs (0 when idle).
    qint64 remainingMs(qint64 nowMs) const;

    /// Advance to @p nowMs: end a session whose time has come, start a scheduled one.
    QList<FocusEvent> update(qint64 nowMs);
    /// Start (or lengthen, if already focusing) a manual session lasting until @p endMs.
    QList<FocusEvent> startManual(qint64 nowMs, qint64 endMs);
    /// End the current session now. A scheduled block that is active stays off until it ends.
    QList<FocusEvent> stop(qint64 nowMs);
    /// Move the planned end by @p byMs. Empty list when idle.
    QList<FocusEvent> extend(qint64 nowMs, qint64 byMs);

    /// Remember an item held back for the digest (ignored when idle or already held).
    void recordHeld(qint64 itemId);
    /// Count a breakthrough (ignored when idle).
    void recordBreakthrough();

    /// When update() should run next at the latest (session end or next scheduled start).
    std::optional<qint64> nextChangeMs(qint64 nowMs) const;

    /// Persistent state: session, suppression, last update time (not the schedule).
    QJsonObject toJson() const;
    /// Restore what toJson() wrote; call update(now) afterwards. Malformed input → idle.
    void restore(const QJsonObject &json);

private:
    std::optional<FocusInterval> scheduledAt(qint64 nowMs) const;
    void absorbSchedule(qint64 atMs);

    FocusSchedule m_schedule;
    std::optional<FocusSession> m_session;
    qint64 m_suppressedUntilMs = 0;
    qint64 m_lastUpdateMs = 0;
};

} // namespace fi
