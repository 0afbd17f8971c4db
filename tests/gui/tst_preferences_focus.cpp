// Preferences ▸ Focus (issue 14): a block drawn with the mouse on the week grid is the session the
// real FocusStateMachine starts (after a save/load of config.json, as the app does), resizing
// and deleting it change that, editing one day of a Mon–Fri block splits that day off, the
// preview names the next session, the calendar preview counts the .ics file's sessions, the
// page validates as you type (the dialog's OK follows), and "Test" shows what the app's DND
// probe reports. Times in expectations are worked out by hand: Europe/Berlin is UTC+1 in early
// March 2024 (summer time starts on 31 March).
#include "config/appconfig.h"
#include "focus/focusstate.h"
#include "settings/focus/weekgrid.h"
#include "settings/focuspage.h"
#include "settings/preferencesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace fi;

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;

/// UTC epoch ms of a UTC wall-clock time.
qint64 utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc()).toMSecsSinceEpoch();
}

// Berlin, March 2024 (CET, UTC+1): Tuesday 5 March 09:00 local is 08:00 UTC.
const qint64 kTue0900 = utc(2024, 3, 5, 8, 0);
const qint64 kTue1100 = utc(2024, 3, 5, 10, 0);
const qint64 kTue1130 = utc(2024, 3, 5, 10, 30);
const qint64 kMonNoon = utc(2024, 3, 4, 11, 0);  // Monday 4 March 12:00 in Berlin

AppConfig berlinConfig(QList<FocusBlock> blocks = {})
{
    AppConfig config;
    config.focus.schedule = FocusSchedule(QTimeZone("Europe/Berlin"), std::move(blocks));
    return config;
}

void drag(QWidget *w, QPoint from, QPoint to)
{
    QTest::mousePress(w, Qt::LeftButton, {}, from);
    const QPoint middle = (from + to) / 2;
    QTest::mouseMove(w, middle);
    QTest::mouseMove(w, to);
    QTest::mouseRelease(w, Qt::LeftButton, {}, to);
}

/// The schedule as the app gets it: written to config.json and read back.
FocusSchedule savedAndLoaded(const AppConfig &config)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config.json"));
    QString error;
    if (!config.save(path, &error))
        qFatal("save failed: %s", qPrintable(error));
    const AppConfig loaded = AppConfig::load(path);
    if (!loaded.errors().isEmpty())
        qFatal("load errors: %s", qPrintable(loaded.errors().join(QLatin1Char(';'))));
    return loaded.focus.schedule;
}

/// What the state machine does at @p nowMs with @p schedule, from idle (as FocusController).
std::optional<FocusSession> sessionAt(const FocusSchedule &schedule, qint64 nowMs)
{
    FocusStateMachine machine(schedule);
    const QList<FocusEvent> events = machine.update(nowMs);
    if (events.isEmpty() || events.last().kind != FocusEvent::Started)
        return std::nullopt;
    return machine.session();
}

