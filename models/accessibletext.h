#pragma once
/// @file accessibletext.h
/// @brief What a screen reader says for an inbox row (issue 12, "Rebinding and reach"):
/// "Async, from Ana Souza, Contract review, due in 2 hours (working)". InboxModel returns it
/// for Qt::AccessibleTextRole, so QAccessible reads the list's rows (and their due badge,
/// which is painted, not a widget) as one sentence. Pure functions; no thread affinity.
///
/// Texts are translated (context "fi::AccessibleText"); durations are spelled out in words
/// ("2 hours", "1 day 3 hours") where the badge abbreviates ("2h").

#include "deadlines/deadlinestate.h"
#include "domain/item.h"

#include <QString>

#include <optional>

namespace fi {

/// The deadline as spoken: "due in 2 hours", "due in 3 hours 20 minutes", "overdue by 1 day",
/// "deadline met", "deadline missed"; "" for DeadlineState::None. "due in" rounds up to whole
/// minutes and "overdue by" down, like the badge (duetext.h); the two largest units are said.
/// @p working appends " (working)" (the window counts working hours only).
QString spokenDueText(DeadlineState state, std::optional<qint64> dueMs, qint64 nowMs, bool working);

/// The row as one sentence: tier (or "Done" / "Snoozed"), "from <sender>", subject
/// ("no subject" when empty), the spoken deadline when there is one, then ", unread" and
/// ", flagged" when they apply. Times are UTC epoch ms.
/// @param state the row's deadline state at @p nowMs (InboxModel::DeadlineStateRole).
/// @param working whether the item's policy counts working time (DueFormatter::isWorking()).
QString accessibleItemText(const Item &item, DeadlineState state, qint64 nowMs, bool working);

} // namespace fi
