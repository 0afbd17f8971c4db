#include "focus/notificationgate.h"

namespace fi {

bool isAddressedTo(const Item &item, const QStringList &addresses)
{
    for (const Address &to : item.record.to) {
        for (const QString &mine : addresses) {
            if (!mine.isEmpty() && to.address.compare(mine.trimmed(), Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

bool NotificationGate::isBreakthrough(const Item &item, qint64 sessionEndMs, qint64 nowMs) const
{
    return breakthroughReason(item, sessionEndMs, nowMs).has_value();
}

std::optional<BreakthroughReason> NotificationGate::breakthroughReason(const Item &item, qint64 sessionEndMs,
                                                                       qint64 nowMs) const
{
    if (m_rules.senders.contains(item.record.from.address.toLower()))
        return BreakthroughReason::Sender;
    if (item.tier == Tier::Now && m_rules.tier3 &&
        (m_rules.tier3Sources.isEmpty() || m_rules.tier3Sources.contains(item.sourceName)))
        return BreakthroughReason::Tier3;
    if (m_rules.overdue && nowMs > 0 && item.dueMs && *item.dueMs <= nowMs && !item.isAnswered())
        return BreakthroughReason::Overdue;  // already overdue when it arrives
    if (m_rules.deadlineBeforeEnd && item.dueMs && *item.dueMs < sessionEndMs)
        return BreakthroughReason::DeadlineInSession;
    return std::nullopt;
}

GateDecision NotificationGate::decide(const Item &item, SourceNotifyMode mode, const GateContext &context,
                                      const QStringList &sourceAddresses) const
{
    if (mode == SourceNotifyMode::Silent || item.state == ItemState::Done
        || item.tierReason == QLatin1String("screener") || !m_tiering.notifies(item.tierReason))
        return GateDecision::Silent;  // issue 14: Block, the screener's queue, "skip notifications"
    if (context.focusing)
        return isBreakthrough(item, context.sessionEndMs, context.nowMs) ? GateDecision::Breakthrough : GateDecision::Hold;
    if (mode == SourceNotifyMode::BadgeOnly)
        return GateDecision::BadgeOnly;
    if (item.tier == Tier::Now)
        return GateDecision::Notify;
    if (item.tier == Tier::Async && (isAddressedTo(item, m_me) || isAddressedTo(item, sourceAddresses)))
        return GateDecision::Notify;
    return GateDecision::BadgeOnly;
}

} // namespace fi
