// Issue 17: the UIDs a folder held, kept as ranges in its sync state (models/sources/imap/uidset.h).
// Checked against a plain std::set through random inserts and removals, and for the text form:
// what encode() writes decodes to the same set, and anything else is refused.
#include "sources/imap/uidset.h"

#include <QRandomGenerator>
#include <QTest>

#include <set>

using namespace fi::imap;

class TestUidSet : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void increasingUidsMakeOneRange();
    void insertAndRemoveSplitAndJoinRanges();
    void matchesAPlainSetUnderRandomChanges();
    void removeFromCutsTheTail();
    void textForm();
    void refusesMalformedText_data();
    void refusesMalformedText();
};

void TestUidSet::increasingUidsMakeOneRange()
{
    UidSet set;
    for (quint32 uid = 1; uid <= 100000; ++uid)
        set.insert(uid);
    QCOMPARE(set.count(), quint64(100000));
    QCOMPARE(set.ranges().size(), 1);
    QCOMPARE(set.encode(), QByteArray("1:100000"));
    set.insert(0);  // not a UID
    set.insert(500);  // already there
    QCOMPARE(set.count(), quint64(100000));
}

void TestUidSet::insertAndRemoveSplitAndJoinRanges()
{
    UidSet set;
    for (const quint32 uid : {1u, 2u, 3u, 7u, 8u, 12u})
        set.insert(uid);
    QCOMPARE(set.encode(), QByteArray("1:3,7:8,12"));
    set.remove(2);  // splits 1:3
    QCOMPARE(set.encode(), QByteArray("1,3,7:8,12"));
    set.insert(2);  // joins both neighbours again
    QCOMPARE(set.encode(), QByteArray("1:3,7:8,12"));
    set.insert(5);  // alone between two ranges
    set.insert(4);  // joins the previous one
    set.insert(6);  // joins both
    QCOMPARE(set.encode(), QByteArray("1:8,12"));
    set.insert(11);  // joins the next one
    QCOMPARE(set.encode(), QByteArray("1:8,11:12"));
    set.remove(1);
    set.remove(8);
    set.remove(12);
    set.remove(40);  // not there
    QCOMPARE(set.encode(), QByteArray("2:7,11"));
    QCOMPARE(set.count(), quint64(7));
    QVERIFY(set.contains(2) && set.contains(7) && set.contains(11));
    QVERIFY(!set.contains(1) && !set.contains(8) && !set.contains(10) && !set.contains(12));
    set.remove(11);
    QCOMPARE(set.encode(), QByteArray("2:7"));
}

void TestUidSet::matchesAPlainSetUnderRandomChanges()
{
    QRandomGenerator random(17);
    UidSet set;
    std::set<quint32> plain;
    for (int step = 0; step < 20000; ++step) {
        const quint32 uid = random.bounded(1u, 600u);
        if (random.bounded(3) == 0) {
            set.remove(uid);
            plain.erase(uid);
        } else {
            set.insert(uid);
            plain.insert(uid);
        }
    }
    QCOMPARE(set.count(), quint64(plain.size()));
    for (quint32 uid = 0; uid < 610; ++uid)
        QCOMPARE(set.contains(uid), plain.count(uid) == 1);
    // Ranges are in order, disjoint and never adjacent.
    for (qsizetype i = 1; i < set.ranges().size(); ++i)
        QVERIFY(set.ranges().at(i - 1).second + 1 < set.ranges().at(i).first);
    const std::optional<UidSet> back = UidSet::decode(set.encode());
    QVERIFY(back);
    QCOMPARE(*back, set);
}

void TestUidSet::removeFromCutsTheTail()
{
    std::optional<UidSet> set = UidSet::decode("1:10,20:30,40");
    QVERIFY(set);
    set->removeFrom(25);
    QCOMPARE(set->encode(), QByteArray("1:10,20:24"));
    QCOMPARE(set->count(), quint64(15));
    set->removeFrom(20);
    QCOMPARE(set->encode(), QByteArray("1:10"));
    set->removeFrom(1);
    QVERIFY(set->isEmpty());
    QCOMPARE(set->encode(), QByteArray());
}

void TestUidSet::textForm()
{
    const std::optional<UidSet> empty = UidSet::decode("");
    QVERIFY(empty && empty->isEmpty());
    const std::optional<UidSet> top = UidSet::decode("4294967294:4294967295");
    QVERIFY(top);
    QCOMPARE(top->count(), quint64(2));
    QVERIFY(top->contains(4294967295u));
}

void TestUidSet::refusesMalformedText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("star") << QByteArray("1:*");
    QTest::newRow("zero") << QByteArray("0:5");
    QTest::newRow("reversed") << QByteArray("9:5");
    QTest::newRow("out of order") << QByteArray("10,5");
    QTest::newRow("overlapping") << QByteArray("1:5,4:8");
    QTest::newRow("adjacent") << QByteArray("1:5,6:8");
    QTest::newRow("too large") << QByteArray("4294967296");
    QTest::newRow("sign") << QByteArray("+5");
    QTest::newRow("space") << QByteArray("1, 2");
    QTest::newRow("empty part") << QByteArray("1,,3");
    QTest::newRow("trailing comma") << QByteArray("1,");
    QTest::newRow("letters") << QByteArray("abc");
}

void TestUidSet::refusesMalformedText()
{
    QFETCH(QByteArray, text);
    QVERIFY(!UidSet::decode(text));
}

QTEST_GUILESS_MAIN(TestUidSet)
#include "tst_uidset.moc"
