#pragma once
/// @file snoozefeature.h
/// @brief Wires the snooze picker into the main window: `s` (action item.snooze, "S&nooze…")
/// opens it for MainWindow::targetItems(); a choice snoozes them through
/// MainWindow::snoozeUntil() (one undo step). Times are read in the zone and working hours of
/// MainWindow::appConfig(); "after this focus session" uses MainWindow::focusSessionEndMs()
/// (the app sets its source). GUI thread only; a child of the window.

#include "snooze/snoozephrase.h"

#include <QObject>

#include <functional>
#include <optional>

namespace fi {

class MainWindow;
class SnoozePicker;

class SnoozeFeature : public QObject {
    Q_OBJECT
public:
    /// "Now", UTC epoch ms (tests fix it).
    using Clock = std::function<qint64()>;

    /// Connects @p window's item.snooze action; parented to the window.
    explicit SnoozeFeature(MainWindow &window);

    void setClock(Clock clock) { m_clock = std::move(clock); }

    /// What phrases and choices are read against now.
    SnoozeContext context() const;
    SnoozePicker *picker() const { return m_picker; }

public Q_SLOTS:
    /// Open the picker for the window's target items (nothing to snooze: does nothing).
    void open();

private:
    MainWindow &m_window;
    SnoozePicker *m_picker;
    Clock m_clock;
};

} // namespace fi
