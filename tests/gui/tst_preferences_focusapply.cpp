// Preferences ▸ Focus applies without a restart (issue 14): the running FocusController takes the
// dialog's configuration (FocusController::setConfig, what FocusFeature calls on
// MainWindow::preferencesChanged) over a real ItemStore with the real state machine, gate and
// ItemNotifier: a block drawn over "now" on the page's week grid starts a scheduled session at
// once, ending when the block ends; "Tier 3 and anything overdue" lets an overdue item that
// arrives during that session break through where it was held before; the CLI's "start" without
// a length uses the default session length. The notifier is a recording double.
#include "inboxfixture.h"
#include "recordingnotifier.h"

#include "config/appconfig.h"
#include "dnd/dndbackend.h"
#include "focus/focuscontroller.h"
#include "notify/notifier.h"
#include "settings/focus/weekgrid.h"
#include "settings/focuspage.h"
#include "settings/preferencesdialog.h"

#include <QDateTime>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>

using namespace fi;
using namespace fitest;


class TestPreferencesFocusApply : public QObject {
    Q_OBJECT

    std::unique_ptr<InboxFixture> m_f;
    std::unique_ptr<RecordingNotifier> m_notifier;
    std::unique_ptr<FocusController> m_focus;
    /// "Now" for the controller: today 10:07 in Berlin, so the grid's day column is today's.
    QDateTime m_now;

    static QTimeZone berlin() { return QTimeZone("Europe/Berlin"); }
    qint64 now() const { return m_now.toMSecsSinceEpoch(); }

    static AppConfig baseConfig()
    {
        AppConfig config;
        config.myAddresses = {QStringLiteral("me@example.org")};
        config.notifications.coalesceSeconds = 0;
        config.focus.schedule = FocusSchedule(berlin(), {});
        config.focus.controlDesktopDnd = false;
        return config;
    }

    /// What the user does: open Preferences on @p config, edit the Focus page, press OK.
    static AppConfig edited(const AppConfig &config, const std::function<void(FocusPage *)> &edit)
    {
        PreferencesDialog dialog(config);
        dialog.resize(1200, 800);
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            qFatal("dialog not exposed");
        dialog.showPage(QStringLiteral("focus"));
        edit(dialog.focusPage());
        return dialog.config();
    }

private Q_SLOTS:
    void init()
    {
        m_now = QDateTime(QDateTime::currentDateTimeUtc().toTimeZone(berlin()).date(), QTime(10, 7), berlin());
        m_f = std::make_unique<InboxFixture>();
        QVERIFY(m_f->open());
        m_notifier = std::make_unique<RecordingNotifier>();
        m_focus = std::make_unique<FocusController>(m_f->store.get(), baseConfig(), m_f->dir.path(), m_notifier.get(),
                                                    noDndBackend());
        m_focus->setClock([this] { return now(); });
        m_focus->start();
        m_focus->setReady();
    }
    void cleanup()
    {
        m_focus.reset();
        m_notifier.reset();
        m_f.reset();
    }

    void drawnBlockAndOverdueApplyAtOnce()
    {
        QVERIFY(!m_focus->isFocusing());
        const int today = m_now.date().dayOfWeek();
        AppConfig config = edited(baseConfig(), [today](FocusPage *page) {
            WeekGrid *grid = page->weekGrid();
            QTest::mousePress(grid, Qt::LeftButton, {}, grid->pointFor(today, QTime(9, 0)));
            QTest::mouseMove(grid, grid->pointFor(today, QTime(10, 0)));
            QTest::mouseRelease(grid, Qt::LeftButton, {}, grid->pointFor(today, QTime(11, 0)));
        });
        QCOMPARE(config.focus.schedule.blocks().size(), 1);
        m_focus->setConfig(config);  // Preferences ▸ OK
        QVERIFY(m_focus->isFocusing());
        QCOMPARE(m_focus->status().value(QStringLiteral("origin")).toString(), QStringLiteral("schedule"));
        const qint64 blockEnd = QDateTime(m_now.date(), QTime(11, 0), berlin()).toMSecsSinceEpoch();
        QCOMPARE(m_focus->status().value(QStringLiteral("plannedEndMs")).toInteger(), blockEnd);

        // An Async item already overdue arrives: held with "Tier 3 only" …
        QVERIFY(m_f->add({makeItem(QStringLiteral("late1"), QStringLiteral("Ana Souza"), QStringLiteral("Late one"),
                                   Tier::Async, now() - 5 * kHour, now() - kHour)}));
        m_focus->onNewItems({m_f->idOf(QStringLiteral("late1"))});
        QCOMPARE(m_focus->heldCount(), 1);
        QVERIFY(m_notifier->posted.isEmpty());

        // … and breaks through once "Tier 3 and anything overdue" is chosen and OK pressed.
        config = edited(config, [](FocusPage *page) { page->tier3AndOverdueButton()->setChecked(true); });
        QVERIFY(config.focus.breakthrough.overdue);
        m_focus->setConfig(config);
        QVERIFY(m_focus->isFocusing());  // the running session goes on
        QVERIFY(m_f->add({makeItem(QStringLiteral("late2"), QStringLiteral("Bo Chen"), QStringLiteral("Late two"),
                                   Tier::Async, now() - 5 * kHour, now() - kHour)}));
        m_focus->onNewItems({m_f->idOf(QStringLiteral("late2"))});
        QCOMPARE(m_focus->heldCount(), 1);
        QCOMPARE(m_notifier->posted.size(), 1);
        QCOMPARE(m_notifier->posted.first().body, QStringLiteral("Late two"));
        QCOMPARE(m_focus->status().value(QStringLiteral("breakthroughs")).toInt(), 1);
        // One due in the future is still held.
        QVERIFY(m_f->add({makeItem(QStringLiteral("later"), QStringLiteral("Bo Chen"), QStringLiteral("Later"),
                                   Tier::Async, now(), now() + 3 * kHour)}));
        m_focus->onNewItems({m_f->idOf(QStringLiteral("later"))});
        QCOMPARE(m_focus->heldCount(), 2);
    }

    void defaultLengthForStartWithoutMinutes()
    {
        const AppConfig config = edited(baseConfig(), [](FocusPage *page) { page->minutesBox()->setValue(35); });
        m_focus->setConfig(config);
        // `focusinbox focus start` reaching the running app (no --minutes: 0).
        m_focus->handleRequest(QJsonObject{{QStringLiteral("cmd"), QStringLiteral("focus")},
                                           {QStringLiteral("action"), QStringLiteral("start")},
                                           {QStringLiteral("minutes"), 0}});
        QVERIFY(m_focus->isFocusing());
        QCOMPARE(m_focus->status().value(QStringLiteral("plannedEndMs")).toInteger(), now() + 35 * kMinute);
    }
};

QTEST_MAIN(TestPreferencesFocusApply)
#include "tst_preferences_focusapply.moc"
