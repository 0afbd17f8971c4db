#pragma once
/// @file insightsfocus.h
/// @brief Internal to InsightsQuery: the deep-work figures of a period from focus_sessions and
/// focus_events (definitions in insightsreport.h).

#include "insights/insightsreport.h"

#include <QSqlDatabase>

#include <optional>

namespace fi {

class LocalClock;

/// Focus figures of the sessions that started in [@p sinceMs, @p untilMs) (UTC epoch ms), days and
/// weeks in @p clock's zone. nullopt with @p error set when a query fails. Runs on the thread that
/// owns @p db.
std::optional<FocusFigures> readFocusFigures(QSqlDatabase &db, const LocalClock &clock, qint64 sinceMs,
                                             qint64 untilMs, QString *error);

} // namespace fi
