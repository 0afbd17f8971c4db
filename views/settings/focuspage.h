#pragma once
/// @file focuspage.h
/// @brief Preferences ▸ Focus (issue 14): the weekly schedule drawn on a week grid and its time
/// zone, a preview of the next session, the default length of a manual session, the calendar
/// (.ics) that adds sessions (with how many it yields this week), who breaks through a session,
/// and the desktop's Do Not Disturb (switch it during sessions; try it). Edits a copy of the
/// "focus" section; the dialog's OK hands it back through applyTo(). Validates as you type:
/// isValid() is false, and problemText() says why, while a field is wrong. GUI thread only.

#include "config/appconfig.h"
#include "settings/dndprobe.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace fi {

class WeekGrid;

class FocusPage : public QWidget {
    Q_OBJECT
public:
    /// Returns "now" in UTC epoch ms (replaceable for tests).
    using Clock = std::function<qint64()>;

    /// @param config its "focus" section is what the page starts from; keys the page does not
    /// show (tier3Sources, deadlineBeforeEnd) are kept as they are.
    explicit FocusPage(const AppConfig &config, QWidget *parent = nullptr);

    /// @p config with this page's "focus" section.
    AppConfig applyTo(AppConfig config) const;
    /// The edited "focus" section (schedule in the chosen zone, calendar, rules, DND, length).
    FocusSettings settings() const;
    /// False while the zone, the calendar pattern, a newly typed calendar file or a sender is
    /// invalid (a calendar file config.json named that is gone now is reported, not blocking).
    bool isValid() const;
    /// What is wrong ("" when nothing); also shown on the page.
    QString problemText() const;

    void setClock(Clock clock);
    /// The desktop's DND backend as the app detected it, and its test (see DndProbe).
    void setDndProbe(DndProbe probe);

    /// "Your next session: Tue 09:00–11:00", "In a session now, until 11:00" or "No session
    /// scheduled", in the schedule's zone (calendar sessions count too).
    QString previewText() const;
    /// "3 sessions in the next 7 days" for the calendar file, "" without one.
    QString calendarPreviewText() const;

    WeekGrid *weekGrid() const { return m_grid; }
    QComboBox *zoneBox() const { return m_zone; }
    QSpinBox *minutesBox() const { return m_minutes; }
    QLineEdit *calendarFileEdit() const { return m_calendarFile; }
    QLineEdit *calendarPatternEdit() const { return m_pattern; }
    QRadioButton *tier3OnlyButton() const { return m_tier3Only; }
    QRadioButton *tier3AndOverdueButton() const { return m_tier3Overdue; }
    QPlainTextEdit *sendersEdit() const { return m_senders; }
    QCheckBox *dndBox() const { return m_dnd; }
    QPushButton *dndTestButton() const { return m_dndTest; }
    QLabel *dndResultLabel() const { return m_dndResult; }

Q_SIGNALS:
    void changed();

private:
    QWidget *buildSchedule();
    QWidget *buildSessions();
    QWidget *buildCalendar();
    QWidget *buildBreakthrough();
    QWidget *buildDnd();
    void browseCalendar();
    void reloadCalendar();
    void runDndTest();
    void refresh();
    QTimeZone zone() const;
    QStringList senders(QStringList *invalid) const;
    QStringList problems(bool blockingOnly) const;

    FocusSettings m_original;
    Clock m_clock;
    DndProbe m_probe;

    WeekGrid *m_grid = nullptr;
    QComboBox *m_zone = nullptr;
    QLabel *m_preview = nullptr;
    QSpinBox *m_minutes = nullptr;
    QLineEdit *m_calendarFile = nullptr;
    QLineEdit *m_pattern = nullptr;
    QLabel *m_calendarPreview = nullptr;
    QRadioButton *m_sendersOnly = nullptr;
    QRadioButton *m_tier3Only = nullptr;
    QRadioButton *m_tier3Overdue = nullptr;
    QPlainTextEdit *m_senders = nullptr;
    QCheckBox *m_dnd = nullptr;
    QLabel *m_dndBackend = nullptr;
    QPushButton *m_dndTest = nullptr;
    QLabel *m_dndResult = nullptr;
    QLabel *m_problem = nullptr;

    QList<FocusInterval> m_calendarIntervals;  ///< Read for [now − 1 day, now + 8 days).
    qint64 m_calendarFromMs = 0;
    QString m_calendarError;
};

} // namespace fi
