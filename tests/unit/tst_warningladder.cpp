// Early-warning ladder: which step is owed for which item at a given time.
#include "deadlines/warningladder.h"

#include <QTest>

using namespace fi;

namespace {
constexpr qint64 kMin = 60000;
constexpr qint64 kDue = 1774600000000;  // any fixed instant

Item item(qint64 id, Tier tier, std::optional<qint64> due)
{
    Item i;
    i.id = id;
    i.tier = tier;
    i.dueMs = due;
    return i;
}
} // namespace

class TestWarningLadder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void asyncStepsInOrder();
    void neverRepeatedForTheSameDeadline();
    void skippedStepsAreRecordedNotShownLate();
    void nowWarnsAtBreachOnly();
    void ignoredItems();
};

void TestWarningLadder::asyncStepsInOrder()
{
    const WarningLadder ladder = WarningLadder::defaults();
    const QList<Item> items{item(1, Tier::Async, kDue)};
    QVERIFY(ladder.due(items, {}, kDue - 61 * kMin).isEmpty());
    QCOMPARE(ladder.due(items, {}, kDue - 60 * kMin), (QList<DueWarning>{{1, QStringLiteral("before-60"), kDue}}));
    const QList<DueWarning> sent{{1, QStringLiteral("before-60"), kDue}};
    QVERIFY(ladder.due(items, sent, kDue - 16 * kMin).isEmpty());
    QCOMPARE(ladder.due(items, sent, kDue - 15 * kMin), (QList<DueWarning>{{1, QStringLiteral("before-15"), kDue}}));
}

void TestWarningLadder::neverRepeatedForTheSameDeadline()
{
    const WarningLadder ladder = WarningLadder::defaults();
    const QList<Item> items{item(1, Tier::Async, kDue)};
    const QList<DueWarning> sent{{1, QStringLiteral("before-60"), kDue}, {1, QStringLiteral("before-15"), kDue}};
    QVERIFY(ladder.due(items, sent, kDue + 5 * kMin).isEmpty());
    // A recomputed deadline starts a new ladder.
    const QList<Item> moved{item(1, Tier::Async, kDue + 120 * kMin)};
    QCOMPARE(ladder.due(moved, sent, kDue + 60 * kMin).size(), 1);
}

void TestWarningLadder::skippedStepsAreRecordedNotShownLate()
{
    const WarningLadder ladder = WarningLadder::defaults();
    QList<DueWarning> record;
    const auto owed = ladder.due({item(1, Tier::Async, kDue)}, {}, kDue - 10 * kMin, &record);
    QCOMPARE(owed, (QList<DueWarning>{{1, QStringLiteral("before-15"), kDue}}));
    QCOMPARE(record.size(), 2);
    QVERIFY(ladder.due({item(1, Tier::Async, kDue)}, record, kDue - 5 * kMin).isEmpty());
}

void TestWarningLadder::nowWarnsAtBreachOnly()
{
    const WarningLadder ladder = WarningLadder::defaults();
    const QList<Item> items{item(3, Tier::Now, kDue)};
    QVERIFY(ladder.due(items, {}, kDue - 1).isEmpty());
    QCOMPARE(ladder.due(items, {}, kDue), (QList<DueWarning>{{3, QStringLiteral("breach"), kDue}}));
}

void TestWarningLadder::ignoredItems()
{
    const WarningLadder ladder = WarningLadder::defaults();
    Item done = item(1, Tier::Async, kDue);
    done.state = ItemState::Done;
    Item answered = item(2, Tier::Async, kDue);
    answered.record.flags.answered = true;
    Item asleep = item(3, Tier::Now, kDue);
    asleep.state = ItemState::Snoozed;
    asleep.snoozedUntilMs = kDue + 60 * kMin;
    const QList<Item> items{done, answered, asleep, item(4, Tier::Reference, kDue), item(5, Tier::Async, std::nullopt)};
    QVERIFY(ladder.due(items, {}, kDue + kMin).isEmpty());
}

QTEST_GUILESS_MAIN(TestWarningLadder)
#include "tst_warningladder.moc"
