#pragma once
/// @file snoozephrase.h
/// @brief When a snooze ends: the picker's fixed choices and typed phrases ("tue 14:30",
/// "in 3h", "dec 5"; "mañana 9:00", "amanhã 9h" …) in English, Spanish and Brazilian
/// Portuguese. Pure and thread-agnostic; used by the snooze picker, the palette and the CLI
/// (`focusinbox snooze ID... --until ISO|PHRASE`).
///
/// Times are UTC epoch milliseconds; wall-clock words ("this evening", "tomorrow 09:00",
/// "tue 14:30") are read in the zone given (an IANA id via QTimeZone), and "next working
/// morning" in the working hours given.

#include "deadlines/workinghours.h"

#include <QString>
#include <QTimeZone>

#include <optional>

namespace fi {

/// What a phrase is read against.
struct SnoozeContext {
    qint64 nowMs = 0;            ///< "Now", UTC epoch ms.
    QTimeZone zone;              ///< The user's zone (AppConfig), invalid = system zone.
    WorkingHours hours;          ///< For "next working morning" (its first working minute).
    /// When the running focus session ends (UTC ms); nullopt = no session (then "after this
    /// focus session" is not offered and does not parse).
    std::optional<qint64> focusEndMs;
};

/// The picker's fixed choices, in the order shown.
enum class SnoozeChoice : int {
    AfterFocus,          ///< When the running focus session ends.
    InOneHour,           ///< now + 1 h.
    ThisEvening,         ///< Today 18:00 local (tomorrow 18:00 when that has passed).
    TomorrowMorning,     ///< Tomorrow 09:00 local.
    NextWorkingMorning,  ///< Start of the next working day's hours after now.
    NextMonday,          ///< Next Monday 09:00 local (a week on when today is Monday).
};

/// When @p choice ends, seen from @p context; nullopt when it does not apply (AfterFocus
/// without a session, NextWorkingMorning without any working day).
std::optional<qint64> snoozeChoiceUntil(SnoozeChoice choice, const SnoozeContext &context);
/// Translated label of @p choice, e.g. "Tomorrow 09:00" (context "fi::SnoozePhrase").
QString snoozeChoiceLabel(SnoozeChoice choice);

/// Result of reading a typed phrase.
struct SnoozeParse {
    std::optional<qint64> untilMs;  ///< UTC epoch ms, strictly after context.nowMs; nullopt = not understood.
    QString error;                  ///< Translated reason when untilMs is nullopt.
};

/// Read @p text — an ISO 8601 date-time, one of the choices' words, or a phrase such as
/// "in 3h", "tue 14:30", "dec 5", "tomorrow", "next monday 10:00" in en, es or pt_BR
/// (whatever the UI language) — into a wake time. A date without a time means 09:00 local; a
/// time already passed today means tomorrow; a weekday means its next occurrence.
///
/// Details (tests/unit/tst_snoozephrase.cpp has every form):
/// - A weekday ("tue", "martes", "terça") or "next monday" is the next such day AFTER today
///   (a week on when today is that day). "next week" is next Monday 09:00.
/// - "in 3h", "en 3 h", "em 3h", "90 min", "2d" are real time (now + duration, across DST);
///   whole days with a time ("in 2 days at 9:00") are wall-clock days.
/// - A bare "9h" / "14h30" is a time of day (es/pt convention), as are "9", "9am", "14:30".
/// - "this evening"/"tonight" 18:00, "morning" 09:00, "afternoon"/"tarde" 14:00, "noon" 12:00,
///   "midnight" 00:00 at the end of the day; "dec 5"/"5 de diciembre" without a year is the
///   next one to come; "the 5th" is this month's or the next month's.
/// - Local times in a DST gap move forward by the gap; in an overlap the first one counts.
/// - Case and accents do not matter ("manana" = "mañana"). Errors: unknown word, invalid time
///   or date, a time that has passed, more than ten years away, two different days or times,
///   "after this focus session" without a session.
SnoozeParse parseSnoozePhrase(const QString &text, const SnoozeContext &context);

} // namespace fi
