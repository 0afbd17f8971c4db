// InboxModel over a real ItemStore announces which rows changed: new mail is one rowsInserted,
// "done" is one rowsRemoved, a flag change is one dataChanged, a new deadline is one move; no
// model reset. Persistent indexes, the current index and a multi-selection stay on their items.
// Also: diffRows() itself, against random lists (applying its steps must give the new list).

#include "../gui/inboxfixture.h"

#include "inboxquery.h"
#include "inboxrowdiff.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace fi;
using namespace fitest;

namespace {

/// Every model signal that changes rows, counted.
struct RowSignals {
    explicit RowSignals(QAbstractItemModel *model)
        : inserted(model, &QAbstractItemModel::rowsInserted),
          removed(model, &QAbstractItemModel::rowsRemoved),
          moved(model, &QAbstractItemModel::rowsMoved),
          changed(model, &QAbstractItemModel::dataChanged),
          reset(model, &QAbstractItemModel::modelReset),
          layout(model, &QAbstractItemModel::layoutChanged)
    {
    }
    QSignalSpy inserted, removed, moved, changed, reset, layout;
};

/// Persistent indexes on every row, with the id each one showed.
struct Pinned {
    QList<QPersistentModelIndex> indexes;
    QList<qint64> ids;
    explicit Pinned(const InboxModel &model)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            indexes << QPersistentModelIndex(model.index(row));
            ids << model.itemAt(row).id;
        }
    }
    /// Every index still valid shows its item; @return how many are invalid now.
    int invalidCount() const
    {
        int invalid = 0;
        for (int i = 0; i < indexes.size(); ++i) {
            if (!indexes[i].isValid()) {
                ++invalid;
                continue;
            }
            if (indexes[i].data(InboxModel::ItemIdRole).toLongLong() != ids[i]) {
                qWarning("persistent index %d shows id %lld, was %lld", i,
                         indexes[i].data(InboxModel::ItemIdRole).toLongLong(), ids[i]);
                return -1;
            }
        }
        return invalid;
    }
};

/// Apply @p diff's steps to @p ids (the old list) the way InboxModel::applySteps() does.
/// @p newIds: the new list (Insert and Change steps name its rows); the ids of Change steps go
/// to @p changed, the number of Move steps to @p moves. An empty result, or why a step is invalid.
QString replaySteps(const RowDiff &diff, std::vector<qint64> &ids, const std::vector<qint64> &newIds,
                    QList<qint64> *changed, int *moves)
{
    for (const RowStep &step : diff.steps) {
        switch (step.kind) {
        case RowStep::Kind::Remove:
            if (step.first < 0 || step.last >= int(ids.size()) || step.first > step.last)
                return QStringLiteral("remove %1..%2 of %3 rows").arg(step.first).arg(step.last).arg(ids.size());
            ids.erase(ids.begin() + step.first, ids.begin() + step.last + 1);
            break;
        case RowStep::Kind::Move:
            ++*moves;
            // beginMoveRows' rule: the destination is not inside or right after the range.
            if (!(step.to < step.first || step.to > step.last + 1) || step.to < 0 || step.to > int(ids.size()))
                return QStringLiteral("move %1..%2 to %3").arg(step.first).arg(step.last).arg(step.to);
            if (step.to > step.first)
                std::rotate(ids.begin() + step.first, ids.begin() + step.last + 1, ids.begin() + step.to);
            else
                std::rotate(ids.begin() + step.to, ids.begin() + step.first, ids.begin() + step.last + 1);
            break;
        case RowStep::Kind::Insert:
            if (step.first < 0 || step.first > int(ids.size()))
                return QStringLiteral("insert at %1 of %2 rows").arg(step.first).arg(ids.size());
            for (int j = step.first; j <= step.last; ++j)
                ids.insert(ids.begin() + j, newIds[std::size_t(j)]);
            break;
        case RowStep::Kind::Change:
            for (int j = step.first; j <= step.last; ++j)
                *changed << newIds[std::size_t(j)];
            break;
        }
    }
    return QString();
}

