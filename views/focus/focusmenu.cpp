#include "focus/focusmenu.h"

#include <algorithm>

namespace fi {

FocusMenu::FocusMenu(QWidget *parent) : QMenu(parent)
{
    setTitle(tr("F&ocus"));
    m_default = addAction(QString());
    connect(m_default, &QAction::triggered, this, [this] { Q_EMIT startRequested(m_defaultMinutes); });
    setDefaultMinutes(m_defaultMinutes);
    addSeparator();
    for (int minutes : {25, 50, 90}) {
        QAction *a = addAction(tr("Focus for %1 minutes").arg(minutes));
        a->setData(minutes);
        connect(a, &QAction::triggered, this, [this, minutes] { Q_EMIT startRequested(minutes); });
        m_starts << a;
    }
    m_until = addAction(QString());
    connect(m_until, &QAction::triggered, this, [this] { Q_EMIT startUntilRequested(m_untilTime); });
    addSeparator();
    m_extend = addAction(tr("E&xtend 15 min"));
    connect(m_extend, &QAction::triggered, this, [this] { Q_EMIT extendRequested(15); });
    m_stop = addAction(tr("&End session"));
    connect(m_stop, &QAction::triggered, this, &FocusMenu::stopRequested);
    setUntilTime(defaultUntil(QTime::currentTime()));
    connect(this, &QMenu::aboutToShow, this, [this] { setUntilTime(defaultUntil(QTime::currentTime())); });
    setFocusing(false);
}

void FocusMenu::setFocusing(bool focusing)
{
    m_stop->setEnabled(focusing);
    m_extend->setEnabled(focusing);
}

void FocusMenu::setDefaultMinutes(int minutes)
{
    m_defaultMinutes = std::clamp(minutes, 1, 24 * 60);
    m_default->setText(tr("&Start focus (%1 min)").arg(m_defaultMinutes));
}

void FocusMenu::setUntilTime(QTime until)
{
    m_untilTime = until;
    m_until->setText(tr("Focus until %1").arg(QLocale().toString(until, QLocale::ShortFormat)));
}

QAction *FocusMenu::startAction(int minutes) const
{
    for (QAction *a : m_starts) {
        if (a->data().toInt() == minutes)
            return a;
    }
    return nullptr;
}

QTime FocusMenu::defaultUntil(QTime now)
{
    const QTime later = now.addSecs(15 * 60);
    QTime hour(later.hour(), 0);
    if (later.minute() != 0 || later.second() != 0)
        hour = hour.addSecs(3600);
    return hour;
}

} // namespace fi
