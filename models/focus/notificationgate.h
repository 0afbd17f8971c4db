#pragma once
/// @file notificationgate.h
/// @brief Decides per new item: notify, badge only, silent, hold for the digest, or break through.
/// Pure logic (no clock of its own, no D-Bus).

#include "domain/item.h"
#include "focus/focussettings.h"
#include "insights/insightsreport.h"
#include "rules/ruleset.h"

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
    qint64 nowMs = 0;         ///< When the item arrives (UTC epoch ms; BreakthroughRules::overdue). 0 = unknown.
};

/// @return true when one of @p addresses (compared case-insensitively) is in the item's To.
bool isAddressedTo(const Item &item, const QStringList &addresses);

class NotificationGate {
public:
    /// @param tiering the rules that placed the items (issue 14): an item placed by a rule with
    /// "notify": false never notifies nor breaks through (decide() answers Silent), nor does an
    /// item waiting in the screener (tier reason "screener") or one stored done (Block).
    NotificationGate(BreakthroughRules rules = {}, QStringList myAddresses = {}, RuleSet tiering = {})
        : m_rules(std::move(rules)), m_me(std::move(myAddresses)), m_tiering(std::move(tiering)) {}

    /**
     * @param item the new item (tier, sender, To, due already decided by the sync layer).
     * @param mode the item's source mode (NotificationSettings::modeFor()).
     * @param sourceAddresses the source's settings["addresses"] (also "the user").
     */
    GateDecision decide(const Item &item, SourceNotifyMode mode, const GateContext &context,
                        const QStringList &sourceAddresses = {}) const;

    /// Whether @p item would break through a session ending at @p sessionEndMs, arriving at
    /// @p nowMs (UTC epoch ms; 0 = unknown, then "overdue" never applies).
    bool isBreakthrough(const Item &item, qint64 sessionEndMs, qint64 nowMs = 0) const;
    /// Which BreakthroughRules rule lets @p item through (checked in the order sender, Tier 3,
    /// overdue, deadline before the end); nullopt when none does (the item would be held).
    std::optional<BreakthroughReason> breakthroughReason(const Item &item, qint64 sessionEndMs, qint64 nowMs = 0) const;

private:
    BreakthroughRules m_rules;
    QStringList m_me;
    RuleSet m_tiering;
};

} // namespace fi
