#include "snooze/snoozephrase.h"

#include "snooze/snoozeclock.h"
#include "snooze/snoozewords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace fi {

using namespace snooze;

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kMaxAheadMs = qint64(10) * 366 * 24 * kHourMs;  // "in 99999 weeks" is a typo
const QTime kMorning(9, 0);
const QTime kEvening(18, 0);

SnoozeParse fail(const QString &why)
{
    return SnoozeParse{std::nullopt, why};
}

QString examples()
{
    return QCoreApplication::translate("fi::SnoozePhrase", "try \"tue 14:30\", \"in 3h\" or \"dec 5\"");
}

/// The local wall time of @p ms in @p zone for messages ("Tue 5 Dec 2026 14:30").
QString localText(qint64 ms, const QTimeZone &zone)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, effectiveZone(zone)),
                              QStringLiteral("ddd d MMM yyyy HH:mm"));
}

SnoozeParse accept(qint64 until, const SnoozeContext &context)
{
    if (until <= context.nowMs)
        return fail(QCoreApplication::translate("fi::SnoozePhrase", "%1 has already passed.").arg(localText(until, context.zone)));
    if (until - context.nowMs > kMaxAheadMs)
        return fail(QCoreApplication::translate("fi::SnoozePhrase", "%1 is more than ten years away.").arg(localText(until, context.zone)));
    return SnoozeParse{until, QString()};
}

