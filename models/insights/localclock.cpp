#include "insights/localclock.h"

#include <QDateTime>

#include <algorithm>

namespace fi {

LocalClock::LocalClock(const QTimeZone &zone, qint64 fromMs, qint64 toMs)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc())
{
    const qint64 from = fromMs - 2 * kDayMs;
    const qint64 to = std::max(toMs, fromMs) + 2 * kDayMs;
    m_initialOffsetMs = qint64(m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc()))) * 1000;
    if (m_zone.hasTransitions()) {
        const auto transitions = m_zone.transitions(QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc()),
                                                    QDateTime::fromMSecsSinceEpoch(to, QTimeZone::utc()));
        for (const QTimeZone::OffsetData &t : transitions) {
            m_atMs.push_back(t.atUtc.toMSecsSinceEpoch());
            m_offsetMs.push_back(qint64(t.offsetFromUtc) * 1000);
        }
    }
}

qint64 LocalClock::offsetMs(qint64 utcMs) const
{
    const auto it = std::upper_bound(m_atMs.begin(), m_atMs.end(), utcMs);
    if (it == m_atMs.begin())
        return m_initialOffsetMs;
    return m_offsetMs[std::size_t(it - m_atMs.begin() - 1)];
}

qint64 LocalClock::localDay(qint64 utcMs) const
{
    const qint64 local = localMs(utcMs);
    return local >= 0 ? local / kDayMs : -((-local + kDayMs - 1) / kDayMs);
}

int LocalClock::localHour(qint64 utcMs) const
{
    const qint64 local = localMs(utcMs);
    return int(((local % kDayMs + kDayMs) % kDayMs) / (3600 * 1000));
}

qint64 LocalClock::startOfDay(QDate date) const
{
    return date.startOfDay(m_zone).toMSecsSinceEpoch();
}

} // namespace fi
