// Conversations in the store (issue 18, models/storage/batchconversations.cpp): every item written
// by a batch gets a conversation in the batch's own transaction. Replies join by References /
// In-Reply-To across batches, folders and sources; a message that links two conversations merges
// them into the older one (its items move at once); the user's sent mail joins too; the subject
// fallback is narrow; items without Message-IDs (feeds) keep their conversation when updated.
#include "deadlines/conversationsummary.h"
#include "inboxconversations.h"
#include "storage/itemstore.h"
#include "storeitems.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fi;
using namespace fi::test;

namespace {

constexpr qint64 kDay = 24 * kHour;

QString mid(const QString &remoteId) { return remoteId + QStringLiteral("@example.com"); }

/// @p remoteId's item replying to @p parents (their remote ids; References, root first).
Item reply(const QString &remoteId, const QStringList &parents, qint64 receivedMs, const QString &subject = {})
{
    Item item = makeItem(remoteId, subject.isEmpty() ? QStringLiteral("Re: Plan") : subject, receivedMs,
                         Tier::Async, receivedMs + 8 * kHour);
    for (const QString &parent : parents)
        item.record.threadLinks << mid(parent);
    return item;
}

/// A feed entry: no Message-ID, no links.
Item entry(const QString &remoteId, const QString &title, qint64 receivedMs)
{
    Item item = makeItem(remoteId, title, receivedMs, Tier::Reference);
    item.record.messageId.clear();
    item.record.threadKey.clear();
    return item;
}

} // namespace

class TestConversationStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void repliesJoinAcrossBatches();
    void replyBeforeItsParentAndMissingParents();
    void aMessageLinkingTwoConversationsMergesThem();
    void mergesInsideOneBatch();
    void copiesInTwoFoldersAndSourcesAreOneConversation();
    void sentMailJoinsItsConversation();
    void subjectFallbackIsNarrow();
    void itemsWithoutMessageIdKeepTheirConversation();
    void doneConversationReopensOnANewMessage();
    void aReplyMeetsEveryEarlierMessageOfItsConversation();
    void aReplyReadBeforeTheMessagesStillMeetsThem();
    void aMergeCarriesTheRepliesAlong();
    void listsAndCountsShowEachConversationOnce();

private:
    StoreBatchResult apply(QList<Item> upserts, qint64 sourceId = 0, bool bySubject = true,
                           QList<mail::ThreadingInput> sent = {});
    qint64 conversationOf(const QString &remoteId) const;
    qint64 addSource(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ItemStore> m_store;
    qint64 m_source = 0;
};

void TestConversationStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ItemStore>(m_dir->filePath(QStringLiteral("db.sqlite")));
    QCOMPARE(m_store->open(), OpenError::None);
    m_source = addSource(QStringLiteral("Mail"));
    QVERIFY(m_source > 0);
}

void TestConversationStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

qint64 TestConversationStore::addSource(const QString &name)
{
    SourceConfig config;
    config.kind = QStringLiteral("maildir");
    config.name = name;
    config.location = m_dir->filePath(name);
    return m_store->addSource(config).result();
}

StoreBatchResult TestConversationStore::apply(QList<Item> upserts, qint64 sourceId, bool bySubject,
                                              QList<mail::ThreadingInput> sent)
{
    StoreBatch b;
    b.sourceId = sourceId ? sourceId : m_source;
    b.upserts = std::move(upserts);
    b.threadBySubject = bySubject;
    b.sentThreading = std::move(sent);
    return m_store->applyBatch(b).result();
}

qint64 TestConversationStore::conversationOf(const QString &remoteId) const
{
    const qint64 id = idOf(*m_store, remoteId);
    const std::optional<Item> item = id ? m_store->item(id) : std::nullopt;
    return item ? item->conversationId : -1;
}

