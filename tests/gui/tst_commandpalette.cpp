// The command palette (Ctrl+K) over a real MainWindow and ItemStore: opening and closing,
// fuzzy input ("sntm" snoozes the current item until tomorrow 09:00), current shortcuts,
// recent choices first, views, focus commands and sources.
// FOCUSINBOX_SCREENSHOT=<prefix> saves the window with the palette open as <prefix>-palette.png.

#include "focus/focusmenu.h"
#include "inboxfixture.h"
#include "inboxlistview.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "palette/commandpalette.h"
#include "palette/palettelistmodel.h"
#include "sourcelistview.h"
#include "sync/sourcestatusmodel.h"
#include "sync/syncmanager.h"
#include "sync/syncscheduler.h"
#include "tiersidebar.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

using namespace fi;
using namespace fitest;

class TestCommandPalette : public QObject {
    Q_OBJECT

    qint64 m_now = QDateTime::currentMSecsSinceEpoch();
    std::unique_ptr<InboxFixture> m_f;
    std::unique_ptr<MainWindow> m_w;

    CommandPalette *palette() const { return m_w->commandPalette(); }
    bool settled() const { return settle(m_w->inboxModel(), m_f->store.get()); }
    QString currentSubject() const
    {
        return m_w->itemList()->currentIndex().data(InboxModel::SubjectRole).toString();
    }
    Item stored(const QString &remoteId) const { return *m_f->store->item(m_f->idOf(remoteId)); }

