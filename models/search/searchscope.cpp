#include "search/searchscope.h"

#include <algorithm>

namespace fi {

bool searchNamesState(const SearchQuery &query)
{
    return std::any_of(query.clauses.cbegin(), query.clauses.cend(), [](const SearchClause &clause) {
        return std::any_of(clause.terms.cbegin(), clause.terms.cend(), [](const SearchTerm &term) {
            using F = SearchTerm::Flag;
            return term.kind == SearchTerm::Kind::Is
                && (term.flag == F::Open || term.flag == F::Done || term.flag == F::Snoozed);
        });
    });
}

ItemQuery searchListQuery(std::shared_ptr<const SearchQuery> search, qint64 nowMs)
{
    ItemQuery query;
    query.states = ItemQuery::States::All;
    query.parsedSearch = std::move(search);
    query.nowMs = nowMs;
    return query;
}

ItemQuery searchCountQuery(std::shared_ptr<const SearchQuery> search, qint64 nowMs)
{
    ItemQuery query;
    query.states = search && searchNamesState(*search) ? ItemQuery::States::All : ItemQuery::States::Open;
    query.parsedSearch = std::move(search);
    query.nowMs = nowMs;
    return query;
}

} // namespace fi
