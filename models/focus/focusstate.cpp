#include "focus/focusstate.h"

#include <QJsonArray>

#include <algorithm>

namespace fi {

QJsonObject FocusSession::toJson() const
{
    QJsonArray held;
    for (qint64 id : heldIds)
        held.append(id);
    return QJsonObject{{QStringLiteral("startMs"), startMs},
                       {QStringLiteral("plannedEndMs"), plannedEndMs},
                       {QStringLiteral("origin"), origin == FocusOrigin::Manual ? QStringLiteral("manual")
                                                                                : QStringLiteral("schedule")},
                       {QStringLiteral("held"), held},
                       {QStringLiteral("breakthroughs"), breakthroughs}};
}

std::optional<FocusSession> FocusSession::fromJson(const QJsonObject &json)
{
    FocusSession s;
    s.startMs = json.value(QStringLiteral("startMs")).toInteger();
    s.plannedEndMs = json.value(QStringLiteral("plannedEndMs")).toInteger();
    if (s.startMs <= 0 || s.plannedEndMs <= s.startMs)
        return std::nullopt;
    s.origin = json.value(QStringLiteral("origin")).toString() == QLatin1String("schedule") ? FocusOrigin::Schedule
                                                                                            : FocusOrigin::Manual;
    for (const QJsonValue &v : json.value(QStringLiteral("held")).toArray())
        s.heldIds.append(v.toInteger());
    s.breakthroughs = json.value(QStringLiteral("breakthroughs")).toInt();
    return s;
}

FocusStateMachine::FocusStateMachine(FocusSchedule schedule) : m_schedule(std::move(schedule)) {}

qint64 FocusStateMachine::remainingMs(qint64 nowMs) const
{
    return m_session ? std::max<qint64>(0, m_session->plannedEndMs - nowMs) : 0;
}

std::optional<FocusInterval> FocusStateMachine::scheduledAt(qint64 nowMs) const
{
    if (nowMs < m_suppressedUntilMs)
        return std::nullopt;
    return m_schedule.activeAt(nowMs);
}

void FocusStateMachine::absorbSchedule(qint64 atMs)
{
    // A block that is active at (or starts exactly at) the planned end continues the session.
    while (m_session) {
        const auto block = scheduledAt(atMs);
        if (!block || block->endMs <= m_session->plannedEndMs)
            return;
        m_session->plannedEndMs = block->endMs;
        atMs = block->endMs;
    }
}

QList<FocusEvent> FocusStateMachine::update(qint64 nowMs)
{
    QList<FocusEvent> events;
    const qint64 last = m_lastUpdateMs;
    m_lastUpdateMs = std::max(m_lastUpdateMs, nowMs);
    if (m_session) {
        absorbSchedule(std::min(nowMs, m_session->plannedEndMs));
        absorbSchedule(m_session->plannedEndMs);
        if (nowMs >= m_session->plannedEndMs) {
            FocusEvent ended{FocusEvent::Ended, *m_session, m_session->plannedEndMs, false};
            // Late when nobody looked between the planned end and now (sleep, app closed).
            if (nowMs - m_session->plannedEndMs > kLateToleranceMs && last < m_session->plannedEndMs) {
                ended.atMs = nowMs;
                ended.endedLate = true;
            }
            events.append(ended);
            m_session.reset();
        }
    }
    if (!m_session) {
        if (const auto block = scheduledAt(nowMs)) {
            m_session = FocusSession{nowMs, block->endMs, FocusOrigin::Schedule, {}, 0};
            absorbSchedule(block->endMs);
            events.append({FocusEvent::Started, *m_session, nowMs, false});
        }
    }
    return events;
}

QList<FocusEvent> FocusStateMachine::startManual(qint64 nowMs, qint64 endMs)
{
    QList<FocusEvent> events = update(nowMs);
    if (endMs <= nowMs)
        return events;
    m_suppressedUntilMs = 0;  // an explicit start overrides an earlier "End session"
    if (m_session) {
        if (endMs > m_session->plannedEndMs) {
            m_session->plannedEndMs = endMs;
            absorbSchedule(endMs);
            events.append({FocusEvent::Extended, *m_session, nowMs, false});
        }
        return events;
    }
    m_session = FocusSession{nowMs, endMs, FocusOrigin::Manual, {}, 0};
    absorbSchedule(nowMs);
    absorbSchedule(m_session->plannedEndMs);
    events.append({FocusEvent::Started, *m_session, nowMs, false});
    return events;
}

QList<FocusEvent> FocusStateMachine::stop(qint64 nowMs)
{
    QList<FocusEvent> events = update(nowMs);
    if (!m_session)
        return events;
    if (const auto block = m_schedule.activeAt(nowMs))
        m_suppressedUntilMs = std::max(m_suppressedUntilMs, block->endMs);
    events.append({FocusEvent::Ended, *m_session, nowMs, false});
    m_session.reset();
    return events;
}

QList<FocusEvent> FocusStateMachine::extend(qint64 nowMs, qint64 byMs)
{
    QList<FocusEvent> events = update(nowMs);
    if (!m_session || byMs <= 0)
        return events;
    m_session->plannedEndMs += byMs;
    absorbSchedule(m_session->plannedEndMs);
    events.append({FocusEvent::Extended, *m_session, nowMs, false});
    return events;
}

void FocusStateMachine::recordHeld(qint64 itemId)
{
    if (m_session && !m_session->heldIds.contains(itemId))
        m_session->heldIds.append(itemId);
}

void FocusStateMachine::recordBreakthrough()
{
    if (m_session)
        ++m_session->breakthroughs;
}

std::optional<qint64> FocusStateMachine::nextChangeMs(qint64 nowMs) const
{
    if (m_session)
        return m_session->plannedEndMs;
    std::optional<qint64> next = m_schedule.nextStartAfter(nowMs);
    if (m_suppressedUntilMs > nowMs && (!next || *next < m_suppressedUntilMs))
        next = m_suppressedUntilMs;
    return next;
}

QJsonObject FocusStateMachine::toJson() const
{
    QJsonObject json{{QStringLiteral("suppressedUntilMs"), m_suppressedUntilMs},
                     {QStringLiteral("lastUpdateMs"), m_lastUpdateMs}};
    if (m_session)
        json.insert(QStringLiteral("session"), m_session->toJson());
    return json;
}

void FocusStateMachine::restore(const QJsonObject &json)
{
    m_session = FocusSession::fromJson(json.value(QStringLiteral("session")).toObject());
    m_suppressedUntilMs = json.value(QStringLiteral("suppressedUntilMs")).toInteger();
    m_lastUpdateMs = json.value(QStringLiteral("lastUpdateMs")).toInteger();
}

} // namespace fi
