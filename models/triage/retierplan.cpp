#include "triage/retierplan.h"

#include "deadlines/responsepolicy.h"
#include "storage/itemstore.h"
#include "sync/tiering.h"

namespace fi {

RetierPlanner::RetierPlanner(const AppConfig &config, const QList<SourceConfig> &sources, bool includeManual)
    : m_tiering(std::make_shared<const Tiering>(config)), m_includeManual(includeManual)
{
    auto byId = std::make_shared<QHash<qint64, SourceConfig>>();
    for (const SourceConfig &source : sources)
        byId->insert(source.id, source);
    m_sources = std::move(byId);
}

RetierPlanner::~RetierPlanner() = default;

std::optional<TierPlacement> RetierPlanner::placement(const Item &item) const
{
    if (item.state == ItemState::Done)
        return std::nullopt;
    if (item.tierReason == QLatin1String("manual") && !m_includeManual)
        return std::nullopt;
    if (m_only ? !m_only(item) : item.tierReason == screenerReason())
        return std::nullopt;
    const auto source = m_sources->constFind(item.sourceId);
    if (source == m_sources->constEnd())
        return std::nullopt;
    const Item fresh = m_tiering->apply(item.record, *source);
    TierPlacement to{fresh.tier, fresh.tierReason, fresh.policy, fresh.dueMs};
    if (item.policy == fixedDuePolicyName()) {  // the source's own deadline (a webhook's "due") stays
        to.policy = item.policy;
        to.dueMs = item.dueMs;
    }
    return to;
}

RetierPlanner RetierPlanner::only(std::function<bool(const Item &)> only) const
{
    RetierPlanner planner = *this;
    planner.m_only = std::move(only);
    return planner;
}

PlacementFunction RetierPlanner::function() const
{
    return [planner = *this](const Item &item) { return planner.placement(item); };
}

RetierPreview RetierPlanner::preview(const ItemStore &store, int limit) const
{
    RetierPreview out;
    ItemQuery query;
    query.states = ItemQuery::States::All;
    store.visitItems(query, [&](Item &&item) {
        if (item.state == ItemState::Done)
            return true;
        ++out.scanned;
        const std::optional<TierPlacement> to = placement(item);
        const TierPlacement from{item.tier, item.tierReason, item.policy, item.dueMs};
        if (!to || *to == from)
            return true;
        if (to->tier == from.tier) {
            ++out.relabelCount;
            return true;
        }
        ++out.moveCount;
        if (limit < 0 || out.moves.size() < limit) {
            const QString sender = item.record.from.name.isEmpty() ? item.record.from.address : item.record.from.name;
            out.moves.append({item.id, item.record.subject, sender, item.sourceName, from, *to});
        }
        return true;
    });
    return out;
}

} // namespace fi
