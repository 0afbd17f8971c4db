#pragma once
/// @file tier.h
/// @brief Tier and item state enums shared by every layer (see DESIGN.md vocabulary).

#include <QCoreApplication>
#include <QString>

namespace fi {

/// Urgency class of an item. Numeric values are stored in the database and shown to
/// the user ("1/2/3 moves tier"), so they must never change.
enum class Tier : int {
    Reference = 1, ///< Tier 1: documentation, newsletters, feeds — no reply owed.
    Async = 2,     ///< Tier 2: work communication that wants a reply within hours.
    Now = 3,       ///< Tier 3: incidents, pages, escalations — minutes.
};

/// Lifecycle state of an item in the inbox. Stored as text ("open", "done", "snoozed").
enum class ItemState : int {
    Open = 0,
    Done = 1,
    Snoozed = 2, ///< Hidden until Item::snoozedUntilMs (UTC epoch ms).
};

/// @return true when @p value is 1, 2 or 3.
inline bool isValidTier(int value) { return value >= 1 && value <= 3; }

/// Stable storage/CLI spelling of a state: "open", "done", "snoozed".
QString itemStateName(ItemState state);
/// Inverse of itemStateName(); unknown text maps to ItemState::Open and sets *ok=false.
ItemState itemStateFromName(const QString &name, bool *ok = nullptr);

/// Translated display name of a tier ("Now", "Async", "Reference").
QString tierDisplayName(Tier tier);

} // namespace fi
