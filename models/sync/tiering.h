#pragma once
/// @file tiering.h
/// @brief Turns source records into stored items: rules pick the tier, the policy gives the deadline.

#include "config/appconfig.h"
#include "deadlines/deadlinecalculator.h"
#include "deadlines/itemdeadlines.h"
#include "domain/item.h"
#include "sources/source.h"

#include <functional>
#include <memory>

namespace fi {

/**
 * @brief Applies the configured rules and response policies to records (the data-flow step
 * "rules -> tier -> deadline" of DESIGN.md). Immutable after construction; const methods are
 * thread-safe.
 */
class Tiering {
public:
    explicit Tiering(const AppConfig &config);

    /// Classify @p record from @p source and compute its due time (UTC ms) from its last
    /// activity (ItemRecord::lastActivityMs(): the activity time if the kind reports one, else
    /// receivedMs). Rules of scope "mail" apply only when the source's kind delivers mail
    /// (SourceKind::mail); an item of another kind that no rule places gets its
    /// kind's own default rules (SourceKind::defaultRules; GitHub's tiers by reason) first, and
    /// when none of those match either, SourceKind::defaultTier with tierReason "kind-default"
    /// and no deadline (policy "none"). A record with ItemRecord::requestedDueMs keeps that due,
    /// with policy "fixed" (fixedDuePolicyName()). A rule with "done": true (the screener's
    /// Block) gives a done item (done at its received time) without a deadline.
    Item apply(const ItemRecord &record, const SourceConfig &source) const;

    /// Due time for an item moved to @p tier by hand (tier default policy), from its last activity.
    Item withTier(const Item &item, Tier tier) const;

    /// The due of a stored item under this configuration (ItemDeadlines::dueOf(): its policy,
    /// from its last activity), as a function that is safe to run on the store's writer thread
    /// after this Tiering is gone (StoreBatch::reopenDue).
    std::function<std::optional<qint64>(const Item &)> dueFunction() const;

private:
    RuleSet m_rules;
    PolicySet m_policies;
    DeadlineCalculator m_calculator;
    QStringList m_me;
    QStringList m_logins;  ///< AppConfig::myLogins (issue 14)
    std::shared_ptr<const ItemDeadlines> m_deadlines;
};

} // namespace fi
