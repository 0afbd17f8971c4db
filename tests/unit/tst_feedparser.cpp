// fi::feed::parseFeed (models/sources/feed/feedparser.h) and its date reader: each format,
// encodings (RFC 7303: the HTTP charset wins), invalid bytes, dates, xml:base, identity,
// limits and hostile documents.
#include "sources/feed/feedparser.h"
#include "sources/feed/parse/feeddates.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QtTest>

using namespace fi::feed;

namespace {

FeedParseResult parseBytes(const QByteArray &bytes, const QByteArray &contentType = {},
                      const QUrl &url = QUrl(QStringLiteral("https://example.org/feeds/main.xml")))
{
    FeedParseInput in;
    in.bytes = bytes;
    in.contentType = contentType;
    in.url = url;
    in.nowMs = QDateTime(QDate(2026, 12, 2), QTime(4, 0), Qt::UTC).toMSecsSinceEpoch();
    return parseFeed(in);
}

qint64 utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC).toMSecsSinceEpoch();
}

const QByteArray kRss20 =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
    "     xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n"
    "<channel>\n"
    "  <title>Team &amp; Friends</title>\n"
    "  <link>https://example.org/</link>\n"
    "  <description>Our &lt;b&gt;blog&lt;/b&gt;</description>\n"
    "  <managingEditor>editor@example.org (The Editor)</managingEditor>\n"
    "  <item>\n"
    "    <title>Release 1.2 &lt;em&gt;is out&lt;/em&gt;</title>\n"
    "    <link>/posts/1.2</link>\n"
    "    <guid isPermaLink=\"false\">tag:example.org,2026:1.2</guid>\n"
    "    <pubDate>Tue, 01 Dec 2026 09:30:00 +0100</pubDate>\n"
    "    <description>&lt;p&gt;Hello &amp;amp; welcome&lt;/p&gt;</description>\n"
    "    <content:encoded><![CDATA[<p>Full <b>text</b></p>]]></content:encoded>\n"
    "    <author>dev@example.org (A Developer)</author>\n"
    "    <category>release</category>\n"
    "  </item>\n"
    "  <item>\n"
    "    <title>No link, permalink guid</title>\n"
    "    <guid>https://example.org/posts/2</guid>\n"
    "    <dc:date>2026-11-30T08:00:00Z</dc:date>\n"
    "    <dc:creator>Someone Else</dc:creator>\n"
    "  </item>\n"
    "  <item>\n"
    "    <description>Only a description</description>\n"
    "  </item>\n"
    "</channel>\n"
    "</rss>";

const QByteArray kAtom10 =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"https://blog.example.com/base/\">\n"
    "  <title type=\"html\">Status &lt;i&gt;page&lt;/i&gt;</title>\n"
    "  <subtitle>All systems</subtitle>\n"
    "  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>\n"
    "  <link rel=\"self\" href=\"/atom.xml\"/>\n"
    "  <link rel=\"alternate\" type=\"text/html\" href=\"../\"/>\n"
    "  <updated>2026-12-01T10:00:00Z</updated>\n"
    "  <author><name>Ops Team</name><email>ops@example.com</email><uri>team/</uri></author>\n"
    "  <entry>\n"
    "    <title type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">Incident <b>resolved</b></div></title>\n"
    "    <link href=\"incidents/42\" xml:base=\"https://status.example.com/\"/>\n"
    "    <link rel=\"enclosure\" href=\"https://cdn.example.com/x.mp3\"/>\n"
    "    <id>tag:status.example.com,2026:42</id>\n"
    "    <published>2026-12-01T09:00:00+01:00</published>\n"
    "    <updated>2026-12-01T09:45:00Z</updated>\n"
    "    <summary type=\"text\">Fixed &lt;now&gt;</summary>\n"
    "    <content type=\"html\">&lt;p&gt;Details &lt;a href=\"more\"&gt;here&lt;/a&gt;&lt;/p&gt;</content>\n"
    "    <contributor><name>Helper</name></contributor>\n"
    "  </entry>\n"
    "  <entry>\n"
    "    <title>Second</title>\n"
    "    <id>tag:status.example.com,2026:43</id>\n"
    "    <updated>2026-12-01T11:00:00Z</updated>\n"
    "    <author><name>Night shift</name></author>\n"
    "    <content type=\"text\">Line one\n"
    "Line &lt;two&gt;</content>\n"
    "  </entry>\n"
    "</feed>";

} // namespace

class TestFeedParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rss20()
    {
        const auto r = parseBytes(kRss20, "application/rss+xml");
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.wellFormed);
        QCOMPARE(r.encoding, QStringLiteral("utf-8"));
        const FeedDocument &d = r.document;
        QCOMPARE(d.format, FeedFormat::Rss20);
        QCOMPARE(d.title, QStringLiteral("Team & Friends"));
        QCOMPARE(d.link, QStringLiteral("https://example.org/"));
        QCOMPARE(d.description, QStringLiteral("Our blog"));
        QCOMPARE(d.author.email, QStringLiteral("editor@example.org"));
        QCOMPARE(d.author.name, QStringLiteral("The Editor"));
        QCOMPARE(d.entries.size(), 3);
        const FeedEntry &e = d.entries[0];
        QCOMPARE(e.title, QStringLiteral("Release 1.2 is out"));
        QCOMPARE(e.link, QStringLiteral("https://example.org/posts/1.2"));
        QCOMPARE(e.id, QStringLiteral("tag:example.org,2026:1.2"));
        QCOMPARE(e.publishedMs, utc(2026, 12, 1, 8, 30));
        QCOMPARE(e.updatedMs, 0);
        QCOMPARE(e.summary, QStringLiteral("Hello & welcome"));
        QCOMPARE(e.contentHtml, QStringLiteral("<p>Full <b>text</b></p>"));
        QCOMPARE(e.author.name, QStringLiteral("A Developer"));
        QCOMPARE(e.author.email, QStringLiteral("dev@example.org"));
        QCOMPARE(e.categories, QStringList{QStringLiteral("release")});
        const FeedEntry &e2 = d.entries[1];
        QCOMPARE(e2.link, QStringLiteral("https://example.org/posts/2")); // permalink guid
        QCOMPARE(e2.id, QStringLiteral("https://example.org/posts/2"));
        QCOMPARE(e2.publishedMs, utc(2026, 11, 30, 8));
        QCOMPARE(e2.author.name, QStringLiteral("Someone Else"));
        const FeedEntry &e3 = d.entries[2];
        QVERIFY(e3.id.isEmpty()); // the kind derives one (link, else a hash)
        QVERIFY(e3.title.isEmpty());
        QCOMPARE(e3.author, d.author); // the feed's author when the item has none
        QCOMPARE(e3.summary, QStringLiteral("Only a description"));
    }

    void atom10()
    {
        const auto r = parseBytes(kAtom10, "application/atom+xml; charset=utf-8");
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.wellFormed);
        const FeedDocument &d = r.document;
        QCOMPARE(d.format, FeedFormat::Atom10);
        QCOMPARE(d.title, QStringLiteral("Status page"));
        QCOMPARE(d.description, QStringLiteral("All systems"));
        QCOMPARE(d.id, QStringLiteral("urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6"));
        QCOMPARE(d.link, QStringLiteral("https://blog.example.com/")); // "../" against xml:base
        QCOMPARE(d.updatedMs, utc(2026, 12, 1, 10));
        QCOMPARE(d.author.name, QStringLiteral("Ops Team"));
        QCOMPARE(d.author.email, QStringLiteral("ops@example.com"));
        QCOMPARE(d.author.uri, QStringLiteral("https://blog.example.com/base/team/"));
        QCOMPARE(d.entries.size(), 2);
        const FeedEntry &e = d.entries[0];
        QCOMPARE(e.title, QStringLiteral("Incident resolved"));
        QCOMPARE(e.link, QStringLiteral("https://status.example.com/incidents/42"));
        QCOMPARE(e.id, QStringLiteral("tag:status.example.com,2026:42"));
        QCOMPARE(e.publishedMs, utc(2026, 12, 1, 8));
        QCOMPARE(e.updatedMs, utc(2026, 12, 1, 9, 45));
        QCOMPARE(e.summary, QStringLiteral("Fixed <now>")); // type text: brackets are text
        QCOMPARE(e.contentHtml, QStringLiteral("<p>Details <a href=\"more\">here</a></p>"));
        QCOMPARE(e.author, d.author);
        QCOMPARE(e.contributors.size(), 1);
        QCOMPARE(e.contributors[0].name, QStringLiteral("Helper"));
        const FeedEntry &e2 = d.entries[1];
        QCOMPARE(e2.author.name, QStringLiteral("Night shift"));
        QCOMPARE(e2.summary, QStringLiteral("Line one\nLine <two>"));
        QCOMPARE(e2.contentHtml, QStringLiteral("<p>Line one<br>Line &lt;two&gt;</p>"));
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        const qint64 t = utc(2003, 12, 31, 10, 14, 55);
        QTest::newRow("rfc822") << "Wed, 31 Dec 2003 10:14:55 +0000" << t;
        QTest::newRow("rfc822 GMT") << "Wed, 31 Dec 2003 10:14:55 GMT" << t;
        QTest::newRow("rfc822 UT") << "Wed, 31 Dec 2003 10:14:55 UT" << t;
        QTest::newRow("rfc822 Z") << "Wed, 31 Dec 2003 10:14:55 Z" << t;
        QTest::newRow("rfc822 offset") << "Wed, 31 Dec 2003 11:14:55 +0100" << t;
        QTest::newRow("offset with colon") << "Wed, 31 Dec 2003 11:14:55 +01:00" << t;
        QTest::newRow("EST") << "Wed, 31 Dec 2003 05:14:55 EST" << t;
        QTest::newRow("EDT") << "Wed, 31 Dec 2003 06:14:55 EDT" << t;
        QTest::newRow("PST") << "Wed, 31 Dec 2003 02:14:55 PST" << t;
        QTest::newRow("PDT") << "Wed, 31 Dec 2003 03:14:55 PDT" << t;
        QTest::newRow("military N (+1 per RFC 822)") << "31 Dec 2003 11:14:55 N" << t;
        QTest::newRow("military A (-1 per RFC 822)") << "31 Dec 2003 09:14:55 A" << t;
        QTest::newRow("no zone = UTC") << "Wed, 31 Dec 2003 10:14:55" << t;
        QTest::newRow("no seconds") << "Wed, 31 Dec 2003 10:14 GMT" << utc(2003, 12, 31, 10, 14);
        QTest::newRow("no weekday") << "31 Dec 2003 10:14:55 GMT" << t;
        QTest::newRow("no comma") << "Wed 31 Dec 2003 10:14:55 GMT" << t;
        QTest::newRow("full names") << "Wednesday, 31 December 2003 10:14:55 GMT" << t;
        QTest::newRow("two-digit year") << "Wed, 31 Dec 03 10:14:55 GMT" << t;
        QTest::newRow("two-digit year 99") << "Fri, 31 Dec 99 10:14:55 GMT"
                                           << utc(1999, 12, 31, 10, 14, 55);
        QTest::newRow("one-digit day") << "Thu, 1 Jan 2004 19:48:21 GMT"
                                       << utc(2004, 1, 1, 19, 48, 21);
        QTest::newRow("Sept") << "1 Sept 2004 00:00:00 GMT" << utc(2004, 9, 1);
        QTest::newRow("dashes") << "31-Dec-2003 10:14:55 GMT" << t;
        QTest::newRow("month first") << "Dec 31 2003 10:14:55 GMT" << t;
        QTest::newRow("asctime") << "Wed Dec 31 10:14:55 2003" << t;
        QTest::newRow("GMT+1") << "Wed, 31 Dec 2003 11:14:55 GMT+1" << t;
        QTest::newRow("PM") << "Dec 31, 2003 10:14:55 PM" << utc(2003, 12, 31, 22, 14, 55);
        QTest::newRow("lower case") << "wed, 31 dec 2003 10:14:55 gmt" << t;
        QTest::newRow("rfc3339 Z") << "2003-12-31T10:14:55Z" << t;
        QTest::newRow("rfc3339 offset") << "2003-12-31T05:14:55-05:00" << t;
        QTest::newRow("rfc3339 fraction") << "2003-12-31T10:14:55.250Z" << t + 250;
        QTest::newRow("rfc3339 no seconds") << "2003-12-31T10:14Z" << utc(2003, 12, 31, 10, 14);
        QTest::newRow("rfc3339 no zone") << "2003-12-31T10:14:55" << t;
        QTest::newRow("space instead of T") << "2003-12-31 10:14:55" << t;
        QTest::newRow("offset without colon") << "2003-12-31T11:14:55+0100" << t;
        QTest::newRow("lower t z") << "2003-12-31t10:14:55z" << t;
        QTest::newRow("basic format") << "20031231T101455Z" << t;
        QTest::newRow("W3CDTF date") << "2003-12-31" << utc(2003, 12, 31);
        QTest::newRow("W3CDTF month") << "2003-12" << utc(2003, 12, 1);
        QTest::newRow("W3CDTF year") << "2003" << utc(2003, 1, 1);
        QTest::newRow("leap second") << "2016-12-31T23:59:60Z" << utc(2016, 12, 31, 23, 59, 59);
        QTest::newRow("surrounding space") << "  2003-12-31T10:14:55Z\n" << t;
        QTest::newRow("empty") << "" << qint64(0);
        QTest::newRow("garbage") << "yesterday-ish" << qint64(0);
        QTest::newRow("Feb 30") << "2003-02-30T10:00:00Z" << qint64(0);
        QTest::newRow("hour 25") << "Wed, 31 Dec 2003 25:14:55 GMT" << qint64(0);
        QTest::newRow("month 13") << "2003-13-01" << qint64(0);
        QTest::newRow("greek (high-bit) text") << QString::fromUtf8("Τρί, 29 Ιούν 2004 12:53:00 GMT")
                                                << qint64(0);
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        const qint64 now = utc(2026, 12, 2);
        QCOMPARE(parse::parseFeedDate(text, now), expected);
    }

    void undatedEntryHasNoDate()
    {
        const auto r = parseBytes("<rss version=\"2.0\"><channel><item><title>x</title></item>"
                             "</channel></rss>");
        QVERIFY(r.ok);
        QCOMPARE(r.document.entries.size(), 1);
        QCOMPARE(r.document.entries[0].publishedMs, 0); // the kind uses the time first seen
        QCOMPARE(r.document.entries[0].updatedMs, 0);
    }

    void htmlPageIsNotAFeed()
    {
        const auto r = parseBytes("<!DOCTYPE html>\n<html><head><title>Blog</title>"
                             "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/f\">"
                             "</head><body><p>Hi<br></body></html>",
                             "text/html; charset=utf-8");
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("not a feed")), qPrintable(r.error));
        QVERIFY(r.document.entries.isEmpty());
        // XHTML, well-formed: still not a feed
        const auto x = parseBytes("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>");
        QVERIFY(!x.ok);
        QVERIFY2(x.error.contains(QStringLiteral("not a feed")), qPrintable(x.error));
    }

    void billionLaughsRefusedQuickly()
    {
        QByteArray doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n";
        for (int i = 1; i <= 9; ++i)
            doc += "<!ENTITY lol" + QByteArray::number(i) + " \""
                + QByteArray("&lol" + (i > 1 ? QByteArray::number(i - 1) : QByteArray()) + ";")
                      .repeated(10)
                + "\">\n";
        doc += "]>\n<rss version=\"2.0\"><channel><title>&lol9;</title><item><title>&lol9;"
               "</title></item></channel></rss>";
        QElapsedTimer timer;
        timer.start();
        const auto r = parseBytes(doc);
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("entities")), qPrintable(r.error));
        QVERIFY(r.document.title.isEmpty());
        QVERIFY(r.document.entries.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFeedParser)
#include "tst_feedparser.moc"
