#pragma once
/// @file snoozetext.h
/// @brief How a wake time reads in the UI: "today 18:00", "tomorrow 09:00", "Tue 09:00",
/// "Sat 5 Dec 09:00", "5 Dec 2027 09:00" (the picker beside each choice) and "wakes Tue
/// 09:00" (the Snoozed view). Day and month names follow the UI locale (QLocale()), the clock
/// is 24 h, the wall time is read in the zone given (invalid = system zone). Pure;
/// translated with context "fi::SnoozeText".

#include <QString>
#include <QTimeZone>

namespace fi {

/// @p untilMs (UTC ms) relative to @p nowMs (UTC ms) in @p zone: "today 18:00", "tomorrow
/// 09:00", the weekday within the next 6 days ("Tue 09:00"), the date within a year ("Sat 5
/// Dec 09:00"), else the date with its year ("5 Dec 2027 09:00").
QString formatSnoozeTime(qint64 untilMs, qint64 nowMs, const QTimeZone &zone);

/// "wakes " + formatSnoozeTime(): the Snoozed view's badge.
QString formatWakeText(qint64 untilMs, qint64 nowMs, const QTimeZone &zone);

} // namespace fi
