// applyTriage() (models/triage/triageapply.h): what the CLI's triage commands do to a real
// ItemStore — directly, or inside the running app — and that a list over the store follows.
// Also the reply it travels back in from the running instance (TriageResult::toJson/fromJson).

#include "../gui/inboxfixture.h"

#include "triage/triageapply.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QTest>

using namespace fi;
using namespace fitest;

class TestTriageApply : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void doneReopenAndEvents();
    void seenAndUnseen();
    void tierPinsAndKeepsDeadline();
    void snoozeAndPastSnooze();
    void unknownIdsChangeNothing();
    void duplicatesCountOnce();
    void notATriageRequest();
    void listFollows();
    void replyRoundTrip();

private:
    InstanceRequest request(InstanceRequest::TriageAction action, const QList<qint64> &ids) const
    {
        InstanceRequest r;
        r.command = InstanceRequest::Command::Triage;
        r.triage = action;
        r.ids = ids;
        return r;
    }
    std::unique_ptr<InboxFixture> m_fx;
    qint64 m_now = 0;
    qint64 m_a = 0, m_b = 0, m_c = 0;
};

void TestTriageApply::init()
{
    m_fx = std::make_unique<InboxFixture>();
    QVERIFY(m_fx->open());
    m_now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(m_fx->add({makeItem(QStringLiteral("a"), QStringLiteral("Ana Souza"), QStringLiteral("Contract review"), Tier::Now,
                                m_now - 3 * kHour, m_now + 2 * kHour),
                       makeItem(QStringLiteral("b"), QStringLiteral("Bruno Lima"), QStringLiteral("Lunch?"), Tier::Now,
                                m_now - 2 * kHour, m_now + 5 * kHour),
                       makeItem(QStringLiteral("c"), QStringLiteral("Carla Dias"), QStringLiteral("Newsletter"),
                                Tier::Reference, m_now - kHour, std::nullopt)}));
    m_a = m_fx->idOf(QStringLiteral("a"));
    m_b = m_fx->idOf(QStringLiteral("b"));
    m_c = m_fx->idOf(QStringLiteral("c"));
    QVERIFY(m_a > 0 && m_b > 0 && m_c > 0);
}

void TestTriageApply::doneReopenAndEvents()
{
    using A = InstanceRequest::TriageAction;
    TriageResult r = applyTriage(*m_fx->store, request(A::Done, {m_a, m_b}), m_now);
    QCOMPARE(r.status, TriageResult::Status::Ok);
    QCOMPARE(r.ids, (QList<qint64>{m_a, m_b}));
    QCOMPARE(r.changed, (QList<qint64>{m_a, m_b}));
    QCOMPARE(m_fx->store->item(m_a)->state, ItemState::Done);
    QCOMPARE(m_fx->store->item(m_a)->doneMs, m_now);
    QCOMPARE(m_fx->store->item(m_c)->state, ItemState::Open);  // not named, not touched
    QCOMPARE(m_fx->store->events(m_a).last().kind, QStringLiteral("done"));  // the item's history, as for any triage

    r = applyTriage(*m_fx->store, request(A::Reopen, {m_a}), m_now + 1000);
    QCOMPARE(r.status, TriageResult::Status::Ok);
    QCOMPARE(r.changed, QList<qint64>{m_a});
    QCOMPARE(m_fx->store->item(m_a)->state, ItemState::Open);
    QCOMPARE(m_fx->store->events(m_a).last().kind, QStringLiteral("reopened"));
    QCOMPARE(m_fx->store->item(m_b)->state, ItemState::Done);
}

