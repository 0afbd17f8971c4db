// Insights (issue 15): a seeded store with a known history gives exact figures for every metric.
//
// Every expected value below is written by hand from the seed data and the definitions in
// models/insights/insightsreport.h, never computed by the code under test. Zone Europe/Berlin,
// working hours Mon–Fri 09:00–17:00, holiday Wed 2026-10-28. The period is the two local weeks
// Mon 2026-10-19 00:00 CEST (2026-10-18T22:00Z) .. Mon 2026-11-02 00:00 CET (2026-11-01T23:00Z);
// summer time ends on Sun 2026-10-25 at 01:00Z (03:00 CEST -> 02:00 CET). "Now" is
// Mon 2026-11-02 11:00 CET (10:00Z). Comments give local times as "Mon 10:00 CEST".
//
// Policies (defaults): tier3-default 15 min calendar, tier2-default 240 min working,
// review-request 1440 min working, tier1-default no window (calendar).
// The period helpers, the gate's reasons and FocusSessionLog::recordEvent: tst_insightsevents.cpp.

#include "insightsseed.h"

#include "insights/insightsexport.h"
#include "insights/insightsquery.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace fi;
using namespace insightstest;

namespace {

const qint64 kSince = utc(2026, 10, 18, 22);  // Mon 19 Oct 00:00 CEST
const qint64 kUntil = utc(2026, 11, 1, 23);   // Mon 2 Nov 00:00 CET
const qint64 kNow = utc(2026, 11, 2, 10);     // Mon 2 Nov 11:00 CET

} // namespace

class TestInsights : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void periodAndZone();
    void tiers();
    void weeks();
    void sources();
    void offenders();
    void focusTotals();
    void focusDaysAndWeeks();
    void breakthroughList();
    void arrivals();
    void filterBySource();
    void filterByKind();
    void filterByTier();
    void jsonPeriod();
    void json();
    void csv();

private:
    InsightsReport report(const InsightsFilter &filter = {});

    QTemporaryDir m_dir;
    std::unique_ptr<ItemStore> m_store;
    qint64 m_mail = 0, m_github = 0, m_feed = 0;
    qint64 m_a1 = 0, m_a3 = 0, m_n3 = 0;
};

InsightsReport TestInsights::report(const InsightsFilter &filter)
{
    const InsightsQuery query(berlinHours(), PolicySet::defaults());
    QString error;
    const std::optional<InsightsReport> r = query.run(*m_store, InsightsRequest{kSince, kUntil, kNow, filter}, &error);
    if (!r)
        qWarning("InsightsQuery failed: %s", qPrintable(error));
    return r.value_or(InsightsReport{});
}

