#pragma once
/// @file fuzzymatch.h
/// @brief Fuzzy matching of a typed abbreviation against a command's text, as the command
/// palettes of Sublime Text, VS Code and fzf do: the query's characters must appear in the text
/// in order (a subsequence, e.g. "sntm" in "Snooze until tomorrow 09:00"); the best placement
/// is chosen by a score that rewards characters at word starts and runs of consecutive
/// characters and penalises gaps. Pure functions; thread-agnostic.
///
/// The scoring follows fzf's algorithm "v2" (Junegunn Choi, src/algo/algo.go: a Smith-Waterman
/// style alignment with boundary and consecutive bonuses and affine gap penalties), reduced to
/// what a list of a few hundred short commands needs.

#include <QList>
#include <QString>

#include <optional>

namespace fi {

/// Where and how well a query matched.
struct FuzzyMatch {
    /// Higher is better. Only comparable between matches of the same query.
    int score = 0;
    /// Index in the text (UTF-16 code units) of each query character, ascending; for highlighting.
    QList<int> positions;
};

/**
 * @brief Match @p query against @p text.
 *
 * Case-insensitive and accent-insensitive (Unicode case folding, then the base letter of a
 * canonical decomposition: "manana" matches "Mañana", "amanha" matches "amanhã"). Whitespace in
 * the query is ignored ("sn tm" = "sntm"). An empty query matches everything with score 0 and
 * no positions.
 *
 * Bonuses: a character at the start of the text or of a word (after a space or punctuation,
 * a lower→upper case change or a letter→digit change); consecutive characters; a match of the
 * query's first character at the text's very start. Penalties: opening a gap, and each further
 * skipped character.
 *
 * @return nullopt when the query's characters do not all occur in order, or when the query
 *         (after removing whitespace) is longer than 64 characters or the text longer than 1024
 *         (no palette entry is; the bound keeps the O(query × text) table small).
 */
std::optional<FuzzyMatch> fuzzyMatch(const QString &query, const QString &text);

} // namespace fi
