#pragma once
/// @file snoozeentries.h
/// @brief The command palette's snooze commands: the snooze picker's fixed choices
/// (models/snooze/snoozephrase.h) as "Snooze until tomorrow 09:00" …, each showing when it
/// would wake. GUI thread only.

#include "palette/paletteentry.h"
#include "snooze/snoozephrase.h"

namespace fi {

class MainWindow;

/// The palette text of @p choice: "Snooze until after this focus session", "Snooze for 1 hour",
/// "Snooze until this evening", "Snooze until tomorrow 09:00", "Snooze until the next working
/// morning", "Snooze until next Monday" (translated; context "fi::SnoozeEntries").
QString snoozeEntryText(SnoozeChoice choice);

/**
 * @brief One entry per choice that applies in @p context (snoozeChoiceUntil() has a value), ids
 * "snooze.afterFocus", "snooze.inOneHour", "snooze.thisEvening", "snooze.tomorrow",
 * "snooze.nextWorkingMorning", "snooze.nextMonday"; category "Snooze"; detail = the wake time in
 * the context's zone ("Thu 09:00"). Running one snoozes the window's targetItems() until that
 * time, recomputed when run (MainWindow::snoozeUntil: one undo step). Empty while the window's
 * snooze action is disabled (no open item to snooze).
 */
QList<PaletteEntry> snoozeEntries(MainWindow &window);

} // namespace fi
