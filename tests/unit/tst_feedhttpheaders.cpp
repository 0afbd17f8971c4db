// Unit tests for the response headers the feed fetcher acts on: HTTP-dates in the three forms
// RFC 9110 §5.6.7 names, Cache-Control max-age (RFC 9111 §5.2.2.1), Retry-After (RFC 9110 §10.2.3).
#include "net/fetch/httpheaders.h"

#include <QDateTime>
#include <QTimeZone>
#include <QtTest>

using namespace fi::net::fetch;

namespace {
qint64 utcMs(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc()).toMSecsSinceEpoch();
}
} // namespace

class TestFeedHttpHeaders : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void httpDates_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expected");  // -1 = not a date
        const qint64 rfcExample = utcMs(1994, 11, 6, 8, 49, 37);
        QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << rfcExample;
        QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << rfcExample;
        QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << rfcExample;
        QTest::newRow("RFC 850, 21st century") << QByteArray("Wednesday, 02-Dec-26 10:00:00 GMT")
                                               << utcMs(2026, 12, 2, 10, 0, 0);
        QTest::newRow("surrounding blanks") << QByteArray("  Wed, 02 Dec 2026 10:00:00 GMT ")
                                            << utcMs(2026, 12, 2, 10, 0, 0);
        QTest::newRow("wrong day name") << QByteArray("Mon, 06 Nov 1994 08:49:37 GMT") << rfcExample;
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        QTest::newRow("garbage") << QByteArray("tomorrow-ish") << qint64(-1);
        QTest::newRow("not GMT") << QByteArray("Sun, 06 Nov 1994 08:49:37 PST") << qint64(-1);
        QTest::newRow("bad day") << QByteArray("Sun, 36 Nov 1994 08:49:37 GMT") << qint64(-1);
    }

    void httpDates()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expected);
        const std::optional<qint64> got = parseHttpDate(value);
        if (expected < 0) {
            QVERIFY2(!got, qPrintable(QString::number(got.value_or(0))));
        } else {
            QVERIFY(got);
            QCOMPARE(*got, expected);
        }
    }

    void maxAge_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expected");  // -1 = none
        QTest::newRow("plain") << QByteArray("max-age=600") << qint64(600);
        QTest::newRow("among others") << QByteArray("public, max-age=1800, must-revalidate") << qint64(1800);
        QTest::newRow("upper case, blanks") << QByteArray("Public,  MAX-AGE = 60") << qint64(60);
        QTest::newRow("quoted") << QByteArray("max-age=\"120\"") << qint64(120);
        QTest::newRow("s-maxage is not max-age") << QByteArray("s-maxage=300") << qint64(-1);
        QTest::newRow("no-cache") << QByteArray("no-cache, max-age=600") << qint64(0);
        QTest::newRow("no-store") << QByteArray("no-store") << qint64(0);
        QTest::newRow("negative") << QByteArray("max-age=-5") << qint64(-1);
        QTest::newRow("not a number") << QByteArray("max-age=soon") << qint64(-1);
        QTest::newRow("absent") << QByteArray("private") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
    }

    void maxAge()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expected);
        const std::optional<qint64> got = parseMaxAge(value);
        if (expected < 0) {
            QVERIFY(!got);
        } else {
            QVERIFY(got);
            QCOMPARE(*got, expected);
        }
    }

    void retryAfter()
    {
        const qint64 now = utcMs(2026, 12, 2, 4, 0, 0);
        QCOMPARE(parseRetryAfter("120", now).value_or(-1), now + 120000);
        QCOMPARE(parseRetryAfter(" 0 ", now).value_or(-1), now);
        QCOMPARE(parseRetryAfter("Wed, 02 Dec 2026 05:00:00 GMT", now).value_or(-1), utcMs(2026, 12, 2, 5, 0, 0));
        QVERIFY(!parseRetryAfter("", now));
        QVERIFY(!parseRetryAfter("-3", now));
        QVERIFY(!parseRetryAfter("1.5", now));
        QVERIFY(!parseRetryAfter("99999999999999999999", now));  // would overflow: ignored
        QVERIFY(!parseRetryAfter("in a while", now));
    }
};

QTEST_GUILESS_MAIN(TestFeedHttpHeaders)
#include "tst_feedhttpheaders.moc"
