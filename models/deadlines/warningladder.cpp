#include "deadlines/warningladder.h"

#include <algorithm>

namespace fi {

WarningLadder WarningLadder::defaults()
{
    WarningLadder ladder;
    ladder.setSteps(Tier::Async, {{QStringLiteral("before-60"), 60 * 60000}, {QStringLiteral("before-15"), 15 * 60000}});
    ladder.setSteps(Tier::Now, {{QStringLiteral("breach"), 0}});
    return ladder;
}

QList<WarningStep> WarningLadder::steps(Tier tier) const
{
    return m_steps[int(tier) - 1];
}

void WarningLadder::setSteps(Tier tier, QList<WarningStep> steps)
{
    std::sort(steps.begin(), steps.end(),
              [](const WarningStep &a, const WarningStep &b) { return a.beforeMs > b.beforeMs; });
    m_steps[int(tier) - 1] = std::move(steps);
}

QList<DueWarning> WarningLadder::due(const QList<Item> &items, const QList<DueWarning> &sent, qint64 nowMs,
                                     QList<DueWarning> *toRecord) const
{
    QList<DueWarning> result;
    for (const Item &item : items) {
        if (!item.dueMs || item.state == ItemState::Done || item.isAnswered())
            continue;
        if (item.state == ItemState::Snoozed && item.snoozedUntilMs && *item.snoozedUntilMs > nowMs)
            continue;
        const QList<WarningStep> ladder = steps(item.tier);
        std::optional<DueWarning> latest;
        QList<DueWarning> reached;
        for (const WarningStep &step : ladder) {
            if (*item.dueMs - step.beforeMs > nowMs)
                break;  // later steps fire even later
            const DueWarning w{item.id, step.id, *item.dueMs};
            if (sent.contains(w))
                continue;
            reached << w;
            latest = w;
        }
        if (!latest)
            continue;
        result << *latest;
        if (toRecord)
            *toRecord += reached;
    }
    return result;
}

} // namespace fi
