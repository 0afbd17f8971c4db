// Feed autodiscovery (models/sources/feed/feeddiscovery.h): the feeds a web page announces with
// <link rel="alternate" type="application/rss+xml|atom+xml|feed+json">, resolved against
// <base href> and the page URL, in document order, without duplicates, http(s) only, from
// pages shaped like the real ones (WordPress, Jekyll, static sites with broken markup); and the
// "is this a page or a feed?" sniffing of looksLikeHtml().
#include "sources/feed/feeddiscovery.h"

#include <QElapsedTimer>
#include <QTest>

using namespace fi::feed;

namespace {

QStringList urlsOf(const QList<DiscoveredFeed> &feeds)
{
    QStringList out;
    for (const DiscoveredFeed &f : feeds)
        out << f.url.toString();
    return out;
}

const QUrl kPage(QStringLiteral("https://blog.example.org/2024/05/hello-world/"));

} // namespace

class TestFeedDiscovery : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void wordpressPageListsItsFeedsNotItsApis();
    void baseHrefAppliesToEveryLink();
    void relativeHrefsResolveAgainstThePage();
    void relVariants();
    void nonHttpSchemesAreDropped();
    void duplicatesAreDropped();
    void brokenMarkupStillYieldsTheFeeds();
    void encodings();
    void nothingToFind();
    void deepNestingIsBounded();
    void looksLikeHtml_data();
    void looksLikeHtml();
};

void TestFeedDiscovery::wordpressPageListsItsFeedsNotItsApis()
{
    // The head of a stock WordPress 6 post: the site feed, the comments feed, oEmbed
    // discovery (JSON and XML) and the REST API link, plus stylesheets and an icon.
    const QByteArray page = R"PAGE(<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hello world! &#8211; Example Blog</title>
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="Example Blog &raquo; Feed" href="https://blog.example.org/feed/" />
<link rel="alternate" type="application/rss+xml" title="Example Blog &raquo; Comments Feed" href="https://blog.example.org/comments/feed/" />
<link rel="alternate" type="application/rss+xml" title="Example Blog &raquo; Hello world! Comments Feed" href="https://blog.example.org/2024/05/hello-world/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='https://blog.example.org/wp-includes/css/dist/block-library/style.min.css?ver=6.5' media='all' />
<link rel="https://api.w.org/" href="https://blog.example.org/wp-json/" />
<link rel="alternate" type="application/json" href="https://blog.example.org/wp-json/wp/v2/posts/1" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="https://blog.example.org/xmlrpc.php?rsd" />
<link rel="canonical" href="https://blog.example.org/2024/05/hello-world/" />
<link rel="alternate" type="application/json+oembed" href="https://blog.example.org/wp-json/oembed/1.0/embed?url=x" />
<link rel="alternate" type="text/xml+oembed" href="https://blog.example.org/wp-json/oembed/1.0/embed?url=x&#038;format=xml" />
<link rel="icon" href="https://blog.example.org/wp-content/uploads/cropped-icon-32x32.png" sizes="32x32" />
</head>
<body class="post-template-default single"><p>Welcome to WordPress.</p></body>
</html>)PAGE";
    const QList<DiscoveredFeed> feeds = discoverFeeds(page, kPage);
    QCOMPARE(urlsOf(feeds), (QStringList{QStringLiteral("https://blog.example.org/feed/"),
                                         QStringLiteral("https://blog.example.org/comments/feed/"),
                                         QStringLiteral("https://blog.example.org/2024/05/hello-world/feed/")}));
    QCOMPARE(feeds.at(0).title, QStringLiteral("Example Blog » Feed"));  // entity decoded, plain text
    QCOMPARE(feeds.at(1).title, QStringLiteral("Example Blog » Comments Feed"));
    QCOMPARE(feeds.at(0).type, QStringLiteral("application/rss+xml"));
}