void TestConversationStore::repliesJoinAcrossBatches()
{
    QVERIFY(apply({makeItem(QStringLiteral("a"), QStringLiteral("Plan"), kBase)}).ok);
    QVERIFY(apply({reply(QStringLiteral("b"), {QStringLiteral("a")}, kBase + kHour)}).ok);
    QVERIFY(apply({reply(QStringLiteral("c"), {QStringLiteral("a"), QStringLiteral("b")}, kBase + 2 * kHour),
                   makeItem(QStringLiteral("other"), QStringLiteral("Plan"), kBase + 2 * kHour)})
                .ok);
    const qint64 conversation = conversationOf(QStringLiteral("a"));
    QVERIFY(conversation > 0);
    QCOMPARE(conversationOf(QStringLiteral("b")), conversation);
    QCOMPARE(conversationOf(QStringLiteral("c")), conversation);
    QVERIFY2(conversationOf(QStringLiteral("other")) != conversation,
             "the same subject with a Message-ID of its own and no links is another conversation");

    QList<qint64> members;
    for (const Item &item : m_store->conversationItems({conversation}))
        members << item.id;
    std::sort(members.begin(), members.end());
    QList<qint64> expected{idOf(*m_store, QStringLiteral("a")), idOf(*m_store, QStringLiteral("b")),
                           idOf(*m_store, QStringLiteral("c"))};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(members, expected);
}

void TestConversationStore::replyBeforeItsParentAndMissingParents()
{
    // c arrives first and names a and b, neither of which is here; b then names only a.
    QVERIFY(apply({reply(QStringLiteral("c"), {QStringLiteral("a"), QStringLiteral("b")}, kBase + 2 * kHour)}).ok);
    QVERIFY(apply({reply(QStringLiteral("b"), {QStringLiteral("a")}, kBase + kHour)}).ok);
    QCOMPARE(conversationOf(QStringLiteral("b")), conversationOf(QStringLiteral("c")));
    // a, the root, arrives last and names nothing.
    QVERIFY(apply({makeItem(QStringLiteral("a"), QStringLiteral("Plan"), kBase)}).ok);
    QCOMPARE(conversationOf(QStringLiteral("a")), conversationOf(QStringLiteral("c")));
    // d names only b's id (In-Reply-To without References): it joins through b.
    QVERIFY(apply({reply(QStringLiteral("d"), {QStringLiteral("b")}, kBase + 3 * kHour)}).ok);
    QCOMPARE(conversationOf(QStringLiteral("d")), conversationOf(QStringLiteral("c")));
}

void TestConversationStore::aMessageLinkingTwoConversationsMergesThem()
{
    QVERIFY(apply({reply(QStringLiteral("x1"), {QStringLiteral("root")}, kBase)}).ok);
    QVERIFY(apply({reply(QStringLiteral("y1"), {QStringLiteral("branch")}, kBase + kHour)}).ok);
    const qint64 older = conversationOf(QStringLiteral("x1"));
    const qint64 newer = conversationOf(QStringLiteral("y1"));
    QVERIFY(older > 0 && newer > 0 && older != newer);
    QVERIFY(older < newer);
    // y2 replies in the second conversation: still apart.
    QVERIFY(apply({reply(QStringLiteral("y2"), {QStringLiteral("branch"), QStringLiteral("y1")}, kBase + 2 * kHour)}).ok);
    QCOMPARE(conversationOf(QStringLiteral("y2")), newer);

    // m names both roots: the newer conversation merges into the older one, its items move, and
    // the batch reports them changed so that the views re-read them.
    const StoreBatchResult r = apply({reply(QStringLiteral("m"), {QStringLiteral("root"), QStringLiteral("branch")},
                                            kBase + 3 * kHour)});
    QVERIFY2(r.ok, qPrintable(r.error));
    for (const QString &remoteId : {QStringLiteral("x1"), QStringLiteral("y1"), QStringLiteral("y2"), QStringLiteral("m")})
        QCOMPARE(conversationOf(remoteId), older);
    QVERIFY(r.changedIds.contains(idOf(*m_store, QStringLiteral("y1"))));
    QVERIFY(r.changedIds.contains(idOf(*m_store, QStringLiteral("y2"))));
    QVERIFY(m_store->conversationItems({newer}).isEmpty());

    // Later messages that name only the merged conversation's ids find the older one.
    QVERIFY(apply({reply(QStringLiteral("late"), {QStringLiteral("y2")}, kBase + 4 * kHour)}).ok);
    QCOMPARE(conversationOf(QStringLiteral("late")), older);
}

