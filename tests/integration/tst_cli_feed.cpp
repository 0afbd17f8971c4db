// Feeds end to end through the real executable, as a script would use them, against a real HTTP
// server on 127.0.0.1 (tests/support/httpserver): sources add feed → sync → list --json (kind,
// url, subject = the title as text, remote_id = the entry's identity); import-opml → export-opml
// keeping titles, URLs and folders; bad URLs, non-feeds and hostile OPML refused with a reason
// and nothing stored.
#include "cliprocess.h"
#include "httpserver.h"
#include "sources/feed/feedkind.h"
#include "sources/feed/opml.h"
#include "storage/itemstore.h"

#include <QFile>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using fi::test::CliResult;
using fi::test::HttpServer;
using fi::test::runCli;

namespace {

/// A file of tests/data/<dir>/.
QByteArray testData(const char *name, const char *dir = "opml")
{
    QFile f(QStringLiteral(FOCUSINBOX_TESTDATA_DIR "/") + QLatin1String(dir) + u'/' + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test file %s", name);
    return f.readAll();
}

QString testDataPath(const char *name)
{
    return QStringLiteral(FOCUSINBOX_TESTDATA_DIR "/opml/") + QLatin1String(name);
}

/// `sources list` lines: id \t kind \t name \t location.
QList<QStringList> sourceLines(const QString &dataDir)
{
    const CliResult r = runCli(dataDir, {QStringLiteral("sources"), QStringLiteral("list")});
    QList<QStringList> lines;
    for (const QByteArray &line : r.out.split('\n'))
        if (!line.trimmed().isEmpty())
            lines << QString::fromUtf8(line).split(u'\t');
    return lines;
}

QString describe(const CliResult &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

} // namespace

class TestCliFeed : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        // An Atom 1.0 feed as a status page publishes it (an HTML title, a relative link, tag: ids)
        // and RSS 2.0 with a guid that is not a permalink.
        QVERIFY(m_server.put(QStringLiteral("status/history.atom"), testData("status.atom", "feeds-cli")));
        QVERIFY(m_server.put(QStringLiteral("releases.rss"), testData("releases.rss", "feeds-cli")));
        QVERIFY(m_server.put(QStringLiteral("page.html"),
                             "<!DOCTYPE html><html><head><title>A page</title></head><body><p>Hello</p></body></html>"));
        QVERIFY(m_server.put(QStringLiteral("blog/index.html"),
                             "<!DOCTYPE html><html><head><title>Release blog</title>"
                             "<link rel=\"stylesheet\" href=\"/style.css\">"
                             "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Releases\" href=\"../releases.rss\">"
                             "</head><body><p>Our releases</p></body></html>"));
    }

