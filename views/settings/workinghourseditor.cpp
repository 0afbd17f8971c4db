#include "settings/workinghourseditor.h"

#include "concurrency/workerpool.h"
#include "plaintext.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace fi {

WorkingHoursEditor::WorkingHoursEditor(QWidget *parent) : QWidget(parent)
{
    auto *form = new QFormLayout;
    for (int i = 0; i < 7; ++i) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("day%1").arg(i + 1));
        edit->setPlaceholderText(tr("not working"));
        edit->setToolTip(tr("Intervals in 15-minute steps, e.g. 09:00-12:00, 13:00-17:00"));
        connect(edit, &QLineEdit::textEdited, this, [this, i] { onDayEdited(i); });
        m_days[i] = edit;
        form->addRow(QLocale().standaloneDayName(i + 1, QLocale::LongFormat), edit);
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("hoursError"));
    makePlainLabel(m_error);  // Qt::PlainText: quotes what was typed
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    form->addRow(m_error);

    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("timeZone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    connect(m_zone, &QComboBox::activated, this, &WorkingHoursEditor::onZoneChosen);
    connect(m_zone->lineEdit(), &QLineEdit::editingFinished, this, &WorkingHoursEditor::onZoneChosen);
    form->addRow(tr("Time zone"), m_zone);

    m_holidays = new QListWidget(this);
    m_holidays->setObjectName(QStringLiteral("holidays"));
    m_holidays->setMaximumHeight(90);
    m_newHoliday = new QDateEdit(QDate::currentDate(), this);
    m_newHoliday->setCalendarPopup(true);
    auto *add = new QPushButton(tr("Add"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    m_import = new QPushButton(tr("Import .ics…"), this);
    m_import->setObjectName(QStringLiteral("importHolidays"));
    connect(add, &QPushButton::clicked, this, &WorkingHoursEditor::addHoliday);
    connect(remove, &QPushButton::clicked, this, &WorkingHoursEditor::removeHoliday);
    connect(m_import, &QPushButton::clicked, this, &WorkingHoursEditor::importIcs);
    m_importWatcher = new QFutureWatcher<HolidayImportResult>(this);
    connect(m_importWatcher, &QFutureWatcher<HolidayImportResult>::finished, this,
            &WorkingHoursEditor::onImportFinished);
    m_importStatus = new QLabel(this);
    m_importStatus->setObjectName(QStringLiteral("holidayImportStatus"));
    makePlainLabel(m_importStatus);  // Qt::PlainText: names the file; errors may quote it
    m_importStatus->setWordWrap(true);
    m_importStatus->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newHoliday);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    buttons->addWidget(m_import);
    auto *holidayBox = new QVBoxLayout;
    holidayBox->addWidget(m_holidays);
    holidayBox->addLayout(buttons);
    holidayBox->addWidget(m_importStatus);
    form->addRow(tr("Holidays"), holidayBox);
    setLayout(form);
}

bool WorkingHoursEditor::parseDay(const QString &text, QList<WorkInterval> *out, QString *error)
{
    out->clear();
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString trimmed = part.trimmed();
        if (trimmed.isEmpty())
            continue;
        WorkInterval interval;
        if (!WorkingHours::parseInterval(trimmed, &interval, error))
            return false;
        out->append(interval);
    }
    WorkingHours probe;  // setIntervals() checks steps, bounds and overlaps
    return probe.setIntervals(Qt::Monday, *out, error);
}

QString WorkingHoursEditor::formatDay(const QList<WorkInterval> &intervals)
{
    QStringList parts;
    for (const WorkInterval &interval : intervals)
        parts << WorkingHours::formatInterval(interval);
    return parts.join(QStringLiteral(", "));
}

void WorkingHoursEditor::setWorkingHours(const WorkingHours &hours)
{
    m_hours = hours;
    for (int i = 0; i < 7; ++i) {
        m_days[i]->setText(formatDay(hours.intervals(Qt::DayOfWeek(i + 1))));
        m_days[i]->setStyleSheet(QString());
    }
    m_error->hide();
    m_zone->setCurrentText(QString::fromUtf8(hours.timeZone().id()));
    showHolidays();
}

bool WorkingHoursEditor::isValid() const
{
    return std::all_of(m_days.cbegin(), m_days.cend(), [](const QLineEdit *edit) {
        QList<WorkInterval> intervals;
        return parseDay(edit->text(), &intervals, nullptr);
    });
}

