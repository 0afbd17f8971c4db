#include "palette/fuzzymatch.h"

#include <algorithm>
#include <climits>
#include <vector>

namespace fi {

namespace {

// fzf's constants (src/algo/algo.go): a match is worth 16; a word boundary half of that.
constexpr int kScoreMatch = 16;
constexpr int kGapStart = -3;
constexpr int kGapExtension = -1;
constexpr int kBonusBoundary = kScoreMatch / 2;
constexpr int kBonusBoundaryWhite = kBonusBoundary + 2;      // after whitespace (or at the start)
constexpr int kBonusBoundaryDelimiter = kBonusBoundary + 1;  // after / , : ; |
constexpr int kBonusNonWord = kScoreMatch / 2;               // matching punctuation itself
constexpr int kBonusCamel123 = kBonusBoundary + kGapExtension;
constexpr int kBonusConsecutive = -(kGapStart + kGapExtension);
constexpr int kFirstCharMultiplier = 2;
// Ours, not fzf's: the query's first character at the text's very first character ("re" →
// "Redo" before "Move to Reference"); small, a tie-breaker between equal word starts.
constexpr int kBonusTextStart = 2;

constexpr int kMaxQuery = 64;
constexpr int kMaxText = 1024;
constexpr int kNone = INT_MIN / 4;

enum class CharClass { White, NonWord, Delimiter, Lower, Upper, Letter, Number };

CharClass classOf(QChar c)
{
    if (c.isSpace())
        return CharClass::White;
    if (c.isLower())
        return CharClass::Lower;
    if (c.isUpper())
        return CharClass::Upper;
    if (c.isDigit())
        return CharClass::Number;
    if (c.isLetter() || c.isMark())
        return CharClass::Letter;
    switch (c.unicode()) {
    case '/': case ',': case ':': case ';': case '|':
        return CharClass::Delimiter;
    default:
        return CharClass::NonWord;
    }
}

bool isWordClass(CharClass c)
{
    return c == CharClass::Lower || c == CharClass::Upper || c == CharClass::Letter || c == CharClass::Number;
}

int bonusFor(CharClass previous, CharClass current)
{
    if (isWordClass(current)) {
        if (previous == CharClass::White)
            return kBonusBoundaryWhite;
        if (previous == CharClass::Delimiter)
            return kBonusBoundaryDelimiter;
        if (previous == CharClass::NonWord)
            return kBonusBoundary;
    }
    if ((previous == CharClass::Lower && current == CharClass::Upper)
        || (previous != CharClass::Number && current == CharClass::Number))
        return kBonusCamel123;
    if (current == CharClass::NonWord || current == CharClass::Delimiter)
        return kBonusNonWord;
    if (current == CharClass::White)
        return kBonusBoundaryWhite;
    return 0;
}

/// Case- and accent-folded form of one UTF-16 unit ("Ñ" → "n", "ã" → "a").
char16_t fold(QChar c)
{
    QChar folded = c.toCaseFolded();
    if (folded.decompositionTag() == QChar::Canonical) {
        const QString decomposed = folded.decomposition();
        if (!decomposed.isEmpty())
            folded = decomposed.at(0).toCaseFolded();
    }
    return folded.unicode();
}

} // namespace

std::optional<FuzzyMatch> fuzzyMatch(const QString &query, const QString &text)
{
    std::vector<char16_t> pattern;
    pattern.reserve(std::size_t(query.size()));
    for (QChar c : query) {
        if (!c.isSpace())
            pattern.push_back(fold(c));
    }
    if (pattern.empty())
        return FuzzyMatch{};
    const int m = int(pattern.size());
    const int n = int(text.size());
    if (m > kMaxQuery || n > kMaxText || m > n)
        return std::nullopt;

    std::vector<char16_t> folded(std::size_t(n), 0);
    std::vector<int> bonus(std::size_t(n), 0);
    CharClass previous = CharClass::White;  // the text's start counts as a word start
    for (int j = 0; j < n; ++j) {
        const QChar c = text.at(j);
        const CharClass cls = classOf(c);
        folded[std::size_t(j)] = fold(c);
        bonus[std::size_t(j)] = bonusFor(previous, cls);
        previous = cls;
    }

    // Quick rejection: the query must be a subsequence at all.
    {
        int i = 0;
        for (int j = 0; j < n && i < m; ++j) {
            if (folded[std::size_t(j)] == pattern[std::size_t(i)])
                ++i;
        }
        if (i < m)
            return std::nullopt;
    }

    // score[i*n+j]: best score of query[0..i] with query[i] placed at text[j] (kNone: impossible).
    // from[i*n+j]: where query[i-1] was placed on that best path. chunk: the bonus a run of
    // consecutive matches carries on (fzf: a run is as good as its first character's boundary).
    const std::size_t cells = std::size_t(m) * std::size_t(n);
    std::vector<int> score(cells, kNone), from(cells, -1), chunk(cells, 0);
    for (int j = 0; j < n; ++j) {
        if (folded[std::size_t(j)] == pattern[0]) {
            score[std::size_t(j)] = kScoreMatch + bonus[std::size_t(j)] * kFirstCharMultiplier
                                    + (j == 0 ? kBonusTextStart : 0);
            chunk[std::size_t(j)] = bonus[std::size_t(j)];
        }
    }
    for (int i = 1; i < m; ++i) {
        const std::size_t row = std::size_t(i) * std::size_t(n);
        const std::size_t above = row - std::size_t(n);
        int gapBest = kNone;  // max over k <= j-2 of score[i-1][k] + kGapExtension*(j-2-k)
        int gapFrom = -1;
        for (int j = i; j < n; ++j) {
            if (j >= 2) {
                if (gapBest != kNone)
                    gapBest += kGapExtension;
                const int candidate = score[above + std::size_t(j - 2)];
                if (candidate != kNone && candidate >= gapBest) {
                    gapBest = candidate;
                    gapFrom = j - 2;
                }
            }
            if (folded[std::size_t(j)] != pattern[std::size_t(i)])
                continue;
            const int b = bonus[std::size_t(j)];
            int best = kNone;
            if (gapBest != kNone) {
                best = gapBest + kGapStart + kScoreMatch + b;
                from[row + std::size_t(j)] = gapFrom;
                chunk[row + std::size_t(j)] = b;
            }
            const int diagonal = score[above + std::size_t(j - 1)];
            if (diagonal != kNone) {
                const int carried = std::max({b, chunk[above + std::size_t(j - 1)], kBonusConsecutive});
                const int consecutive = diagonal + kScoreMatch + carried;
                if (consecutive >= best) {
                    best = consecutive;
                    from[row + std::size_t(j)] = j - 1;
                    chunk[row + std::size_t(j)] = carried;
                }
            }
            score[row + std::size_t(j)] = best;
        }
    }

    const std::size_t last = std::size_t(m - 1) * std::size_t(n);
    int bestJ = -1;
    for (int j = m - 1; j < n; ++j) {
        if (score[last + std::size_t(j)] != kNone && (bestJ < 0 || score[last + std::size_t(j)] > score[last + std::size_t(bestJ)]))
            bestJ = j;
    }
    if (bestJ < 0)
        return std::nullopt;

    FuzzyMatch match;
    match.score = score[last + std::size_t(bestJ)];
    match.positions.resize(m);
    for (int i = m - 1, j = bestJ; i >= 0; --i) {
        match.positions[i] = j;
        j = from[std::size_t(i) * std::size_t(n) + std::size_t(j)];
    }
    return match;
}

} // namespace fi
