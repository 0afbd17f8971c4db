// Reply detection inside the batch's own transaction (StoreBatch::repliedMessageIds,
// models/storage/batchreplies.cpp): a reply answers its original whether it comes in the same
// batch, before or after it, from the same or another source; the answer is the app's own
// knowledge (Item::repliedMs), so the source's flags (a flag update without \Answered, a
// re-parsed record) never undo it.
#include "storage/itemstore.h"
#include "storeitems.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fi;
using namespace fi::test;

namespace {

constexpr qint64 kReceived = kBase;
constexpr qint64 kDue = kBase + 8 * kHour;
constexpr qint64 kReplied = kBase + 2 * kHour;

QString mid(const QString &remoteId) { return remoteId + QStringLiteral("@example.com"); }

} // namespace

class TestBatchReplies : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void replyInTheSameBatch();
    void replyBeforeTheOriginal();
    void replyAfterTheOriginal();
    void replyInAnotherSourceAnswers();
    void flagUpdateWithoutAnsweredKeepsTheReply();
    void reparsedRecordKeepsTheReply();
    void earliestReplyTimeCountsAndFutureDatesMeanNow();
    void answeredItemsAreNotOverdue();
    void aFailedBatchRemembersNoReply();

private:
    StoreBatchResult apply(const StoreBatch &batch);
    StoreBatch batchOf(qint64 sourceId, const QList<Item> &upserts, const QMap<QString, qint64> &replies = {});
    Item stored(const QString &remoteId) const;
    qint64 addSource(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ItemStore> m_store;
    qint64 m_source = 0;
};

void TestBatchReplies::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ItemStore>(m_dir->filePath(QStringLiteral("db.sqlite")));
    QCOMPARE(m_store->open(), OpenError::None);
    m_source = addSource(QStringLiteral("Mail"));
    QVERIFY(m_source > 0);
}

void TestBatchReplies::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

qint64 TestBatchReplies::addSource(const QString &name)
{
    SourceConfig config;
    config.kind = QStringLiteral("maildir");
    config.name = name;
    config.location = m_dir->filePath(name);
    return m_store->addSource(config).result();
}

StoreBatchResult TestBatchReplies::apply(const StoreBatch &batch)
{
    return m_store->applyBatch(batch).result();
}

StoreBatch TestBatchReplies::batchOf(qint64 sourceId, const QList<Item> &upserts, const QMap<QString, qint64> &replies)
{
    StoreBatch b;
    b.sourceId = sourceId;
    b.upserts = upserts;
    b.repliedMessageIds = replies;
    return b;
}

Item TestBatchReplies::stored(const QString &remoteId) const
{
    const qint64 id = idOf(*m_store, remoteId);
    const std::optional<Item> item = id ? m_store->item(id) : std::nullopt;
    return item.value_or(Item{});
}

void TestBatchReplies::replyInTheSameBatch()
{
    const StoreBatchResult r = apply(batchOf(m_source,
                                             {makeItem(QStringLiteral("q1"), QStringLiteral("Question"), kReceived,
                                                       Tier::Async, kDue),
                                              makeItem(QStringLiteral("q2"), QStringLiteral("Other"), kReceived,
                                                       Tier::Async, kDue)},
                                             {{mid(QStringLiteral("q1")), kReplied}}));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.added, 2);
    const Item q1 = stored(QStringLiteral("q1"));
    QCOMPARE(q1.repliedMs, std::optional<qint64>(kReplied));
    QVERIFY(q1.isAnswered());
    QVERIFY2(!q1.record.flags.answered, "the source's flag is the source's");
    QVERIFY(!stored(QStringLiteral("q2")).isAnswered());
}

void TestBatchReplies::replyBeforeTheOriginal()
{
    // Sent is read first: the batch holds only the reply (sent mail is never an item).
    StoreBatchResult r = apply(batchOf(m_source, {}, {{mid(QStringLiteral("q1")), kReplied}}));
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.changedIds.isEmpty());
    r = apply(batchOf(m_source,
                      {makeItem(QStringLiteral("q1"), QStringLiteral("Question"), kReceived, Tier::Async, kDue),
                       makeItem(QStringLiteral("q2"), QStringLiteral("Other"), kReceived, Tier::Async, kDue)}));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(stored(QStringLiteral("q1")).repliedMs, std::optional<qint64>(kReplied));
    QVERIFY(!stored(QStringLiteral("q2")).repliedMs);
}

void TestBatchReplies::replyAfterTheOriginal()
{
    StoreBatchResult r = apply(batchOf(m_source, {makeItem(QStringLiteral("q1"), QStringLiteral("Question"),
                                                           kReceived, Tier::Async, kDue)}));
    QVERIFY2(r.ok, qPrintable(r.error));
    const qint64 id = idOf(*m_store, QStringLiteral("q1"));
    QVERIFY(!stored(QStringLiteral("q1")).isAnswered());
    QSignalSpy changed(m_store.get(), &ItemStore::itemsChanged);
    r = apply(batchOf(m_source, {}, {{mid(QStringLiteral("q1")), kReplied}}));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.changedIds, QList<qint64>{id});  // the views hear of it
    QCOMPARE(r.added + r.updated, 0);          // …but the source's own records did not change
    QCOMPARE(stored(QStringLiteral("q1")).repliedMs, std::optional<qint64>(kReplied));
    QVERIFY(changed.wait());
    QCOMPARE(changed.first().first().value<QList<qint64>>(), QList<qint64>{id});
    // Seen again (the Sent folder re-read): nothing changes.
    r = apply(batchOf(m_source, {}, {{mid(QStringLiteral("q1")), kReplied}}));
    QVERIFY(r.ok);
    QVERIFY(r.changedIds.isEmpty());
}

