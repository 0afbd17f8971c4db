#pragma once
/// @file tiering.h
/// @brief Turns source records into stored items: rules pick the tier, the policy gives the deadline.

#include "config/appconfig.h"
#include "deadlines/deadlinecalculator.h"
#include "domain/item.h"
#include "sources/source.h"

namespace fi {

/**
 * @brief Applies the configured rules and response policies to records (the data-flow step
 * "rules -> tier -> deadline" of DESIGN.md). Immutable after construction; const methods are
 * thread-safe.
 */
class Tiering {
public:
    explicit Tiering(const AppConfig &config);

    /// Classify @p record from @p source and compute its due time (UTC ms) from its receivedMs.
    Item apply(const ItemRecord &record, const SourceConfig &source) const;

    /// Due time for an item moved to @p tier by hand (tier default policy), from its receivedMs.
    Item withTier(const Item &item, Tier tier) const;

private:
    RuleSet m_rules;
    PolicySet m_policies;
    DeadlineCalculator m_calculator;
    QStringList m_me;
};

} // namespace fi
