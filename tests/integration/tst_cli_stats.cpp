// `focusinbox stats` (issue 15) through the real executable on a temporary data directory seeded
// with a known week: the JSON object has exactly the figures worked out by hand below, the
// filters narrow it, and bad arguments exit 2.
//
// The seed (config.json: working hours Mon–Fri 09:00–17:00 in UTC; the period is the ISO week
// Mon 2026-11-02 .. Sun 2026-11-08, `--until 2026-11-08` includes that day):
//   A  Now    Mon 11-02 10:00  due 10:15  replied 10:10          → 600 s calendar, met
//   B  Now    Tue 11-03 20:00  due 20:15  done 20:30 (event)      → 1800 s calendar, missed
//   C  Async  Mon 11-02 16:00  due Tue 12:00  replied Tue 10:00  → 1 h Mon + 1 h Tue working = 7200 s, met
//   D  Async  Fri 11-06 15:00  due Mon 11-09 11:00, still open   → no response, missed (due has passed)
//   E  Ref.   Sat 11-07 08:00  no due, done Sat 09:00             → 3600 s calendar
//   F  Async  Mon 11-09 10:00 (after the period)                 → not counted
//   G  Async  Wed 11-04 10:00, waiting in the screener           → not counted
//   Session Wed 11-04 09:00, planned to 10:30, ended 10:00 (early), 2 held, 1 breakthrough at 09:20
//   → scheduled 5400 s, kept 3600 s, longest stretch 09:20–10:00 = 2400 s.
#include "cliprocess.h"

#include "config/apppaths.h"
#include "storage/itemstore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace fi;
using namespace fi::test;

namespace {

qint64 at(const char *isoUtc)
{
    return QDateTime::fromString(QString::fromLatin1(isoUtc), Qt::ISODate).toMSecsSinceEpoch();
}

struct Row {
    qint64 id;
    int source;
    int tier;
    const char *received;
    const char *due;      // nullptr: no reply owed
    const char *replied;  // nullptr: none
    const char *done;     // nullptr: not done (a "done" event when set)
    const char *reason;   // tier_reason
    const char *policy;
};

bool seed(ItemStore &store)
{
    const QList<Row> rows{
        {1, 1, 3, "2026-11-02T10:00:00Z", "2026-11-02T10:15:00Z", "2026-11-02T10:10:00Z", nullptr, "rule", "tier3-default"},
        {2, 1, 3, "2026-11-03T20:00:00Z", "2026-11-03T20:15:00Z", nullptr, "2026-11-03T20:30:00Z", "rule", "tier3-default"},
        {3, 1, 2, "2026-11-02T16:00:00Z", "2026-11-03T12:00:00Z", "2026-11-03T10:00:00Z", nullptr, "to-me", "tier2-default"},
        {4, 1, 2, "2026-11-06T15:00:00Z", "2026-11-09T11:00:00Z", nullptr, nullptr, "to-me", "tier2-default"},
        {5, 2, 1, "2026-11-07T08:00:00Z", nullptr, nullptr, "2026-11-07T09:00:00Z", "feed", "tier1-default"},
        {6, 1, 2, "2026-11-09T10:00:00Z", "2026-11-09T14:00:00Z", nullptr, nullptr, "to-me", "tier2-default"},
        {7, 1, 2, "2026-11-04T10:00:00Z", nullptr, nullptr, nullptr, "screener", ""},
    };
    return store.runWrite([rows](QSqlDatabase &db, QString *error) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("INSERT INTO sources (id, kind, name, created) VALUES (1, 'maildir', 'Work', 0),"
                                   " (2, 'feed', 'Blogs', 0)"))) {
            *error = q.lastError().text();
            return false;
        }
        const QVariant null(QMetaType(QMetaType::LongLong));
        for (const Row &r : rows) {
            q.prepare(QStringLiteral("INSERT INTO items (id, source_id, remote_id, from_address, subject, received_ms,"
                                     " tier, tier_reason, due_ms, policy, state, done_ms, replied_ms)"
                                     " VALUES (?, ?, ?, 'ana@example.org', 'Hello', ?, ?, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(r.id);
            q.addBindValue(r.source);
            q.addBindValue(QString::number(r.id));
            q.addBindValue(at(r.received));
            q.addBindValue(r.tier);
            q.addBindValue(QString::fromLatin1(r.reason));
            q.addBindValue(r.due ? QVariant(at(r.due)) : null);
            q.addBindValue(QString::fromLatin1(r.policy));
            q.addBindValue(r.done ? QStringLiteral("done") : QStringLiteral("open"));
            q.addBindValue(r.done ? QVariant(at(r.done)) : null);
            q.addBindValue(r.replied ? QVariant(at(r.replied)) : null);
            if (!q.exec()) {
                *error = q.lastError().text();
                return false;
            }
            if (r.done) {
                q.prepare(QStringLiteral("INSERT INTO item_events (item_id, kind, at_ms, detail) VALUES (?, 'done', ?, 'open')"));
                q.addBindValue(r.id);
                q.addBindValue(at(r.done));
                if (!q.exec()) {
                    *error = q.lastError().text();
                    return false;
                }
            }
        }
        q.prepare(QStringLiteral("INSERT INTO focus_sessions (start_ms, end_ms, planned_end_ms, origin, held_back,"
                                 " breakthroughs) VALUES (?, ?, ?, 'schedule', 2, 1)"));
        q.addBindValue(at("2026-11-04T09:00:00Z"));
        q.addBindValue(at("2026-11-04T10:00:00Z"));
        q.addBindValue(at("2026-11-04T10:30:00Z"));
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        q.prepare(QStringLiteral("INSERT INTO focus_events (at_ms, kind, item_id, reason) VALUES (?, 'breakthrough', 1, 'tier3')"));
        q.addBindValue(at("2026-11-04T09:20:00Z"));
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        return true;
    }).result();
}

