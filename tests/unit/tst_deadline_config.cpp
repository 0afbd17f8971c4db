// Response policies and working hours as configuration: defaults, JSON (round trip and
// errors) and holiday import from iCalendar files through libical.
#include "deadlines/deadlinecalculator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace fi;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &content)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestDeadlineConfig : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void policyDefaults()
    {
        const PolicySet p = PolicySet::defaults();
        QCOMPARE(p.forTier(Tier::Now), (ResponsePolicy{"tier3-default", 15, DeadlineClock::Calendar}));
        QCOMPARE(p.forTier(Tier::Async), (ResponsePolicy{"tier2-default", 240, DeadlineClock::Working}));
        QCOMPARE(p.forTier(Tier::Reference).windowMinutes, std::nullopt);
        QCOMPARE(p.named("review-request"), (ResponsePolicy{"review-request", 24 * 60, DeadlineClock::Working}));
        QCOMPARE(p.named("design-review"), (ResponsePolicy{"design-review", 48 * 60, DeadlineClock::Working}));
        QCOMPARE(p.named("nope"), std::nullopt);
        QCOMPARE(p.resolve(Tier::Async, QString()).name, QStringLiteral("tier2-default"));
        QCOMPARE(p.resolve(Tier::Async, "design-review").name, QStringLiteral("design-review"));
        QCOMPARE(p.resolve(Tier::Now, "deleted-policy").name, QStringLiteral("tier3-default"));
    }

    void policyJson()
    {
        QStringList errors;
        const PolicySet p = PolicySet::fromJson(object(R"({
            "tier2-default": {"windowMinutes": 120, "clock": "working"},
            "vip": {"windowMinutes": 30},
            "tier1-default": {"windowMinutes": null},
            "broken-window": {"windowMinutes": -3},
            "broken-clock": {"windowMinutes": 10, "clock": "lunar"},
            "tier3-default": {"windowMinutes": "15m"},
            "typo": {"window": 10}
        })"), &errors);
        QCOMPARE(p.forTier(Tier::Async).windowMinutes, std::optional<qint64>(120));
        QCOMPARE(p.named("vip"), (ResponsePolicy{"vip", 30, DeadlineClock::Calendar}));
        QCOMPARE(p.named("broken-window"), std::nullopt);
        QCOMPARE(p.named("broken-clock"), std::nullopt);
        // The invalid override leaves the default in place.
        QCOMPARE(p.forTier(Tier::Now).windowMinutes, std::optional<qint64>(15));
        QCOMPARE(errors.size(), 4);
        QVERIFY(errors.join(QLatin1Char('\n')).contains(QLatin1String("broken-clock")));
        QVERIFY(errors.join(QLatin1Char('\n')).contains(QLatin1String("\"window\"")));
        // Round trip.
        QStringList again;
        QCOMPARE(PolicySet::fromJson(p.toJson(), &again).policies(), p.policies());
        QVERIFY(again.isEmpty());
    }

    void workingHoursDefaults()
    {
        const WorkingHours h = WorkingHours::defaults(QTimeZone("Europe/Berlin"));
        QCOMPARE(h.timeZone().id(), QByteArray("Europe/Berlin"));
        QCOMPARE(h.intervals(Qt::Monday), QList<WorkInterval>({{540, 1020}}));
        QCOMPARE(h.intervals(Qt::Saturday), QList<WorkInterval>());
        QCOMPARE(h.weeklyMinutes(), 5 * 8 * 60);
        QVERIFY(h.isWorkingMinute(QDate(2026, 3, 6), 16 * 60 + 59));
        QVERIFY(!h.isWorkingMinute(QDate(2026, 3, 6), 17 * 60));
    }

    void workingHoursJson()
    {
        QStringList errors;
        const WorkingHours h = WorkingHours::fromJson(object(R"({
            "timeZone": "America/Sao_Paulo",
            "week": {"mon": ["09:00-12:00", "13:00-17:30"], "tue": ["08:00-12:00"], "sat": ["22:00-24:00"]},
            "holidays": ["2026-12-25", "2026-02-16"]
        })"), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(h.timeZone().id(), QByteArray("America/Sao_Paulo"));
        QCOMPARE(h.intervals(Qt::Monday), QList<WorkInterval>({{540, 720}, {780, 1050}}));
        QCOMPARE(h.intervals(Qt::Saturday), QList<WorkInterval>({{1320, 1440}}));
        QCOMPARE(h.intervals(Qt::Wednesday), QList<WorkInterval>()); // not listed: no work
        QVERIFY(h.isHoliday(QDate(2026, 2, 16)));
        const QJsonObject back = h.toJson();
        QCOMPARE(back.value("week").toObject().value("sat").toArray().at(0).toString(), QStringLiteral("22:00-24:00"));
        QCOMPARE(back.value("holidays").toArray().at(0).toString(), QStringLiteral("2026-02-16")); // sorted
        const WorkingHours again = WorkingHours::fromJson(back, &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(again.toJson(), back);
    }

    void workingHoursJsonErrors()
    {
        QStringList errors;
        const WorkingHours h = WorkingHours::fromJson(object(R"({
            "timeZone": "Mars/Olympus_Mons",
            "week": {"mon": ["09:00-17:00"], "tue": ["09:10-17:00"], "wed": ["17:00-09:00"],
                     "thu": ["09:00-13:00", "12:00-17:00"], "fri": ["nine to five"], "funday": []},
            "holidays": ["2026-13-01"]
        })"), &errors);
        const QString all = errors.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("Mars/Olympus_Mons")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("09:10-17:00")) && all.contains(QLatin1String("15-minute")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("overnight")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("overlap")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("nine to five")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("funday")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("2026-13-01")), qPrintable(all));
        // The valid parts still apply.
        QCOMPARE(h.intervals(Qt::Monday), QList<WorkInterval>({{540, 1020}}));
        QCOMPARE(h.intervals(Qt::Thursday), QList<WorkInterval>()); // overlapping day dropped
        QVERIFY(h.timeZone().isValid());
    }

    void weekOfWrongTypeKeepsDefaults()
    {
        QStringList errors;
        const WorkingHours h = WorkingHours::fromJson(object(R"json({"timeZone": "UTC", "week": "9-5"})json"), &errors);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors[0].contains(QLatin1String("week")), qPrintable(errors[0]));
        QCOMPARE(h.weeklyMinutes(), 5 * 8 * 60);
    }

    void touchingIntervalsMerge()
    {
        WorkingHours h;
        QVERIFY(h.setIntervals(Qt::Monday, {{780, 840}, {720, 780}}));
        QCOMPARE(h.intervals(Qt::Monday), QList<WorkInterval>({{720, 840}}));
        QString error;
        QVERIFY(!h.setIntervals(Qt::Monday, {{720, 720}}, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(h.intervals(Qt::Monday), QList<WorkInterval>({{720, 840}})); // unchanged
    }

    void icsHolidays()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Single all-day day, a multi-day all-day event (DTEND exclusive), an all-day event
        // without DTEND, a yearly recurring holiday with one exception, and a timed meeting.
        const QByteArray ics =
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//holidays//EN\r\n"
            "BEGIN:VEVENT\r\nUID:1\r\nDTSTART;VALUE=DATE:20261225\r\nDTEND;VALUE=DATE:20261226\r\nSUMMARY:Christmas\r\nEND:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:2\r\nDTSTART;VALUE=DATE:20260216\r\nDTEND;VALUE=DATE:20260218\r\nSUMMARY:Carnaval\r\nEND:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:3\r\nDTSTART;VALUE=DATE:20260501\r\nSUMMARY:Labour day\r\nEND:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:4\r\nDTSTART;VALUE=DATE:20250907\r\nDTEND;VALUE=DATE:20250908\r\n"
            "RRULE:FREQ=YEARLY;COUNT=4\r\nEXDATE;VALUE=DATE:20260907\r\nSUMMARY:Independence\r\nEND:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:5\r\nDTSTART:20260310T100000Z\r\nDTEND:20260310T110000Z\r\nSUMMARY:Meeting\r\nEND:VEVENT\r\n"
            "END:VCALENDAR\r\n";
        WorkingHours h = WorkingHours::defaults(QTimeZone("America/Sao_Paulo"));
        QString error;
        QVERIFY2(h.importHolidaysFromIcs(writeFile(dir, "br.ics", ics), &error), qPrintable(error));
        QList<QDate> dates(h.holidays().begin(), h.holidays().end());
        std::sort(dates.begin(), dates.end());
        QCOMPARE(dates, QList<QDate>({QDate(2025, 9, 7), QDate(2026, 2, 16), QDate(2026, 2, 17), QDate(2026, 5, 1),
                                      QDate(2026, 12, 25), QDate(2027, 9, 7), QDate(2028, 9, 7)}));
        // Carnaval Monday 2026-02-16 and Tuesday are holidays: Friday 02-13 16:00 + 4 h →
        // 1 h Friday, Wednesday 02-18 09:00 + 3 h = 12:00.
        const QTimeZone sp("America/Sao_Paulo");
        const DeadlineCalculator calc(h);
        QCOMPARE(calc.due(QDateTime(QDate(2026, 2, 13), QTime(16, 0), sp).toMSecsSinceEpoch(),
                          PolicySet::defaults().forTier(Tier::Async)),
                 std::optional<qint64>(QDateTime(QDate(2026, 2, 18), QTime(12, 0), sp).toMSecsSinceEpoch()));
    }

    void icsErrors()
    {
        QTemporaryDir dir;
        WorkingHours h = WorkingHours::defaults(QTimeZone("Europe/Berlin"));
        QString error;
        QVERIFY(!h.importHolidaysFromIcs(dir.filePath("missing.ics"), &error));
        QVERIFY2(error.contains(QLatin1String("missing.ics")), qPrintable(error));
        error.clear();
        QVERIFY(!h.importHolidaysFromIcs(writeFile(dir, "notes.txt", "just some text\n"), &error));
        QVERIFY2(error.contains(QLatin1String("iCalendar")), qPrintable(error));
        error.clear();
        // Truncated garbage after the header must not crash either.
        h.importHolidaysFromIcs(writeFile(dir, "broken.ics", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:2026\r\n"),
                                &error);
        QVERIFY(h.holidays().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeadlineConfig)
#include "tst_deadline_config.moc"
