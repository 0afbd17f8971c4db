#include "palette/paletteentry.h"

#include <QHash>

#include <algorithm>

namespace fi {

QList<RankedEntry> rankPaletteEntries(const QString &query, const QList<PaletteEntry> &entries,
                                      const QStringList &recentIds)
{
    QHash<QString, int> recency;  // id → position in recentIds (0 = most recent)
    for (int i = recentIds.size() - 1; i >= 0; --i) {
        if (!recentIds.at(i).isEmpty())
            recency.insert(recentIds.at(i), i);
    }
    const auto recentPosition = [&](const PaletteEntry &entry) {
        return entry.id.isEmpty() ? -1 : recency.value(entry.id, -1);
    };

    QList<RankedEntry> ranked;
    if (query.trimmed().isEmpty()) {
        for (int i = 0; i < entries.size(); ++i)
            ranked.append({i, 0, {}});
        std::stable_sort(ranked.begin(), ranked.end(), [&](const RankedEntry &a, const RankedEntry &b) {
            const int pa = recentPosition(entries.at(a.index));
            const int pb = recentPosition(entries.at(b.index));
            if ((pa >= 0) != (pb >= 0))
                return pa >= 0;
            return pa >= 0 && pa < pb;
        });
        return ranked;
    }

    for (int i = 0; i < entries.size(); ++i) {
        std::optional<FuzzyMatch> match = fuzzyMatch(query, entries.at(i).text);
        if (!match)
            continue;
        int rank = match->score;
        if (const int p = recentPosition(entries.at(i)); p >= 0)
            rank += std::max(1, kPaletteRecentBonus - p);
        ranked.append({i, rank, std::move(match->positions)});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [&](const RankedEntry &a, const RankedEntry &b) {
        if (a.rank != b.rank)
            return a.rank > b.rank;
        return entries.at(a.index).text.size() < entries.at(b.index).text.size();
    });
    return ranked;
}

QStringList rememberPaletteChoice(QStringList recentIds, const QString &id)
{
    if (id.isEmpty())
        return recentIds;
    recentIds.removeAll(id);
    recentIds.prepend(id);
    recentIds.removeAll(QString());
    recentIds.removeDuplicates();
    while (recentIds.size() > kPaletteRecentLimit)
        recentIds.removeLast();
    return recentIds;
}

} // namespace fi
