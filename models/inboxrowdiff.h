#pragma once
/// @file inboxrowdiff.h
/// @brief The steps that turn one list of inbox rows into another (removals, moves,
/// insertions, content changes), in the order a list model must announce them.
///
/// Rows are keyed by item id (unique within a list); both lists are in the view's sort order.
/// Pure computation: thread-agnostic, runs on a worker together with the load.

#include "domain/item.h"

#include <QList>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace fi {

/// One shared, immutable row. Sharing lets a worker diff against the rows the model shows.
using ItemRow = std::shared_ptr<const Item>;
using ItemRows = std::vector<ItemRow>;

/// Whether the list shows @p a and @p b the same. Compares the whole Item (every field a
/// delegate, tooltip or reading pane may show), so a field added to Item is compared
/// without touching this function as long as Item's defaulted operator== covers it.
bool sameRowContent(const Item &a, const Item &b);

/// One step. Row numbers are in the coordinates of the list as it is just before the step.
struct RowStep {
    enum class Kind {
        Remove, ///< Rows first..last go away (steps come bottom-up).
        Move,   ///< Row first moves before row `to` (QAbstractItemModel::beginMoveRows' destinationChild).
        Insert, ///< New rows first..last (= their final rows; the items are newRows[first..last]).
        Change, ///< Rows first..last (final rows) show other content.
    };
    Kind kind = Kind::Change;
    int first = 0;
    int last = 0;
    int to = 0; ///< Move only.
};

/// Result of diffRows().
struct RowDiff {
    /// True when the steps would exceed the limit: replace the rows with a model reset instead
    /// (steps is then empty).
    bool reset = false;
    QList<RowStep> steps;
};

/**
 * @brief Steps from @p oldRows to @p newRows: removals (bottom-up), then moves (only items that
 * are not on the longest run of items keeping their relative order), then insertions (top-down),
 * then content changes. Applying them in order to oldRows gives newRows' ids in order.
 * @param maxSteps more steps than this give RowDiff::reset (a view handles one reset faster
 * than thousands of single-row signals).
 * Cost: O(n log n) plus, per move, the distance the row travels.
 */
RowDiff diffRows(const ItemRows &oldRows, const ItemRows &newRows, int maxSteps);

/// diffRows() on ids (unique within each list): @p contentChanged(newRow, oldRow) says whether
/// an item on both lists (at those rows) shows other content now (a Change step).
RowDiff diffRowIds(const std::vector<qint64> &oldIds, const std::vector<qint64> &newIds, int maxSteps,
                   const std::function<bool(int newRow, int oldRow)> &contentChanged);

/// diffRowIds() when only the rows of the items in @p named can differ between the lists (the
/// other rows are the same, in the same order): what a reload of a few items changes. Reads
/// each list once, with no table of all ids (a ms at 100,000 rows, where diffRowIds() takes
/// ~40 ms). Named items that left are removed, named items that came are inserted, and named
/// items that kept their place get a Change step when @p contentChanged says so. nullopt when a
/// named item moved within the list (diffRowIds() then gives the Move that keeps its selection)
/// or the other rows differ after all.
std::optional<RowDiff> diffNamedRowIds(const std::vector<qint64> &oldIds, const std::vector<qint64> &newIds,
                                       const QSet<qint64> &named, int maxSteps,
                                       const std::function<bool(int newRow, int oldRow)> &contentChanged);

/// Replace each row of @p newRows whose item is in @p oldRows with the same content by the
/// old row, so that swapping the lists frees (on the caller's thread) only what changed.
void shareUnchangedRows(const ItemRows &oldRows, ItemRows &newRows);

} // namespace fi
