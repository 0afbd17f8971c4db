// InboxModel pages its rows in from the store (issue 12, 100,000 items): it keeps every row's
// key but only a bounded number of whole items, and reads the others when a view asks for them.
// InboxModel::setSearch() narrows the view to the items a search matches, ranked, and clearing
// the search brings the whole view back.

#include "../gui/inboxfixture.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QStandardPaths>
#include <QScopeGuard>
#include <QSemaphore>
#include <QTest>
#include <QThreadPool>

using namespace fi;
using namespace fitest;

class TestInboxModelPaging : public QObject {
    Q_OBJECT

    qint64 m_now = QDateTime::currentMSecsSinceEpoch();

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void searchNarrowsTheViewAndClearingRestoresIt()
    {
        InboxFixture f;
        QVERIFY(f.open());
        QList<Item> items;
        for (int i = 0; i < 12; ++i)
            items << makeItem(QStringLiteral("m%1").arg(i), QStringLiteral("Bob Stone"),
                              QStringLiteral("Weekly report %1").arg(i), Tier::Async, m_now - i * kHour,
                              m_now + (i + 1) * kHour);
        items << makeItem(QStringLiteral("inv1"), QStringLiteral("Ana Souza"), QStringLiteral("Invoice overdue"),
                          Tier::Async, m_now - 3 * kHour, m_now + 30 * kHour);
        items << makeItem(QStringLiteral("inv2"), QStringLiteral("Carl Diaz"), QStringLiteral("Your invoice for March"),
                          Tier::Async, m_now - 2 * kHour, m_now + 20 * kHour, /*seen=*/true);
        items << makeItem(QStringLiteral("ref"), QStringLiteral("Ana Souza"), QStringLiteral("Invoice archive"),
                          Tier::Reference, m_now - kHour, std::nullopt);
        QVERIFY(f.add(items));
        InboxModel model(f.store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setView(InboxView::Async);
        QVERIFY(settle(&model, f.store.get()));
        const QStringList everything = subjects(&model);
        QCOMPARE(everything.size(), 14);

        QSignalSpy searchChanged(&model, &InboxModel::searchChanged);
        model.setSearch(QStringLiteral("invoice"));
        QCOMPARE(model.search(), QStringLiteral("invoice"));
        QCOMPARE(searchChanged.count(), 1);
        QVERIFY(settle(&model, f.store.get()));
        // A search covers every tier and state (search/searchscope.h): the Reference match too.
        const QStringList found = subjects(&model);
        QCOMPARE(QSet<QString>(found.cbegin(), found.cend()),
                 (QSet<QString>{QStringLiteral("Invoice overdue"), QStringLiteral("Your invoice for March"),
                                QStringLiteral("Invoice archive")}));

        model.setSearch(QStringLiteral("invoice from:ana tier:async"));
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(subjects(&model), QStringList{QStringLiteral("Invoice overdue")});

        model.setSearch(QStringLiteral("invoice is:unread -archive"));
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(subjects(&model), QStringList{QStringLiteral("Invoice overdue")});

        model.setSearch(QStringLiteral("report -\"report 3\" -\"report 4\""));
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(!subjects(&model).contains(QStringLiteral("Weekly report 3")));

        model.setSearch(QStringLiteral("nothingmatchesthis"));
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(model.rowCount(), 0);

        // While searching, store changes still reach the rows.
        model.setSearch(QStringLiteral("invoice is:open tier:async"));
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(f.store->setState({f.idOf(QStringLiteral("inv1"))}, ItemState::Done).result());
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(subjects(&model), QStringList{QStringLiteral("Your invoice for March")});

        model.setSearch(QString());
        QCOMPARE(model.search(), QString());
        QVERIFY(settle(&model, f.store.get()));
        QStringList restored = everything;
        restored.removeOne(QStringLiteral("Invoice overdue"));
        QCOMPARE(subjects(&model), restored);
    }

    void searchRanksSubjectMatchesFirst()
    {
        InboxFixture f;
        QVERIFY(f.open());
        // Due order would put "Lunch" first; the word is in its snippet only.
        Item snippetOnly = makeItem(QStringLiteral("a"), QStringLiteral("Eve"), QStringLiteral("Lunch"),
                                    Tier::Async, m_now, m_now + kHour);
        snippetOnly.record.snippet = QStringLiteral("also the budget");
        QVERIFY(f.add({snippetOnly, makeItem(QStringLiteral("b"), QStringLiteral("Dan"), QStringLiteral("Budget review"),
                                             Tier::Async, m_now, m_now + 5 * kHour)}));
        InboxModel model(f.store.get());
        model.setView(InboxView::Async);
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(subjects(&model), (QStringList{QStringLiteral("Lunch"), QStringLiteral("Budget review")}));
        model.setSearch(QStringLiteral("budget"));
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(subjects(&model), (QStringList{QStringLiteral("Budget review"), QStringLiteral("Lunch")}));
    }

    // Qt's raster paint engine splits large fills over QThreadPool::globalInstance() and the GUI
    // thread waits for them (Qt 6.4): the model's reads must not queue there, or a long read
    // holds up painting. Seen from the model: with every global pool thread taken, it still
    // loads its view and a search.
    void loadsDoNotWaitForQtsGlobalThreadPool()
    {
        InboxFixture f;
        QVERIFY(f.open());
        QVERIFY(f.add({makeItem(QStringLiteral("a"), QStringLiteral("Ana Souza"), QStringLiteral("Budget review"),
                                Tier::Async, m_now, m_now + kHour),
                       makeItem(QStringLiteral("b"), QStringLiteral("Dan"), QStringLiteral("Lunch"), Tier::Async,
                                m_now, m_now + 2 * kHour)}));
        QThreadPool *global = QThreadPool::globalInstance();
        QSemaphore release;
        QSemaphore started;
        const int threads = global->maxThreadCount();
        for (int i = 0; i < threads; ++i)
            global->start([&] {
                started.release();
                release.acquire();
            });
        QVERIFY(started.tryAcquire(threads, 5000)); // every thread of the global pool is busy
        const auto freeGlobalPool = qScopeGuard([&] {
            release.release(threads);
            global->waitForDone();
        });

        InboxModel model(f.store.get());
        model.setView(InboxView::Async);
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(subjects(&model), (QStringList{QStringLiteral("Budget review"), QStringLiteral("Lunch")}));
        QCOMPARE(model.counts().async, 2);
        model.setSearch(QStringLiteral("budget"));
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(subjects(&model), QStringList{QStringLiteral("Budget review")});
    }

    void manyRowsKeepFewItemsInMemory()
    {
        constexpr int kRows = InboxModel::kCacheRows + 1500;
        InboxFixture f;
        QVERIFY(f.open());
        QList<Item> items;
        for (int i = 0; i < kRows; ++i)
            items << makeItem(QStringLiteral("r%1").arg(i), QStringLiteral("Feed %1").arg(i % 7),
                              QStringLiteral("Entry %1").arg(i), Tier::Reference, m_now - i * kMinute,
                              std::nullopt);
        QVERIFY(f.add(items));
        InboxModel model(f.store.get());
        model.setView(InboxView::Reference);
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(model.rowCount(), kRows); // every row is there for scroll bars and End
        QVERIFY(model.cachedRows() <= InboxModel::kPageRows);

        // Read every row, as scrolling through the list does: newest first.
        for (int row = 0; row < kRows; ++row)
            QCOMPARE(model.index(row).data(InboxModel::SubjectRole).toString(), QStringLiteral("Entry %1").arg(row));
        QVERIFY(model.cachedRows() <= InboxModel::kCacheRows);
        QVERIFY(model.cachedRows() >= InboxModel::kCacheRows / 2);

        // The first rows were dropped from memory and come back from the store.
        QCOMPARE(model.index(0).data(InboxModel::SubjectRole).toString(), QStringLiteral("Entry 0"));
        QCOMPARE(model.itemAt(kRows - 1).record.subject, QStringLiteral("Entry %1").arg(kRows - 1));
        QCOMPARE(model.rowForId(f.idOf(QStringLiteral("r10"))), 10);

        // A change to a row not in memory still reaches it (one changed row, no reset).
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const qint64 id = f.idOf(QStringLiteral("r1000"));
        QVERIFY(f.store->setSeen({id}, true).result());
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1000);
        QCOMPARE(model.index(1000).data(InboxModel::SeenRole).toBool(), true);

        // An item leaving the list far down is one removed row.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(f.store->setState({f.idOf(QStringLiteral("r4000"))}, ItemState::Done).result());
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 4000);
        QCOMPARE(model.rowCount(), kRows - 1);
        QCOMPARE(model.index(4000).data(InboxModel::SubjectRole).toString(), QStringLiteral("Entry 4001"));
        QVERIFY(model.cachedRows() <= InboxModel::kCacheRows);
    }
};

QTEST_GUILESS_MAIN(TestInboxModelPaging)
#include "tst_inboxmodel_paging.moc"
