#pragma once
/// @file ftsquery.h
/// @brief Turns what a user typed into a safe SQLite FTS5 MATCH expression.

#include <QString>

namespace fi {

/**
 * @brief Build an FTS5 query (https://sqlite.org/fts5.html#full_text_query_syntax) from typed text.
 *
 * Each whitespace-separated word becomes a quoted string (inner '"' doubled), so FTS5
 * operators (AND, OR, NOT, NEAR, ':', '^', '*', parentheses) in the input are matched as plain
 * text; words are ANDed; the last word gets a prefix '*' so "inci" matches "incident".
 * Words without any letter or digit are dropped. Control characters (NUL included) and
 * unpaired surrogates separate words like whitespace; SQLite never sees them.
 * @return the expression, or an empty string when no word is left (the caller matches nothing).
 */
QString ftsMatchExpression(const QString &typed);

} // namespace fi