// ISO 8601: 2026-12-05, 2026-12-05T14:30, 2026-12-05 14:30:00, …Z, …+01:00.
std::optional<SnoozeParse> parseIso(const QString &raw, const SnoozeContext &context)
{
    static const QRegularExpression iso(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
        "(Z|[+-]\\d{2}(?::?\\d{2})?)?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = iso.match(raw);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid())
        return fail(QCoreApplication::translate("fi::SnoozePhrase", "There is no date %1.").arg(raw.left(10)));
    QTime time = kMorning;
    if (m.capturedLength(4) > 0) {
        time = QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
        if (!time.isValid())
            return fail(QCoreApplication::translate("fi::SnoozePhrase", "\"%1\" is not a valid time of day.").arg(raw.mid(11)));
    }
    const QString offset = m.captured(7).toUpper();
    if (offset.isEmpty())
        return accept(localToUtcMs(date, time, context.zone), context);
    int offsetSeconds = 0;
    if (offset != QLatin1String("Z")) {
        const QString digits = offset.mid(1).remove(QLatin1Char(':'));
        const int hours = digits.left(2).toInt();
        const int minutes = digits.size() > 2 ? digits.mid(2).toInt() : 0;
        if (hours > 14 || minutes > 59)
            return fail(QCoreApplication::translate("fi::SnoozePhrase", "\"%1\" is not a valid UTC offset.").arg(offset));
        offsetSeconds = (hours * 3600 + minutes * 60) * (offset.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    const qint64 wallMs = QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch();
    return accept(wallMs - qint64(offsetSeconds) * 1000, context);
}

/// Everything a phrase said, before it is resolved against "now".
struct Pieces {
    std::optional<qint64> durationMs;
    bool durationWholeDays = true;
    std::optional<int> dayOffset;  // today 0, tomorrow 1, day after 2
    std::optional<int> weekday;
    std::optional<int> month;
    std::optional<int> day;
    std::optional<int> year;
    std::optional<QTime> time;
    bool midnight = false;        // "midnight": 00:00 at the END of the day named
    bool morning = false;         // "morning": 09:00, or the working start with "working"
    bool next = false;
    bool week = false;
    bool working = false;
};

class PhraseParser {
public:
    PhraseParser(QStringList tokens) : m_t(std::move(tokens)) {}

    /// Fills m_p; returns an error text when the phrase cannot be read.
    QString run()
    {
        for (m_i = 0; m_i < m_t.size() && m_error.isEmpty();)
            step();
        return m_error;
    }
    const Pieces &pieces() const { return m_p; }

private:
    QString tok(qsizetype i) const { return i >= 0 && i < m_t.size() ? m_t.at(i) : QString(); }
    WordInfo info(qsizetype i) const { return classifyWord(tok(i)); }
    bool isNumber(qsizetype i) const
    {
        static const QRegularExpression digits(QStringLiteral("^\\d+$"));
        return digits.match(tok(i)).hasMatch();
    }
    /// A unit word at @p i ("hours", "min", "semana"…), in minutes; 0 when none.
    int unitAt(qsizetype i) const
    {
        const WordInfo w = info(i);
        if (w.kind == Word::Unit)
            return w.value;
        if (w.kind == Word::Week)
            return 7 * 24 * 60;
        return 0;
    }
    /// Whether a month name (optionally after "de") follows @p i.
    bool monthFollows(qsizetype i) const
    {
        qsizetype j = i + 1;
        if (tok(j) == QLatin1String("de") || tok(j) == QLatin1String("of"))
            ++j;
        const Word k = info(j).kind;
        return k == Word::Month || k == Word::MarAmbiguous;
    }
    bool monthBefore(qsizetype i) const
    {
        const Word k = info(i - 1).kind;
        return i > 0 && (k == Word::Month || k == Word::MarAmbiguous);
    }

    template <typename T>
    void set(std::optional<T> &field, T value)
    {
        if (field && *field != value)
            m_error = QCoreApplication::translate("fi::SnoozePhrase", "\"%1\" names two different times or days.").arg(m_t.join(QLatin1Char(' ')));
        field = value;
    }
    void setTime(int hour, int minute, const QString &text)
    {
        if (hour < 0 || hour > 24 || minute < 0 || minute > 59 || (hour == 24 && minute != 0)) {
            m_error = QCoreApplication::translate("fi::SnoozePhrase", "\"%1\" is not a valid time of day.").arg(text);
            return;
        }
        if (hour == 24) {  // "24:00" is midnight at the end of the day
            m_p.midnight = true;
            hour = 0;
        }
        set(m_p.time, QTime(hour, minute));
    }
    /// "am"/"pm" right after position @p i: the hour in 24 h, or the hour unchanged.
    bool applyAmPm(int &hour, const QString &suffix, const QString &text)
    {
        if (suffix.isEmpty())
            return true;
        if (hour < 1 || hour > 12) {
            m_error = QCoreApplication::translate("fi::SnoozePhrase", "\"%1\" is not a valid time of day.").arg(text);
            return false;
        }
        hour = hour % 12 + (suffix == QLatin1String("pm") ? 12 : 0);
        return true;
    }

    /// A duration starting at m_i: "3h", "90 min", "1h30", "2 days and 3 hours", "an hour and
    /// a half", "media hora". On success m_i is past it.
    bool duration()
    {
        static const QRegularExpression packed(QStringLiteral("^(\\d+)([a-z]+)(\\d*)$"));
        qint64 minutes = 0;
        int lastUnit = 0;
        qsizetype i = m_i;
        bool any = false;
        bool wholeDays = true;
        const auto addUnits = [&](qint64 count, int unit) {
            minutes += count * unit;
            lastUnit = unit;
            any = true;
            if (unit < 24 * 60)
                wholeDays = false;
        };
        while (i < m_t.size()) {
            const QString t = tok(i);
            const WordInfo w = info(i);
            const auto pm = packed.match(t);
            if (pm.hasMatch() && classifyWord(pm.captured(2)).kind == Word::Unit) {
                const qint64 count = pm.captured(1).left(9).toLongLong();
                const int unit = classifyWord(pm.captured(2)).value;
                addUnits(count, unit);
                if (!pm.captured(3).isEmpty()) {  // "1h30": the rest is the next smaller unit
                    addUnits(pm.captured(3).left(9).toLongLong(), unit == 60 ? 1 : unit == 1440 ? 60 : 1);
                    if (unitAt(i + 1) == 1)  // "1h30m"
                        ++i;
                }
                ++i;
            } else if ((isNumber(i) || w.kind == Word::Count) && unitAt(i + 1) > 0) {
                addUnits(isNumber(i) ? t.left(9).toLongLong() : w.value, unitAt(i + 1));
                i += 2;
            } else if (w.kind == Word::Half && unitAt(i + 1) > 0) {  // "media hora", "meia hora"
                addUnits(0, unitAt(i + 1));
                minutes += unitAt(i + 1) / 2;
                wholeDays = wholeDays && unitAt(i + 1) >= 2 * 24 * 60;
                i += 2;
            } else if (w.kind == Word::Half && info(i + 1).kind == Word::Count && unitAt(i + 2) > 0) {
                addUnits(0, unitAt(i + 2));  // "half an hour"
                minutes += unitAt(i + 2) / 2;
                wholeDays = false;
                i += 3;
            } else if (any && w.kind == Word::And
                       && (info(i + 1).kind == Word::Half
                           || ((info(i + 1).kind == Word::Filler || info(i + 1).kind == Word::Count)
                               && info(i + 2).kind == Word::Half))) {
                minutes += lastUnit / 2;  // "an hour and a half", "hora y media", "hora e meia"
                wholeDays = wholeDays && lastUnit >= 2 * 24 * 60;
                i += info(i + 1).kind == Word::Half ? 2 : 3;
            } else if (any && w.kind == Word::And && (isNumber(i + 1) || info(i + 1).kind == Word::Count)) {
                ++i;  // "2 days and 3 hours"
            } else {
                break;
            }
        }
        if (!any)
            return false;
        m_p.durationMs = minutes * kMinuteMs;
        m_p.durationWholeDays = wholeDays;
        m_i = i;
        return true;
    }

    void step()
    {
        static const QRegularExpression clock(QStringLiteral("^(\\d{1,2}):(\\d{2})(am|pm)?$"));
        static const QRegularExpression packed(QStringLiteral("^(\\d+)([a-z]+)(\\d*)$"));
        const QString t = tok(m_i);
        const WordInfo w = info(m_i);
        const bool afterAt = m_afterAt;
        m_afterAt = false;

        if (const auto m = clock.match(t); m.hasMatch()) {  // 14:30, 9:30pm, 9:30 pm
            int hour = m.captured(1).toInt();
            QString suffix = m.captured(3);
            ++m_i;
            if (suffix.isEmpty() && info(m_i).kind == Word::AmPm)
                suffix = tok(m_i++);
            if (applyAmPm(hour, suffix, t))
                setTime(hour, m.captured(2).toInt(), t);
            return;
        }
        if (const auto m = packed.match(t); m.hasMatch()) {
            const QString suffix = m.captured(2);
            const QString rest = m.captured(3);
            const int number = m.captured(1).left(9).toInt();
            static const QStringList ordinals{QStringLiteral("st"), QStringLiteral("nd"), QStringLiteral("rd"),
                                              QStringLiteral("th"), QStringLiteral("o"), QStringLiteral("a"),
                                              QStringLiteral("er")};
            if (rest.isEmpty() && (suffix == QLatin1String("am") || suffix == QLatin1String("pm"))) {
                int hour = number;  // 9am, 12pm
                ++m_i;
                if (applyAmPm(hour, suffix, t))
                    setTime(hour, 0, t);
                return;
            }
            if ((suffix == QLatin1String("h") || suffix == QLatin1String("hs")) && !m_inDuration) {
                ++m_i;  // 9h, 14h30 (es, pt): a time of day; "in 3h" is read by duration()
                setTime(number, rest.isEmpty() ? 0 : rest.toInt(), t);
                return;
            }
            if (rest.isEmpty() && ordinals.contains(suffix)) {
                dayNumber(number, t);  // 5th, 1o, 1a
                return;
            }
            if (classifyWord(suffix).kind == Word::Unit && duration())
                return;
            m_error = QCoreApplication::translate("fi::SnoozePhrase", "\"%1\" is not a time I understand; %2.").arg(t, examples());
            return;
        }
        if (isNumber(m_i)) {
            const int number = t.left(9).toInt();
            if (info(m_i + 1).kind == Word::AmPm) {
                int hour = number;  // 9 pm
                const QString text = t + QLatin1Char(' ') + tok(m_i + 1);
                m_i += 2;
                if (applyAmPm(hour, tok(m_i - 1), text))
                    setTime(hour, 0, text);
                return;
            }
            if (!afterAt && unitAt(m_i + 1) > 0 && unitAt(m_i + 1) != 60 && duration())
                return;  // "3 hours" bare is a duration, "9 h" a time
            if (!afterAt && unitAt(m_i + 1) == 60 && tok(m_i + 1) != QLatin1String("h")
                && tok(m_i + 1) != QLatin1String("hs") && duration())
                return;
            if (unitAt(m_i + 1) == 60) {  // "9 h", "às 9 horas": a time of day
                m_i += 2;
                setTime(number, 0, t);
                return;
            }
            if (t.size() == 4 && number >= 1970) {
                ++m_i;
                set(m_p.year, number);
                return;
            }
            if (!afterAt && (monthFollows(m_i) || monthBefore(m_i) || (m_p.month && !m_p.day))) {
                dayNumber(number, t);
                return;
            }
            ++m_i;  // "tomorrow 9", "a las 9", "às 9"
            setTime(number, 0, t);
            return;
        }

        switch (w.kind) {
        case Word::Filler:
        case Word::And:
        case Word::Count:
        case Word::Half:
            ++m_i;
            return;
        case Word::At:
            ++m_i;
            m_afterAt = true;
            return;
        case Word::In: {
            const qsizetype at = ++m_i;
            while (info(m_i).kind == Word::Filler)  // "dentro de 3h", "daqui a 3h"
                ++m_i;
            m_inDuration = true;
            const bool ok = duration();
            m_inDuration = false;
            if (!ok)
                m_i = at;  // "en diciembre", "em dezembro": just a preposition
            return;
        }
        case Word::Next:
            ++m_i;
            m_p.next = true;
            return;
        case Word::Today:
            ++m_i;
            set(m_p.dayOffset, 0);
            return;
        case Word::Tomorrow:
            ++m_i;
            set(m_p.dayOffset, 1);
            return;
        case Word::DayAfter:
            ++m_i;
            set(m_p.dayOffset, 2);
            return;
        case Word::Week:
            ++m_i;
            m_p.week = true;
            return;
        case Word::Working:
            ++m_i;
            m_p.working = true;
            if (tok(m_i) == QLatin1String("day") || tok(m_i) == QLatin1String("dia"))
                ++m_i;  // "working day", "dia útil", "día laborable"
            return;
        case Word::Morning:
            ++m_i;
            m_p.morning = true;
            return;
        case Word::Noon:
            ++m_i;
            set(m_p.time, QTime(12, 0));
            return;
        case Word::Afternoon:
            ++m_i;
            set(m_p.time, QTime(14, 0));
            return;
        case Word::Evening:
            ++m_i;
            set(m_p.time, kEvening);
            return;
        case Word::Midnight:
            ++m_i;
            m_p.midnight = true;
            set(m_p.time, QTime(0, 0));
            return;
        case Word::Weekday:
            ++m_i;
            set(m_p.weekday, w.value);
            return;
        case Word::Month:
            ++m_i;
            set(m_p.month, w.value);
            return;
        case Word::MarAmbiguous: {
            // "mar 5", "5 mar", "5 de mar": March; "mar 14:30", "el mar": martes (es).
            const bool dayNear = (isNumber(m_i + 1) && !clock.match(tok(m_i + 1)).hasMatch()
                                  && info(m_i + 2).kind != Word::AmPm && unitAt(m_i + 2) != 60)
                || (m_i > 0 && isNumber(m_i - 1)) || (m_i > 1 && tok(m_i - 1) == QLatin1String("de") && isNumber(m_i - 2));
            ++m_i;
            if (dayNear)
                set(m_p.month, 3);
            else
                set(m_p.weekday, 2);
            return;
        }
        case Word::Unit:
            if (w.value == 24 * 60 && (m_p.next || m_p.working || info(m_i + 1).kind == Word::Working)) {
                ++m_i;  // "próximo día laborable", "próximo dia útil"
                return;
            }
            if (w.value == 60 || w.value == 1) {  // "9 h" was handled above; a lone unit is noise
                m_error = QCoreApplication::translate("fi::SnoozePhrase", "\"%1\" needs a number before it; %2.").arg(t, examples());
                return;
            }
            Q_FALLTHROUGH();
        default:
            m_error = QCoreApplication::translate("fi::SnoozePhrase", "\"%1\" is not a time I understand; %2.").arg(t, examples());
            return;
        }
    }

    void dayNumber(int number, const QString &text)
    {
        ++m_i;
        if (number < 1 || number > 31) {
            m_error = QCoreApplication::translate("fi::SnoozePhrase", "\"%1\" is not a day of the month.").arg(text);
            return;
        }
        set(m_p.day, number);
    }

    QStringList m_t;
    qsizetype m_i = 0;
    Pieces m_p;
    QString m_error;
    bool m_afterAt = false;
    bool m_inDuration = false;
};

/// Whether every word is part of "after this focus session" (en), "después de la sesión de
/// foco" (es), "depois da sessão de foco" (pt) and the like, with at least one focus word.
bool isAfterFocusPhrase(const QStringList &tokens)
{
    bool focus = false;
    for (const QString &t : tokens) {
        const Word k = classifyWord(t).kind;
        if (k == Word::Focus)
            focus = true;
        else if (k != Word::After && k != Word::Filler && k != Word::At)
            return false;
    }
    return focus;
}

SnoozeParse resolve(const Pieces &pieces, const QString &phrase, const SnoozeContext &context)
{
    const QTimeZone zone = effectiveZone(context.zone);
    const QDate today = localDate(context.nowMs, zone);
    Pieces p = pieces;
    if (p.morning && !p.working && !p.time)
        p.time = kMorning;
    const bool dateGiven = p.dayOffset || p.weekday || p.month || p.day || p.year;

    if (p.durationMs) {
        if (*p.durationMs <= 0)
            return fail(QCoreApplication::translate("fi::SnoozePhrase", "A snooze must last longer than zero."));
        if (*p.durationMs > kMaxAheadMs)
            return fail(QCoreApplication::translate("fi::SnoozePhrase", "\"%1\" is more than ten years away.").arg(phrase));
        if (!dateGiven && !p.time)
            return accept(context.nowMs + *p.durationMs, context);
        // "in 2 days at 9:00": whole days move the date, the time is read on that date.
        if (!p.durationWholeDays || dateGiven || !p.time || p.working || p.week)
            return fail(QCoreApplication::translate("fi::SnoozePhrase", "\"%1\" gives both a duration and a date or time; give one of them.").arg(phrase));
        const QDate date = today.addDays(*p.durationMs / (24 * kHourMs));
        return accept(localToUtcMs(date.addDays(p.midnight ? 1 : 0), *p.time, zone), context);
    }

    if (p.working) {
        if (dateGiven)
            return fail(QCoreApplication::translate("fi::SnoozePhrase", "\"%1\" names two different times or days.").arg(phrase));
        const auto start = nextWorkingStartMs(context.nowMs, context.hours);
        if (!start)
            return fail(QCoreApplication::translate("fi::SnoozePhrase", "The working hours have no working day."));
        if (!p.time)
            return accept(*start, context);
        return accept(localToUtcMs(localDate(*start, context.hours.timeZone()), *p.time, context.hours.timeZone()),
                      context);
    }

    if (p.week) {  // "next week", "la próxima semana", "semana que vem": Monday morning
        if (!p.next || dateGiven)
            return fail(QCoreApplication::translate("fi::SnoozePhrase", "\"%1\" is not a time I understand; %2.").arg(phrase, examples()));
        return accept(localToUtcMs(nextWeekday(today, Qt::Monday), p.time.value_or(kMorning), zone), context);
    }
    if (p.next && !p.weekday)
        return fail(QCoreApplication::translate("fi::SnoozePhrase", "\"%1\" is not a time I understand; %2.").arg(phrase, examples()));

    int dateParts = 0;
    dateParts += p.dayOffset ? 1 : 0;
    dateParts += p.weekday ? 1 : 0;
    dateParts += (p.month || p.day) ? 1 : 0;
    if (dateParts > 1)
        return fail(QCoreApplication::translate("fi::SnoozePhrase", "\"%1\" names two different times or days.").arg(phrase));

    QDate date;
    bool rollYear = false;
    if (p.dayOffset) {
        date = today.addDays(*p.dayOffset);
    } else if (p.weekday) {
        date = nextWeekday(today, *p.weekday);
    } else if (p.month || p.day) {
        if (!p.month) {  // "the 5th": this month's, or next month's when it has passed
            if (p.year)
                return fail(QCoreApplication::translate("fi::SnoozePhrase", "\"%1\" needs a month, e.g. \"dec 5\".").arg(phrase));
            for (int ahead = 0; ahead < 4; ++ahead) {
                const QDate month = QDate(today.year(), today.month(), 1).addMonths(ahead);
                const QDate candidate(month.year(), month.month(), *p.day);
                if (candidate.isValid()
                    && localToUtcMs(candidate.addDays(p.midnight ? 1 : 0), p.time.value_or(kMorning), zone) > context.nowMs) {
                    date = candidate;
                    break;
                }
            }
            if (!date.isValid())
                return fail(QCoreApplication::translate("fi::SnoozePhrase", "There is no date %1.").arg(phrase));
            return accept(localToUtcMs(date.addDays(p.midnight ? 1 : 0), p.time.value_or(kMorning), zone), context);
        }
        const int year = p.year.value_or(today.year());
        const int day = p.day.value_or(1);
        date = QDate(year, *p.month, day);
        if (!date.isValid()) {
            // Feb 29 in a year without it: the next leap year, when no year was given.
            if (!p.year && *p.month == 2 && day == 29) {
                for (int y = year + 1; y <= year + 8 && !date.isValid(); ++y)
                    date = QDate(y, 2, 29);
            }
            if (!date.isValid())
                return fail(QCoreApplication::translate("fi::SnoozePhrase", "There is no date %1.").arg(phrase));
        }
        rollYear = !p.year;
    } else if (p.year) {
        return fail(QCoreApplication::translate("fi::SnoozePhrase", "\"%1\" needs a month, e.g. \"dec 5\".").arg(phrase));
    }

    if (!date.isValid()) {
        if (!p.time)
            return fail(QCoreApplication::translate("fi::SnoozePhrase", "\"%1\" is not a time I understand; %2.").arg(phrase, examples()));
        // A time alone: today, or tomorrow when it has passed.
        qint64 until = localToUtcMs(today.addDays(p.midnight ? 1 : 0), *p.time, zone);
        if (until <= context.nowMs)
            until = localToUtcMs(today.addDays(p.midnight ? 2 : 1), *p.time, zone);
        return accept(until, context);
    }
    const QTime time = p.time.value_or(kMorning);
    qint64 until = localToUtcMs(date.addDays(p.midnight ? 1 : 0), time, zone);
    if (rollYear && until <= context.nowMs) {  // "jan 5" in February: next year
        const QDate later = date.addYears(1);
        if (later.isValid())
            until = localToUtcMs(later.addDays(p.midnight ? 1 : 0), time, zone);
    }
    return accept(until, context);
}

} // namespace

std::optional<qint64> snoozeChoiceUntil(SnoozeChoice choice, const SnoozeContext &context)
{
    const QTimeZone zone = effectiveZone(context.zone);
    const QDate today = localDate(context.nowMs, zone);
    switch (choice) {
    case SnoozeChoice::AfterFocus:
        if (context.focusEndMs && *context.focusEndMs > context.nowMs)
            return context.focusEndMs;
        return std::nullopt;
    case SnoozeChoice::InOneHour:
        return context.nowMs + kHourMs;
    case SnoozeChoice::ThisEvening: {
        const qint64 tonight = localToUtcMs(today, kEvening, zone);
        return tonight > context.nowMs ? tonight : localToUtcMs(today.addDays(1), kEvening, zone);
    }
    case SnoozeChoice::TomorrowMorning:
        return localToUtcMs(today.addDays(1), kMorning, zone);
    case SnoozeChoice::NextWorkingMorning:
        return nextWorkingStartMs(context.nowMs, context.hours);
    case SnoozeChoice::NextMonday:
        return localToUtcMs(nextWeekday(today, Qt::Monday), kMorning, zone);
    }
    return std::nullopt;
}

QString snoozeChoiceLabel(SnoozeChoice choice)
{
    switch (choice) {
    case SnoozeChoice::AfterFocus:
        return QCoreApplication::translate("fi::SnoozePhrase", "After this focus session");
    case SnoozeChoice::InOneHour:
        return QCoreApplication::translate("fi::SnoozePhrase", "In 1 hour");
    case SnoozeChoice::ThisEvening:
        return QCoreApplication::translate("fi::SnoozePhrase", "This evening");
    case SnoozeChoice::TomorrowMorning:
        return QCoreApplication::translate("fi::SnoozePhrase", "Tomorrow 09:00");
    case SnoozeChoice::NextWorkingMorning:
        return QCoreApplication::translate("fi::SnoozePhrase", "Next working morning");
    case SnoozeChoice::NextMonday:
        return QCoreApplication::translate("fi::SnoozePhrase", "Next Monday");
    }
    return QString();
}

SnoozeParse parseSnoozePhrase(const QString &text, const SnoozeContext &context)
{
    const QString raw = text.trimmed();
    if (raw.isEmpty())
        return fail(QCoreApplication::translate("fi::SnoozePhrase", "Type when to wake it: %1.").arg(examples()));
    if (auto iso = parseIso(raw, context))
        return *iso;

    const QStringList tokens = tokenizePhrase(normalizePhrase(raw));
    if (tokens.isEmpty())
        return fail(QCoreApplication::translate("fi::SnoozePhrase", "\"%1\" is not a time I understand; %2.").arg(raw, examples()));
    if (isAfterFocusPhrase(tokens)) {
        if (const auto end = snoozeChoiceUntil(SnoozeChoice::AfterFocus, context))
            return SnoozeParse{end, QString()};
        return fail(QCoreApplication::translate("fi::SnoozePhrase", "No focus session is running."));
    }
    PhraseParser parser(tokens);
    if (const QString error = parser.run(); !error.isEmpty())
        return fail(error);
    return resolve(parser.pieces(), raw, context);
}

} // namespace fi