void TestInsights::initTestCase()
{
    QVERIFY(kBerlin.isValid());
    QVERIFY(m_dir.isValid());
    m_store = std::make_unique<ItemStore>(m_dir.filePath(QStringLiteral("insights.sqlite")));
    QCOMPARE(m_store->open(), OpenError::None);
    Seeder seed(*m_store);
    m_mail = seed.source(QStringLiteral("maildir"), QStringLiteral("Work mail"));
    m_github = seed.source(QStringLiteral("github"), QStringLiteral("GitHub"));
    m_feed = seed.source(QStringLiteral("feed"), QStringLiteral("Planet"));
    QVERIFY(m_mail > 0 && m_github > 0 && m_feed > 0);

    const QString list = QStringLiteral(R"({"list-id": "<dev.lists.example.org>"})");
    const QString widgets = QStringLiteral(R"({"github.repository": "acme/widgets"})");
    const QString gadgets = QStringLiteral(R"({"github.repository": "acme/gadgets"})");
    const QString t1 = QStringLiteral("tier1-default"), t2 = QStringLiteral("tier2-default"),
                  t3 = QStringLiteral("tier3-default"), done = QStringLiteral("done");

    // ---- Tier 2 (working clock) ----
    // A1 Mon 19 10:00 CEST, replied 11:30: 90 working min. Due 14:00 CEST (12:00Z): met.
    m_a1 = seed.item({.source = m_mail, .remoteId = "A1", .fromName = "Alice Adams", .from = "alice@example.org",
                      .subject = "Budget question", .received = utc(2026, 10, 19, 8), .tier = 2,
                      .due = utc(2026, 10, 19, 12), .policy = t2, .replied = utc(2026, 10, 19, 9, 30), .answered = true});
    // A2 Fri 23 15:00 CEST. Weekend and the DST change: Fri 15–17 (120) + Mon 26 09:00–10:00 CET (60) = 180 min
    // to its FIRST done (Mon 10:00 CET = 09:00Z); reopened, done again Tue 27 09:00 CET (done_ms). Due Mon 11:00 CET
    // (10:00Z): met. (Last done would be 120 + 480 = 600 min, missed.)
    const qint64 a2 = seed.item({.source = m_mail, .remoteId = "A2", .fromName = "Alice Adams", .from = "alice@example.org",
                                 .subject = "Release notes", .received = utc(2026, 10, 23, 13), .tier = 2,
                                 .due = utc(2026, 10, 26, 10), .policy = t2, .state = done, .done = utc(2026, 10, 27, 8)});
    QVERIFY(seed.itemEvent(a2, done, utc(2026, 10, 26, 9)));
    QVERIFY(seed.itemEvent(a2, QStringLiteral("reopened"), utc(2026, 10, 26, 9, 10)));
    QVERIFY(seed.itemEvent(a2, done, utc(2026, 10, 27, 8)));
    // A3 Tue 27 15:00 CET, across the holiday Wed 28: Tue 15–17 (120) + Thu 09:00–12:00 (180) = 300 min to the reply
    // Thu 12:00 CET (11:00Z). Due Thu 11:00 CET (10:00Z): missed.
    m_a3 = seed.item({.source = m_mail, .remoteId = "A3", .fromName = "Carol Chen", .from = "carol@example.org",
                      .subject = "Contract renewal", .received = utc(2026, 10, 27, 14), .tier = 2,
                      .due = utc(2026, 10, 29, 10), .policy = t2, .replied = utc(2026, 10, 29, 11)});
    // A4 Wed 21 09:30 CEST, answered flag without a reply time: met, not responded (no time to measure).
    seed.item({.source = m_mail, .remoteId = "A4", .fromName = "Alice Adams", .from = "alice@example.org",
               .subject = "Quick yes/no", .received = utc(2026, 10, 21, 7, 30), .tier = 2,
               .due = utc(2026, 10, 21, 11, 30), .policy = t2, .answered = true});
    // A5 Thu 29 09:00 CET, never answered, due 13:00 CET (12:00Z) < now: missed. A snooze is no response.
    const qint64 a5 = seed.item({.source = m_mail, .remoteId = "A5", .fromName = "Carol Chen", .from = "carol@example.org",
                                 .subject = "Invoice", .received = utc(2026, 10, 29, 8), .tier = 2,
                                 .due = utc(2026, 10, 29, 12), .policy = t2});
    QVERIFY(seed.itemEvent(a5, QStringLiteral("snoozed"), utc(2026, 10, 29, 9)));
    // A6 Fri 30 16:00 CET, due Mon 2 Nov 12:00 CET (11:00Z), after now: neither met nor missed.
    seed.item({.source = m_mail, .remoteId = "A6", .fromName = "Frank", .from = "frank@example.org",
               .subject = "Next quarter", .received = utc(2026, 10, 30, 15), .tier = 2,
               .due = utc(2026, 11, 2, 11), .policy = t2});
    // A7 GitHub review request Mon 19 14:00 CEST, done Fri 23 10:00 CEST: Mon 14–17 (180) + Tue, Wed, Thu (3 × 480)
    // + Fri 09–10 (60) = 1680 min. Due (1440 working min) Thu 22 14:00 CEST (12:00Z): missed.
    const qint64 a7 = seed.item({.source = m_github, .remoteId = "A7", .fromName = "acme/widgets",
                                 .subject = "Review: faster build", .received = utc(2026, 10, 19, 12), .tier = 2,
                                 .due = utc(2026, 10, 22, 12), .policy = QStringLiteral("review-request"), .state = done,
                                 .done = utc(2026, 10, 23, 8), .attributes = widgets});
    QVERIFY(seed.itemEvent(a7, done, utc(2026, 10, 23, 8)));
    // A8 GitHub Tue 20 16:30 CEST, never done; due Wed 21 12:30 CEST (10:30Z): missed.
    seed.item({.source = m_github, .remoteId = "A8", .fromName = "acme/widgets", .subject = "Flaky test",
               .received = utc(2026, 10, 20, 14, 30), .tier = 2, .due = utc(2026, 10, 21, 10, 30), .policy = t2,
               .attributes = widgets});
    // A9 GitHub Wed 21 08:00 CEST (before hours), done 09:45 CEST by done_ms only (no event): 45 working min.
    // Due 13:00 CEST: met.
    seed.item({.source = m_github, .remoteId = "A9", .fromName = "acme/gadgets", .subject = "Typo in docs",
               .received = utc(2026, 10, 21, 6), .tier = 2, .due = utc(2026, 10, 21, 11), .policy = t2,
               .state = done, .done = utc(2026, 10, 21, 7, 45), .attributes = gadgets});
    // A10 list mail Thu 22 16:00 CEST, marked done 16:30 but the reply (Fri 13:00 CEST) is the response:
    // Thu 16–17 (60) + Fri 09–13 (240) = 300 min. Due Fri 12:00 CEST (10:00Z): missed.
    const qint64 a10 = seed.item({.source = m_mail, .remoteId = "A10", .fromName = "Bob", .from = "bob@example.net",
                                  .subject = "[dev] API freeze", .received = utc(2026, 10, 22, 14), .tier = 2,
                                  .due = utc(2026, 10, 23, 10), .policy = t2, .state = done,
                                  .done = utc(2026, 10, 22, 14, 30), .replied = utc(2026, 10, 23, 11), .headers = list});
    QVERIFY(seed.itemEvent(a10, done, utc(2026, 10, 22, 14, 30)));
    // A11 list mail Mon 26 09:00 CET, never answered, due 13:00 CET: missed. A tier change is no response.
    const qint64 a11 = seed.item({.source = m_mail, .remoteId = "A11", .fromName = "Bob", .from = "bob@example.net",
                                  .subject = "[dev] Branch cut", .received = utc(2026, 10, 26, 8), .tier = 2,
                                  .due = utc(2026, 10, 26, 12), .policy = t2, .headers = list});
    QVERIFY(seed.itemEvent(a11, QStringLiteral("tier"), utc(2026, 10, 26, 8, 5)));
    // A12 list mail Tue 20 09:00 CEST, replied 09:30: 30 min, met.
    seed.item({.source = m_mail, .remoteId = "A12", .fromName = "Erin", .from = "erin@example.org",
               .subject = "[dev] Welcome", .received = utc(2026, 10, 20, 7), .tier = 2, .due = utc(2026, 10, 20, 11),
               .policy = t2, .replied = utc(2026, 10, 20, 7, 30), .headers = list});

    // ---- Tier 3 (calendar clock, 15 min) ----
    // N1 Sun 25 00:00 CEST (22:00Z Sat), replied 01:20Z (02:20 CET) across the DST change: 200 calendar min
    // (the wall clock shows 2 h 20). Due 22:15Z: missed.
    seed.item({.source = m_mail, .remoteId = "N1", .fromName = "Carol Chen", .from = "carol@example.org",
               .subject = "Site down", .received = utc(2026, 10, 24, 22), .tier = 3, .due = utc(2026, 10, 24, 22, 15),
               .policy = t3, .replied = utc(2026, 10, 25, 1, 20)});
    // N2 Mon 19 14:00 CEST, replied after 10 min: met.
    seed.item({.source = m_mail, .remoteId = "N2", .fromName = "Dave", .from = "dave@example.org",
               .subject = "Deploy stuck", .received = utc(2026, 10, 19, 12), .tier = 3, .due = utc(2026, 10, 19, 12, 15),
               .policy = t3, .replied = utc(2026, 10, 19, 12, 10)});
    // N3 Thu 29 14:00 CET, done after 45 min: missed.
    m_n3 = seed.item({.source = m_mail, .remoteId = "N3", .fromName = "Dave", .from = "dave@example.org",
                      .subject = "Checkout errors", .received = utc(2026, 10, 29, 13), .tier = 3,
                      .due = utc(2026, 10, 29, 13, 15), .policy = t3, .state = done, .done = utc(2026, 10, 29, 13, 45)});
    QVERIFY(seed.itemEvent(m_n3, done, utc(2026, 10, 29, 13, 45)));
    // N4 Fri 30 21:00 CET, never answered: missed. Its sender starts with "=" (CSV neutralisation).
    seed.item({.source = m_mail, .remoteId = "N4", .fromName = "Mallory", .from = "=1+2@evil.example",
               .subject = "URGENT", .received = utc(2026, 10, 30, 20), .tier = 3, .due = utc(2026, 10, 30, 20, 15),
               .policy = t3});
    // N5 Wed 21 12:00 CEST, replied exactly at the deadline (15 min): met.
    seed.item({.source = m_mail, .remoteId = "N5", .fromName = "Ops bot", .from = "ops-bot@ops.example",
               .subject = "Disk 90%", .received = utc(2026, 10, 21, 10), .tier = 3, .due = utc(2026, 10, 21, 10, 15),
               .policy = t3, .replied = utc(2026, 10, 21, 10, 15)});

    // ---- Tier 1 (no window) ----
    // R1 at the very start of the period (Mon 19 00:00 CEST), done 6 h later.
    const qint64 r1 = seed.item({.source = m_mail, .remoteId = "R1", .fromName = "News", .from = "news@example.com",
                                 .subject = "Weekly digest", .received = kSince, .tier = 1, .policy = t1, .state = done,
                                 .done = utc(2026, 10, 19, 4)});
    QVERIFY(seed.itemEvent(r1, done, utc(2026, 10, 19, 4)));
    // R2 Tue 20 23:30Z = Wed 21 01:30 CEST (hour 1), done 8 h later.
    const qint64 r2 = seed.item({.source = m_mail, .remoteId = "R2", .fromName = "News", .from = "news@example.com",
                                 .subject = "Night edition", .received = utc(2026, 10, 20, 23, 30), .tier = 1,
                                 .policy = t1, .state = done, .done = utc(2026, 10, 21, 7, 30)});
    QVERIFY(seed.itemEvent(r2, done, utc(2026, 10, 21, 7, 30)));
    // R3 Tue 27 23:30Z = Wed 28 00:30 CET (hour 0 after the change), open.
    seed.item({.source = m_mail, .remoteId = "R3", .fromName = "News", .from = "news@example.com",
               .subject = "Night edition 2", .received = utc(2026, 10, 27, 23, 30), .tier = 1, .policy = t1});

    // ---- Not counted ----
    // X1 feed entry one hour before the period (Sun 18 23:00 CEST).
    seed.item({.source = m_feed, .remoteId = "X1", .fromName = "Planet", .subject = "Old post",
               .received = utc(2026, 10, 18, 21), .tier = 1, .policy = t1});
    // X2 at the period's end (exclusive), overdue Tier 3.
    seed.item({.source = m_mail, .remoteId = "X2", .fromName = "Zed", .from = "zed@example.org", .subject = "Late page",
               .received = kUntil, .tier = 3, .due = kUntil + 15 * kMin, .policy = t3});
    // X3 waiting in the screener (Thu 22 10:00 CEST), overdue.
    seed.item({.source = m_mail, .remoteId = "X3", .fromName = "Stranger", .from = "stranger@new.example",
               .subject = "Hello?", .received = utc(2026, 10, 22, 8), .tier = 2, .due = utc(2026, 10, 22, 12),
               .policy = t2, .tierReason = "screener"});

    // ---- Focus sessions (start, planned end, end, held_back, breakthroughs) and their events ----
    const QString held = QStringLiteral("held"), bt = QStringLiteral("breakthrough");
    // F0 before the period (Sun 18 21:00–22:00 CEST): not counted, nor its breakthrough.
    QVERIFY(seed.session(utc(2026, 10, 18, 19), utc(2026, 10, 18, 20), utc(2026, 10, 18, 20), 7, 1));
    QVERIFY(seed.focusEvent(utc(2026, 10, 18, 19, 30), bt, m_a1, QStringLiteral("tier3")));
    // F1 Mon 19 09:00–11:00 CEST, ended 10:30 (early). Breakthrough 10:00 (A1, sender): stretches 60 + 30 min.
    QVERIFY(seed.session(utc(2026, 10, 19, 7), utc(2026, 10, 19, 9), utc(2026, 10, 19, 8, 30), 3, 1));
    QVERIFY(seed.focusEvent(utc(2026, 10, 19, 7, 10), held, 0));
    QVERIFY(seed.focusEvent(utc(2026, 10, 19, 7, 20), held, 0));
    QVERIFY(seed.focusEvent(utc(2026, 10, 19, 8), bt, m_a1, QStringLiteral("sender")));
    QVERIFY(seed.focusEvent(utc(2026, 10, 19, 8, 10), held, 0));
    // F2 Thu 22 23:00 CEST – planned Fri 00:30, ended Fri 01:00 (extended), across local midnight.
    QVERIFY(seed.session(utc(2026, 10, 22, 21), utc(2026, 10, 22, 22, 30), utc(2026, 10, 22, 23), 2, 0));
    // F8 Sun 25 01:30 CEST – 02:30 CET: two real hours across the DST change.
    QVERIFY(seed.session(utc(2026, 10, 24, 23, 30), utc(2026, 10, 25, 1, 30), utc(2026, 10, 25, 1, 30), 0, 0));
    // F3 Tue 27 13:00 CET – planned 18:00, ended 17:00 (early). Breakthroughs 13:40 (A3, deadline) and
    // 16:10 (a removed item, overdue); held ones do not interrupt. Stretches 40, 150, 50 min.
    QVERIFY(seed.session(utc(2026, 10, 27, 12), utc(2026, 10, 27, 17), utc(2026, 10, 27, 16), 4, 2));
    QVERIFY(seed.focusEvent(utc(2026, 10, 27, 12, 40), bt, m_a3, QStringLiteral("deadline")));
    QVERIFY(seed.focusEvent(utc(2026, 10, 27, 12, 50), held, 0));
    QVERIFY(seed.focusEvent(utc(2026, 10, 27, 13, 30), held, m_a3));
    QVERIFY(seed.focusEvent(utc(2026, 10, 27, 14, 30), held, 0));
    QVERIFY(seed.focusEvent(utc(2026, 10, 27, 15, 10), bt, 0, QStringLiteral("overdue")));
    QVERIFY(seed.focusEvent(utc(2026, 10, 27, 15, 30), held, 0));
    // F4 Thu 29 13:30 CET – planned 15:30, ended 15:00 (early). Breakthrough 14:00 (N3, tier3).
    QVERIFY(seed.session(utc(2026, 10, 29, 12, 30), utc(2026, 10, 29, 14, 30), utc(2026, 10, 29, 14), 1, 1));
    QVERIFY(seed.focusEvent(utc(2026, 10, 29, 13), bt, m_n3, QStringLiteral("tier3")));
    // F5 Fri 30 09:00–10:00 CET as planned, recorded before issue 15: counters, no events.
    QVERIFY(seed.session(utc(2026, 10, 30, 8), utc(2026, 10, 30, 9), utc(2026, 10, 30, 9), 5, 1));
    // F7 Sun 1 Nov 23:30 CET – Mon 2 Nov 00:30 CET as planned: starts in the period, ends after it.
    QVERIFY(seed.session(utc(2026, 11, 1, 22, 30), utc(2026, 11, 1, 23, 30), utc(2026, 11, 1, 23, 30), 0, 0));
}

