#include "storage/itemssql.h"

#include "search/searchsql.h"
#include "storage/ftsquery.h"
#include "storage/itemrow.h"

#include <QDateTime>

namespace fi {

const char *const kOpenItemsSql =
    "(items.state = 'open' OR (items.state = 'snoozed'"
    " AND (items.snoozed_until_ms IS NULL OR items.snoozed_until_ms <= ?)))";

ItemsSql itemsSql(const ItemQuery &query, ItemsSql::Shape shape, int hitWindow)
{
    ItemsSql result;
    QString &sql = result.sql;
    QVariantList &values = result.values;
    sql = shape == ItemsSql::Rows   ? rows::itemSelectSql()
        : shape == ItemsSql::Keys ? rows::itemKeySelectSql()
                                  : QStringLiteral("SELECT COUNT(*) FROM items");
    const qint64 now = query.nowMs != 0 ? query.nowMs : QDateTime::currentMSecsSinceEpoch();
    SearchSql search;
    if (query.parsedSearch && !query.parsedSearch->isEmpty())
        search = compileSearch(*query.parsedSearch, now);
    // A ranked search whose matches need no other condition takes its page from the full-text
    // hits alone (ranked, then the newest rowid: all inside FTS5) and reads only that page's
    // rows: "budget" matches 9,600 of 100,000 items, and joining them all to sort them cost more
    // than ranking them (bench/triage).
    const bool limited = shape != ItemsSql::Count && (query.limit >= 0 || query.offset > 0);
    const bool pageFromHits = limited && !search.ftsMatch.isEmpty() && search.where.isEmpty()
        && query.states == ItemQuery::States::All && !query.tier && !query.sourceId
        && query.search.trimmed().isEmpty();
    if (!search.ftsMatch.isEmpty()) {
        // The full-text indexes drive the query (SQLite visits matching rows only): header and
        // snippet matches with their rank, then (without from:) body matches that are not header
        // matches, ranked after them.
        // (A count needs no rank: 0 spares computing it.)
        const bool count = shape == ItemsSql::Count;
        QString hits = QStringLiteral("SELECT rowid AS hit_id, %1 AS hit_rank FROM items_fts WHERE items_fts MATCH ?")
                           .arg(count ? QStringLiteral("0") : search.rankOrder);
        values << search.ftsMatch;
        if (!search.headerWhere.isEmpty()) {
            hits += QStringLiteral(" AND ") + search.headerWhere;
            values << search.headerBinds;
        }
        if (!search.bodyMatch.isEmpty()) {
            hits += QStringLiteral(
                        " UNION ALL SELECT rowid, %1 FROM bodies_fts WHERE bodies_fts MATCH ? AND NOT EXISTS"
                        " (SELECT 1 FROM items_fts WHERE items_fts MATCH ? AND items_fts.rowid = bodies_fts.rowid)")
                        .arg(count ? QStringLiteral("0") : QStringLiteral("1000000.0 + fi_rank(bodies_fts)"));
            values << search.bodyMatch << search.bodyExclude;
        }
        if (pageFromHits) {
            hits += QStringLiteral(" ORDER BY hit_rank, hit_id DESC LIMIT ? OFFSET ?");
            values << query.limit << std::max(0, query.offset);
        } else if (limited && query.limit >= 0 && hitWindow > 0) {
            // (A subquery with LIMIT is not flattened into the join: SQLite ranks and keeps
            // the best hits first, with a small top-N sort.)
            hits += QStringLiteral(" ORDER BY hit_rank, hit_id DESC LIMIT ?");
            values << hitWindow;
            result.hitWindow = hitWindow;
        }
        sql += QStringLiteral(" JOIN (%1) AS hits ON hits.hit_id = items.id WHERE 1").arg(hits);
        search.rankOrder = QStringLiteral("hits.hit_rank");
    } else {
        sql += QStringLiteral(" WHERE 1");
    }
    switch (query.states) {
    case ItemQuery::States::Open:
        sql += QStringLiteral(" AND ") + QLatin1String(kOpenItemsSql);
        values << now;
        break;
    case ItemQuery::States::Done:
        sql += QStringLiteral(" AND items.state = 'done'");
        break;
    case ItemQuery::States::Snoozed:
        sql += QStringLiteral(" AND items.state = 'snoozed' AND items.snoozed_until_ms > ?");
        values << now;
        break;
    case ItemQuery::States::All:
        break;
    }
    if (query.tier) {
        sql += QStringLiteral(" AND items.tier = ?");
        values << int(*query.tier);
    }
    // The screener's queue, and the tier lists without it (items_state_tier_due covers tier_reason).
    if (query.newSenders)
        sql += QStringLiteral(" AND items.tier_reason = 'screener'");
    else if (query.tier && query.states == ItemQuery::States::Open)
        sql += QStringLiteral(" AND items.tier_reason <> 'screener'");
    if (query.sourceId) {
        sql += QStringLiteral(" AND items.source_id = ?");
        values << *query.sourceId;
    }
    if (!query.search.trimmed().isEmpty()) {
        const QString match = ftsMatchExpression(query.search);
        if (match.isEmpty()) {
            result.matchesNothing = true;
            return result;
        }
        sql += QStringLiteral(" AND items.id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)");
        values << match;
    }
    if (!search.where.isEmpty()) {
        sql += QStringLiteral(" AND ") + search.where;
        values << search.binds;
    }
    if (shape == ItemsSql::Count)
        return result;
    sql += QStringLiteral(" ORDER BY ");
    if (!search.rankOrder.isEmpty()) {
        // Ranked: equal ranks list the newest item first (the largest id, as FTS5 can order it).
        sql += search.rankOrder + QStringLiteral(", items.id DESC");
    } else {
        // The Snoozed view lists the next to wake first (inboxOrderLess(…, States) mirrors this).
        if (query.states == ItemQuery::States::Snoozed)
            sql += QStringLiteral("items.snoozed_until_ms ASC, ");
        // Rows from a received_ms range (after:) are sorted: the unary + keeps SQLite from
        // walking items_due for the order, which it prefers with bound values and which
        // reads every row of the table (SearchSql::receivedRange).
        sql += search.receivedRange && search.ftsMatch.isEmpty()
            ? QStringLiteral("+items.due_ms ASC NULLS LAST, items.received_ms DESC, items.id DESC")
            : QStringLiteral("items.due_ms ASC NULLS LAST, items.received_ms DESC, items.id DESC");
    }
    if (limited && !pageFromHits) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        values << query.limit << std::max(0, query.offset);
    }
    return result;
}

} // namespace fi
