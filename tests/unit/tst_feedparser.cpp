// fi::feed::parseFeed (models/sources/feed/feedparser.h) and its date reader: each format,
// dates, xml:base, identity, limits and hostile documents. Encodings: tst_feedencodings.cpp.
#include "sources/feed/feedparser.h"
#include "sources/feed/parse/feeddates.h"
#include "feedparsetest.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QStringEncoder>
#include <QtConcurrent>
#include <QtTest>


using namespace fi::feed;
using namespace fi::test;

namespace {

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
        // relative URLs in HTML content are resolved against xml:base
        QCOMPARE(e.contentHtml, QStringLiteral("<p>Details <a href=\"https://blog.example.com/base/more\">here</a></p>"));
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
        QTest::newRow("offset with zone comment") << "Wed, 31 Dec 2003 11:14:55 +0100 (CET)" << t;
        QTest::newRow("offset with other comment") << "Wed, 31 Dec 2003 11:14:55 +0100 (UTC)" << t;
        QTest::newRow("month name, comma") << "December 31, 2003 10:14:55" << t;
        QTest::newRow("numeric y/m/d") << "2003/12/31 10:14:55" << t;
        QTest::newRow("AM 12") << "Dec 31, 2003 12:14:55 AM" << utc(2003, 12, 31, 0, 14, 55);
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

    // ---- links, identity ----------------------------------------------------------------

