#pragma once
/// @file focusdigest.h
/// @brief The one notification at the end of a session: what was held back, counted per tier.
/// Pure logic.

#include "domain/item.h"

#include <QString>

namespace fi {

struct FocusDigest {
    qint64 durationMs = 0;      ///< Actual session length.
    int total = 0;
    int now = 0;                ///< Tier 3.
    int async = 0;              ///< Tier 2.
    int reference = 0;          ///< Tier 1.
    int dueWithinHour = 0;      ///< Held items (not done, not answered) due before end + 1 h, overdue included.
    QList<qint64> itemIds;      ///< Held items still in the store, sorted by due (no due last).

    /**
     * @brief Count @p heldItems (as read from the store at the end; removed items are simply
     * absent) for a session from @p startMs to @p endMs (UTC epoch ms).
     */
    static FocusDigest build(qint64 startMs, qint64 endMs, const QList<Item> &heldItems);

    /// "While you focused (90 min)" — translated.
    QString summary() const;
    /// "12 new — 1 Now, 4 Async, 7 Reference; 2 due within the hour" — translated.
    QString body() const;
    /// summary() + ": " + body(), one line.
    QString text() const;
};

} // namespace fi
