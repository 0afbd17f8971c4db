#include "insights/insightsfocus.h"

#include "insights/localclock.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <vector>

namespace fi {

namespace {

struct Session {
    qint64 startMs = 0, endMs = 0, plannedEndMs = 0;
};

/// Adds the part of [fromMs, toMs) that falls on each day of @p dayStarts (UTC instants of local
/// midnights, one more than there are days) to the member @p field of @p days.
void spread(qint64 fromMs, qint64 toMs, const std::vector<qint64> &dayStarts, QList<FocusDay> &days,
            qint64 FocusDay::*field)
{
    if (toMs <= fromMs || dayStarts.size() < 2)
        return;
    auto it = std::upper_bound(dayStarts.begin(), dayStarts.end(), fromMs);
    std::size_t i = it == dayStarts.begin() ? 0 : std::size_t(it - dayStarts.begin() - 1);
    for (; i + 1 < dayStarts.size(); ++i) {
        const qint64 a = std::max(fromMs, dayStarts[i]);
        const qint64 b = std::min(toMs, dayStarts[i + 1]);
        if (a >= toMs)
            break;
        if (b > a)
            days[qsizetype(i)].*field += b - a;
    }
}

} // namespace

std::optional<FocusFigures> readFocusFigures(QSqlDatabase &db, const LocalClock &clock, qint64 sinceMs,
                                             qint64 untilMs, QString *error)
{
    FocusFigures out;
    std::vector<Session> sessions;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT start_ms, end_ms, planned_end_ms, held_back, breakthroughs FROM focus_sessions"
                                 " WHERE start_ms >= ? AND start_ms < ? ORDER BY start_ms, id"));
        q.addBindValue(sinceMs);
        q.addBindValue(untilMs);
        if (!q.exec()) {
            *error = q.lastError().text();
            return std::nullopt;
        }
        while (q.next()) {
            Session s{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
            s.endMs = std::max(s.endMs, s.startMs);
            s.plannedEndMs = std::max(s.plannedEndMs, s.startMs);
            sessions.push_back(s);
            out.held += q.value(3).toInt();
            out.breakthroughs += q.value(4).toInt();
        }
    }
    // Breakthrough events from the period's start to the end of its last session.
    std::vector<qint64> breakthroughTimes;
    {
        qint64 eventsUntil = untilMs;
        for (const Session &s : sessions)
            eventsUntil = std::max(eventsUntil, s.endMs + 1);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT e.at_ms, COALESCE(e.item_id, 0), e.reason, COALESCE(i.subject, ''),"
            " COALESCE(NULLIF(i.from_name, ''), NULLIF(i.from_address, ''), i.from_handle, '')"
            " FROM focus_events e LEFT JOIN items i ON i.id = e.item_id"
            " WHERE e.kind = 'breakthrough' AND e.at_ms >= ? AND e.at_ms < ? ORDER BY e.at_ms, e.id"));
        q.addBindValue(sinceMs);
        q.addBindValue(eventsUntil);
        if (!q.exec()) {
            *error = q.lastError().text();
            return std::nullopt;
        }
        while (q.next()) {
            BreakthroughRecord r;
            r.atMs = q.value(0).toLongLong();
            r.itemId = q.value(1).toLongLong();
            r.reason = breakthroughReasonFromName(q.value(2).toString());
            r.subject = q.value(3).toString();
            r.sender = q.value(4).toString();
            breakthroughTimes.push_back(r.atMs);
            out.breakthroughList.append(r);
        }
    }
    // Days of the period (local), and the UTC instants of their midnights.
    const QDate firstDay = clock.localDate(sinceMs);
    const QDate lastDay = clock.localDate(std::max(sinceMs, untilMs - 1));
    std::vector<qint64> dayStarts;
    for (QDate d = firstDay; d <= lastDay; d = d.addDays(1)) {
        out.days.append(FocusDay{d, 0, 0});
        dayStarts.push_back(clock.startOfDay(d));
    }
    dayStarts.push_back(clock.startOfDay(lastDay.addDays(1)));

    for (const Session &s : sessions) {
        ++out.sessions;
        out.scheduledMs += s.plannedEndMs - s.startMs;
        out.keptMs += s.endMs - s.startMs;
        if (s.endMs < s.plannedEndMs)
            ++out.endedEarly;
        else if (s.endMs > s.plannedEndMs)
            ++out.extended;
        spread(s.startMs, s.plannedEndMs, dayStarts, out.days, &FocusDay::scheduledMs);
        spread(s.startMs, s.endMs, dayStarts, out.days, &FocusDay::keptMs);
        // Longest stretch: the spans between the session's start, its breakthroughs and its end.
        qint64 previous = s.startMs;
        for (auto it = std::lower_bound(breakthroughTimes.begin(), breakthroughTimes.end(), s.startMs);
             it != breakthroughTimes.end() && *it <= s.endMs; ++it) {
            out.longestStretchMs = std::max(out.longestStretchMs, *it - previous);
            previous = *it;
        }
        out.longestStretchMs = std::max(out.longestStretchMs, s.endMs - previous);
    }
    for (const FocusDay &day : std::as_const(out.days)) {
        const QDate monday = day.date.addDays(1 - day.date.dayOfWeek());
        if (out.weeks.isEmpty() || out.weeks.last().date != monday)
            out.weeks.append(FocusDay{monday, 0, 0});
        out.weeks.last().scheduledMs += day.scheduledMs;
        out.weeks.last().keptMs += day.keptMs;
    }
    return out;
}

} // namespace fi
