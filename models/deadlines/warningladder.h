#pragma once
/// @file warningladder.h
/// @brief Early warnings before a deadline breach (pure scheduling logic, no clock, no delivery).
///
/// A ladder is a list of steps per tier, each a time before due (default Tier 2: 60 and 15 min
/// before; Tier 3: at breach; Tier 1: none). At a given time an open, unanswered item with a due
/// time owes the latest step it has reached; a step is never repeated for the same deadline
/// (sent steps are persisted in the deadline_warnings table, see ItemStore::sentWarnings()), and
/// earlier steps that were skipped (e.g. the app was off) are marked sent with it, never shown late.
/// Times are UTC epoch ms. Value types; thread-safe.

#include "domain/item.h"

#include <QList>
#include <QSet>

namespace fi {

struct WarningStep {
    QString id;          ///< Stable id stored in deadline_warnings: "before-60", "before-15", "breach".
    qint64 beforeMs = 0; ///< How long before due it fires (0 = at breach).
};

/// One warning to deliver (or to record as sent).
struct DueWarning {
    qint64 itemId = 0;
    QString step;
    qint64 dueMs = 0;
    bool operator==(const DueWarning &) const = default;
};

class WarningLadder {
public:
    /// Tier 2: 60 and 15 min before due; Tier 3: at breach; Tier 1: none.
    static WarningLadder defaults();
    /// Steps of @p tier, earliest (largest beforeMs) first.
    QList<WarningStep> steps(Tier tier) const;
    void setSteps(Tier tier, QList<WarningStep> steps);

    /**
     * @brief What to deliver at @p nowMs.
     * @param items candidate items (only open/snoozed-awake, unanswered items with a due count;
     *        answered = Item::isAnswered(), the source's flag or a reply the app detected).
     * @param sent already sent (itemId, step, dueMs) triples.
     * @param toRecord receives every step to mark as sent (the delivered one and the skipped
     *        earlier ones of the same deadline); may be null.
     * @return at most one warning per item: its latest reached, unsent step.
     */
    QList<DueWarning> due(const QList<Item> &items, const QList<DueWarning> &sent, qint64 nowMs,
                          QList<DueWarning> *toRecord = nullptr) const;

private:
    QList<WarningStep> m_steps[3];  // index tier-1
};

} // namespace fi
