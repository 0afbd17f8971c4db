#pragma once
/// @file focusschedule.h
/// @brief Weekly recurring deep-work blocks in an IANA time zone, expanded to UTC intervals.
///
/// Pure value type: no clock, no I/O. Times are UTC epoch milliseconds; block times are
/// wall-clock times in the schedule's zone (so "09:00" stays 09:00 across DST changes).

#include <QJsonObject>
#include <QList>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace fi {

/// A half-open interval [startMs, endMs) in UTC epoch milliseconds.
struct FocusInterval {
    qint64 startMs = 0;
    qint64 endMs = 0;
    bool contains(qint64 ms) const { return ms >= startMs && ms < endMs; }
    bool operator==(const FocusInterval &) const = default;
};

/// Sort @p intervals and merge those that overlap or touch. Empty intervals are dropped.
QList<FocusInterval> mergeIntervals(QList<FocusInterval> intervals);

/// One weekly block, e.g. Mon–Fri 09:00–11:30. An end at or before the start means the
/// block runs past midnight into the next day (Fri 22:00–02:00 ends Saturday 02:00).
struct FocusBlock {
    QList<int> days;  ///< Qt::DayOfWeek values 1 (Monday) … 7 (Sunday) on which the block starts.
    QTime start;
    QTime end;
    bool operator==(const FocusBlock &) const = default;

    /// Reads {"days": ["mon","tue",…] or [1,2,…], "start": "09:00", "end": "11:30"}.
    /// @return nullopt with *error (translated) set when a field is missing or invalid.
    static std::optional<FocusBlock> fromJson(const QJsonObject &json, QString *error);
    QJsonObject toJson() const;
};

/**
 * @brief The user's weekly focus schedule plus extra one-off intervals (e.g. calendar events).
 *
 * Expansion happens in the schedule's time zone: a wall-clock time that does not exist on a
 * DST spring-forward day is moved forward past the gap (02:30 → 03:30 CET→CEST); an ambiguous
 * fall-back time takes its first occurrence. Thread-agnostic value type.
 */
class FocusSchedule {
public:
    explicit FocusSchedule(QTimeZone zone = QTimeZone::systemTimeZone(), QList<FocusBlock> blocks = {});

    QTimeZone zone() const { return m_zone; }
    const QList<FocusBlock> &blocks() const { return m_blocks; }
    /// One-off intervals merged with the weekly blocks (calendar events); replaces earlier ones.
    void setExtraIntervals(QList<FocusInterval> intervals) { m_extra = std::move(intervals); }
    const QList<FocusInterval> &extraIntervals() const { return m_extra; }
    bool isEmpty() const { return m_blocks.isEmpty() && m_extra.isEmpty(); }

    /// Merged intervals (blocks and extras) that overlap [fromMs, toMs), sorted. A merged interval
    /// is returned whole even if it starts before fromMs or ends after toMs (within 3 days).
    QList<FocusInterval> intervals(qint64 fromMs, qint64 toMs) const;
    /// The merged interval containing @p nowMs, if any.
    std::optional<FocusInterval> activeAt(qint64 nowMs) const;
    /// Start of the first merged interval that starts after @p nowMs within 8 days, if any.
    std::optional<qint64> nextStartAfter(qint64 nowMs) const;

    /// {"timeZone": "Europe/Berlin", "blocks": [...]}; unknown zone → system zone with an error.
    static FocusSchedule fromJson(const QJsonObject &json, QStringList *errors);
    QJsonObject toJson() const;

private:
    QTimeZone m_zone;
    QList<FocusBlock> m_blocks;
    QList<FocusInterval> m_extra;
};

} // namespace fi
