#pragma once
/// @file insightsexport.h
/// @brief The machine-readable forms of an InsightsReport: the `focusinbox stats --json` object
/// and the Insights window's CSV export.

#include "insights/insightsreport.h"

#include <QByteArray>
#include <QJsonObject>

namespace fi {

/**
 * @brief The `stats --json` object (issue 15's contract), plus extra keys scripts may ignore.
 *
 * - `period {since, until}`: ISO 8601 UTC ("2026-11-30T00:00:00Z").
 * - `tiers` keyed "1", "2", "3", each `{received, responded, median_response_s, p90_response_s,
 *   met, missed, clock}`; the times are whole seconds (null when nothing was responded to).
 * - `focus {scheduled_s, kept_s, sessions, held, breakthroughs, ended_early, extended,
 *   longest_stretch_s}`.
 * - `arrivals`: `[weekday 1-7, hour 0-23, count]` triples (all tiers) in the report's zone, only
 *   non-zero cells, ordered by weekday then hour.
 * - `zone`, `sources [{id, name, received, met, missed}]`, `offenders [{kind, key, missed, met}]`,
 *   `weeks [{week_start, tiers {"1": {received, responded, median_response_s, p90_response_s}}}]`.
 */
QJsonObject insightsJson(const InsightsReport &report);

/**
 * @brief CSV (RFC 4180, UTF-8, CRLF line ends) of every figure of @p report: one row per value,
 * columns `section,group,key,value`, e.g. `tier,2,median_response_s,5400`. Fields that start
 * with = + - @ are prefixed with ' so that spreadsheets never run them as formulas (text from
 * strangers: offender keys).
 */
QByteArray insightsCsv(const InsightsReport &report);

} // namespace fi
