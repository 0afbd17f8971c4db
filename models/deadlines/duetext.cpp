#include "deadlines/duetext.h"

#include <QCoreApplication>

namespace fi {

namespace {


// The two largest units of a whole number of minutes: "1d 2h", "3h 20m", "45m", "2d".
QString formatMinutes(qint64 minutes)
{
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = (minutes / 60) % 24;
    const qint64 mins = minutes % 60;
    if (days > 0) {
        if (hours > 0)
            return QCoreApplication::translate("fi::DueText", "%1d %2h").arg(days).arg(hours);
        return QCoreApplication::translate("fi::DueText", "%1d").arg(days);
    }
    if (hours > 0) {
        if (mins > 0)
            return QCoreApplication::translate("fi::DueText", "%1h %2m").arg(hours).arg(mins);
        return QCoreApplication::translate("fi::DueText", "%1h").arg(hours);
    }
    return QCoreApplication::translate("fi::DueText", "%1m").arg(mins);
}

} // namespace

QString formatDueText(std::optional<qint64> dueMs, qint64 nowMs, bool working)
{
    if (!dueMs)
        return QString();
    constexpr qint64 kMinute = 60000;
    QString text;
    if (*dueMs > nowMs) {
        const qint64 left = *dueMs - nowMs;
        text = QCoreApplication::translate("fi::DueText", "due in %1").arg(formatMinutes((left + kMinute - 1) / kMinute));
    } else {
        text = QCoreApplication::translate("fi::DueText", "overdue %1").arg(formatMinutes((nowMs - *dueMs) / kMinute));
    }
    if (working)
        text = QCoreApplication::translate("fi::DueText", "%1 (working)").arg(text);
    return text;
}

} // namespace fi
