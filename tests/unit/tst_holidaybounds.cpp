// Unit tests for the bounds of the holiday .ics import (models/deadlines/holidayimport.cpp):
// a hostile or broken calendar ends in bounded time and memory with a clear error or the
// dates it really names, never a hang (libical steps through every second of a FREQ=SECONDLY
// rule whose filters never match: minutes per icalrecur_iterator_next() call).
#include "deadlines/workinghours.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace fi;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(f.fileName()));
    return f.fileName();
}

QByteArray calendar(const QByteArray &events)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//bounds//EN\r\n" + events + "END:VCALENDAR\r\n";
}

QByteArray vevent(const QByteArray &start, const QByteArray &rrule = {})
{
    return "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:" + start + "\r\n"
        + (rrule.isEmpty() ? QByteArray() : "RRULE:" + rrule + "\r\n") + "END:VEVENT\r\n";
}

} // namespace

class TestHolidayBounds : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rulesThatNeverMatchEndQuickly_data()
    {
        QTest::addColumn<QByteArray>("rrule");
        QTest::newRow("secondly") << QByteArray("FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=31");
        QTest::newRow("minutely") << QByteArray("FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=30");
        QTest::newRow("daily by second") << QByteArray("FREQ=DAILY;BYSECOND=1,2,3;BYMINUTE=5;BYHOUR=3;BYMONTH=2;BYMONTHDAY=31");
        QTest::newRow("daily count") << QByteArray("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30;COUNT=5");
    }
    void rulesThatNeverMatchEndQuickly()
    {
        QFETCH(QByteArray, rrule);
        QTemporaryDir dir;
        const QString path = writeFile(dir, "h.ics", calendar(vevent("19000101", rrule) + vevent("20261225")));
        WorkingHours h = WorkingHours::defaults(QTimeZone::utc());
        QString error;
        QElapsedTimer timer;
        timer.start();
        h.importHolidaysFromIcs(path, &error);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(h.holidays().contains(QDate(2026, 12, 25)));
        QVERIFY(!h.holidays().contains(QDate(1900, 2, 28)));
    }

    void manyExpensiveRulesStayWithinTheTimeBudget()
    {
        QTemporaryDir dir;
        QByteArray events;
        for (int i = 0; i < 200; ++i)
            events += vevent("19000101", "FREQ=DAILY;BYSECOND=1;BYMONTH=2;BYMONTHDAY=31");
        WorkingHours h = WorkingHours::defaults(QTimeZone::utc());
        QString error;
        QElapsedTimer timer;
        timer.start();
        const bool ok = h.importHolidaysFromIcs(writeFile(dir, "slow.ics", calendar(events)), &error);
        QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
        if (!ok)
            QVERIFY2(error.contains(QLatin1String("too many")), qPrintable(error));
    }

    void deepNestingIsRefused()
    {
        QTemporaryDir dir;
        QByteArray body;
        for (int i = 0; i < 200000; ++i)
            body += "BEGIN:X-N\r\n";
        WorkingHours h = WorkingHours::defaults(QTimeZone::utc());
        QString error;
        QVERIFY(!h.importHolidaysFromIcs(writeFile(dir, "deep.ics", calendar(body)), &error));
        QVERIFY2(error.contains(QLatin1String("deep")), qPrintable(error));
        QVERIFY(h.holidays().isEmpty());
    }

    void tooManyEventsAreRefused()
    {
        QTemporaryDir dir;
        QByteArray events;
        for (int i = 0; i < 25000; ++i)
            events += vevent("20260101", "FREQ=YEARLY;COUNT=3");
        WorkingHours h = WorkingHours::defaults(QTimeZone::utc());
        QString error;
        QVERIFY(!h.importHolidaysFromIcs(writeFile(dir, "many.ics", calendar(events)), &error));
        QVERIFY2(error.contains(QLatin1String("too many")), qPrintable(error));
        QVERIFY(h.holidays().isEmpty());
    }

    void hugeFilesAreRefusedUnread()
    {
        QTemporaryDir dir;
        QByteArray big = calendar(vevent("20260101"));
        big += QByteArray(9 << 20, 'x');
        WorkingHours h = WorkingHours::defaults(QTimeZone::utc());
        QString error;
        QVERIFY(!h.importHolidaysFromIcs(writeFile(dir, "big.ics", big), &error));
        QVERIFY2(error.contains(QLatin1String("too large")), qPrintable(error));
    }

    void endlessRulesCoverThePresent()
    {
        // A yearly holiday since 1900 without an end: this year and the next ten are holidays
        // (expanding from 1900 stopped after 100 occurrences, in 1999).
        QTemporaryDir dir;
        WorkingHours h = WorkingHours::defaults(QTimeZone::utc());
        QString error;
        QVERIFY2(h.importHolidaysFromIcs(writeFile(dir, "yearly.ics", calendar(vevent("19000704", "FREQ=YEARLY"))), &error),
                 qPrintable(error));
        const int year = QDate::currentDate().year();
        for (int y = year - 1; y <= year + 10; ++y)
            QVERIFY2(h.holidays().contains(QDate(y, 7, 4)), qPrintable(QString::number(y)));
        QVERIFY(!h.holidays().contains(QDate(year + 11, 7, 4)));
        QVERIFY(h.holidays().size() <= 101);
    }
};

QTEST_GUILESS_MAIN(TestHolidayBounds)
#include "tst_holidaybounds.moc"