QPushButton *okButton(PreferencesDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

class TestPreferencesFocus : public QObject {
    Q_OBJECT

    std::unique_ptr<FocusPage> m_page;

    WeekGrid *grid() const { return m_page->weekGrid(); }
    void showPage(const AppConfig &config)
    {
        m_page = std::make_unique<FocusPage>(config);
        m_page->setClock([] { return kMonNoon; });
        m_page->resize(1100, 760);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QVERIFY(grid()->height() >= 24 * 8);  // at least 2 px per 15 minutes: the drags below land
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }  // "Tue", 24-hour times
    void cleanup() { m_page.reset(); }

    void drawnBlockIsTheSessionTheStateMachineStarts()
    {
        showPage(berlinConfig());
        QVERIFY(grid()->blocks().isEmpty());
        drag(grid(), grid()->pointFor(2, QTime(9, 0)), grid()->pointFor(2, QTime(11, 0)));
        QCOMPARE(grid()->blocks().size(), 1);

        FocusSchedule schedule = savedAndLoaded(m_page->applyTo(berlinConfig()));
        QCOMPARE(schedule.zone().id(), QByteArray("Europe/Berlin"));
        QVERIFY(!sessionAt(schedule, kTue0900 - kMinuteMs));  // 08:59: nothing yet
        auto session = sessionAt(schedule, kTue0900);
        QVERIFY(session);
        QCOMPARE(session->origin, FocusOrigin::Schedule);
        QCOMPARE(session->startMs, kTue0900);
        QCOMPARE(session->plannedEndMs, kTue1100);
        QVERIFY(!sessionAt(schedule, kTue0900 + 24 * 60 * kMinuteMs));  // Wednesday: not drawn
        QVERIFY(!sessionAt(schedule, kTue0900 - 24 * 60 * kMinuteMs));  // Monday: not drawn

        // Resize: drag the bottom edge from 11:00 to 11:30.
        drag(grid(), grid()->pointFor(2, QTime(11, 0)), grid()->pointFor(2, QTime(11, 30)));
        QCOMPARE(grid()->blocks().size(), 1);
        schedule = savedAndLoaded(m_page->applyTo(berlinConfig()));
        session = sessionAt(schedule, kTue0900);
        QVERIFY(session);
        QCOMPARE(session->plannedEndMs, kTue1130);

        // Delete: click the block to select it, then Delete.
        QTest::mouseClick(grid(), Qt::LeftButton, {}, grid()->pointFor(2, QTime(10, 0)));
        QCOMPARE(grid()->selectedBlock(), 0);
        QTest::keyClick(grid(), Qt::Key_Delete);
        QVERIFY(grid()->blocks().isEmpty());
        schedule = savedAndLoaded(m_page->applyTo(berlinConfig()));
        QVERIFY(schedule.blocks().isEmpty());
        QVERIFY(!sessionAt(schedule, kTue0900));
        QVERIFY(!sessionAt(schedule, kTue0900 + 30 * kMinuteMs));
        QCOMPARE(m_page->previewText(), QStringLiteral("No session scheduled"));
    }

    void previewFollowsTheDrawing()
    {
        showPage(berlinConfig());
        auto *label = m_page->findChild<QLabel *>(QStringLiteral("focusNextSession"));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("No session scheduled"));
        QCOMPARE(label->textFormat(), Qt::PlainText);
        drag(grid(), grid()->pointFor(2, QTime(9, 0)), grid()->pointFor(2, QTime(11, 0)));
        QCOMPARE(label->text(), QStringLiteral("Your next session: Tue 09:00–11:00"));
        // Inside the block: the session is on.
        m_page->setClock([] { return kTue0900 + 60 * kMinuteMs; });
        QCOMPARE(label->text(), QStringLiteral("In a session now, until 11:00"));
        // The zone changes what "now" is: 10:00 Berlin is 04:00 in New York, before the block there.
        m_page->zoneBox()->setCurrentText(QStringLiteral("America/New_York"));
        QCOMPARE(label->text(), QStringLiteral("Your next session: Tue 09:00–11:00"));
        QCOMPARE(m_page->applyTo(berlinConfig()).focus.schedule.zone().id(), QByteArray("America/New_York"));
    }

    void editingOneDaySplitsItOff()
    {
        showPage(berlinConfig({FocusBlock{{1, 2, 3, 4, 5}, QTime(9, 0), QTime(11, 30)}}));
        // A click selects Wednesday's copy and changes nothing.
        QTest::mouseClick(grid(), Qt::LeftButton, {}, grid()->pointFor(3, QTime(10, 0)));
        QCOMPARE(grid()->blocks().size(), 1);
        QCOMPARE(grid()->selectedDay(), 3);
        // Wednesday's end to 12:00: Wednesday becomes a block of its own.
        drag(grid(), grid()->pointFor(3, QTime(11, 30)), grid()->pointFor(3, QTime(12, 0)));
        const FocusSchedule schedule = savedAndLoaded(m_page->applyTo(berlinConfig()));
        QCOMPARE(schedule.blocks().size(), 2);
        const qint64 day = 24 * 60 * kMinuteMs;
        QCOMPARE(sessionAt(schedule, kTue0900)->plannedEndMs, kTue1130);
        QCOMPARE(sessionAt(schedule, kTue0900 + day)->plannedEndMs, kTue1100 + day + 60 * kMinuteMs);  // Wed 12:00
        QCOMPARE(sessionAt(schedule, kTue0900 + 2 * day)->plannedEndMs, kTue1130 + 2 * day);            // Thu 11:30
        // Moving Monday's copy by its middle to Saturday 14:00 leaves Tue/Thu/Fri alone.
        drag(grid(), grid()->pointFor(1, QTime(10, 0)), grid()->pointFor(6, QTime(15, 0)));
        const FocusSchedule moved = savedAndLoaded(m_page->applyTo(berlinConfig()));
        QVERIFY(!sessionAt(moved, kTue0900 - day));                                   // Monday 09:00: gone
        QCOMPARE(sessionAt(moved, utc(2024, 3, 9, 13, 0))->plannedEndMs, utc(2024, 3, 9, 15, 30));  // Sat 14:00–16:30
        QCOMPARE(sessionAt(moved, kTue0900)->plannedEndMs, kTue1130);
    }

    void blockPastMidnightAndKeyboard()
    {
        showPage(berlinConfig());
        // Friday 22:00 to midnight, then its bottom edge dragged into Saturday's column to 02:00.
        drag(grid(), grid()->pointFor(5, QTime(22, 0)), grid()->pointForMinute(5, 24 * 60));
        QCOMPARE(grid()->blocks().size(), 1);
        QCOMPARE(grid()->blocks().first().end, QTime(0, 0));
        drag(grid(), grid()->pointForMinute(5, 24 * 60), grid()->pointFor(6, QTime(2, 0)));
        QCOMPARE(grid()->blocks().first(), (FocusBlock{{5}, QTime(22, 0), QTime(2, 0)}));
        const FocusSchedule schedule = savedAndLoaded(m_page->applyTo(berlinConfig()));
        QCOMPARE(sessionAt(schedule, utc(2024, 3, 8, 21, 0))->plannedEndMs, utc(2024, 3, 9, 1, 0));  // Sat 02:00 Berlin

        // Keyboard: select with the arrow keys, Shift+Down lengthens by 15 minutes, Backspace deletes.
        grid()->select(-1, 0);
        grid()->setFocus();
        QTest::keyClick(grid(), Qt::Key_Right);
        QCOMPARE(grid()->selectedBlock(), 0);
        QTest::keyClick(grid(), Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(grid()->blocks().first().end, QTime(2, 15));
        QTest::keyClick(grid(), Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(grid()->blocks().first(), (FocusBlock{{5}, QTime(21, 45), QTime(2, 0)}));
        QTest::keyClick(grid(), Qt::Key_Backspace);
        QVERIFY(grid()->blocks().isEmpty());
        QVERIFY(!grid()->accessibleName().isEmpty());
    }

    void settingsRoundTripAndValidation()
    {
        AppConfig config = berlinConfig();
        config.focus.breakthrough.deadlineBeforeEnd = true;  // not shown on the page: kept
        PreferencesDialog dialog(config);
        dialog.showPage(QStringLiteral("focus"));
        auto *tabs = dialog.findChild<QTabWidget *>();
        QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Focus"));
        FocusPage *page = dialog.focusPage();
        QCOMPARE(tabs->currentWidget(), page);
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(page->minutesBox()->value(), 50);
        // Defaults (the system zone, whatever its id, e.g. "Etc/UTC") are valid as they are.
        QVERIFY2(FocusPage(AppConfig()).isValid(), qPrintable(FocusPage(AppConfig()).problemText()));
        QVERIFY(page->tier3OnlyButton()->isChecked());

        page->minutesBox()->setValue(40);
        page->tier3AndOverdueButton()->setChecked(true);
        page->sendersEdit()->setPlainText(QStringLiteral("Boss@Example.org\npager@example.org"));
        page->dndBox()->setChecked(false);
        QVERIFY(okButton(dialog)->isEnabled());

        // As you type: a bad address, a bad pattern, an unknown zone each disable OK and say why.
        page->sendersEdit()->setPlainText(QStringLiteral("Boss@Example.org\nnot an address"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY2(page->problemText().contains(QStringLiteral("not")), qPrintable(page->problemText()));
        page->sendersEdit()->setPlainText(QStringLiteral("Boss@Example.org\npager@example.org"));
        QVERIFY(okButton(dialog)->isEnabled());
        page->calendarPatternEdit()->setText(QStringLiteral("Focus|(Deep"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(page->problemText().contains(QStringLiteral("regular expression")));
        page->calendarPatternEdit()->setText(QStringLiteral("Focus|Deep work"));
        QVERIFY(okButton(dialog)->isEnabled());
        page->zoneBox()->setCurrentText(QStringLiteral("Mars/Olympus"));
        QVERIFY(!okButton(dialog)->isEnabled());
        page->zoneBox()->setCurrentText(QStringLiteral("Europe/Lisbon"));
        QVERIFY(okButton(dialog)->isEnabled());
        auto *problem = page->findChild<QLabel *>(QStringLiteral("focusProblem"));
        QCOMPARE(problem->textFormat(), Qt::PlainText);
        QVERIFY(problem->isHidden());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        QString error;
        QVERIFY2(dialog.config().save(path, &error), qPrintable(error));
        const AppConfig loaded = AppConfig::load(path);
        QVERIFY2(loaded.errors().isEmpty(), qPrintable(loaded.errors().join(QLatin1Char(';'))));
        QCOMPARE(loaded.focus.defaultSessionMinutes, 40);
        QVERIFY(loaded.focus.breakthrough.tier3);
        QVERIFY(loaded.focus.breakthrough.overdue);
        QVERIFY(loaded.focus.breakthrough.deadlineBeforeEnd);
        QCOMPARE(loaded.focus.breakthrough.senders,
                 (QStringList{QStringLiteral("boss@example.org"), QStringLiteral("pager@example.org")}));
        QVERIFY(!loaded.focus.controlDesktopDnd);
        QCOMPARE(loaded.focus.schedule.zone().id(), QByteArray("Europe/Lisbon"));

        // Reopened with what was saved, the page shows it.
        FocusPage again(loaded);
        QCOMPARE(again.minutesBox()->value(), 40);
        QVERIFY(again.tier3AndOverdueButton()->isChecked());
        QVERIFY(!again.dndBox()->isChecked());
    }

    void calendarPreviewCountsSessions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("focus.ics"));
        writeFile(path, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
                        "BEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Deep work\r\n"
                        "DTSTART;TZID=Europe/Berlin:20240305T130000\r\nDTEND;TZID=Europe/Berlin:20240305T150000\r\n"
                        "RRULE:FREQ=DAILY;COUNT=3\r\nEND:VEVENT\r\n"
                        "BEGIN:VEVENT\r\nUID:2\r\nSUMMARY:Team lunch\r\n"
                        "DTSTART:20240305T110000Z\r\nDTEND:20240305T120000Z\r\nEND:VEVENT\r\n"
                        "BEGIN:VEVENT\r\nUID:3\r\nSUMMARY:Focus\r\n"
                        "DTSTART:20240320T090000Z\r\nDTEND:20240320T100000Z\r\nEND:VEVENT\r\n"  // 16 days later
                        "END:VCALENDAR\r\n");
        showPage(berlinConfig());
        auto *preview = m_page->findChild<QLabel *>(QStringLiteral("focusCalendarPreview"));
        QVERIFY(preview->isHidden());  // no file, nothing to count
        m_page->calendarFileEdit()->setText(path);
        QCOMPARE(preview->text(), QStringLiteral("3 session(s) in the next 7 days"));
        QVERIFY(m_page->isValid());
        // The calendar's sessions count for the next-session preview too: Tuesday 13:00–15:00 Berlin.
        QCOMPARE(m_page->previewText(), QStringLiteral("Your next session: Tue 13:00–15:00"));
        m_page->calendarPatternEdit()->setText(QStringLiteral("lunch"));
        QCOMPARE(preview->text(), QStringLiteral("1 session(s) in the next 7 days"));
        m_page->calendarPatternEdit()->setText(QStringLiteral("standup"));
        QCOMPARE(preview->text(), QStringLiteral("0 session(s) in the next 7 days"));
        // A file that is not there: said, and not valid (it was typed here).
        m_page->calendarFileEdit()->setText(dir.filePath(QStringLiteral("missing.ics")));
        QVERIFY(!m_page->isValid());
        QVERIFY(m_page->problemText().contains(QStringLiteral("missing.ics")));
        QCOMPARE(m_page->applyTo(berlinConfig()).focus.calendarPattern, QStringLiteral("standup"));
    }

    void dndTestShowsTheProbesResult()
    {
        showPage(berlinConfig());
        QVERIFY(!m_page->dndTestButton()->isEnabled());  // nothing to test without the app's probe
        int runs = 0;
        m_page->setDndProbe({QStringLiteral("GNOME"), true, [&runs] {
                                 ++runs;
                                 return QStringLiteral("GNOME: Do Not Disturb turned on and off again");
                             }});
        auto *backend = m_page->findChild<QLabel *>(QStringLiteral("focusDndBackend"));
        QVERIFY2(backend->text().contains(QStringLiteral("GNOME")), qPrintable(backend->text()));
        QCOMPARE(backend->textFormat(), Qt::PlainText);
        QVERIFY(m_page->dndTestButton()->isEnabled());
        QTest::mouseClick(m_page->dndTestButton(), Qt::LeftButton);
        QCOMPARE(runs, 1);
        QCOMPARE(m_page->dndResultLabel()->text(), QStringLiteral("GNOME: Do Not Disturb turned on and off again"));
        QCOMPARE(m_page->dndResultLabel()->textFormat(), Qt::PlainText);

        // The dialog hands the probe to the page.
        PreferencesDialog dialog(berlinConfig());
        dialog.setDndProbe({QStringLiteral("not supported here"), false,
                            [] { return QStringLiteral("No desktop Do Not Disturb found"); }});
        QTest::mouseClick(dialog.focusPage()->dndTestButton(), Qt::LeftButton);
        QCOMPARE(dialog.focusPage()->dndResultLabel()->text(), QStringLiteral("No desktop Do Not Disturb found"));
    }
};

QTEST_MAIN(TestPreferencesFocus)
#include "tst_preferences_focus.moc"
