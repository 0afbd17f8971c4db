// Holiday .ics import in the working-hours editor (issue 9): the file is read and parsed on a
// pool thread; the result arrives through the watcher's signal while the dialog keeps
// handling input, and files that would block or never end (a FIFO, /dev/zero) are refused.
#include "settings/workinghourseditor.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <sys/stat.h>

using namespace fi;

namespace {

QByteArray event(QDate date, int n)
{
    return "BEGIN:VEVENT\r\nUID:h" + QByteArray::number(n) + "@example.org\r\nDTSTAMP:20260101T000000Z\r\n"
           "DTSTART;VALUE=DATE:" + date.toString(QStringLiteral("yyyyMMdd")).toLatin1() + "\r\nSUMMARY:Holiday "
           + QByteArray::number(n) + "\r\nEND:VEVENT\r\n";
}

bool writeCalendar(const QString &path, const QList<QDate> &dates)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//focusinbox//test//EN\r\n");
    int n = 0;
    for (const QDate &d : dates)
        f.write(event(d, ++n));
    f.write("END:VCALENDAR\r\n");
    return true;
}

QPushButton *importButton(WorkingHoursEditor &editor)
{
    return editor.findChild<QPushButton *>(QStringLiteral("importHolidays"));
}

} // namespace

class TestHolidayImport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void resultArrivesThroughTheWatcher()
    {
        const QString path = m_dir.filePath(QStringLiteral("holidays.ics"));
        QVERIFY(writeCalendar(path, {QDate(2026, 12, 25), QDate(2026, 12, 26)}));
        WorkingHoursEditor editor;
        editor.setWorkingHours(WorkingHours::defaults(QTimeZone::utc()));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QPushButton *button = importButton(editor);
        QVERIFY(button);
        QSignalSpy finished(&editor, &WorkingHoursEditor::holidayImportFinished);
        QSignalSpy changed(&editor, &WorkingHoursEditor::changed);

        editor.importHolidaysFrom(path);
        // Returned at once: nothing applied yet, the button waits, the status says so.
        QVERIFY(finished.isEmpty());
        QVERIFY(editor.workingHours().holidays().isEmpty());
        QVERIFY(!button->isEnabled());
        QCOMPARE(editor.importStatusLabel()->text(), QStringLiteral("Importing holidays from holidays.ics…"));

        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toInt(), 2);
        QCOMPARE(finished.first().at(1).toString(), QString());
        QCOMPARE(editor.workingHours().holidays(), (QSet<QDate>{QDate(2026, 12, 25), QDate(2026, 12, 26)}));
        QCOMPARE(changed.size(), 1);
        QVERIFY(button->isEnabled());
        QCOMPARE(editor.importStatusLabel()->text(), QStringLiteral("Imported 2 new holiday(s)."));

        // Importing the same file again adds nothing and changes nothing.
        editor.importHolidaysFrom(path);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).toInt(), 0);
        QCOMPARE(changed.size(), 1);
    }

    void dialogKeepsTakingInputDuringALargeImport()
    {
        // A large calendar (≈ 2.5 MB, 19,000 all-day events, just under the importer's 20,000-event
        // bound): parsing it takes a while.
        QList<QDate> dates;
        for (int i = 0; i < 19000; ++i)
            dates << QDate(2000, 1, 1).addDays(i % 15000);
        const QString path = m_dir.filePath(QStringLiteral("large.ics"));
        QVERIFY(writeCalendar(path, dates));
        QVERIFY(QFileInfo(path).size() < WorkingHoursEditor::kMaxIcsBytes);

        WorkingHoursEditor editor;
        editor.setWorkingHours(WorkingHours::defaults(QTimeZone::utc()));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QSignalSpy finished(&editor, &WorkingHoursEditor::holidayImportFinished);
        QLineEdit *monday = editor.dayEdit(Qt::Monday);

        // Typing queued right behind the import must be handled while the import still runs.
        bool typedWhileImporting = false;
        QTimer::singleShot(0, this, [&] {
            QTest::keyClicks(monday, QStringLiteral(", 18:00-19:00"));
            typedWhileImporting = finished.isEmpty();
        });
        QElapsedTimer clock;
        qint64 maxGapMs = 0;
        qint64 lastTick = 0;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this, [&] {
            maxGapMs = std::max(maxGapMs, clock.elapsed() - lastTick);
            lastTick = clock.elapsed();
        });
        clock.start();
        ticker.start();
        editor.importHolidaysFrom(path);
        const qint64 returnedAfterMs = clock.elapsed();
        QVERIFY(finished.wait(120000));
        const qint64 importMs = clock.elapsed();
        ticker.stop();
        qInfo("import of %lld bytes: call returned after %lld ms, result after %lld ms; "
              "longest GUI event-loop gap %lld ms",
              QFileInfo(path).size(), returnedAfterMs, importMs, maxGapMs);
        QVERIFY(typedWhileImporting);
        QVERIFY(monday->text().endsWith(QLatin1String(", 18:00-19:00")));
        QCOMPARE(finished.first().at(1).toString(), QString());
        QCOMPARE(editor.workingHours().holidays().size(), 15000);
        // Parsing on the GUI thread would make the call take the whole import time and stop
        // the event loop for as long.
        QVERIFY2(returnedAfterMs * 4 < importMs, "the call did not return before the parse");
        QVERIFY2(maxGapMs * 2 < importMs, "the event loop stalled during the import");
    }

    void refusesWhatWouldBlockOrNeverEnd_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("error");
        const QString fifo = m_dir.filePath(QStringLiteral("calendar.fifo"));
        ::mkfifo(QFile::encodeName(fifo).constData(), 0600);
        QTest::newRow("fifo") << fifo << QStringLiteral("%1 is not a regular file.").arg(fifo);
        QTest::newRow("dev-zero") << QStringLiteral("/dev/zero") << QStringLiteral("/dev/zero is not a regular file.");
        const QString missing = m_dir.filePath(QStringLiteral("<b>missing</b>.ics"));
        QTest::newRow("missing") << missing
                                 << QStringLiteral("Cannot read holiday calendar %1: it does not exist.").arg(missing);
        const QString big = m_dir.filePath(QStringLiteral("big.ics"));
        QFile f(big);
        if (f.open(QIODevice::WriteOnly)) {
            f.resize(WorkingHoursEditor::kMaxIcsBytes + 1);
            f.close();
        }
        QTest::newRow("too-large") << big
                                   << QStringLiteral("%1 is too large for a holiday calendar (8 MB; at most 8 MB).").arg(big);
    }
    void refusesWhatWouldBlockOrNeverEnd()
    {
        QFETCH(QString, path);
        QFETCH(QString, error);
        WorkingHoursEditor editor;
        editor.setWorkingHours(WorkingHours::defaults(QTimeZone::utc()));
        QSignalSpy finished(&editor, &WorkingHoursEditor::holidayImportFinished);
        QElapsedTimer clock;
        clock.start();
        editor.importHolidaysFrom(path);
        QVERIFY(finished.wait(5000));
        QVERIFY(clock.elapsed() < 5000);
        QCOMPARE(finished.first().at(1).toString(), error);
        QCOMPARE(editor.importStatusLabel()->text(), error);
        QCOMPARE(editor.importStatusLabel()->textFormat(), Qt::PlainText);
        QVERIFY(editor.workingHours().holidays().isEmpty());
    }

    void cleanupTestCase() { QThreadPool::globalInstance()->waitForDone(); }
};

QTEST_MAIN(TestHolidayImport)
#include "tst_holidayimport.moc"
