#pragma once
/// @file insightsreport.h
/// @brief Insights (issue 15): what one period of the store says about how fast the user answers,
/// whether the response windows are kept, how much deep work was protected, and when items arrive.
///
/// Plain value types, filled by InsightsQuery (insightsquery.h) and read by the Insights window,
/// `focusinbox stats --json` and the CSV export. No thread affinity.
///
/// Definitions (the seed norms: measure response times and focus hours, not only keep them):
/// - **Counted items**: items whose receive time lies in the period [sinceMs, untilMs) and that pass
///   the filter (source, kind, current tier). Items waiting in the screener are not counted.
/// - **Response**: the reply time when a reply was detected (items.replied_ms, from the Sent folders),
///   otherwise the first time the item was marked done (its first "done" event; items.done_ms when
///   no event exists). An item with neither has not been responded to.
/// - **Response time**: from the receive time to the response, on the clock of the item's response
///   policy: working time (WorkingHours: only minutes inside working hours on non-holidays count)
///   for a working-clock policy, elapsed calendar time otherwise. Negative spans count as 0.
/// - **Met / missed** (items that owe a reply: due_ms set): met when the response came at or before
///   the deadline, or the item carries the answered flag without a known reply time; missed when the
///   response came after the deadline, or there was none and the deadline lies before nowMs. Items
///   whose deadline is still ahead and that have no response are neither.
/// - **Median / 90th percentile**: nearest-rank (the value at rank ceil(p × n) of the sorted list).
/// - **Focus**: sessions that *started* in the period. Scheduled = planned length (planned end −
///   start); kept = actual length (end − start). A session ended early has end < planned end, an
///   extended one end > planned end. The longest uninterrupted stretch is the longest span inside a
///   session between its start, its breakthroughs and its end.
/// - **Arrivals**: counted items by weekday (1 = Monday … 7 = Sunday) and hour (0–23) of their receive
///   time in the user's time zone (the working-hours zone).

#include "domain/tier.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace fi {

/// The clock response times of one group are measured on.
enum class InsightsClock {
    Calendar, ///< Every item of the group has a calendar-clock policy (or none).
    Working,  ///< Every item of the group has a working-clock policy.
    Mixed,    ///< Both occur: each item's time is measured on its own policy's clock.
};

/// Stable spelling: "calendar", "working", "mixed".
QString insightsClockName(InsightsClock clock);

/// Response figures of one group of items (a tier, a source or a week × tier).
struct ResponseFigures {
    int received = 0;   ///< Counted items.
    int responded = 0;  ///< Of those, items with a response (reply or done).
    std::optional<qint64> medianResponseMs;  ///< Nearest-rank median response time (ms); nullopt when responded == 0.
    std::optional<qint64> p90ResponseMs;     ///< Nearest-rank 90th percentile (ms); nullopt when responded == 0.
    int met = 0;        ///< Items that owe a reply and were answered in time.
    int missed = 0;     ///< Items that owe a reply and were answered late or are overdue.
    InsightsClock clock = InsightsClock::Calendar;
    /// met / (met + missed), or nullopt when no item of the group was decided yet.
    std::optional<double> metShare() const
    {
        return met + missed > 0 ? std::optional<double>(double(met) / double(met + missed)) : std::nullopt;
    }
    bool operator==(const ResponseFigures &) const = default;
};

/// Response figures of one week (ISO week, Monday 00:00 in the user's zone) per tier.
struct WeekFigures {
    QDate weekStart;                       ///< The Monday that starts the week (local date).
    std::array<ResponseFigures, 3> tiers;  ///< Index 0 = Tier 1 (Reference), 1 = Tier 2, 2 = Tier 3.
    bool operator==(const WeekFigures &) const = default;
};

/// Response figures of one source.
struct SourceFigures {
    qint64 sourceId = 0;
    QString name;  ///< The source's display name (stranger-free: configured by the user).
    ResponseFigures figures;
    bool operator==(const SourceFigures &) const = default;
};

/// What an item came from, for the worst-offender list.
enum class OriginKind {
    Sender,      ///< The sender's address (or handle when there is no address).
    List,        ///< A mailing list (List-Id).
    Repository,  ///< A repository (an item attribute "<namespace>.repository").
};

/// Stable spelling: "sender", "list", "repository".
QString originKindName(OriginKind kind);