void TestFeedDiscovery::baseHrefAppliesToEveryLink()
{
    // The first <base href> counts, even for a link before it; it is itself relative to the page.
    const QByteArray page = R"PAGE(<html><head>
<link rel="alternate" type="application/atom+xml" title="Atom" href="atom.xml">
<base href="/blog/">
<base href="https://elsewhere.example.net/">
<link rel="alternate" type="application/feed+json" title="JSON" href="feed.json">
<link rel="alternate" type="application/rss+xml" title="Root" href="/rss.xml">
</head><body></body></html>)PAGE";
    const QList<DiscoveredFeed> feeds = discoverFeeds(page, kPage);
    QCOMPARE(urlsOf(feeds), (QStringList{QStringLiteral("https://blog.example.org/blog/atom.xml"),
                                         QStringLiteral("https://blog.example.org/blog/feed.json"),
                                         QStringLiteral("https://blog.example.org/rss.xml")}));
    QCOMPARE(feeds.at(1).type, QStringLiteral("application/feed+json"));

    // A base with a scheme that is not http(s) is ignored: links resolve against the page.
    const QByteArray odd = R"PAGE(<head><base href="javascript:void(0)/"><link rel=alternate type=application/rss+xml href="r.xml"></head>)PAGE";
    QCOMPARE(urlsOf(discoverFeeds(odd, kPage)),
             QStringList{QStringLiteral("https://blog.example.org/2024/05/hello-world/r.xml")});
}

void TestFeedDiscovery::relativeHrefsResolveAgainstThePage()
{
    const QByteArray page = R"PAGE(<!doctype html><html><head>
<link rel="alternate" type="application/atom+xml" href="../../../atom.xml">
<link rel="alternate" type="application/rss+xml" href="//cdn.example.com/feeds/main.rss">
<link rel="alternate" type="application/rss+xml" href="  feed.xml?lang=en&amp;x=1  ">
<link rel="alternate" type="application/rss+xml" href="">
</head></html>)PAGE";
    QCOMPARE(urlsOf(discoverFeeds(page, kPage)),
             (QStringList{QStringLiteral("https://blog.example.org/atom.xml"),
                          QStringLiteral("https://cdn.example.com/feeds/main.rss"),  // scheme of the page
                          QStringLiteral("https://blog.example.org/2024/05/hello-world/feed.xml?lang=en&x=1")}));
    // Over plain http the protocol-relative link stays http.
    QCOMPARE(discoverFeeds(page, QUrl(QStringLiteral("http://blog.example.org/"))).value(1).url,
             QUrl(QStringLiteral("http://cdn.example.com/feeds/main.rss")));
}

void TestFeedDiscovery::relVariants()
{
    const QByteArray page = R"PAGE(<html><head>
<link rel="Alternate" type="Application/RSS+XML" href="/a.rss">
<link rel="alternate feed" type="application/atom+xml" href="/b.atom">
<link rel=" feed  alternate " type="application/atom+xml; charset=utf-8" href="/c.atom">
<link rel="feed" href="/d">
<link rel="alternate stylesheet" type="text/css" href="/dark.css" title="Dark">
<link rel="feed" type="text/html" href="/blog/">
<link rel="alternate" hreflang="de" href="/de/">
<link rel="alternate" type="text/html" href="/print/">
<link rel="prefetch" type="application/rss+xml" href="/not-announced.rss">
<link type="application/rss+xml" href="/no-rel.rss">
<LINK REL="ALTERNATE" TYPE="application/rss+xml" HREF="/upper.rss">
</head></html>)PAGE";
    const QList<DiscoveredFeed> feeds = discoverFeeds(page, kPage);
    QCOMPARE(urlsOf(feeds), (QStringList{QStringLiteral("https://blog.example.org/a.rss"),
                                         QStringLiteral("https://blog.example.org/b.atom"),
                                         QStringLiteral("https://blog.example.org/c.atom"),
                                         QStringLiteral("https://blog.example.org/d"),
                                         QStringLiteral("https://blog.example.org/upper.rss")}));
    QCOMPARE(feeds.at(0).type, QStringLiteral("application/rss+xml"));  // lower-cased
    QCOMPARE(feeds.at(2).type, QStringLiteral("application/atom+xml")); // parameters dropped
    QCOMPARE(feeds.at(3).type, QString());
}

