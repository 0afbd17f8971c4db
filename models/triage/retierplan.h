#pragma once
/// @file retierplan.h
/// @brief Where stored items would go under a rule set (issue 14): the rules editor's live
/// preview, `focusinbox rules preview|apply`, and the placement function ItemStore::retier()
/// runs on its writer thread, so the preview names exactly the items Apply moves.

#include "config/appconfig.h"
#include "sources/source.h"
#include "storage/tierbatch.h"

#include <QHash>

#include <functional>
#include <memory>

namespace fi {

class ItemStore;
class Tiering;

/// One item the rules would move (or re-label): its subject and sender for a list, and the
/// placements before and after.
struct PlannedMove {
    qint64 itemId = 0;
    QString subject;
    QString sender;      ///< Display name or address of the sender.
    QString sourceName;
    TierPlacement from;
    TierPlacement to;
    bool moves() const { return from.tier != to.tier; }
};

/// The outcome of a preview: the moves in the inbox's order and how many items were looked at.
struct RetierPreview {
    QList<PlannedMove> moves;  ///< Tier changes only (items that change list); at most the limit asked.
    int moveCount = 0;         ///< All tier changes, also beyond the limit.
    int relabelCount = 0;      ///< Items that keep their tier but change rule, policy or due.
    int scanned = 0;           ///< Open and snoozed items looked at.
};

/**
 * @brief Computes an item's placement under a configuration (its rules, policies, working
 * hours and "me") as new items get it (Tiering::apply()), for items already stored.
 *
 * Items moved by hand (tier reason "manual") keep their place unless @p includeManual; items
 * waiting in the screener keep it (see only()). An item
 * whose source set its deadline (policy "fixed") keeps that due and policy. Items of sources
 * that no longer exist are left alone. Immutable after construction; placement() is
 * thread-safe (it runs on the store's writer thread inside ItemStore::retier()).
 */
class RetierPlanner {
public:
    RetierPlanner(const AppConfig &config, const QList<SourceConfig> &sources, bool includeManual = false);
    ~RetierPlanner();
    RetierPlanner(const RetierPlanner &) = default;

    /// A planner that looks only at the items @p only accepts — including items waiting in the
    /// screener (tier reason "screener"), which every other planner leaves where they are until
    /// the user decides (the screener's decision re-tiers that sender's items with this).
    RetierPlanner only(std::function<bool(const Item &)> only) const;

    /// Where @p item belongs now; nullopt = leave it (done, manual, in the screener, unknown source).
    std::optional<TierPlacement> placement(const Item &item) const;
    /// placement() as a function that keeps this planner's data alive (for ItemStore::retier()).
    PlacementFunction function() const;

    /// Reads the store's open and snoozed items (read connection, calling thread) and lists up
    /// to @p limit moves (-1 = all). Changes nothing.
    RetierPreview preview(const ItemStore &store, int limit = -1) const;

private:
    std::shared_ptr<const Tiering> m_tiering;
    std::shared_ptr<const QHash<qint64, SourceConfig>> m_sources;
    bool m_includeManual = false;
    std::function<bool(const Item &)> m_only;  ///< Set: only these items, screener ones included.
};

} // namespace fi
