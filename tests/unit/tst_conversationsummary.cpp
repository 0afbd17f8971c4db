// One conversation, one row, one deadline (issue 18, models/deadlines/conversationsummary.h):
// the deadline of the oldest inbound message not answered since it arrived; a reply of the
// user's meets everything before it, and a new inbound message after it starts a new clock.
#include "deadlines/conversationsummary.h"

#include <QTest>

using namespace fi;

namespace {

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kT0 = 1767225600000;  // 2026-01-01T00:00:00Z

Item message(qint64 id, qint64 receivedMs, std::optional<qint64> dueMs, Tier tier = Tier::Async,
             const QString &from = QStringLiteral("ana@example.com"))
{
    Item item;
    item.id = id;
    item.conversationId = 7;
    item.record.subject = QStringLiteral("Message %1").arg(id);
    item.record.from = {QString(), from};
    item.record.receivedMs = receivedMs;
    item.tier = tier;
    item.dueMs = dueMs;
    return item;
}

} // namespace

class TestConversationSummary : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void inboundInboundReplyInbound();
    void inboundThenReplyIsMet();
    void lateReplyIsMissed();
    void oldestUnansweredMessageSetsTheDeadline();
    void answeredFlagMeetsEverythingUpToIt();
    void doneMessagesOweNothing();
    void rowShowsFirstSubjectLatestSenderCountAndHighestOpenTier();
    void stateOfTheConversation();
    void groupsInQueryOrder();
};

void TestConversationSummary::inboundInboundReplyInbound()
{
    // Ana asks (t0), Bo adds (t1), I reply at t2, Ana asks again at t3.
    Item a = message(1, kT0, kT0 + 8 * kHour);
    Item b = message(2, kT0 + kHour, kT0 + 9 * kHour);
    b.repliedMs = kT0 + 2 * kHour;  // my reply answered b (its References named a as well)
    a.repliedMs = kT0 + 2 * kHour;
    Item c = message(3, kT0 + 3 * kHour, kT0 + 11 * kHour);
    const ConversationSummary s = summarizeConversation({c, a, b}, kT0 + 4 * kHour);
    QCOMPARE(s.deadlineItemId, qint64(3));
    QCOMPARE(s.dueMs, std::optional<qint64>(kT0 + 11 * kHour));
    QCOMPARE(s.deadlineState, DeadlineState::OnTrack);

    // The reply found in Sent named only b: a, which came before the reply, is met as well.
    a.repliedMs.reset();
    QCOMPARE(summarizeConversation({a, b, c}, kT0 + 4 * kHour).deadlineItemId, qint64(3));

    // Past c's due, the conversation is overdue, not a's or b's older deadlines.
    const ConversationSummary late = summarizeConversation({a, b, c}, kT0 + 12 * kHour);
    QCOMPARE(late.deadlineState, DeadlineState::Overdue);
    QCOMPARE(late.dueMs, std::optional<qint64>(kT0 + 11 * kHour));
}

void TestConversationSummary::inboundThenReplyIsMet()
{
    Item a = message(1, kT0, kT0 + 8 * kHour);
    a.repliedMs = kT0 + 2 * kHour;
    const ConversationSummary s = summarizeConversation({a}, kT0 + 20 * kHour);
    QCOMPARE(s.deadlineState, DeadlineState::Met);
    QCOMPARE(s.deadlineItemId, qint64(1));
    QCOMPARE(s.state, ItemState::Open);
}

void TestConversationSummary::lateReplyIsMissed()
{
    Item a = message(1, kT0, kT0 + 8 * kHour);
    Item b = message(2, kT0 + kHour, std::nullopt, Tier::Reference);  // no reply owed
    b.repliedMs = kT0 + 10 * kHour;  // my reply came after a's due
    QCOMPARE(summarizeConversation({a, b}, kT0 + 20 * kHour).deadlineState, DeadlineState::Missed);
}

void TestConversationSummary::oldestUnansweredMessageSetsTheDeadline()
{
    const Item a = message(1, kT0, kT0 + 8 * kHour);
    const Item b = message(2, kT0 + kHour, kT0 + 9 * kHour);
    const ConversationSummary s = summarizeConversation({b, a}, kT0 + 2 * kHour);
    QCOMPARE(s.deadlineItemId, qint64(1));
    QCOMPARE(s.dueMs, std::optional<qint64>(kT0 + 8 * kHour));
}

