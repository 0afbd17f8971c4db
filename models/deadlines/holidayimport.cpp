// WorkingHours::importHolidaysFromIcs — iCalendar (RFC 5545) parsing through libical.
#include "deadlines/workinghours.h"

#include <QCoreApplication>
#include <QFile>

#include <libical/ical.h>

#include <memory>

namespace fi {

namespace {

constexpr int kMaxOccurrences = 100;
constexpr int kLastYear = 2100;


QDate toDate(const icaltimetype &t)
{
    return QDate(t.year, t.month, t.day);
}

struct ComponentDeleter {
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};

// Adds the dates [start, start + days) to @p out.
void addDays(QSet<QDate> &out, QDate start, qint64 days)
{
    for (qint64 i = 0; i < days && i < 366; ++i)
        out.insert(start.addDays(i));
}

void collectEvent(icalcomponent *event, QSet<QDate> &out)
{
    const icaltimetype start = icalcomponent_get_dtstart(event);
    if (icaltime_is_null_time(start) || !start.is_date)
        return; // timed events are not holidays
    const QDate first = toDate(start);
    if (!first.isValid())
        return;
    qint64 length = 1; // RFC 5545 §3.6.1: an all-day event without DTEND lasts one day
    const icaltimetype end = icalcomponent_get_dtend(event);
    if (!icaltime_is_null_time(end) && toDate(end).isValid() && toDate(end) > first)
        length = first.daysTo(toDate(end)); // DTEND is exclusive

    icalproperty *rrule = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY);
    if (!rrule) {
        addDays(out, first, length);
        return;
    }
    QSet<QDate> excluded;
    for (icalproperty *ex = icalcomponent_get_first_property(event, ICAL_EXDATE_PROPERTY); ex;
         ex = icalcomponent_get_next_property(event, ICAL_EXDATE_PROPERTY))
        excluded.insert(toDate(icalproperty_get_exdate(ex)));
    icalrecur_iterator *it = icalrecur_iterator_new(icalproperty_get_rrule(rrule), start);
    if (!it) {
        addDays(out, first, length);
        return;
    }
    int count = 0;
    for (icaltimetype next = icalrecur_iterator_next(it);
         !icaltime_is_null_time(next) && count < kMaxOccurrences && next.year <= kLastYear;
         next = icalrecur_iterator_next(it), ++count) {
        const QDate date = toDate(next);
        if (date.isValid() && !excluded.contains(date))
            addDays(out, date, length);
    }
    icalrecur_iterator_free(it);
}

void collect(icalcomponent *component, QSet<QDate> &out, int &calendars)
{
    const icalcomponent_kind kind = icalcomponent_isa(component);
    if (kind == ICAL_VEVENT_COMPONENT) {
        collectEvent(component, out);
        return;
    }
    if (kind == ICAL_VCALENDAR_COMPONENT)
        ++calendars;
    for (icalcomponent *child = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT); child;
         child = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT))
        collect(child, out, calendars);
}

} // namespace

bool WorkingHours::importHolidaysFromIcs(const QString &path, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("fi::WorkingHours", "Cannot read holiday calendar %1: %2").arg(path, file.errorString()));
    const QByteArray data = file.readAll();
    if (!data.contains("BEGIN:VCALENDAR"))
        return fail(QCoreApplication::translate("fi::WorkingHours", "%1 is not an iCalendar file (no BEGIN:VCALENDAR).").arg(path));
    std::unique_ptr<icalcomponent, ComponentDeleter> root(icalparser_parse_string(data.constData()));
    if (!root)
        return fail(QCoreApplication::translate("fi::WorkingHours", "%1 could not be parsed as iCalendar.").arg(path));
    QSet<QDate> dates;
    int calendars = 0;
    collect(root.get(), dates, calendars);
    if (calendars == 0)
        return fail(QCoreApplication::translate("fi::WorkingHours", "%1 contains no VCALENDAR.").arg(path));
    m_holidays.unite(dates);
    return true;
}

} // namespace fi
