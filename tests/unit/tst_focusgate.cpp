// Notification gate, coalescer, digest text/counts and the focus/notifications config sections.
#include "focus/coalescer.h"
#include "focus/focusdigest.h"
#include "focus/focussettings.h"
#include "focus/notificationgate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace fi;

namespace {

constexpr qint64 kMin = 60 * 1000;
constexpr qint64 kT0 = 1710000000000LL;

Item makeItem(qint64 id, Tier tier, QString to = QStringLiteral("someone@example.org"),
              QString from = QStringLiteral("a@example.org"), std::optional<qint64> due = std::nullopt)
{
    Item item;
    item.id = id;
    item.sourceId = 1;
    item.sourceName = QStringLiteral("Work");
    item.tier = tier;
    item.record.to = {Address{QString(), to}};
    item.record.from = Address{QString(), from};
    item.dueMs = due;
    return item;
}

} // namespace

class TestFocusGate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Issue 14: "skip notifications" rules, the screener's queue and Block are silent, in and
    // out of a focus session (not held for the digest either).
    void silencedByRulesAndScreener()
    {
        QStringList errors;
        const RuleSet rules = RuleSet::fromJson(
            QJsonDocument::fromJson(R"([{"name": "quiet-ci", "tier": 3, "notify": false, "when": {"sender": "ci@example.org"}},
                                        {"name": "loud", "tier": 3, "when": {"subject": "outage"}}])").array(),
            &errors);
        QVERIFY(errors.isEmpty());
        BreakthroughRules breakthrough;
        breakthrough.senders = {QStringLiteral("ci@example.org")};  // even a sender who always breaks through
        const NotificationGate gate(breakthrough, {QStringLiteral("me@example.org")}, rules);
        Item ci = makeItem(1, Tier::Now, QStringLiteral("me@example.org"), QStringLiteral("ci@example.org"));
        ci.tierReason = QStringLiteral("quiet-ci");
        Item loud = makeItem(2, Tier::Now);
        loud.tierReason = QStringLiteral("loud");
        const GateContext out{false, 0, kT0};
        const GateContext in{true, kT0 + 30 * kMin, kT0};
        QCOMPARE(gate.decide(ci, SourceNotifyMode::Notify, out), GateDecision::Silent);
        QCOMPARE(gate.decide(ci, SourceNotifyMode::Notify, in), GateDecision::Silent);
        QCOMPARE(gate.decide(loud, SourceNotifyMode::Notify, out), GateDecision::Notify);
        QCOMPARE(gate.decide(loud, SourceNotifyMode::Notify, in), GateDecision::Breakthrough);
        Item waiting = loud;
        waiting.tierReason = QStringLiteral("screener");
        QCOMPARE(gate.decide(waiting, SourceNotifyMode::Notify, out), GateDecision::Silent);
        Item blocked = loud;
        blocked.state = ItemState::Done;
        QCOMPARE(gate.decide(blocked, SourceNotifyMode::Notify, in), GateDecision::Silent);
    }

    void outsideSession()
    {
        const NotificationGate gate({}, {QStringLiteral("me@example.org")});
        const GateContext idle;
        QCOMPARE(gate.decide(makeItem(1, Tier::Now), SourceNotifyMode::Notify, idle), GateDecision::Notify);
        QCOMPARE(gate.decide(makeItem(2, Tier::Async, QStringLiteral("ME@example.org")), SourceNotifyMode::Notify, idle),
                 GateDecision::Notify);
        QCOMPARE(gate.decide(makeItem(3, Tier::Async), SourceNotifyMode::Notify, idle), GateDecision::BadgeOnly);
        QCOMPARE(gate.decide(makeItem(3, Tier::Async, QStringLiteral("team@example.org")), SourceNotifyMode::Notify,
                             idle, {QStringLiteral("team@example.org")}),
                 GateDecision::Notify);
        QCOMPARE(gate.decide(makeItem(4, Tier::Reference, QStringLiteral("me@example.org")), SourceNotifyMode::Notify,
                             idle),
                 GateDecision::BadgeOnly);
        QCOMPARE(gate.decide(makeItem(5, Tier::Now), SourceNotifyMode::BadgeOnly, idle), GateDecision::BadgeOnly);
        QCOMPARE(gate.decide(makeItem(6, Tier::Now), SourceNotifyMode::Silent, idle), GateDecision::Silent);
    }

    void duringSession()
    {
        const GateContext focusing{true, kT0 + 60 * kMin};
        const NotificationGate gate({}, {QStringLiteral("me@example.org")});
        QCOMPARE(gate.decide(makeItem(1, Tier::Now), SourceNotifyMode::Notify, focusing), GateDecision::Breakthrough);
        QCOMPARE(gate.decide(makeItem(1, Tier::Now), SourceNotifyMode::BadgeOnly, focusing), GateDecision::Breakthrough);
        QCOMPARE(gate.decide(makeItem(1, Tier::Now), SourceNotifyMode::Silent, focusing), GateDecision::Silent);
        QCOMPARE(gate.decide(makeItem(2, Tier::Async, QStringLiteral("me@example.org")), SourceNotifyMode::Notify,
                             focusing),
                 GateDecision::Hold);
        QCOMPARE(gate.decide(makeItem(3, Tier::Reference), SourceNotifyMode::Notify, focusing), GateDecision::Hold);
        // Due before the end: held unless the user opted in.
        const Item dueSoon = makeItem(4, Tier::Async, {}, {}, kT0 + 30 * kMin);
        QCOMPARE(gate.decide(dueSoon, SourceNotifyMode::Notify, focusing), GateDecision::Hold);
        BreakthroughRules optIn;
        optIn.deadlineBeforeEnd = true;
        QCOMPARE(NotificationGate(optIn).decide(dueSoon, SourceNotifyMode::Notify, focusing), GateDecision::Breakthrough);
        const Item dueLater = makeItem(5, Tier::Async, {}, {}, kT0 + 90 * kMin);
        QCOMPARE(NotificationGate(optIn).decide(dueLater, SourceNotifyMode::Notify, focusing), GateDecision::Hold);
    }

    void allowLists()
    {
        BreakthroughRules rules;
        rules.tier3Sources = {QStringLiteral("PagerDuty")};
        rules.senders = {QStringLiteral("boss@example.org")};
        const NotificationGate gate(rules);
        const GateContext focusing{true, kT0 + 60 * kMin};
        QCOMPARE(gate.decide(makeItem(1, Tier::Now), SourceNotifyMode::Notify, focusing), GateDecision::Hold);
        Item paged = makeItem(2, Tier::Now);
        paged.sourceName = QStringLiteral("PagerDuty");
        QCOMPARE(gate.decide(paged, SourceNotifyMode::Notify, focusing), GateDecision::Breakthrough);
        const Item boss = makeItem(3, Tier::Reference, {}, QStringLiteral("Boss@Example.org"));
        QCOMPARE(gate.decide(boss, SourceNotifyMode::Notify, focusing), GateDecision::Breakthrough);
        rules.tier3 = false;
        rules.tier3Sources.clear();
        QCOMPARE(NotificationGate(rules).decide(paged, SourceNotifyMode::Notify, focusing), GateDecision::Hold);
    }

    void coalescingPerSourceWithinWindow()
    {
        NotificationCoalescer c(30 * 1000);
        auto g = c.add(1, 100, kT0);
        QCOMPARE(g.itemIds.size(), 1);
        c.setNotificationId(1, 77);
        g = c.add(1, 101, kT0 + 10 * 1000);
        QCOMPARE(g.itemIds, (QList<qint64>{100, 101}));
        QCOMPARE(g.notificationId, 77u);
        g = c.add(2, 200, kT0 + 11 * 1000);  // another source: its own notification
        QCOMPARE(g.itemIds.size(), 1);
        g = c.add(1, 102, kT0 + 29 * 1000);
        QCOMPARE(g.itemIds.size(), 3);
        QCOMPARE(c.groupForNotification(77)->itemIds.size(), 3);
        g = c.add(1, 103, kT0 + 30 * 1000);  // window over: a new notification
        QCOMPARE(g.itemIds, QList<qint64>{103});
        QCOMPARE(g.notificationId, 0u);
        c.setNotificationId(1, 78);
        c.notificationClosed(78);
        QCOMPARE(c.add(1, 104, kT0 + 31 * 1000).itemIds.size(), 1);
        NotificationCoalescer off(0);
        off.add(1, 1, kT0);
        QCOMPARE(off.add(1, 2, kT0).itemIds.size(), 1);
    }

    void digestCountsAndText()
    {
        const qint64 start = kT0;
        const qint64 end = kT0 + 90 * kMin;
        QList<Item> held;
        held << makeItem(1, Tier::Now, {}, {}, end + 10 * kMin);
        for (int i = 0; i < 4; ++i)
            held << makeItem(10 + i, Tier::Async, {}, {}, i == 0 ? std::optional<qint64>(end + 30 * kMin) : end + 5 * 60 * kMin);
        for (int i = 0; i < 7; ++i)
            held << makeItem(20 + i, Tier::Reference);
        const FocusDigest d = FocusDigest::build(start, end, held);
        QCOMPARE(d.total, 12);
        QCOMPARE(d.now, 1);
        QCOMPARE(d.async, 4);
        QCOMPARE(d.reference, 7);
        QCOMPARE(d.dueWithinHour, 2);
        QCOMPARE(d.itemIds.mid(0, 2), (QList<qint64>{1, 10}));  // sorted by due, undated last
        QCOMPARE(d.itemIds.last(), qint64(26));
        QCOMPARE(d.text(), QStringLiteral("While you focused (90 min): 12 new — 1 Now, 4 Async, 7 Reference; 2 due within the hour"));
        const FocusDigest empty = FocusDigest::build(start, start + 25 * kMin, {});
        QCOMPARE(empty.text(), QStringLiteral("While you focused (25 min): Nothing new arrived."));
        Item done = makeItem(30, Tier::Async, {}, {}, end);
        done.state = ItemState::Done;
        QCOMPARE(FocusDigest::build(start, end, {done}).dueWithinHour, 0);
    }

    void settingsFromJson()
    {
        const QJsonObject focus = QJsonDocument::fromJson("{ \"schedule\": {\"timeZone\": \"Europe/Berlin\", \"blocks\": [{\"days\": [\"mon\"], \"start\": \"09:00\", \"end\": \"10:00\"}]}, \"calendar\": {\"file\": \"/tmp/x.ics\", \"pattern\": \"((\"}, \"controlDesktopDnd\": false, \"breakthrough\": {\"tier3\": false, \"senders\": [\"Boss@Example.org\"], \"deadlineBeforeEnd\": true}}").object();
        QStringList errors;
        const FocusSettings f = FocusSettings::fromJson(focus, &errors);
        QCOMPARE(errors.size(), 1);  // the broken pattern
        QCOMPARE(f.calendarPattern, QStringLiteral("Focus|Deep work"));
        QCOMPARE(f.calendarFile, QStringLiteral("/tmp/x.ics"));
        QVERIFY(!f.controlDesktopDnd);
        QVERIFY(!f.breakthrough.tier3);
        QVERIFY(f.breakthrough.deadlineBeforeEnd);
        QCOMPARE(f.breakthrough.senders, QStringList{QStringLiteral("boss@example.org")});
        QCOMPARE(f.schedule.blocks().size(), 1);
        QVERIFY(FocusSettings::fromJson(QJsonObject(), &errors).controlDesktopDnd);

        const QJsonObject notifications = QJsonDocument::fromJson("{\"coalesceSeconds\": 10, \"sources\": {\"Feeds\": \"silent\", \"GitHub\": \"badge\", \"Odd\": \"loud\"}}").object();
        errors.clear();
        const NotificationSettings n = NotificationSettings::fromJson(notifications, &errors);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(n.coalesceSeconds, 10);
        QCOMPARE(n.modeFor(QStringLiteral("Feeds")), SourceNotifyMode::Silent);
        QCOMPARE(n.modeFor(QStringLiteral("GitHub")), SourceNotifyMode::BadgeOnly);
        QCOMPARE(n.modeFor(QStringLiteral("Odd")), SourceNotifyMode::Notify);
        QCOMPARE(n.modeFor(QStringLiteral("Feeds"), QStringLiteral("notify")), SourceNotifyMode::Notify);
        QCOMPARE(NotificationSettings::fromJson(n.toJson(), nullptr).perSource, n.perSource);
    }

    /// Issue 14: "Tier 3 and anything overdue": an item whose due already passed when it arrives
    /// breaks through, only with the option on; one due later, or already answered, does not.
    void overdueBreaksThroughOnlyWhenOn()
    {
        const qint64 now = kT0;
        const GateContext focusing{true, now + 60 * kMin, now};
        const Item overdue = makeItem(1, Tier::Async, {}, {}, now - 5 * kMin);
        const Item dueNow = makeItem(2, Tier::Reference, {}, {}, now);
        const Item dueLater = makeItem(3, Tier::Async, {}, {}, now + 30 * kMin);
        const Item undated = makeItem(4, Tier::Async);
        Item answered = makeItem(5, Tier::Async, {}, {}, now - 5 * kMin);
        answered.record.flags.answered = true;

        const NotificationGate off{BreakthroughRules{}};
        QCOMPARE(off.decide(overdue, SourceNotifyMode::Notify, focusing), GateDecision::Hold);

        BreakthroughRules rules;
        rules.overdue = true;
        const NotificationGate on(rules);
        QCOMPARE(on.decide(overdue, SourceNotifyMode::Notify, focusing), GateDecision::Breakthrough);
        QCOMPARE(on.decide(dueNow, SourceNotifyMode::Notify, focusing), GateDecision::Breakthrough);
        QCOMPARE(on.decide(dueLater, SourceNotifyMode::Notify, focusing), GateDecision::Hold);  // due before the end: not this option
        QCOMPARE(on.decide(undated, SourceNotifyMode::Notify, focusing), GateDecision::Hold);
        QCOMPARE(on.decide(answered, SourceNotifyMode::Notify, focusing), GateDecision::Hold);
        QCOMPARE(on.decide(overdue, SourceNotifyMode::Silent, focusing), GateDecision::Silent);  // a silent source stays silent
        // Outside a session the option changes nothing.
        QCOMPARE(on.decide(overdue, SourceNotifyMode::Notify, GateContext{false, 0, now}), GateDecision::BadgeOnly);
        // Without an arrival time the gate cannot tell: held.
        QCOMPARE(on.decide(overdue, SourceNotifyMode::Notify, GateContext{true, now + 60 * kMin}), GateDecision::Hold);
    }

    /// Issue 14: "defaultSessionMinutes" and "breakthrough.overdue" round-trip; out-of-range
    /// minutes fall back to 50 with an error; "deadlineBeforeEnd" keeps working beside them.
    void defaultLengthAndOverdueRoundTrip()
    {
        FocusSettings s;
        QCOMPARE(s.defaultSessionMinutes, 50);
        QVERIFY(!s.breakthrough.overdue);
        s.defaultSessionMinutes = 90;
        s.breakthrough.overdue = true;
        s.breakthrough.deadlineBeforeEnd = true;
        QStringList errors;
        const FocusSettings back = FocusSettings::fromJson(s.toJson(), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char(';'))));
        QCOMPARE(back.defaultSessionMinutes, 90);
        QVERIFY(back.breakthrough.overdue);
        QVERIFY(back.breakthrough.deadlineBeforeEnd);
        QCOMPARE(s.toJson().value(QStringLiteral("breakthrough")).toObject().value(QStringLiteral("overdue")).toBool(), true);

        for (int bad : {0, 4, 481}) {
            errors.clear();
            QJsonObject json = s.toJson();
            json.insert(QStringLiteral("defaultSessionMinutes"), bad);
            QCOMPARE(FocusSettings::fromJson(json, &errors).defaultSessionMinutes, 50);
            QCOMPARE(errors.size(), 1);
        }
        errors.clear();
        const FocusSettings old = FocusSettings::fromJson(QJsonDocument::fromJson(
            "{\"breakthrough\": {\"tier3\": true, \"deadlineBeforeEnd\": true}}").object(), &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(old.defaultSessionMinutes, 50);  // a config.json from before issue 14
        QVERIFY(!old.breakthrough.overdue);
        QVERIFY(old.breakthrough.deadlineBeforeEnd);
    }
};

QTEST_GUILESS_MAIN(TestFocusGate)
#include "tst_focusgate.moc"
