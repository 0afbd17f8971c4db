// The tray (issue 16), over the app's real pieces — a real ItemStore, SyncManager, MainWindow and
// the FocusFeature the app composes (controller, gate, no-op DND without a session bus): the tray
// menu's entries reach the app (Start focus 25/50/90 starts a session of that length, End focus
// ends it, Sync now starts a sync, Open shows the window, Quit ends the event loop), the tooltip
// names the Now count and the session's end, the symbolic icon follows the state, and closing the
// window keeps the app running with a message shown once (remembered in QSettings); without a
// tray, closing the window quits. The platform is offscreen (no tray icon of its own: the
// TrayIcon's menu is the one the tray would show; the session is told a tray is there).
#include "inboxfixture.h"

#include "focus/focuscontroller.h"
#include "focus/focusfeature.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "session/traysession.h"
#include "sync/syncmanager.h"
#include "trayicon.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

using namespace fi;
using namespace fitest;

class TestTraySession : public QObject {
    Q_OBJECT

    std::unique_ptr<InboxFixture> m_f;
    std::unique_ptr<SyncManager> m_sync;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayIcon> m_tray;
    std::unique_ptr<FocusFeature> m_focus;
    std::unique_ptr<TraySession> m_session;

    /// "Focusing until HH:mm" for a session of @p minutes started at @p startMs.
    static QString until(qint64 startMs, int minutes)
    {
        const QDateTime end = QDateTime::fromMSecsSinceEpoch(startMs + minutes * kMinute);
        return QStringLiteral("Focusing until %1").arg(end.time().toString(QStringLiteral("HH:mm")));
    }

