#pragma once
/// @file calendarsessions.h
/// @brief Focus sessions from an iCalendar (.ics) file: timed VEVENTs whose SUMMARY matches a
/// pattern (default "Focus|Deep work"), recurrences expanded (RRULE, EXDATE), via libical.

#include "focus/focusschedule.h"

#include <QString>

namespace fi {

/**
 * @brief Read @p path and return the matching events overlapping [fromMs, toMs) as UTC intervals.
 * DTSTART/DTEND with a TZID are read in that IANA zone, UTC times as UTC, floating times in
 * @p floatingZone. All-day events are ignored (a whole-day "focus" is not a session).
 * @param pattern regular expression matched case-insensitively against SUMMARY.
 * @return the intervals; on an unreadable/unparsable file an empty list and *error (translated).
 */
QList<FocusInterval> readCalendarSessions(const QString &path, const QString &pattern, qint64 fromMs, qint64 toMs,
                                          const QTimeZone &floatingZone, QString *error = nullptr);

} // namespace fi
