// What the sidebar says about a source: syncing, up to date, offline with the next retry, or
// needing the user (wrong password), each with the reason in the tooltip.
#include "sync/sourcestatusmodel.h"

#include <QTest>

using namespace fi;

class TestSourceStatus : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lines_data();
    void lines();
    void detailsCarryTheReasonAndWhatHappensNext();
};

namespace {
constexpr qint64 kNow = 1'795'000'000'000;
}

void TestSourceStatus::lines_data()
{
    QTest::addColumn<SourceStatus>("status");
    QTest::addColumn<QString>("line");
    SourceStatus s;
    QTest::newRow("never synced") << s << QStringLiteral("Waiting to sync");
    s.lastSuccessMs = kNow - 20 * 1000;
    QTest::newRow("just now") << s << QStringLiteral("Synced just now");
    s.lastSuccessMs = kNow - 3 * 60 * 1000;
    QTest::newRow("minutes ago") << s << QStringLiteral("Synced 3 min ago");
    s.pushActive = true;
    QTest::newRow("push") << s << QStringLiteral("Up to date · instant");
    s.state = SourceStatus::State::Syncing;
    QTest::newRow("syncing") << s << QStringLiteral("Syncing…");
    s = {};
    s.state = SourceStatus::State::Failed;
    s.error = QStringLiteral("Could not connect");
    s.nextSyncMs = kNow + 40 * 1000;
    QTest::newRow("offline") << s << QStringLiteral("Offline · retrying in 40 s");
    s.nextSyncMs = kNow + 119 * 1000;
    QTest::newRow("offline minutes") << s << QStringLiteral("Offline · retrying in 2 min");
    s.retryable = false;
    s.nextSyncMs = 0;
    QTest::newRow("needs user") << s << QStringLiteral("Needs attention");
}

void TestSourceStatus::lines()
{
    QFETCH(SourceStatus, status);
    QFETCH(QString, line);
    QCOMPARE(sourceStatusLine(status, kNow), line);
}

void TestSourceStatus::detailsCarryTheReasonAndWhatHappensNext()
{
    SourceStatus s;
    s.state = SourceStatus::State::Failed;
    s.error = QStringLiteral("The server rejected the user name or password.");
    s.retryable = false;
    s.consecutiveFailures = 1;
    QString details = sourceStatusDetails(s, kNow);
    QVERIFY2(details.startsWith(s.error), qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("Fix the source's settings")), qPrintable(details));  // what to do, for any kind

    s.retryable = true;
    s.consecutiveFailures = 3;
    s.nextSyncMs = kNow + 2 * 60 * 1000;
    details = sourceStatusDetails(s, kNow);
    QVERIFY2(details.contains(QLatin1String("Attempt 3 failed; trying again in 2 min.")), qPrintable(details));

    SourceStatus ok;
    ok.pushActive = true;
    ok.lastSuccessMs = kNow - 1000;
    QVERIFY(sourceStatusDetails(ok, kNow).contains(QLatin1String("IMAP IDLE")));
}

QTEST_GUILESS_MAIN(TestSourceStatus)
#include "tst_sourcestatus.moc"