void TestTriageApply::seenAndUnseen()
{
    using A = InstanceRequest::TriageAction;
    TriageResult r = applyTriage(*m_fx->store, request(A::Seen, {m_a, m_c}), m_now);
    QCOMPARE(r.status, TriageResult::Status::Ok);
    QCOMPARE(r.changed, (QList<qint64>{m_a, m_c}));
    QVERIFY(m_fx->store->item(m_a)->record.flags.seen);
    QVERIFY(!m_fx->store->item(m_b)->record.flags.seen);
    QVERIFY(!m_fx->store->item(m_a)->openedMs);  // the shell did not open it
    r = applyTriage(*m_fx->store, request(A::Unseen, {m_a, m_b}), m_now);
    QCOMPARE(r.changed, QList<qint64>{m_a});  // b was unread already
    QVERIFY(!m_fx->store->item(m_a)->record.flags.seen);
}

void TestTriageApply::tierPinsAndKeepsDeadline()
{
    using A = InstanceRequest::TriageAction;
    const Item before = *m_fx->store->item(m_a);
    InstanceRequest move = request(A::Tier, {m_a, m_c});
    move.tier = 2;
    TriageResult r = applyTriage(*m_fx->store, move, m_now);
    QCOMPARE(r.status, TriageResult::Status::Ok);
    QCOMPARE(r.changed, (QList<qint64>{m_a, m_c}));
    const Item after = *m_fx->store->item(m_a);
    QCOMPARE(after.tier, Tier::Async);
    QCOMPARE(after.tierReason, QStringLiteral("manual"));
    QCOMPARE(after.dueMs, before.dueMs);    // as the window's SetTierCommand
    QCOMPARE(after.policy, before.policy);
    QCOMPARE(m_fx->store->events(m_a).last().detail, QStringLiteral("3->2"));
    QCOMPARE(m_fx->store->item(m_c)->tier, Tier::Async);
    // Again: already there and pinned — nothing written, nothing changed.
    const int eventsBefore = int(m_fx->store->events(m_a).size());
    r = applyTriage(*m_fx->store, move, m_now);
    QVERIFY(r.changed.isEmpty());
    QCOMPARE(int(m_fx->store->events(m_a).size()), eventsBefore);
    move.tier = 4;
    QCOMPARE(applyTriage(*m_fx->store, move, m_now).status, TriageResult::Status::BadRequest);
}

void TestTriageApply::snoozeAndPastSnooze()
{
    using A = InstanceRequest::TriageAction;
    InstanceRequest snooze = request(A::Snooze, {m_b});
    snooze.untilMs = m_now + 24 * kHour;
    TriageResult r = applyTriage(*m_fx->store, snooze, m_now);
    QCOMPARE(r.status, TriageResult::Status::Ok);
    const Item b = *m_fx->store->item(m_b);
    QCOMPARE(b.state, ItemState::Snoozed);
    QCOMPARE(b.snoozedUntilMs, std::optional<qint64>(m_now + 24 * kHour));
    // A new wake time is a change; a time already passed is refused and changes nothing.
    snooze.untilMs = m_now + 48 * kHour;
    QCOMPARE(applyTriage(*m_fx->store, snooze, m_now).changed, QList<qint64>{m_b});
    snooze.untilMs = m_now;
    r = applyTriage(*m_fx->store, snooze, m_now);
    QCOMPARE(r.status, TriageResult::Status::BadRequest);
    QVERIFY(!r.error.isEmpty());
    QCOMPARE(m_fx->store->item(m_b)->snoozedUntilMs, std::optional<qint64>(m_now + 48 * kHour));
}

void TestTriageApply::unknownIdsChangeNothing()
{
    const qint64 missing = m_c + 100;
    const TriageResult r = applyTriage(*m_fx->store, request(InstanceRequest::TriageAction::Done, {m_a, missing}), m_now);
    QCOMPARE(r.status, TriageResult::Status::UnknownIds);
    QCOMPARE(r.unknown, QList<qint64>{missing});
    QVERIFY2(r.error.contains(QString::number(missing)), qPrintable(r.error));
    QVERIFY(r.changed.isEmpty());
    QCOMPARE(m_fx->store->item(m_a)->state, ItemState::Open);
    QVERIFY(m_fx->store->events(m_a).isEmpty() || m_fx->store->events(m_a).last().kind != QLatin1String("done"));
}

