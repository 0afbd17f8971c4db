#pragma once
/// @file searchsql.h
/// @brief Compiles a parsed search (searchquery.h) into SQL over the store's items table and
/// its FTS5 index items_fts (resources/sql/0001_initial.sql). Pure; used by ItemStore's reads.
///
/// Plan (checked with EXPLAIN QUERY PLAN in tst_searchstore): clauses made only of positive
/// words, phrases and from: terms become ONE FTS5 MATCH expression that drives the query
/// (`FROM items JOIN items_fts ON items_fts.rowid = items.id WHERE items_fts MATCH ?`, so
/// SQLite visits only matching rows through the full-text index), ranked by bm25 (subject
/// weighs most) and then the inbox order. Without from: the same expression also runs on the
/// body index (bodies_fts, resources/sql/0008: inline content and opened mail bodies): an item
/// whose headers and snippet match, or whose body matches, is found; body-only matches rank
/// after header matches. (All the words of the expression must be on the same side: one word
/// in the subject and another only in the body do not match together.) A negated word
/// alone in its clause joins the expression with FTS5 NOT and also excludes items whose body
/// has it; other negations are conditions on both indexes. Everything else (operators, negations, OR across words and operators) becomes plain
/// conditions on items columns; a search without any positive word scans items in the inbox
/// order and stops at the page's LIMIT.

#include "search/searchquery.h"

#include <QVariantList>

namespace fi {

struct SearchSql {
    /// Non-empty: an FTS5 expression for `items_fts MATCH ?`; the query must join items_fts
    /// and may rank by orderBy.
    QString ftsMatch;
    /// Conditions on `items` (and sub-selects), to AND with the rest; empty = none.
    QString where;
    /// Values for the '?' in where, in order.
    QVariantList binds;
    /// The ranking term to put before the inbox order (empty without ftsMatch).
    QString rankOrder;
    /// Non-empty: ftsMatch may also match in `bodies_fts` (no from: in it).
    QString bodyMatch;
    /// With bodyMatch: a body match counts only for items whose headers do NOT match this
    /// (the positive words, or a negated word): `items_fts MATCH bodyExclude` per body hit.
    QString bodyExclude;
};

/**
 * @brief Compile @p query. @p nowMs (UTC epoch ms) decides is:overdue, is:due-soon (the
 * default DueSoonRule of deadlines/deadlinestate.h), is:snoozed and is:open.
 * An empty query compiles to an empty SearchSql (no condition).
 */
SearchSql compileSearch(const SearchQuery &query, qint64 nowMs);

/// @p text as one FTS5 string (quoted, inner quotes doubled, control characters and unpaired
/// surrogates replaced by spaces), with '*' when @p prefix; empty if nothing searchable is left.
QString ftsString(const QString &text, bool prefix);

} // namespace fi
