// OPML import/export of the feed list (models/sources/feed/opml.h): real-world-shaped files
// under tests/data/opml (feedly's export, nested folders, outlines without xmlUrl, duplicates,
// other attribute spellings), hostile and wrong documents refused with a reason, and a
// write → parse round trip that keeps titles, URLs and folders.
#include "sources/feed/opml.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace fi;
using namespace fi::feed;

namespace {

QByteArray data(const char *name)
{
    QFile f(QStringLiteral(FOCUSINBOX_TESTDATA_DIR "/opml/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test file %s", name);
    return f.readAll();
}

const OpmlFeed *byUrl(const QList<OpmlFeed> &feeds, const QString &url)
{
    for (const OpmlFeed &f : feeds)
        if (f.xmlUrl == url)
            return &f;
    return nullptr;
}

} // namespace

class TestOpml : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void feedlyExport()
    {
        QString error;
        const auto feeds = parseOpml(data("feedly-export.opml"), &error);
        QVERIFY2(feeds, qPrintable(error));
        QCOMPARE(feeds->size(), 4);
        QCOMPARE(feeds->at(0).title, QStringLiteral("The GitHub Blog"));
        QCOMPARE(feeds->at(0).xmlUrl, QStringLiteral("https://github.blog/feed/"));
        QCOMPARE(feeds->at(0).htmlUrl, QStringLiteral("https://github.blog/"));
        QCOMPARE(feeds->at(0).category, QStringLiteral("Engineering blogs"));
        QCOMPARE(feeds->at(2).title, QStringLiteral("GitHub Status - Incident History"));
        QCOMPARE(feeds->at(2).category, QStringLiteral("Status"));
        // Top level: no category; the entity in the attribute is decoded once, as text.
        QCOMPARE(feeds->at(3).title, QStringLiteral("Qt Blog & Releases"));
        QCOMPARE(feeds->at(3).category, QString());
    }

    void nestedFoldersAndOutlinesWithoutXmlUrl()
    {
        QString error;
        const auto feeds = parseOpml(data("nested-folders.opml"), &error);
        QVERIFY2(feeds, qPrintable(error));
        // Folder paths join the enclosing folders' titles with "/".
        const OpmlFeed *aws = byUrl(*feeds, QStringLiteral("https://status.aws.amazon.com/rss/all.rss"));
        QVERIFY(aws);
        QCOMPARE(aws->category, QStringLiteral("Work/Status/Cloud"));
        QCOMPARE(aws->title, QStringLiteral("AWS Health"));
        const OpmlFeed *internal = byUrl(*feeds, QStringLiteral("https://status.example.com/history.atom"));
        QVERIFY(internal);
        QCOMPARE(internal->category, QStringLiteral("Work/Status"));
        QCOMPARE(internal->htmlUrl, QStringLiteral("https://status.example.com/"));
        // "xmlurl" in lower case is the same attribute; "title" stands in for a missing "text".
        QCOMPARE(feeds->at(2).xmlUrl, QStringLiteral("https://blog.example.com/feed.json"));
        QCOMPARE(feeds->at(2).category, QStringLiteral("Work"));
        const OpmlFeed *qt = byUrl(*feeds, QStringLiteral("https://download.qt.io/snapshots/releases.atom"));
        QVERIFY(qt);
        QCOMPARE(qt->title, QStringLiteral("Qt releases"));
        QCOMPARE(qt->category, QStringLiteral("Releases"));
        // A feed outline is not a folder: what it holds stays in the enclosing folder.
        const OpmlFeed *notes = byUrl(*feeds, QStringLiteral("https://www.qt.io/blog/tag/qt-6.4/rss.xml"));
        QVERIFY(notes);
        QCOMPARE(notes->category, QStringLiteral("Releases"));
        // The link outline and the note (no xmlUrl) are not feeds; an untitled feed is kept.
        for (const OpmlFeed &f : *feeds)
            QVERIFY2(!f.xmlUrl.contains(QLatin1String("wiki.example.com")), qPrintable(f.xmlUrl));
        const OpmlFeed *local = byUrl(*feeds, QStringLiteral("file:///var/lib/feeds/local.xml"));
        QVERIFY(local);
        QCOMPARE(local->title, QString());
        QCOMPARE(local->category, QString());
        // The duplicate is reported as the file has it (import skips it: tst_opmlimport).
        QCOMPARE(feeds->size(), 7);
        int teamBlog = 0;
        for (const OpmlFeed &f : *feeds)
            teamBlog += f.xmlUrl == QLatin1String("https://blog.example.com/feed.json");
        QCOMPARE(teamBlog, 2);
    }

    void latin1Opml1()
    {
        QString error;
        const auto feeds = parseOpml(data("latin1-opml1.opml"), &error);
        QVERIFY2(feeds, qPrintable(error));
        QCOMPARE(feeds->size(), 1);
        QCOMPARE(feeds->at(0).title, QStringLiteral("Café & Co"));
        QCOMPARE(feeds->at(0).category, QStringLiteral("Actualités"));
    }

