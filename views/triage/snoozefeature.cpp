#include "triage/snoozefeature.h"

#include "mainactions.h"
#include "mainwindow.h"
#include "triage/snoozepicker.h"

#include <QAction>
#include <QDateTime>

namespace fi {

SnoozeFeature::SnoozeFeature(MainWindow &window)
    : QObject(&window), m_window(window), m_picker(new SnoozePicker(&window))
{
    setObjectName(QStringLiteral("snoozeFeature"));
    m_picker->setContextProvider([this] { return context(); });
    connect(window.actions().snooze, &QAction::triggered, this, &SnoozeFeature::open);
    connect(m_picker, &SnoozePicker::chosen, &window, &MainWindow::snoozeUntil);
}

SnoozeContext SnoozeFeature::context() const
{
    SnoozeContext c;
    c.nowMs = m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
    c.hours = m_window.appConfig().workingHours;
    c.zone = c.hours.timeZone();
    c.focusEndMs = m_window.focusSessionEndMs();
    return c;
}

void SnoozeFeature::open()
{
    int count = 0;
    for (const Item &item : m_window.targetItems())
        if (item.state != ItemState::Done)
            ++count;
    if (count == 0)
        return;
    m_picker->popup(&m_window, count);
}

} // namespace fi
