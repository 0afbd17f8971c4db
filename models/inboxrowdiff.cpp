#include "inboxrowdiff.h"

#include <QHash>

#include <algorithm>

namespace fi {

bool sameRowContent(const Item &a, const Item &b)
{
    return a == b;
}

namespace {

/// Marks the elements of the longest strictly increasing subsequence of @p seq (a permutation).
std::vector<char> longestIncreasingRun(const std::vector<int> &seq)
{
    const std::size_t n = seq.size();
    std::vector<int> tails;             // positions in seq: smallest tail of a run of each length
    std::vector<int> previous(n, -1);   // position of the element before, on the best run
    tails.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const auto it = std::lower_bound(tails.begin(), tails.end(), seq[i],
                                         [&seq](int pos, int value) { return seq[std::size_t(pos)] < value; });
        if (it != tails.begin())
            previous[i] = *(it - 1);
        if (it == tails.end())
            tails.push_back(int(i));
        else
            *it = int(i);
    }
    std::vector<char> onRun(n, 0); // indexed by value (rank)
    for (int pos = tails.empty() ? -1 : tails.back(); pos >= 0; pos = previous[std::size_t(pos)])
        onRun[std::size_t(seq[std::size_t(pos)])] = 1;
    return onRun;
}

} // namespace

RowDiff diffRows(const ItemRows &oldRows, const ItemRows &newRows, int maxSteps)
{
    std::vector<qint64> oldIds;
    oldIds.reserve(oldRows.size());
    for (const ItemRow &row : oldRows)
        oldIds.push_back(row->id);
    std::vector<qint64> newIds;
    newIds.reserve(newRows.size());
    for (const ItemRow &row : newRows)
        newIds.push_back(row->id);
    return diffRowIds(oldIds, newIds, maxSteps, [&](int newRow, int oldRow) {
        const ItemRow &before = oldRows[std::size_t(oldRow)];
        const ItemRow &now = newRows[std::size_t(newRow)];
        return before != now && !sameRowContent(*before, *now);
    });
}

RowDiff diffRowIds(const std::vector<qint64> &oldRows, const std::vector<qint64> &newRows, int maxSteps,
                   const std::function<bool(int newRow, int oldRow)> &contentChanged)
{
    RowDiff diff;
    const auto overLimit = [&diff, maxSteps] {
        if (diff.steps.size() <= maxSteps)
            return false;
        diff.steps.clear();
        diff.reset = true;
        return true;
    };

    QHash<qint64, int> newIndex;
    newIndex.reserve(qsizetype(newRows.size()));
    for (std::size_t i = 0; i < newRows.size(); ++i)
        newIndex.insert(newRows[i], int(i));
    QHash<qint64, int> oldIndex;
    oldIndex.reserve(qsizetype(oldRows.size()));
    for (std::size_t i = 0; i < oldRows.size(); ++i)
        oldIndex.insert(oldRows[i], int(i));

    // 1. Removals, bottom-up so that the rows above keep their numbers.
    for (int i = int(oldRows.size()) - 1; i >= 0;) {
        if (newIndex.contains(oldRows[std::size_t(i)])) {
            --i;
            continue;
        }
        const int last = i;
        while (i >= 0 && !newIndex.contains(oldRows[std::size_t(i)]))
            --i;
        diff.steps.append({RowStep::Kind::Remove, i + 1, last, 0});
        if (overLimit())
            return diff;
    }

    // 2. Moves. The surviving rows, in old order, numbered by their rank in the new order.
    std::vector<int> survivorNew; // new index of each surviving old row, in old order
    survivorNew.reserve(oldRows.size());
    for (const qint64 id : oldRows) {
        const auto it = newIndex.constFind(id);
        if (it != newIndex.cend())
            survivorNew.push_back(*it);
    }
    const std::size_t m = survivorNew.size();
    std::vector<int> rankOfNew(newRows.size(), -1);
    {
        std::vector<int> sorted = survivorNew;
        std::sort(sorted.begin(), sorted.end());
        for (std::size_t r = 0; r < m; ++r)
            rankOfNew[std::size_t(sorted[r])] = int(r);
    }
    std::vector<int> arrangement(m); // rank at each current position
    std::vector<int> position(m);    // current position of each rank
    for (std::size_t k = 0; k < m; ++k) {
        arrangement[k] = rankOfNew[std::size_t(survivorNew[k])];
        position[std::size_t(arrangement[k])] = int(k);
    }
    // Rows on the longest run keeping their order stay; every other row is placed right after
    // the row that precedes it in the new order, in that order (so that row is already final).
    const std::vector<char> stays = longestIncreasingRun(arrangement);
    for (std::size_t r = 0; r < m; ++r) {
        if (stays[r])
            continue;
        const int from = position[r];
        const int after = r == 0 ? -1 : position[r - 1];
        if (from == after + 1)
            continue; // already there (rows around it moved away)
        const int to = after + 1; // destinationChild, before the move
        int lo = 0;
        int hi = 0;
        if (from < after) { // down: ends at `after`
            std::rotate(arrangement.begin() + from, arrangement.begin() + from + 1,
                        arrangement.begin() + after + 1);
            lo = from;
            hi = after;
        } else { // up: ends at `to`
            std::rotate(arrangement.begin() + to, arrangement.begin() + from,
                        arrangement.begin() + from + 1);
            lo = to;
            hi = from;
        }
        for (int k = lo; k <= hi; ++k)
            position[std::size_t(arrangement[std::size_t(k)])] = k;
        diff.steps.append({RowStep::Kind::Move, from, from, to});
        if (overLimit())
            return diff;
    }

    // 3. Insertions, top-down: the rows above an insertion are final already.
    for (int j = 0; j < int(newRows.size());) {
        if (oldIndex.contains(newRows[std::size_t(j)])) {
            ++j;
            continue;
        }
        const int first = j;
        while (j < int(newRows.size()) && !oldIndex.contains(newRows[std::size_t(j)]))
            ++j;
        diff.steps.append({RowStep::Kind::Insert, first, j - 1, 0});
        if (overLimit())
            return diff;
    }

    // 4. Content changes, in final rows.
    const auto changed = [&](int j) {
        const auto it = oldIndex.constFind(newRows[std::size_t(j)]);
        return it != oldIndex.cend() && contentChanged(j, *it);
    };
    for (int j = 0; j < int(newRows.size());) {
        if (!changed(j)) {
            ++j;
            continue;
        }
        const int first = j;
        while (j < int(newRows.size()) && changed(j))
            ++j;
        diff.steps.append({RowStep::Kind::Change, first, j - 1, 0});
        if (overLimit())
            return diff;
    }
    return diff;
}

