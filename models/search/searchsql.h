#pragma once
/// @file searchsql.h
/// @brief Compiles a parsed search (searchquery.h) into SQL over the store's items table and
/// its FTS5 index items_fts (resources/sql/0001_initial.sql). Pure; used by ItemStore's reads.
///
/// Plan (checked with EXPLAIN QUERY PLAN in tst_searchstore): clauses made only of positive
/// words, phrases and from: terms become ONE FTS5 MATCH expression that drives the query
/// (`FROM items JOIN (SELECT rowid AS hit_id, … FROM items_fts WHERE items_fts MATCH ?) AS hits`,
/// so SQLite visits only matching rows through the full-text index), ranked by fi_rank
/// (storage/ftsrank.h: BM25 without the length term; the subject weighs most), equal ranks
/// newest first (largest id). When nothing else narrows the search, a page (LIMIT) is taken
/// from the ranked hits before any items row is read (storage/itemssql.cpp).
/// Without from: the same expression also runs on the
/// body index (bodies_fts, resources/sql/0008: inline content and opened mail bodies): an item
/// whose headers and snippet match, or whose body matches, is found; body-only matches rank
/// after header matches. (All the words of the expression must be on the same side: one word
/// in the subject and another only in the body do not match together.) A negated word
/// alone in its clause joins the expression with FTS5 NOT and also excludes items whose body
/// has it (headerWhere); other negations are conditions on both indexes. Everything else (operators, negations, OR across words and operators) becomes plain
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
    /// The ranking term over items_fts, smaller is better (empty without ftsMatch).
    QString rankOrder;
    /// Non-empty: ftsMatch may also match in `bodies_fts` (no from: in it).
    QString bodyMatch;
    /// With bodyMatch: a body match counts only for items whose headers do NOT match this
    /// (the positive words, or a negated word): `items_fts MATCH bodyExclude` per body hit.
    QString bodyExclude;
    /// Conditions on a header hit's `rowid` inside `SELECT … FROM items_fts WHERE items_fts
    /// MATCH ftsMatch AND headerWhere` (a negated word must not be in the body either); empty
    /// = none. They depend on the id alone, so a page can still be taken from the hits.
    QString headerWhere;
    /// Values for the '?' in headerWhere, in order.
    QVariantList headerBinds;
    /// A clause is one positive after: term, so the rows come from a range of received_ms
    /// (index items_received): fewer rows than walking the whole inbox order would visit
    /// (`after:7d` at 100,000 items: 6,000 rows, 16 ms instead of 76 ms for the whole list).
    /// itemsSql() then sorts those rows instead of letting SQLite walk items_due.
    bool receivedRange = false;
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
