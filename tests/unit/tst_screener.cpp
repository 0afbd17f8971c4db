// The screener for new senders (issue 14) at the store and rule level: which new items wait in
// "New senders" (StoreBatch::screenReasons), that tier lists and counts leave them out, that a
// re-sync keeps them there, and that a decision — a sender rule — places that sender's items.

#include "../gui/inboxfixture.h"

#include "config/appconfig.h"
#include "sync/tiering.h"
#include "triage/retierplan.h"
#include "triage/screener.h"

#include <QDateTime>
#include <QTest>

using namespace fi;
using namespace fitest;

class TestScreener : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void newSendersWait();
    void listsAndCountsLeaveThemOut();
    void resyncKeepsThemWaiting();
    void decisionPlacesTheSender();
    void blockRuleStoresDone();
    void perSourceSetting();

private:
    Item mail(const QString &remoteId, const QString &address, const QString &subject, const QString &reason) const
    {
        Item item = makeItem(remoteId, address.section(u'@', 0, 0), subject, Tier::Async, m_now - kHour, m_now + kHour);
        item.record.from = {address.section(u'@', 0, 0), address};
        item.tierReason = reason;
        return item;
    }
    bool addScreened(const QList<Item> &items)
    {
        StoreBatch batch;
        batch.sourceId = m_fx->sourceId;
        batch.upserts = items;
        batch.screenReasons = screenableReasons();
        return m_fx->store->applyBatch(batch).result().ok;
    }
    std::unique_ptr<InboxFixture> m_fx;
    qint64 m_now = 0;
};

void TestScreener::init()
{
    m_fx = std::make_unique<InboxFixture>();
    QVERIFY(m_fx->open());
    m_now = QDateTime::currentMSecsSinceEpoch();
    // The first import is not screened: Ana is a known sender from then on.
    QVERIFY(m_fx->add({mail(QStringLiteral("a1"), QStringLiteral("ana@example.com"), QStringLiteral("Hello"), QStringLiteral("to-me"))}));
}

void TestScreener::newSendersWait()
{
    QVERIFY(addScreened({
        mail(QStringLiteral("a2"), QStringLiteral("ANA@example.com"), QStringLiteral("Again"), QStringLiteral("to-me")),
        mail(QStringLiteral("z1"), QStringLiteral("zoe@new.example"), QStringLiteral("Intro"), QStringLiteral("to-me")),
        mail(QStringLiteral("b1"), QStringLiteral("bob@new.example"), QStringLiteral("One"), QStringLiteral("fallback")),
        mail(QStringLiteral("b2"), QStringLiteral("bob@new.example"), QStringLiteral("Two"), QStringLiteral("cc-me")),
        mail(QStringLiteral("l1"), QStringLiteral("list@lists.example"), QStringLiteral("Digest"), QStringLiteral("mailing-list")),
    }));
    const auto reason = [this](const char *remoteId) { return m_fx->store->item(m_fx->idOf(QLatin1String(remoteId)))->tierReason; };
    QCOMPARE(reason("a2"), QStringLiteral("to-me"));          // known sender (case-insensitive)
    QCOMPARE(reason("z1"), screenerReason());                 // never seen before
    QCOMPARE(reason("b1"), screenerReason());                 // both of a new sender's items wait
    QCOMPARE(reason("b2"), screenerReason());
    QCOMPARE(reason("l1"), QStringLiteral("mailing-list"));   // a rule placed it
    const auto zoe = m_fx->store->item(m_fx->idOf(QStringLiteral("z1")));
    QVERIFY(!zoe->dueMs.has_value());  // no reply owed until the user accepts the sender
    QCOMPARE(zoe->policy, QStringLiteral("none"));
    // Without screenReasons (a source that does not screen) nothing waits.
    QVERIFY(m_fx->add({mail(QStringLiteral("y1"), QStringLiteral("yan@new.example"), QStringLiteral("Hi"), QStringLiteral("to-me"))}));
    QCOMPARE(reason("y1"), QStringLiteral("to-me"));
}

void TestScreener::listsAndCountsLeaveThemOut()
{
    QVERIFY(addScreened({mail(QStringLiteral("z1"), QStringLiteral("zoe@new.example"), QStringLiteral("Intro"), QStringLiteral("to-me")),
                         mail(QStringLiteral("a2"), QStringLiteral("ana@example.com"), QStringLiteral("Again"), QStringLiteral("to-me"))}));
    const TierCounts counts = m_fx->store->counts(m_now);
    QCOMPARE(counts.async, 2);  // a1, a2
    QCOMPARE(counts.newSenders, 1);
    ItemQuery async;
    async.tier = Tier::Async;
    QCOMPARE(m_fx->store->items(async).size(), 2);
    ItemQuery queue;
    queue.newSenders = true;
    const QList<Item> waiting = m_fx->store->items(queue);
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().record.subject, QStringLiteral("Intro"));
    // Search and "all" still find it.
    ItemQuery all;
    all.states = ItemQuery::States::All;
    QCOMPARE(m_fx->store->items(all).size(), 3);
}