void TestConversationStore::mergesInsideOneBatch()
{
    // All in one batch: two branches, then the message that joins them, then a reply to the
    // second branch. Items still waiting to be inserted get the merged conversation too.
    const StoreBatchResult r = apply({reply(QStringLiteral("p"), {QStringLiteral("r1")}, kBase),
                                      reply(QStringLiteral("q"), {QStringLiteral("r2")}, kBase + kHour),
                                      reply(QStringLiteral("j"), {QStringLiteral("r1"), QStringLiteral("r2")}, kBase + 2 * kHour),
                                      reply(QStringLiteral("k"), {QStringLiteral("q")}, kBase + 3 * kHour)});
    QVERIFY2(r.ok, qPrintable(r.error));
    const qint64 conversation = conversationOf(QStringLiteral("p"));
    for (const QString &remoteId : {QStringLiteral("q"), QStringLiteral("j"), QStringLiteral("k")})
        QCOMPARE(conversationOf(remoteId), conversation);
}

void TestConversationStore::copiesInTwoFoldersAndSourcesAreOneConversation()
{
    Item inbox = makeItem(QStringLiteral("m1"), QStringLiteral("Budget"), kBase);
    Item archived = inbox;
    archived.record.remoteId = QStringLiteral("m1-archive");
    archived.record.folder = QStringLiteral("Archive");
    QVERIFY(apply({inbox, archived}).ok);
    const qint64 other = addSource(QStringLiteral("Work"));
    Item copy = inbox;
    copy.record.remoteId = QStringLiteral("m1-work");
    QVERIFY(apply({copy}, other).ok);
    const qint64 conversation = conversationOf(QStringLiteral("m1"));
    QCOMPARE(conversationOf(QStringLiteral("m1-archive")), conversation);
    QCOMPARE(conversationOf(QStringLiteral("m1-work")), conversation);
    // A reply in the other source joins as well.
    QVERIFY(apply({reply(QStringLiteral("r1"), {QStringLiteral("m1")}, kBase + kHour)}, other).ok);
    QCOMPARE(conversationOf(QStringLiteral("r1")), conversation);
}

void TestConversationStore::sentMailJoinsItsConversation()
{
    QVERIFY(apply({makeItem(QStringLiteral("q1"), QStringLiteral("Question"), kBase)}).ok);
    // My reply (sent mail: not an item) names only q1; its answer names only my reply.
    mail::ThreadingInput sent;
    sent.messageId = QStringLiteral("my-reply@example.org");
    sent.inReplyTo = {mid(QStringLiteral("q1"))};
    sent.subject = QStringLiteral("Re: Question");
    sent.receivedMs = kBase + kHour;
    QVERIFY(apply({}, 0, true, {sent}).ok);
    Item answer = makeItem(QStringLiteral("a1"), QStringLiteral("Re: Question"), kBase + 2 * kHour);
    answer.record.threadLinks = {QStringLiteral("my-reply@example.org")};
    QVERIFY(apply({answer}).ok);
    QCOMPARE(conversationOf(QStringLiteral("a1")), conversationOf(QStringLiteral("q1")));
}

