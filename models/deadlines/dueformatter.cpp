#include "deadlines/dueformatter.h"

#include "deadlines/duetext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace fi {

namespace {
} // namespace

DueFormatter::DueFormatter() : DueFormatter(PolicySet::defaults(), QTimeZone::systemTimeZone())
{
    m_configured = false;
}

DueFormatter::DueFormatter(PolicySet policies, QTimeZone zone)
    : m_policies(std::move(policies)), m_zone(zone.isValid() ? zone : QTimeZone::utc())
{
}

ResponsePolicy DueFormatter::policyOf(const Item &item) const
{
    return m_policies.resolve(item.tier, item.policy);
}

bool DueFormatter::isWorking(const Item &item) const
{
    if (!m_configured)
        return false;
    const ResponsePolicy policy = policyOf(item);
    return policy.windowMinutes && policy.clock == DeadlineClock::Working;
}

QString DueFormatter::dueText(const Item &item, qint64 nowMs) const
{
    return formatDueText(item.dueMs, nowMs, isWorking(item));
}

QString DueFormatter::localTime(qint64 ms) const
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, m_zone);
    return QCoreApplication::translate("fi::DueFormatter", "%1 (%2)").arg(QLocale().toString(local, QCoreApplication::translate("fi::DueFormatter", "ddd d MMM HH:mm")),
                             QString::fromUtf8(m_zone.id()));
}

QString DueFormatter::windowText(std::optional<qint64> windowMinutes)
{
    if (!windowMinutes)
        return QCoreApplication::translate("fi::DueFormatter", "no deadline");
    const qint64 h = *windowMinutes / 60;
    const qint64 m = *windowMinutes % 60;
    if (h == 0)
        return QCoreApplication::translate("fi::DueFormatter", "%1 min").arg(m);
    if (m == 0)
        return QCoreApplication::translate("fi::DueFormatter", "%1 h").arg(h);
    return QCoreApplication::translate("fi::DueFormatter", "%1 h %2 min").arg(h).arg(m);
}

QString DueFormatter::policyDisplayName(const QString &name)
{
    if (name == QLatin1String("tier3-default"))
        return QCoreApplication::translate("fi::DueFormatter", "Now default");
    if (name == QLatin1String("tier2-default"))
        return QCoreApplication::translate("fi::DueFormatter", "Async default");
    if (name == QLatin1String("tier1-default"))
        return QCoreApplication::translate("fi::DueFormatter", "Reference default");
    return name;
}

QString DueFormatter::policyDescription(const ResponsePolicy &policy) const
{
    QString window = windowText(policy.windowMinutes);
    if (policy.windowMinutes && policy.clock == DeadlineClock::Working)
        window = QCoreApplication::translate("fi::DueFormatter", "%1 working").arg(window);
    return QCoreApplication::translate("fi::DueFormatter", "%1: %2").arg(policyDisplayName(policy.name), window);
}

QString DueFormatter::toolTip(const Item &item) const
{
    if (!item.dueMs)
        return QCoreApplication::translate("fi::DueFormatter", "No reply expected");
    return QCoreApplication::translate("fi::DueFormatter", "Due %1\nSet by %2").arg(localTime(*item.dueMs), policyDescription(policyOf(item)));
}

bool DueFormatter::isDueToday(qint64 dueMs, qint64 nowMs) const
{
    return QDateTime::fromMSecsSinceEpoch(dueMs, m_zone).date()
        == QDateTime::fromMSecsSinceEpoch(nowMs, m_zone).date();
}

} // namespace fi
