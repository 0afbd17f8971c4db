#include "deadlines/workinghours.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace fi {

namespace {


const char *const kDayKeys[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

} // namespace

WorkingHours::WorkingHours()
    : m_zone(QTimeZone::utc())
{
}

WorkingHours WorkingHours::defaults(const QTimeZone &zone)
{
    WorkingHours hours;
    hours.setTimeZone(zone);
    for (int day = Qt::Monday; day <= Qt::Friday; ++day)
        hours.m_week[day - 1] = {WorkInterval{9 * 60, 17 * 60}};
    return hours;
}

void WorkingHours::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
}

QList<WorkInterval> WorkingHours::intervals(Qt::DayOfWeek day) const
{
    if (day < Qt::Monday || day > Qt::Sunday)
        return {};
    return m_week[day - 1];
}

bool WorkingHours::setIntervals(Qt::DayOfWeek day, QList<WorkInterval> list, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (day < Qt::Monday || day > Qt::Sunday)
        return fail(QCoreApplication::translate("fi::WorkingHours", "invalid weekday."));
    for (const WorkInterval &w : list) {
        if (w.startMinute < 0 || w.endMinute > 1440 || w.startMinute >= w.endMinute)
            return fail(QCoreApplication::translate("fi::WorkingHours", "interval %1 is empty or outside 00:00–24:00.").arg(formatInterval(w)));
        if (w.startMinute % 15 != 0 || w.endMinute % 15 != 0)
            return fail(QCoreApplication::translate("fi::WorkingHours", "interval %1 is not in 15-minute steps.").arg(formatInterval(w)));
    }
    std::sort(list.begin(), list.end(),
              [](const WorkInterval &a, const WorkInterval &b) { return a.startMinute < b.startMinute; });
    QList<WorkInterval> merged;
    for (const WorkInterval &w : std::as_const(list)) {
        if (!merged.isEmpty() && w.startMinute < merged.last().endMinute)
            return fail(QCoreApplication::translate("fi::WorkingHours", "intervals %1 and %2 overlap.")
                            .arg(formatInterval(merged.last()), formatInterval(w)));
        if (!merged.isEmpty() && w.startMinute == merged.last().endMinute)
            merged.last().endMinute = w.endMinute;
        else
            merged.append(w);
    }
    m_week[day - 1] = merged;
    return true;
}

bool WorkingHours::parseInterval(const QString &text, WorkInterval *out, QString *error)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch()) {
        if (error)
            *error = QCoreApplication::translate("fi::WorkingHours", "\"%1\" is not an interval like \"09:00-17:00\".").arg(text);
        return false;
    }
    const int h1 = m.captured(1).toInt(), m1 = m.captured(2).toInt();
    const int h2 = m.captured(3).toInt(), m2 = m.captured(4).toInt();
    if (h1 > 23 || m1 > 59 || h2 > 24 || m2 > 59 || (h2 == 24 && m2 != 0)) {
        if (error)
            *error = QCoreApplication::translate("fi::WorkingHours", "\"%1\" is not a valid time range.").arg(text);
        return false;
    }
    const WorkInterval w{h1 * 60 + m1, h2 * 60 + m2};
    if (w.startMinute >= w.endMinute) {
        if (error)
            *error = QCoreApplication::translate("fi::WorkingHours", "\"%1\" ends before it starts (split overnight shifts into two days).").arg(text);
        return false;
    }
    if (w.startMinute % 15 != 0 || w.endMinute % 15 != 0) {
        if (error)
            *error = QCoreApplication::translate("fi::WorkingHours", "\"%1\" is not in 15-minute steps.").arg(text);
        return false;
    }
    *out = w;
    return true;
}

QString WorkingHours::formatInterval(const WorkInterval &w)
{
    const auto hhmm = [](int minutes) {
        return QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    };
    return hhmm(w.startMinute) + QLatin1Char('-') + hhmm(w.endMinute);
}