    void billionLaughsRefusedQuickly()
    {
        QElapsedTimer timer;
        timer.start();
        QString error;
        const auto feeds = parseOpml(data("billion-laughs.opml"), &error);
        QVERIFY(!feeds);
        QVERIFY2(error.contains(QLatin1String("DTD")), qPrintable(error));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    }

    void externalDtdRefused()
    {
        QString error;
        QVERIFY(!parseOpml(data("external-dtd.opml"), &error));
        QVERIFY2(error.contains(QLatin1String("DTD")), qPrintable(error));
    }

    void notOpmlRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("rss") << data("rss-not-opml.xml") << QStringLiteral("root element is <rss>");
        QTest::newRow("html") << data("html-not-opml.html") << QStringLiteral("not an OPML file");
        QTest::newRow("truncated") << data("truncated.opml") << QStringLiteral("not well-formed at line");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("json") << QByteArray("{\"version\": \"https://jsonfeed.org/version/1.1\"}")
                              << QStringLiteral("not an OPML file");
        QTest::newRow("no body") << QByteArray("<opml version=\"2.0\"><head/></opml>") << QStringLiteral("no <body>");
    }

    void notOpmlRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!parseOpml(bytes, &error));
        QVERIFY2(error.contains(expected, Qt::CaseInsensitive), qPrintable(error));
    }

    void limits()
    {
        // Deeper than 32 folders: refused with the reason, not a stack of 10,000 levels.
        QByteArray deep = "<opml version=\"2.0\"><body>";
        for (int i = 0; i < 40; ++i)
            deep += "<outline text=\"f\">";
        deep += "<outline type=\"rss\" text=\"x\" xmlUrl=\"https://example.com/x\"/>";
        for (int i = 0; i < 40; ++i)
            deep += "</outline>";
        deep += "</body></opml>";
        QString error;
        QVERIFY(!parseOpml(deep, &error));
        QVERIFY2(error.contains(QLatin1String("32")), qPrintable(error));

        QByteArray many = "<opml version=\"2.0\"><body>";
        for (int i = 0; i < 10001; ++i)
            many += "<outline type=\"rss\" text=\"x\" xmlUrl=\"https://example.com/" + QByteArray::number(i) + "\"/>";
        many += "</body></opml>";
        QVERIFY(!parseOpml(many, &error));
        QVERIFY2(error.contains(QLatin1String("10000")), qPrintable(error));

        QVERIFY(!parseOpml(QByteArray(9 * 1024 * 1024, ' '), &error));
        QVERIFY2(error.contains(QLatin1String("too large")), qPrintable(error));
    }

    void writeParseRoundTrip()
    {
        const QList<OpmlFeed> feeds{
            {QStringLiteral("GitHub Status"), QStringLiteral("https://www.githubstatus.com/history.atom"),
             QStringLiteral("https://www.githubstatus.com/"), QStringLiteral("Work/Status")},
            {QStringLiteral("Team <blog> & \"news\""), QStringLiteral("https://blog.example.com/feed.json?a=1&b=2"),
             QString(), QStringLiteral("Work")},
            {QStringLiteral("Top"), QStringLiteral("file:///home/ana/feeds/local.xml"), QString(), QString()},
            {QStringLiteral("AWS"), QStringLiteral("https://status.aws.amazon.com/rss/all.rss"), QString(),
             QStringLiteral("Work/Status")},
            {QString(), QStringLiteral("https://untitled.example.com/rss"), QString(), QStringLiteral("Café ☕")},
            {QStringLiteral("Bell\x07 in title"), QStringLiteral("https://bell.example.com/rss"), QString(), QString()},
        };
        const QByteArray bytes = writeOpml(feeds, QStringLiteral("Focus Inbox feeds"));
        QVERIFY(bytes.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        QVERIFY(bytes.contains("<opml version=\"2.0\">"));
        QVERIFY(bytes.contains("<dateCreated>"));
        QString error;
        const auto back = parseOpml(bytes, &error);
        QVERIFY2(back, qPrintable(error + QString::fromUtf8(bytes)));
        QCOMPARE(back->size(), feeds.size());
        for (const OpmlFeed &f : feeds) {
            const OpmlFeed *b = byUrl(*back, f.xmlUrl);
            QVERIFY2(b, qPrintable(f.xmlUrl));
            QCOMPARE(b->category, f.category);
            QCOMPARE(b->htmlUrl, f.htmlUrl);
            if (f.title.isEmpty())
                QCOMPARE(b->title, f.xmlUrl);  // "text" is required: the URL stands in
            else
                QCOMPARE(b->title, QString(f.title).remove(QChar(0x07)));
        }
        // Folders are written once each and nested: Work holds Status, which holds both status feeds.
        QCOMPARE(bytes.count("text=\"Work\""), 1);
        QCOMPARE(bytes.count("text=\"Status\""), 1);
        // Feeds in one folder keep their order.
        QVERIFY(bytes.indexOf("githubstatus") < bytes.indexOf("status.aws"));
    }
};

QTEST_GUILESS_MAIN(TestOpml)
#include "tst_opml.moc"
