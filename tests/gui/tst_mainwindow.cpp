// MainWindow driven from the keyboard, over a real ItemStore.

#include "inboxfixture.h"
#include "inboxlistview.h"
#include "mainwindow.h"
#include "readingpane.h"
#include "shortcutoverlay.h"
#include "tiersidebar.h"
#include "triage/snoozefeature.h"
#include "triage/snoozepicker.h"
#include "triage/triagecommands.h"

#include <QApplication>
#include <QListWidget>
#include <QDateTime>
#include <QProgressBar>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace fi;
using namespace fitest;

class TestMainWindow : public QObject {
    Q_OBJECT

    qint64 m_now = QDateTime::currentMSecsSinceEpoch();
    std::unique_ptr<InboxFixture> m_f;
    std::unique_ptr<MainWindow> m_w;

    InboxModel *model() const { return m_w->inboxModel(); }
    bool settled() const { return settle(model(), m_f->store.get()); }
    void press(int key, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QTest::keyClick(m_w->itemList(), Qt::Key(key), mods);
    }
    QString currentSubject() const
    {
        return m_w->itemList()->currentIndex().data(InboxModel::SubjectRole).toString();
    }
    Item stored(const QString &remoteId) const { return *m_f->store->item(m_f->idOf(remoteId)); }

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
        m_w->show();
        QApplication::setActiveWindow(m_w.get());
        QVERIFY(QTest::qWaitForWindowActive(m_w.get()));
        QVERIFY(settled());
    }

    void cleanup()
    {
        m_w.reset();
        m_f.reset();
    }

    void titleAndSidebarCounts()
    {
        QCOMPARE(m_w->windowTitle(), QStringLiteral("Focus Inbox"));
        QCOMPARE(m_w->sidebar()->countShown(InboxView::Now), 2);
        QCOMPARE(m_w->sidebar()->countShown(InboxView::Async), 3);
        QCOMPARE(m_w->sidebar()->countShown(InboxView::Reference), 1);
        QCOMPARE(m_w->sidebar()->countShown(InboxView::Done), 0);
        QVERIFY(!m_w->sidebar()->isSampleBannerVisible());
        QCOMPARE(currentSubject(), QStringLiteral("DB primary down"));
        QCOMPARE(m_w->readingPane()->itemId(), m_f->idOf(QStringLiteral("n1")));
    }

    void openItemShowsItsTierAndSelectsIt()
    {
        // A notification's "Open" names one item: the window shows its tier with it selected.
        m_w->openItem(m_f->idOf(QStringLiteral("a2")));
        QVERIFY(settled());
        QCOMPARE(model()->view(), InboxView::Async);
        QTRY_COMPARE(currentSubject(), QStringLiteral("Design doc feedback"));
        QCOMPARE(m_w->readingPane()->itemId(), m_f->idOf(QStringLiteral("a2")));
    }

    void jAndKMoveTheSelection()
    {
        press(Qt::Key_J);
        QCOMPARE(currentSubject(), QStringLiteral("Escalation: checkout"));
        QCOMPARE(m_w->readingPane()->itemId(), m_f->idOf(QStringLiteral("n2")));
        press(Qt::Key_J); // already last: stays
        QCOMPARE(currentSubject(), QStringLiteral("Escalation: checkout"));
        press(Qt::Key_K);
        QCOMPARE(currentSubject(), QStringLiteral("DB primary down"));
    }

    void enterOpensAndMarksSeen()
    {
        QSignalSpy opened(m_w.get(), &MainWindow::itemOpened);
        QVERIFY(!stored(QStringLiteral("n1")).record.flags.seen);
        QVERIFY(!stored(QStringLiteral("n1")).openedMs);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        press(Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QVERIFY(settled());
        QVERIFY(stored(QStringLiteral("n1")).record.flags.seen);
        // Opened here: the app's own knowledge, apart from the source's \Seen.
        QVERIFY(stored(QStringLiteral("n1")).openedMs.value_or(0) >= before);
        QVERIFY(model()->index(0).data(InboxModel::SeenRole).toBool());
    }

    void eMarksDoneAndUUndoes()
    {
        press(Qt::Key_E);
        // Superhuman-style: the selection moves on at once.
        QCOMPARE(currentSubject(), QStringLiteral("Escalation: checkout"));
        QVERIFY(settled());
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(m_w->sidebar()->countShown(InboxView::Now), 1);
        QCOMPARE(m_w->sidebar()->countShown(InboxView::Done), 1);
        QCOMPARE(stored(QStringLiteral("n1")).state, ItemState::Done);

        press(Qt::Key_U);
        QVERIFY(settled());
        QCOMPARE(model()->rowCount(), 2);
        QCOMPARE(m_w->sidebar()->countShown(InboxView::Now), 2);
        QCOMPARE(stored(QStringLiteral("n1")).state, ItemState::Open);
        QCOMPARE(currentSubject(), QStringLiteral("DB primary down"));

        press(Qt::Key_U, Qt::ShiftModifier); // redo
        QVERIFY(settled());
        QCOMPARE(stored(QStringLiteral("n1")).state, ItemState::Done);
        QCOMPARE(model()->rowCount(), 1);
    }

    void ctrlZUndoes()
    {
        press(Qt::Key_E);
        QVERIFY(settled());
        QCOMPARE(stored(QStringLiteral("n1")).state, ItemState::Done);
        press(Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(settled());
        QCOMPARE(stored(QStringLiteral("n1")).state, ItemState::Open);
    }

    void numberKeysMoveTier()
    {
        const Item before = stored(QStringLiteral("n1"));
        press(Qt::Key_2);
        QVERIFY(settled());
        Item after = stored(QStringLiteral("n1"));
        QCOMPARE(after.tier, Tier::Async);
        QCOMPARE(after.tierReason, QStringLiteral("manual"));
        QCOMPARE(after.dueMs, before.dueMs);
        QCOMPARE(subjects(model()), QStringList{QStringLiteral("Escalation: checkout")});
        QCOMPARE(m_w->sidebar()->countShown(InboxView::Async), 4);

        press(Qt::Key_1); // n2 → Reference
        QVERIFY(settled());
        QCOMPARE(stored(QStringLiteral("n2")).tier, Tier::Reference);
        QCOMPARE(model()->rowCount(), 0);
        QCOMPARE(m_w->sidebar()->countShown(InboxView::Reference), 2);

        press(Qt::Key_U); // undo restores tier and reason
        QVERIFY(settled());
        after = stored(QStringLiteral("n2"));
        QCOMPARE(after.tier, Tier::Now);
        QCOMPARE(after.tierReason, QStringLiteral("test-rule"));

        m_w->showView(InboxView::Reference);
        QVERIFY(settled());
        QCOMPARE(currentSubject(), QStringLiteral("Qt 6.8 released"));
        press(Qt::Key_3);
        QVERIFY(settled());
        QCOMPARE(stored(QStringLiteral("r1")).tier, Tier::Now);
    }

    void sSnoozesUntilTomorrowMorning()
    {
        press(Qt::Key_S);  // opens the snooze picker; 4 = "Tomorrow 09:00"
        QTRY_VERIFY(m_w->snoozeFeature()->picker()->isVisible());
        QTest::keyClick(m_w->snoozeFeature()->picker()->choiceList(), Qt::Key_4);
        QVERIFY(!m_w->snoozeFeature()->picker()->isVisible());
        QVERIFY(settled());
        const Item item = stored(QStringLiteral("n1"));
        QCOMPARE(item.state, ItemState::Snoozed);
        QVERIFY(item.snoozedUntilMs.has_value());
        const QDateTime until = QDateTime::fromMSecsSinceEpoch(*item.snoozedUntilMs).toLocalTime();
        QCOMPARE(until.time(), QTime(9, 0));
        QCOMPARE(until.date(), QDate::currentDate().addDays(1));
        QCOMPARE(model()->rowCount(), 1);
    }

    void tabCyclesTiers()
    {
        const QList<InboxView> expected = {InboxView::Async, InboxView::Reference, InboxView::Done,
                                           InboxView::Now};
        for (InboxView view : expected) {
            press(Qt::Key_Tab);
            QCOMPARE(model()->view(), view);
            QCOMPARE(m_w->sidebar()->currentView(), view);
            QVERIFY(settled());
        }
        press(Qt::Key_Tab);
        QVERIFY(settled());
        QCOMPARE(subjects(model()), (QStringList{QStringLiteral("Review my PR"),
                                                 QStringLiteral("Design doc feedback"),
                                                 QStringLiteral("Lunch Friday?")}));
        QCOMPARE(currentSubject(), QStringLiteral("Review my PR"));
        // Tab still cycles while the reading pane has focus.
        QTest::keyClick(m_w->readingPane(), Qt::Key_Tab);
        QCOMPARE(model()->view(), InboxView::Reference);
    }

    void questionMarkShowsShortcuts()
    {
        press(Qt::Key_Question);
        auto *overlay = m_w->findChild<ShortcutOverlay *>();
        QVERIFY(overlay);
        QVERIFY(overlay->isVisible());
        const QStringList entries = overlay->entries();
        QVERIFY2(entries.contains(QStringLiteral("Mark done\tE")), qPrintable(entries.join(u'|')));
        QVERIFY(entries.contains(QStringLiteral("Next item\tJ")));
        QVERIFY(entries.contains(QStringLiteral("Previous item\tK")));
        QVERIFY(entries.contains(QStringLiteral("Next tier\tTab")));
        QVERIFY(entries.contains(QStringLiteral("Move to Now\t3")));
        QVERIFY(entries.contains(QStringLiteral("Snooze\tS")));
        QVERIFY(entries.contains(QStringLiteral("Undo\tU / Ctrl+Z")));
        QCOMPARE(entries.filter(QStringLiteral("Keyboard shortcuts")).size(), 1);
    }

    void syncProgressInStatusBar()
    {
        m_w->setSyncProgress(7, QStringLiteral("Work mail"), 40, 100);
        auto *bar = m_w->statusBar()->findChild<QProgressBar *>();
        QVERIFY(bar);
        QCOMPARE(bar->value(), 40);
        QCOMPARE(bar->maximum(), 100);
        m_w->setSyncFinished(7, QStringLiteral("Work mail: 3 new"));
        QCOMPARE(m_w->statusBar()->currentMessage(), QStringLiteral("Work mail: 3 new"));
    }

    void bodyLoaderFillsReadingPane()
    {
        QSignalSpy loaded(m_w->readingPane(), &ReadingPane::bodyLoaded);
        m_w->setBodyLoader([](const Item &item) -> std::optional<QString> {
            return QStringLiteral("Full body of ") + item.record.subject;
        });
        QVERIFY(loaded.wait());
        QCOMPARE(m_w->readingPane()->bodyText(), QStringLiteral("Full body of DB primary down"));
        press(Qt::Key_J);
        QCOMPARE(m_w->readingPane()->bodyText(), QStringLiteral("About Escalation: checkout")); // snippet first
        QVERIFY(loaded.wait());
        QCOMPARE(m_w->readingPane()->bodyText(), QStringLiteral("Full body of Escalation: checkout"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
