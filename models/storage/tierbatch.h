#pragma once
/// @file tierbatch.h
/// @brief Re-tiering stored items as one undoable batch (issue 14): the rules editor's Apply,
/// `focusinbox rules apply`, the screener's decisions. Value types; see ItemStore::retier().

#include "domain/item.h"

#include <functional>
#include <optional>

namespace fi {

/// Where an item sits: its tier, the rule that put it there (Item::tierReason), its response
/// policy and its deadline (UTC epoch ms; nullopt = no reply owed).
struct TierPlacement {
    Tier tier = Tier::Async;
    QString reason;
    QString policy;
    std::optional<qint64> dueMs;
    bool operator==(const TierPlacement &) const = default;
};

/// One item of a batch: its placement before and after.
struct TierChange {
    qint64 itemId = 0;
    TierPlacement before;
    TierPlacement after;
    /// The tier changes (the item moves to another list); else only its reason, policy or due.
    bool moves() const { return before.tier != after.tier; }
};

/// A committed batch (ItemStore::retier(), ItemStore::undoTierBatch()).
struct TierBatch {
    qint64 id = 0;               ///< tier_batches.id; 0 = nothing was written (no change, or failure).
    QList<TierChange> changes;   ///< In item id order.
    int skipped = 0;             ///< Undo: items changed since the batch, left as they are.
    bool ok = false;             ///< The transaction committed (an empty batch is ok too).
    int moved() const
    {
        return int(std::count_if(changes.begin(), changes.end(), [](const TierChange &c) { return c.moves(); }));
    }
};

/// Where an open or snoozed stored item should sit now; nullopt = leave it. Runs on the store's
/// writer thread: it must be thread-safe and must not touch the store.
using PlacementFunction = std::function<std::optional<TierPlacement>(const Item &item)>;

} // namespace fi