void TestInsights::periodAndZone()
{
    const InsightsReport r = report();
    QCOMPARE(r.sinceMs, kSince);
    QCOMPARE(r.untilMs, kUntil);
    QCOMPARE(r.zoneId, QStringLiteral("Europe/Berlin"));
}

void TestInsights::tiers()
{
    const InsightsReport r = report();
    // Tier 1: R1 (6 h = 21600 s), R2 (8 h = 28800 s), R3 open. n = 2: median rank ceil(1) = 1 -> 21600,
    // p90 rank ceil(1.8) = 2 -> 28800. No deadlines.
    QCOMPARE(r.tier(Tier::Reference), figures(3, 2, 21600, 28800, 0, 0, InsightsClock::Calendar));
    // Tier 2: 12 items (A1–A12; X3 in the screener is not counted). Responded: A12 30, A9 45, A1 90, A2 180,
    // A3 300, A10 300, A7 1680 min. n = 7: median rank 4 -> 180 min = 10800 s; p90 rank ceil(6.3) = 7 ->
    // 1680 min = 100800 s. Met A1 A2 A4 A9 A12 = 5; missed A3 A5 A7 A8 A10 A11 = 6; A6 undecided.
    QCOMPARE(r.tier(Tier::Async), figures(12, 7, 10800, 100800, 5, 6, InsightsClock::Working));
    // Tier 3: N1–N5 (X2 lies at the exclusive end). Responded: N2 600, N5 900, N3 2700, N1 12000 s.
    // n = 4: median rank 2 -> 900; p90 rank ceil(3.6) = 4 -> 12000. Met N2 N5; missed N1 N3 N4.
    QCOMPARE(r.tier(Tier::Now), figures(5, 4, 900, 12000, 2, 3, InsightsClock::Calendar));
}