void TestScreener::resyncKeepsThemWaiting()
{
    QVERIFY(addScreened({mail(QStringLiteral("z1"), QStringLiteral("zoe@new.example"), QStringLiteral("Intro"), QStringLiteral("to-me"))}));
    Item again = mail(QStringLiteral("z1"), QStringLiteral("zoe@new.example"), QStringLiteral("Intro (edited)"), QStringLiteral("to-me"));
    QVERIFY(addScreened({again}));
    QCOMPARE(m_fx->store->item(m_fx->idOf(QStringLiteral("z1")))->tierReason, screenerReason());
    // A rule of the user's that now places it takes it out.
    again.tierReason = QStringLiteral("Incident keywords");
    again.tier = Tier::Now;
    QVERIFY(addScreened({again}));
    QCOMPARE(m_fx->store->item(m_fx->idOf(QStringLiteral("z1")))->tierReason, QStringLiteral("Incident keywords"));
    QCOMPARE(m_fx->store->item(m_fx->idOf(QStringLiteral("z1")))->tier, Tier::Now);
}

void TestScreener::decisionPlacesTheSender()
{
    QVERIFY(addScreened({mail(QStringLiteral("z1"), QStringLiteral("zoe@new.example"), QStringLiteral("Intro"), QStringLiteral("to-me")),
                         mail(QStringLiteral("z2"), QStringLiteral("zoe@new.example"), QStringLiteral("Follow-up"), QStringLiteral("to-me")),
                         mail(QStringLiteral("b1"), QStringLiteral("bob@new.example"), QStringLiteral("One"), QStringLiteral("to-me"))}));
    AppConfig config;
    config.myAddresses = {QStringLiteral("me@example.org")};
    QString error;
    const AppConfig decided = withSenderRule(config, QStringLiteral("zoe@new.example"), QStringLiteral("maildir"),
                                             ScreenerDecision::Now, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(decided.rules.names().first(), QStringLiteral("Sender zoe@new.example"));
    QCOMPARE(decided.rules.size(), config.rules.size() + 1);
    // A general apply leaves the screener's queue alone …
    const RetierPlanner general(decided, m_fx->store->sources());
    QCOMPARE(general.preview(*m_fx->store).moveCount, 0);
    // … the decision's planner takes exactly that sender's items.
    const RetierPlanner zoe = general.only([](const Item &item) { return screenerSender(item) == QLatin1String("zoe@new.example"); });
    const TierBatch batch = m_fx->store->retier(zoe.function(), QStringLiteral("screener"), m_now).result();
    QCOMPARE(batch.changes.size(), 2);
    for (const char *id : {"z1", "z2"}) {
        const auto item = m_fx->store->item(m_fx->idOf(QLatin1String(id)));
        QCOMPARE(item->tier, Tier::Now);
        QCOMPARE(item->tierReason, QStringLiteral("Sender zoe@new.example"));
        QVERIFY(item->dueMs.has_value());  // Now's deadline from the message's time
    }
    QCOMPARE(m_fx->store->item(m_fx->idOf(QStringLiteral("b1")))->tierReason, screenerReason());
    QCOMPARE(m_fx->store->counts(m_now).newSenders, 1);
    // The same decision again replaces the rule rather than adding a second one.
    const AppConfig again = withSenderRule(decided, QStringLiteral("zoe@new.example"), QStringLiteral("maildir"),
                                           ScreenerDecision::Reference, &error);
    QCOMPARE(again.rules.size(), decided.rules.size());
}

void TestScreener::blockRuleStoresDone()
{
    AppConfig config;
    QString error;
    config = withSenderRule(config, QStringLiteral("spam@bulk.example"), QStringLiteral("maildir"), ScreenerDecision::Block, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(config.rules.notifies(QStringLiteral("Sender spam@bulk.example")), false);
    SourceConfig source = *m_fx->store->source(m_fx->sourceId);
    ItemRecord record;
    record.remoteId = QStringLiteral("s1");
    record.from = {QStringLiteral("Bulk"), QStringLiteral("Spam@Bulk.example")};
    record.subject = QStringLiteral("URGENT offer");
    record.receivedMs = m_now;
    const Item item = Tiering(config).apply(record, source);
    QCOMPARE(item.state, ItemState::Done);
    QCOMPARE(item.doneMs, m_now);
    QCOMPARE(item.tier, Tier::Reference);
    QVERIFY(!item.dueMs.has_value());
    // Another sender of the same kind is not touched by that rule.
    record.from.address = QStringLiteral("friend@bulk.example");
    QCOMPARE(Tiering(config).apply(record, source).state, ItemState::Open);
}

void TestScreener::perSourceSetting()
{
    SourceConfig source;
    source.kind = QStringLiteral("maildir");
    QVERIFY(screensNewSenders(source, true));    // on by default for mail
    QVERIFY(!screensNewSenders(source, false));  // not for feeds, GitHub, …
    source.settings.insert(QStringLiteral("screener"), false);
    QVERIFY(!screensNewSenders(source, true));
    source.settings.remove(QStringLiteral("screener"));
    source.sample = true;
    QVERIFY(!screensNewSenders(source, true));
}

QTEST_GUILESS_MAIN(TestScreener)
#include "tst_screener.moc"