    void webPageFindsItsFeed()
    {
        // A web page that announces its feed (<link rel="alternate">) adds that feed.
        QTemporaryDir dir;
        CliResult r = runCli(dir.path(), {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("feed"),
                                          m_server.url(QStringLiteral("blog/index.html")).toString()});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("is a web page; it announces the feed"), qPrintable(describe(r)));
        const QList<QStringList> sources = sourceLines(dir.path());
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources.at(0).value(3), m_server.url(QStringLiteral("releases.rss")).toString());
        r = runCli(dir.path(), {QStringLiteral("sync")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = runCli(dir.path(), {QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.jsonLines().size(), 1);
        QCOMPARE(r.jsonLines().at(0).value(QLatin1String("subject")).toString(), QStringLiteral("Version 2.1.0"));
    }

    void addSyncListJson()
    {
        QTemporaryDir dir;
        const QString statusUrl = m_server.url(QStringLiteral("status/history.atom")).toString();
        CliResult r = runCli(dir.path(), {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("feed"), statusUrl,
                                          QStringLiteral("--interval"), QStringLiteral("15")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("Added source"), qPrintable(describe(r)));
        r = runCli(dir.path(), {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("feed"),
                                m_server.url(QStringLiteral("releases.rss")).toString(), QStringLiteral("--name"),
                                QStringLiteral("Releases")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));

        // Without --name the feed's title names the source; --name wins.
        const QList<QStringList> sources = sourceLines(dir.path());
        QCOMPARE(sources.size(), 2);
        QCOMPARE(sources.at(0).value(1), QStringLiteral("feed"));
        QCOMPARE(sources.at(0).value(2), QStringLiteral("Example Status"));
        QCOMPARE(sources.at(0).value(3), statusUrl);
        QCOMPARE(sources.at(1).value(2), QStringLiteral("Releases"));

        r = runCli(dir.path(), {QStringLiteral("sync")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = runCli(dir.path(), {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--state"), QStringLiteral("all")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QList<QJsonObject> items = r.jsonLines();
        QCOMPARE(items.size(), 3);
        QHash<QString, QJsonObject> byId;
        for (const QJsonObject &o : items) {
            QCOMPARE(o.value(QLatin1String("kind")).toString(), QStringLiteral("feed"));
            byId.insert(o.value(QLatin1String("remote_id")).toString(), o);
        }
        const QJsonObject incident = byId.value(QStringLiteral("tag:status.example.test,2026:incident/42"));
        QVERIFY2(!incident.isEmpty(), qPrintable(QString::fromUtf8(r.out)));
        // The HTML title as text: tags gone, entities decoded once.
        QCOMPARE(incident.value(QLatin1String("subject")).toString(), QStringLiteral("Elevated error rates on the API & webhooks"));
        // The relative link resolved against xml:base.
        QCOMPARE(incident.value(QLatin1String("url")).toString(), QStringLiteral("http://status.example.test/incidents/42"));
        QCOMPARE(incident.value(QLatin1String("source")).toString(), QStringLiteral("Example Status"));
        // Feeds are Reference without a deadline unless a rule says otherwise.
        QCOMPARE(incident.value(QLatin1String("tier")).toInt(), 1);
        QVERIFY(incident.value(QLatin1String("due")).isNull());

        const QJsonObject maintenance = byId.value(QStringLiteral("tag:status.example.test,2026:maintenance/7"));
        QCOMPARE(maintenance.value(QLatin1String("subject")).toString(), QStringLiteral("Scheduled maintenance"));
        QCOMPARE(maintenance.value(QLatin1String("url")).toString(), QStringLiteral("http://status.example.test/maintenance/7"));

        const QJsonObject release = byId.value(QStringLiteral("release-2.1.0"));
        QVERIFY2(!release.isEmpty(), qPrintable(QString::fromUtf8(r.out)));
        QCOMPARE(release.value(QLatin1String("subject")).toString(), QStringLiteral("Version 2.1.0"));
        QCOMPARE(release.value(QLatin1String("url")).toString(), QStringLiteral("http://releases.example.test/2.1.0"));
        QCOMPARE(release.value(QLatin1String("source")).toString(), QStringLiteral("Releases"));

        // The same feed again (another spelling of its URL) is refused.
        r = runCli(dir.path(), {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("feed"),
                                statusUrl + QStringLiteral("#top")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("Already added as source"), qPrintable(describe(r)));
        QCOMPARE(sourceLines(dir.path()).size(), 2);
    }

    void localFileAndInterval()
    {
        // A path without a scheme names a local file (stored as its file:// URL); --interval is
        // the source's refresh interval setting.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("releases.xml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(testData("releases.rss", "feeds-cli"));
        f.close();
        const QString data = dir.filePath(QStringLiteral("data"));
        CliResult r = runCli(data, {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("feed"), path,
                                    QStringLiteral("--interval"), QStringLiteral("15")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QList<QStringList> sources = sourceLines(data);
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources.at(0).value(2), QStringLiteral("Release notes"));
        QCOMPARE(sources.at(0).value(3), QUrl::fromLocalFile(path).toString());
        {
            fi::ItemStore store(data + QStringLiteral("/focusinbox.sqlite"));
            QCOMPARE(store.open(), fi::OpenError::None);
            QCOMPARE(store.sources().value(0).settings.value(QLatin1String(fi::feed::kIntervalSetting)).toInt(), 15);
        }
        r = runCli(data, {QStringLiteral("sync")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = runCli(data, {QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.jsonLines().size(), 1);
        QCOMPARE(r.jsonLines().at(0).value(QLatin1String("kind")).toString(), QStringLiteral("feed"));
        QCOMPARE(r.jsonLines().at(0).value(QLatin1String("subject")).toString(), QStringLiteral("Version 2.1.0"));
    }

    void badUrlsAreRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("ftp") << QStringLiteral("ftp://ftp.example.test/feed.xml") << 2 << QStringLiteral("use http, https or file");
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << 2 << QStringLiteral("scheme \"javascript\" is not supported");
        QTest::newRow("no scheme") << QStringLiteral("example.test/feed.xml") << 2 << QStringLiteral("needs to start with http://");
        QTest::newRow("no host") << QStringLiteral("http:///feed.xml") << 2 << QStringLiteral("has no host name");
        QTest::newRow("missing file") << QStringLiteral("file:///nonexistent/feed.xml") << 1 << QStringLiteral("Cannot use");
        // Reachable, but not a feed: refused with the server's or the parser's reason.
        QTest::newRow("404") << QStringLiteral("HTTP:/missing.xml") << 1 << QStringLiteral("404");
        QTest::newRow("html page") << QStringLiteral("HTTP:/page.html") << 1 << QStringLiteral("Cannot use");
    }

    void badUrlsAreRefused()
    {
        QFETCH(QString, url);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        if (url.startsWith(QLatin1String("HTTP:/")))
            url = m_server.url(url.mid(6)).toString();
        QTemporaryDir dir;
        const CliResult r = runCli(dir.path(), {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("feed"), url});
        QVERIFY2(r.exitCode == exitCode, qPrintable(describe(r)));
        QVERIFY2(QString::fromUtf8(r.err).contains(message), qPrintable(describe(r)));
        QVERIFY2(!r.err.contains("usage:"), qPrintable(describe(r)));  // the reason, not just the usage
        QVERIFY(sourceLines(dir.path()).isEmpty());
    }

    void badIntervalIsRefused()
    {
        QTemporaryDir dir;
        for (const char *interval : {"2", "ten", "-30"}) {
            const CliResult r = runCli(dir.path(), {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("feed"),
                                                    m_server.url(QStringLiteral("releases.rss")).toString(),
                                                    QStringLiteral("--interval"), QLatin1String(interval)});
            QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
            QVERIFY2(r.err.contains("--interval must be a whole number of minutes, at least 5"), qPrintable(describe(r)));
        }
        QVERIFY(sourceLines(dir.path()).isEmpty());
    }

    void importThenExportRoundTrip()
    {
        QTemporaryDir dir;
        CliResult r = runCli(dir.path(), {QStringLiteral("sources"), QStringLiteral("import-opml"), testDataPath("nested-folders.opml")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        // 7 feed outlines, one listed twice.
        QVERIFY2(r.out.contains(": 6 added, 1 skipped"), qPrintable(describe(r)));
        QCOMPARE(sourceLines(dir.path()).size(), 6);
        for (const QStringList &line : sourceLines(dir.path()))
            QCOMPARE(line.value(1), QStringLiteral("feed"));

        // Importing again adds nothing.
        r = runCli(dir.path(), {QStringLiteral("sources"), QStringLiteral("import-opml"), testDataPath("nested-folders.opml")});
        QVERIFY2(r.exitCode == 0 && r.out.contains(": 0 added, 7 skipped"), qPrintable(describe(r)));
        QCOMPARE(sourceLines(dir.path()).size(), 6);

        // export-opml without FILE writes the document to stdout.
        r = runCli(dir.path(), {QStringLiteral("sources"), QStringLiteral("export-opml")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QString error;
        const auto exported = fi::feed::parseOpml(r.out, &error);
        QVERIFY2(exported, qPrintable(error + QString::fromUtf8(r.out)));
        const auto original = fi::feed::parseOpml(testData("nested-folders.opml"), &error);
        QVERIFY(original);
        QCOMPARE(exported->size(), 6);
        QSet<QString> seen;
        for (const fi::feed::OpmlFeed &o : *original) {
            if (seen.contains(o.xmlUrl))
                continue;  // the duplicate was skipped; the first listing stays
            seen.insert(o.xmlUrl);
            const fi::feed::OpmlFeed *e = nullptr;
            for (const fi::feed::OpmlFeed &candidate : *exported)
                if (candidate.xmlUrl == o.xmlUrl)
                    e = &candidate;
            QVERIFY2(e, qPrintable(o.xmlUrl));
            QCOMPARE(e->category, o.category);
            QCOMPARE(e->htmlUrl, o.htmlUrl);
            // An untitled feed is named after its file (or host) on import.
            QCOMPARE(e->title, o.title.isEmpty() ? QStringLiteral("local.xml") : o.title);
        }

        // export-opml FILE, then import-opml of that file into a new data directory: the same feeds.
        const QString file = dir.filePath(QStringLiteral("feeds.opml"));
        r = runCli(dir.path(), {QStringLiteral("sources"), QStringLiteral("export-opml"), file});
        QVERIFY2(r.exitCode == 0 && r.out.contains(": 6."), qPrintable(describe(r)));
        QTemporaryDir other;
        r = runCli(other.path(), {QStringLiteral("sources"), QStringLiteral("import-opml"), file});
        QVERIFY2(r.exitCode == 0 && r.out.contains(": 6 added, 0 skipped"), qPrintable(describe(r)));
        auto withoutIds = [](const QList<QStringList> &lines) {  // kind, name, location
            QStringList out;
            for (const QStringList &line : lines)
                out << line.mid(1).join(u'\t');
            out.sort();
            return out;
        };
        QCOMPARE(withoutIds(sourceLines(other.path())), withoutIds(sourceLines(dir.path())));
        r = runCli(other.path(), {QStringLiteral("sources"), QStringLiteral("export-opml")});
        const auto again = fi::feed::parseOpml(r.out, &error);
        QVERIFY(again);
        QCOMPARE(again->size(), exported->size());
        for (int i = 0; i < again->size(); ++i) {
            QCOMPARE(again->at(i).xmlUrl, exported->at(i).xmlUrl);
            QCOMPARE(again->at(i).category, exported->at(i).category);
            QCOMPARE(again->at(i).title, exported->at(i).title);
        }
    }

    void importedFolderReachesTheRules()
    {
        // An OPML folder becomes the source's category and its entries' "feed.category"
        // attribute: with the documented example rules (docs/examples/feed-status-now.json) as
        // config.json, the entries of a feed imported into a "Status" folder land in Now without
        // a deadline, those of a feed in another folder stay in Reference.
        QTemporaryDir dir;
        QVERIFY(QFile::copy(QStringLiteral(FOCUSINBOX_SOURCE_DIR "/docs/examples/feed-status-now.json"),
                            dir.filePath(QStringLiteral("config.json"))));
        const QByteArray opml = "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>t</title></head><body>"
                                "<outline text=\"Ops\"><outline text=\"Status\">"
                                "<outline type=\"rss\" text=\"Loopback status\" xmlUrl=\""
            + m_server.url(QStringLiteral("status/history.atom")).toEncoded()
            + "\"/></outline></outline><outline text=\"Releases\"><outline type=\"rss\" text=\"Loopback releases\" xmlUrl=\""
            + m_server.url(QStringLiteral("releases.rss")).toEncoded() + "\"/></outline></body></opml>";
        const QString file = dir.filePath(QStringLiteral("in.opml"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(opml);
        f.close();
        CliResult r = runCli(dir.path(), {QStringLiteral("sources"), QStringLiteral("import-opml"), file});
        QVERIFY2(r.exitCode == 0 && r.out.contains(": 2 added, 0 skipped"), qPrintable(describe(r)));
        QVERIFY2(!r.err.contains("config:"), qPrintable(describe(r)));  // the example loads cleanly
        r = runCli(dir.path(), {QStringLiteral("sync")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = runCli(dir.path(), {QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.jsonLines().size(), 3);
        for (const QJsonObject &o : r.jsonLines()) {
            const bool status = o.value(QLatin1String("source")).toString() == QLatin1String("Loopback status");
            QCOMPARE(o.value(QLatin1String("tier")).toInt(), status ? 3 : 1);
            QCOMPARE(o.value(QLatin1String("tier_reason")).toString(),
                     status ? QStringLiteral("status-page-now") : QStringLiteral("kind-default"));
            QVERIFY(o.value(QLatin1String("due")).isNull());
        }
        r = runCli(dir.path(), {QStringLiteral("sources"), QStringLiteral("export-opml")});
        QString error;
        const auto exported = fi::feed::parseOpml(r.out, &error);
        QVERIFY2(exported && exported->size() == 2, qPrintable(error));
        QCOMPARE(exported->at(0).category, QStringLiteral("Ops/Status"));
        QCOMPARE(exported->at(1).category, QStringLiteral("Releases"));
        // The OPML gave no htmlUrl: the export names the site the feeds' documents gave.
        QCOMPARE(exported->at(0).htmlUrl, QStringLiteral("http://status.example.test/"));
        QCOMPARE(exported->at(1).htmlUrl, QStringLiteral("http://releases.example.test/"));
    }

    void invalidOutlinesAreReported()
    {
        QTemporaryDir dir;
        const CliResult r = runCli(dir.path(), {QStringLiteral("sources"), QStringLiteral("import-opml"), testDataPath("invalid-urls.opml")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(": 2 added, 3 skipped"), qPrintable(describe(r)));
        for (const char *name : {"\"Script\" skipped", "\"Relative\" skipped", "\"FTP\" skipped"})
            QVERIFY2(r.err.contains(name), qPrintable(describe(r)));
        QStringList locations;
        for (const QStringList &line : sourceLines(dir.path()))
            locations << line.value(3);
        // feed:// stands for http://
        QCOMPARE(locations, (QStringList{QStringLiteral("https://good.example.com/feed.xml"),
                                         QStringLiteral("http://legacy.example.com/rss")}));
    }

    void hostileOrWrongOpmlIsRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("billion laughs") << testDataPath("billion-laughs.opml") << QStringLiteral("DTD");
        QTest::newRow("rss") << testDataPath("rss-not-opml.xml") << QStringLiteral("not an OPML file");
        QTest::newRow("truncated") << testDataPath("truncated.opml") << QStringLiteral("not well-formed");
        QTest::newRow("missing") << QStringLiteral("/nonexistent/feeds.opml") << QStringLiteral("Cannot read");
    }

    void hostileOrWrongOpmlIsRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const CliResult r = runCli(dir.path(), {QStringLiteral("sources"), QStringLiteral("import-opml"), file});
        QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
        QVERIFY2(QString::fromUtf8(r.err).contains(message), qPrintable(describe(r)));
        QVERIFY(sourceLines(dir.path()).isEmpty());  // nothing stored half-way
    }

    void exportToAnUnwritablePlaceFails()
    {
        QTemporaryDir dir;
        const CliResult r = runCli(dir.path(), {QStringLiteral("sources"), QStringLiteral("export-opml"),
                                                dir.filePath(QStringLiteral("no/such/dir/feeds.opml"))});
        QVERIFY2(r.exitCode == 3, qPrintable(describe(r)));
        QVERIFY2(r.err.contains("Cannot write"), qPrintable(describe(r)));
        // With no feeds, stdout still gets a valid, empty OPML document.
        const CliResult empty = runCli(dir.path(), {QStringLiteral("sources"), QStringLiteral("export-opml")});
        QCOMPARE(empty.exitCode, 0);
        QString error;
        const auto feeds = fi::feed::parseOpml(empty.out, &error);
        QVERIFY2(feeds && feeds->isEmpty(), qPrintable(error));
    }

    void helpNamesTheFeedCommands()
    {
        QTemporaryDir dir;
        const CliResult r = runCli(dir.path(), {QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("sources add feed URL [--name N] [--interval MINUTES]"));
        QVERIFY(r.out.contains("sources import-opml FILE"));
        QVERIFY(r.out.contains("sources export-opml [FILE]"));
        const CliResult wrong = runCli(dir.path(), {QStringLiteral("sources"), QStringLiteral("import-opml")});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains("usage: focusinbox sources import-opml FILE"), qPrintable(describe(wrong)));
        const CliResult unknown = runCli(dir.path(), {QStringLiteral("sources"), QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("add|list|import-opml|export-opml"), qPrintable(describe(unknown)));
    }

private:
    HttpServer m_server;
};

QTEST_GUILESS_MAIN(TestCliFeed)
#include "tst_cli_feed.moc"