void TestFeedDiscovery::nonHttpSchemesAreDropped()
{
    const QByteArray page = R"PAGE(<html><head>
<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
<link rel="alternate" type="application/rss+xml" href="file:///etc/passwd">
<link rel="alternate" type="application/rss+xml" href="data:application/rss+xml,%3Crss%2F%3E">
<link rel="alternate" type="application/rss+xml" href="feed://blog.example.org/feed/">
<link rel="alternate" type="application/rss+xml" href="ftp://ftp.example.org/feed.xml">
<link rel="alternate" type="application/rss+xml" href="http:///no-host">
<link rel="alternate" type="application/rss+xml" href="http://blog.example.org/ok.xml">
</head></html>)PAGE";
    QCOMPARE(urlsOf(discoverFeeds(page, kPage)), QStringList{QStringLiteral("http://blog.example.org/ok.xml")});
}

void TestFeedDiscovery::duplicatesAreDropped()
{
    const QByteArray page = R"PAGE(<html><head>
<link rel="alternate" type="application/rss+xml" title="First" href="/feed/">
<link rel="alternate" type="application/atom+xml" title="Again" href="https://blog.example.org/feed/">
<link rel="alternate" type="application/rss+xml" title="Fragment" href="/feed/#top">
</head><body>
<link rel="alternate" type="application/rss+xml" title="Body" href="/feed/">
</body></html>)PAGE";
    const QList<DiscoveredFeed> feeds = discoverFeeds(page, kPage);
    QCOMPARE(feeds.size(), 1);
    QCOMPARE(feeds.at(0).title, QStringLiteral("First"));
}

void TestFeedDiscovery::brokenMarkupStillYieldsTheFeeds()
{
    // No </head>, unquoted and unterminated attributes, a stray NUL, links after an unclosed
    // <div> in the body, a truncated last tag: the tolerant parser still finds the links.
    QByteArray page = "<html><head><title>Status <b>page</title>\n"
                      "<meta http-equiv=Content-Type content=text/html>\n"
                      "<link rel=alternate type=application/atom+xml title=Incidents href=/history.atom>\n"
                      "<div><p>Broken <i>markup<table><tr><td>cell";
    page += '\0';
    page += "</td>\n<link rel='alternate' type='application/rss+xml' title='RSS <b>feed</b>' href='/history.rss'>\n"
            "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/cut";
    const QList<DiscoveredFeed> feeds =
        discoverFeeds(page, QUrl(QStringLiteral("https://status.example.com/")));
    QVERIFY(feeds.size() >= 2);
    QCOMPARE(feeds.at(0).url, QUrl(QStringLiteral("https://status.example.com/history.atom")));
    QCOMPARE(feeds.at(0).title, QStringLiteral("Incidents"));
    QCOMPARE(feeds.at(1).url, QUrl(QStringLiteral("https://status.example.com/history.rss")));
    QCOMPARE(feeds.at(1).title, QStringLiteral("RSS <b>feed</b>"));  // an attribute is text, kept literally

    // Garbage that is not HTML at all: nothing found, no crash.
    QByteArray garbage;
    for (int i = 0; i < 5000; ++i)
        garbage.append(char((i * 7919) % 256));
    QVERIFY(discoverFeeds(garbage, kPage).isEmpty());
    QVERIFY(discoverFeeds("<link rel=alternate type=application/rss+xml href=", kPage).isEmpty());
}

