#include "focus/notificationpolicy.h"

namespace fi {

NotifyLevel notifyLevelOf(TierNotifyMode mode)
{
    switch (mode) {
    case TierNotifyMode::Off: return NotifyLevel::None;
    case TierNotifyMode::Quiet: return NotifyLevel::Quiet;
    case TierNotifyMode::Normal: return NotifyLevel::Normal;
    }
    return NotifyLevel::None;
}

NotifyLevel newItemNotifyLevel(const NotificationSettings &settings, const Item &item, SourceNotifyMode sourceMode,
                               GateDecision decision)
{
    if (!settings.enabled)
        return NotifyLevel::None;
    if (decision == GateDecision::Notify)
        return notifyLevelOf(settings.tierMode(item.tier));
    // The gate keeps Reference to the badge; the user may ask for Reference notifications.
    if (decision == GateDecision::BadgeOnly && sourceMode == SourceNotifyMode::Notify && item.tier == Tier::Reference)
        return notifyLevelOf(settings.reference);
    return NotifyLevel::None;
}

} // namespace fi
