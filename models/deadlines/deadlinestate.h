#pragma once
/// @file deadlinestate.h
/// @brief The state of an item's response deadline at a given moment (pure function).

#include "domain/tier.h"

#include <QString>

#include <optional>

namespace fi {

/// Where an item stands relative to its deadline.
enum class DeadlineState {
    None,    ///< No deadline (no reply owed).
    OnTrack, ///< Open, more than the due-soon margin left.
    DueSoon, ///< Open, inside the due-soon margin, not yet due.
    Overdue, ///< Open (or snoozed) and now ≥ due.
    Met,     ///< Done or answered at or before due.
    Missed,  ///< Done or answered after due.
};

/// When an open item counts as "due soon": within the last max(fraction × window, minimumMs)
/// before due, where window = due − received.
struct DueSoonRule {
    double fraction = 0.25;     ///< Share of the window (0 … 1).
    qint64 minimumMs = 3600000; ///< At least this margin, ms (default 1 h).
};

/// Computes the deadline state.
/// @param dueMs    deadline, UTC epoch ms; nullopt → None.
/// @param receivedMs when the item arrived, UTC epoch ms (window = dueMs − receivedMs).
/// @param state    Done items are judged by @p doneMs.
/// @param doneMs   when it was marked done, UTC ms (if state is Done and doneMs is nullopt the
///                 item counts as Met: we cannot prove it was late).
/// @param answered Item::isAnswered(): the source's \\Answered flag, or a reply the app found in
///                 the user's sent mail (Item::repliedMs, kept apart from the flags so a
///                 flag-only sync never undoes it). Counts as Met unless it was done after due
///                 (an answered open item is Met: the source's flag carries no time).
/// @param nowMs    the current time, UTC epoch ms.
/// Boundaries: due exactly at nowMs is Overdue; done exactly at due is Met.
DeadlineState deadlineState(std::optional<qint64> dueMs, qint64 receivedMs, ItemState state,
                            std::optional<qint64> doneMs, bool answered, qint64 nowMs,
                            const DueSoonRule &rule = {});

/// Stable lower-case name: "none", "on-track", "due-soon", "overdue", "met", "missed".
QString deadlineStateName(DeadlineState state);
/// Translated display name ("On track", "Due soon", …; "" for None).
QString deadlineStateDisplayName(DeadlineState state);

} // namespace fi
