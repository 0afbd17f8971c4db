// Property test: DeadlineCalculator::due() against an independent brute-force oracle.
//
// The oracle knows nothing of the calculator's tables: it walks UTC time minute by minute
// from the received instant, asks QTimeZone for the UTC offset of that minute, turns it into
// the local wall-clock date and minute, and checks that against the randomly generated weekly
// schedule and holiday list (kept as its own minute masks). The deadline is the end of the minute in which the window-th
// working minute is counted. Inputs are minute-aligned and every zone used has offsets in whole
// minutes, so a minute is either entirely working or entirely not.
//
// Half of the cases are received within a few days of one of the zone's DST transitions, and
// schedules include night intervals, so gaps and repeated hours are exercised often.
#include "deadlines/deadlinecalculator.h"

#include <QRandomGenerator>
#include <QTest>
#include <QtConcurrent>

#include <bitset>

using namespace fi;

namespace {

constexpr qint64 kMinuteMs = 60000;
constexpr qint64 kDayMs = 24 * 60 * kMinuteMs;

struct Case {
    QByteArray zone;
    std::array<QList<WorkInterval>, 7> week; // Monday first
    QList<QDate> holidays;
    qint64 receivedMs = 0;
    qint64 windowMinutes = 0;
};

struct Outcome {
    std::optional<qint64> expected;
    std::optional<qint64> actual;
    qint64 workedToDue = -1; // workingMsBetween(received, actual)
};

// The oracle's own view of a case: a minute mask per weekday and the holidays as Julian days.
struct OracleSchedule {
    std::array<std::bitset<1440>, 7> week; // Monday first
    std::vector<qint64> holidays;          // Julian day numbers
    explicit OracleSchedule(const Case &c)
    {
        for (int d = 0; d < 7; ++d)
            for (const WorkInterval &w : c.week[d])
                for (int m = w.startMinute; m < w.endMinute; ++m)
                    week[d].set(std::size_t(m));
        for (const QDate &h : c.holidays)
            holidays.push_back(h.toJulianDay());
    }
};

bool oracleWorking(const OracleSchedule &s, const QTimeZone &zone, qint64 utcMs)
{
    const qint64 offsetMs = qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC))) * 1000;
    const qint64 localMs = utcMs + offsetMs; // > 0 for the years used here
    const qint64 julianDay = localMs / kDayMs + 2440588; // 1970-01-01 is Julian day 2440588
    const int minute = int((localMs % kDayMs) / kMinuteMs);
    if (std::find(s.holidays.begin(), s.holidays.end(), julianDay) != s.holidays.end())
        return false;
    return s.week[std::size_t(julianDay % 7)][std::size_t(minute)]; // Julian day % 7 == 0 is a Monday
}

std::optional<qint64> oracleDue(const Case &c)
{
    const QTimeZone zone(c.zone);
    const OracleSchedule schedule(c);
    qint64 counted = 0;
    // Windows are chosen so that the answer lies within 8 weeks; beyond that is a failure.
    const qint64 limit = c.receivedMs + 8 * 7 * kDayMs;
    for (qint64 t = c.receivedMs; t < limit; t += kMinuteMs) {
        if (oracleWorking(schedule, zone, t) && ++counted == c.windowMinutes)
            return t + kMinuteMs;
    }
    return std::nullopt;
}