void TestFeedDiscovery::encodings()
{
    // UTF-8 without any declaration (most pages today): titles come out right.
    const QByteArray utf8 = "<html><head><link rel=alternate type=application/rss+xml "
                            "title=\"Caf\xC3\xA9 \xE2\x80\x94 \xE6\x97\xA5\xE6\x9C\xAC\" href=/f></head></html>";
    QCOMPARE(discoverFeeds(utf8, kPage).value(0).title, QStringLiteral("Café — 日本"));
    // A declared legacy charset is followed.
    const QByteArray latin1 = "<html><head><meta charset=\"iso-8859-1\"><link rel=alternate "
                              "type=application/rss+xml title=\"Caf\xE9\" href=/f></head></html>";
    QCOMPARE(discoverFeeds(latin1, kPage).value(0).title, QStringLiteral("Café"));
    // Undeclared bytes that are not UTF-8: still parsed (as windows-1252/Latin-1), not dropped.
    const QByteArray undeclared = "<html><head><link rel=alternate type=application/rss+xml "
                                  "title=\"Na\xEFve\" href=/g></head></html>";
    const QList<DiscoveredFeed> feeds = discoverFeeds(undeclared, kPage);
    QCOMPARE(feeds.size(), 1);
    QCOMPARE(feeds.at(0).url, QUrl(QStringLiteral("https://blog.example.org/g")));
    QCOMPARE(feeds.at(0).title, QStringLiteral("Naïve"));
}

void TestFeedDiscovery::nothingToFind()
{
    QVERIFY(discoverFeeds({}, kPage).isEmpty());
    QVERIFY(discoverFeeds("<html><head><title>No feeds here</title></head><body>Hi</body></html>", kPage).isEmpty());
    // A feed handed to discovery by mistake announces nothing.
    QVERIFY(discoverFeeds("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
                          "<link>https://blog.example.org/</link></channel></rss>",
                          kPage)
                .isEmpty());
}

void TestFeedDiscovery::deepNestingIsBounded()
{
    // 200,000 nested elements and a link at the bottom: no stack overflow, bounded time.
    QByteArray page = "<html><head></head><body>";
    for (int i = 0; i < 200000; ++i)
        page += "<div>";
    page += "<link rel=alternate type=application/rss+xml href=/deep.xml>";
    QElapsedTimer timer;
    timer.start();
    const QList<DiscoveredFeed> feeds = discoverFeeds(page, kPage);
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(feeds.size() <= 1);  // libxml2 may stop descending; either way, no crash
}

void TestFeedDiscovery::looksLikeHtml_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<bool>("html");

    QTest::newRow("html5 page") << QByteArray("<!DOCTYPE html>\n<html><head>") << QByteArray("text/html; charset=utf-8") << true;
    QTest::newRow("page without doctype, served as xml")
        << QByteArray("\n  <html lang=en><head>") << QByteArray("text/xml") << true;
    QTest::newRow("xhtml with xml declaration")
        << QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" "
                      "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\">")
        << QByteArray("application/xhtml+xml") << true;
    QTest::newRow("BOM and comment before html")
        << QByteArray("\xEF\xBB\xBF<!-- generated -->\n<HTML>") << QByteArray() << true;
    QTest::newRow("error page fragment served as html")
        << QByteArray("Not Found") << QByteArray("text/html") << true;
    QTest::newRow("rss served as text/html")
        << QByteArray("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">") << QByteArray("text/html") << false;
    QTest::newRow("atom with a comment")
        << QByteArray("<?xml version='1.0'?><!-- hi --><feed xmlns=\"http://www.w3.org/2005/Atom\">")
        << QByteArray("application/atom+xml") << false;
    QTest::newRow("rdf") << QByteArray("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">")
                         << QByteArray("application/rdf+xml") << false;
    QTest::newRow("json feed") << QByteArray("{\"version\": \"https://jsonfeed.org/version/1.1\"}")
                               << QByteArray("application/feed+json") << false;
    QTest::newRow("unknown xml, no type") << QByteArray("<opml version=\"2.0\">") << QByteArray() << false;
    QTest::newRow("empty") << QByteArray() << QByteArray() << false;
}

void TestFeedDiscovery::looksLikeHtml()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(bool, html);
    QCOMPARE(fi::feed::looksLikeHtml(body, contentType), html);
}

QTEST_GUILESS_MAIN(TestFeedDiscovery)
#include "tst_feeddiscovery.moc"