QJsonObject tierJson(int received, int responded, QJsonValue median, QJsonValue p90, int met, int missed,
                     const char *clock)
{
    return {{QStringLiteral("received"), received},   {QStringLiteral("responded"), responded},
            {QStringLiteral("median_response_s"), median}, {QStringLiteral("p90_response_s"), p90},
            {QStringLiteral("met"), met},             {QStringLiteral("missed"), missed},
            {QStringLiteral("clock"), QString::fromLatin1(clock)}};
}

} // namespace

class TestCliStats : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void weekAsJson();
    void filters();
    void humanSummary();
    void badArguments();

private:
    QTemporaryDir m_dir;
    QString m_data;
};

void TestCliStats::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_data = m_dir.filePath(QStringLiteral("data"));
    const AppPaths paths = AppPaths::resolve(m_data);
    QString error;
    QVERIFY2(paths.prepare(&error) == PrivateDirStatus::Ok, qPrintable(error));
    QFile config(paths.configPath());
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"({"workingHours": {"timeZone": "UTC"}})");
    config.close();
    ItemStore store(paths.databasePath());
    QVERIFY2(store.open(&error) == OpenError::None, qPrintable(error));
    QVERIFY(seed(store));
}

void TestCliStats::weekAsJson()
{
    const CliResult r = runCli(m_data, {QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--since"),
                                        QStringLiteral("2026-11-02"), QStringLiteral("--until"), QStringLiteral("2026-11-08")});
    QVERIFY2(r.exitCode == 0, failure(r).constData());
    const QList<QJsonObject> lines = r.jsonLines();
    QCOMPARE(lines.size(), 1);
    const QJsonObject o = lines.first();
    QCOMPARE(o.value(QStringLiteral("period")).toObject(),
             (QJsonObject{{QStringLiteral("since"), QStringLiteral("2026-11-02T00:00:00Z")},
                          {QStringLiteral("until"), QStringLiteral("2026-11-09T00:00:00Z")}}));
    const QJsonObject tiers = o.value(QStringLiteral("tiers")).toObject();
    QCOMPARE(tiers.value(QStringLiteral("3")).toObject(), tierJson(2, 2, 600, 1800, 1, 1, "calendar"));
    QCOMPARE(tiers.value(QStringLiteral("2")).toObject(), tierJson(2, 1, 7200, 7200, 1, 1, "working"));
    QCOMPARE(tiers.value(QStringLiteral("1")).toObject(), tierJson(1, 1, 3600, 3600, 0, 0, "calendar"));
    const QJsonObject focus = o.value(QStringLiteral("focus")).toObject();
    QCOMPARE(focus.value(QStringLiteral("scheduled_s")).toInt(), 5400);
    QCOMPARE(focus.value(QStringLiteral("kept_s")).toInt(), 3600);
    QCOMPARE(focus.value(QStringLiteral("sessions")).toInt(), 1);
    QCOMPARE(focus.value(QStringLiteral("held")).toInt(), 2);
    QCOMPARE(focus.value(QStringLiteral("breakthroughs")).toInt(), 1);
    QCOMPARE(focus.value(QStringLiteral("ended_early")).toInt(), 1);
    QCOMPARE(focus.value(QStringLiteral("longest_stretch_s")).toInt(), 2400);
    QCOMPARE(o.value(QStringLiteral("arrivals")).toArray(),
             (QJsonArray{QJsonArray{1, 10, 1}, QJsonArray{1, 16, 1}, QJsonArray{2, 20, 1}, QJsonArray{5, 15, 1},
                         QJsonArray{6, 8, 1}}));
}