void TestTriageApply::duplicatesCountOnce()
{
    const TriageResult r =
        applyTriage(*m_fx->store, request(InstanceRequest::TriageAction::Done, {m_b, m_a, m_b, m_a}), m_now);
    QCOMPARE(r.status, TriageResult::Status::Ok);
    QCOMPARE(r.ids, (QList<qint64>{m_b, m_a}));
    QCOMPARE(r.changed, (QList<qint64>{m_b, m_a}));
    int doneEvents = 0;
    for (const ItemEvent &e : m_fx->store->events(m_b))
        doneEvents += e.kind == QLatin1String("done");
    QCOMPARE(doneEvents, 1);
}

void TestTriageApply::notATriageRequest()
{
    InstanceRequest raise;
    raise.ids = {m_a};
    QCOMPARE(applyTriage(*m_fx->store, raise, m_now).status, TriageResult::Status::BadRequest);
    QCOMPARE(applyTriage(*m_fx->store, request(InstanceRequest::TriageAction::Done, {}), m_now).status,
             TriageResult::Status::BadRequest);
    QCOMPARE(m_fx->store->item(m_a)->state, ItemState::Open);
}

void TestTriageApply::listFollows()
{
    // The running app's list is an InboxModel over the same store: it follows without a reset.
    InboxModel model(m_fx->store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setView(InboxView::Now);
    QVERIFY(settle(&model, m_fx->store.get()));
    QCOMPARE(subjects(&model), (QStringList{QStringLiteral("Contract review"), QStringLiteral("Lunch?")}));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QCOMPARE(applyTriage(*m_fx->store, request(InstanceRequest::TriageAction::Done, {m_a}), m_now).status,
             TriageResult::Status::Ok);
    QTRY_COMPARE(subjects(&model), QStringList{QStringLiteral("Lunch?")});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(reset.size(), 0);
    InstanceRequest toNow = request(InstanceRequest::TriageAction::Tier, {m_c});
    toNow.tier = 3;
    QCOMPARE(applyTriage(*m_fx->store, toNow, m_now).status, TriageResult::Status::Ok);
    QTRY_COMPARE(model.rowCount(), 2);
    QVERIFY(subjects(&model).contains(QStringLiteral("Newsletter")));
}

void TestTriageApply::replyRoundTrip()
{
    TriageResult ok;
    ok.ids = {3, 4};
    ok.changed = {4};
    TriageResult back = TriageResult::fromJson(ok.toJson());
    QCOMPARE(back.status, TriageResult::Status::Ok);
    QCOMPARE(back.ids, ok.ids);
    QCOMPARE(back.changed, ok.changed);

    TriageResult unknown;
    unknown.status = TriageResult::Status::UnknownIds;
    unknown.ids = {3, 99};
    unknown.unknown = {99};
    unknown.error = QStringLiteral("no such item: 99 (nothing was changed)");
    back = TriageResult::fromJson(unknown.toJson());
    QCOMPARE(back.status, TriageResult::Status::UnknownIds);
    QCOMPARE(back.unknown, QList<qint64>{99});
    QCOMPARE(back.error, unknown.error);

    // An instance of an older version does not know "triage": its error comes through as it is.
    back = TriageResult::fromJson(QJsonObject{{QStringLiteral("error"), QStringLiteral("bad request: unknown command")}});
    QCOMPARE(back.status, TriageResult::Status::BadRequest);
    QCOMPARE(back.error, QStringLiteral("bad request: unknown command"));
    // A reply without anything useful is not success.
    back = TriageResult::fromJson(QJsonObject{});
    QCOMPARE(back.status, TriageResult::Status::BadRequest);
    QVERIFY(!back.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestTriageApply)
#include "tst_triageapply.moc"