void TestBatchReplies::replyInAnotherSourceAnswers()
{
    const qint64 other = addSource(QStringLiteral("Work"));
    QVERIFY(other > 0);
    QVERIFY(apply(batchOf(m_source, {makeItem(QStringLiteral("q1"), QStringLiteral("Question"), kReceived,
                                              Tier::Async, kDue)})).ok);
    QVERIFY(apply(batchOf(other, {}, {{mid(QStringLiteral("q1")), kReplied}, {mid(QStringLiteral("q3")), kReplied}})).ok);
    QVERIFY(stored(QStringLiteral("q1")).isAnswered());
    // …and an original that arrives later in yet another source too.
    QVERIFY(apply(batchOf(m_source, {makeItem(QStringLiteral("q3"), QStringLiteral("Late"), kReceived,
                                              Tier::Async, kDue)})).ok);
    QVERIFY(stored(QStringLiteral("q3")).isAnswered());
}

void TestBatchReplies::flagUpdateWithoutAnsweredKeepsTheReply()
{
    QVERIFY(apply(batchOf(m_source, {makeItem(QStringLiteral("q1"), QStringLiteral("Question"), kReceived,
                                              Tier::Async, kDue)},
                          {{mid(QStringLiteral("q1")), kReplied}})).ok);
    QVERIFY(stored(QStringLiteral("q1")).isAnswered());
    // A phone marks it seen: the source reports \Seen and no \Answered.
    StoreBatch flags;
    flags.sourceId = m_source;
    FlagUpdate update;
    update.remoteId = QStringLiteral("q1");
    update.flags.seen = true;
    update.flags.answered = false;
    flags.flagUpdates = {update};
    const StoreBatchResult r = apply(flags);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.updated, 1);
    const Item q1 = stored(QStringLiteral("q1"));
    QVERIFY(q1.record.flags.seen);
    QVERIFY(!q1.record.flags.answered);
    QCOMPARE(q1.repliedMs, std::optional<qint64>(kReplied));
    QVERIFY(q1.isAnswered());
}

void TestBatchReplies::reparsedRecordKeepsTheReply()
{
    Item q1 = makeItem(QStringLiteral("q1"), QStringLiteral("Question"), kReceived, Tier::Async, kDue);
    QVERIFY(apply(batchOf(m_source, {q1}, {{mid(QStringLiteral("q1")), kReplied}})).ok);
    q1.record.fingerprint = QStringLiteral("q1-v2");
    q1.record.flags = {};
    const StoreBatchResult r = apply(batchOf(m_source, {q1}));
    QVERIFY(r.ok);
    QCOMPARE(r.updated, 1);
    QCOMPARE(stored(QStringLiteral("q1")).repliedMs, std::optional<qint64>(kReplied));
}

void TestBatchReplies::earliestReplyTimeCountsAndFutureDatesMeanNow()
{
    // Two replies to q1 in one batch and one later: the earliest time is the answer.
    QVERIFY(apply(batchOf(m_source, {}, {{mid(QStringLiteral("q1")), kReplied + kHour}})).ok);
    QVERIFY(apply(batchOf(m_source, {}, {{mid(QStringLiteral("q1")), kReplied}})).ok);
    QVERIFY(apply(batchOf(m_source, {makeItem(QStringLiteral("q1"), QStringLiteral("Question"), kReceived,
                                              Tier::Async, kDue)})).ok);
    QCOMPARE(stored(QStringLiteral("q1")).repliedMs, std::optional<qint64>(kReplied));
    // A reply dated in the future (a wrong clock) or undated counts from now.
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(apply(batchOf(m_source,
                          {makeItem(QStringLiteral("q2"), QStringLiteral("Other"), kReceived, Tier::Async, kDue),
                           makeItem(QStringLiteral("q3"), QStringLiteral("Third"), kReceived, Tier::Async, kDue)},
                          {{mid(QStringLiteral("q2")), before + 365 * 24 * kHour}, {mid(QStringLiteral("q3")), 0}}))
                .ok);
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    for (const char *remote : {"q2", "q3"}) {
        const std::optional<qint64> at = stored(QString::fromLatin1(remote)).repliedMs;
        QVERIFY2(at && *at >= before && *at <= after, remote);
    }
}

void TestBatchReplies::answeredItemsAreNotOverdue()
{
    QVERIFY(apply(batchOf(m_source,
                          {makeItem(QStringLiteral("q1"), QStringLiteral("Question"), kReceived, Tier::Async, kDue),
                           makeItem(QStringLiteral("q2"), QStringLiteral("Other"), kReceived, Tier::Async, kDue)},
                          {{mid(QStringLiteral("q1")), kReplied}})).ok);
    const TierCounts counts = m_store->counts(kDue + kHour);
    QCOMPARE(counts.async, 2);
    QCOMPARE(counts.overdue, 1);  // q2 only: q1's deadline is met
}

void TestBatchReplies::aFailedBatchRemembersNoReply()
{
    // A batch that fails (an item without remote id) rolls back its replies with it.
    Item broken = makeItem(QString(), QStringLiteral("Broken"), kReceived, Tier::Async, kDue);
    const StoreBatchResult r = apply(batchOf(m_source, {broken}, {{mid(QStringLiteral("q1")), kReplied}}));
    QVERIFY(!r.ok);
    QVERIFY(apply(batchOf(m_source, {makeItem(QStringLiteral("q1"), QStringLiteral("Question"), kReceived,
                                              Tier::Async, kDue)})).ok);
    QVERIFY(!stored(QStringLiteral("q1")).isAnswered());
}

QTEST_GUILESS_MAIN(TestBatchReplies)
#include "tst_batchreplies.moc"