void TestConversationStore::subjectFallbackIsNarrow()
{
    // Messages without Message-ID links (a client that writes none).
    auto bare = [](const QString &remoteId, const QString &subject, qint64 at) {
        Item item = makeItem(remoteId, subject, at);
        return item;
    };
    QVERIFY(apply({bare(QStringLiteral("h1"), QStringLiteral("Hello"), kBase)}).ok);
    QVERIFY(apply({bare(QStringLiteral("h2"), QStringLiteral("Hello"), kBase + kHour)}).ok);
    QVERIFY2(conversationOf(QStringLiteral("h1")) != conversationOf(QStringLiteral("h2")),
             "two mails that both say Hello are two conversations");
    QVERIFY(apply({bare(QStringLiteral("re1"), QStringLiteral("RE: hello"), kBase + 2 * kHour)}).ok);
    QCOMPARE(conversationOf(QStringLiteral("re1")), conversationOf(QStringLiteral("h2")));  // the most recent
    QVERIFY(apply({bare(QStringLiteral("res"), QStringLiteral("RES: Hello"), kBase + 2 * kDay)}).ok);
    QCOMPARE(conversationOf(QStringLiteral("res")), conversationOf(QStringLiteral("h2")));  // within 3 days of re1
    QVERIFY(apply({bare(QStringLiteral("late"), QStringLiteral("Re: Hello"), kBase + 6 * kDay)}).ok);
    QVERIFY2(conversationOf(QStringLiteral("late")) != conversationOf(QStringLiteral("h2")),
             "a reply days after the last message starts its own conversation");
    // A reply that names a message (even an unknown one) never joins by subject.
    QVERIFY(apply({reply(QStringLiteral("linked"), {QStringLiteral("unknown")}, kBase + 3 * kHour, QStringLiteral("Re: Hello"))}).ok);
    QVERIFY(conversationOf(QStringLiteral("linked")) != conversationOf(QStringLiteral("h2")));
    // Kinds that are not mail never join by subject.
    QVERIFY(apply({bare(QStringLiteral("nomail"), QStringLiteral("Re: Hello"), kBase + 3 * kHour)}, 0, false).ok);
    QVERIFY(conversationOf(QStringLiteral("nomail")) != conversationOf(QStringLiteral("h2")));
    // The same in one batch (its subjects are written at its end, and read before that).
    QVERIFY(apply({bare(QStringLiteral("b1"), QStringLiteral("Standup"), kBase),
                   bare(QStringLiteral("b2"), QStringLiteral("Standup"), kBase + kHour),
                   bare(QStringLiteral("bre"), QStringLiteral("RE: standup"), kBase + 2 * kHour),
                   bare(QStringLiteral("blate"), QStringLiteral("Re: Standup"), kBase + 6 * kDay)})
                .ok);
    QVERIFY(conversationOf(QStringLiteral("b1")) != conversationOf(QStringLiteral("b2")));
    QCOMPARE(conversationOf(QStringLiteral("bre")), conversationOf(QStringLiteral("b2")));
    QVERIFY(conversationOf(QStringLiteral("blate")) != conversationOf(QStringLiteral("b2")));
    // And a later batch finds them in the table.
    QVERIFY(apply({bare(QStringLiteral("bnext"), QStringLiteral("Re: Standup"), kBase + 3 * kHour)}).ok);
    QCOMPARE(conversationOf(QStringLiteral("bnext")), conversationOf(QStringLiteral("b2")));
}

void TestConversationStore::itemsWithoutMessageIdKeepTheirConversation()
{
    QVERIFY(apply({entry(QStringLiteral("e1"), QStringLiteral("Release 1.0"), kBase),
                   entry(QStringLiteral("e2"), QStringLiteral("Release 1.0"), kBase)}, 0, false)
                .ok);
    const qint64 first = conversationOf(QStringLiteral("e1"));
    QVERIFY(first > 0);
    QVERIFY(conversationOf(QStringLiteral("e2")) > 0);
    QVERIFY(conversationOf(QStringLiteral("e2")) != first);
    // The feed refreshes: the entry is written again (an update) and keeps its conversation.
    Item updated = entry(QStringLiteral("e1"), QStringLiteral("Release 1.0 (updated)"), kBase);
    const StoreBatchResult r = apply({updated}, 0, false);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.updated, 1);
    QCOMPARE(conversationOf(QStringLiteral("e1")), first);
}

