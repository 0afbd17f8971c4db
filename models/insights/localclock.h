#pragma once
/// @file localclock.h
/// @brief Internal to Insights: fast UTC → local wall-clock conversion for one bounded period.
///
/// QDateTime conversions in a QTimeZone cost microseconds each; a year of items needs 100,000 of
/// them. LocalClock reads the zone's offset transitions once (QTimeZone::transitions()) and then
/// answers with a binary search. Value type; no thread affinity once built.

#include <QDate>
#include <QTimeZone>

#include <vector>

namespace fi {

class LocalClock {
public:
    static constexpr qint64 kDayMs = qint64(24) * 3600 * 1000;

    /// Valid for instants in [@p fromMs − 2 days, @p toMs + 2 days] (UTC epoch ms); outside that
    /// range the nearest known offset is used.
    LocalClock(const QTimeZone &zone, qint64 fromMs, qint64 toMs);

    /// Offset from UTC in ms at the UTC instant @p utcMs.
    qint64 offsetMs(qint64 utcMs) const;
    /// Local wall-clock ms since 1970-01-01T00:00 local.
    qint64 localMs(qint64 utcMs) const { return utcMs + offsetMs(utcMs); }
    /// Local day number (days since 1970-01-01 local).
    qint64 localDay(qint64 utcMs) const;
    /// The local date of @p utcMs.
    QDate localDate(qint64 utcMs) const { return QDate(1970, 1, 1).addDays(localDay(utcMs)); }
    /// 1 = Monday … 7 = Sunday, of the local day @p day.
    static int weekdayOfDay(qint64 day) { return int(((day + 3) % 7 + 7) % 7) + 1; }
    /// Local hour 0–23 of @p utcMs.
    int localHour(qint64 utcMs) const;
    /// The UTC instant of local midnight starting @p date (the first valid instant of that day).
    qint64 startOfDay(QDate date) const;

private:
    QTimeZone m_zone;
    std::vector<qint64> m_atMs;      ///< Transition instants (UTC), sorted.
    std::vector<qint64> m_offsetMs;  ///< Offset in effect from m_atMs[i] on.
    qint64 m_initialOffsetMs = 0;    ///< Offset before the first transition.
};

} // namespace fi
