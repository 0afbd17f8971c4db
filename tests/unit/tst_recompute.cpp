// ItemStore deadline writes: recompute after a configuration change (policies, working hours,
// time zone) and paused clocks ("snooze and pause the clock"). Replies found in Sent folders:
// tst_batchreplies.
#include "deadlines/itemdeadlines.h"
#include "storage/itemstore.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fi;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

WorkingHours officeHours(const char *zone)
{
    return WorkingHours::defaults(QTimeZone(QByteArray(zone)));  // Mon–Fri 09–17
}

Item makeItem(const QString &remoteId, Tier tier, const QString &policy, qint64 receivedMs,
              std::optional<qint64> dueMs)
{
    Item item;
    item.record.remoteId = remoteId;
    item.record.messageId = remoteId + QStringLiteral("@example.com");
    item.record.subject = remoteId;
    item.record.receivedMs = receivedMs;
    item.tier = tier;
    item.tierReason = QStringLiteral("test-rule");
    item.policy = policy;
    item.dueMs = dueMs;
    return item;
}

} // namespace

class TestRecompute : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void policyChangeRecomputesOpenItems();
    void zoneChangeRecomputes();
    void manualItemsUseTheirTierDefault();
    void doneAndPausedItemsKeepTheirDue();
    void nothingToChangeEmitsNothing();
    void pausedClockResumesAtWakeUp();
    void pausedClockOnCalendarTime();
    void reopenedByHandResumesNow();
    void clearPausedClocksForUndo();
    void warningsAreRecordedOnce();

private:
    qint64 idOf(const QString &remoteId) const;
    Item get(const QString &remoteId) const { return *m_store->item(idOf(remoteId)); }
    void add(const QList<Item> &items);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ItemStore> m_store;
    qint64 m_source = 0;
    // Friday 27 March 2026 16:45 in Berlin (CET).
    const qint64 m_friday = utc("2026-03-27T15:45:00Z");
};

void TestRecompute::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ItemStore>(m_dir->filePath(QStringLiteral("inbox.sqlite")));
    QCOMPARE(m_store->open(), OpenError::None);
    SourceConfig config;
    config.kind = QStringLiteral("maildir");
    config.name = QStringLiteral("Work");
    config.location = m_dir->path();
    m_source = m_store->addSource(config).result();
    QVERIFY(m_source > 0);
}

void TestRecompute::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestRecompute::add(const QList<Item> &items)
{
    StoreBatch batch;
    batch.sourceId = m_source;
    batch.upserts = items;
    QVERIFY(m_store->applyBatch(batch).result().ok);
    QCoreApplication::processEvents();  // deliver the batch's itemsChanged before tests spy
}

qint64 TestRecompute::idOf(const QString &remoteId) const
{
    ItemQuery query;
    query.states = ItemQuery::States::All;
    for (const Item &item : m_store->items(query)) {
        if (item.record.remoteId == remoteId)
            return item.id;
    }
    return 0;
}

void TestRecompute::policyChangeRecomputesOpenItems()
{
    const ItemDeadlines berlin(PolicySet::defaults(), officeHours("Europe/Berlin"));
    Item async = makeItem(QStringLiteral("async"), Tier::Async, QStringLiteral("tier2-default"), m_friday, {});
    async.dueMs = berlin.dueOf(async);
    QCOMPARE(*async.dueMs, utc("2026-03-30T10:45:00Z"));
    Item review = makeItem(QStringLiteral("review"), Tier::Async, QStringLiteral("review-request"), m_friday, {});
    review.dueMs = berlin.dueOf(review);
    add({async, review});

    // Async window 4 h → 1 h: Friday 15 min + Monday 45 min → Monday 09:45 CEST.
    PolicySet shorter = PolicySet::defaults();
    shorter.insert({QStringLiteral("tier2-default"), 60, DeadlineClock::Working});
    const ItemDeadlines changed(shorter, officeHours("Europe/Berlin"));
    QSignalSpy spy(m_store.get(), &ItemStore::itemsChanged);
    QCOMPARE(m_store->recomputeDue([changed](const Item &i) { return changed.dueOf(i); }).result(), 1);
    QCOMPARE(*get(QStringLiteral("async")).dueMs, utc("2026-03-30T07:45:00Z"));
    QCOMPARE(get(QStringLiteral("review")).dueMs, review.dueMs);  // its own policy did not change
    QVERIFY(spy.wait());
    QCOMPARE(spy.first().first().value<QList<qint64>>(), QList<qint64>{idOf(QStringLiteral("async"))});
}

