#include "focus/calendarsessions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QRegularExpression>

#include <libical/ical.h>

#include <memory>

namespace fi {

namespace {

constexpr int kMaxOccurrences = 2000;


struct ComponentDeleter {
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};

QTimeZone zoneOf(icalproperty *prop, const icaltimetype &t, const QTimeZone &floating)
{
    if (icaltime_is_utc(t))
        return QTimeZone::utc();
    if (prop) {
        if (icalparameter *tz = icalproperty_get_first_parameter(prop, ICAL_TZID_PARAMETER)) {
            const QTimeZone named(QByteArray(icalparameter_get_tzid(tz)));
            if (named.isValid())
                return named;
        }
    }
    return floating;
}

qint64 toMs(const icaltimetype &t, const QTimeZone &zone)
{
    return QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second), zone).toMSecsSinceEpoch();
}

struct Context {
    QRegularExpression pattern;
    qint64 fromMs;
    qint64 toMs;
    QTimeZone floating;
    QList<FocusInterval> out;
};

void collectEvent(icalcomponent *event, Context &ctx)
{
    const char *summary = icalcomponent_get_summary(event);
    if (!summary || !ctx.pattern.match(QString::fromUtf8(summary)).hasMatch())
        return;
    const icaltimetype start = icalcomponent_get_dtstart(event);
    if (icaltime_is_null_time(start) || start.is_date)
        return;
    const QTimeZone zone = zoneOf(icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY), start, ctx.floating);
    const qint64 firstStart = toMs(start, zone);
    const icaltimetype end = icalcomponent_get_dtend(event);
    qint64 length = 0;
    if (!icaltime_is_null_time(end))
        length = toMs(end, zoneOf(icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY), end, ctx.floating)) -
                 firstStart;
    else
        length = qint64(icaldurationtype_as_int(icalcomponent_get_duration(event))) * 1000;
    if (length <= 0)
        return;
    const auto add = [&](qint64 s) {
        if (s < ctx.toMs && s + length > ctx.fromMs)
            ctx.out.append({s, s + length});
    };
    icalproperty *rrule = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY);
    if (!rrule) {
        add(firstStart);
        return;
    }
    QList<qint64> excluded;
    for (icalproperty *ex = icalcomponent_get_first_property(event, ICAL_EXDATE_PROPERTY); ex;
         ex = icalcomponent_get_next_property(event, ICAL_EXDATE_PROPERTY)) {
        const icaltimetype t = icalproperty_get_exdate(ex);
        excluded.append(toMs(t, zoneOf(ex, t, zone)));
    }
    icalrecur_iterator *it = icalrecur_iterator_new(icalproperty_get_rrule(rrule), start);
    if (!it) {
        add(firstStart);
        return;
    }
    int count = 0;
    for (icaltimetype next = icalrecur_iterator_next(it); !icaltime_is_null_time(next) && count < kMaxOccurrences;
         next = icalrecur_iterator_next(it), ++count) {
        const qint64 s = toMs(next, zone);
        if (s >= ctx.toMs)
            break;
        if (!excluded.contains(s))
            add(s);
    }
    icalrecur_iterator_free(it);
}

void collect(icalcomponent *component, Context &ctx)
{
    if (icalcomponent_isa(component) == ICAL_VEVENT_COMPONENT) {
        collectEvent(component, ctx);
        return;
    }
    for (icalcomponent *child = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT); child;
         child = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT))
        collect(child, ctx);
}

} // namespace

QList<FocusInterval> readCalendarSessions(const QString &path, const QString &pattern, qint64 fromMs, qint64 toMs,
                                          const QTimeZone &floatingZone, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("fi::CalendarSessions", "Cannot read focus calendar %1: %2").arg(path, file.errorString());
        return {};
    }
    const QByteArray data = file.readAll();
    std::unique_ptr<icalcomponent, ComponentDeleter> root(
        data.contains("BEGIN:VCALENDAR") ? icalparser_parse_string(data.constData()) : nullptr);
    if (!root) {
        if (error)
            *error = QCoreApplication::translate("fi::CalendarSessions", "%1 is not an iCalendar file.").arg(path);
        return {};
    }
    Context ctx{QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption), fromMs, toMs, floatingZone, {}};
    collect(root.get(), ctx);
    return mergeIntervals(ctx.out);
}

} // namespace fi