void TestConversationStore::doneConversationReopensOnANewMessage()
{
    QVERIFY(apply({makeItem(QStringLiteral("t1"), QStringLiteral("Plan"), kBase, Tier::Async, kBase + 8 * kHour),
                   reply(QStringLiteral("t2"), {QStringLiteral("t1")}, kBase + kHour)})
                .ok);
    const qint64 conversation = conversationOf(QStringLiteral("t1"));
    QList<qint64> ids;
    for (const Item &item : m_store->conversationItems({conversation}))
        ids << item.id;
    QCOMPARE(ids.size(), 2);
    QVERIFY(m_store->setState(ids, ItemState::Done, std::nullopt, kBase + 2 * kHour).result());
    ConversationSummary done = summarizeConversation(m_store->conversationItems({conversation}), kBase + 3 * kHour);
    QCOMPARE(done.state, ItemState::Done);

    // A new inbound message: the conversation is open again, with that message's deadline.
    Item next = reply(QStringLiteral("t3"), {QStringLiteral("t1"), QStringLiteral("t2")}, kBase + 4 * kHour);
    next.dueMs = kBase + 12 * kHour;
    QVERIFY(apply({next}).ok);
    const ConversationSummary reopened =
        summarizeConversation(m_store->conversationItems({conversation}), kBase + 5 * kHour);
    QCOMPARE(reopened.state, ItemState::Open);
    QCOMPARE(reopened.count, 3);
    QCOMPARE(reopened.dueMs, std::optional<qint64>(kBase + 12 * kHour));
    QCOMPARE(reopened.deadlineItemId, idOf(*m_store, QStringLiteral("t3")));
    QCOMPARE(reopened.deadlineState, DeadlineState::OnTrack);
    QCOMPARE(reopened.subject, QStringLiteral("Plan"));
}

namespace {

/// My reply (sent mail, not an item): Message-ID @p id, naming @p parents' Message-IDs.
mail::ThreadingInput myReply(const QString &id, const QStringList &parents, qint64 atMs)
{
    mail::ThreadingInput sent;
    sent.messageId = id;
    for (const QString &parent : parents)
        sent.references << mid(parent);
    sent.subject = QStringLiteral("Re: Plan");
    sent.receivedMs = atMs;
    return sent;
}

} // namespace

void TestConversationStore::aReplyMeetsEveryEarlierMessageOfItsConversation()
{
    // a starts it; b and c both answer a (two branches); I reply to b only.
    QVERIFY(apply({makeItem(QStringLiteral("a"), QStringLiteral("Plan"), kBase),
                   reply(QStringLiteral("b"), {QStringLiteral("a")}, kBase + kHour),
                   reply(QStringLiteral("c"), {QStringLiteral("a")}, kBase + 2 * kHour)})
                .ok);
    const StoreBatchResult r = apply({}, 0, true, {myReply(QStringLiteral("me1@example.org"),
                                                           {QStringLiteral("a"), QStringLiteral("b")}, kBase + 3 * kHour)});
    QVERIFY2(r.ok, qPrintable(r.error));
    for (const QString &remoteId : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}) {
        const std::optional<Item> item = m_store->item(idOf(*m_store, remoteId));
        QVERIFY(item);
        QCOMPARE(item->repliedMs, std::optional<qint64>(kBase + 3 * kHour));
        QVERIFY2(r.changedIds.contains(item->id), qPrintable(remoteId));  // the views re-read them
    }
    // A message after my reply starts a new clock; one that was sent before it (delivered late)
    // is met by it.
    QVERIFY(apply({reply(QStringLiteral("d"), {QStringLiteral("a")}, kBase + 4 * kHour),
                   reply(QStringLiteral("late"), {QStringLiteral("a")}, kBase + 150 * 60 * 1000)})
                .ok);
    QVERIFY(!m_store->item(idOf(*m_store, QStringLiteral("d")))->repliedMs);
    QCOMPARE(m_store->item(idOf(*m_store, QStringLiteral("late")))->repliedMs, std::optional<qint64>(kBase + 3 * kHour));
    const ConversationSummary s =
        summarizeConversation(m_store->conversationItems({conversationOf(QStringLiteral("a"))}), kBase + 5 * kHour);
    QCOMPARE(s.deadlineItemId, idOf(*m_store, QStringLiteral("d")));
}

