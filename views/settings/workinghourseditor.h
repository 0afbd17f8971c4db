#pragma once
/// @file workinghourseditor.h
/// @brief Editor for WorkingHours: one line per weekday ("09:00-12:00, 13:00-17:00", 15-minute
/// steps, validated as you type), a searchable IANA time-zone box, and the holiday list with
/// add / remove / "Import .ics…". GUI thread only; the .ics import runs on a pool thread.

#include "deadlines/workinghours.h"

#include <QSet>
#include <QWidget>

#include <array>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
template <typename T> class QFutureWatcher;

namespace fi {

/// What a holiday calendar import found (worker thread → GUI thread by value).
struct HolidayImportResult {
    QSet<QDate> dates;  ///< The calendar's holidays (empty on error).
    QString error;      ///< Translated, names the file; empty on success.
};

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

    /// Import the holidays of the iCalendar file @p path (what "Import .ics…" does after its
    /// file dialog). Returns at once: the file is read and parsed on a pool thread while the
    /// dialog stays usable; holidayImportFinished() reports the outcome, which is also shown
    /// under the holiday list. Ignored while an import is running.
    void importHolidaysFrom(const QString &path);
    /// True while an import runs.
    bool isImporting() const;
    /// The line under the holiday list ("Importing…", the result or the error), for tests.
    QLabel *importStatusLabel() const { return m_importStatus; }

    /// Reads and parses @p path (any thread; no widgets). Refuses anything but a regular file
    /// of at most kMaxIcsBytes (a FIFO or /dev/zero would block or never end).
    static HolidayImportResult readHolidayFile(const QString &path);
    static constexpr qint64 kMaxIcsBytes = 8 * 1024 * 1024;

    /// "09:00-12:00, 13:00-17:00" → intervals; false with a translated @p error when malformed.
    static bool parseDay(const QString &text, QList<WorkInterval> *out, QString *error);
    static QString formatDay(const QList<WorkInterval> &intervals);

Q_SIGNALS:
    /// The schedule, zone or holidays changed, or a weekday line became invalid (isValid()).
    void changed();
    /// An import started by importHolidaysFrom() ended: @p added new dates, or @p error (translated).
    void holidayImportFinished(int added, const QString &error);

private:
    void onDayEdited(int index);
    void onZoneChosen();
    void addHoliday();
    void removeHoliday();
    void importIcs();
    void onImportFinished();
    void showHolidays();

    WorkingHours m_hours;
    std::array<QLineEdit *, 7> m_days{};
    QLabel *m_error;         ///< Qt::PlainText: quotes what was typed.
    QComboBox *m_zone;
    QListWidget *m_holidays;
    QDateEdit *m_newHoliday;
    QPushButton *m_import;
    QLabel *m_importStatus;  ///< Qt::PlainText: names the imported file; errors may quote it.
    QFutureWatcher<HolidayImportResult> *m_importWatcher;
};

} // namespace fi