    /// Run the event loop until something quits it. @return exec()'s code; 99 when nothing did
    /// within 20 s.
    static int runUntilQuit()
    {
        QTimer guard;
        guard.setSingleShot(true);
        QObject::connect(&guard, &QTimer::timeout, [] { QCoreApplication::exit(99); });
        guard.start(20000);
        return QApplication::exec();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);  // QSettings in ~/.qttest, not the user's
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");     // never the caller's desktop: tray notifier, no-op DND
    }

    void init()
    {
        QSettings().remove(QStringLiteral("Tray"));
        m_f = std::make_unique<InboxFixture>();
        QVERIFY(m_f->open());
        for (const char *sub : {"cur", "new", "tmp"})
            QVERIFY(QDir().mkpath(m_f->dir.filePath(QStringLiteral("Maildir/%1").arg(QLatin1String(sub)))));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(m_f->add({makeItem(QStringLiteral("n1"), QStringLiteral("Olga Ops"), QStringLiteral("Payments down"), Tier::Now,
                                   now - 5 * kMinute, now + 10 * kMinute),
                          makeItem(QStringLiteral("n2"), QStringLiteral("Pager Duty"), QStringLiteral("Disk full"), Tier::Now,
                                   now - 2 * kMinute, now + 13 * kMinute),
                          makeItem(QStringLiteral("a1"), QStringLiteral("Bruno Dev"), QStringLiteral("Review my PR"), Tier::Async,
                                   now - 6 * kHour, now - kHour)}));
        AppConfig config;
        config.focus.controlDesktopDnd = false;
        m_sync = std::make_unique<SyncManager>(m_f->store.get(), config, m_f->dir.filePath(QStringLiteral("logs")));
        m_window = std::make_unique<MainWindow>(m_f->store.get());
        m_tray = std::make_unique<TrayIcon>(m_f->store.get());
        m_focus = std::make_unique<FocusFeature>(m_f->store.get(), config, m_f->dir.path(), m_window.get(), m_tray.get(),
                                                 m_sync.get());
        m_session = std::make_unique<TraySession>(m_window.get(), m_tray.get(), m_sync.get());
    }

    void cleanup()
    {
        m_session.reset();
        m_focus.reset();
        m_tray.reset();
        m_window.reset();
        m_sync.reset();
        m_f.reset();
    }

    void menuHasTheEntriesInOrder()
    {
        QStringList texts;
        for (const QAction *action : m_tray->menu()->actions())
            if (!action->isSeparator())
                texts << action->text();
        QCOMPARE(texts, (QStringList{QStringLiteral("Open Focus Inbox"), QStringLiteral("Start focus 25 min"),
                                     QStringLiteral("Start focus 50 min"), QStringLiteral("Start focus 90 min"),
                                     QStringLiteral("End focus"), QStringLiteral("Sync now"), QStringLiteral("Quit")}));
        // Not focusing: every start is offered, End focus is not.
        for (int minutes : {25, 50, 90})
            QVERIFY(m_tray->startFocusAction(minutes)->isEnabled());
        QVERIFY(!m_tray->endFocusAction()->isEnabled());
        QVERIFY(!m_tray->startFocusAction(30));
    }

    void tooltipNamesTheNowCount()
    {
        QTRY_VERIFY(!m_tray->toolTip().isEmpty());
        QCOMPARE(m_tray->toolTip(), QStringLiteral("Focus Inbox — 2 in Now\n1 overdue"));
        QCOMPARE(m_tray->badgeCount(), 3);  // two in Now, one overdue in Async
        QCOMPARE(m_tray->iconName(), QStringLiteral("focusinbox-tray-urgent"));
        QVERIFY(!TrayIcon::themedIcon(m_tray->iconName()).isNull());

        // Triage reaches the tooltip: one Now item done.
        QVERIFY(m_f->store->setState({m_f->idOf(QStringLiteral("n1"))}, ItemState::Done, std::nullopt,
                                     QDateTime::currentMSecsSinceEpoch()).result());
        QTRY_COMPARE(m_tray->toolTip(), QStringLiteral("Focus Inbox — 1 in Now\n1 overdue"));
    }

    void startAndEndFocusFromTheTray_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::newRow("25") << 25;
        QTest::newRow("50") << 50;
        QTest::newRow("90") << 90;
    }

    void startAndEndFocusFromTheTray()
    {
        QFETCH(int, minutes);
        FocusController *controller = m_focus->controller();
        QVERIFY(!controller->isFocusing());
        QTRY_VERIFY(!m_tray->toolTip().isEmpty());

        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        m_tray->startFocusAction(minutes)->trigger();
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(controller->isFocusing());
        QVERIFY2(qAbs(controller->remainingMs() - minutes * kMinute) < kMinute, qPrintable(QString::number(controller->remainingMs())));
        // The menu follows the state: End focus now, no second start.
        QVERIFY(m_tray->endFocusAction()->isEnabled());
        for (int length : TrayIcon::focusLengths())
            QVERIFY(!m_tray->startFocusAction(length)->isEnabled());
        const QString tip = m_tray->toolTip();
        QVERIFY2(tip.startsWith(QStringLiteral("Focus Inbox — 2 in Now · ")), qPrintable(tip));
        QVERIFY2(tip.contains(until(before, minutes)) || tip.contains(until(after, minutes)), qPrintable(tip));
        QCOMPARE(m_tray->iconName(), QStringLiteral("focusinbox-tray-focus"));

        m_tray->endFocusAction()->trigger();
        QVERIFY(!controller->isFocusing());
        QVERIFY(!m_tray->endFocusAction()->isEnabled());
        QVERIFY(m_tray->startFocusAction(minutes)->isEnabled());
        QVERIFY2(!m_tray->toolTip().contains(QStringLiteral("Focusing")), qPrintable(m_tray->toolTip()));
        QCOMPARE(m_tray->iconName(), QStringLiteral("focusinbox-tray-urgent"));
    }

    void focusStartedElsewhereUpdatesTheTray()
    {
        // The window's Focus menu (or the CLI) starts the session: the tray offers End focus.
        m_focus->controller()->startFor(40);
        QVERIFY(m_tray->isFocusing());
        QVERIFY(m_tray->endFocusAction()->isEnabled());
        QVERIFY(!m_tray->startFocusAction(25)->isEnabled());
    }

    void syncNowStartsASync()
    {
        QSignalSpy started(m_sync.get(), &SyncManager::sourceStarted);
        m_tray->syncAction()->trigger();
        QTRY_VERIFY(started.count() >= 1);
        QCOMPARE(started.first().at(0).toLongLong(), m_f->sourceId);
    }

    void openShowsTheWindow()
    {
        QVERIFY(!m_window->isVisible());
        m_tray->openAction()->trigger();
        QVERIFY(m_window->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void closingKeepsTheAppInTheTrayAndSaysSoOnce()
    {
        m_session->setTrayAvailable([] { return true; });
        QSignalSpy shown(m_session.get(), &TraySession::closeMessageShown);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->close());
        QTRY_COMPARE(shown.count(), 1);
        QVERIFY(!m_window->isVisible());
        QCOMPARE(shown.first().at(0).toString(), QStringLiteral("Focus Inbox is still running"));
        QVERIFY(shown.first().at(1).toString().contains(QStringLiteral("Quit")));
        QVERIFY(QSettings().value(TraySession::closeMessageShownKey()).toBool());

        // Back from the tray, closed again: no second message.
        m_tray->openAction()->trigger();
        QVERIFY(m_window->isVisible());
        QVERIFY(m_window->close());
        QTest::qWait(200);
        QCOMPARE(shown.count(), 1);

        // Next start of the app (a new session, the same settings): still none.
        m_session = std::make_unique<TraySession>(m_window.get(), m_tray.get(), m_sync.get());
        m_session->setTrayAvailable([] { return true; });
        QSignalSpy again(m_session.get(), &TraySession::closeMessageShown);
        m_window->show();
        QVERIFY(m_window->close());
        QTest::qWait(200);
        QCOMPARE(again.count(), 0);
    }

    void trayQuitEndsTheAppWhereClosingDidNot()
    {
        m_session->setTrayAvailable([] { return true; });
        QSignalSpy shown(m_session.get(), &TraySession::closeMessageShown);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        bool runningAfterClose = false;
        QTimer::singleShot(0, m_window.get(), [this] { m_window->close(); });
        QTimer::singleShot(500, m_tray.get(), [&] {
            runningAfterClose = true;  // closing the window did not end the event loop
            m_tray->quitAction()->trigger();
        });
        QCOMPARE(runUntilQuit(), 0);
        QVERIFY(runningAfterClose);
        QVERIFY(m_session->isQuitting());
        QCOMPARE(shown.count(), 1);  // the close's message; quitting shows none
    }

    void fileQuitEndsTheApp()
    {
        m_session->setTrayAvailable([] { return true; });
        QSignalSpy shown(m_session.get(), &TraySession::closeMessageShown);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTimer::singleShot(0, m_window.get(), [this] { m_window->actions().quit->trigger(); });
        QCOMPARE(runUntilQuit(), 0);
        QVERIFY(!m_window->isVisible());  // Qt closed the window on the way out
        QCOMPARE(shown.count(), 0);       // and that close is no "still running in the tray"
    }

    void closingWithoutATrayQuits()
    {
        m_session->setTrayAvailable([] { return false; });
        QSignalSpy shown(m_session.get(), &TraySession::closeMessageShown);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTimer::singleShot(0, m_window.get(), [this] { m_window->close(); });
        QCOMPARE(runUntilQuit(), 0);
        QCOMPARE(shown.count(), 0);
        QVERIFY(!QSettings().value(TraySession::closeMessageShownKey()).toBool());
    }
};

QTEST_MAIN(TestTraySession)
#include "tst_traysession.moc"
