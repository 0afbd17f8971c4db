#pragma once
/// @file focusmenu.h
/// @brief The "Focus" menu shared by the tray icon and the main window: Start focus (the
/// configured default length, Preferences ▸ Focus), Focus for 25 / 50 / 90 minutes, Focus until…,
/// End session, Extend 15 min. Emits requests; holds no state besides
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
    /// Length of "Start focus" in minutes (FocusSettings::defaultSessionMinutes; default 50).
    void setDefaultMinutes(int minutes);
    int defaultMinutes() const { return m_defaultMinutes; }
    /// "Start focus (N min)": emits startRequested(defaultMinutes()).
    QAction *defaultStartAction() const { return m_default; }

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
    QAction *m_default = nullptr;
    int m_defaultMinutes = 50;
    QList<QAction *> m_starts;
    QAction *m_until = nullptr;
    QAction *m_stop = nullptr;
    QAction *m_extend = nullptr;
    QTime m_untilTime;
};

} // namespace fi
