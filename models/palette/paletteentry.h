#pragma once
/// @file paletteentry.h
/// @brief One command of the command palette (Ctrl+K) and how a list of them is ranked for a
/// typed query: fuzzy score (fuzzymatch.h) plus a bonus for recently chosen commands. Pure;
/// thread-agnostic (the palette itself lives on the GUI thread).

#include "palette/fuzzymatch.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace fi {

/// A command the palette can run. Providers build these each time the palette opens, so the
/// texts, enabled state and shortcuts are current.
struct PaletteEntry {
    /// Stable id, remembered for "recent first" (e.g. "item.done", "go.now", "snooze.tomorrow",
    /// "source.sync.3"). Unique within the palette; empty = never remembered.
    QString id;
    QString text;      ///< What is shown and matched, translated, without '&' ("Mark done").
    QString category;  ///< Shown dimmed beside the text ("Item", "View", "Snooze", "Source").
    /// The command's current key binding in native text (QKeySequence::NativeText), or empty.
    QString shortcut;
    std::function<void()> run;  ///< Called (on the GUI thread) after the palette closed.
    /// Optional extra shown dimmed at the right, left of the shortcut (a wake time, a count, a status).
    QString detail;
};

/// An entry as listed for a query: its index in the input list and where the query matched.
struct RankedEntry {
    int index = -1;        ///< Into the list passed to rankPaletteEntries().
    int rank = 0;          ///< Fuzzy score plus recency bonus; higher first.
    QList<int> positions;  ///< Matched characters of the entry's text (empty for an empty query).
};

/// How much a recent choice counts against match quality: the most recent choice gets this,
/// each older one a step less. Less than one matched character (16) is worth, so recent entries
/// win among similar matches but an exact match of the query still comes first.
constexpr int kPaletteRecentBonus = 12;
/// How many recent ids the palette keeps.
constexpr int kPaletteRecentLimit = 20;

/**
 * @brief Entries of @p entries that match @p query, best first.
 *
 * An empty query lists every entry: the recent ones first (most recent first), then the others
 * in the given order. Otherwise an entry's rank is its fuzzyMatch() score, plus for the entry
 * at position p of @p recentIds (0 = most recent) kPaletteRecentBonus − p (at least 1); ties keep
 * the shorter text first, then the given order. Entries whose text does not match are left out.
 */
QList<RankedEntry> rankPaletteEntries(const QString &query, const QList<PaletteEntry> &entries,
                                      const QStringList &recentIds);

/// @p recentIds with @p id moved (or added) to the front, duplicates and empty ids dropped,
/// at most kPaletteRecentLimit long.
QStringList rememberPaletteChoice(QStringList recentIds, const QString &id);

} // namespace fi