    void xmlBaseAndFeedUrl()
    {
        const QByteArray doc =
            "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"sub/\">"
            "<link href=\"home\"/>"
            "<entry xml:base=\"/root/\"><id>1</id><link href=\"a?x=1&amp;y=2#f\"/>"
            "<content type=\"xhtml\" xml:base=\"http://other.example/dir/\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
            "<a href=\"page\">p</a><img src=\"../i.png\"/></div></content></entry>"
            "<entry><id>2</id><link href=\"//cdn.example.net/x\"/></entry>"
            "<entry><id>3</id><link href=\"https://abs.example/y\"/><author><name>N</name><uri>me</uri></author></entry>"
            "</feed>";
        const auto r = parseBytes(doc, {}, QUrl(QStringLiteral("https://example.org/feeds/atom.xml")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.document.link, QStringLiteral("https://example.org/feeds/sub/home"));
        QCOMPARE(r.document.entries[0].link, QStringLiteral("https://example.org/root/a?x=1&y=2#f"));
        QCOMPARE(r.document.entries[0].contentHtml,
                 QStringLiteral("<div><a href=\"http://other.example/dir/page\">p</a>"
                                "<img src=\"http://other.example/i.png\" /></div>"));
        QCOMPARE(r.document.entries[1].link, QStringLiteral("https://cdn.example.net/x"));
        QCOMPARE(r.document.entries[2].link, QStringLiteral("https://abs.example/y"));
        QCOMPARE(r.document.entries[2].author.uri, QStringLiteral("https://example.org/feeds/sub/me"));
        // RSS: relative links against the feed URL; a local file URL works the same way.
        const auto rss = parseBytes("<rss><channel><link>./</link><item><link>p/1.html</link>"
                                    "</item></channel></rss>",
                                    {}, QUrl::fromLocalFile(QStringLiteral("/srv/feeds/f.xml")));
        QCOMPARE(rss.document.link, QStringLiteral("file:///srv/feeds/"));
        QCOMPARE(rss.document.entries[0].link, QStringLiteral("file:///srv/feeds/p/1.html"));
        // Links are for a browser: javascript:/data: and file: links in a web feed are dropped.
        const auto hostile = parseBytes(
            "<rss><channel><link>javascript:alert(1)</link><item><link>file:///etc/passwd</link>"
            "</item><item><link>data:text/html,x</link></item><item><link>HTTPS://ok.example/</link>"
            "</item></channel></rss>");
        QVERIFY(hostile.document.link.isEmpty());
        QVERIFY(hostile.document.entries[0].link.isEmpty());
        QVERIFY(hostile.document.entries[1].link.isEmpty());
        QCOMPARE(hostile.document.entries[2].link, QStringLiteral("https://ok.example/"));
        // HTML content: relative href/src resolved (entities in the value kept HTML-escaped),
        // absolute, fragment-only and unquoted values left alone.
        const auto html = parseBytes(
            "<rss><channel><item><description>&lt;a href=\"p?a=1&amp;amp;b=2\"&gt;x&lt;/a&gt;"
            "&lt;img alt=\"i\" src='/img/i.png'&gt;&lt;a href=\"#top\"&gt;t&lt;/a&gt;"
            "&lt;a href=\"mailto:x@y.z\"&gt;m&lt;/a&gt; href=\"text\"</description></item></channel></rss>");
        QCOMPARE(html.document.entries[0].contentHtml,
                 QStringLiteral("<a href=\"https://example.org/feeds/p?a=1&amp;b=2\">x</a>"
                                "<img alt=\"i\" src=\"https://example.org/img/i.png\">"
                                "<a href=\"#top\">t</a><a href=\"mailto:x@y.z\">m</a> href=\"text\""));
    }

    void identityFields()
    {
        const auto rdf = parseBytes(
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
            "xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            "<channel rdf:about=\"http://e.org/\"><title>RDF</title><link>http://e.org/</link></channel>"
            "<item rdf:about=\"http://e.org/1\"><title>One</title><link>http://e.org/1.html</link>"
            "<dc:date>2004-02-01T10:00:00+01:00</dc:date><dc:creator>Ann</dc:creator></item>"
            "</rdf:RDF>");
        QVERIFY2(rdf.ok, qPrintable(rdf.error));
        QCOMPARE(rdf.document.format, FeedFormat::Rss10);
        QCOMPARE(rdf.document.title, QStringLiteral("RDF"));
        QCOMPARE(rdf.document.entries.size(), 1);
        QCOMPARE(rdf.document.entries[0].id, QStringLiteral("http://e.org/1"));
        QCOMPARE(rdf.document.entries[0].link, QStringLiteral("http://e.org/1.html"));
        QCOMPARE(rdf.document.entries[0].publishedMs, utc(2004, 2, 1, 9));
        QCOMPARE(rdf.document.entries[0].author.name, QStringLiteral("Ann"));

        const auto rss090 = parseBytes(
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
            "xmlns=\"http://my.netscape.com/rdf/simple/0.9/\"><channel><title>Old</title></channel>"
            "<item><title>I</title><link>http://e.org/i</link></item></rdf:RDF>");
        QCOMPARE(rss090.document.format, FeedFormat::Rss090);
        QCOMPARE(rss090.document.entries.value(0).link, QStringLiteral("http://e.org/i"));
        QVERIFY(rss090.document.entries.value(0).id.isEmpty());

        const auto rss091 = parseBytes(
            "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" "
            "\"http://my.netscape.com/publish/formats/rss-0.91.dtd\">"
            "<rss version=\"0.91\"><channel><title>Caf&eacute;&nbsp;News</title>"
            "<item><title>A</title><link>http://e.org/a</link></item></channel></rss>");
        QVERIFY2(rss091.ok, qPrintable(rss091.error));
        QVERIFY(rss091.wellFormed); // the entities may be declared by the (never loaded) DTD
        QCOMPARE(rss091.document.format, FeedFormat::Rss091);
        QCOMPARE(rss091.document.title, QString::fromUtf8("Café News"));

        const auto atom03 = parseBytes(
            "<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><title>A03</title>"
            "<link rel=\"alternate\" type=\"text/html\" href=\"http://e.org/\"/>"
            "<modified>2004-01-01T19:48:21Z</modified>"
            "<entry><id>tag:e.org,2004:1</id><title mode=\"escaped\" type=\"text/html\">&lt;b&gt;Bold&lt;/b&gt;</title>"
            "<issued>2003-12-31T10:14:55Z</issued><modified>2004-01-01T00:00:00Z</modified>"
            "<author><name>Me</name><email>me@e.org</email></author></entry></feed>");
        QVERIFY2(atom03.ok, qPrintable(atom03.error));
        QCOMPARE(atom03.document.format, FeedFormat::Atom03);
        QCOMPARE(atom03.document.updatedMs, utc(2004, 1, 1, 19, 48, 21));
        QCOMPARE(atom03.document.entries[0].id, QStringLiteral("tag:e.org,2004:1"));
        QCOMPARE(atom03.document.entries[0].title, QStringLiteral("Bold"));
        QCOMPARE(atom03.document.entries[0].publishedMs, utc(2003, 12, 31, 10, 14, 55));
        QCOMPARE(atom03.document.entries[0].updatedMs, utc(2004, 1, 1));
        QCOMPARE(atom03.document.entries[0].author.email, QStringLiteral("me@e.org"));
    }

    void podcastAuthors()
    {
        const auto r = parseBytes(
            "<rss version=\"2.0\" xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\">"
            "<channel><title>Cast</title><itunes:author>The Hosts</itunes:author>"
            "<item><guid>1</guid><itunes:author>Guest Star</itunes:author></item>"
            "<item><guid>2</guid></item>"
            "<item><guid>3</guid><itunes:author>Ignored</itunes:author><author>a@b.example (Real)</author></item>"
            "</channel></rss>");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.document.author.name, QStringLiteral("The Hosts"));
        QCOMPARE(r.document.entries[0].author.name, QStringLiteral("Guest Star"));
        QCOMPARE(r.document.entries[1].author.name, QStringLiteral("The Hosts"));
        QCOMPARE(r.document.entries[2].author.name, QStringLiteral("Real"));
    }