void TestInsights::weeks()
{
    const InsightsReport r = report();
    QCOMPARE(r.weeks.size(), 2);
    // Week of Mon 19 Oct (until Mon 26 00:00 CET; N1 on Sun 25 00:00 CEST belongs to it).
    QCOMPARE(r.weeks[0].weekStart, QDate(2026, 10, 19));
    // R1 21600, R2 28800.
    QCOMPARE(r.weeks[0].tiers[0], figures(2, 2, 21600, 28800, 0, 0, InsightsClock::Calendar));
    // A1 A2 A4 A7 A8 A9 A10 A12; responded A12 1800, A9 2700, A1 5400, A2 10800, A10 18000, A7 100800 s:
    // median rank 3 -> 5400, p90 rank ceil(5.4) = 6 -> 100800. Met A1 A2 A4 A9 A12; missed A7 A8 A10.
    QCOMPARE(r.weeks[0].tiers[1], figures(8, 6, 5400, 100800, 5, 3, InsightsClock::Working));
    // N1 12000 (missed), N2 600, N5 900: median rank 2 -> 900, p90 rank 3 -> 12000.
    QCOMPARE(r.weeks[0].tiers[2], figures(3, 3, 900, 12000, 2, 1, InsightsClock::Calendar));
    // Week of Mon 26 Oct.
    QCOMPARE(r.weeks[1].weekStart, QDate(2026, 10, 26));
    QCOMPARE(r.weeks[1].tiers[0], figures(1, 0, std::nullopt, std::nullopt, 0, 0, InsightsClock::Calendar));  // R3
    // A3 18000 (missed), A5 missed, A6 undecided, A11 missed.
    QCOMPARE(r.weeks[1].tiers[1], figures(4, 1, 18000, 18000, 0, 3, InsightsClock::Working));
    // N3 2700 (missed), N4 missed.
    QCOMPARE(r.weeks[1].tiers[2], figures(2, 1, 2700, 2700, 0, 2, InsightsClock::Calendar));
}

