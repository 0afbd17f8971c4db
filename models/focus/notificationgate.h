#pragma once
/// @file notificationgate.h
/// @brief Decides per new item: notify, badge only, silent, hold for the digest, or break through.
/// Pure logic (no clock of its own, no D-Bus).

#include "domain/item.h"
#include "focus/focussettings.h"

#include <optional>

namespace fi {

/// What to do with one new item.
enum class GateDecision {
    Notify,        ///< Outside a session: post a desktop notification.
    BadgeOnly,     ///< No popup; the tray badge/counts show it.
    Silent,        ///< The source is silent: nothing at all.
    Hold,          ///< During a session: hold back, count it in the digest.
    Breakthrough,  ///< During a session: notify anyway, urgency critical, marked as breakthrough.
};

/// The focus situation an item arrives in.
struct GateContext {
    bool focusing = false;
    qint64 sessionEndMs = 0;  ///< Planned end of the session (UTC epoch ms) when focusing.
};

/// @return true when one of @p addresses (compared case-insensitively) is in the item's To.
bool isAddressedTo(const Item &item, const QStringList &addresses);

class NotificationGate {
public:
    NotificationGate(BreakthroughRules rules = {}, QStringList myAddresses = {})
        : m_rules(std::move(rules)), m_me(std::move(myAddresses)) {}

    /**
     * @param item the new item (tier, sender, To, due already decided by the sync layer).
     * @param mode the item's source mode (NotificationSettings::modeFor()).
     * @param sourceAddresses the source's settings["addresses"] (also "the user").
     */
    GateDecision decide(const Item &item, SourceNotifyMode mode, const GateContext &context,
                        const QStringList &sourceAddresses = {}) const;

    /// Whether @p item would break through a session ending at @p sessionEndMs.
    bool isBreakthrough(const Item &item, qint64 sessionEndMs) const;

private:
    BreakthroughRules m_rules;
    QStringList m_me;
};

} // namespace fi
