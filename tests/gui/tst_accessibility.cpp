// Reach (issue 12): list rows read by assistive technology as one sentence ("Async, from Ana
// Souza, Contract review, due in 2 hours (working)"), checked through the Qt accessibility
// tree; and every control of the main window reachable from the keyboard, with visible focus.

#include "accessibletext.h"
#include "inboxfixture.h"
#include "inboxlistview.h"
#include "keyboard/keyboardreach.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "readingpane.h"
#include "tiersidebar.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QTextEdit>
#include <QStandardPaths>
#include <QTest>

using namespace fi;
using namespace fitest;

class TestAccessibility : public QObject {
    Q_OBJECT

    qint64 m_now = QDateTime::currentMSecsSinceEpoch();
    std::unique_ptr<InboxFixture> m_f;
    std::unique_ptr<MainWindow> m_w;

    /// The accessible names of the list's rows, read from the accessibility tree the way a
    /// screen reader does: the list → its rows (table/list cells).
    QStringList rowNames() const
    {
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(m_w->itemList());
        QStringList names;
        if (!list)
            return names;
        for (int i = 0; i < list->childCount(); ++i) {
            QAccessibleInterface *child = list->child(i);
            // The rows: list items or the cells of a one-column table (not its hidden headers
            // or corner button).
            if (child && (child->role() == QAccessible::ListItem || child->role() == QAccessible::Cell))
                names << child->text(QAccessible::Name);
        }
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QAccessible::setActive(true);
    }

    void init()
    {
        m_f = std::make_unique<InboxFixture>();
        QVERIFY(m_f->open());
        // Ana's message is seen (so the sentence is exactly the issue's); Bruno's is unread and flagged.
        Item ana = makeItem(QStringLiteral("a1"), QStringLiteral("Ana Souza"), QStringLiteral("Contract review"),
                            Tier::Async, m_now - kHour, m_now + 2 * kHour, /*seen*/ true);
        Item bruno = makeItem(QStringLiteral("a2"), QStringLiteral("Bruno Lima"), QStringLiteral("Invoice 42"),
                              Tier::Async, m_now - 3 * kHour, m_now - (26 * 60 + 5) * kMinute);
        bruno.record.flags.flagged = true;
        QVERIFY(m_f->add({ana, bruno}));
        m_w = std::make_unique<MainWindow>(m_f->store.get());
        m_w->setAppConfig(AppConfig());  // default policies: Async counts working hours
        m_w->inboxModel()->setClock([this] { return m_now; });
        m_w->show();
        QApplication::setActiveWindow(m_w.get());
        QVERIFY(QTest::qWaitForWindowActive(m_w.get()));
        m_w->showView(InboxView::Async);
        QVERIFY(settle(m_w->inboxModel(), m_f->store.get()));
        QCOMPARE(m_w->inboxModel()->rowCount(), 2);
    }

    void cleanup()
    {
        m_w.reset();
        m_f.reset();
    }

    void rowsAreReadAsOneSentence()
    {
        const QStringList names = rowNames();
        QVERIFY2(names.contains(QStringLiteral("Async, from Ana Souza, Contract review, due in 2 hours (working)")),
                 qPrintable(names.join(QLatin1Char('\n'))));
        QVERIFY2(names.contains(QStringLiteral(
                     "Async, from Bruno Lima, Invoice 42, overdue by 1 day 2 hours (working), unread, flagged")),
                 qPrintable(names.join(QLatin1Char('\n'))));
        // The current row is what a screen reader announces on j/k: focus follows it.
        QTest::keyClick(m_w->itemList(), Qt::Key_J);
        const QModelIndex current = m_w->itemList()->currentIndex();
        QCOMPARE(current.data(Qt::AccessibleTextRole).toString(), rowNames().at(current.row()));
    }