QList<qint64> idsOf(const InboxModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.itemAt(row).id;
    return ids;
}

ItemRow rowOf(qint64 id, int version = 0)
{
    auto item = std::make_shared<Item>();
    item->id = id;
    item->record.subject = QStringLiteral("v%1").arg(version);
    return item;
}

} // namespace

class TestInboxModelIncremental : public QObject {
    Q_OBJECT

    qint64 m_now = QDateTime::currentMSecsSinceEpoch();

    /// @p count Async items, due one hour apart (row i = "m<i>").
    QList<Item> asyncItems(int count) const
    {
        QList<Item> items;
        for (int i = 0; i < count; ++i)
            items << makeItem(QStringLiteral("m%1").arg(i), QStringLiteral("Sender %1").arg(i),
                              QStringLiteral("Item %1").arg(i), Tier::Async, m_now - kHour,
                              m_now + (i + 1) * kHour);
        return items;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void newItemIsOneInsertedRow()
    {
        InboxFixture f;
        QVERIFY(f.open());
        QVERIFY(f.add(asyncItems(40)));
        InboxModel model(f.store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setView(InboxView::Async);
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(model.rowCount(), 40);
        const Pinned pinned(model);
        RowSignals spy(&model);

        // Due between m9 (10 h) and m10 (11 h): row 10.
        QVERIFY(f.add({makeItem(QStringLiteral("new"), QStringLiteral("Ann"), QStringLiteral("New"),
                                Tier::Async, m_now, m_now + 10 * kHour + 30 * kMinute)}));
        QVERIFY(settle(&model, f.store.get()));

        QCOMPARE(model.rowCount(), 41);
        QCOMPARE(spy.reset.count(), 0);
        QCOMPARE(spy.layout.count(), 0);
        QCOMPARE(spy.removed.count(), 0);
        QCOMPARE(spy.moved.count(), 0);
        QCOMPARE(spy.changed.count(), 0);
        QCOMPARE(spy.inserted.count(), 1);
        QCOMPARE(spy.inserted.first().at(1).toInt(), 10);
        QCOMPARE(spy.inserted.first().at(2).toInt(), 10);
        QCOMPARE(model.itemAt(10).id, f.idOf(QStringLiteral("new")));
        QCOMPARE(pinned.invalidCount(), 0);
        QCOMPARE(model.partialLoads(), quint64(1)); // the new item alone was read
    }

    void doneIsOneRemovedRow()
    {
        InboxFixture f;
        QVERIFY(f.open());
        QVERIFY(f.add(asyncItems(40)));
        InboxModel model(f.store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setView(InboxView::Async);
        QVERIFY(settle(&model, f.store.get()));
        const Pinned pinned(model);
        RowSignals spy(&model);

        QVERIFY(f.store->setState({f.idOf(QStringLiteral("m7"))}, ItemState::Done).result());
        QVERIFY(settle(&model, f.store.get()));

        QCOMPARE(model.rowCount(), 39);
        QCOMPARE(spy.reset.count(), 0);
        QCOMPARE(spy.inserted.count(), 0);
        QCOMPARE(spy.moved.count(), 0);
        QCOMPARE(spy.changed.count(), 0);
        QCOMPARE(spy.removed.count(), 1);
        QCOMPARE(spy.removed.first().at(1).toInt(), 7);
        QCOMPARE(spy.removed.first().at(2).toInt(), 7);
        QCOMPARE(model.rowForId(f.idOf(QStringLiteral("m7"))), -1);
        QCOMPARE(pinned.invalidCount(), 1); // only the row that left
    }

    void previewMovesRowsBeforeTheWrite()
    {
        // A triage key and its undo announce the items first (ItemStore::previewItems): the rows
        // move in the same call, before any write, and the write that follows changes nothing.
        InboxFixture f;
        QVERIFY(f.open());
        QVERIFY(f.add(asyncItems(40)));
        InboxModel model(f.store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setView(InboxView::Async);
        QVERIFY(settle(&model, f.store.get()));
        const qint64 id = f.idOf(QStringLiteral("m7"));
        const Item before = model.itemAt(7);
        QCOMPARE(before.id, id);

        RowSignals spy(&model);
        Item done = before;
        done.state = ItemState::Done;
        f.store->previewItems({done});
        QCOMPARE(model.rowCount(), 39); // no event loop ran: shown at once
        QCOMPARE(model.rowForId(id), -1);
        QCOMPARE(spy.removed.count(), 1);
        QVERIFY(f.store->setState({id}, ItemState::Done).result());
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(model.rowCount(), 39);
        QCOMPARE(spy.removed.count(), 1);
        QCOMPARE(spy.inserted.count(), 0);

        f.store->previewItems({before}); // undo: back at its own row
        QCOMPARE(model.rowForId(id), 7);
        QCOMPARE(model.index(7).data(InboxModel::SubjectRole).toString(), before.record.subject);
        QCOMPARE(spy.inserted.count(), 1);
        QVERIFY(f.store->setState({id}, ItemState::Open).result());
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(model.rowForId(id), 7);
        QCOMPARE(spy.inserted.count(), 1);

        // Another tier leaves this view; moving within the order is one move, not remove + insert.
        Item now = before;
        now.tier = Tier::Now;
        f.store->previewItems({now});
        QCOMPARE(model.rowForId(id), -1);
        QVERIFY(f.store->setTier({id}, Tier::Now, QStringLiteral("manual"), before.dueMs, before.policy).result());
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(model.rowForId(id), -1);
        QVERIFY(f.store->setTier({id}, Tier::Async, before.tierReason, before.dueMs, before.policy).result());
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(model.rowForId(id), 7);
        Item later = model.itemAt(7);
        later.dueMs = *before.dueMs + 19 * kHour + 30 * kMinute; // between m26 and m27
        const int moves = int(spy.moved.count());
        f.store->previewItems({later});
        QCOMPARE(model.rowForId(id), 26);
        QCOMPARE(int(spy.moved.count()), moves + 1);
        QCOMPARE(model.itemAt(25).id, f.idOf(QStringLiteral("m26")));
        QCOMPARE(model.itemAt(27).id, f.idOf(QStringLiteral("m27")));

        // A write that fails: the item is read again and shown as the store holds it.
        QVERIFY(settle(&model, f.store.get()));
        Item snoozed = model.itemAt(26);
        snoozed.state = ItemState::Snoozed;
        snoozed.snoozedUntilMs = m_now + kHour;
        f.store->previewItems({snoozed});
        QCOMPARE(model.rowForId(id), -1);
        QVERIFY(!f.store->setState({id}, ItemState::Snoozed, std::nullopt).result()); // no time: refused
        QTRY_COMPARE(model.rowForId(id), 7); // the store still holds the old deadline
        QCOMPARE(model.rowCount(), 40);
        QCOMPARE(spy.reset.count(), 0);
    }

    void seenAndFlagChangesAreOneChangedRow()
    {
        InboxFixture f;
        QVERIFY(f.open());
        QVERIFY(f.add(asyncItems(40)));
        InboxModel model(f.store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setView(InboxView::Async);
        QVERIFY(settle(&model, f.store.get()));
        const Pinned pinned(model);
        RowSignals spy(&model);

        // Read in the app.
        QVERIFY(f.store->setSeen({f.idOf(QStringLiteral("m3"))}, true).result());
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(spy.changed.count(), 1);
        QCOMPARE(spy.changed.first().at(0).toModelIndex().row(), 3);
        QCOMPARE(spy.changed.first().at(1).toModelIndex().row(), 3);
        QCOMPARE(model.index(3).data(InboxModel::SeenRole).toBool(), true);

        // Flagged on a phone: a flag-only sync batch.
        FlagUpdate flags;
        flags.remoteId = QStringLiteral("m20");
        flags.flags.flagged = true;
        StoreBatch batch;
        batch.sourceId = f.sourceId;
        batch.flagUpdates = {flags};
        QVERIFY(f.store->applyBatch(batch).result().ok);
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(spy.changed.count(), 2);
        QCOMPARE(spy.changed.last().at(0).toModelIndex().row(), 20);
        QCOMPARE(spy.changed.last().at(1).toModelIndex().row(), 20);
        QCOMPARE(model.itemAt(20).record.flags.flagged, true);

        QCOMPARE(spy.reset.count(), 0);
        QCOMPARE(spy.inserted.count(), 0);
        QCOMPARE(spy.removed.count(), 0);
        QCOMPARE(spy.moved.count(), 0);
        QCOMPARE(pinned.invalidCount(), 0);
    }

    void newDeadlineMovesTheRowAndSelectionFollows()
    {
        InboxFixture f;
        QVERIFY(f.open());
        QVERIFY(f.add(asyncItems(40)));
        InboxModel model(f.store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setView(InboxView::Async);
        QVERIFY(settle(&model, f.store.get()));
        QItemSelectionModel selection(&model);
        const qint64 moving = f.idOf(QStringLiteral("m30"));
        selection.setCurrentIndex(model.index(30), QItemSelectionModel::ClearAndSelect);
        selection.select(model.index(5), QItemSelectionModel::Select);
        selection.select(model.index(35), QItemSelectionModel::Select);
        const Pinned pinned(model);
        RowSignals spy(&model);

        // The sender's record changes: new due (10.5 h) puts it between m9 and m10.
        Item changed = asyncItems(40).at(30);
        changed.dueMs = m_now + 10 * kHour + 30 * kMinute;
        changed.record.subject = QStringLiteral("Item 30, edited");
        changed.record.fingerprint = QStringLiteral("m30-v2");
        QVERIFY(f.add({changed}));
        QVERIFY(settle(&model, f.store.get()));

        QCOMPARE(spy.reset.count(), 0);
        QCOMPARE(spy.inserted.count(), 0);
        QCOMPARE(spy.removed.count(), 0);
        QCOMPARE(spy.moved.count(), 1);
        QCOMPARE(model.itemAt(10).id, moving);
        QCOMPARE(model.index(10).data(InboxModel::SubjectRole).toString(), QStringLiteral("Item 30, edited"));
        QCOMPARE(spy.changed.count(), 1);
        QCOMPARE(spy.changed.first().at(0).toModelIndex().row(), 10);
        QCOMPARE(pinned.invalidCount(), 0);

        QCOMPARE(selection.currentIndex().data(InboxModel::ItemIdRole).toLongLong(), moving);
        QList<qint64> selected;
        for (const QModelIndex &index : selection.selectedIndexes())
            selected << index.data(InboxModel::ItemIdRole).toLongLong();
        std::sort(selected.begin(), selected.end());
        QList<qint64> expected{moving, f.idOf(QStringLiteral("m5")), f.idOf(QStringLiteral("m35"))};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(selected, expected);
    }

    void currentAndMultiSelectionSurviveNewMail()
    {
        InboxFixture f;
        QVERIFY(f.open());
        QVERIFY(f.add(asyncItems(30)));
        InboxModel model(f.store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setView(InboxView::Async);
        QVERIFY(settle(&model, f.store.get()));
        QItemSelectionModel selection(&model);
        selection.setCurrentIndex(model.index(12), QItemSelectionModel::ClearAndSelect);
        selection.select(QItemSelection(model.index(14), model.index(16)), QItemSelectionModel::Select);
        const QList<qint64> before = idsOf(model);
        RowSignals spy(&model);

        // Three new messages: one at the top, one in the middle, one at the bottom.
        QVERIFY(f.add({makeItem(QStringLiteral("top"), QStringLiteral("A"), QStringLiteral("Top"),
                                Tier::Async, m_now, m_now + 10 * kMinute),
                       makeItem(QStringLiteral("mid"), QStringLiteral("B"), QStringLiteral("Mid"),
                                Tier::Async, m_now, m_now + 13 * kHour + kMinute),
                       makeItem(QStringLiteral("end"), QStringLiteral("C"), QStringLiteral("End"),
                                Tier::Async, m_now, std::nullopt)}));
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(spy.reset.count(), 0);
        QCOMPARE(spy.inserted.count(), 3);
        QCOMPARE(model.rowCount(), 33);

        QCOMPARE(selection.currentIndex().data(InboxModel::ItemIdRole).toLongLong(), before[12]);
        QList<qint64> selected;
        for (const QModelIndex &index : selection.selectedIndexes())
            selected << index.data(InboxModel::ItemIdRole).toLongLong();
        std::sort(selected.begin(), selected.end());
        QList<qint64> expected{before[12], before[14], before[15], before[16]};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(selected, expected);
    }

    void itemsEnteringAndLeavingTheTier()
    {
        InboxFixture f;
        QVERIFY(f.open());
        QList<Item> items = asyncItems(10);
        items << makeItem(QStringLiteral("now1"), QStringLiteral("Pager"), QStringLiteral("Down"),
                          Tier::Now, m_now, m_now + 5 * kHour + kMinute);
        QVERIFY(f.add(items));
        InboxModel model(f.store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setView(InboxView::Async);
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(model.rowCount(), 10);
        RowSignals spy(&model);

        // One item moves to Now, another comes from Now, in one write each.
        QVERIFY(f.store->setTier({f.idOf(QStringLiteral("m2"))}, Tier::Now, QStringLiteral("manual"),
                                 m_now + 15 * kMinute, QStringLiteral("tier3-default")).result());
        QVERIFY(f.store->setTier({f.idOf(QStringLiteral("now1"))}, Tier::Async, QStringLiteral("manual"),
                                 m_now + 5 * kHour + kMinute, QStringLiteral("tier2-default")).result());
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(spy.reset.count(), 0);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.rowForId(f.idOf(QStringLiteral("m2"))), -1);
        QCOMPARE(model.rowForId(f.idOf(QStringLiteral("now1"))), 4); // due 5 h 1 min: after m4
        QCOMPARE(spy.removed.count(), 1);
        QCOMPARE(spy.inserted.count(), 1);

        // Reopened from Done: back in its row.
        const qint64 m6 = f.idOf(QStringLiteral("m6"));
        QVERIFY(f.store->setState({m6}, ItemState::Done).result());
        QVERIFY(settle(&model, f.store.get()));
        QVERIFY(f.store->setState({m6}, ItemState::Open).result());
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(spy.reset.count(), 0);
        QCOMPARE(model.rowForId(m6), 6);
        QCOMPARE(spy.removed.count(), 2);
        QCOMPARE(spy.inserted.count(), 2);
    }

    void switchingViewsAndFiltersResets()
    {
        InboxFixture f;
        QVERIFY(f.open());
        QVERIFY(f.add(asyncItems(5)));
        InboxModel model(f.store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(settle(&model, f.store.get()));
        RowSignals spy(&model);
        model.setView(InboxView::Async);
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(spy.reset.count() >= 1);
        QCOMPARE(spy.inserted.count(), 0);
        const int resets = spy.reset.count();
        model.setDeadlineFilter(DeadlineFilter::DueToday);
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(spy.reset.count(), resets + 1);
        QCOMPARE(spy.inserted.count(), 0);
        QCOMPARE(spy.removed.count(), 0);
    }

    void sourceRenameRefreshesEveryRow()
    {
        InboxFixture f;
        QVERIFY(f.open());
        QVERIFY(f.add(asyncItems(20)));
        InboxModel model(f.store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setView(InboxView::Async);
        QVERIFY(settle(&model, f.store.get()));
        RowSignals spy(&model);
        SourceConfig config = *f.store->source(f.sourceId);
        config.name = QStringLiteral("Home mail");
        QVERIFY(f.store->updateSource(config).result());
        QVERIFY(settle(&model, f.store.get()));
        QCOMPARE(spy.reset.count(), 0);
        QCOMPARE(spy.changed.count(), 1);
        QCOMPARE(spy.changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(spy.changed.first().at(1).toModelIndex().row(), 19);
        QCOMPARE(model.index(7).data(InboxModel::SourceRole).toString(), QStringLiteral("Home mail"));
    }

    /// inboxquery.h must select and order exactly like ItemStore::items().
    void queryMirrorsTheStore()
    {
        InboxFixture f;
        QVERIFY(f.open());
        QRandomGenerator rng(5);
        QList<Item> items;
        for (int i = 0; i < 300; ++i) {
            const std::optional<qint64> due = rng.bounded(4) == 0
                ? std::nullopt : std::optional<qint64>(m_now + qint64(rng.bounded(6)) * kHour);
            items << makeItem(QStringLiteral("q%1").arg(i), QStringLiteral("S %1").arg(i),
                              QStringLiteral("Q %1").arg(i), Tier(1 + rng.bounded(3)),
                              m_now - qint64(rng.bounded(5)) * kHour, due);
        }
        QVERIFY(f.add(items));
        QList<qint64> done, snoozedPast, snoozedFuture;
        for (int i = 0; i < 300; ++i) {
            const qint64 id = f.idOf(QStringLiteral("q%1").arg(i));
            switch (rng.bounded(5)) {
            case 0: done << id; break;
            case 1: snoozedPast << id; break;
            case 2: snoozedFuture << id; break;
            default: break;
            }
        }
        QVERIFY(f.store->setState(done, ItemState::Done).result());
        QVERIFY(f.store->setState(snoozedPast, ItemState::Snoozed, m_now - kMinute).result());
        QVERIFY(f.store->setState(snoozedFuture, ItemState::Snoozed, m_now + kHour).result());
        ItemQuery all;
        all.states = ItemQuery::States::All;
        const QList<Item> stored = f.store->items(all);
        QCOMPARE(stored.size(), 300);

        QList<ItemQuery> queries;
        for (const auto states : {ItemQuery::States::Open, ItemQuery::States::Done,
                                  ItemQuery::States::Snoozed, ItemQuery::States::All}) {
            for (const std::optional<Tier> tier : {std::optional<Tier>(), std::optional<Tier>(Tier::Now),
                                                   std::optional<Tier>(Tier::Async),
                                                   std::optional<Tier>(Tier::Reference)}) {
                ItemQuery query;
                query.states = states;
                query.tier = tier;
                query.nowMs = m_now;
                queries << query;
            }
        }
        for (const ItemQuery &query : std::as_const(queries)) {
            QList<qint64> fromStore;
            for (const Item &item : f.store->items(query))
                fromStore << item.id;
            QList<Item> mirrored;
            for (const Item &item : stored) {
                const std::optional<bool> match = matchesItemQuery(item, query);
                QVERIFY(match.has_value());
                if (*match)
                    mirrored << item;
            }
            std::sort(mirrored.begin(), mirrored.end(),
                      [&query](const Item &a, const Item &b) { return inboxOrderLess(a, b, query.states); });
            QList<qint64> fromMirror;
            for (const Item &item : std::as_const(mirrored))
                fromMirror << item.id;
            QCOMPARE(fromMirror, fromStore);
        }
    }

    /// Random triage and sync changes, one at a time and in bursts: after each, the rows are
    /// exactly the store's list, with the store's content, without a reset.
    void rowsFollowRandomChanges()
    {
        InboxFixture f;
        QVERIFY(f.open());
        QVERIFY(f.add(asyncItems(60)));
        InboxModel model(f.store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setView(InboxView::Async);
        QVERIFY(settle(&model, f.store.get()));
        RowSignals spy(&model);
        QRandomGenerator rng(9);
        int next = 0;
        ItemQuery query;
        query.tier = Tier::Async;
        for (int round = 0; round < 40; ++round) {
            ItemQuery every;
            every.states = ItemQuery::States::All;
            const QList<Item> known = f.store->items(every);
            const auto pick = [&] { return known.at(rng.bounded(int(known.size()))); };
            for (int burst = int(rng.bounded(1, 4)); burst > 0; --burst) {
                switch (rng.bounded(7)) {
                case 0: {
                    QList<Item> fresh;
                    for (int i = int(rng.bounded(1, 4)); i > 0; --i, ++next)
                        fresh << makeItem(QStringLiteral("n%1").arg(next), QStringLiteral("New"),
                                          QStringLiteral("New %1").arg(next), Tier(1 + rng.bounded(3)),
                                          m_now - qint64(rng.bounded(100)) * kMinute,
                                          m_now + qint64(rng.bounded(100)) * kHour);
                    QVERIFY(f.add(fresh));
                    break;
                }
                case 1: QVERIFY(f.store->setState({pick().id}, ItemState::Done).result()); break;
                case 2: QVERIFY(f.store->setState({pick().id}, ItemState::Open).result()); break;
                case 3: QVERIFY(f.store->setSeen({pick().id}, rng.bounded(2) == 0).result()); break;
                case 4: {
                    const Item item = pick();
                    QVERIFY(f.store->setTier({item.id}, Tier(1 + rng.bounded(3)), QStringLiteral("manual"),
                                             m_now + qint64(rng.bounded(100)) * kHour,
                                             QStringLiteral("p")).result());
                    break;
                }
                case 5: {
                    const qint64 until = m_now + (rng.bounded(2) == 0 ? -kMinute : kHour);
                    QVERIFY(f.store->setState({pick().id}, ItemState::Snoozed, until).result());
                    break;
                }
                default: {
                    Item item = pick();
                    item.record.subject += QStringLiteral(" (edited)");
                    item.record.fingerprint += QStringLiteral("+");
                    item.dueMs = m_now + qint64(rng.bounded(100)) * kHour;
                    QVERIFY(f.add({item}));
                    break;
                }
                }
            }
            QVERIFY(settle(&model, f.store.get()));
            const QList<Item> expected = f.store->items(query);
            QCOMPARE(model.rowCount(), int(expected.size()));
            for (int row = 0; row < model.rowCount(); ++row) {
                QCOMPARE(model.itemAt(row).id, expected.at(row).id);
                QVERIFY(sameRowContent(model.itemAt(row), expected.at(row)));
            }
        }
        QCOMPARE(spy.reset.count(), 0);
        QVERIFY(model.partialLoads() > 10); // most rounds read only the items named
    }

    void diffStepsRebuildTheNewList_data()
    {
        QTest::addColumn<int>("seed");
        for (int seed = 1; seed <= 300; ++seed)
            QTest::addRow("seed %d", seed) << seed;
    }

    void diffStepsRebuildTheNewList()
    {
        QFETCH(int, seed);
        QRandomGenerator rng{quint32(seed)};
        const int size = int(rng.bounded(0, 60));
        ItemRows oldRows;
        for (int i = 0; i < size; ++i)
            oldRows.push_back(rowOf(i + 1));
        // New list: drop some, add some, change some, shuffle a few.
        ItemRows newRows;
        QList<qint64> changedIds;
        for (const ItemRow &row : oldRows) {
            const quint32 dice = rng.bounded(10u);
            if (dice == 0)
                continue;
            if (dice == 1) {
                newRows.push_back(rowOf(row->id, 1));
                changedIds << row->id;
            } else {
                newRows.push_back(row);
            }
        }
        for (int i = int(rng.bounded(0, 8)); i > 0; --i) {
            const int at = int(rng.bounded(quint32(newRows.size() + 1)));
            newRows.insert(newRows.begin() + at, rowOf(1000 + seed * 10 + i));
        }
        for (int i = int(rng.bounded(0, 5)); i > 0 && newRows.size() > 1; --i) {
            const int from = int(rng.bounded(quint32(newRows.size())));
            const int to = int(rng.bounded(quint32(newRows.size())));
            ItemRow moved = newRows[std::size_t(from)];
            newRows.erase(newRows.begin() + from);
            newRows.insert(newRows.begin() + to, moved);
        }

        const RowDiff diff = diffRows(oldRows, newRows, 100000);
        QVERIFY(!diff.reset);
        std::vector<qint64> current;
        for (const ItemRow &row : oldRows)
            current.push_back(row->id);
        std::vector<qint64> newIds;
        for (const ItemRow &row : newRows)
            newIds.push_back(row->id);
        QList<qint64> changedSeen;
        int moves = 0;
        const QString invalid = replaySteps(diff, current, newIds, &changedSeen, &moves);
        QVERIFY2(invalid.isEmpty(), qPrintable(invalid));
        QCOMPARE(current, newIds);
        std::sort(changedIds.begin(), changedIds.end());
        std::sort(changedSeen.begin(), changedSeen.end());
        QCOMPARE(changedSeen, changedIds);
        QVERIFY(moves <= 4); // at most one per shuffle above
    }

    // A reload of a few named items (a triage key, an undo): they leave, come, or change in
    // place; the steps rebuild the new list, and a named item that moved is left to diffRowIds().
    void namedDiffStepsRebuildTheNewList_data()
    {
        QTest::addColumn<int>("seed");
        for (int seed = 1; seed <= 300; ++seed)
            QTest::addRow("seed %d", seed) << seed;
    }

    void namedDiffStepsRebuildTheNewList()
    {
        QFETCH(int, seed);
        QRandomGenerator rng{quint32(seed)};
        const int size = int(rng.bounded(0, 60));
        std::vector<qint64> oldIds;
        for (int i = 0; i < size; ++i)
            oldIds.push_back(i + 1);
        QSet<qint64> named;
        QSet<qint64> changedIds;
        std::vector<qint64> newIds;
        bool moved = false;
        for (const qint64 id : oldIds) {
            const quint32 dice = rng.bounded(12u);
            if (dice == 0) { // leaves
                named.insert(id);
                continue;
            }
            if (dice == 1) { // changes in place
                named.insert(id);
                changedIds.insert(id);
            } else if (dice == 2) { // named, but shows the same
                named.insert(id);
            }
            newIds.push_back(id);
        }
        for (int i = int(rng.bounded(0, 5)); i > 0; --i) { // comes
            const qint64 id = 1000 + i;
            named.insert(id);
            newIds.insert(newIds.begin() + int(rng.bounded(quint32(newIds.size() + 1))), id);
        }
        if (newIds.size() > 2 && rng.bounded(4u) == 0) { // a named item moves
            const qint64 id = newIds.front();
            named.insert(id);
            newIds.erase(newIds.begin());
            newIds.push_back(id);
            moved = std::find(oldIds.cbegin(), oldIds.cend(), id) != oldIds.cend();
        }

        const std::optional<RowDiff> diff = diffNamedRowIds(
            oldIds, newIds, named, 100000, [&](int newRow, int) { return changedIds.contains(newIds[std::size_t(newRow)]); });
        if (!diff) {
            QVERIFY2(moved, "only a move among the other rows is left to diffRowIds()");
            return;
        }
        QVERIFY(!diff->reset);
        std::vector<qint64> current = oldIds;
        QList<qint64> changedList;
        int moves = 0;
        const QString invalid = replaySteps(*diff, current, newIds, &changedList, &moves);
        QVERIFY2(invalid.isEmpty(), qPrintable(invalid));
        QCOMPARE(moves, 0);
        const QSet<qint64> changedSeen(changedList.cbegin(), changedList.cend());
        QCOMPARE(current, newIds);
        changedIds.intersect(QSet<qint64>(newIds.cbegin(), newIds.cend()));
        QCOMPARE(changedSeen, changedIds);
    }

    void hugeDiffIsAReset()
    {
        ItemRows oldRows;
        ItemRows newRows;
        for (int i = 0; i < 100; ++i) {
            oldRows.push_back(rowOf(2 * i + 1));
            newRows.push_back(rowOf(2 * i + 2)); // every row replaced: 100 single-row steps
        }
        // Every row replaced is one removal run plus one insertion run; every row reordered is
        // 99 moves.
        ItemRows reversed(oldRows.rbegin(), oldRows.rend());
        QVERIFY(!diffRows(oldRows, newRows, 10).reset); // one removal run + one insertion run
        const RowDiff big = diffRows(oldRows, reversed, 10);
        QVERIFY(big.reset);
        QVERIFY(big.steps.isEmpty());
        QCOMPARE(diffRows(oldRows, reversed, 1000).steps.size(), 99); // all but one row move
    }
};

QTEST_MAIN(TestInboxModelIncremental)
#include "tst_inboxmodel_incremental.moc"