void TestInsights::sources()
{
    const InsightsReport r = report();
    // Only sources with counted items (Planet's X1 lies before the period), by name.
    QCOMPARE(r.sources.size(), 2);
    QCOMPARE(r.sources[0].sourceId, m_github);
    QCOMPARE(r.sources[0].name, QStringLiteral("GitHub"));
    // A7 A8 A9; responded A9 45 min, A7 1680 min: median rank 1 -> 2700 s, p90 rank 2 -> 100800 s.
    QCOMPARE(r.sources[0].figures, figures(3, 2, 2700, 100800, 1, 2, InsightsClock::Working));
    QCOMPARE(r.sources[1].sourceId, m_mail);
    QCOMPARE(r.sources[1].name, QStringLiteral("Work mail"));
    // 17 items: R1–R3, A1–A6, A10–A12, N1–N5. Responded (s): 600 900 1800 2700 5400 10800 12000 18000 18000
    // 21600 28800 (n = 11): median rank 6 -> 10800, p90 rank ceil(9.9) = 10 -> 21600. Met A1 A2 A4 A12 N2 N5;
    // missed A3 A5 A10 A11 N1 N3 N4. Calendar (Tier 1, 3) and working (Tier 2) policies: mixed.
    QCOMPARE(r.sources[1].figures, figures(17, 11, 10800, 21600, 6, 7, InsightsClock::Mixed));
}

void TestInsights::offenders()
{
    const InsightsReport r = report();
    // Each item counts for what it came from: its repository, else its list, else its sender. Only keys with
    // a missed item; most missed first, then fewest met, then key. alice (3 met), acme/gadgets (A9 met),
    // ops-bot (N5 met) and frank (A6 undecided) missed nothing; the screener's stranger is not counted.
    const QList<Offender> expected{
        {OriginKind::Sender, QStringLiteral("carol@example.org"), 3, 0},      // A3, A5, N1
        {OriginKind::Repository, QStringLiteral("acme/widgets"), 2, 0},       // A7, A8
        {OriginKind::List, QStringLiteral("<dev.lists.example.org>"), 2, 1},  // A10, A11 missed; A12 met
        {OriginKind::Sender, QStringLiteral("=1+2@evil.example"), 1, 0},      // N4
        {OriginKind::Sender, QStringLiteral("dave@example.org"), 1, 1},       // N3 missed; N2 met
    };
    QCOMPARE(r.offenders, expected);
}

void TestInsights::focusTotals()
{
    const FocusFigures f = report().focus;
    // Started in the period: F1 F2 F8 F3 F4 F5 F7 (not F0).
    QCOMPARE(f.sessions, 7);
    // Planned: F1 120 + F2 90 + F8 120 (real minutes over the DST change) + F3 300 + F4 120 + F5 60 + F7 60 = 870 min.
    QCOMPARE(f.scheduledMs, 870 * kMin);
    // Actual: F1 90 + F2 120 + F8 120 + F3 240 + F4 90 + F5 60 + F7 60 = 780 min.
    QCOMPARE(f.keptMs, 780 * kMin);
    QCOMPARE(f.endedEarly, 3);  // F1, F3, F4
    QCOMPARE(f.extended, 1);    // F2
    QCOMPARE(f.held, 15);       // held_back: 3 + 2 + 0 + 4 + 1 + 5 + 0
    QCOMPARE(f.breakthroughs, 5);  // breakthroughs: F1 1 + F3 2 + F4 1 + F5 1
    // F3 between its breakthroughs at 12:40Z and 15:10Z: 150 min (its whole 240 min if breakthroughs were
    // ignored; held notifications do not interrupt). Next best: F2, F8 120 min.
    QCOMPARE(f.longestStretchMs, 150 * kMin);
}