Case randomCase(QRandomGenerator &rng)
{
    static const QByteArray zones[] = {"Europe/Berlin", "America/New_York", "America/Sao_Paulo",
                                       "Asia/Kolkata", "Australia/Lord_Howe", "Asia/Kathmandu",
                                       "Pacific/Chatham", "America/St_Johns", "Europe/London", "UTC"};
    Case c;
    c.zone = zones[rng.bounded(int(std::size(zones)))];
    const QTimeZone zone(c.zone);

    // Schedule: per weekday 0–3 (mostly 1–3) non-overlapping intervals in 15-minute steps anywhere in the day.
    int weekly = 0;
    while (weekly == 0) {
        for (auto &day : c.week) {
            day.clear();
            const int count = rng.bounded(8) == 0 ? 0 : 1 + rng.bounded(3);
            QList<int> cuts;
            for (int i = 0; i < count * 2; ++i)
                cuts.append(rng.bounded(97) * 15); // 0 … 1440
            std::sort(cuts.begin(), cuts.end());
            cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
            for (int i = 0; i + 1 < cuts.size(); i += 2) {
                // Keep intervals apart so that they do not touch (the calculator merges
                // touching intervals, which the oracle does not need to know about).
                if (!day.isEmpty() && cuts[i] <= day.last().endMinute)
                    continue;
                day.append({cuts[i], cuts[i + 1]});
                weekly += cuts[i + 1] - cuts[i];
            }
        }
    }

    // Received: a random minute in 2010–2030, half of the time from 2 days before to 1 day after a transition.
    const qint64 from = QDateTime(QDate(2010, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 span = 20 * 365 * kDayMs / kMinuteMs;
    qint64 received = from + qint64(rng.bounded(quint64(span))) * kMinuteMs;
    if (rng.bounded(2) == 0 && zone.hasTransitions()) {
        const auto next = zone.nextTransition(QDateTime::fromMSecsSinceEpoch(received, QTimeZone::utc()));
        // (Zones without DST report a no-op "transition" at 2038-01-19T03:14:07Z, the end of
        // 32-bit time in the TZif file; only real transitions before 2031 are used.)
        if (next.atUtc.isValid() && next.atUtc.date().year() <= 2030)
            received = next.atUtc.toMSecsSinceEpoch() + (qint64(rng.bounded(3 * 24 * 60)) - 2 * 24 * 60) * kMinuteMs;
    }
    c.receivedMs = received - received % kMinuteMs; // minute-aligned (received > 0 here)

    // Holidays: 0–3 local dates in the next two weeks.
    const QDate receivedDate = QDateTime::fromMSecsSinceEpoch(received, zone).date();
    for (int i = rng.bounded(4); i > 0; --i)
        c.holidays.append(receivedDate.addDays(rng.bounded(-1, 14)));

    // Window: 1 minute … 1.5 weeks of this schedule; mostly up to 2 h (this keeps the oracle's
    // minute walk, and so the test, fast enough for ASan: ~10M minutes in all).
    const int maxWindow = rng.bounded(40) == 0 ? weekly * 3 / 2 : std::min(weekly, 2 * 60);
    c.windowMinutes = 1 + rng.bounded(std::max(1, maxWindow));
    return c;
}

Outcome run(const Case &c)
{
    WorkingHours hours;
    hours.setTimeZone(QTimeZone(c.zone));
    for (int d = 0; d < 7; ++d)
        hours.setIntervals(Qt::DayOfWeek(d + 1), c.week[d]);
    for (const QDate &h : c.holidays)
        hours.addHoliday(h);
    const DeadlineCalculator calc(hours);
    Outcome o;
    o.actual = calc.due(c.receivedMs, {QStringLiteral("p"), c.windowMinutes, DeadlineClock::Working});
    if (o.actual)
        o.workedToDue = calc.workingMsBetween(c.receivedMs, *o.actual);
    o.expected = oracleDue(c);
    return o;
}

QString describe(const Case &c)
{
    QStringList days;
    for (const auto &day : c.week) {
        QStringList parts;
        for (const WorkInterval &w : day)
            parts.append(WorkingHours::formatInterval(w));
        days.append(QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']'));
    }
    QStringList hol;
    for (const QDate &d : c.holidays)
        hol.append(d.toString(Qt::ISODate));
    return QStringLiteral("zone %1 received %2 window %3 min week %4 holidays %5")
        .arg(QString::fromLatin1(c.zone),
             QDateTime::fromMSecsSinceEpoch(c.receivedMs, QTimeZone::utc()).toString(Qt::ISODate))
        .arg(c.windowMinutes)
        .arg(days.join(QLatin1Char(' ')), hol.join(QLatin1Char(',')));
}

QString show(std::optional<qint64> ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::utc()).toString(Qt::ISODate) : QStringLiteral("none");
}

} // namespace

class TestDeadlineOracle : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesBruteForce()
    {
        QRandomGenerator rng(20260306u); // fixed seed: reproducible
        QList<Case> cases;
        for (int i = 0; i < 10000; ++i)
            cases.append(randomCase(rng));
        const QList<Outcome> outcomes = QtConcurrent::blockingMapped(cases, run);
        int nearTransition = 0;
        for (int i = 0; i < cases.size(); ++i) {
            const Outcome &o = outcomes.at(i);
            if (o.expected != o.actual)
                QFAIL(qPrintable(QStringLiteral("case %1: %2\n  oracle %3, calculator %4")
                                     .arg(i).arg(describe(cases.at(i)), show(o.expected), show(o.actual))));
            QCOMPARE(o.workedToDue, cases.at(i).windowMinutes * kMinuteMs);
            const QTimeZone zone(cases.at(i).zone);
            const auto next = zone.nextTransition(QDateTime::fromMSecsSinceEpoch(cases.at(i).receivedMs, QTimeZone::utc()));
            if (next.atUtc.isValid() && next.offsetFromUtc != zone.offsetFromUtc(next.atUtc.addSecs(-1))
                && o.expected && next.atUtc.toMSecsSinceEpoch() < *o.expected)
                ++nearTransition;
        }
        qInfo("%d of %d deadlines span a UTC offset change", nearTransition, int(cases.size()));
        // The interesting cases really occur: many deadlines span a DST transition.
        QVERIFY2(nearTransition > 500, qPrintable(QString::number(nearTransition)));
    }
};

QTEST_GUILESS_MAIN(TestDeadlineOracle)
#include "tst_deadline_oracle.moc"
