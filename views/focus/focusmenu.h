#pragma once
/// @file focusmenu.h
/// @brief The "Focus" menu shared by the tray icon and the main window: Focus for 25 / 50 / 90
/// minutes, Focus until…, End session, Extend 15 min. Emits requests; holds no state besides
/// what setFocusing() tells it. GUI thread only.

#include <QMenu>
#include <QTime>

namespace fi {

class FocusMenu : public QMenu {
    Q_OBJECT
public:
    explicit FocusMenu(QWidget *parent = nullptr);

    /// Enable "End session"/"Extend" while focusing, the start entries otherwise.
    void setFocusing(bool focusing);
    /// The "Focus until HH:mm" entry's time (default: the next full hour at least 15 min away).
    void setUntilTime(QTime until);

    QAction *startAction(int minutes) const;  ///< 25, 50 or 90; nullptr otherwise.
    QAction *untilAction() const { return m_until; }
    QAction *stopAction() const { return m_stop; }
    QAction *extendAction() const { return m_extend; }

    /// The next full hour at least 15 minutes after @p now (wall-clock, for "until 12:00").
    static QTime defaultUntil(QTime now);

Q_SIGNALS:
    void startRequested(int minutes);
    void startUntilRequested(QTime until);
    void stopRequested();
    void extendRequested(int minutes);

private:
    QList<QAction *> m_starts;
    QAction *m_until = nullptr;
    QAction *m_stop = nullptr;
    QAction *m_extend = nullptr;
    QTime m_untilTime;
};

} // namespace fi
