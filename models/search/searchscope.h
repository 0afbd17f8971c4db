#pragma once
/// @file searchscope.h
/// @brief Which items a search covers, the same in the search field, the saved searches'
/// counts and `focusinbox search` (issue 12, "Find"). Pure, thread-agnostic.
///
/// A search looks at every item, as Gmail's and Superhuman's search do: every tier, and open,
/// snoozed and done items alike; `tier:`, `is:open`, `is:done`, `is:snoozed` … narrow it.
/// A saved search's count in the sidebar is what still needs triage: its open items (open, or
/// snoozed and woken), like the tier counts beside it; when the search itself names a state
/// (`is:done`, `is:snoozed`, `is:open`, negated or not), the count follows the search instead.

#include "search/searchquery.h"
#include "storage/itemstore.h"

#include <memory>

namespace fi {

/// True when a term of @p query is `is:open`, `is:done` or `is:snoozed` (negated or not).
bool searchNamesState(const SearchQuery &query);

/// The list of a search: @p search over every tier and state, ranked (searchsql.h), no limit.
/// @p nowMs UTC epoch ms (0 = the current time when the store runs it).
ItemQuery searchListQuery(std::shared_ptr<const SearchQuery> search, qint64 nowMs);

/// A saved search's count: the open items @p search finds, or all it finds when it names a
/// state (searchNamesState()). Use with ItemStore::count().
ItemQuery searchCountQuery(std::shared_ptr<const SearchQuery> search, qint64 nowMs);

} // namespace fi