void shareUnchangedRows(const ItemRows &oldRows, ItemRows &newRows)
{
    QHash<qint64, const ItemRow *> oldById;
    oldById.reserve(qsizetype(oldRows.size()));
    for (const ItemRow &row : oldRows)
        oldById.insert(row->id, &row);
    for (ItemRow &row : newRows) {
        const auto it = oldById.constFind(row->id);
        if (it != oldById.cend() && **it != row && sameRowContent(***it, *row))
            row = **it;
    }
}

} // namespace fi

namespace fi {

std::optional<RowDiff> diffNamedRowIds(const std::vector<qint64> &oldIds, const std::vector<qint64> &newIds,
                                       const QSet<qint64> &named, int maxSteps,
                                       const std::function<bool(int newRow, int oldRow)> &contentChanged)
{
    struct Place {
        qint64 id;
        int row;
        int keptBefore; ///< Rows of other items above it.
    };
    const auto placesOf = [&named](const std::vector<qint64> &ids, int *kept) {
        std::vector<Place> places;
        *kept = 0;
        for (std::size_t i = 0; i < ids.size(); ++i) {
            if (named.contains(ids[i]))
                places.push_back({ids[i], int(i), *kept});
            else
                ++*kept;
        }
        return places; // in row order
    };
    int keptOld = 0;
    int keptNew = 0;
    const std::vector<Place> before = placesOf(oldIds, &keptOld);
    const std::vector<Place> after = placesOf(newIds, &keptNew);
    if (keptOld != keptNew)
        return std::nullopt;
    QHash<qint64, const Place *> afterById;
    for (const Place &place : after)
        afterById.insert(place.id, &place);
    // Items on both lists stay where they are (among the other rows, and among themselves).
    QSet<qint64> staying;
    QHash<qint64, int> oldRowOf; ///< Of the staying items.
    std::vector<qint64> stayOrderOld;
    for (const Place &place : before) {
        const Place *now = afterById.value(place.id);
        if (!now)
            continue;
        if (now->keptBefore != place.keptBefore)
            return std::nullopt; // moved: diffRowIds() makes it a Move
        staying.insert(place.id);
        oldRowOf.insert(place.id, place.row);
        stayOrderOld.push_back(place.id);
    }
    std::vector<qint64> stayOrderNew;
    for (const Place &place : after)
        if (staying.contains(place.id))
            stayOrderNew.push_back(place.id);
    if (stayOrderOld != stayOrderNew)
        return std::nullopt;

    RowDiff diff;
    // Removals bottom-up, adjacent rows in one step.
    for (auto it = before.crbegin(); it != before.crend(); ++it) {
        if (staying.contains(it->id))
            continue;
        if (!diff.steps.isEmpty() && diff.steps.last().kind == RowStep::Kind::Remove
            && diff.steps.last().first == it->row + 1)
            diff.steps.last().first = it->row;
        else
            diff.steps.append({RowStep::Kind::Remove, it->row, it->row, 0});
    }
    // Insertions top-down at their final rows, adjacent rows in one step.
    for (const Place &place : after) {
        if (staying.contains(place.id))
            continue;
        if (!diff.steps.isEmpty() && diff.steps.last().kind == RowStep::Kind::Insert
            && diff.steps.last().last == place.row - 1)
            diff.steps.last().last = place.row;
        else
            diff.steps.append({RowStep::Kind::Insert, place.row, place.row, 0});
    }
    for (const Place &place : after) {
        if (!staying.contains(place.id))
            continue;
        if (contentChanged(place.row, oldRowOf.value(place.id)))
            diff.steps.append({RowStep::Kind::Change, place.row, place.row, 0});
    }
    if (diff.steps.size() > maxSteps) {
        diff.steps.clear();
        diff.reset = true;
    }
    return diff;
}

} // namespace fi
