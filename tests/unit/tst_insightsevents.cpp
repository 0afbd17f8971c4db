// Insights (issue 15), the parts around the seeded store (tst_insights.cpp): the periods the
// window offers in a zone with a DST change, the notification gate's breakthrough reasons, and
// focus events written by FocusSessionLog::recordEvent reaching the report's breakthrough list.
// Expected values are written by hand.

#include "insightsseed.h"

#include "focus/focussessionlog.h"
#include "focus/notificationgate.h"
#include "insights/insightsquery.h"

#include <QTemporaryDir>

using namespace fi;
using namespace insightstest;

class TestInsightsEvents : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void periodRanges();
    void gateReasons();
    void recordedEventsReachTheReport();
};

void TestInsightsEvents::periodRanges()
{
    using P = std::pair<qint64, qint64>;
    // Wed 28 Oct 11:00 CET (after the change).
    const qint64 wed = utc(2026, 10, 28, 10);
    QCOMPARE(insightsPeriodRange(InsightsPeriod::ThisWeek, wed, kBerlin), P(utc(2026, 10, 25, 23), wed));  // Mon 26 00:00 CET
    // Mon 19 00:00 CEST .. Mon 26 00:00 CET: 169 hours.
    QCOMPARE(insightsPeriodRange(InsightsPeriod::LastWeek, wed, kBerlin), P(utc(2026, 10, 18, 22), utc(2026, 10, 25, 23)));
    // 29 days before Wed 28 Oct: Tue 29 Sep 00:00 CEST.
    QCOMPARE(insightsPeriodRange(InsightsPeriod::Last30Days, wed, kBerlin), P(utc(2026, 9, 28, 22), wed));

    // Sun 25 Oct 13:00 CET, the day of the change.
    const qint64 sun = utc(2026, 10, 25, 12);
    QCOMPARE(insightsPeriodRange(InsightsPeriod::ThisWeek, sun, kBerlin), P(utc(2026, 10, 18, 22), sun));
    QCOMPARE(insightsPeriodRange(InsightsPeriod::LastWeek, sun, kBerlin), P(utc(2026, 10, 11, 22), utc(2026, 10, 18, 22)));
    QCOMPARE(insightsPeriodRange(InsightsPeriod::Last30Days, sun, kBerlin), P(utc(2026, 9, 25, 22), sun));  // Sat 26 Sep

    // Sun 25 Oct 23:30Z is already Mon 26 00:30 CET: a new local week although UTC still says Sunday.
    const qint64 monday = utc(2026, 10, 25, 23, 30);
    QCOMPARE(insightsPeriodRange(InsightsPeriod::ThisWeek, monday, kBerlin), P(utc(2026, 10, 25, 23), monday));
    QCOMPARE(insightsPeriodRange(InsightsPeriod::LastWeek, monday, kBerlin), P(utc(2026, 10, 18, 22), utc(2026, 10, 25, 23)));
}

void TestInsightsEvents::gateReasons()
{
    const qint64 t0 = utc(2026, 10, 27, 12);
    const qint64 sessionEnd = t0 + 2 * kHour;
    BreakthroughRules rules;  // tier3 on by default
    rules.senders = {QStringLiteral("boss@example.org")};
    rules.overdue = true;
    rules.deadlineBeforeEnd = true;
    const NotificationGate gate(rules);
    const auto item = [](Tier tier, const QString &from, std::optional<qint64> due) {
        Item i;
        i.id = 1;
        i.sourceName = QStringLiteral("Work mail");
        i.tier = tier;
        i.record.from = Address{QStringLiteral("Someone"), from, QString()};
        i.dueMs = due;
        return i;
    };
    const QString other = QStringLiteral("someone@example.org");
    using R = std::optional<BreakthroughReason>;
    // Sender first, even for a Tier 3 item that is overdue; addresses compare case-insensitively.
    QCOMPARE(gate.breakthroughReason(item(Tier::Now, QStringLiteral("Boss@Example.org"), t0 - kHour), sessionEnd, t0),
             R(BreakthroughReason::Sender));
    QCOMPARE(gate.breakthroughReason(item(Tier::Now, other, t0 - kHour), sessionEnd, t0), R(BreakthroughReason::Tier3));
    QCOMPARE(gate.breakthroughReason(item(Tier::Async, other, t0 - kHour), sessionEnd, t0), R(BreakthroughReason::Overdue));
    // Overdue needs "now": without it the same item falls to the deadline rule.
    QCOMPARE(gate.breakthroughReason(item(Tier::Async, other, t0 - kHour), sessionEnd, 0),
             R(BreakthroughReason::DeadlineInSession));
    QCOMPARE(gate.breakthroughReason(item(Tier::Async, other, t0 + kHour), sessionEnd, t0),
             R(BreakthroughReason::DeadlineInSession));
    QCOMPARE(gate.breakthroughReason(item(Tier::Async, other, sessionEnd + kHour), sessionEnd, t0), R());
    QCOMPARE(gate.breakthroughReason(item(Tier::Reference, other, std::nullopt), sessionEnd, t0), R());
    QVERIFY(!gate.isBreakthrough(item(Tier::Reference, other, std::nullopt), sessionEnd, t0));
    // An answered item is not overdue.
    Item answered = item(Tier::Async, other, t0 - kHour);
    answered.record.flags.answered = true;
    BreakthroughRules overdueOnly;
    overdueOnly.tier3 = false;
    overdueOnly.overdue = true;
    QCOMPARE(NotificationGate(overdueOnly).breakthroughReason(answered, sessionEnd, t0), R());
    // Tier 3 limited to other sources.
    BreakthroughRules pagerOnly;
    pagerOnly.tier3Sources = {QStringLiteral("Pager")};
    QCOMPARE(NotificationGate(pagerOnly).breakthroughReason(item(Tier::Now, other, std::nullopt), sessionEnd, t0), R());

    // The stored spellings (focus_events.reason) and back.
    QCOMPARE(breakthroughReasonName(BreakthroughReason::Sender), QStringLiteral("sender"));
    QCOMPARE(breakthroughReasonName(BreakthroughReason::Tier3), QStringLiteral("tier3"));
    QCOMPARE(breakthroughReasonName(BreakthroughReason::Overdue), QStringLiteral("overdue"));
    QCOMPARE(breakthroughReasonName(BreakthroughReason::DeadlineInSession), QStringLiteral("deadline"));
    QCOMPARE(breakthroughReasonName(BreakthroughReason::Unknown), QStringLiteral("unknown"));
    for (auto r : {BreakthroughReason::Unknown, BreakthroughReason::Sender, BreakthroughReason::Tier3,
                   BreakthroughReason::Overdue, BreakthroughReason::DeadlineInSession})
        QCOMPARE(breakthroughReasonFromName(breakthroughReasonName(r)), r);
    QCOMPARE(breakthroughReasonFromName(QStringLiteral("bogus")), BreakthroughReason::Unknown);
    QCOMPARE(breakthroughReasonFromName(QString()), BreakthroughReason::Unknown);
}

