// InboxModel over a real ItemStore: order, views, reloads that keep the selection, roles.

#include "inboxfixture.h"
#include "inboxlistview.h"

#include "deadlines/deadlinestate.h"

#include <QDateTime>
#include <QStandardPaths>
#include <QTest>

using namespace fi;
using namespace fitest;

class TestInboxModel : public QObject {
    Q_OBJECT

    qint64 m_now = QDateTime::currentMSecsSinceEpoch();

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rowsAreOrderedByDueThenReceived()
    {
        InboxFixture f;
        QVERIFY(f.open());
        QVERIFY(f.add({
            makeItem(QStringLiteral("a"), QStringLiteral("Ann"), QStringLiteral("no due, older"),
                     Tier::Async, m_now - 5 * kHour, std::nullopt),
            makeItem(QStringLiteral("b"), QStringLiteral("Bob"), QStringLiteral("due later"),
                     Tier::Async, m_now - 1 * kHour, m_now + 3 * kHour),
            makeItem(QStringLiteral("c"), QStringLiteral("Cid"), QStringLiteral("due first"),
                     Tier::Async, m_now - 4 * kHour, m_now + 20 * kMinute),
            makeItem(QStringLiteral("d"), QStringLiteral("Dee"), QStringLiteral("no due, newer"),
                     Tier::Async, m_now - 1 * kHour, std::nullopt),
            makeItem(QStringLiteral("e"), QStringLiteral("Eve"), QStringLiteral("other tier"),
                     Tier::Now, m_now - 1 * kHour, m_now + 10 * kMinute),
        }));
        InboxModel model(f.store.get());
        model.setView(InboxView::Async);
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(subjects(&model), (QStringList{QStringLiteral("due first"), QStringLiteral("due later"),
                                                QStringLiteral("no due, newer"),
                                                QStringLiteral("no due, older")}));
        QCOMPARE(model.counts().async, 4);
        QCOMPARE(model.counts().now, 1);
    }

    void rolesDescribeTheItem()
    {
        InboxFixture f;
        QVERIFY(f.open());
        QVERIFY(f.add({makeItem(QStringLiteral("x"), QStringLiteral("Grace Hopper"),
                                QStringLiteral("Pager: disk full"), Tier::Now, m_now - 3 * kHour,
                                m_now - 2 * kHour)}));
        InboxModel model(f.store.get());
        model.setClock([this] { return m_now; });
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex index = model.index(0);
        QCOMPARE(index.data(InboxModel::SenderRole).toString(), QStringLiteral("Grace Hopper"));
        QCOMPARE(index.data(InboxModel::SourceRole).toString(), QStringLiteral("Work mail"));
        QCOMPARE(index.data(InboxModel::TierRole).toInt(), 3);
        QCOMPARE(index.data(InboxModel::TierReasonRole).toString(), QStringLiteral("test-rule"));
        QCOMPARE(index.data(InboxModel::DueRole).toLongLong(), m_now - 2 * kHour);
        QCOMPARE(DeadlineState(index.data(InboxModel::DeadlineStateRole).toInt()), DeadlineState::Overdue);
        QCOMPARE(index.data(InboxModel::DueTextRole).toString(), QStringLiteral("overdue 2h"));
        QCOMPARE(index.data(InboxModel::AgeTextRole).toString(), QStringLiteral("3h"));
        QCOMPARE(index.data(InboxModel::SeenRole).toBool(), false);
        QCOMPARE(index.data(InboxModel::ItemRole).value<Item>().record.remoteId, QStringLiteral("x"));
    }

