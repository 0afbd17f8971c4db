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
};

/// The statement for @p query (ItemQuery::nowMs 0 = the current time).
ItemsSql itemsSql(const ItemQuery &query, ItemsSql::Shape shape);

} // namespace fi
