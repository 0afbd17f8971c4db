#pragma once
/// @file inboxquery.h
/// @brief Which items an ItemQuery selects and in which order, in C++: lets the inbox model
/// place a few changed items into the rows it shows without reading the whole list again.
///
/// Both functions mirror ItemStore::items() (storage/itemstore_reads.cpp: kOpenSql, the tier
/// and source conditions and the ORDER BY). tst_inboxmodel_incremental checks that they agree
/// with the store on random items; change them together. Pure, thread-agnostic.

#include "domain/item.h"
#include "storage/itemstore.h"

namespace fi {

/// The list order: due ascending (no due last), then received descending, then id descending.
bool inboxOrderLess(const Item &a, const Item &b);
/// The order of ItemStore::items() for @p states: for Snoozed, the wake time ascending
/// (snoozedUntilMs; none last), then the list order; for the others inboxOrderLess(a, b).
bool inboxOrderLess(const Item &a, const Item &b, ItemQuery::States states);

/// The key of @p item (ItemStore::itemKeys() reads the same from the table).
ItemKey itemKeyOf(const Item &item);
/// inboxOrderLess() on keys: ItemStore::itemKeys() returns them in this order (without search).
bool inboxKeyLess(const ItemKey &a, const ItemKey &b, ItemQuery::States states);

/// ItemQuery::States::Open of @p item at @p nowMs (UTC ms), as kOpenItemsSql: open, or snoozed
/// and its wake time passed (or none set).
bool isOpenAt(const Item &item, qint64 nowMs);

/// Whether ItemStore::items(@p query) returns @p item (query.nowMs 0 = current time).
/// A query with search words or a parsed search cannot be decided here: returns nullopt.
std::optional<bool> matchesItemQuery(const Item &item, const ItemQuery &query);

} // namespace fi