void TestCliStats::filters()
{
    // Only Async: the Now and Reference items drop out; focus figures are not filtered.
    CliResult r = runCli(m_data, {QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--since"),
                                  QStringLiteral("2026-11-02"), QStringLiteral("--until"), QStringLiteral("2026-11-08"),
                                  QStringLiteral("--tier"), QStringLiteral("2")});
    QVERIFY2(r.exitCode == 0, failure(r).constData());
    QJsonObject tiers = r.jsonLines().value(0).value(QStringLiteral("tiers")).toObject();
    QCOMPARE(tiers.value(QStringLiteral("2")).toObject().value(QStringLiteral("received")).toInt(), 2);
    QCOMPARE(tiers.value(QStringLiteral("3")).toObject().value(QStringLiteral("received")).toInt(), 0);
    QCOMPARE(tiers.value(QStringLiteral("1")).toObject().value(QStringLiteral("received")).toInt(), 0);
    // Only the feed kind: the one Reference item.
    r = runCli(m_data, {QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--since"),
                        QStringLiteral("2026-11-02"), QStringLiteral("--until"), QStringLiteral("2026-11-08"),
                        QStringLiteral("--kind"), QStringLiteral("feed")});
    QVERIFY2(r.exitCode == 0, failure(r).constData());
    tiers = r.jsonLines().value(0).value(QStringLiteral("tiers")).toObject();
    QCOMPARE(tiers.value(QStringLiteral("1")).toObject().value(QStringLiteral("received")).toInt(), 1);
    QCOMPARE(tiers.value(QStringLiteral("2")).toObject().value(QStringLiteral("received")).toInt(), 0);
    // Only the source "Work", and a period that takes in item F (Mon 11-09) too.
    r = runCli(m_data, {QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--since"),
                        QStringLiteral("2026-11-02"), QStringLiteral("--until"), QStringLiteral("2026-11-09"),
                        QStringLiteral("--source"), QStringLiteral("Work")});
    QVERIFY2(r.exitCode == 0, failure(r).constData());
    tiers = r.jsonLines().value(0).value(QStringLiteral("tiers")).toObject();
    QCOMPARE(tiers.value(QStringLiteral("2")).toObject().value(QStringLiteral("received")).toInt(), 3);
    QCOMPARE(tiers.value(QStringLiteral("1")).toObject().value(QStringLiteral("received")).toInt(), 0);
}

void TestCliStats::humanSummary()
{
    const CliResult r = runCli(m_data, {QStringLiteral("stats"), QStringLiteral("--since"), QStringLiteral("2026-11-02"),
                                        QStringLiteral("--until"), QStringLiteral("2026-11-08")});
    QVERIFY2(r.exitCode == 0, failure(r).constData());
    QVERIFY2(r.out.contains("Now: 2 received, 2 responded"), r.out.constData());
    QVERIFY2(r.out.contains("Focus: 1.0 h kept of 1.5 h scheduled in 1 sessions, 2 held, 1 breakthroughs"),
             r.out.constData());
}

void TestCliStats::badArguments()
{
    for (const QStringList &args : {QStringList{QStringLiteral("--since"), QStringLiteral("yesterday-ish")},
                                    QStringList{QStringLiteral("--since"), QStringLiteral("2026-11-09"),
                                                QStringLiteral("--until"), QStringLiteral("2026-11-02")},
                                    QStringList{QStringLiteral("--tier"), QStringLiteral("4")},
                                    QStringList{QStringLiteral("--source"), QStringLiteral("Nope")}}) {
        const CliResult r = runCli(m_data, QStringList{QStringLiteral("stats"), QStringLiteral("--json")} + args);
        QVERIFY2(r.exitCode == 2, failure(r).constData());
        QVERIFY2(r.out.isEmpty(), r.out.constData());
    }
}

QTEST_GUILESS_MAIN(TestCliStats)
#include "tst_cli_stats.moc"
