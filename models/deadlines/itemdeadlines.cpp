#include "deadlines/itemdeadlines.h"

#include "config/appconfig.h"

#include <algorithm>

namespace fi {

ItemDeadlines::ItemDeadlines(PolicySet policies, const WorkingHours &hours)
    : m_policies(std::move(policies)), m_calculator(hours)
{
}

ItemDeadlines::ItemDeadlines(const AppConfig &config)
    : ItemDeadlines(config.policies, config.workingHours)
{
}

ResponsePolicy ItemDeadlines::policyFor(const Item &item) const
{
    if (item.tierReason == QLatin1String("manual"))
        return m_policies.forTier(item.tier);
    return m_policies.resolve(item.tier, item.policy);
}

std::optional<qint64> ItemDeadlines::dueOf(const Item &item) const
{
    // A due the source set itself stays until the user moves the item by hand.
    if (item.policy == fixedDuePolicyName() && item.tierReason != QLatin1String("manual"))
        return item.dueMs;
    return m_calculator.due(item.record.lastActivityMs(), policyFor(item));
}

std::optional<qint64> ItemDeadlines::remainingMinutes(const Item &item, qint64 nowMs) const
{
    if (!item.dueMs)
        return std::nullopt;
    const ResponsePolicy policy = policyFor(item);
    const qint64 leftMs = policy.clock == DeadlineClock::Working
        ? m_calculator.workingMsBetween(nowMs, *item.dueMs)
        : std::max<qint64>(0, *item.dueMs - nowMs);
    return (leftMs + 59999) / 60000;
}

std::optional<qint64> ItemDeadlines::resumedDue(const Item &item, qint64 wakeMs,
                                                qint64 remainingMinutes) const
{
    ResponsePolicy resumed = policyFor(item);
    resumed.windowMinutes = std::max<qint64>(0, remainingMinutes);
    return m_calculator.due(wakeMs, resumed);
}

} // namespace fi