void TestConversationSummary::answeredFlagMeetsEverythingUpToIt()
{
    Item a = message(1, kT0, kT0 + 8 * kHour);
    Item b = message(2, kT0 + kHour, kT0 + 9 * kHour);
    b.record.flags.answered = true;  // another client replied; the source says when it came, not when answered
    const Item c = message(3, kT0 + 3 * kHour, kT0 + 11 * kHour);
    QCOMPARE(summarizeConversation({a, b}, kT0 + 2 * kHour).deadlineState, DeadlineState::Met);
    QCOMPARE(summarizeConversation({a, b, c}, kT0 + 4 * kHour).deadlineItemId, qint64(3));
}

void TestConversationSummary::doneMessagesOweNothing()
{
    Item a = message(1, kT0, kT0 + 8 * kHour);
    a.state = ItemState::Done;
    a.doneMs = kT0 + kHour;
    const Item b = message(2, kT0 + kHour, kT0 + 9 * kHour);
    QCOMPARE(summarizeConversation({a, b}, kT0 + 2 * kHour).deadlineItemId, qint64(2));
    Item bDone = b;
    bDone.state = ItemState::Done;
    bDone.doneMs = kT0 + 2 * kHour;
    const ConversationSummary s = summarizeConversation({a, bDone}, kT0 + 3 * kHour);
    QCOMPARE(s.state, ItemState::Done);
    QCOMPARE(s.deadlineState, DeadlineState::Met);  // done before due
}

void TestConversationSummary::rowShowsFirstSubjectLatestSenderCountAndHighestOpenTier()
{
    Item a = message(1, kT0, std::nullopt, Tier::Now, QStringLiteral("first@example.com"));
    a.state = ItemState::Done;
    const Item b = message(2, kT0 + kHour, kT0 + 9 * kHour, Tier::Reference, QStringLiteral("bo@example.com"));
    const Item c = message(3, kT0 + 2 * kHour, kT0 + 10 * kHour, Tier::Async, QStringLiteral("last@example.com"));
    const ConversationSummary s = summarizeConversation({c, b, a}, kT0 + 3 * kHour);
    QCOMPARE(s.subject, QStringLiteral("Message 1"));
    QCOMPARE(s.latestSender.address, QStringLiteral("last@example.com"));
    QCOMPARE(s.latestMs, kT0 + 2 * kHour);
    QCOMPARE(s.count, 3);
    QCOMPARE(s.tier, Tier::Async);  // the done Now message does not count
    QCOMPARE(s.itemIds, (QList<qint64>{1, 2, 3}));
    QCOMPARE(s.conversationId, qint64(7));
}

void TestConversationSummary::stateOfTheConversation()
{
    Item a = message(1, kT0, std::nullopt);
    Item b = message(2, kT0 + kHour, std::nullopt);
    a.state = ItemState::Done;
    b.state = ItemState::Snoozed;
    QCOMPARE(summarizeConversation({a, b}, kT0).state, ItemState::Snoozed);
    b.state = ItemState::Open;
    QCOMPARE(summarizeConversation({a, b}, kT0).state, ItemState::Open);
    QCOMPARE(summarizeConversation({}, kT0).count, 0);
}

void TestConversationSummary::groupsInQueryOrder()
{
    Item x = message(10, kT0, kT0 + kHour);
    x.conversationId = 20;
    Item y = message(11, kT0 + kHour, kT0 + 2 * kHour);
    y.conversationId = 20;
    Item z = message(12, kT0, kT0 + 5 * kHour);
    z.conversationId = 21;
    Item loose = message(13, kT0, std::nullopt);
    loose.conversationId = 0;
    // The query returned z, then y, then the item without a conversation; x is done (not matched).
    x.state = ItemState::Done;
    const QList<ConversationSummary> rows = summarizeConversations({z, y, loose}, {x, y, z}, kT0);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).conversationId, qint64(21));
    QCOMPARE(rows.at(1).conversationId, qint64(20));
    QCOMPARE(rows.at(1).count, 2);
    QCOMPARE(rows.at(2).itemIds, QList<qint64>{13});
    QCOMPARE(conversationIdsOf({z, y, x, loose}), (QList<qint64>{21, 20}));
}

QTEST_GUILESS_MAIN(TestConversationSummary)
#include "tst_conversationsummary.moc"