void TestRecompute::zoneChangeRecomputes()
{
    const ItemDeadlines berlin(PolicySet::defaults(), officeHours("Europe/Berlin"));
    Item async = makeItem(QStringLiteral("async"), Tier::Async, QStringLiteral("tier2-default"), m_friday, {});
    async.dueMs = berlin.dueOf(async);
    Item now = makeItem(QStringLiteral("now"), Tier::Now, QStringLiteral("tier3-default"), m_friday, {});
    now.dueMs = berlin.dueOf(now);
    add({async, now});

    // The user flies to New York: 15:45Z is 11:45 EDT, 4 working hours later is 15:45 EDT.
    const ItemDeadlines newYork(PolicySet::defaults(), officeHours("America/New_York"));
    QCOMPARE(m_store->recomputeDue([newYork](const Item &i) { return newYork.dueOf(i); }).result(), 1);
    QCOMPARE(*get(QStringLiteral("async")).dueMs, utc("2026-03-27T19:45:00Z"));
    QCOMPARE(*get(QStringLiteral("now")).dueMs, m_friday + 15 * kMinute);  // calendar time: no change
    // …and back home again.
    QCOMPARE(m_store->recomputeDue([berlin](const Item &i) { return berlin.dueOf(i); }).result(), 1);
    QCOMPARE(*get(QStringLiteral("async")).dueMs, utc("2026-03-30T10:45:00Z"));
}

void TestRecompute::manualItemsUseTheirTierDefault()
{
    // Moved by hand to Now: the stored policy is still the rule's, but the tier default applies.
    Item moved = makeItem(QStringLiteral("moved"), Tier::Now, QStringLiteral("tier2-default"), m_friday,
                          m_friday + 99 * kHour);
    moved.tierReason = QStringLiteral("manual");
    add({moved});
    const ItemDeadlines berlin(PolicySet::defaults(), officeHours("Europe/Berlin"));
    QCOMPARE(m_store->recomputeDue([berlin](const Item &i) { return berlin.dueOf(i); }).result(), 1);
    QCOMPARE(*get(QStringLiteral("moved")).dueMs, m_friday + 15 * kMinute);
}

void TestRecompute::doneAndPausedItemsKeepTheirDue()
{
    const qint64 stale = m_friday + 99 * kHour;
    add({makeItem(QStringLiteral("done"), Tier::Async, QStringLiteral("tier2-default"), m_friday, stale),
         makeItem(QStringLiteral("paused"), Tier::Async, QStringLiteral("tier2-default"), m_friday, stale),
         makeItem(QStringLiteral("snoozed"), Tier::Async, QStringLiteral("tier2-default"), m_friday, stale)});
    QVERIFY(m_store->setState({idOf(QStringLiteral("done"))}, ItemState::Done).result());
    QVERIFY(m_store->setState({idOf(QStringLiteral("paused")), idOf(QStringLiteral("snoozed"))},
                              ItemState::Snoozed, m_friday + 48 * kHour).result());
    QVERIFY(m_store->pauseClocks({{idOf(QStringLiteral("paused")), 100}}).result());

    const ItemDeadlines berlin(PolicySet::defaults(), officeHours("Europe/Berlin"));
    QCOMPARE(m_store->recomputeDue([berlin](const Item &i) { return berlin.dueOf(i); }).result(), 1);
    QCOMPARE(*get(QStringLiteral("done")).dueMs, stale);
    QCOMPARE(*get(QStringLiteral("paused")).dueMs, stale);
    QCOMPARE(*get(QStringLiteral("snoozed")).dueMs, utc("2026-03-30T10:45:00Z"));  // plain snooze: recomputed
}

void TestRecompute::nothingToChangeEmitsNothing()
{
    const ItemDeadlines berlin(PolicySet::defaults(), officeHours("Europe/Berlin"));
    Item async = makeItem(QStringLiteral("async"), Tier::Async, QStringLiteral("tier2-default"), m_friday, {});
    async.dueMs = berlin.dueOf(async);
    add({async});
    QSignalSpy spy(m_store.get(), &ItemStore::itemsChanged);
    QCOMPARE(m_store->recomputeDue([berlin](const Item &i) { return berlin.dueOf(i); }).result(), 0);
    m_store->flush();
    QCoreApplication::processEvents();
    QCOMPARE(spy.count(), 0);
}

void TestRecompute::pausedClockResumesAtWakeUp()
{
    const ItemDeadlines berlin(PolicySet::defaults(), officeHours("Europe/Berlin"));
    Item async = makeItem(QStringLiteral("async"), Tier::Async, QStringLiteral("tier2-default"), m_friday, {});
    async.dueMs = berlin.dueOf(async);  // Monday 12:45 CEST
    add({async});
    const qint64 id = idOf(QStringLiteral("async"));
    // Snoozed on Monday at 10:45 CEST (08:45Z): 2 working hours left, until Tuesday 14:00 CEST.
    const qint64 snoozeAt = utc("2026-03-30T08:45:00Z");
    const auto left = berlin.remainingMinutes(get(QStringLiteral("async")), snoozeAt);
    QCOMPARE(*left, 120);
    const qint64 wake = utc("2026-03-31T12:00:00Z");
    QVERIFY(m_store->setState({id}, ItemState::Snoozed, wake).result());
    QVERIFY(m_store->pauseClocks({{id, *left}}, snoozeAt).result());
    QCOMPARE(m_store->pausedClocks().value(id), 120);

    auto resume = [berlin](const Item &i, qint64 w, qint64 r) { return berlin.resumedDue(i, w, r); };
    // Still asleep: nothing resumes.
    QCOMPARE(m_store->resumePausedClocks(wake - kMinute, resume).result(), 0);
    QCOMPARE(*get(QStringLiteral("async")).dueMs, *async.dueMs);
    // At wake-up: Tuesday 14:00 + 2 working hours = 16:00 CEST = 14:00Z.
    QCOMPARE(m_store->resumePausedClocks(wake + 5 * kMinute, resume).result(), 1);
    QCOMPARE(*get(QStringLiteral("async")).dueMs, utc("2026-03-31T14:00:00Z"));
    QVERIFY(m_store->pausedClocks().isEmpty());
    // Resumed once only.
    QCOMPARE(m_store->resumePausedClocks(wake + kHour, resume).result(), 0);
}

