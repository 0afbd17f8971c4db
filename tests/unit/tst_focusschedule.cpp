// FocusSchedule: weekly blocks expanded in an IANA zone — across midnight, DST, merging, calendar files.
#include "focus/calendarsessions.h"
#include "focus/focusschedule.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace fi;

namespace {

const QTimeZone kBerlin("Europe/Berlin");

qint64 at(int y, int m, int d, int h, int min, const QTimeZone &zone = kBerlin)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), zone).toMSecsSinceEpoch();
}

FocusBlock block(QList<int> days, QTime start, QTime end) { return FocusBlock{std::move(days), start, end}; }

} // namespace

class TestFocusSchedule : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void weekdayMorningBlock()
    {
        const FocusSchedule s(kBerlin, {block({1, 2, 3, 4, 5}, QTime(9, 0), QTime(11, 30))});
        // 2024-03-04 is a Monday.
        const auto active = s.activeAt(at(2024, 3, 4, 10, 0));
        QVERIFY(active);
        QCOMPARE(active->startMs, at(2024, 3, 4, 9, 0));
        QCOMPARE(active->endMs, at(2024, 3, 4, 11, 30));
        QVERIFY(!s.activeAt(at(2024, 3, 4, 11, 30)));  // half-open
        QVERIFY(!s.activeAt(at(2024, 3, 4, 8, 59)));
        QVERIFY(!s.activeAt(at(2024, 3, 9, 10, 0)));   // Saturday
        QCOMPARE(s.nextStartAfter(at(2024, 3, 8, 12, 0)).value(), at(2024, 3, 11, 9, 0));  // Fri → Mon
    }

    void blockAcrossMidnight()
    {
        const FocusSchedule s(kBerlin, {block({5}, QTime(22, 0), QTime(2, 0))});  // Friday night
        const auto active = s.activeAt(at(2024, 3, 9, 1, 0));  // Saturday 01:00
        QVERIFY(active);
        QCOMPARE(active->startMs, at(2024, 3, 8, 22, 0));
        QCOMPARE(active->endMs, at(2024, 3, 9, 2, 0));
        QVERIFY(!s.activeAt(at(2024, 3, 10, 1, 0)));  // Sunday 01:00: Saturday has no block
    }

    void springForwardKeepsWallClock()
    {
        // 2024-03-31: Berlin moves from 02:00 CET to 03:00 CEST (Sunday).
        const FocusSchedule s(kBerlin, {block({7}, QTime(9, 0), QTime(11, 30)), block({6}, QTime(23, 0), QTime(4, 0))});
        const auto morning = s.activeAt(at(2024, 3, 31, 10, 0));
        QVERIFY(morning);
        QCOMPARE(morning->startMs, QDateTime::fromString(QStringLiteral("2024-03-31T07:00:00Z"), Qt::ISODate).toMSecsSinceEpoch());
        QCOMPARE(morning->endMs - morning->startMs, qint64(150) * 60 * 1000);
        // The night block loses an hour: 23:00 CET → 04:00 CEST is 4 real hours.
        const auto night = s.activeAt(at(2024, 3, 31, 1, 0));
        QVERIFY(night);
        QCOMPARE(night->endMs - night->startMs, qint64(4) * 3600 * 1000);
    }

    void startInsideDstGapMovesForward()
    {
        const FocusSchedule s(kBerlin, {block({7}, QTime(2, 30), QTime(5, 0))});
        const auto i = s.activeAt(at(2024, 3, 31, 4, 0));
        QVERIFY(i);
        QCOMPARE(i->startMs, QDateTime::fromString(QStringLiteral("2024-03-31T01:30:00Z"), Qt::ISODate).toMSecsSinceEpoch());
    }

    void fallBackBlockIsLonger()
    {
        // 2024-10-27: 03:00 CEST → 02:00 CET. 00:00–06:00 lasts 7 hours.
        const FocusSchedule s(kBerlin, {block({7}, QTime(0, 0), QTime(6, 0))});
        const auto i = s.activeAt(at(2024, 10, 27, 5, 0));
        QVERIFY(i);
        QCOMPARE(i->endMs - i->startMs, qint64(7) * 3600 * 1000);
    }

    void overlappingBlocksMerge()
    {
        const FocusSchedule s(kBerlin, {block({2, 4}, QTime(14, 0), QTime(17, 0)),
                                        block({2}, QTime(16, 0), QTime(18, 0)),
                                        block({2}, QTime(18, 0), QTime(18, 30))});
        const QList<FocusInterval> tuesday = s.intervals(at(2024, 3, 5, 0, 0), at(2024, 3, 6, 0, 0));
        QCOMPARE(tuesday.size(), 1);
        QCOMPARE(tuesday.first(), (FocusInterval{at(2024, 3, 5, 14, 0), at(2024, 3, 5, 18, 30)}));
        const QList<FocusInterval> thursday = s.intervals(at(2024, 3, 7, 0, 0), at(2024, 3, 8, 0, 0));
        QCOMPARE(thursday, (QList<FocusInterval>{{at(2024, 3, 7, 14, 0), at(2024, 3, 7, 17, 0)}}));
    }

    void extraIntervalsMergeWithBlocks()
    {
        FocusSchedule s(kBerlin, {block({1}, QTime(9, 0), QTime(10, 0))});
        s.setExtraIntervals({{at(2024, 3, 4, 9, 30), at(2024, 3, 4, 12, 0)}});
        const auto i = s.activeAt(at(2024, 3, 4, 9, 15));
        QVERIFY(i);
        QCOMPARE(i->endMs, at(2024, 3, 4, 12, 0));
    }

    void jsonRoundTripAndErrors()
    {
        const QJsonObject json = QJsonDocument::fromJson(R"({"timeZone": "America/New_York", "blocks": [
            {"days": ["mon", "tue", "wed", "thu", "fri"], "start": "09:00", "end": "11:30"},
            {"days": [2, 4], "start": "14:00", "end": "17:00"},
            {"days": ["xyz"], "start": "09:00", "end": "10:00"},
            {"days": ["mon"], "start": "9 am"}]})").object();
        QStringList errors;
        const FocusSchedule s = FocusSchedule::fromJson(json, &errors);
        QCOMPARE(errors.size(), 2);
        QCOMPARE(s.zone().id(), QByteArray("America/New_York"));
        QCOMPARE(s.blocks().size(), 2);
        QCOMPARE(s.blocks().at(1).days, (QList<int>{2, 4}));
        QStringList none;
        const FocusSchedule again = FocusSchedule::fromJson(s.toJson(), &none);
        QVERIFY(none.isEmpty());
        QCOMPARE(again.blocks(), s.blocks());
        QStringList zoneErrors;
        FocusSchedule::fromJson(QJsonObject{{QStringLiteral("timeZone"), QStringLiteral("Mars/Olympus")}}, &zoneErrors);
        QCOMPARE(zoneErrors.size(), 1);
    }

    void calendarEventsMatchingPattern()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cal.ics"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
                   "BEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Deep work: parser\r\n"
                   "DTSTART;TZID=Europe/Berlin:20240304T130000\r\nDTEND;TZID=Europe/Berlin:20240304T150000\r\n"
                   "RRULE:FREQ=DAILY;COUNT=3\r\nEXDATE;TZID=Europe/Berlin:20240305T130000\r\nEND:VEVENT\r\n"
                   "BEGIN:VEVENT\r\nUID:2\r\nSUMMARY:Team lunch\r\n"
                   "DTSTART:20240304T110000Z\r\nDTEND:20240304T120000Z\r\nEND:VEVENT\r\n"
                   "BEGIN:VEVENT\r\nUID:3\r\nSUMMARY:FOCUS block\r\n"
                   "DTSTART:20240304T160000Z\r\nDURATION:PT30M\r\nEND:VEVENT\r\n"
                   "END:VCALENDAR\r\n");
        file.close();
        QString error;
        const QList<FocusInterval> got = readCalendarSessions(path, QStringLiteral("Focus|Deep work"),
                                                              at(2024, 3, 4, 0, 0), at(2024, 3, 8, 0, 0), kBerlin, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<FocusInterval> expected{{at(2024, 3, 4, 13, 0), at(2024, 3, 4, 15, 0)},
                                            {at(2024, 3, 4, 17, 0), at(2024, 3, 4, 17, 30)},
                                            {at(2024, 3, 6, 13, 0), at(2024, 3, 6, 15, 0)}};
        QCOMPARE(got, expected);
        QVERIFY(readCalendarSessions(dir.filePath(QStringLiteral("missing.ics")), QStringLiteral("x"), 0, 1, kBerlin, &error)
                    .isEmpty());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFocusSchedule)
#include "tst_focusschedule.moc"