    void openPalette()
    {
        QTest::keyClick(m_w->itemList(), Qt::Key_K, Qt::ControlModifier);
        QVERIFY(palette()->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(palette()->input()));
    }
    void type(const QString &text) { QTest::keyClicks(palette()->input(), text); }
    void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier) { QTest::keyClick(palette()->input(), k, mods); }
    /// The row showing @p text, or -1.
    int rowOf(const QString &text) const { return int(palette()->shownTexts().indexOf(text)); }
    QVariant rowData(const QString &text, int role) const
    {
        const int row = rowOf(text);
        return row < 0 ? QVariant() : palette()->model()->index(row).data(role);
    }
    QString currentText() const { return palette()->list()->currentIndex().data().toString(); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_f = std::make_unique<InboxFixture>();
        QVERIFY(m_f->open());
        QVERIFY(m_f->add({
            makeItem(QStringLiteral("n1"), QStringLiteral("PagerDuty"), QStringLiteral("DB primary down"),
                     Tier::Now, m_now - 10 * kMinute, m_now + 5 * kMinute),
            makeItem(QStringLiteral("n2"), QStringLiteral("Ops Lead"), QStringLiteral("Escalation: checkout"),
                     Tier::Now, m_now - 5 * kMinute, m_now + 10 * kMinute),
            makeItem(QStringLiteral("a1"), QStringLiteral("Maria"), QStringLiteral("Review my PR"),
                     Tier::Async, m_now - 2 * kHour, m_now + 1 * kHour),
            makeItem(QStringLiteral("a2"), QStringLiteral("Tom"), QStringLiteral("Design doc feedback"),
                     Tier::Async, m_now - 3 * kHour, m_now + 2 * kHour),
            makeItem(QStringLiteral("a3"), QStringLiteral("Lena"), QStringLiteral("Lunch Friday?"),
                     Tier::Async, m_now - 4 * kHour, m_now + 3 * kHour),
            makeItem(QStringLiteral("r1"), QStringLiteral("Qt Blog"), QStringLiteral("Qt 6.8 released"),
                     Tier::Reference, m_now - 26 * kHour, std::nullopt),
        }));
        m_w = std::make_unique<MainWindow>(m_f->store.get());
        m_w->resize(1200, 760);
        m_w->show();
        QApplication::setActiveWindow(m_w.get());
        QVERIFY(QTest::qWaitForWindowActive(m_w.get()));
        QVERIFY(settled());
        QVERIFY(palette());
        palette()->clearRecent();
        QVERIFY(!palette()->isVisible());
    }

    void cleanup()
    {
        m_w.reset();
        m_f.reset();
    }

    void ctrlKOpensOverTheTopAndEscCloses()
    {
        QWidget *list = m_w->itemList();
        QTRY_COMPARE(QApplication::focusWidget(), list);
        openPalette();
        QVERIFY(palette()->input()->text().isEmpty());
        QVERIFY(!palette()->shownTexts().isEmpty());
        QCOMPARE(palette()->list()->currentIndex().row(), 0);  // something is selected at once
        // Centred horizontally, in the upper part of the window, inside it.
        const QRect g = palette()->geometry();
        QVERIFY2(qAbs(g.center().x() - m_w->width() / 2) <= 2, qPrintable(QString::number(g.center().x())));
        QVERIFY(g.top() >= 0 && g.top() < m_w->height() / 4);
        QVERIFY(m_w->rect().contains(g));
        QVERIFY(g.width() < m_w->width());

        key(Qt::Key_Escape);
        QVERIFY(!palette()->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), list);  // focus goes back where it was
    }

    void ctrlKAgainCloses()
    {
        openPalette();
        type(QStringLiteral("mark"));
        key(Qt::Key_K, Qt::ControlModifier);
        QVERIFY(!palette()->isVisible());
        QCOMPARE(stored(QStringLiteral("n1")).state, ItemState::Open);
    }

    void typingDoesNotTriggerWindowShortcuts()
    {
        QCOMPARE(currentSubject(), QStringLiteral("DB primary down"));
        openPalette();
        // e (done), 1 (Reference), j (next), Tab (next tier): text, or a move in the list here.
        type(QStringLiteral("e1j"));
        key(Qt::Key_Tab);
        key(Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(palette()->input()->text(), QStringLiteral("e1j"));
        QVERIFY(palette()->isVisible());
        QVERIFY(settled());
        QCOMPARE(stored(QStringLiteral("n1")).state, ItemState::Open);
        QCOMPARE(stored(QStringLiteral("n1")).tier, Tier::Now);
        QCOMPARE(m_w->inboxModel()->view(), InboxView::Now);
        QCOMPARE(currentSubject(), QStringLiteral("DB primary down"));
    }

    void sntmSnoozesTheCurrentItemUntilTomorrowMorning()
    {
        QCOMPARE(currentSubject(), QStringLiteral("DB primary down"));
        openPalette();
        type(QStringLiteral("sntm"));
        QCOMPARE(palette()->shownTexts().value(0), QStringLiteral("Snooze until tomorrow 09:00"));
        QCOMPARE(currentText(), QStringLiteral("Snooze until tomorrow 09:00"));
        QCOMPARE(palette()->list()->currentIndex().data(PaletteListModel::IdRole).toString(),
                 QStringLiteral("snooze.tomorrow"));
        key(Qt::Key_Return);
        QVERIFY(!palette()->isVisible());
        QVERIFY(settled());

        const Item item = stored(QStringLiteral("n1"));
        QCOMPARE(item.state, ItemState::Snoozed);
        const qint64 tomorrowNine = QDateTime(QDate::currentDate().addDays(1), QTime(9, 0)).toMSecsSinceEpoch();
        QVERIFY(item.snoozedUntilMs);
        QCOMPARE(*item.snoozedUntilMs, tomorrowNine);
        QVERIFY(!m_w->inboxModel()->rowCount() || currentSubject() != QStringLiteral("DB primary down"));
        // One undo step brings it back.
        QTest::keyClick(m_w->itemList(), Qt::Key_U);
        QVERIFY(settled());
        QCOMPARE(stored(QStringLiteral("n1")).state, ItemState::Open);
        QCOMPARE(palette()->recentIds(), QStringList{QStringLiteral("snooze.tomorrow")});
    }

    void snoozeChoicesShowWhenTheyWake()
    {
        openPalette();
        const QStringList always = {QStringLiteral("Snooze for 1 hour"), QStringLiteral("Snooze until this evening"),
                                    QStringLiteral("Snooze until tomorrow 09:00"),
                                    QStringLiteral("Snooze until the next working morning"),
                                    QStringLiteral("Snooze until next Monday")};
        for (const QString &text : always) {
            QVERIFY2(rowOf(text) >= 0, qPrintable(text));
            QCOMPARE(rowData(text, PaletteListModel::CategoryRole).toString(), QStringLiteral("Snooze"));
        }
        int snoozeRows = 0;
        for (int row = 0; row < palette()->model()->rowCount(); ++row) {
            const QModelIndex index = palette()->model()->index(row);
            snoozeRows += index.data(PaletteListModel::CategoryRole).toString() == QStringLiteral("Snooze");
        }
        QCOMPARE(snoozeRows, int(always.size()));
        // No focus session: no "after this focus session".
        QCOMPARE(rowOf(QStringLiteral("Snooze until after this focus session")), -1);
        // The wake time beside it, in the configured zone (the system zone by default).
        const QDateTime tomorrowNine(QDate::currentDate().addDays(1), QTime(9, 0));
        QCOMPARE(rowData(QStringLiteral("Snooze until tomorrow 09:00"), PaletteListModel::DetailRole).toString(),
                 QLocale().toString(tomorrowNine.date(), QStringLiteral("ddd")) + QLatin1Char(' ')
                     + QStringLiteral("09:00"));
        key(Qt::Key_Escape);

        // During a focus session (the application tells the window when it ends).
        const qint64 end = QDateTime::currentMSecsSinceEpoch() + 40 * kMinute;
        m_w->setFocusEndSource([end]() -> std::optional<qint64> { return end; });
        openPalette();
        type(QStringLiteral("after focus"));
        QCOMPARE(currentText(), QStringLiteral("Snooze until after this focus session"));
        key(Qt::Key_Return);
        QVERIFY(settled());
        const Item item = stored(QStringLiteral("n1"));
        QCOMPARE(item.state, ItemState::Snoozed);
        QCOMPARE(item.snoozedUntilMs.value_or(0), end);

        // Nothing to snooze (an empty view): no snooze entries.
        m_w->showView(InboxView::Snoozed);
        QVERIFY(settled());
        m_w->showView(InboxView::Done);
        QVERIFY(settled());
        QCOMPARE(m_w->inboxModel()->rowCount(), 0);
        openPalette();
        QVERIFY(palette()->shownTexts().filter(QStringLiteral("Snooze until")).isEmpty());
        key(Qt::Key_Escape);
    }

    void actionsShowTheirCurrentShortcutAndCategory()
    {
        // A hidden action (a feature switched off) is not listed, even while enabled.
        m_w->actions().reply->setVisible(false);
        openPalette();
        QCOMPARE(rowData(QStringLiteral("Mark done"), PaletteListModel::ShortcutRole).toString(),
                 QKeySequence(Qt::Key_E).toString(QKeySequence::NativeText));
        QCOMPARE(rowData(QStringLiteral("Mark done"), PaletteListModel::CategoryRole).toString(), QStringLiteral("Item"));
        QCOMPARE(rowData(QStringLiteral("Next item"), PaletteListModel::CategoryRole).toString(), QStringLiteral("View"));
        QCOMPARE(rowData(QStringLiteral("Next tier"), PaletteListModel::ShortcutRole).toString(),
                 QKeySequence(Qt::Key_Tab).toString(QKeySequence::NativeText));
        QCOMPARE(rowOf(QStringLiteral("Reply")), -1);
        QVERIFY(rowOf(QStringLiteral("Flag or unflag")) >= 0);
        // The palette does not list itself; disabled actions are not listed (the item is in Now).
        QCOMPARE(rowOf(QStringLiteral("Command palette…")), -1);
        QCOMPARE(rowOf(QStringLiteral("Move to Now")), -1);
        QVERIFY(rowOf(QStringLiteral("Move to Async")) >= 0);
        QVERIFY(rowData(QStringLiteral("Only overdue"), PaletteListModel::DetailRole).toString().isEmpty());
        type(QStringLiteral("only over"));
        key(Qt::Key_Return);
        QVERIFY(m_w->actions().filterOverdue->isChecked());
        openPalette();
        QCOMPARE(rowData(QStringLiteral("Only overdue"), PaletteListModel::DetailRole).toString(), QStringLiteral("On"));
        key(Qt::Key_Escape);
        m_w->actions().filterOverdue->trigger();
        QVERIFY(settled());

        // Rebound: the palette shows the binding as it is now, not the default.
        m_w->actions().markDone->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_D)});
        openPalette();
        QCOMPARE(rowData(QStringLiteral("Mark done"), PaletteListModel::ShortcutRole).toString(),
                 QKeySequence(Qt::CTRL | Qt::Key_D).toString(QKeySequence::NativeText));
        QCOMPARE(rowData(QStringLiteral("Mark done"), Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Mark done, Item, ") + QKeySequence(Qt::CTRL | Qt::Key_D).toString(QKeySequence::NativeText));
        type(QStringLiteral("mkd"));
        QCOMPARE(currentText(), QStringLiteral("Mark done"));
        key(Qt::Key_Enter);
        QVERIFY(settled());
        QCOMPARE(stored(QStringLiteral("n1")).state, ItemState::Done);
    }

    void viewsWithCounts()
    {
        openPalette();
        QCOMPARE(rowData(QStringLiteral("Go to Async"), PaletteListModel::DetailRole).toString(), QStringLiteral("3"));
        QCOMPARE(rowData(QStringLiteral("Go to Async"), PaletteListModel::CategoryRole).toString(), QStringLiteral("View"));
        QCOMPARE(palette()->shownTexts().count(QStringLiteral("Go to Async")), 1);  // not twice (action + view)
        type(QStringLiteral("gtref"));
        QCOMPARE(currentText(), QStringLiteral("Go to Reference"));
        key(Qt::Key_Return);
        QVERIFY(settled());
        QCOMPARE(m_w->inboxModel()->view(), InboxView::Reference);
        QCOMPARE(m_w->sidebar()->currentView(), InboxView::Reference);
        QCOMPARE(currentSubject(), QStringLiteral("Qt 6.8 released"));
    }

    void recentChoicesComeFirst()
    {
        openPalette();
        type(QStringLiteral("go"));
        QCOMPARE(palette()->shownTexts().value(0), QStringLiteral("Go to Now"));
        key(Qt::Key_Escape);

        openPalette();
        type(QStringLiteral("go sn"));
        QCOMPARE(currentText(), QStringLiteral("Go to Snoozed"));
        key(Qt::Key_Return);
        openPalette();
        type(QStringLiteral("go as"));
        QCOMPARE(currentText(), QStringLiteral("Go to Async"));
        key(Qt::Key_Return);
        QVERIFY(settled());
        QCOMPARE(m_w->inboxModel()->view(), InboxView::Async);

        // Nothing typed: the recent ones first, most recent first.
        openPalette();
        QCOMPARE(palette()->shownTexts().mid(0, 2),
                 (QStringList{QStringLiteral("Go to Async"), QStringLiteral("Go to Snoozed")}));
        // Typed: among equally good matches, the recent ones first.
        type(QStringLiteral("go"));
        QCOMPARE(palette()->shownTexts().mid(0, 3),
                 (QStringList{QStringLiteral("Go to Async"), QStringLiteral("Go to Snoozed"), QStringLiteral("Go to Now")}));
        key(Qt::Key_Escape);

        // Remembered across windows (QSettings).
        QCOMPARE(palette()->recentIds().mid(0, 2), (QStringList{QStringLiteral("go.async"), QStringLiteral("go.snoozed")}));
        MainWindow other(m_f->store.get());
        QCOMPARE(other.commandPalette()->recentIds().mid(0, 2),
                 (QStringList{QStringLiteral("go.async"), QStringLiteral("go.snoozed")}));
    }

    void arrowsMoveTheSelectionAndWrap()
    {
        openPalette();
        type(QStringLiteral("go to"));
        const QStringList shown = palette()->shownTexts();
        QVERIFY(shown.size() >= 5);
        QCOMPARE(palette()->list()->currentIndex().row(), 0);
        key(Qt::Key_Down);
        QCOMPARE(palette()->list()->currentIndex().row(), 1);
        key(Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(palette()->list()->currentIndex().row(), 2);
        key(Qt::Key_Up);
        key(Qt::Key_Up);
        key(Qt::Key_Up);
        QCOMPARE(palette()->list()->currentIndex().row(), int(shown.size()) - 1);  // wrapped to the end
        key(Qt::Key_PageUp);
        QCOMPARE(palette()->list()->currentIndex().row(), std::max(0, int(shown.size()) - 9));
        key(Qt::Key_Escape);
    }

    void nothingMatchesSaysSoAndEnterDoesNothing()
    {
        openPalette();
        type(QStringLiteral("zzqx"));
        QVERIFY(palette()->shownTexts().isEmpty());
        auto *empty = palette()->findChild<QLabel *>(QStringLiteral("commandPaletteEmpty"));
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("No matching commands"));
        key(Qt::Key_Return);
        QVERIFY(palette()->isVisible());
        key(Qt::Key_Backspace);
        key(Qt::Key_Backspace);
        key(Qt::Key_Backspace);
        key(Qt::Key_Backspace);
        QVERIFY(!palette()->shownTexts().isEmpty());
        QVERIFY(!empty->isVisible());
        key(Qt::Key_Escape);
    }

    void clickOutsideCloses()
    {
        openPalette();
        QTest::mouseClick(m_w->readingPane(), Qt::LeftButton, {}, QPoint(20, m_w->readingPane()->height() - 20));
        QTRY_VERIFY(!palette()->isVisible());

        // A click into another control closes it and leaves the focus there (not back on the list).
        auto *body = m_w->readingPane()->findChild<QTextBrowser *>();
        QVERIFY(body && body->isVisible());
        openPalette();
        QTest::mouseClick(body->viewport(), Qt::LeftButton, {}, QPoint(10, 10));
        QTRY_VERIFY(!palette()->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(body));
    }

    void clickOnAnEntryRunsIt()
    {
        openPalette();
        type(QStringLiteral("go as"));
        QListView *list = palette()->list();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(list->model()->index(0, 0)).center());
        QVERIFY(!palette()->isVisible());
        QVERIFY(settled());
        QCOMPARE(m_w->inboxModel()->view(), InboxView::Async);
    }

    void focusCommands()
    {
        // As the application does (app/focus/focusfeature.cpp): the window's Focus menu.
        auto *menu = new FocusMenu(m_w.get());
        m_w->menuBar()->addMenu(menu);
        QSignalSpy start(menu, &FocusMenu::startRequested);
        openPalette();
        QCOMPARE(rowData(QStringLiteral("Focus for 50 minutes"), PaletteListModel::CategoryRole).toString(),
                 QStringLiteral("Focus"));
        QVERIFY(rowOf(QStringLiteral("End session")) < 0);  // not focusing: disabled, not listed
        QVERIFY(palette()->shownTexts().filter(QStringLiteral("Focus until ")).size() == 1);
        type(QStringLiteral("f50"));
        QCOMPARE(currentText(), QStringLiteral("Focus for 50 minutes"));
        key(Qt::Key_Return);
        QCOMPARE(start.size(), 1);
        QCOMPARE(start.first().first().toInt(), 50);

        menu->setFocusing(true);
        openPalette();
        type(QStringLiteral("endse"));
        QCOMPARE(currentText(), QStringLiteral("End session"));
        key(Qt::Key_Escape);
    }

    void sourceCommands()
    {
        SyncManager sync(m_f->store.get(), AppConfig{}, m_f->dir.path());
        SyncScheduler scheduler(&sync, m_f->store.get());
        SourceStatusModel sources(m_f->store.get(), &scheduler);
        SourceListView *list = m_w->sidebar()->sourceList();
        list->setModel(&sources);
        QSignalSpy syncs(list, &SourceListView::syncRequested);
        openPalette();
        const QString syncText = QStringLiteral("Sync “Work mail”");
        QVERIFY2(rowOf(syncText) >= 0, qPrintable(palette()->shownTexts().join(u'|')));
        QCOMPARE(rowData(syncText, PaletteListModel::CategoryRole).toString(), QStringLiteral("Source"));
        type(QStringLiteral("sync work"));
        QCOMPARE(currentText(), syncText);
        key(Qt::Key_Return);
        QCOMPARE(syncs.size(), 1);
        QCOMPARE(syncs.first().first().toLongLong(), m_f->sourceId);
        list->setModel(nullptr);
    }

    void screenshot()
    {
        openPalette();
        type(QStringLiteral("sn"));
        key(Qt::Key_Down);
        const QImage shot = m_w->grab().toImage();
        QVERIFY(!shot.isNull());
        // The palette is painted over the window: its frame's pixels differ from the list's.
        const QRect g = palette()->geometry();
        QVERIFY(shot.rect().contains(g.center()));
        const QString prefix = qEnvironmentVariable("FOCUSINBOX_SCREENSHOT");
        if (!prefix.isEmpty())
            QVERIFY(shot.save(prefix + QStringLiteral("-palette.png")));
        key(Qt::Key_Escape);
    }
};

QTEST_MAIN(TestCommandPalette)
#include "tst_commandpalette.moc"