void TestConversationStore::aReplyReadBeforeTheMessagesStillMeetsThem()
{
    // A first sync may read Sent before the inbox: the reply comes first.
    QVERIFY(apply({}, 0, true, {myReply(QStringLiteral("me1@example.org"), {QStringLiteral("a"), QStringLiteral("b")},
                                        kBase + 3 * kHour)})
                .ok);
    QVERIFY(apply({makeItem(QStringLiteral("a"), QStringLiteral("Plan"), kBase),
                   reply(QStringLiteral("c"), {QStringLiteral("a")}, kBase + 2 * kHour),
                   reply(QStringLiteral("e"), {QStringLiteral("a")}, kBase + 5 * kHour)})
                .ok);
    QCOMPARE(m_store->item(idOf(*m_store, QStringLiteral("a")))->repliedMs, std::optional<qint64>(kBase + 3 * kHour));
    QCOMPARE(m_store->item(idOf(*m_store, QStringLiteral("c")))->repliedMs, std::optional<qint64>(kBase + 3 * kHour));
    QVERIFY(!m_store->item(idOf(*m_store, QStringLiteral("e")))->repliedMs);
}

void TestConversationStore::aMergeCarriesTheRepliesAlong()
{
    // Two conversations: I replied in the first; the second has a message older than my reply.
    QVERIFY(apply({reply(QStringLiteral("x"), {QStringLiteral("root")}, kBase)}).ok);
    QVERIFY(apply({}, 0, true, {myReply(QStringLiteral("me1@example.org"), {QStringLiteral("root"), QStringLiteral("x")},
                                        kBase + 3 * kHour)})
                .ok);
    QVERIFY(apply({reply(QStringLiteral("y"), {QStringLiteral("branch")}, kBase + kHour)}).ok);
    QVERIFY(!m_store->item(idOf(*m_store, QStringLiteral("y")))->repliedMs);
    // m joins them: my reply now meets y too, and later messages of the branch find it.
    const StoreBatchResult r = apply({reply(QStringLiteral("m"), {QStringLiteral("root"), QStringLiteral("branch")},
                                            kBase + 2 * kHour)});
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(m_store->item(idOf(*m_store, QStringLiteral("y")))->repliedMs, std::optional<qint64>(kBase + 3 * kHour));
    QCOMPARE(m_store->item(idOf(*m_store, QStringLiteral("m")))->repliedMs, std::optional<qint64>(kBase + 3 * kHour));
    QVERIFY(apply({reply(QStringLiteral("z"), {QStringLiteral("branch")}, kBase + 150 * 60 * 1000)}).ok);
    QCOMPARE(m_store->item(idOf(*m_store, QStringLiteral("z")))->repliedMs, std::optional<qint64>(kBase + 3 * kHour));
}

