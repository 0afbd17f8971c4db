// The item list while mail arrives: scrolled to the middle with an item selected, a sync batch
// brings new mail above and below → the same item is current and selected, and the first
// visible item is still the first visible item, at the same height. At the very top, new
// mail sorting in at the top comes into sight. An item marked done elsewhere does not move
// the list either.

#include "inboxfixture.h"
#include "inboxlistview.h"

#include <QDateTime>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>

using namespace fi;
using namespace fitest;

namespace {

/// What the user sees: the first item whose row reaches into the viewport, and its y.
struct FirstVisible {
    qint64 id = 0;
    int top = 0;
};

FirstVisible firstVisible(const InboxListView &view)
{
    const InboxModel *model = view.inboxModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QRect rect = view.visualRect(model->index(row));
        if (rect.bottom() >= 0)
            return {model->itemAt(row).id, rect.top()};
    }
    return {};
}

} // namespace

class TestInboxListScroll : public QObject {
    Q_OBJECT

    qint64 m_now = QDateTime::currentMSecsSinceEpoch();

    /// 500 Async items, due one minute apart after an hour ("m<i>" is row i).
    bool fill(InboxFixture &f) const
    {
        QList<Item> items;
        for (int i = 0; i < 500; ++i)
            items << makeItem(QStringLiteral("m%1").arg(i), QStringLiteral("Sender %1").arg(i),
                              QStringLiteral("Item %1").arg(i), Tier::Async, m_now - kHour,
                              m_now + kHour + i * kMinute);
        return f.add(items);
    }

    /// New mail: three items sorting above row 250, two below.
    QList<Item> newMail() const
    {
        QList<Item> items;
        for (int i = 0; i < 5; ++i) {
            const qint64 due = i < 3 ? m_now + 30 * kMinute + i * kMinute // above everything
                                     : m_now + kHour + 400 * kMinute + 30 * 1000; // near row 400
            items << makeItem(QStringLiteral("new%1").arg(i), QStringLiteral("New %1").arg(i),
                              QStringLiteral("New mail %1").arg(i), Tier::Async, m_now, due);
        }
        return items;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void newMailKeepsSelectionAndScrollPosition()
    {
        InboxFixture f;
        QVERIFY(f.open());
        QVERIFY(fill(f));
        InboxModel model(f.store.get());
        model.setView(InboxView::Async);
        InboxListView view;
        view.setInboxModel(&model);
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(model.rowCount(), 500);

        // Select row 250 and scroll so that it is in the middle, then 17 px further.
        const qint64 selected = f.idOf(QStringLiteral("m250"));
        view.selectItemId(selected);
        view.scrollTo(model.index(250), QAbstractItemView::PositionAtCenter);
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() + 17);
        QCoreApplication::processEvents();
        const FirstVisible before = firstVisible(view);
        QVERIFY(before.id != 0);
        QVERIFY(view.verticalScrollBar()->value() > 0);
        QCOMPARE(view.currentItemId(), selected);
        QSignalSpy currentChanged(&view, &InboxListView::currentItemChanged);

        QVERIFY(f.add(newMail()));
        QVERIFY(settle(&model, f.store.get()));
        QCoreApplication::processEvents();
        QCOMPARE(model.rowCount(), 505);
        QCOMPARE(model.rowForId(selected), 253);

        QCOMPARE(view.currentItemId(), selected);
        QVERIFY(view.selectionModel()->isSelected(view.currentIndex()));
        QCOMPARE(view.selectionModel()->selectedIndexes().size(), 1);
        QCOMPARE(currentChanged.count(), 0); // the reading pane does not flicker
        const FirstVisible after = firstVisible(view);
        QCOMPARE(after.id, before.id);
        QCOMPARE(after.top, before.top);

        // Marked done elsewhere (another window, the CLI): an item above leaves the list.
        QVERIFY(f.store->setState({f.idOf(QStringLiteral("m10"))}, ItemState::Done).result());
        QVERIFY(settle(&model, f.store.get()));
        QCoreApplication::processEvents();
        QCOMPARE(view.currentItemId(), selected);
        QCOMPARE(firstVisible(view).id, before.id);
        QCOMPARE(firstVisible(view).top, before.top);

        // A flag change on the selected item: still selected, list still in place.
        QVERIFY(f.store->setSeen({selected}, true).result());
        QVERIFY(settle(&model, f.store.get()));
        QCoreApplication::processEvents();
        QCOMPARE(view.currentItemId(), selected);
        QCOMPARE(view.currentIndex().data(InboxModel::SeenRole).toBool(), true);
        QCOMPARE(firstVisible(view).id, before.id);
        QCOMPARE(firstVisible(view).top, before.top);
    }

    void atTheTopNewMailComesIntoSight()
    {
        InboxFixture f;
        QVERIFY(f.open());
        QVERIFY(fill(f));
        InboxModel model(f.store.get());
        model.setView(InboxView::Async);
        InboxListView view;
        view.setInboxModel(&model);
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(settle(&model, f.store.get()));
        const qint64 selected = f.idOf(QStringLiteral("m2"));
        view.selectItemId(selected);
        view.scrollToTop();
        QCoreApplication::processEvents();
        QCOMPARE(view.verticalScrollBar()->value(), 0);

        QVERIFY(f.add(newMail()));
        QVERIFY(settle(&model, f.store.get()));
        QCoreApplication::processEvents();
        QCOMPARE(view.verticalScrollBar()->value(), 0);
        QCOMPARE(firstVisible(view).id, f.idOf(QStringLiteral("new0")));
        QCOMPARE(view.currentItemId(), selected);
    }

    void selectedItemDoneElsewhereSelectsTheNextOne()
    {
        InboxFixture f;
        QVERIFY(f.open());
        QVERIFY(fill(f));
        InboxModel model(f.store.get());
        model.setView(InboxView::Async);
        InboxListView view;
        view.setInboxModel(&model);
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(settle(&model, f.store.get()));
        view.selectItemId(f.idOf(QStringLiteral("m100")));
        QSignalSpy currentChanged(&view, &InboxListView::currentItemChanged);

        QVERIFY(f.store->setState({f.idOf(QStringLiteral("m100"))}, ItemState::Done).result());
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(view.currentItemId(), f.idOf(QStringLiteral("m101")));
        QVERIFY(view.selectionModel()->isSelected(view.currentIndex()));
        QCOMPARE(currentChanged.count(), 1);
    }
};

QTEST_MAIN(TestInboxListScroll)
#include "tst_inboxlistscroll.moc"
