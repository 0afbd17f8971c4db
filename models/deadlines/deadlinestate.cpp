#include "deadlines/deadlinestate.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace fi {

DeadlineState deadlineState(std::optional<qint64> dueMs, qint64 receivedMs, ItemState state,
                            std::optional<qint64> doneMs, bool answered, qint64 nowMs,
                            const DueSoonRule &rule)
{
    if (!dueMs)
        return DeadlineState::None;
    const qint64 due = *dueMs;
    if (state == ItemState::Done) {
        if (!doneMs)
            return DeadlineState::Met;
        return *doneMs <= due ? DeadlineState::Met : DeadlineState::Missed;
    }
    if (answered)
        return DeadlineState::Met;
    if (nowMs >= due)
        return DeadlineState::Overdue;
    const qint64 window = std::max<qint64>(0, due - receivedMs);
    const double fraction = std::clamp(rule.fraction, 0.0, 1.0);
    const qint64 margin = std::max(qint64(std::llround(double(window) * fraction)), rule.minimumMs);
    return due - nowMs <= margin ? DeadlineState::DueSoon : DeadlineState::OnTrack;
}

QString deadlineStateName(DeadlineState state)
{
    switch (state) {
    case DeadlineState::None: return QStringLiteral("none");
    case DeadlineState::OnTrack: return QStringLiteral("on-track");
    case DeadlineState::DueSoon: return QStringLiteral("due-soon");
    case DeadlineState::Overdue: return QStringLiteral("overdue");
    case DeadlineState::Met: return QStringLiteral("met");
    case DeadlineState::Missed: return QStringLiteral("missed");
    }
    return QStringLiteral("none");
}

QString deadlineStateDisplayName(DeadlineState state)
{
    switch (state) {
    case DeadlineState::None: return QString();
    case DeadlineState::OnTrack: return QCoreApplication::translate("fi::DeadlineState", "On track");
    case DeadlineState::DueSoon: return QCoreApplication::translate("fi::DeadlineState", "Due soon");
    case DeadlineState::Overdue: return QCoreApplication::translate("fi::DeadlineState", "Overdue");
    case DeadlineState::Met: return QCoreApplication::translate("fi::DeadlineState", "Met");
    case DeadlineState::Missed: return QCoreApplication::translate("fi::DeadlineState", "Missed");
    }
    return QString();
}

} // namespace fi
