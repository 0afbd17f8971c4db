// WorkingHours::importHolidaysFromIcs — iCalendar (RFC 5545) parsing through libical.
#include "deadlines/workinghours.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>

#include <libical/ical.h>

#include <algorithm>
#include <memory>

namespace fi {

namespace {

// Bounds for hostile or broken calendars (a holiday file has tens to hundreds of events).
constexpr int kMaxOccurrences = 100;       ///< Dates taken from one RRULE.
constexpr int kFirstYear = 1900;           ///< Events starting earlier are ignored…
constexpr int kLastYear = 2100;            ///< …and so are later ones.
constexpr int kYearsAhead = 10;            ///< Recurrences are expanded up to this many years ahead…
constexpr int kYearsBack = 1;              ///< …from this many years back (deadlines are days away).
constexpr qint64 kMaxFileBytes = 8 << 20;  ///< Larger files are refused unread.
constexpr int kMaxDepth = 8;               ///< Component nesting (VCALENDAR > VEVENT > VALARM).
constexpr int kMaxEvents = 20000;          ///< VEVENTs looked at.
constexpr qsizetype kMaxDates = 100000;    ///< Distinct holiday dates collected.
constexpr int kTimeBudgetMs = 5000;        ///< Wall time for expanding all recurrences.

/// What one import may still spend; collection stops (and the import fails) when exhausted.
struct Budget {
    QDeadlineTimer deadline{kTimeBudgetMs};
    int fromYear = QDate::currentDate().year() - kYearsBack; ///< Recurrence window, inclusive.
    int toYear = std::min(kLastYear, QDate::currentDate().year() + kYearsAhead);
    int events = 0;
    bool exhausted = false;
};


QDate toDate(const icaltimetype &t)
{
    return QDate(t.year, t.month, t.day);
}

struct ComponentDeleter {
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};

/// Deepest BEGIN:/END: nesting of the (unfolded, RFC 5545 §3.1) content lines. libical builds
/// and frees the component tree recursively, so a deep file must be refused before parsing.
int nestingDepth(const QByteArray &data)
{
    QByteArray text = data;
    text.replace("\r\n ", "").replace("\r\n\t", "").replace("\n ", "").replace("\n\t", "");
    int depth = 0;
    int deepest = 0;
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype eol = text.indexOf('\n', pos);
        if (eol < 0)
            eol = text.size();
        const QByteArrayView line = QByteArrayView(text).sliced(pos, eol - pos).trimmed();
        if (line.size() >= 6 && qstrnicmp(line.data(), "BEGIN:", 6) == 0)
            deepest = std::max(deepest, ++depth);
        else if (line.size() >= 4 && qstrnicmp(line.data(), "END:", 4) == 0 && depth > 0)
            --depth;
        pos = eol + 1;
    }
    return deepest;
}

// Adds the dates [start, start + days) to @p out.
void addDays(QSet<QDate> &out, QDate start, qint64 days)
{
    for (qint64 i = 0; i < days && i < 366; ++i)
        out.insert(start.addDays(i));
}

void collectEvent(icalcomponent *event, QSet<QDate> &out, Budget &budget)
{
    const icaltimetype start = icalcomponent_get_dtstart(event);
    if (icaltime_is_null_time(start) || !start.is_date)
        return; // timed events are not holidays
    const QDate first = toDate(start);
    if (!first.isValid() || first.year() < kFirstYear || first.year() > kLastYear)
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
    struct icalrecurrencetype rule = icalproperty_get_rrule(rrule);
    // A holiday recurs by day or coarser. Finer rules (FREQ=SECONDLY with filters that never
    // match) make libical step through every second up to its year limit inside one
    // icalrecur_iterator_next() call, so they count as the single start date. Occurrences are
    // only expanded in the window [fromYear, toYear]: the rule ends with toYear, and one
    // without COUNT starts at fromYear (a yearly holiday since 1900 reaches this year instead of
    // stopping after kMaxOccurrences in 1999); that bounds libical's internal stepping too.
    if (rule.freq < ICAL_DAILY_RECURRENCE || rule.freq > ICAL_YEARLY_RECURRENCE) {
        addDays(out, first, length);
        return;
    }
    // Time-of-day parts would expand each day into (up to 86,400) candidate instants that
    // libical steps through one by one; a date has none.
    rule.by_second[0] = rule.by_minute[0] = rule.by_hour[0] = ICAL_RECURRENCE_ARRAY_MAX;
    if (icaltime_is_null_time(rule.until) || rule.until.year > budget.toYear) {
        rule.until = icaltime_null_date();
        rule.until.year = budget.toYear;
        rule.until.month = 12;
        rule.until.day = 31;
        rule.until.is_date = 1;
    }
    icalrecur_iterator *it = icalrecur_iterator_new(rule, start);
    if (!it) {
        addDays(out, first, length);
        return;
    }
    if (rule.count <= 0 && first.year() < budget.fromYear) {
        icaltimetype from = icaltime_null_date();
        from.year = budget.fromYear;
        from.month = 1;
        from.day = 1;
        from.is_date = 1;
        icalrecur_iterator_set_start(it, from); // refused (harmless) for rules with COUNT
    }
    int count = 0;
    for (icaltimetype next = icalrecur_iterator_next(it);
         !icaltime_is_null_time(next) && count < kMaxOccurrences && next.year <= budget.toYear;
         next = icalrecur_iterator_next(it), ++count) {
        if (budget.deadline.hasExpired() || out.size() > kMaxDates) {
            budget.exhausted = true;
            break;
        }
        const QDate date = toDate(next);
        if (date.isValid() && !excluded.contains(date))
            addDays(out, date, length);
    }
    icalrecur_iterator_free(it);
}

void collect(icalcomponent *component, QSet<QDate> &out, int &calendars, Budget &budget, int depth)
{
    if (depth > kMaxDepth || budget.exhausted)
        return;
    const icalcomponent_kind kind = icalcomponent_isa(component);
    if (kind == ICAL_VEVENT_COMPONENT) {
        if (++budget.events > kMaxEvents || budget.deadline.hasExpired() || out.size() > kMaxDates)
            budget.exhausted = true;
        else
            collectEvent(component, out, budget);
        return;
    }
    if (kind == ICAL_VCALENDAR_COMPONENT)
        ++calendars;
    for (icalcomponent *child = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT);
         child && !budget.exhausted;
         child = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT))
        collect(child, out, calendars, budget, depth + 1);
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
    if (file.size() > kMaxFileBytes)
        return fail(QCoreApplication::translate("fi::WorkingHours", "%1 is too large for a holiday calendar (more than %2 MiB).").arg(path).arg(kMaxFileBytes >> 20));
    const QByteArray data = file.read(kMaxFileBytes + 1);
    if (data.size() > kMaxFileBytes)
        return fail(QCoreApplication::translate("fi::WorkingHours", "%1 is too large for a holiday calendar (more than %2 MiB).").arg(path).arg(kMaxFileBytes >> 20));
    if (!data.contains("BEGIN:VCALENDAR"))
        return fail(QCoreApplication::translate("fi::WorkingHours", "%1 is not an iCalendar file (no BEGIN:VCALENDAR).").arg(path));
    if (nestingDepth(data) > kMaxDepth)
        return fail(QCoreApplication::translate("fi::WorkingHours", "%1 nests calendar components more than %2 deep.").arg(path).arg(kMaxDepth));
    std::unique_ptr<icalcomponent, ComponentDeleter> root(icalparser_parse_string(data.constData()));
    if (!root)
        return fail(QCoreApplication::translate("fi::WorkingHours", "%1 could not be parsed as iCalendar.").arg(path));
    QSet<QDate> dates;
    int calendars = 0;
    Budget budget;
    collect(root.get(), dates, calendars, budget, 0);
    if (budget.exhausted)
        return fail(QCoreApplication::translate("fi::WorkingHours", "%1 has too many holidays or recurrences to import (more than %2 events, %3 dates or %4 seconds of work).").arg(path).arg(kMaxEvents).arg(kMaxDates).arg(kTimeBudgetMs / 1000));
    if (calendars == 0)
        return fail(QCoreApplication::translate("fi::WorkingHours", "%1 contains no VCALENDAR.").arg(path));
    m_holidays.unite(dates);
    return true;
}

} // namespace fi
