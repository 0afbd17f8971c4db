#pragma once
/// @file workinghours.h
/// @brief The weekly working schedule, its IANA time zone and holidays.
///
/// Working time is defined on the local wall clock of timeZone(): a weekday has a list of
/// half-open intervals [start, end) in minutes from local midnight, in 15-minute steps
/// (0 … 1440; 1440 = "24:00"). Overnight shifts are written as two intervals on two days.
/// A holiday is a local date (in timeZone()) on which no interval counts.
/// Value type, no thread affinity; const methods are thread-safe.

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <array>

namespace fi {

/// One working interval: [startMinute, endMinute) minutes from local midnight.
struct WorkInterval {
    int startMinute = 0; ///< 0 … 1425, multiple of 15.
    int endMinute = 0;   ///< startMinute+15 … 1440, multiple of 15.
    bool operator==(const WorkInterval &) const = default;
};

class WorkingHours {
public:
    /// An empty schedule (no working time at all) in UTC.
    WorkingHours();

    /// Monday–Friday 09:00–17:00 in @p zone (an invalid zone is replaced by UTC), no holidays.
    static WorkingHours defaults(const QTimeZone &zone = QTimeZone::systemTimeZone());

    /// Reads the "workingHours" object of config.json:
    /// @code
    /// { "timeZone": "Europe/Berlin",
    ///   "week": { "mon": ["09:00-12:00", "13:00-17:00"], "tue": [...], ..., "sun": [] },
    ///   "holidays": ["2026-12-25", "2026-12-26"] }
    /// @endcode
    /// Starts from defaults(UTC zone or system zone): a missing "timeZone" keeps the system zone,
    /// a missing "week" keeps Mon–Fri 09:00–17:00, a weekday missing from "week" has no working
    /// time. Invalid parts (unknown zone, malformed/overlapping/unaligned interval, bad date) are
    /// skipped with a translated message in @p errors (may be null).
    static WorkingHours fromJson(const QJsonObject &json, QStringList *errors);

    /// The format fromJson() reads; weekdays always written, holidays sorted.
    QJsonObject toJson() const;

    QTimeZone timeZone() const { return m_zone; }
    /// Sets the zone; an invalid zone is replaced by UTC.
    void setTimeZone(const QTimeZone &zone);

    /// Intervals of @p day (Qt::Monday … Qt::Sunday), sorted, non-overlapping.
    QList<WorkInterval> intervals(Qt::DayOfWeek day) const;

    /// Replaces the intervals of @p day. Fails (schedule unchanged, translated reason in
    /// @p error) when an interval is not in 15-minute steps, is empty, lies outside 0–1440, or
    /// overlaps another. Touching intervals (12:00–13:00, 13:00–14:00) are merged.
    bool setIntervals(Qt::DayOfWeek day, QList<WorkInterval> intervals, QString *error = nullptr);

    const QSet<QDate> &holidays() const { return m_holidays; }
    void setHolidays(const QSet<QDate> &dates) { m_holidays = dates; }
    void addHoliday(QDate date) { if (date.isValid()) m_holidays.insert(date); }
    bool isHoliday(QDate date) const { return m_holidays.contains(date); }

    /// Adds every all-day VEVENT of an iCalendar file (RFC 5545) as holidays: each date from
    /// DTSTART up to (excluding) DTEND, or DTSTART + DURATION, or just DTSTART. Recurring
    /// all-day events (RRULE) are expanded up to 100 occurrences, not past 2100-12-31.
    /// Timed events are ignored. Uses libical. Returns false with a translated @p error when the
    /// file cannot be read or is not iCalendar; the schedule is then unchanged.
    bool importHolidaysFromIcs(const QString &path, QString *error);

    /// Sum of all weekday intervals in minutes (nominal, ignoring DST and holidays).
    int weeklyMinutes() const;

    /// Nominal check on the local wall clock: @p date is not a holiday and @p minuteOfDay
    /// (0 … 1439) lies inside one of the intervals of its weekday.
    bool isWorkingMinute(QDate date, int minuteOfDay) const;

    /// "HH:MM-HH:MM" → interval; false when malformed (see setIntervals() for the rules).
    static bool parseInterval(const QString &text, WorkInterval *out, QString *error);
    /// Interval → "HH:MM-HH:MM" (end 1440 written "24:00").
    static QString formatInterval(const WorkInterval &interval);

private:
    QTimeZone m_zone;
    std::array<QList<WorkInterval>, 7> m_week; // index 0 = Monday
    QSet<QDate> m_holidays;
};

} // namespace fi
