#include "snooze/snoozeclock.h"

#include <QDateTime>

#include <algorithm>

namespace fi::snooze {

namespace {
constexpr qint64 kHourMs = 3600 * 1000;

int offsetSecondsAt(const QTimeZone &zone, qint64 utcMs)
{
    return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()));
}
} // namespace

QTimeZone effectiveZone(const QTimeZone &zone)
{
    return zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

qint64 localToUtcMs(QDate date, QTime time, const QTimeZone &zone)
{
    const QTimeZone z = effectiveZone(zone);
    // The wall clock read as if it were UTC; the real instant is wall − offset for one of the
    // offsets in force around it (zones change offset at most once in a day in practice).
    const qint64 wallMs = QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch();
    const int before = offsetSecondsAt(z, wallMs - 36 * kHourMs);
    const int after = offsetSecondsAt(z, wallMs + 36 * kHourMs);
    const int middle = offsetSecondsAt(z, wallMs);
    std::optional<qint64> best;
    for (const int offset : {before, middle, after}) {
        const qint64 candidate = wallMs - qint64(offset) * 1000;
        if (offsetSecondsAt(z, candidate) == offset && (!best || candidate < *best))
            best = candidate;
    }
    if (best)
        return *best;
    // A gap: no offset reproduces this wall time. Read it with the offset before the change,
    // which lands the same distance past the change as the wall time was past it.
    return wallMs - qint64(before) * 1000;
}

QDate localDate(qint64 utcMs, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, effectiveZone(zone)).date();
}

std::optional<qint64> nextWorkingStartMs(qint64 nowMs, const WorkingHours &hours)
{
    const QTimeZone zone = hours.timeZone();
    const QDate today = localDate(nowMs, zone);
    for (int i = 0; i <= 400; ++i) {
        const QDate day = today.addDays(i);
        if (hours.isHoliday(day))
            continue;
        for (const WorkInterval &w : hours.intervals(Qt::DayOfWeek(day.dayOfWeek()))) {
            // An interval that continues from the previous day (starts at 00:00 right after a
            // 24:00 end) is not a "start"; a shift starting at midnight on its own is.
            if (w.startMinute == 0) {
                const QDate prev = day.addDays(-1);
                const auto prevIntervals = hours.intervals(Qt::DayOfWeek(prev.dayOfWeek()));
                if (!hours.isHoliday(prev) && !prevIntervals.isEmpty() && prevIntervals.last().endMinute == 1440)
                    continue;
            }
            const qint64 start = localToUtcMs(day, QTime(w.startMinute / 60, w.startMinute % 60), zone);
            if (start > nowMs)
                return start;
        }
    }
    return std::nullopt;
}

QDate nextWeekday(QDate from, int weekday)
{
    const int ahead = (weekday - from.dayOfWeek() + 7) % 7;
    return from.addDays(ahead == 0 ? 7 : ahead);
}

} // namespace fi::snooze