/// One sender, list or repository whose items went overdue. Each item with a deadline counts under
/// one origin only: its repository attribute if it has one, else its List-Id, else its sender.
struct Offender {
    OriginKind kind = OriginKind::Sender;
    QString key;    ///< Address, List-Id or repository full name, as stored (text from strangers).
    int missed = 0; ///< Items of the period that missed their deadline.
    int met = 0;    ///< Items of the period that met it.
    bool operator==(const Offender &) const = default;
};

/// Why a notification broke through a focus session (NotificationGate's rule that fired).
enum class BreakthroughReason {
    Unknown,         ///< Recorded before issue 15, or not known.
    Sender,          ///< The sender is on the "always break through" list.
    Tier3,           ///< A Tier 3 (Now) item.
    Overdue,         ///< Already overdue when it arrived.
    DeadlineInSession, ///< Its deadline falls before the session ends.
};

/// Stable spelling (focus_events.reason): "unknown", "sender", "tier3", "overdue", "deadline".
QString breakthroughReasonName(BreakthroughReason reason);
/// Inverse of breakthroughReasonName(); Unknown for anything else.
BreakthroughReason breakthroughReasonFromName(const QString &name);

/// One breakthrough of the period.
struct BreakthroughRecord {
    qint64 atMs = 0;        ///< UTC epoch ms.
    qint64 itemId = 0;      ///< 0 when the item was removed since.
    QString subject;        ///< Text from strangers: show as plain text.
    QString sender;         ///< The sender's display name, else address, else handle. Text from strangers: plain text.
    BreakthroughReason reason = BreakthroughReason::Unknown;
    bool operator==(const BreakthroughRecord &) const = default;
};

/// Focus time of one local day.
struct FocusDay {
    QDate date;              ///< Local date in the user's zone.
    qint64 scheduledMs = 0;  ///< Planned session time on that day (sessions split at local midnight).
    qint64 keptMs = 0;       ///< Actual session time on that day.
    bool operator==(const FocusDay &) const = default;
};

/// Deep-work figures of the period.
struct FocusFigures {
    qint64 scheduledMs = 0;  ///< Sum of planned lengths.
    qint64 keptMs = 0;       ///< Sum of actual lengths.
    int sessions = 0;
    int endedEarly = 0;      ///< Sessions with end < planned end.
    int extended = 0;        ///< Sessions with end > planned end.
    int held = 0;            ///< Notifications held for the digest (focus_sessions.held_back).
    int breakthroughs = 0;   ///< Notifications let through (focus_sessions.breakthroughs).
    qint64 longestStretchMs = 0;  ///< Longest uninterrupted span inside one session.
    QList<FocusDay> days;    ///< Every local day of the period, in order (zeros included).
    QList<FocusDay> weeks;   ///< Per ISO week: date = the Monday; sums of the days.
    QList<BreakthroughRecord> breakthroughList;  ///< Breakthroughs with a recorded event, oldest first.
    bool operator==(const FocusFigures &) const = default;
};

/// Everything the Insights window and `stats --json` show for one period.
struct InsightsReport {
    qint64 sinceMs = 0;  ///< Period start, UTC epoch ms (inclusive).
    qint64 untilMs = 0;  ///< Period end, UTC epoch ms (exclusive).
    QString zoneId;      ///< IANA id of the zone local dates and arrivals are in.
    std::array<ResponseFigures, 3> tiers;  ///< Index 0 = Tier 1 … 2 = Tier 3.
    QList<WeekFigures> weeks;       ///< Every ISO week that overlaps the period, in order.
    QList<SourceFigures> sources;   ///< Sources with counted items, by name.
    QList<Offender> offenders;      ///< Most missed first (then fewest met, then key); at most 10.
    FocusFigures focus;
    /// Arrivals per [tier index][weekday 1–7 − 1][hour 0–23].
    std::array<std::array<std::array<int, 24>, 7>, 3> arrivals{};
    /// Arrivals of all tiers at @p weekday (1 = Monday … 7) and @p hour (0–23).
    int arrivalsAt(int weekday, int hour) const
    {
        return arrivals[0][weekday - 1][hour] + arrivals[1][weekday - 1][hour] + arrivals[2][weekday - 1][hour];
    }
    const ResponseFigures &tier(Tier t) const { return tiers[int(t) - 1]; }
    bool operator==(const InsightsReport &) const = default;
};

} // namespace fi