void TestInsights::focusDaysAndWeeks()
{
    const FocusFigures f = report().focus;
    // Every local day of the period, 19 Oct .. 1 Nov; sessions split at local midnight.
    QList<FocusDay> days;
    for (QDate d(2026, 10, 19); d <= QDate(2026, 11, 1); d = d.addDays(1))
        days.append(FocusDay{d, 0, 0});
    const auto set = [&](QDate date, qint64 scheduledMin, qint64 keptMin) {
        days[int(QDate(2026, 10, 19).daysTo(date))] = FocusDay{date, scheduledMin * kMin, keptMin * kMin};
    };
    set(QDate(2026, 10, 19), 120, 90);   // F1
    set(QDate(2026, 10, 22), 60, 60);    // F2 23:00–24:00 CEST
    set(QDate(2026, 10, 23), 30, 60);    // F2 planned to 00:30, kept to 01:00
    set(QDate(2026, 10, 25), 120, 120);  // F8 01:30 CEST – 02:30 CET
    set(QDate(2026, 10, 27), 300, 240);  // F3
    set(QDate(2026, 10, 29), 120, 90);   // F4
    set(QDate(2026, 10, 30), 60, 60);    // F5
    set(QDate(2026, 11, 1), 30, 30);     // F7 23:30–24:00 CET (the rest is on 2 Nov, outside the period)
    QCOMPARE(f.days, days);
    // Sums of the days per ISO week.
    const QList<FocusDay> weeks{
        {QDate(2026, 10, 19), (120 + 60 + 30 + 120) * kMin, (90 + 60 + 60 + 120) * kMin},
        {QDate(2026, 10, 26), (300 + 120 + 60 + 30) * kMin, (240 + 90 + 60 + 30) * kMin},
    };
    QCOMPARE(f.weeks, weeks);
}

void TestInsights::breakthroughList()
{
    // Breakthroughs with a recorded event, oldest first (F0's is before the period; F5 recorded none).
    // Sender = the item's display name (its address when it has none: recordedEventsReachTheReport);
    // a removed item has id 0 and no text.
    const QList<BreakthroughRecord> expected{
        {utc(2026, 10, 19, 8), m_a1, QStringLiteral("Budget question"), QStringLiteral("Alice Adams"),
         BreakthroughReason::Sender},
        {utc(2026, 10, 27, 12, 40), m_a3, QStringLiteral("Contract renewal"), QStringLiteral("Carol Chen"),
         BreakthroughReason::DeadlineInSession},
        {utc(2026, 10, 27, 15, 10), 0, QString(), QString(), BreakthroughReason::Overdue},
        {utc(2026, 10, 29, 13), m_n3, QStringLiteral("Checkout errors"), QStringLiteral("Dave"),
         BreakthroughReason::Tier3},
    };
    QCOMPARE(report().focus.breakthroughList, expected);
}

void TestInsights::arrivals()
{
    const InsightsReport r = report();
    // [tier index][weekday - 1][hour], local time in Berlin.
    std::array<std::array<std::array<int, 24>, 7>, 3> expected{};
    const auto at = [&](int tier, int weekday, int hour) { ++expected[tier - 1][weekday - 1][hour]; };
    at(1, 1, 0);  // R1 18 Oct 22:00Z = Mon 00:00 CEST
    at(1, 3, 1);  // R2 Tue 23:30Z = Wed 01:30 CEST (UTC+2)
    at(1, 3, 0);  // R3 Tue 23:30Z = Wed 00:30 CET (UTC+1, after the change)
    at(2, 1, 10);  // A1
    at(2, 5, 15);  // A2
    at(2, 2, 15);  // A3 Tue 15:00 CET
    at(2, 3, 9);   // A4 09:30
    at(2, 4, 9);   // A5 Thu 09:00 CET
    at(2, 5, 16);  // A6 Fri 16:00 CET
    at(2, 1, 14);  // A7
    at(2, 2, 16);  // A8 16:30
    at(2, 3, 8);   // A9
    at(2, 4, 16);  // A10
    at(2, 1, 9);   // A11 Mon 09:00 CET
    at(2, 2, 9);   // A12
    at(3, 7, 0);   // N1 Sat 22:00Z = Sun 00:00 CEST
    at(3, 1, 14);  // N2
    at(3, 4, 14);  // N3 Thu 14:00 CET
    at(3, 5, 21);  // N4 Fri 21:00 CET
    at(3, 3, 12);  // N5
    for (int t = 0; t < 3; ++t)
        for (int d = 0; d < 7; ++d)
            for (int h = 0; h < 24; ++h)
                QVERIFY2(r.arrivals[t][d][h] == expected[t][d][h],
                         qPrintable(QStringLiteral("tier %1 weekday %2 hour %3: %4, expected %5")
                                        .arg(t + 1).arg(d + 1).arg(h).arg(r.arrivals[t][d][h]).arg(expected[t][d][h])));
    QCOMPARE(r.arrivalsAt(1, 14), 2);  // A7 and N2
    QCOMPARE(r.arrivalsAt(7, 23), 0);  // X1 (Sun 18 23:00 CEST) is before the period
    QCOMPARE(r.arrivalsAt(4, 10), 0);  // X3 waits in the screener
}

