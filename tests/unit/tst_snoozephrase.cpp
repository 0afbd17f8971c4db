// Snooze phrases (issue 12, "Snooze picker"): every choice of the picker and every typed form
// the issue names, in English, Spanish and Brazilian Portuguese, read against a fixed "now",
// zone and working hours; DST nights; and the errors a user sees.
#include "snooze/snoozephrase.h"

#include <QDateTime>
#include <QTest>

using namespace fi;

namespace {

const QTimeZone kMadrid("Europe/Madrid");
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;

/// UTC ms of a wall-clock "yyyy-MM-dd HH:mm" in Madrid (read by Qt, not by the code under test).
qint64 madrid(const char *text)
{
    const QDateTime local = QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyy-MM-dd HH:mm"));
    Q_ASSERT(local.isValid());
    const QDateTime zoned(local.date(), local.time(), kMadrid);
    Q_ASSERT(zoned.isValid());
    return zoned.toMSecsSinceEpoch();
}

qint64 utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(t.isValid());
    return t.toMSecsSinceEpoch();
}

/// Wednesday 2 December 2026, 10:00 in Madrid (CET, UTC+1); Mon–Fri 09:00–17:00 there; a
/// focus session running until 10:50.
SnoozeContext wednesdayMorning()
{
    SnoozeContext c;
    c.nowMs = madrid("2026-12-02 10:00");
    c.zone = kMadrid;
    c.hours = WorkingHours::defaults(kMadrid);
    c.focusEndMs = c.nowMs + 50 * kMinute;
    return c;
}

QString show(std::optional<qint64> ms)
{
    if (!ms)
        return QStringLiteral("(none)");
    return QDateTime::fromMSecsSinceEpoch(*ms, kMadrid).toString(QStringLiteral("ddd yyyy-MM-dd HH:mm t"));
}

} // namespace

