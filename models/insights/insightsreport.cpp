#include "insights/insightsreport.h"

namespace fi {

QString insightsClockName(InsightsClock clock)
{
    switch (clock) {
    case InsightsClock::Working: return QStringLiteral("working");
    case InsightsClock::Mixed: return QStringLiteral("mixed");
    case InsightsClock::Calendar: break;
    }
    return QStringLiteral("calendar");
}

QString originKindName(OriginKind kind)
{
    switch (kind) {
    case OriginKind::List: return QStringLiteral("list");
    case OriginKind::Repository: return QStringLiteral("repository");
    case OriginKind::Sender: break;
    }
    return QStringLiteral("sender");
}

QString breakthroughReasonName(BreakthroughReason reason)
{
    switch (reason) {
    case BreakthroughReason::Sender: return QStringLiteral("sender");
    case BreakthroughReason::Tier3: return QStringLiteral("tier3");
    case BreakthroughReason::Overdue: return QStringLiteral("overdue");
    case BreakthroughReason::DeadlineInSession: return QStringLiteral("deadline");
    case BreakthroughReason::Unknown: break;
    }
    return QStringLiteral("unknown");
}

BreakthroughReason breakthroughReasonFromName(const QString &name)
{
    for (BreakthroughReason r : {BreakthroughReason::Sender, BreakthroughReason::Tier3, BreakthroughReason::Overdue,
                                 BreakthroughReason::DeadlineInSession}) {
        if (name == breakthroughReasonName(r))
            return r;
    }
    return BreakthroughReason::Unknown;
}

} // namespace fi
