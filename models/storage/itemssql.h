#pragma once
/// @file itemssql.h
/// @brief The SQL of ItemStore::items() and ItemStore::count() for an ItemQuery (pure, so the
/// query plan can be checked in tests: tst_searchstore runs EXPLAIN QUERY PLAN on it).

#include "storage/itemstore.h"

#include <QVariantList>

namespace fi {

/// "Open" as the inbox means it: open, or snoozed and woken (snoozed_until_ms <= now). Binds 1 value.
extern const char *const kOpenItemsSql;

struct ItemsSql {
    enum Shape {
        Rows,  ///< rows::itemSelectSql() columns, ordered (a ranked search: rank, then id DESC;
               ///< else the inbox order), LIMIT/OFFSET.
        Count, ///< SELECT COUNT(*) without order or limit.
        Keys,  ///< The ItemKey columns (rows::itemKeySelectSql()), in the order of Rows, LIMIT/OFFSET.
    };
    QString sql;
    QVariantList values;        ///< For the '?' in sql, in order.
    bool matchesNothing = false; ///< The query cannot match (no searchable word): do not run it.
    /// The statement looks only at the best hitWindow full-text hits (see itemsSql()); 0 when it
    /// looks at all of them. Then fewer rows than ItemQuery::limit do not mean the end: run
    /// it again without a window.
    int hitWindow = 0;
};

/// The statement for @p query (ItemQuery::nowMs 0 = the current time).
///
/// @p hitWindow (> 0) applies to a ranked page (ItemQuery::limit set) whose full-text hits must
/// pass other conditions (is:unread, a tier, a view's states, dates): the statement then ranks
/// all hits inside FTS5 but joins only the best @p hitWindow of them to items, instead of all
/// ("is:unread release", 9,700 hits at 100,000 items: 15 ms with all of them joined, 8.6 ms with
/// 256; best of 8 runs, bench/triage's store). Where it applies,
/// ItemsSql::hitWindow says so; the page is exact when the statement returns ItemQuery::limit
/// rows (the window is a prefix of the result's own order). 0 or less: no window.
ItemsSql itemsSql(const ItemQuery &query, ItemsSql::Shape shape, int hitWindow = 0);

} // namespace fi
