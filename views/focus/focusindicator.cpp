#include "focus/focusindicator.h"

namespace fi {

FocusIndicator::FocusIndicator(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("focusIndicator"));
    render();
}

QString FocusIndicator::remainingText(qint64 remainingMs)
{
    const qint64 minutes = (remainingMs + 59999) / 60000;
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

void FocusIndicator::setState(bool focusing, qint64 remainingMs, int held)
{
    m_focusing = focusing;
    m_remainingMs = remainingMs;
    m_held = held;
    render();
}

void FocusIndicator::setDndBackend(const QString &displayName, bool functional)
{
    m_dndNote = functional ? tr("Desktop Do Not Disturb: %1").arg(displayName)
                           : tr("Desktop Do Not Disturb: not supported here");
    render();
}

void FocusIndicator::render()
{
    if (m_focusing) {
        setText(tr("● Focusing — %1 left · %n held back", nullptr, m_held).arg(remainingText(m_remainingMs)));
        setStyleSheet(QStringLiteral("QLabel { color: palette(highlight); font-weight: bold; }"));
    } else {
        setText(tr("Not focusing"));
        setStyleSheet(QString());
    }
    setToolTip(m_dndNote);
}

} // namespace fi
