#pragma once
/// @file snoozeclock.h
/// @brief Wall-clock arithmetic for snooze times: a local date and time in an IANA zone to a
/// UTC instant (DST gaps and overlaps resolved the way a user expects), the local date of an
/// instant, and the next start of working hours. Pure, thread-agnostic; internal to snooze/.

#include "deadlines/workinghours.h"

#include <QDate>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace fi::snooze {

/// @p zone when valid, else the system zone.
QTimeZone effectiveZone(const QTimeZone &zone);

/// UTC epoch ms of the wall-clock @p date @p time in @p zone.
/// - In a DST gap (02:30 on a spring-forward night) the time moves forward by the gap
///   (→ 03:30 summer time), as a clock would show it.
/// - In an overlap (02:30 twice on a fall-back night) the first occurrence wins.
qint64 localToUtcMs(QDate date, QTime time, const QTimeZone &zone);

/// The local date of @p utcMs in @p zone.
QDate localDate(qint64 utcMs, const QTimeZone &zone);

/// The first minute of a working interval strictly after @p nowMs (UTC ms), read in the
/// working hours' own zone; holidays and days without intervals are skipped. nullopt when no
/// working interval starts within the next 400 days (an empty schedule).
std::optional<qint64> nextWorkingStartMs(qint64 nowMs, const WorkingHours &hours);

/// The first date after @p from (strictly) whose weekday is @p weekday (Qt::Monday … Qt::Sunday).
QDate nextWeekday(QDate from, int weekday);

} // namespace fi::snooze