void TestInsightsEvents::recordedEventsReachTheReport()
{
    QTemporaryDir dir;
    ItemStore store(dir.filePath(QStringLiteral("log.sqlite")));
    QCOMPARE(store.open(), OpenError::None);
    Seeder seed(store);
    const qint64 source = seed.source(QStringLiteral("maildir"), QStringLiteral("Inbox"));
    const qint64 t0 = utc(2026, 10, 27, 12);  // Tue 13:00 CET
    // No display name: the breakthrough list shows the address.
    const qint64 item = seed.item({.source = source, .remoteId = "p1", .from = "pat@example.org",
                                   .subject = "Server on fire", .received = t0 + 10 * kMin, .tier = 3,
                                   .due = t0 + 25 * kMin, .policy = "tier3-default"});
    QVERIFY(item > 0);

    FocusSessionLog log(&store);
    QVERIFY(log.record({t0, t0 + kHour, t0 + kHour, FocusOrigin::Schedule, 1, 2}).result());
    using K = FocusEventRecord::Kind;
    QVERIFY(log.recordEvent({t0 + 10 * kMin, K::Breakthrough, item, BreakthroughReason::Tier3}).result());
    QVERIFY(log.recordEvent({t0 + 20 * kMin, K::Held, item, BreakthroughReason::Unknown}).result());
    QVERIFY(log.recordEvent({t0 + 30 * kMin, K::Breakthrough, item + 1000, BreakthroughReason::Sender}).result());

    // The missing item is stored as NULL.
    QSqlQuery q(store.readConnection());
    QVERIFY(q.exec(QStringLiteral("SELECT kind, item_id IS NULL, reason FROM focus_events ORDER BY at_ms")));
    QStringList rows;
    while (q.next())
        rows << QStringLiteral("%1 %2 %3").arg(q.value(0).toString()).arg(q.value(1).toInt()).arg(q.value(2).toString());
    QCOMPARE(rows, (QStringList{"breakthrough 0 tier3", "held 0 ", "breakthrough 1 sender"}));

    const InsightsQuery query(berlinHours(), PolicySet::defaults());
    const std::optional<InsightsReport> r =
        query.run(store, InsightsRequest{utc(2026, 10, 26, 0), utc(2026, 11, 2, 0), t0 + 2 * kHour, {}});
    QVERIFY(r.has_value());
    const QList<BreakthroughRecord> expected{
        {t0 + 10 * kMin, item, QStringLiteral("Server on fire"), QStringLiteral("pat@example.org"), BreakthroughReason::Tier3},
        {t0 + 30 * kMin, 0, QString(), QString(), BreakthroughReason::Sender},
    };
    QCOMPARE(r->focus.breakthroughList, expected);
    QCOMPARE(r->focus.breakthroughs, 2);
    QCOMPARE(r->focus.held, 1);
    QCOMPARE(r->focus.sessions, 1);
    // Stretches 10, 20 and 30 min (the held notification at +20 does not interrupt).
    QCOMPARE(r->focus.longestStretchMs, 30 * kMin);
    // The item itself: responded never, due passed at t0 + 25 min < now: missed, sender pat.
    QCOMPARE(r->tier(Tier::Now), figures(1, 0, std::nullopt, std::nullopt, 0, 1, InsightsClock::Calendar));
    QCOMPARE(r->offenders, (QList<Offender>{{OriginKind::Sender, QStringLiteral("pat@example.org"), 1, 0}}));
}

QTEST_GUILESS_MAIN(TestInsightsEvents)
#include "tst_insightsevents.moc"