class TestSnoozePhrase : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(kMadrid.isValid(), "tzdata for Europe/Madrid is needed");
    }

    // Every phrase the issue lists, and the common ways to type them, in the three languages.
    void phrases_data()
    {
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<qint64>("expected");
        const SnoozeContext c = wednesdayMorning();
        const qint64 now = c.nowMs;
        const qint64 focusEnd = *c.focusEndMs;
        const auto row = [](const char *phrase, qint64 expected) {
            QTest::newRow(phrase) << QString::fromUtf8(phrase) << expected;
        };
        // after this focus session
        row("after this focus session", focusEnd);
        row("after focus", focusEnd);
        row("when the session ends", focusEnd);
        row("después de esta sesión de foco", focusEnd);
        row("al terminar el foco", focusEnd);
        row("depois desta sessão de foco", focusEnd);
        row("após o foco", focusEnd);
        // in 1 hour / in 3h
        row("in 1 hour", now + kHour);
        row("in an hour", now + kHour);
        row("in 3h", now + 3 * kHour);
        row("in 3 hours", now + 3 * kHour);
        row("in 90 min", now + 90 * kMinute);
        row("in 1h30", now + 90 * kMinute);
        row("in 1h 30m", now + 90 * kMinute);
        row("in half an hour", now + 30 * kMinute);
        row("in an hour and a half", now + 90 * kMinute);
        row("in 2 days", now + 48 * kHour);
        row("in 1 week", now + 7 * 24 * kHour);
        row("45 minutes", now + 45 * kMinute);
        row("2d", now + 48 * kHour);
        row("en 1 hora", now + kHour);
        row("en una hora", now + kHour);
        row("en 3 h", now + 3 * kHour);
        row("en 3h", now + 3 * kHour);
        row("dentro de 3 horas", now + 3 * kHour);
        row("en media hora", now + 30 * kMinute);
        row("en una hora y media", now + 90 * kMinute);
        row("em 1 hora", now + kHour);
        row("em uma hora", now + kHour);
        row("em 3h", now + 3 * kHour);
        row("daqui a 3 horas", now + 3 * kHour);
        row("em meia hora", now + 30 * kMinute);
        row("em uma hora e meia", now + 90 * kMinute);
        // this evening (18:00)
        row("this evening", madrid("2026-12-02 18:00"));
        row("tonight", madrid("2026-12-02 18:00"));
        row("esta noche", madrid("2026-12-02 18:00"));
        row("esta tarde", madrid("2026-12-02 14:00"));
        row("hoje à noite", madrid("2026-12-02 18:00"));
        row("à noite", madrid("2026-12-02 18:00"));
        // tomorrow 09:00
        row("tomorrow 09:00", madrid("2026-12-03 09:00"));
        row("tomorrow", madrid("2026-12-03 09:00"));
        row("tomorrow morning", madrid("2026-12-03 09:00"));
        row("tomorrow 9am", madrid("2026-12-03 09:00"));
        row("tomorrow at 2:30pm", madrid("2026-12-03 14:30"));
        row("Tomorrow 2:30 PM", madrid("2026-12-03 14:30"));
        row("mañana 09:00", madrid("2026-12-03 09:00"));
        row("mañana", madrid("2026-12-03 09:00"));
        row("MAÑANA", madrid("2026-12-03 09:00"));
        row("manana a las 9", madrid("2026-12-03 09:00"));
        row("mañana por la mañana", madrid("2026-12-03 09:00"));
        row("mañana a las 2:30 p. m.", madrid("2026-12-03 14:30"));
        row("mañana por la tarde", madrid("2026-12-03 14:00"));
        row("amanhã 09:00", madrid("2026-12-03 09:00"));
        row("amanhã", madrid("2026-12-03 09:00"));
        row("amanha 9h", madrid("2026-12-03 09:00"));
        row("amanhã às 9h30", madrid("2026-12-03 09:30"));
        row("amanhã de manhã", madrid("2026-12-03 09:00"));
        row("amanhã às 14h", madrid("2026-12-03 14:00"));
        row("amanhã às 9 horas", madrid("2026-12-03 09:00"));
        // next working morning (Mon–Fri 09:00–17:00: Thursday)
        row("next working morning", madrid("2026-12-03 09:00"));
        row("next workday", madrid("2026-12-03 09:00"));
        row("next business day", madrid("2026-12-03 09:00"));
        row("próximo día laborable", madrid("2026-12-03 09:00"));
        row("siguiente día hábil", madrid("2026-12-03 09:00"));
        row("próximo dia útil", madrid("2026-12-03 09:00"));
        row("próxima manhã útil", madrid("2026-12-03 09:00"));
        // next Monday
        row("next monday", madrid("2026-12-07 09:00"));
        row("next Monday 10:00", madrid("2026-12-07 10:00"));
        row("next week", madrid("2026-12-07 09:00"));
        row("el próximo lunes", madrid("2026-12-07 09:00"));
        row("el lunes que viene", madrid("2026-12-07 09:00"));
        row("el próximo lunes a las 10", madrid("2026-12-07 10:00"));
        row("la próxima semana", madrid("2026-12-07 09:00"));
        row("próxima segunda", madrid("2026-12-07 09:00"));
        row("próxima segunda-feira às 10h", madrid("2026-12-07 10:00"));
        row("segunda que vem", madrid("2026-12-07 09:00"));
        row("semana que vem", madrid("2026-12-07 09:00"));
        // typed: "tue 14:30"
        row("tue 14:30", madrid("2026-12-08 14:30"));
        row("Tuesday 2:30 pm", madrid("2026-12-08 14:30"));
        row("on tue at 14:30", madrid("2026-12-08 14:30"));
        row("wed", madrid("2026-12-09 09:00"));  // today is Wednesday: next week's
        row("fri 17:00", madrid("2026-12-04 17:00"));
        row("mar 14:30", madrid("2026-12-08 14:30"));  // es martes
        row("martes 14:30", madrid("2026-12-08 14:30"));
        row("miércoles", madrid("2026-12-09 09:00"));
        row("el viernes a las 17:00", madrid("2026-12-04 17:00"));
        row("ter 14:30", madrid("2026-12-08 14:30"));
        row("terça-feira 14h30", madrid("2026-12-08 14:30"));
        row("sexta às 17h", madrid("2026-12-04 17:00"));
        // typed: "dec 5"
        row("dec 5", madrid("2026-12-05 09:00"));
        row("December 5th", madrid("2026-12-05 09:00"));
        row("5 dec 17:00", madrid("2026-12-05 17:00"));
        row("dec 5, 2027", madrid("2027-12-05 09:00"));
        row("jan 5", madrid("2027-01-05 09:00"));  // passed this year → next year
        row("dec 1", madrid("2027-12-01 09:00"));
        row("mar 5", madrid("2027-03-05 09:00"));  // en March
        row("the 5th", madrid("2026-12-05 09:00"));
        row("the 1st", madrid("2027-01-01 09:00"));
        row("5 de diciembre", madrid("2026-12-05 09:00"));
        row("5 dic", madrid("2026-12-05 09:00"));
        row("5 de diciembre a las 17:00", madrid("2026-12-05 17:00"));
        row("5 de dezembro", madrid("2026-12-05 09:00"));
        row("5 dez", madrid("2026-12-05 09:00"));
        row("5 de março", madrid("2027-03-05 09:00"));
        row("5º de dezembro de 2027", madrid("2027-12-05 09:00"));
        // times alone: today, or tomorrow when passed
        row("14:30", madrid("2026-12-02 14:30"));
        row("8:00", madrid("2026-12-03 08:00"));
        row("16.45", madrid("2026-12-02 16:45"));
        row("3pm", madrid("2026-12-02 15:00"));
        row("at 5 pm", madrid("2026-12-02 17:00"));
        row("noon", madrid("2026-12-02 12:00"));
        row("mediodía", madrid("2026-12-02 12:00"));
        row("meio-dia", madrid("2026-12-02 12:00"));
        row("midnight", madrid("2026-12-03 00:00"));
        row("medianoche", madrid("2026-12-03 00:00"));
        row("meia-noite", madrid("2026-12-03 00:00"));
        row("24:00", madrid("2026-12-03 00:00"));
        // other days
        row("day after tomorrow", madrid("2026-12-04 09:00"));
        row("pasado mañana", madrid("2026-12-04 09:00"));
        row("depois de amanhã", madrid("2026-12-04 09:00"));
        row("in 2 days at 9:00", madrid("2026-12-04 09:00"));
        row("today 17:00", madrid("2026-12-02 17:00"));
        row("hoy a las 17:00", madrid("2026-12-02 17:00"));
        row("hoje às 17h", madrid("2026-12-02 17:00"));
        // ISO 8601
        row("2026-12-05", madrid("2026-12-05 09:00"));
        row("2026-12-05T14:30", madrid("2026-12-05 14:30"));
        row("2026-12-05 14:30", madrid("2026-12-05 14:30"));
        row("2026-12-05T14:30:00Z", utc("2026-12-05T14:30:00Z"));
        row("2026-12-05T14:30:00+05:00", utc("2026-12-05T09:30:00Z"));
        row("2026-12-05T14:30:00.250-0300", utc("2026-12-05T17:30:00Z"));
    }
    void phrases()
    {
        QFETCH(QString, phrase);
        QFETCH(qint64, expected);
        const SnoozeParse parse = parseSnoozePhrase(phrase, wednesdayMorning());
        QVERIFY2(parse.untilMs.has_value(), qPrintable(QStringLiteral("error: ") + parse.error));
        QVERIFY2(parse.error.isEmpty(), qPrintable(parse.error));
        QCOMPARE(show(parse.untilMs), show(expected));
        QCOMPARE(*parse.untilMs, expected);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<QString>("mentions");  // part of the message the user reads
        QTest::newRow("empty") << QString() << QStringLiteral("tue 14:30");
        QTest::newRow("blanks") << QStringLiteral("   ") << QStringLiteral("tue 14:30");
        QTest::newRow("unknown word") << QStringLiteral("someday") << QStringLiteral("\"someday\"");
        QTest::newRow("unknown among known") << QStringLiteral("tomorrow blorp") << QStringLiteral("\"blorp\"");
        QTest::newRow("25:00") << QStringLiteral("25:00") << QStringLiteral("\"25:00\" is not a valid time");
        QTest::newRow("14:75") << QStringLiteral("tomorrow 14:75") << QStringLiteral("\"14:75\"");
        QTest::newRow("13pm") << QStringLiteral("13pm") << QStringLiteral("\"13pm\"");
        QTest::newRow("feb 30") << QStringLiteral("feb 30") << QStringLiteral("no date");
        QTest::newRow("day 32") << QStringLiteral("dec 32") << QStringLiteral("\"32\" is not a day");
        QTest::newRow("iso feb 30") << QStringLiteral("2027-02-30") << QStringLiteral("no date 2027-02-30");
        QTest::newRow("iso bad time") << QStringLiteral("2027-02-03T25:00") << QStringLiteral("not a valid time");
        QTest::newRow("iso passed") << QStringLiteral("2020-01-01T10:00Z") << QStringLiteral("already passed");
        QTest::newRow("today passed") << QStringLiteral("today 08:00") << QStringLiteral("already passed");
        QTest::newRow("hoy passed") << QStringLiteral("hoy a las 8") << QStringLiteral("already passed");
        QTest::newRow("next alone") << QStringLiteral("next") << QStringLiteral("\"next\"");
        QTest::newRow("two days") << QStringLiteral("tue wed") << QStringLiteral("two different");
        QTest::newRow("two times") << QStringLiteral("tomorrow 9:00 10:00") << QStringLiteral("two different");
        QTest::newRow("duration and day") << QStringLiteral("in 3h tomorrow") << QStringLiteral("duration");
        QTest::newRow("zero") << QStringLiteral("in 0 min") << QStringLiteral("longer than zero");
        QTest::newRow("too far") << QStringLiteral("in 99999 weeks") << QStringLiteral("ten years");
        QTest::newRow("lone unit") << QStringLiteral("hours") << QStringLiteral("\"hours\"");
        QTest::newRow("year without month") << QStringLiteral("2027") << QStringLiteral("needs a month");
        QTest::newRow("bare number too big") << QStringLiteral("tomorrow 77") << QStringLiteral("\"77\"");
    }
    void errors()
    {
        QFETCH(QString, phrase);
        QFETCH(QString, mentions);
        const SnoozeParse parse = parseSnoozePhrase(phrase, wednesdayMorning());
        QVERIFY2(!parse.untilMs, qPrintable(show(parse.untilMs)));
        QVERIFY2(parse.error.contains(mentions), qPrintable(parse.error));
    }

    void afterFocusNeedsASession()
    {
        SnoozeContext c = wednesdayMorning();
        c.focusEndMs.reset();
        for (const char *phrase : {"after this focus session", "después de la sesión", "depois do foco"}) {
            const SnoozeParse parse = parseSnoozePhrase(QString::fromUtf8(phrase), c);
            QVERIFY(!parse.untilMs);
            QVERIFY2(parse.error.contains(QStringLiteral("No focus session")), qPrintable(parse.error));
        }
        QVERIFY(!snoozeChoiceUntil(SnoozeChoice::AfterFocus, c));
        c.focusEndMs = c.nowMs - kMinute;  // a session that already ended does not count
        QVERIFY(!snoozeChoiceUntil(SnoozeChoice::AfterFocus, c));
    }

    void choices()
    {
        const SnoozeContext c = wednesdayMorning();
        QCOMPARE(show(snoozeChoiceUntil(SnoozeChoice::AfterFocus, c)), show(c.nowMs + 50 * kMinute));
        QCOMPARE(show(snoozeChoiceUntil(SnoozeChoice::InOneHour, c)), show(c.nowMs + kHour));
        QCOMPARE(show(snoozeChoiceUntil(SnoozeChoice::ThisEvening, c)), show(madrid("2026-12-02 18:00")));
        QCOMPARE(show(snoozeChoiceUntil(SnoozeChoice::TomorrowMorning, c)), show(madrid("2026-12-03 09:00")));
        QCOMPARE(show(snoozeChoiceUntil(SnoozeChoice::NextWorkingMorning, c)), show(madrid("2026-12-03 09:00")));
        QCOMPARE(show(snoozeChoiceUntil(SnoozeChoice::NextMonday, c)), show(madrid("2026-12-07 09:00")));
        for (int i = 0; i <= int(SnoozeChoice::NextMonday); ++i)
            QVERIFY(!snoozeChoiceLabel(SnoozeChoice(i)).isEmpty());
        QCOMPARE(snoozeChoiceLabel(SnoozeChoice::TomorrowMorning), QStringLiteral("Tomorrow 09:00"));
    }

    void choicesAtTheEdges()
    {
        SnoozeContext c = wednesdayMorning();
        // Friday 19:00: this evening has passed → Saturday 18:00; next working morning is Monday.
        c.nowMs = madrid("2026-12-04 19:00");
        QCOMPARE(show(snoozeChoiceUntil(SnoozeChoice::ThisEvening, c)), show(madrid("2026-12-05 18:00")));
        QCOMPARE(show(snoozeChoiceUntil(SnoozeChoice::NextWorkingMorning, c)), show(madrid("2026-12-07 09:00")));
        QCOMPARE(show(parseSnoozePhrase(QStringLiteral("tonight"), c).untilMs), show(madrid("2026-12-05 18:00")));
        // Monday: next Monday is a week on.
        c.nowMs = madrid("2026-12-07 08:00");
        QCOMPARE(show(snoozeChoiceUntil(SnoozeChoice::NextMonday, c)), show(madrid("2026-12-14 09:00")));
        // Monday 08:00 is before the working day: its start today is the next working morning.
        QCOMPARE(show(snoozeChoiceUntil(SnoozeChoice::NextWorkingMorning, c)), show(madrid("2026-12-07 09:00")));
        // Holidays are skipped: Tue 8 Dec (Immaculate Conception) off → Wednesday.
        c.nowMs = madrid("2026-12-07 12:00");
        c.hours.addHoliday(QDate(2026, 12, 8));
        QCOMPARE(show(snoozeChoiceUntil(SnoozeChoice::NextWorkingMorning, c)), show(madrid("2026-12-09 09:00")));
        // Own hours: Tue/Thu 13:00–18:00 only.
        WorkingHours parttime;
        parttime.setTimeZone(kMadrid);
        QVERIFY(parttime.setIntervals(Qt::Tuesday, {WorkInterval{13 * 60, 18 * 60}}));
        QVERIFY(parttime.setIntervals(Qt::Thursday, {WorkInterval{13 * 60, 18 * 60}}));
        c.hours = parttime;
        QCOMPARE(show(snoozeChoiceUntil(SnoozeChoice::NextWorkingMorning, c)), show(madrid("2026-12-08 13:00")));
        QCOMPARE(show(parseSnoozePhrase(QStringLiteral("próximo dia útil"), c).untilMs), show(madrid("2026-12-08 13:00")));
        // No working day at all: the choice does not apply and the phrase says why.
        c.hours = WorkingHours();
        QVERIFY(!snoozeChoiceUntil(SnoozeChoice::NextWorkingMorning, c));
        const SnoozeParse none = parseSnoozePhrase(QStringLiteral("next working morning"), c);
        QVERIFY(!none.untilMs);
        QVERIFY2(none.error.contains(QStringLiteral("no working day")), qPrintable(none.error));
    }

    // Spring forward in Madrid: Sunday 29 March 2026, 02:00 CET → 03:00 CEST.
    void dstSpringForward()
    {
        SnoozeContext c = wednesdayMorning();
        c.nowMs = madrid("2026-03-28 10:00");  // Saturday, CET (UTC+1)
        c.focusEndMs.reset();
        const auto at = [&](const char *phrase) { return parseSnoozePhrase(QString::fromUtf8(phrase), c).untilMs; };
        // Wall-clock words keep the wall clock: 09:00 CEST is 07:00 UTC.
        QCOMPARE(at("tomorrow 09:00"), utc("2026-03-29T07:00:00Z"));
        QCOMPARE(snoozeChoiceUntil(SnoozeChoice::TomorrowMorning, c), utc("2026-03-29T07:00:00Z"));
        QCOMPARE(at("mañana"), utc("2026-03-29T07:00:00Z"));
        // Durations are real time: 24 h later is 11:00 CEST.
        QCOMPARE(at("in 24h"), utc("2026-03-29T09:00:00Z"));
        QCOMPARE(at("em 24 horas"), utc("2026-03-29T09:00:00Z"));
        // 02:30 does not exist that night: it moves forward by the gap, to 03:30 CEST.
        QCOMPARE(at("tomorrow 02:30"), utc("2026-03-29T01:30:00Z"));
        QCOMPARE(at("2026-03-29T02:30"), utc("2026-03-29T01:30:00Z"));
        // Next Monday 09:00 is summer time.
        QCOMPARE(snoozeChoiceUntil(SnoozeChoice::NextMonday, c), utc("2026-03-30T07:00:00Z"));
        QCOMPARE(snoozeChoiceUntil(SnoozeChoice::NextWorkingMorning, c), utc("2026-03-30T07:00:00Z"));
    }

    // Fall back in Madrid: Sunday 25 October 2026, 03:00 CEST → 02:00 CET.
    void dstFallBack()
    {
        SnoozeContext c = wednesdayMorning();
        c.nowMs = madrid("2026-10-24 10:00");  // Saturday, CEST (UTC+2)
        const auto at = [&](const char *phrase) { return parseSnoozePhrase(QString::fromUtf8(phrase), c).untilMs; };
        QCOMPARE(at("tomorrow 09:00"), utc("2026-10-25T08:00:00Z"));
        QCOMPARE(at("in 1 day"), utc("2026-10-25T08:00:00Z"));  // 24 h: 09:00 CET
        QCOMPARE(at("in 2 days at 10:00"), utc("2026-10-26T09:00:00Z"));
        // 02:30 happens twice: the first one (still summer time).
        QCOMPARE(at("amanhã às 2h30"), utc("2026-10-25T00:30:00Z"));
    }

    // The zone decides what "tomorrow 09:00" is; an invalid zone means the system zone.
    void zones()
    {
        SnoozeContext c = wednesdayMorning();
        c.zone = QTimeZone("America/Sao_Paulo");
        QVERIFY(c.zone.isValid());
        // 10:00 Madrid = 06:00 São Paulo (UTC−3): 14:30 is still today there.
        QCOMPARE(parseSnoozePhrase(QStringLiteral("14:30"), c).untilMs, utc("2026-12-02T17:30:00Z"));
        QCOMPARE(parseSnoozePhrase(QStringLiteral("amanhã 9h"), c).untilMs, utc("2026-12-03T12:00:00Z"));
        c.zone = QTimeZone();
        const SnoozeParse system = parseSnoozePhrase(QStringLiteral("tomorrow 09:00"), c);
        QVERIFY(system.untilMs);
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(*system.untilMs, QTimeZone::systemTimeZone());
        QCOMPARE(local.time(), QTime(9, 0));
    }

    // Always strictly after now, whatever is typed (garbage never crashes or returns the past).
    void neverThePast()
    {
        const SnoozeContext c = wednesdayMorning();
        const QStringList noise{QStringLiteral("9"), QStringLiteral("0"), QStringLiteral("00:00"),
                                QStringLiteral("12am"), QStringLiteral("10:00"), QStringLiteral("@"),
                                QStringLiteral("in"), QStringLiteral("de la"), QStringLiteral("??"),
                                QStringLiteral("in 99999999999999999999 h"), QStringLiteral("1h30m30"),
                                QString(5000, QLatin1Char('9')), QStringLiteral("mar"), QStringLiteral("ma\u00F1ana mañana")};
        for (const QString &phrase : noise) {
            const SnoozeParse parse = parseSnoozePhrase(phrase, c);
            QVERIFY2(parse.untilMs.has_value() != !parse.error.isEmpty(), qPrintable(phrase));
            if (parse.untilMs)
                QVERIFY2(*parse.untilMs > c.nowMs, qPrintable(phrase));
        }
        // 10:00 is exactly now → tomorrow 10:00.
        QCOMPARE(show(parseSnoozePhrase(QStringLiteral("10:00"), c).untilMs), show(madrid("2026-12-03 10:00")));
    }
};

QTEST_GUILESS_MAIN(TestSnoozePhrase)
#include "tst_snoozephrase.moc"