void WorkingHoursEditor::onDayEdited(int index)
{
    QList<WorkInterval> intervals;
    QString error;
    const Qt::DayOfWeek day = Qt::DayOfWeek(index + 1);
    if (!parseDay(m_days[index]->text(), &intervals, &error)
        || !m_hours.setIntervals(day, intervals, &error)) {
        m_days[index]->setStyleSheet(QStringLiteral("border: 1px solid #b3261e;"));
        m_error->setText(tr("%1: %2").arg(QLocale().standaloneDayName(index + 1), error));
        m_error->show();
        Q_EMIT changed();  // validity changed (the schedule keeps the day's last valid value)
        return;
    }
    m_days[index]->setStyleSheet(QString());
    if (isValid())
        m_error->hide();
    Q_EMIT changed();
}

void WorkingHoursEditor::onZoneChosen()
{
    const QTimeZone zone(m_zone->currentText().trimmed().toUtf8());
    if (!zone.isValid()) {
        m_zone->setCurrentText(QString::fromUtf8(m_hours.timeZone().id()));
        return;
    }
    if (zone.id() == m_hours.timeZone().id())
        return;
    m_hours.setTimeZone(zone);
    Q_EMIT changed();
}

void WorkingHoursEditor::addHoliday()
{
    if (m_hours.isHoliday(m_newHoliday->date()))
        return;
    m_hours.addHoliday(m_newHoliday->date());
    showHolidays();
    Q_EMIT changed();
}

void WorkingHoursEditor::removeHoliday()
{
    const QListWidgetItem *current = m_holidays->currentItem();
    if (!current)
        return;
    QSet<QDate> dates = m_hours.holidays();
    dates.remove(current->data(Qt::UserRole).toDate());
    m_hours.setHolidays(dates);
    showHolidays();
    Q_EMIT changed();
}

void WorkingHoursEditor::importIcs()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import holidays"), QString(),
                                                      tr("iCalendar files (*.ics);;All files (*)"));
    if (!path.isEmpty())
        importHolidaysFrom(path);
}

HolidayImportResult WorkingHoursEditor::readHolidayFile(const QString &path)
{
    HolidayImportResult result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = tr("Cannot read holiday calendar %1: it does not exist.").arg(path);
        return result;
    }
    if (!info.isFile()) {  // a FIFO would block, a device such as /dev/zero never ends
        result.error = tr("%1 is not a regular file.").arg(path);
        return result;
    }
    if (info.size() > kMaxIcsBytes) {
        result.error = tr("%1 is too large for a holiday calendar (%2 MB; at most %3 MB).")
                           .arg(path)
                           .arg(info.size() / (1024 * 1024))
                           .arg(kMaxIcsBytes / (1024 * 1024));
        return result;
    }
    WorkingHours scratch;
    if (scratch.importHolidaysFromIcs(path, &result.error))
        result.dates = scratch.holidays();
    return result;
}

bool WorkingHoursEditor::isImporting() const
{
    return m_importWatcher->isRunning();
}

void WorkingHoursEditor::importHolidaysFrom(const QString &path)
{
    if (isImporting())
        return;
    m_import->setEnabled(false);
    m_importStatus->setStyleSheet(QString());
    m_importStatus->setText(tr("Importing holidays from %1…").arg(QFileInfo(path).fileName()));
    m_importStatus->show();
    m_importWatcher->setFuture(QtConcurrent::run(workerPool(), &WorkingHoursEditor::readHolidayFile, path));
}

void WorkingHoursEditor::onImportFinished()
{
    m_import->setEnabled(true);
    const HolidayImportResult result = m_importWatcher->result();
    if (!result.error.isEmpty()) {
        m_importStatus->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_importStatus->setText(result.error);
        Q_EMIT holidayImportFinished(0, result.error);
        return;
    }
    int added = 0;
    for (const QDate &date : result.dates) {
        if (!m_hours.isHoliday(date)) {
            m_hours.addHoliday(date);
            ++added;
        }
    }
    m_importStatus->setText(tr("Imported %n new holiday(s).", nullptr, added));
    showHolidays();
    if (added > 0)
        Q_EMIT changed();
    Q_EMIT holidayImportFinished(added, QString());
}

void WorkingHoursEditor::showHolidays()
{
    QList<QDate> dates(m_hours.holidays().cbegin(), m_hours.holidays().cend());
    std::sort(dates.begin(), dates.end());
    m_holidays->clear();
    for (const QDate &date : std::as_const(dates)) {
        auto *item = new QListWidgetItem(QLocale().toString(date, QLocale::ShortFormat), m_holidays);
        item->setData(Qt::UserRole, date);
    }
}

} // namespace fi
