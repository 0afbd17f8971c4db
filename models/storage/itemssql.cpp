#include "storage/itemssql.h"

#include "search/searchsql.h"
#include "storage/ftsquery.h"
#include "storage/itemrow.h"

#include <QDateTime>

namespace fi {

const char *const kOpenItemsSql =
    "(items.state = 'open' OR (items.state = 'snoozed'"
    " AND (items.snoozed_until_ms IS NULL OR items.snoozed_until_ms <= ?)))";

ItemsSql itemsSql(const ItemQuery &query, ItemsSql::Shape shape)
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
    if (!search.ftsMatch.isEmpty() && !search.bodyMatch.isEmpty()) {
        // Both full-text indexes drive the query: header and snippet matches with their bm25,
        // then body matches that are not header matches, ranked after them.
        sql += QStringLiteral(
            " JOIN (SELECT rowid AS hit_id, %1 AS hit_rank FROM items_fts WHERE items_fts MATCH ?"
            " UNION ALL SELECT rowid, 1000000.0 + bm25(bodies_fts) FROM bodies_fts WHERE bodies_fts MATCH ?"
            " AND NOT EXISTS (SELECT 1 FROM items_fts WHERE items_fts MATCH ? AND items_fts.rowid = bodies_fts.rowid)"
            ") AS hits ON hits.hit_id = items.id WHERE 1")
                   .arg(search.rankOrder);
        values << search.ftsMatch << search.bodyMatch << search.bodyExclude;
        search.rankOrder = QStringLiteral("hits.hit_rank");
    } else if (!search.ftsMatch.isEmpty()) {
        // The full-text index drives the query: SQLite visits the matching rows only.
        sql += QStringLiteral(" JOIN items_fts ON items_fts.rowid = items.id WHERE items_fts MATCH ?");
        values << search.ftsMatch;
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
    if (!search.rankOrder.isEmpty())
        sql += search.rankOrder + QStringLiteral(", ");
    // The Snoozed view lists the next to wake first (inboxOrderLess(…, States) mirrors this).
    if (query.states == ItemQuery::States::Snoozed)
        sql += QStringLiteral("items.snoozed_until_ms ASC, ");
    sql += QStringLiteral("items.due_ms ASC NULLS LAST, items.received_ms DESC, items.id DESC");
    if (query.limit >= 0 || query.offset > 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        values << query.limit << std::max(0, query.offset);
    }
    return result;
}

} // namespace fi