void TestConversationStore::listsAndCountsShowEachConversationOnce()
{
    // A: a1 Async (overdue by the clock below) ← a2 Now; B: b1 Async ← b2 Reference;
    // C: c1 ← c2, both done; D: d1 asleep ← d2 done; e alone in Reference.
    const auto tiered = [](Item item, Tier tier) {
        item.tier = tier;
        if (tier == Tier::Reference)
            item.dueMs.reset();  // no reply owed
        return item;
    };
    QVERIFY(apply({makeItem(QStringLiteral("a1"), QStringLiteral("Outage review"), kBase, Tier::Async, kBase + kHour),
                   tiered(reply(QStringLiteral("a2"), {QStringLiteral("a1")}, kBase + kHour), Tier::Now),
                   makeItem(QStringLiteral("b1"), QStringLiteral("Budget"), kBase, Tier::Async, kBase + 2 * kDay),
                   tiered(reply(QStringLiteral("b2"), {QStringLiteral("b1")}, kBase + kHour), Tier::Reference),
                   makeItem(QStringLiteral("c1"), QStringLiteral("Offsite"), kBase),
                   reply(QStringLiteral("c2"), {QStringLiteral("c1")}, kBase + kHour),
                   makeItem(QStringLiteral("d1"), QStringLiteral("Visa"), kBase),
                   reply(QStringLiteral("d2"), {QStringLiteral("d1")}, kBase + kHour),
                   makeItem(QStringLiteral("e"), QStringLiteral("Newsletter"), kBase, Tier::Reference)})
                .ok);
    const auto ids = [this](const QStringList &remoteIds) {
        QList<qint64> result;
        for (const QString &remoteId : remoteIds)
            result << idOf(*m_store, remoteId);
        return result;
    };
    const qint64 now = kBase + 10 * kDay;
    QVERIFY(m_store->setState(ids({QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("d2")}), ItemState::Done,
                              std::nullopt, now)
                .result());
    QVERIFY(m_store->setState(ids({QStringLiteral("d1")}), ItemState::Snoozed, now + 10 * kDay, now).result());

    // Item counts as before; conversation counts once each, in its highest open tier.
    const TierCounts items = m_store->counts(now);
    QCOMPARE(std::tuple(items.now, items.async, items.reference, items.done, items.snoozed),
             std::tuple(1, 2, 2, 3, 1));
    const TierCounts conversations = m_store->conversationCounts(now);
    QCOMPARE(std::tuple(conversations.now, conversations.async, conversations.reference), std::tuple(1, 1, 1));
    QCOMPARE(std::tuple(conversations.done, conversations.snoozed), std::tuple(2, 1));  // C and D; D
    // Overdue: a1, a2 and b1 (b2 has no deadline) as items; A (in Now) and B as conversations.
    QCOMPARE(std::tuple(items.overdue, items.overdueNow), std::tuple(3, 1));
    QCOMPARE(std::tuple(conversations.overdue, conversations.overdueNow), std::tuple(2, 1));

    // The lists' rows: each conversation's lead, only in the tier of its highest open item.
    const auto rows = [&](std::optional<Tier> tier, ItemQuery::States states) {
        ItemQuery query;
        query.tier = tier;
        query.states = states;
        query.nowMs = now;
        QStringList result;
        const auto excluded = m_store->conversationsOpenAbove(ConversationExclusion::forQuery(query).above, now);
        for (const ItemKey &key : conversationLeads(m_store->itemKeys(query), excluded))
            result << m_store->item(key.id)->record.remoteId;
        return result;
    };
    QCOMPARE(rows(Tier::Now, ItemQuery::States::Open), QStringList{QStringLiteral("a2")});
    QCOMPARE(rows(Tier::Async, ItemQuery::States::Open), QStringList{QStringLiteral("b1")});
    QCOMPARE(rows(Tier::Reference, ItemQuery::States::Open), QStringList{QStringLiteral("e")});
    QCOMPARE(rows(std::nullopt, ItemQuery::States::Done).size(), 2);  // one row of C, and d2
    QCOMPARE(rows(std::nullopt, ItemQuery::States::Snoozed), QStringList{QStringLiteral("d1")});
}

QTEST_GUILESS_MAIN(TestConversationStore)
#include "tst_conversationstore.moc"
