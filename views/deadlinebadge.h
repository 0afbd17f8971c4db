#pragma once
/// @file deadlinebadge.h
/// @brief Colours of the due badge per deadline state (pure functions, palette-aware).

#include "deadlines/deadlinestate.h"

#include <QColor>
#include <QPalette>

namespace fi {

/// How a due badge is drawn. An invalid @c fill means "draw no badge".
struct BadgeStyle {
    QColor fill;    ///< Pill background.
    QColor text;    ///< Text on the pill.
};

/// True when @p palette is a dark colour scheme (window background darker than its text).
bool isDarkPalette(const QPalette &palette);

/**
 * @brief Badge colours for a deadline state: overdue red, due soon amber, on track green,
 * met neutral, missed muted red, none no badge. Calm tones, adjusted for light and dark palettes.
 */
BadgeStyle deadlineBadgeStyle(DeadlineState state, const QPalette &palette);

/// The Snoozed view's wake-time badge ("wakes Tue 09:00"): a calm indigo, light and dark.
BadgeStyle snoozeBadgeStyle(const QPalette &palette);

} // namespace fi
