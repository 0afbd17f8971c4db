// Hand-computed deadline cases. Every expectation below was worked out by hand from the
// definition in deadlinecalculator.h; DST transition instants were checked against the tz
// database (python zoneinfo) and are quoted in the comments.
#include "deadlines/deadlinecalculator.h"

#include <QTest>

using namespace fi;

namespace {

const ResponsePolicy kFourHoursWorking{QStringLiteral("tier2-default"), 240, DeadlineClock::Working};

qint64 utc(const char *iso)
{
    QDateTime dt = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    dt.setTimeZone(QTimeZone::utc());
    return dt.toMSecsSinceEpoch();
}

qint64 local(const QTimeZone &zone, const char *iso)
{
    QDateTime dt = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    dt.setTimeZone(zone);
    return dt.toMSecsSinceEpoch();
}

ResponsePolicy working(qint64 minutes)
{
    return {QStringLiteral("test"), minutes, DeadlineClock::Working};
}

QString show(std::optional<qint64> ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::utc()).toString(Qt::ISODate) : QStringLiteral("none");
}

// A schedule with the given intervals on one weekday only.
WorkingHours oneDay(const char *zone, Qt::DayOfWeek day, QList<WorkInterval> intervals)
{
    WorkingHours h;
    h.setTimeZone(QTimeZone(zone));
    h.setIntervals(day, intervals);
    return h;
}

} // namespace

