#pragma once
/// @file duetext.h
/// @brief Short human text for a deadline: "due in 3h 20m", "overdue 1d 2h".

#include <QString>

#include <optional>

namespace fi {

/// Formats the distance between @p nowMs and @p dueMs (both UTC epoch ms).
/// - dueMs nullopt → "".
/// - dueMs > nowMs → "due in …"; dueMs ≤ nowMs → "overdue …" (due exactly now is "overdue 0m").
/// - Duration: the two largest non-zero units of d/h/m, truncated to whole minutes except that
///   "due in" rounds up (so 30 s left reads "due in 1m", never "due in 0m"): "3h 20m", "45m",
///   "1d 2h", "2d", "1d 0h" is written "1d".
/// - @p working appends " (working)" (the window counts working hours, so wall-clock distance
///   is only indicative).
/// All texts go through QCoreApplication::translate("fi::DueText", …).
QString formatDueText(std::optional<qint64> dueMs, qint64 nowMs, bool working = false);

} // namespace fi
