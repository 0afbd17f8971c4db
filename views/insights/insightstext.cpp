/// @file insightstext.cpp
/// @brief Labels here are Qt::PlainText (makePlainLabel): they show source names and numbers.

#include "insightstext.h"

#include "plaintext.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QTimeZone>

namespace fi {

QString InsightsText::hoursText(double hours)
{
    const int decimals = hours < 0.1 && hours > 0 ? 2 : hours < 10 ? 1 : 0;
    //: A duration in hours, e.g. "1.5 h"
    return tr("%1 h").arg(QLocale().toString(hours, 'f', decimals));
}

QString InsightsText::percentText(double share)
{
    //: A percentage, e.g. "83 %"
    return tr("%1 %").arg(QLocale().toString(qRound(share * 100.0)));
}

QString InsightsText::clockText(InsightsClock clock)
{
    switch (clock) {
    case InsightsClock::Working:
        return tr("working hours");
    case InsightsClock::Mixed:
        return tr("working hours or calendar time, as each item's policy says");
    case InsightsClock::Calendar:
        break;
    }
    return tr("calendar time");
}

QString InsightsText::reasonText(BreakthroughReason reason)
{
    switch (reason) {
    case BreakthroughReason::Sender:
        return tr("Sender is on the always-break-through list");
    case BreakthroughReason::Tier3:
        return tr("Tier 3 (Now) item");
    case BreakthroughReason::Overdue:
        return tr("Already overdue when it arrived");
    case BreakthroughReason::DeadlineInSession:
        return tr("Due before the session ended");
    case BreakthroughReason::Unknown:
        break;
    }
    return tr("Not recorded");
}

QString InsightsText::originText(OriginKind kind)
{
    switch (kind) {
    case OriginKind::List:
        return tr("Mailing list");
    case OriginKind::Repository:
        return tr("Repository");
    case OriginKind::Sender:
        break;
    }
    return tr("Sender");
}

QString InsightsText::dayText(const QDate &date)
{
    //: Date format of chart categories (QDate format; MMM = short month name)
    return QLocale().toString(date, tr("d MMM"));
}

QString InsightsText::weekdayText(const QDate &date)
{
    //: Date format with the weekday (QDate format; ddd = short day name)
    return QLocale().toString(date, tr("ddd d MMM"));
}

QString InsightsText::weekText(const QDate &monday)
{
    return tr("Week of %1").arg(dayText(monday));
}

QString InsightsText::weekdayName(int weekday)
{
    return QLocale().dayName(weekday, QLocale::LongFormat);
}

QString InsightsText::dateTimeText(qint64 ms, const QTimeZone &zone)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, zone), QLocale::ShortFormat);
}

QString InsightsText::periodText(qint64 sinceMs, qint64 untilMs, const QTimeZone &zone)
{
    const QDate first = QDateTime::fromMSecsSinceEpoch(sinceMs, zone).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(std::max(sinceMs, untilMs - 1), zone).date();
    const QLocale locale;
    if (first == last)
        return locale.toString(first, QLocale::LongFormat);
    //: A period of local dates, e.g. "30 Nov – 6 Dec 2026"
    return tr("%1 – %2").arg(locale.toString(first, QLocale::ShortFormat), locale.toString(last, QLocale::ShortFormat));
}

QLabel *makeHeadlineLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    makePlainLabel(label);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.5);
    label->setFont(font);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *makeNoteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    makePlainLabel(label);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace fi
