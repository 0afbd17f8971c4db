#pragma once
/// @file notificationpolicy.h
/// @brief Issue 14: what the user's notification settings (master switch, per-tier modes) make
/// of the gate's answer for one new item outside a focus session: no notification, a quiet one
/// or a normal one. Pure logic (no clock, no D-Bus); thread-agnostic.

#include "domain/item.h"
#include "focus/focussettings.h"
#include "focus/notificationgate.h"

namespace fi {

/// How one new item notifies.
enum class NotifyLevel {
    None,    ///< No notification (the tray badge and counts still show the item).
    Quiet,   ///< Urgency low, no sound (freedesktop hints "urgency" 0 and "suppress-sound").
    Normal,  ///< Urgency normal, as before issue 14.
};

/**
 * @brief The notification for a new item the gate answered @p decision for.
 *
 * - The master switch off (NotificationSettings::enabled false): None.
 * - GateDecision::Notify (Tier 3, or Tier 2 addressed to the user): the item's tier mode.
 * - GateDecision::BadgeOnly for a Tier 1 item of a source in Notify mode (the gate never
 *   notifies Reference by itself): the Reference mode (default Off, so None as before).
 * - Anything else (badge-only source, Tier 2 not addressed to the user, Silent, Hold,
 *   Breakthrough — breakthroughs follow the Focus page's rules and are always critical): None.
 */
NotifyLevel newItemNotifyLevel(const NotificationSettings &settings, const Item &item, SourceNotifyMode sourceMode,
                               GateDecision decision);

/// The level of a tier mode: Off → None, Quiet → Quiet, Normal → Normal.
NotifyLevel notifyLevelOf(TierNotifyMode mode);

} // namespace fi