void TestInsights::filterBySource()
{
    InsightsFilter filter;
    filter.sourceId = m_github;
    const InsightsReport r = report(filter);
    QCOMPARE(r.tier(Tier::Reference), figures(0, 0, std::nullopt, std::nullopt, 0, 0, InsightsClock::Calendar));
    QCOMPARE(r.tier(Tier::Async), figures(3, 2, 2700, 100800, 1, 2, InsightsClock::Working));  // A7 A8 A9
    QCOMPARE(r.tier(Tier::Now), figures(0, 0, std::nullopt, std::nullopt, 0, 0, InsightsClock::Calendar));
    QCOMPARE(r.sources.size(), 1);
    QCOMPARE(r.sources[0].sourceId, m_github);
    QCOMPARE(r.offenders, (QList<Offender>{{OriginKind::Repository, QStringLiteral("acme/widgets"), 2, 0}}));
    QCOMPARE(r.arrivalsAt(1, 14), 1);  // A7 only (N2 is mail)
    QCOMPARE(r.arrivalsAt(2, 16), 1);  // A8
    QCOMPARE(r.arrivalsAt(3, 8), 1);   // A9
    QCOMPARE(r.arrivalsAt(1, 10), 0);  // A1 is mail
    // Focus figures are not filtered.
    QCOMPARE(r.focus.sessions, 7);
    QCOMPARE(r.focus.held, 15);
}

void TestInsights::filterByKind()
{
    InsightsFilter filter;
    filter.kind = QStringLiteral("github");
    const InsightsReport github = report(filter);
    QCOMPARE(github.tier(Tier::Async), figures(3, 2, 2700, 100800, 1, 2, InsightsClock::Working));
    QCOMPARE(github.tier(Tier::Now).received, 0);

    filter.kind = QStringLiteral("maildir");
    const InsightsReport mail = report(filter);
    QCOMPARE(mail.tier(Tier::Reference), figures(3, 2, 21600, 28800, 0, 0, InsightsClock::Calendar));
    // A1–A6, A10–A12; responded A12 1800, A1 5400, A2 10800, A3 18000, A10 18000 s: median rank 3 -> 10800,
    // p90 rank ceil(4.5) = 5 -> 18000. Met A1 A2 A4 A12; missed A3 A5 A10 A11.
    QCOMPARE(mail.tier(Tier::Async), figures(9, 5, 10800, 18000, 4, 4, InsightsClock::Working));
    QCOMPARE(mail.tier(Tier::Now), figures(5, 4, 900, 12000, 2, 3, InsightsClock::Calendar));
    QCOMPARE(mail.offenders.size(), 4);  // no repository
    QCOMPARE(mail.offenders[1].kind, OriginKind::List);

    // The feed's only item lies before the period: nothing at all.
    filter.kind = QStringLiteral("feed");
    const InsightsReport feed = report(filter);
    for (Tier t : {Tier::Reference, Tier::Async, Tier::Now})
        QCOMPARE(feed.tier(t).received, 0);
    QVERIFY(feed.sources.isEmpty());
    QVERIFY(feed.offenders.isEmpty());
    QCOMPARE(feed.arrivalsAt(7, 23), 0);
    QCOMPARE(feed.focus.sessions, 7);
}

void TestInsights::filterByTier()
{
    InsightsFilter filter;
    filter.tier = Tier::Now;
    const InsightsReport r = report(filter);
    QCOMPARE(r.tier(Tier::Now), figures(5, 4, 900, 12000, 2, 3, InsightsClock::Calendar));
    QCOMPARE(r.tier(Tier::Async).received, 0);
    QCOMPARE(r.tier(Tier::Reference).received, 0);
    QCOMPARE(r.sources.size(), 1);
    QCOMPARE(r.sources[0].figures, figures(5, 4, 900, 12000, 2, 3, InsightsClock::Calendar));
    // Ties on (missed 1, met 0) go by key: "=" sorts before "c".
    const QList<Offender> expected{
        {OriginKind::Sender, QStringLiteral("=1+2@evil.example"), 1, 0},
        {OriginKind::Sender, QStringLiteral("carol@example.org"), 1, 0},
        {OriginKind::Sender, QStringLiteral("dave@example.org"), 1, 1},
    };
    QCOMPARE(r.offenders, expected);
    QCOMPARE(r.arrivalsAt(1, 14), 1);  // N2, not A7
    QCOMPARE(r.arrivalsAt(1, 0), 0);   // R1 is Tier 1
    QCOMPARE(r.focus.sessions, 7);
}

void TestInsights::jsonPeriod()
{
    // ISO 8601 UTC as insightsexport.h writes it ("2026-11-30T00:00:00Z").
    const QJsonObject o = insightsJson(report());
    QCOMPARE(o.value(u"period").toObject().value(u"since").toString(), QStringLiteral("2026-10-18T22:00:00Z"));
    QCOMPARE(o.value(u"period").toObject().value(u"until").toString(), QStringLiteral("2026-11-01T23:00:00Z"));
    QCOMPARE(o.value(u"zone").toString(), QStringLiteral("Europe/Berlin"));
}

