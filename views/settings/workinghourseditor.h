#pragma once
/// @file workinghourseditor.h
/// @brief Editor for WorkingHours: one line per weekday ("09:00-12:00, 13:00-17:00", 15-minute
/// steps, validated as you type), a searchable IANA time-zone box, and the holiday list with
/// add / remove / "Import .ics…". GUI thread only.

#include "deadlines/workinghours.h"

#include <QWidget>

#include <array>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;

namespace fi {

class WorkingHoursEditor : public QWidget {
    Q_OBJECT
public:
    explicit WorkingHoursEditor(QWidget *parent = nullptr);

    void setWorkingHours(const WorkingHours &hours);
    /// The schedule as edited; days whose line is invalid keep their last valid intervals.
    WorkingHours workingHours() const { return m_hours; }
    /// True when every weekday line is valid.
    bool isValid() const;

    /// The line edit of @p day (Qt::Monday … Qt::Sunday), for tests.
    QLineEdit *dayEdit(Qt::DayOfWeek day) const { return m_days.at(day - 1); }
    QComboBox *zoneBox() const { return m_zone; }

    /// "09:00-12:00, 13:00-17:00" → intervals; false with a translated @p error when malformed.
    static bool parseDay(const QString &text, QList<WorkInterval> *out, QString *error);
    static QString formatDay(const QList<WorkInterval> &intervals);

Q_SIGNALS:
    /// The schedule, zone or holidays changed, or a weekday line became invalid (isValid()).
    void changed();

private:
    void onDayEdited(int index);
    void onZoneChosen();
    void addHoliday();
    void removeHoliday();
    void importIcs();
    void showHolidays();

    WorkingHours m_hours;
    std::array<QLineEdit *, 7> m_days{};
    QLabel *m_error;
    QComboBox *m_zone;
    QListWidget *m_holidays;
    QDateEdit *m_newHoliday;
};

} // namespace fi
