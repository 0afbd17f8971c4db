#include "palette/snoozeentries.h"

#include "mainactions.h"
#include "mainwindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPointer>

namespace fi {

namespace {

struct ChoiceInfo {
    SnoozeChoice choice;
    const char *id;
};

constexpr ChoiceInfo kChoices[] = {
    {SnoozeChoice::AfterFocus, "snooze.afterFocus"},
    {SnoozeChoice::InOneHour, "snooze.inOneHour"},
    {SnoozeChoice::ThisEvening, "snooze.thisEvening"},
    {SnoozeChoice::TomorrowMorning, "snooze.tomorrow"},
    {SnoozeChoice::NextWorkingMorning, "snooze.nextWorkingMorning"},
    {SnoozeChoice::NextMonday, "snooze.nextMonday"},
};

SnoozeContext contextOf(const MainWindow &window)
{
    SnoozeContext context;
    context.nowMs = QDateTime::currentMSecsSinceEpoch();
    context.hours = window.appConfig().workingHours;
    context.zone = context.hours.timeZone();
    context.focusEndMs = window.focusSessionEndMs();
    return context;
}

/// "Thu 09:00" (within a week), else "Thu 10 Dec 09:00"; in @p zone.
QString wakeText(qint64 untilMs, const SnoozeContext &context)
{
    const QTimeZone zone = context.zone.isValid() ? context.zone : QTimeZone::systemTimeZone();
    const QDateTime wake = QDateTime::fromMSecsSinceEpoch(untilMs, zone);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(context.nowMs, zone);
    const QLocale locale;
    const QString day = now.date().daysTo(wake.date()) < 7 ? locale.toString(wake.date(), QStringLiteral("ddd"))
                                                          : locale.toString(wake.date(), QStringLiteral("ddd d MMM"));
    return day + QLatin1Char(' ') + locale.toString(wake.time(), QLocale::ShortFormat);
}

} // namespace

QString snoozeEntryText(SnoozeChoice choice)
{
    switch (choice) {
    case SnoozeChoice::AfterFocus:
        return QCoreApplication::translate("fi::SnoozeEntries", "Snooze until after this focus session");
    case SnoozeChoice::InOneHour:
        return QCoreApplication::translate("fi::SnoozeEntries", "Snooze for 1 hour");
    case SnoozeChoice::ThisEvening:
        return QCoreApplication::translate("fi::SnoozeEntries", "Snooze until this evening");
    case SnoozeChoice::TomorrowMorning:
        return QCoreApplication::translate("fi::SnoozeEntries", "Snooze until tomorrow 09:00");
    case SnoozeChoice::NextWorkingMorning:
        return QCoreApplication::translate("fi::SnoozeEntries", "Snooze until the next working morning");
    case SnoozeChoice::NextMonday:
        return QCoreApplication::translate("fi::SnoozeEntries", "Snooze until next Monday");
    }
    return {};
}

QList<PaletteEntry> snoozeEntries(MainWindow &window)
{
    QList<PaletteEntry> entries;
    if (!window.actions().snooze->isEnabled())
        return entries;
    const SnoozeContext context = contextOf(window);
    const QString category = QCoreApplication::translate("fi::SnoozeEntries", "Snooze");
    const QPointer<MainWindow> guarded(&window);
    for (const ChoiceInfo &info : kChoices) {
        const std::optional<qint64> until = snoozeChoiceUntil(info.choice, context);
        if (!until)
            continue;
        const SnoozeChoice choice = info.choice;
        entries.append({QString::fromLatin1(info.id), snoozeEntryText(choice), category, {},
                        [guarded, choice] {
                            if (!guarded)
                                return;
                            // Recomputed now: the palette may have stayed open across a minute.
                            if (const auto wake = snoozeChoiceUntil(choice, contextOf(*guarded)))
                                guarded->snoozeUntil(*wake);
                        },
                        wakeText(*until, context)});
    }
    return entries;
}

} // namespace fi