void TestInsights::json()
{
    const QJsonObject o = insightsJson(report());

    const QJsonObject tiers = o.value(u"tiers").toObject();
    QCOMPARE(tiers.keys(), (QStringList{"1", "2", "3"}));
    const auto checkTier = [&](const char *key, int received, int responded, qint64 medianS, qint64 p90S, int met,
                               int missed, const char *clock) {
        const QJsonObject t = tiers.value(QLatin1String(key)).toObject();
        QCOMPARE(t.value(u"received").toInteger(-1), received);
        QCOMPARE(t.value(u"responded").toInteger(-1), responded);
        QCOMPARE(t.value(u"median_response_s").toInteger(-1), medianS);
        QCOMPARE(t.value(u"p90_response_s").toInteger(-1), p90S);
        QCOMPARE(t.value(u"met").toInteger(-1), met);
        QCOMPARE(t.value(u"missed").toInteger(-1), missed);
        QCOMPARE(t.value(u"clock").toString(), QLatin1String(clock));
    };
    checkTier("1", 3, 2, 21600, 28800, 0, 0, "calendar");
    if (QTest::currentTestFailed())
        return;
    checkTier("2", 12, 7, 10800, 100800, 5, 6, "working");
    if (QTest::currentTestFailed())
        return;
    checkTier("3", 5, 4, 900, 12000, 2, 3, "calendar");
    if (QTest::currentTestFailed())
        return;

    const QJsonObject focus = o.value(u"focus").toObject();
    QCOMPARE(focus.value(u"scheduled_s").toInteger(-1), 870 * 60);
    QCOMPARE(focus.value(u"kept_s").toInteger(-1), 780 * 60);
    QCOMPARE(focus.value(u"sessions").toInteger(-1), 7);
    QCOMPARE(focus.value(u"held").toInteger(-1), 15);
    QCOMPARE(focus.value(u"breakthroughs").toInteger(-1), 5);
    QCOMPARE(focus.value(u"ended_early").toInteger(-1), 3);
    QCOMPARE(focus.value(u"extended").toInteger(-1), 1);
    QCOMPARE(focus.value(u"longest_stretch_s").toInteger(-1), 150 * 60);

    // Non-zero cells of all tiers, by weekday then hour.
    const QList<std::array<int, 3>> cells{
        {1, 0, 1}, {1, 9, 1}, {1, 10, 1}, {1, 14, 2}, {2, 9, 1}, {2, 15, 1}, {2, 16, 1}, {3, 0, 1}, {3, 1, 1},
        {3, 8, 1}, {3, 9, 1}, {3, 12, 1}, {4, 9, 1}, {4, 14, 1}, {4, 16, 1}, {5, 15, 1}, {5, 16, 1}, {5, 21, 1},
        {7, 0, 1}};
    QJsonArray arrivals;
    for (const auto &c : cells)
        arrivals.append(QJsonArray{c[0], c[1], c[2]});
    QCOMPARE(o.value(u"arrivals").toArray(), arrivals);

    const QJsonArray sources = o.value(u"sources").toArray();
    QCOMPARE(sources.size(), 2);
    QCOMPARE(sources[0].toObject().value(u"id").toInteger(-1), m_github);
    QCOMPARE(sources[0].toObject().value(u"name").toString(), QStringLiteral("GitHub"));
    QCOMPARE(sources[0].toObject().value(u"received").toInteger(-1), 3);
    QCOMPARE(sources[0].toObject().value(u"met").toInteger(-1), 1);
    QCOMPARE(sources[0].toObject().value(u"missed").toInteger(-1), 2);

    const QJsonArray offenders = o.value(u"offenders").toArray();
    QCOMPARE(offenders.size(), 5);
    QCOMPARE(offenders[2].toObject(), (QJsonObject{{"kind", "list"}, {"key", "<dev.lists.example.org>"},
                                                   {"missed", 2}, {"met", 1}}));

    const QJsonArray weeks = o.value(u"weeks").toArray();
    QCOMPARE(weeks.size(), 2);
    QCOMPARE(weeks[1].toObject().value(u"week_start").toString(), QStringLiteral("2026-10-26"));
    const QJsonObject week2tier2 = weeks[1].toObject().value(u"tiers").toObject().value(u"2").toObject();
    QCOMPARE(week2tier2.value(u"received").toInteger(-1), 4);
    QCOMPARE(week2tier2.value(u"median_response_s").toInteger(-1), 18000);

    // Nothing responded: the times are null.
    InsightsFilter filter;
    filter.kind = QStringLiteral("github");
    const QJsonObject t3 = insightsJson(report(filter)).value(u"tiers").toObject().value(u"3").toObject();
    QCOMPARE(t3.value(u"received").toInteger(-1), 0);
    QVERIFY(t3.value(u"median_response_s").isNull());
    QVERIFY(t3.value(u"p90_response_s").isNull());
}

void TestInsights::csv()
{
    bool crlf = false;
    const QList<QStringList> rows = parseCsv(insightsCsv(report()), &crlf);
    QVERIFY(crlf);
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.first(), (QStringList{"section", "group", "key", "value"}));
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), 4);
    QVERIFY(rows.contains(QStringList{"tier", "2", "median_response_s", "10800"}));
    QVERIFY(rows.contains(QStringList{"tier", "3", "p90_response_s", "12000"}));
    QVERIFY(rows.contains(QStringList{"tier", "1", "received", "3"}));
    // The stranger's "=1+2@evil.example" is listed, but no field starts with a formula character (the key
    // is either prefixed with ' or stands after other text in its field).
    int offenderRows = 0;
    for (const QStringList &row : rows) {
        for (const QString &field : row)
            QVERIFY2(field.isEmpty() || !QStringLiteral("=+-@").contains(field.front()), qPrintable(row.join(u',')));
        if (row.join(u',').contains(u"=1+2@evil.example"))
            ++offenderRows;
    }
    QVERIFY(offenderRows > 0);
}

QTEST_GUILESS_MAIN(TestInsights)
#include "tst_insights.moc"