    void nowTickRefreshesDueRolesOnly()
    {
        InboxFixture f;
        QVERIFY(f.open());
        QVERIFY(f.add({makeItem(QStringLiteral("x"), QStringLiteral("Ann"), QStringLiteral("soon"),
                                Tier::Async, m_now - kHour, m_now + 10 * kMinute)}));
        qint64 now = m_now;
        InboxModel model(f.store.get());
        model.setClock([&now] { return now; });
        model.setView(InboxView::Async);
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(model.index(0).data(InboxModel::DueTextRole).toString(), QStringLiteral("due in 10m"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        now += 15 * kMinute;
        model.refreshTimes();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(reset.count(), 0);
        const auto roles = changed.first().at(2).value<QList<int>>();
        QVERIFY(roles.contains(InboxModel::DueTextRole));
        QVERIFY(!roles.contains(InboxModel::SubjectRole));
        QCOMPARE(model.index(0).data(InboxModel::DueTextRole).toString(), QStringLiteral("overdue 5m"));
    }

    void reloadOnChangeKeepsSelection()
    {
        InboxFixture f;
        QVERIFY(f.open());
        QList<Item> items;
        for (int i = 0; i < 4; ++i)
            items << makeItem(QStringLiteral("m%1").arg(i), QStringLiteral("Sender %1").arg(i),
                              QStringLiteral("Item %1").arg(i), Tier::Async, m_now - kHour,
                              m_now + (i + 1) * kHour);
        QVERIFY(f.add(items));
        InboxModel model(f.store.get());
        model.setView(InboxView::Async);
        InboxListView view;
        view.setInboxModel(&model);
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(model.rowCount(), 4);

        const qint64 item2 = f.idOf(QStringLiteral("m2"));
        view.selectItemId(item2);
        QCOMPARE(view.currentItemId(), item2);

        // A new item sorts in front: rows shift, the selection follows the item.
        QVERIFY(f.add({makeItem(QStringLiteral("urgent"), QStringLiteral("Boss"), QStringLiteral("First"),
                                Tier::Async, m_now, m_now + 5 * kMinute)}));
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(subjects(&model).first(), QStringLiteral("First"));
        QCOMPARE(view.currentItemId(), item2);
        QCOMPARE(view.currentIndex().row(), 3);

        // The selected item leaves the list: the item that took its row is selected.
        QVERIFY(f.store->setState({item2}, ItemState::Done).result());
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(view.currentItemId(), f.idOf(QStringLiteral("m3")));
    }

    void switchingViewsLoadsTheOtherTier()
    {
        InboxFixture f;
        QVERIFY(f.open());
        QVERIFY(f.add({makeItem(QStringLiteral("r"), QStringLiteral("News"), QStringLiteral("Weekly digest"),
                                Tier::Reference, m_now - kHour, std::nullopt),
                       makeItem(QStringLiteral("n"), QStringLiteral("Pager"), QStringLiteral("Site down"),
                                Tier::Now, m_now - kHour, m_now + kMinute)}));
        InboxModel model(f.store.get());
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(subjects(&model), QStringList{QStringLiteral("Site down")});
        model.setView(InboxView::Reference);
        QCOMPARE(model.rowCount(), 0); // cleared at once, no stale rows from the old tier
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(subjects(&model), QStringList{QStringLiteral("Weekly digest")});
        QVERIFY(f.store->setState({f.idOf(QStringLiteral("r"))}, ItemState::Done).result());
        model.setView(InboxView::Done);
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(subjects(&model), QStringList{QStringLiteral("Weekly digest")});
        QCOMPARE(model.counts().done, 1);
    }

    void formatsAge()
    {
        QCOMPARE(InboxModel::formatAge(m_now - 20 * 1000, m_now), QStringLiteral("now"));
        QCOMPARE(InboxModel::formatAge(m_now - 5 * kMinute, m_now), QStringLiteral("5m"));
        QCOMPARE(InboxModel::formatAge(m_now - 3 * kHour - 59 * kMinute, m_now), QStringLiteral("3h"));
        QCOMPARE(InboxModel::formatAge(m_now - 50 * kHour, m_now), QStringLiteral("2d"));
    }
};

QTEST_MAIN(TestInboxModel)
#include "tst_inboxmodel.moc"
