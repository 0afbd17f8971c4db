#pragma once
/// @file feeddates.h
/// @brief Dates as feeds write them: RFC 822/1123/2822 (RSS pubDate), RFC 3339 / ISO 8601 /
/// W3CDTF (Atom, dc:date, JSON Feed), and their common deviations (internal to the feed parser).

#include <QStringView>
#include <QtGlobal>

namespace fi::feed::parse {

/**
 * @brief UTC epoch milliseconds of a feed date; 0 when @p text is empty or not a date.
 *
 * Accepted (case-insensitive, surrounding whitespace ignored):
 *  - RFC 3339 / ISO 8601 / W3CDTF: "2003-12-31T10:14:55Z", "…T10:14:55.123+01:00", "…T10:14Z"
 *    (no seconds), "2003-12-31 10:14:55" (space), "20031231T101455Z" (basic form), "2003-12-31",
 *    "2003-12", "2003"; no zone = UTC.
 *  - RFC 822 / 2822: "Wed, 31 Dec 2003 10:14:55 +0000" and deviations: no weekday or a full
 *    weekday name, no comma, no seconds, full or abbreviated month names ("Sept"), "31-Dec-2003",
 *    month before day ("Dec 31 2003"), asctime ("Wed Dec 31 10:14:55 2003"), zones as ±hhmm,
 *    ±hh:mm, ±hh, "GMT+1", named zones (UT, UTC, GMT, Z, EST/EDT, CST/CDT, MST/MDT, PST/PDT,
 *    AST/ADT, and RFC 822 §5.1's military letters: A–I, K–M = −1…−12, N–Y = +1…+12 as written
 *    there), an unknown zone name or none = UTC, AM/PM.
 *  - Two-digit years (RFC 2822 §4.3 widened): the year within 50 years of @p nowMs; three-digit
 *    years add 1900 (RFC 2822 §4.3).
 * A second of 60 (leap second) reads as 59. Out-of-range fields give 0.
 * @param nowMs "now" in UTC epoch ms for two-digit years; 0 = the current time.
 * Pure; thread-safe.
 */
qint64 parseFeedDate(QStringView text, qint64 nowMs = 0);

} // namespace fi::feed::parse