class TestDeadlines : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fridayAfternoonRollsToMonday()
    {
        const QTimeZone berlin("Europe/Berlin");
        DeadlineCalculator calc(WorkingHours::defaults(berlin));
        // 2026-03-06 is a Friday. 16:45–17:00 uses 15 min; the remaining 3 h 45 min run
        // Monday 09:00–12:45.
        QCOMPARE(show(calc.due(local(berlin, "2026-03-06T16:45:00"), kFourHoursWorking)),
                 show(local(berlin, "2026-03-09T12:45:00")));
    }

    void windowEndsExactlyAtClosing()
    {
        const QTimeZone berlin("Europe/Berlin");
        DeadlineCalculator calc(WorkingHours::defaults(berlin));
        // 15 working minutes from Friday 16:45 end at Friday 17:00, not Monday 09:00.
        QCOMPARE(show(calc.due(local(berlin, "2026-03-06T16:45:00"), working(15))),
                 show(local(berlin, "2026-03-06T17:00:00")));
        // Received exactly at closing: nothing left on Friday, starts Monday 09:00.
        QCOMPARE(show(calc.due(local(berlin, "2026-03-06T17:00:00"), working(30))),
                 show(local(berlin, "2026-03-09T09:30:00")));
    }

    void receivedOnSaturdayStartsMonday()
    {
        const QTimeZone berlin("Europe/Berlin");
        DeadlineCalculator calc(WorkingHours::defaults(berlin));
        QCOMPARE(show(calc.due(local(berlin, "2026-03-07T10:00:00"), kFourHoursWorking)),
                 show(local(berlin, "2026-03-09T13:00:00")));
        // Before opening on a weekday: Tuesday 07:12 → 09:00 + 4 h = 13:00.
        QCOMPARE(show(calc.due(local(berlin, "2026-03-10T07:12:00"), kFourHoursWorking)),
                 show(local(berlin, "2026-03-10T13:00:00")));
    }

    void holidayOnMondayIsSkipped()
    {
        const QTimeZone berlin("Europe/Berlin");
        WorkingHours hours = WorkingHours::defaults(berlin);
        hours.addHoliday(QDate(2026, 3, 9));
        DeadlineCalculator calc(hours);
        // Friday 16:45–17:00 (15 min), Monday is a holiday, Tuesday 09:00–12:45.
        QCOMPARE(show(calc.due(local(berlin, "2026-03-06T16:45:00"), kFourHoursWorking)),
                 show(local(berlin, "2026-03-10T12:45:00")));
    }

    void windowLongerThanAWeek()
    {
        const QTimeZone berlin("Europe/Berlin");
        DeadlineCalculator calc(WorkingHours::defaults(berlin));
        // 50 working hours from Monday 2026-03-09 09:00: Mon–Fri give 40 h (Friday 17:00),
        // the next Monday 8 h more (48 h), then Tuesday 09:00–11:00 → 2026-03-17 11:00.
        QCOMPARE(show(calc.due(local(berlin, "2026-03-09T09:00:00"), working(50 * 60))),
                 show(local(berlin, "2026-03-17T11:00:00")));
        // 120 working hours = 3 full weeks: Monday 09:00 → Friday 17:00 two weeks later.
        QCOMPARE(show(calc.due(local(berlin, "2026-03-09T09:00:00"), working(120 * 60))),
                 show(local(berlin, "2026-03-27T17:00:00")));
    }

    void lunchBreak()
    {
        const QTimeZone berlin("Europe/Berlin");
        WorkingHours hours = WorkingHours::defaults(berlin);
        for (int d = Qt::Monday; d <= Qt::Friday; ++d)
            QVERIFY(hours.setIntervals(Qt::DayOfWeek(d), {{9 * 60, 12 * 60}, {13 * 60, 17 * 60}}));
        DeadlineCalculator calc(hours);
        // 11:00–12:00 (1 h), lunch, 13:00–14:00 (1 h) → 14:00.
        QCOMPARE(show(calc.due(local(berlin, "2026-03-10T11:00:00"), working(120))),
                 show(local(berlin, "2026-03-10T14:00:00")));
        // Received during lunch: starts at 13:00.
        QCOMPARE(show(calc.due(local(berlin, "2026-03-10T12:20:00"), working(30))),
                 show(local(berlin, "2026-03-10T13:30:00")));
    }

    void onlySomeDaysWork()
    {
        // Only Wednesdays 10:00–12:00; other days have zero working time.
        const QTimeZone berlin("Europe/Berlin");
        DeadlineCalculator calc(oneDay("Europe/Berlin", Qt::Wednesday, {{10 * 60, 12 * 60}}));
        // Thursday 2026-03-12 → next Wednesday 03-18 10:00 + 1 h.
        QCOMPARE(show(calc.due(local(berlin, "2026-03-12T10:00:00"), working(60))),
                 show(local(berlin, "2026-03-18T11:00:00")));
        // 5 h = two full Wednesdays and 1 h of the third.
        QCOMPARE(show(calc.due(local(berlin, "2026-03-12T10:00:00"), working(300))),
                 show(local(berlin, "2026-04-01T11:00:00")));
    }

    void noWorkingTimeGivesNoDeadline()
    {
        DeadlineCalculator calc{WorkingHours()};
        QCOMPARE(calc.due(utc("2026-03-06T10:00:00"), kFourHoursWorking), std::nullopt);
        // The calendar clock does not need working hours.
        QCOMPARE(calc.due(utc("2026-03-06T10:00:00"), {QStringLiteral("c"), 15, DeadlineClock::Calendar}),
                 std::optional<qint64>(utc("2026-03-06T10:15:00")));
    }

    void noWindowAndZeroWindow()
    {
        DeadlineCalculator calc(WorkingHours::defaults(QTimeZone("Europe/Berlin")));
        QCOMPARE(calc.due(utc("2026-03-07T10:00:00"), {QStringLiteral("tier1-default"), std::nullopt,
                                                        DeadlineClock::Calendar}),
                 std::nullopt);
        QCOMPARE(calc.due(utc("2026-03-07T10:00:00"), working(0)), std::optional<qint64>(utc("2026-03-07T10:00:00")));
        QCOMPARE(calc.due(utc("2026-03-07T10:00:00"), working(-5)), std::nullopt);
    }

    void calendarClockIsPlainAdditionAcrossDst()
    {
        // Berlin springs forward 2026-03-29 01:00Z (02:00 CET → 03:00 CEST). 01:55 CET is
        // 00:55Z; + 15 min = 01:10Z, which the wall clock shows as 03:10 CEST.
        const QTimeZone berlin("Europe/Berlin");
        DeadlineCalculator calc(WorkingHours::defaults(berlin));
        const auto due = calc.due(local(berlin, "2026-03-29T01:55:00"),
                                  {QStringLiteral("tier3-default"), 15, DeadlineClock::Calendar});
        QCOMPARE(show(due), show(utc("2026-03-29T01:10:00")));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(*due, berlin).time(), QTime(3, 10));
    }

    void newYorkDst()
    {
        const QTimeZone ny("America/New_York");
        // Spring forward 2026-03-08: 02:00 EST (07:00Z) jumps to 03:00 EDT.
        // Sunday schedule 01:00–04:00 holds only 2 real hours that day: 06:00Z–07:00Z and
        // 07:00Z–08:00Z. Received Saturday, 120 min → 04:00 EDT = 08:00Z.
        DeadlineCalculator spring(oneDay("America/New_York", Qt::Sunday, {{60, 240}}));
        QCOMPARE(show(spring.due(utc("2026-03-07T20:00:00"), working(120))), show(utc("2026-03-08T08:00:00")));
        // 150 min: the last 30 min fall on the next Sunday, 03-15 01:00–01:30 EDT = 05:30Z.
        QCOMPARE(show(spring.due(utc("2026-03-07T20:00:00"), working(150))), show(utc("2026-03-15T05:30:00")));

        // Fall back 2026-11-01: 02:00 EDT (06:00Z) goes back to 01:00 EST. Sunday schedule
        // 00:00–03:00 lasts 4 real hours (04:00Z–08:00Z). 180 working minutes from Saturday
        // end at 07:00Z, when the wall clock reads only 02:00 EST.
        DeadlineCalculator fall(oneDay("America/New_York", Qt::Sunday, {{0, 180}}));
        const auto due = fall.due(utc("2026-10-31T20:00:00"), working(180));
        QCOMPARE(show(due), show(utc("2026-11-01T07:00:00")));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(*due, ny).time(), QTime(2, 0));
        QCOMPARE(show(fall.due(utc("2026-10-31T20:00:00"), working(240))), show(utc("2026-11-01T08:00:00")));
        QCOMPARE(fall.workingMsBetween(utc("2026-10-31T00:00:00"), utc("2026-11-02T00:00:00")), qint64(4 * 3600000));

        // Ordinary weekdays across the change: Friday 2026-03-06 16:00 EST + 4 h → 1 h Friday,
        // Monday 09:00 EDT + 3 h = 12:00 EDT = 16:00Z.
        DeadlineCalculator week(WorkingHours::defaults(ny));
        QCOMPARE(show(week.due(local(ny, "2026-03-06T16:00:00"), kFourHoursWorking)), show(utc("2026-03-09T16:00:00")));
    }

    void berlinDst()
    {
        // Spring forward 2026-03-29 01:00Z: 02:00 CET → 03:00 CEST. Sunday 01:00–04:00 holds
        // 00:00Z–01:00Z and 01:00Z–02:00Z: 2 h.
        DeadlineCalculator spring(oneDay("Europe/Berlin", Qt::Sunday, {{60, 240}}));
        QCOMPARE(spring.workingMsBetween(utc("2026-03-28T00:00:00"), utc("2026-03-30T00:00:00")), qint64(2 * 3600000));
        QCOMPARE(show(spring.due(utc("2026-03-28T12:00:00"), working(90))), show(utc("2026-03-29T01:30:00")));

        // Fall back 2026-10-25 01:00Z: 03:00 CEST → 02:00 CET, so 02:00–03:00 happens twice.
        // Sunday 02:00–03:00 holds 00:00Z–01:00Z and 01:00Z–02:00Z. 90 min → 01:30Z, which
        // the wall clock shows as 02:30 CET (the second pass).
        DeadlineCalculator fall(oneDay("Europe/Berlin", Qt::Sunday, {{120, 180}}));
        const auto due = fall.due(utc("2026-10-24T12:00:00"), working(90));
        QCOMPARE(show(due), show(utc("2026-10-25T01:30:00")));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(*due, QTimeZone("Europe/Berlin")).offsetFromUtc(), 3600);
    }

    void saoPaulo2018Dst()
    {
        // Brazil still had DST in 2018 (abolished in 2019). 2018-11-04 00:00 -03 (03:00Z)
        // jumped to 01:00 -02: local midnight–01:00 did not exist. Sunday 00:00–02:00 holds
        // only 03:00Z–04:00Z. 90 min from Saturday: 60 min that day, 30 min on 2018-11-11
        // 00:00–00:30 -02 = 02:00Z–02:30Z.
        DeadlineCalculator spring(oneDay("America/Sao_Paulo", Qt::Sunday, {{0, 120}}));
        QCOMPARE(show(spring.due(utc("2018-11-03T12:00:00"), working(60))), show(utc("2018-11-04T04:00:00")));
        QCOMPARE(show(spring.due(utc("2018-11-03T12:00:00"), working(90))), show(utc("2018-11-11T02:30:00")));

        // 2018-02-18 00:00 -02 (02:00Z) went back to 2018-02-17 23:00 -03: Saturday 23:00–24:00
        // happened twice. Saturday 22:00–24:00 holds 00:00Z–03:00Z (3 h). 150 min → 02:30Z =
        // 23:30 -03.
        DeadlineCalculator fall(oneDay("America/Sao_Paulo", Qt::Saturday, {{22 * 60, 24 * 60}}));
        QCOMPARE(show(fall.due(utc("2018-02-17T12:00:00"), working(150))), show(utc("2018-02-18T02:30:00")));
        QCOMPARE(fall.workingMsBetween(utc("2018-02-17T00:00:00"), utc("2018-02-19T00:00:00")), qint64(3 * 3600000));

        // No DST since 2019: the same dates in 2019/2020 are plain -03. Sunday 2019-11-03
        // 00:00–02:00 -03 = 03:00Z–05:00Z, 90 min → 04:30Z.
        QCOMPARE(show(spring.due(utc("2019-11-02T12:00:00"), working(90))), show(utc("2019-11-03T04:30:00")));
    }

    void kolkataHalfHourOffset()
    {
        // Asia/Kolkata is +05:30 all year. Friday 2026-03-06 16:45 IST (11:15Z) + 4 h →
        // Monday 12:45 IST = 07:15Z.
        const QTimeZone kolkata("Asia/Kolkata");
        DeadlineCalculator calc(WorkingHours::defaults(kolkata));
        QCOMPARE(show(calc.due(utc("2026-03-06T11:15:00"), kFourHoursWorking)), show(utc("2026-03-09T07:15:00")));
    }

    void lordHoweThirtyMinuteShift()
    {
        // Australia/Lord_Howe: +11 in summer, +10:30 in winter; the clocks move by 30 min.
        // 2026-04-05 02:00 +11 (15:00Z on 04-04) goes back to 01:30 +10:30: 01:30–02:00 happens
        // twice. Sunday 01:00–03:00 spans 01:00 +11 (14:00Z) to 03:00 +10:30 (16:30Z) = 2 h 30.
        DeadlineCalculator calc(oneDay("Australia/Lord_Howe", Qt::Sunday, {{60, 180}}));
        QCOMPARE(show(calc.due(utc("2026-04-04T00:00:00"), working(150))), show(utc("2026-04-04T16:30:00")));
        // 2026-10-04 02:00 +10:30 (15:30Z on 10-03) jumps to 02:30 +11: 02:00–02:30 does not
        // exist. Sunday 01:00–03:00 spans 01:00 +10:30 (14:30Z) to 03:00 +11 (16:00Z) = 1 h 30.
        // 100 min: 90 that day, then 10 min from 01:00 +11 on 10-11 = 14:00Z on 10-10.
        QCOMPARE(calc.workingMsBetween(utc("2026-10-03T00:00:00"), utc("2026-10-05T00:00:00")), qint64(90 * 60000));
        QCOMPARE(show(calc.due(utc("2026-10-03T00:00:00"), working(100))), show(utc("2026-10-10T14:10:00")));
    }

    void secondsAreKept()
    {
        // Received mid-minute inside hours: the seconds carry through.
        const QTimeZone berlin("Europe/Berlin");
        DeadlineCalculator calc(WorkingHours::defaults(berlin));
        QCOMPARE(show(calc.due(local(berlin, "2026-03-10T10:00:30"), working(60))),
                 show(local(berlin, "2026-03-10T11:00:30")));
    }

    void copiesAndExtremeInputsAreSafe()
    {
        DeadlineCalculator calc(WorkingHours::defaults(QTimeZone("Europe/Berlin")));
        const DeadlineCalculator copy = calc;
        QCOMPARE(copy.due(utc("2026-03-07T10:00:00"), kFourHoursWorking),
                 calc.due(utc("2026-03-07T10:00:00"), kFourHoursWorking));
        // Far past and far future still work (blocks outside the fast range).
        QVERIFY(calc.due(utc("1850-06-03T10:00:00"), kFourHoursWorking).has_value());
        QVERIFY(calc.due(utc("2400-06-03T10:00:00"), kFourHoursWorking).has_value());
        // Absurd inputs give no deadline instead of overflowing or looping.
        QCOMPARE(calc.due(std::numeric_limits<qint64>::max(), kFourHoursWorking), std::nullopt);
        QCOMPARE(calc.due(0, working(std::numeric_limits<qint64>::max() / 2)), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