void TestRecompute::pausedClockOnCalendarTime()
{
    const ItemDeadlines berlin(PolicySet::defaults(), officeHours("Europe/Berlin"));
    Item now = makeItem(QStringLiteral("now"), Tier::Now, QStringLiteral("tier3-default"), m_friday, {});
    now.dueMs = berlin.dueOf(now);
    add({now});
    const qint64 id = idOf(QStringLiteral("now"));
    const auto left = berlin.remainingMinutes(get(QStringLiteral("now")), m_friday + 5 * kMinute);
    QCOMPARE(*left, 10);
    const qint64 wake = utc("2026-03-28T03:00:00Z");  // Saturday night: calendar time still runs
    QVERIFY(m_store->setState({id}, ItemState::Snoozed, wake).result());
    QVERIFY(m_store->pauseClocks({{id, *left}}).result());
    QCOMPARE(m_store->resumePausedClocks(wake, [berlin](const Item &i, qint64 w, qint64 r) {
        return berlin.resumedDue(i, w, r);
    }).result(), 1);
    QCOMPARE(*get(QStringLiteral("now")).dueMs, wake + 10 * kMinute);
}

void TestRecompute::reopenedByHandResumesNow()
{
    const ItemDeadlines berlin(PolicySet::defaults(), officeHours("Europe/Berlin"));
    add({makeItem(QStringLiteral("now"), Tier::Now, QStringLiteral("tier3-default"), m_friday,
                  m_friday + 15 * kMinute)});
    const qint64 id = idOf(QStringLiteral("now"));
    QVERIFY(m_store->setState({id}, ItemState::Snoozed, m_friday + 24 * kHour).result());
    QVERIFY(m_store->pauseClocks({{id, 15}}).result());
    QVERIFY(m_store->setState({id}, ItemState::Open).result());
    const qint64 now = m_friday + 2 * kHour;
    QCOMPARE(m_store->resumePausedClocks(now, [berlin](const Item &i, qint64 w, qint64 r) {
        return berlin.resumedDue(i, w, r);
    }).result(), 1);
    QCOMPARE(*get(QStringLiteral("now")).dueMs, now + 15 * kMinute);
}

void TestRecompute::clearPausedClocksForUndo()
{
    add({makeItem(QStringLiteral("a"), Tier::Async, QStringLiteral("tier2-default"), m_friday, m_friday + kHour)});
    const qint64 id = idOf(QStringLiteral("a"));
    QVERIFY(m_store->pauseClocks({{id, 30}}).result());
    QCOMPARE(m_store->pausedClocks().size(), 1);
    QVERIFY(m_store->clearPausedClocks({id}).result());
    QVERIFY(m_store->pausedClocks().isEmpty());
    // Unknown ids are ignored.
    QVERIFY(m_store->pauseClocks({{id + 1000, 30}}).result());
    QVERIFY(m_store->pausedClocks().isEmpty());
}

void TestRecompute::warningsAreRecordedOnce()
{
    add({makeItem(QStringLiteral("a"), Tier::Async, QStringLiteral("tier2-default"), m_friday, m_friday + kHour)});
    const qint64 id = idOf(QStringLiteral("a"));
    QVERIFY(m_store->recordWarnings({{id, QStringLiteral("before-60"), m_friday + kHour}}).result());
    QVERIFY(m_store->recordWarnings({{id, QStringLiteral("before-60"), m_friday + kHour},
                                     {id, QStringLiteral("before-15"), m_friday + kHour}}).result());
    const auto sent = m_store->sentWarnings();
    QCOMPARE(sent.size(), 2);
    // A new deadline (after a recompute) is a new ladder: its steps may be sent again.
    QVERIFY(m_store->recordWarnings({{id, QStringLiteral("before-60"), m_friday + 2 * kHour}}).result());
    QCOMPARE(m_store->sentWarnings().size(), 3);
}

QTEST_GUILESS_MAIN(TestRecompute)
#include "tst_recompute.moc"