WorkingHours WorkingHours::fromJson(const QJsonObject &json, QStringList *errors)
{
    WorkingHours hours = defaults(QTimeZone::systemTimeZone());
    const auto fail = [errors](const QString &why) {
        if (errors)
            errors->append(QCoreApplication::translate("fi::WorkingHours", "Working hours: %1").arg(why));
    };
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        if (key != QLatin1String("timeZone") && key != QLatin1String("week")
            && key != QLatin1String("holidays") && key != QLatin1String("comment"))
            fail(QCoreApplication::translate("fi::WorkingHours", "unknown key \"%1\" ignored.").arg(key));
    }
    if (json.contains(QLatin1String("timeZone"))) {
        const QString id = json.value(QLatin1String("timeZone")).toString();
        const QTimeZone zone(id.toUtf8());
        if (id.isEmpty() || !zone.isValid())
            fail(QCoreApplication::translate("fi::WorkingHours", "unknown time zone \"%1\"; using %2.").arg(id, QString::fromUtf8(hours.m_zone.id())));
        else
            hours.setTimeZone(zone);
    }
    if (json.contains(QLatin1String("week")) && !json.value(QLatin1String("week")).isObject()) {
        fail(QCoreApplication::translate("fi::WorkingHours", "\"week\" must be an object keyed by \"mon\" … \"sun\"; keeping Mon–Fri 09:00–17:00."));
    } else if (json.contains(QLatin1String("week"))) {
        const QJsonObject week = json.value(QLatin1String("week")).toObject();
        for (auto it = week.begin(); it != week.end(); ++it) {
            if (std::none_of(std::begin(kDayKeys), std::end(kDayKeys),
                             [&](const char *k) { return it.key() == QLatin1String(k); }))
                fail(QCoreApplication::translate("fi::WorkingHours", "unknown weekday \"%1\" ignored (use mon, tue, wed, thu, fri, sat, sun).").arg(it.key()));
        }
        for (int i = 0; i < 7; ++i) {
            const QString dayKey = QLatin1String(kDayKeys[i]);
            const QJsonValue value = week.value(dayKey);
            QList<WorkInterval> list;
            if (!value.isUndefined() && !value.isNull() && !value.isArray())
                fail(QCoreApplication::translate("fi::WorkingHours", "\"%1\" must be a list like [\"09:00-17:00\"].").arg(dayKey));
            for (const QJsonValue &v : value.toArray()) {
                WorkInterval w;
                QString why;
                if (!parseInterval(v.toString(), &w, &why))
                    fail(QCoreApplication::translate("fi::WorkingHours", "%1: %2").arg(dayKey, why));
                else
                    list.append(w);
            }
            QString why;
            if (!hours.setIntervals(Qt::DayOfWeek(i + 1), list, &why)) {
                fail(QCoreApplication::translate("fi::WorkingHours", "%1: %2 No working time on that day.").arg(dayKey, why));
                hours.m_week[i].clear();
            }
        }
    }
    if (json.contains(QLatin1String("holidays"))) {
        const QJsonValue value = json.value(QLatin1String("holidays"));
        if (!value.isArray())
            fail(QCoreApplication::translate("fi::WorkingHours", "\"holidays\" must be a list of dates like \"2026-12-25\"."));
        for (const QJsonValue &v : value.toArray()) {
            const QDate date = QDate::fromString(v.toString(), Qt::ISODate);
            if (!date.isValid())
                fail(QCoreApplication::translate("fi::WorkingHours", "holiday \"%1\" is not a date like 2026-12-25.").arg(v.toString()));
            else
                hours.addHoliday(date);
        }
    }
    return hours;
}

QJsonObject WorkingHours::toJson() const
{
    QJsonObject week;
    for (int i = 0; i < 7; ++i) {
        QJsonArray list;
        for (const WorkInterval &w : m_week[i])
            list.append(formatInterval(w));
        week.insert(QLatin1String(kDayKeys[i]), list);
    }
    QList<QDate> dates(m_holidays.begin(), m_holidays.end());
    std::sort(dates.begin(), dates.end());
    QJsonArray holidays;
    for (const QDate &d : std::as_const(dates))
        holidays.append(d.toString(Qt::ISODate));
    QJsonObject out;
    out.insert(QStringLiteral("timeZone"), QString::fromUtf8(m_zone.id()));
    out.insert(QStringLiteral("week"), week);
    out.insert(QStringLiteral("holidays"), holidays);
    return out;
}

int WorkingHours::weeklyMinutes() const
{
    int total = 0;
    for (const auto &day : m_week)
        for (const WorkInterval &w : day)
            total += w.endMinute - w.startMinute;
    return total;
}

bool WorkingHours::isWorkingMinute(QDate date, int minuteOfDay) const
{
    if (!date.isValid() || isHoliday(date))
        return false;
    for (const WorkInterval &w : m_week[date.dayOfWeek() - 1])
        if (minuteOfDay >= w.startMinute && minuteOfDay < w.endMinute)
            return true;
    return false;
}

} // namespace fi
