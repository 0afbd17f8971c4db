#pragma once
/// @file viewresources.h
/// @brief Registers the ":/icons" resources compiled into the static focusinbox_views library.

namespace fi {

/// Makes ":/icons/…" available (app icon, tray variants, tier icons). Idempotent; call on the
/// GUI thread before using the icons outside MainWindow (MainWindow calls it itself).
/// Icons: focusinbox.svg, focusinbox-tray.svg, focusinbox-tray-unread.svg,
/// focusinbox-tray-urgent.svg, focusinbox-tray-focus.svg, tier-now/async/reference.svg,
/// done.svg, snooze.svg, sync.svg.
void initViewResources();

} // namespace fi