    /// Ctrl+Tab visits every interactive widget of the window (found here independently: every
    /// visible list, button, text view and line edit), each one outlined by the focus ring and
    /// named for a screen reader; Ctrl+Shift+Tab goes back; F6 goes pane by pane.
    void everyControlIsReachableWithVisibleFocus()
    {
        QList<QWidget *> expected;
        for (QWidget *w : m_w->findChildren<QWidget *>()) {
            const bool interactive = qobject_cast<QAbstractItemView *>(w) || qobject_cast<QAbstractButton *>(w)
                                     || qobject_cast<QTextEdit *>(w) || qobject_cast<QLineEdit *>(w);
            if (interactive && w->isVisible() && w->isEnabled() && !m_w->menuBar()->isAncestorOf(w)
                && !qobject_cast<QAbstractItemView *>(w->parentWidget()))  // (a view's own editors)
                expected << w;
        }
        QVERIFY(expected.contains(m_w->itemList()));
        QVERIFY(expected.size() >= 4);  // views list, sources list, items, message body (+ buttons)

        auto *reach = m_w->findChild<KeyboardReach *>();
        QVERIFY(reach);
        m_w->itemList()->setFocus();
        QList<QWidget *> visited;
        for (int i = 0; i < 2 * expected.size() + 2; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            QVERIFY2(focus->window() == m_w.get(), qPrintable(focus->metaObject()->className()));
            if (!visited.contains(focus))
                visited << focus;
            // Visible focus: the ring outlines exactly the focus widget, drawn in the highlight colour.
            FocusRing *ring = reach->ring();
            QCOMPARE(ring->target(), focus);
            QVERIFY(ring->isVisible());
            QCOMPARE(ring->geometry(), QRect(focus->mapTo(m_w.get(), QPoint(0, 0)), focus->size()));
            const QImage shot = m_w->grab(ring->geometry()).toImage();
            const QColor edge = shot.pixelColor(shot.width() / 2, 1);
            const QColor highlight = ring->palette().color(QPalette::Active, QPalette::Highlight);
            QVERIFY2(qAbs(edge.red() - highlight.red()) < 40 && qAbs(edge.blue() - highlight.blue()) < 40,
                     qPrintable(QStringLiteral("%1 vs %2").arg(edge.name(), highlight.name())));
            // Named for a screen reader.
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(focus);
            QVERIFY(iface);
            QVERIFY2(!iface->text(QAccessible::Name).isEmpty() || !iface->text(QAccessible::Description).isEmpty(),
                     qPrintable(QString::fromLatin1(focus->metaObject()->className())));
        }
        for (QWidget *w : expected)
            QVERIFY2(visited.contains(w), qPrintable(QStringLiteral("not reached: %1 \"%2\"")
                                                         .arg(QString::fromLatin1(w->metaObject()->className()),
                                                              w->accessibleName())));
        // Backwards returns where we came from.
        QWidget *here = QApplication::focusWidget();
        QTest::keyClick(here, Qt::Key_Tab, Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), here);

        // F6: sidebar (views), items, reading pane, and around.
        m_w->itemList()->setFocus();
        QTest::keyClick(m_w->itemList(), Qt::Key_F6);
        QVERIFY2(m_w->readingPane()->isAncestorOf(QApplication::focusWidget()),
                 QApplication::focusWidget()->metaObject()->className());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QVERIFY(m_w->sidebar()->isAncestorOf(QApplication::focusWidget()));
        QCOMPARE(QApplication::focusWidget()->accessibleName(), QStringLiteral("Inbox views"));
        // The views list works from the keyboard once there: Down shows Reference.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QCOMPARE(m_w->inboxModel()->view(), InboxView::Reference);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
        QCOMPARE(m_w->inboxModel()->view(), InboxView::Async);
        QVERIFY(settle(m_w->inboxModel(), m_f->store.get()));
        QTRY_VERIFY(m_w->currentItem().has_value());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
        QVERIFY2(m_w->readingPane()->isAncestorOf(QApplication::focusWidget()),
                 QApplication::focusWidget()->metaObject()->className());
        // Tab is still "Next tier" wherever the focus is.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(m_w->inboxModel()->view(), InboxView::Reference);
    }

    /// The sidebar's painted count badges are read with the view's name.
    void sidebarCountsAreRead()
    {
        QListWidget *views = m_w->sidebar()->findChild<QListWidget *>();
        QVERIFY(views);
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(views);
        QVERIFY(list);
        QStringList names;
        for (int i = 0; i < list->childCount(); ++i)
            names << list->child(i)->text(QAccessible::Name);
        QVERIFY2(names.contains(QStringLiteral("Async, 2 items")), qPrintable(names.join(QLatin1Char('\n'))));
        QVERIFY(names.contains(QStringLiteral("Now, 0 items")));
    }

    void spokenDueTexts()
    {
        const qint64 now = m_now;
        QCOMPARE(spokenDueText(DeadlineState::OnTrack, now + 2 * kHour, now, false), QStringLiteral("due in 2 hours"));
        QCOMPARE(spokenDueText(DeadlineState::OnTrack, now + 3 * kHour + 20 * kMinute, now, false),
                 QStringLiteral("due in 3 hours 20 minutes"));
        QCOMPARE(spokenDueText(DeadlineState::DueSoon, now + 30 * 1000, now, true),
                 QStringLiteral("due in 1 minute (working)"));
        QCOMPARE(spokenDueText(DeadlineState::Overdue, now - 24 * kHour, now, false), QStringLiteral("overdue by 1 day"));
        QCOMPARE(spokenDueText(DeadlineState::Overdue, now - 10 * 1000, now, false), QStringLiteral("due now"));
        QCOMPARE(spokenDueText(DeadlineState::Met, now - kHour, now, false), QStringLiteral("deadline met"));
        QCOMPARE(spokenDueText(DeadlineState::None, std::nullopt, now, false), QString());
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
