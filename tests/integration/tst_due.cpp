// `focusinbox due` through the real executable, with a config.json written by the test.
#include "cliprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using fi::test::CliResult;
using fi::test::runCli;

class TestDue : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void fridayAfternoonRollsToMonday();
    void tierThreeIsCalendarTime();
    void tierOneHasNoDeadline();
    void namedPolicy();
    void localTimeWithoutOffsetUsesConfiguredZone();
    void zoneChangeMovesTheDeadline();
    void holidayStopsTheClock();
    void badInput_data();
    void badInput();

private:
    void writeConfig(const QString &zone, const QStringList &holidays = {});
    CliResult due(const QStringList &args) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    writeConfig(QStringLiteral("Europe/Berlin"));
}

void TestDue::writeConfig(const QString &zone, const QStringList &holidays)
{
    const QJsonArray day{QStringLiteral("09:00-17:00")};
    QJsonObject week{{QStringLiteral("mon"), day}, {QStringLiteral("tue"), day}, {QStringLiteral("wed"), day},
                     {QStringLiteral("thu"), day}, {QStringLiteral("fri"), day},
                     {QStringLiteral("sat"), QJsonArray()}, {QStringLiteral("sun"), QJsonArray()}};
    const QJsonObject hours{{QStringLiteral("timeZone"), zone},
                            {QStringLiteral("week"), week},
                            {QStringLiteral("holidays"), QJsonArray::fromStringList(holidays)}};
    const QJsonObject root{{QStringLiteral("workingHours"), hours}};
    QFile file(m_dir->filePath(QStringLiteral("config.json")));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(root).toJson());
}

CliResult TestDue::due(const QStringList &args) const
{
    return runCli(m_dir->path(), QStringList{QStringLiteral("due")} + args);
}

void TestDue::fridayAfternoonRollsToMonday()
{
    // Friday 2026-03-27 16:45 in Berlin (CET, +01:00) + 4 working hours: 15 min on Friday, 3 h 45
    // on Monday from 09:00 → Monday 12:45 local, which is CEST (+02:00) after the DST switch.
    const auto r = due({QStringLiteral("--received"), QStringLiteral("2026-03-27T15:45:00Z"),
                        QStringLiteral("--tier"), QStringLiteral("2")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out.trimmed(), QByteArray("2026-03-30T10:45:00Z"));
    // The same instant written with its local offset gives the same answer.
    const auto local = due({QStringLiteral("--received"), QStringLiteral("2026-03-27T16:45:00+01:00"),
                            QStringLiteral("--tier"), QStringLiteral("2")});
    QCOMPARE(local.out.trimmed(), QByteArray("2026-03-30T10:45:00Z"));
}

void TestDue::tierThreeIsCalendarTime()
{
    const auto r = due({QStringLiteral("--received"), QStringLiteral("2026-03-27T15:45:00Z"),
                        QStringLiteral("--tier"), QStringLiteral("3")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out.trimmed(), QByteArray("2026-03-27T16:00:00Z"));
    // Calendar time runs at night and on weekends too.
    const auto night = due({QStringLiteral("--received"), QStringLiteral("2026-03-28T23:50:00Z"),
                            QStringLiteral("--tier"), QStringLiteral("3")});
    QCOMPARE(night.out.trimmed(), QByteArray("2026-03-29T00:05:00Z"));
}

void TestDue::tierOneHasNoDeadline()
{
    const auto r = due({QStringLiteral("--received"), QStringLiteral("2026-03-27T15:45:00Z"),
                        QStringLiteral("--tier"), QStringLiteral("1")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out.trimmed(), QByteArray("none"));
}

void TestDue::namedPolicy()
{
    // review-request: 24 working hours = Fri 15 min + Mon 8 h + Tue 8 h + Wed 7 h 45 → Wed 16:45 CEST.
    const auto r = due({QStringLiteral("--received"), QStringLiteral("2026-03-27T15:45:00Z"),
                        QStringLiteral("--tier"), QStringLiteral("2"), QStringLiteral("--policy"),
                        QStringLiteral("review-request")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out.trimmed(), QByteArray("2026-04-01T14:45:00Z"));
}

void TestDue::localTimeWithoutOffsetUsesConfiguredZone()
{
    const auto r = due({QStringLiteral("--received"), QStringLiteral("2026-03-27T16:45:00"),
                        QStringLiteral("--tier"), QStringLiteral("3")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out.trimmed(), QByteArray("2026-03-27T16:00:00Z"));
}

void TestDue::zoneChangeMovesTheDeadline()
{
    // The user travels: 15:45Z is 11:45 in New York (EDT since 8 March) → 4 h → 15:45 local = 19:45Z.
    writeConfig(QStringLiteral("America/New_York"));
    const auto r = due({QStringLiteral("--received"), QStringLiteral("2026-03-27T15:45:00Z"),
                        QStringLiteral("--tier"), QStringLiteral("2")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out.trimmed(), QByteArray("2026-03-27T19:45:00Z"));
}

void TestDue::holidayStopsTheClock()
{
    writeConfig(QStringLiteral("Europe/Berlin"), {QStringLiteral("2026-03-30")});
    const auto r = due({QStringLiteral("--received"), QStringLiteral("2026-03-27T15:45:00Z"),
                        QStringLiteral("--tier"), QStringLiteral("2")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out.trimmed(), QByteArray("2026-03-31T10:45:00Z"));
}

void TestDue::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("garbage time") << QStringList{QStringLiteral("--received"), QStringLiteral("yesterday"),
                                                 QStringLiteral("--tier"), QStringLiteral("2")}
                                  << QByteArray("not an ISO 8601 date-time");
    QTest::newRow("impossible date") << QStringList{QStringLiteral("--received"), QStringLiteral("2026-02-30T10:00:00Z"),
                                                    QStringLiteral("--tier"), QStringLiteral("2")}
                                     << QByteArray("not an ISO 8601 date-time");
    QTest::newRow("tier 4") << QStringList{QStringLiteral("--received"), QStringLiteral("2026-03-27T15:45:00Z"),
                                           QStringLiteral("--tier"), QStringLiteral("4")}
                            << QByteArray("--tier must be 1, 2 or 3");
    QTest::newRow("no tier") << QStringList{QStringLiteral("--received"), QStringLiteral("2026-03-27T15:45:00Z")}
                             << QByteArray("due needs --received");
    QTest::newRow("unknown policy") << QStringList{QStringLiteral("--received"), QStringLiteral("2026-03-27T15:45:00Z"),
                                                   QStringLiteral("--tier"), QStringLiteral("2"),
                                                   QStringLiteral("--policy"), QStringLiteral("nope")}
                                    << QByteArray("unknown policy \"nope\"");
}

void TestDue::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    const auto r = due(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY(r.out.trimmed().isEmpty());
}

QTEST_GUILESS_MAIN(TestDue)
#include "tst_due.moc"
