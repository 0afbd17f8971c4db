#include "snooze/snoozetext.h"

#include "snooze/snoozeclock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace fi {

QString formatSnoozeTime(qint64 untilMs, qint64 nowMs, const QTimeZone &zone)
{
    const QTimeZone z = snooze::effectiveZone(zone);
    const QDateTime until = QDateTime::fromMSecsSinceEpoch(untilMs, z);
    const QDate today = snooze::localDate(nowMs, z);
    const QLocale locale;
    const QString time = until.time().toString(QStringLiteral("HH:mm"));
    const qint64 days = today.daysTo(until.date());
    if (days == 0)
        return QCoreApplication::translate("fi::SnoozeText", "today %1").arg(time);
    if (days == 1)
        return QCoreApplication::translate("fi::SnoozeText", "tomorrow %1").arg(time);
    if (days > 1 && days < 7)
        return QCoreApplication::translate("fi::SnoozeText", "%1 %2", "weekday, time")
            .arg(locale.toString(until.date(), QStringLiteral("ddd")), time);
    if (days > 0 && days < 300)
        return QCoreApplication::translate("fi::SnoozeText", "%1 %2", "date, time")
            .arg(locale.toString(until.date(), QStringLiteral("ddd d MMM")), time);
    return QCoreApplication::translate("fi::SnoozeText", "%1 %2", "date with year, time")
        .arg(locale.toString(until.date(), QStringLiteral("d MMM yyyy")), time);
}

QString formatWakeText(qint64 untilMs, qint64 nowMs, const QTimeZone &zone)
{
    return QCoreApplication::translate("fi::SnoozeText", "wakes %1").arg(formatSnoozeTime(untilMs, nowMs, zone));
}

} // namespace fi