    void htmlEntitiesWithoutDtdAreRecovered()
    {
        const auto r = parseBytes("<rss version=\"2.0\"><channel><title>Caf&eacute;&nbsp;&amp; more</title>"
                                  "<item><title>x&hellip;</title></item>"
                                  "<item><itunes:subtitle>no xmlns</itunes:subtitle><title>y</title></item>"
                                  "</channel></rss>");
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!r.wellFormed);
        QCOMPARE(r.document.title, QString::fromUtf8("Café & more")); // NBSP folded in titles
        QCOMPARE(r.document.entries.size(), 2);
        QCOMPARE(r.document.entries[0].title, QString::fromUtf8("x…"));
        QCOMPARE(r.document.entries[1].title, QStringLiteral("y"));
    }

    void jsonFeed()
    {
        const QByteArray doc = "{\n"
            "          \"version\": \"https://jsonfeed.org/version/1.1\",\n"
            "          \"title\": \"JSON &amp; friends\",\n"
            "          \"home_page_url\": \"https://j.example/\",\n"
            "          \"feed_url\": \"https://j.example/feed.json\",\n"
            "          \"description\": \"About\",\n"
            "          \"authors\": [{\"name\": \"Jay\", \"url\": \"https://j.example/jay\"}],\n"
            "          \"items\": [\n"
            "            {\"id\": 42, \"url\": \"/posts/42\", \"title\": \"Forty-two\",\n"
            "             \"content_html\": \"<p>Hi <b>there</b></p>\", \"date_published\": \"2026-11-30T10:00:00-05:00\",\n"
            "             \"date_modified\": \"2026-11-30T16:00:00Z\", \"tags\": [\"a\", \"b\"]},\n"
            "            {\"id\": \"b\", \"external_url\": \"https://other.example/x\", \"content_text\": \"Plain <text>\",\n"
            "             \"author\": {\"name\": \"Old style\"}},\n"
            "            {\"id\": \"c\", \"summary\": \"Short\", \"content_text\": \"Long\"}\n"
            "          ]\n"
            "        }";
        const auto r = parseBytes(doc, "application/feed+json");
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.wellFormed);
        const FeedDocument &d = r.document;
        QCOMPARE(d.format, FeedFormat::JsonFeed);
        QCOMPARE(d.title, QStringLiteral("JSON & friends"));
        QCOMPARE(d.link, QStringLiteral("https://j.example/"));
        QCOMPARE(d.id, QStringLiteral("https://j.example/feed.json"));
        QCOMPARE(d.author.name, QStringLiteral("Jay"));
        QCOMPARE(d.entries.size(), 3);
        QCOMPARE(d.entries[0].id, QStringLiteral("42"));
        QCOMPARE(d.entries[0].link, QStringLiteral("https://example.org/posts/42"));
        QCOMPARE(d.entries[0].title, QStringLiteral("Forty-two"));
        QCOMPARE(d.entries[0].summary, QStringLiteral("Hi there"));
        QCOMPARE(d.entries[0].contentHtml, QStringLiteral("<p>Hi <b>there</b></p>"));
        QCOMPARE(d.entries[0].publishedMs, utc(2026, 11, 30, 15));
        QCOMPARE(d.entries[0].updatedMs, utc(2026, 11, 30, 16));
        QCOMPARE(d.entries[0].categories, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(d.entries[0].author.name, QStringLiteral("Jay"));
        QCOMPARE(d.entries[1].link, QStringLiteral("https://other.example/x"));
        QCOMPARE(d.entries[1].author.name, QStringLiteral("Old style"));
        QCOMPARE(d.entries[1].contentHtml, QStringLiteral("<p>Plain &lt;text&gt;</p>"));
        QCOMPARE(d.entries[2].summary, QStringLiteral("Short"));
        // JSON Feed 1.0
        const auto v1 = parseBytes("{\"version\":\"https://jsonfeed.org/version/1\",\"title\":\"One\",\n"
            "            \"author\":{\"name\":\"A\"},\"items\":[{\"id\":\"1\",\"content_text\":\"t\"}]}");
        QVERIFY(v1.ok);
        QCOMPARE(v1.document.entries.value(0).author.name, QStringLiteral("A"));
        // With a UTF-8 BOM, and in another encoding (the HTTP charset)
        const auto bom = parseBytes("\xEF\xBB\xBF{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"B\",\"items\":[]}");
        QVERIFY2(bom.ok, qPrintable(bom.error));
        QCOMPARE(bom.document.title, QStringLiteral("B"));
        const auto latin = parseBytes("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Caf\xE9\",\"items\":[]}",
                                      "application/feed+json; charset=iso-8859-1");
        QCOMPARE(latin.document.title, QString::fromUtf8("Café"));
        // Other JSON, broken JSON
        const auto other = parseBytes("{\"hello\": \"world\"}");
        QVERIFY(!other.ok);
        QVERIFY2(other.error.contains(QStringLiteral("not a feed")), qPrintable(other.error));
        const auto broken = parseBytes("{\"version\":\"https://jsonfeed.org/version/1.1\", \"items\": [");
        QVERIFY(!broken.ok);
        QVERIFY(!broken.error.isEmpty());
    }

    // ---- limits and hostile documents ----------------------------------------------------

    void sizeLimit()
    {
        FeedParseInput in;
        in.bytes = rssWithTitles(QStringLiteral("T"), QString(2000, u'x'));
        in.limits.maxBytes = 1000;
        const auto r = parseFeed(in);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("larger")), qPrintable(r.error));
        in.limits.maxBytes = 1 << 20;
        QVERIFY(parseFeed(in).ok);
    }

    void depthLimit()
    {
        QByteArray deep = "<rss><channel><title>T</title><item><description>";
        for (int i = 0; i < 100000; ++i)
            deep += "<x>";
        deep += "</description></item></channel></rss>";
        QElapsedTimer timer;
        timer.start();
        const auto r = parseBytes(deep);
        QVERIFY(timer.elapsed() < 2000);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("nested")), qPrintable(r.error));
        QByteArray deepJson = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[],\"x\":";
        deepJson += QByteArray(200, '[') + QByteArray(200, ']') + "}";
        const auto j = parseBytes(deepJson);
        QVERIFY(!j.ok);
        QVERIFY2(j.error.contains(QStringLiteral("nested")), qPrintable(j.error));
    }

    void entryLimit()
    {
        QByteArray doc = "<rss><channel><title>T</title>";
        for (int i = 0; i < 10; ++i)
            doc += "<item><guid>g" + QByteArray::number(i) + "</guid></item>";
        doc += "</channel></rss>";
        FeedParseInput in;
        in.bytes = doc;
        in.limits.maxEntries = 3;
        const auto r = parseFeed(in);
        QVERIFY(r.ok); // a warning, not an error
        QVERIFY(!r.wellFormed);
        QVERIFY(!r.warnings.isEmpty());
        QCOMPARE(r.document.entries.size(), 3);
        QCOMPARE(r.document.entries[2].id, QStringLiteral("g2")); // the first ones are kept
    }

    void largeFeedIsLinear()
    {
        QByteArray doc = "<rss version=\"2.0\"><channel><title>Big</title>";
        for (int i = 0; i < 5000; ++i)
            doc += "<item><title>Entry " + QByteArray::number(i) + " &amp; more</title><link>/e/"
                + QByteArray::number(i) + "</link><guid>" + QByteArray::number(i)
                + "</guid><pubDate>Tue, 01 Dec 2026 09:30:00 GMT</pubDate><description>&lt;p&gt;"
                + QByteArray(300, 'x') + "&lt;/p&gt;</description></item>";
        doc += "</channel></rss>";
        QElapsedTimer timer;
        timer.start();
        const auto r = parseBytes(doc);
        const qint64 ms = timer.elapsed();
        qInfo("5000 entries, %lld KiB: %lld ms", qlonglong(doc.size() / 1024), ms);
        QVERIFY(r.ok);
        QCOMPARE(r.document.entries.size(), 5000);
        QVERIFY(ms < 10000);
    }

    void entityDeclarationsRefused()
    {
        // Quadratic blowup: one large internal entity referenced many times.
        QByteArray quad = "<!DOCTYPE rss [<!ENTITY a \"" + QByteArray(50000, 'a') + "\">]><rss><channel><title>";
        quad += QByteArray("&a;").repeated(50000) + "</title></channel></rss>";
        QElapsedTimer timer;
        timer.start();
        const auto q = parseBytes(quad);
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY(!q.ok);
        QVERIFY(q.document.title.isEmpty());
        // An internal entity declared through a parameter entity.
        const auto pe = parseBytes("<!DOCTYPE rss [<!ENTITY % a \"<!ENTITY b 'zzz'>\"> %a;]>"
                                   "<rss><channel><title>&b;</title></channel></rss>");
        QVERIFY(!pe.ok);
        // External entities are never loaded (no file content appears), and not refused.
        const auto ext = parseBytes("<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                                    "<rss><channel><title>a&x;b</title></channel></rss>");
        QVERIFY(!ext.document.title.contains(QStringLiteral("root")));
    }

    void truncatedDocumentKeepsWhatWasRead()
    {
        const auto r = parseBytes("<rss version=\"2.0\"><channel><title>T</title>"
                                  "<item><guid>1</guid><title>One</title></item>"
                                  "<item><guid>2</guid><title>Tw");
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!r.wellFormed);
        QVERIFY(!r.warnings.isEmpty());
        QCOMPARE(r.document.entries.value(0).title, QStringLiteral("One"));
    }

    void oddXmlDeclaration()
    {
        // A declaration QXmlStreamReader rejects does not hide the feed (it was used for decoding).
        const auto r = parseBytes("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"maybe\"?>"
                                  "<rss><channel><title>T</title></channel></rss>");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.document.title, QStringLiteral("T"));
    }

    void concurrentParsesAgree()
    {
        // The kind parses on worker threads: iconv, uchardet and the static tables must not
        // interfere. Every thread must see exactly what a lone parse sees.
        QList<QByteArray> docs;
        docs << kRss20 << kAtom10;
        const QString text = QString::fromUtf8("這是一個關於台灣新聞的標題，內容包括政治、經濟、文化與社會的最新消息");
        docs << encode(QString::fromUtf8(rssWithTitles(text, text)), "BIG5");
        docs << encode(QStringLiteral("<?xml version=\"1.0\" encoding=\"koi8-r\"?>")
                           + QString::fromUtf8(rssWithTitles(QString::fromUtf8("Новости"), QStringLiteral("x"))),
                       "KOI8-R");
        QList<FeedParseResult> expected;
        for (const QByteArray &d : docs)
            expected << parseBytes(d);
        QList<int> jobs;
        for (int i = 0; i < 200; ++i)
            jobs << i;
        const QList<bool> same = QtConcurrent::blockingMapped(jobs, [&](int i) {
            const auto r = parseBytes(docs[i % docs.size()]);
            const auto &e = expected[i % docs.size()];
            return r.ok == e.ok && r.encoding == e.encoding && r.document.title == e.document.title
                && r.document.entries == e.document.entries;
        });
        QVERIFY(!same.contains(false));
        QCOMPARE(expected[2].document.title, text);
    }

    void notFeeds()
    {
        QVERIFY(!parseBytes("").ok);
        QVERIFY(!parseBytes("   \n ").ok);
        const auto svg = parseBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        QVERIFY(!svg.ok);
        QVERIFY2(svg.error.contains(QStringLiteral("not a feed")), qPrintable(svg.error));
        QVERIFY(!parseBytes("Hello, world").ok);
        QVERIFY(!parseBytes("<<<>>>").ok);
        QVERIFY(!parseBytes(QByteArray(100, '\0')).ok);
        // A feed behind an HTML doctype is still a feed (root element decides).
        const auto odd = parseBytes("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\" \"x\">"
                                    "<rss><channel><title>found</title></channel></rss>");
        QVERIFY(odd.ok);
        QCOMPARE(odd.document.title, QStringLiteral("found"));
    }
};

QTEST_GUILESS_MAIN(TestFeedParser)
#include "tst_feedparser.moc"
