#pragma once
/// @file ftsrank.h
/// @brief fi_rank(): the relevance of a full-text match, an FTS5 auxiliary function that SQLite's
/// bm25() would be, less its document-length term (issue 12: search at 100,000 items).
///
/// `fi_rank(items_fts, w0, w1, …)` returns, like bm25(), a *negative* score: smaller is better,
/// so `ORDER BY fi_rank(…)` lists the best matches first. For each phrase p of the query and each
/// column c the row matches it in:
///
///     score += w_c · idf(p) · tf·(k1 + 1) / (tf + k1) · (1 + 1 / (2 + o))
///     (k1 = 1.2, tf = hits of p in c, o = the token position of the first one, from 0)
///     idf(p) = ln((N − n + 0.5) / (n + 0.5)), at least 1e-6  (N rows, n rows matching p)
///
/// which is Okapi BM25 (Robertson & Zaragoza 2009, as in SQLite's fts5_aux.c) with b = 0, times
/// a bonus for an early hit (×1.5 for the first word of a subject, ×1.17 for the fifth): with
/// no length term, "Review my PR" and "Qt 6.8 released: review the changes" would tie for
/// "review"; a subject that starts with the word is more likely about it.
/// The weights w_c follow the table's columns; missing ones are 1.0.
///
/// Why not bm25(): its length term reads the size of every matching row from the %_docsize
/// table, one B-tree lookup per row (about 2 µs: 20 ms for the 9,600 rows that "budget" matches
/// in bench/triage's 100,000 items), and our columns are short (a subject, a name, an address,
/// a snippet), where the length says little. fi_rank reads only the match's position lists:
/// about 0.4 µs a row.

#include <QSqlDatabase>
#include <QString>

namespace fi::db {

/// Register fi_rank() on the open QSQLITE connection @p db (its own thread). It lives as long as
/// the connection. False with @p errorText when the driver's handle is not an sqlite3 of the
/// library this program links (Qt's QSQLITE plugin built with its own copy of SQLite) or FTS5 is
/// missing.
bool registerFtsRank(const QSqlDatabase &db, QString *errorText);

} // namespace fi::db
