// OPML import into a real ItemStore (SQLite in a temporary directory) and the feed list for
// export (models/sources/feed/opml.h: importOpml, feedsOf): folders become the category setting,
// duplicates (in the file, or already a source under another spelling) and invalid URLs are
// skipped with a reason, everything else is added in one transaction.
#include "sources/feed/feedkind.h"
#include "sources/feed/opml.h"
#include "sources/maildir/maildirkind.h"
#include "storage/itemstore.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fi;
using namespace fi::feed;

namespace {

QList<OpmlFeed> parsed(const char *name)
{
    QFile f(QStringLiteral(FOCUSINBOX_TESTDATA_DIR "/opml/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test file %s", name);
    QString error;
    const auto feeds = parseOpml(f.readAll(), &error);
    if (!feeds)
        qFatal("%s does not parse: %s", name, qPrintable(error));
    return *feeds;
}

const SourceConfig *byLocation(const QList<SourceConfig> &sources, const QString &location)
{
    for (const SourceConfig &s : sources)
        if (s.location == location)
            return &s;
    return nullptr;
}

} // namespace

class TestOpmlImport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<ItemStore> m_store;
    int m_n = 0;

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<ItemStore>(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_n)));
        QCOMPARE(m_store->open(), OpenError::None);
    }
    void cleanup() { m_store.reset(); }

    void importsFoldersAsCategories()
    {
        QString error;
        const auto result = importOpml(*m_store, parsed("nested-folders.opml"), &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->added, 6);
        QCOMPARE(result->skipped, 1);  // the feed listed twice
        QCOMPARE(result->addedIds.size(), 6);
        QVERIFY(result->problems.isEmpty());

        const QList<SourceConfig> sources = m_store->sources();
        QCOMPARE(sources.size(), 6);
        for (const SourceConfig &s : sources) {
            QCOMPARE(s.kind, kindKey());
            QVERIFY(result->addedIds.contains(s.id));
        }
        const SourceConfig *aws = byLocation(sources, QStringLiteral("https://status.aws.amazon.com/rss/all.rss"));
        QVERIFY(aws);
        QCOMPARE(aws->name, QStringLiteral("AWS Health"));
        QCOMPARE(aws->settings.value(QLatin1String(kCategorySetting)).toString(), QStringLiteral("Work/Status/Cloud"));
        const SourceConfig *internal = byLocation(sources, QStringLiteral("https://status.example.com/history.atom"));
        QVERIFY(internal);
        QCOMPARE(internal->settings.value(QLatin1String(kSiteSetting)).toString(), QStringLiteral("https://status.example.com/"));
        // The first listing of the duplicate wins (its folder and title).
        const SourceConfig *blog = byLocation(sources, QStringLiteral("https://blog.example.com/feed.json"));
        QVERIFY(blog);
        QCOMPARE(blog->name, QStringLiteral("Team blog"));
        QCOMPARE(blog->settings.value(QLatin1String(kCategorySetting)).toString(), QStringLiteral("Work"));
        // An untitled outline is named after its file.
        const SourceConfig *local = byLocation(sources, QStringLiteral("file:///var/lib/feeds/local.xml"));
        QVERIFY(local);
        QCOMPARE(local->name, QStringLiteral("local.xml"));
        QVERIFY(local->settings.value(QLatin1String(kCategorySetting)).toString().isEmpty());
    }

    void skipsWhatIsAlreadyThere()
    {
        // The same feed under another spelling of its URL (scheme/host case, default port, fragment).
        QVERIFY(m_store->addSource(configFor(QStringLiteral("HTTPS://Status.AWS.Amazon.com:443/rss/all.rss#x"),
                                             QStringLiteral("Mine"))).result() > 0);
        // A Maildir source is not a feed: it neither blocks an import nor is exported.
        QVERIFY(m_store->addSource(maildir::configFor(QStringLiteral("/tmp/Mail"), QStringLiteral("Mail"))).result() > 0);
        QString error;
        auto result = importOpml(*m_store, parsed("nested-folders.opml"), &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->added, 5);
        QCOMPARE(result->skipped, 2);
        QCOMPARE(m_store->sources().size(), 7);
        result = importOpml(*m_store, parsed("nested-folders.opml"), &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->added, 0);
        QCOMPARE(result->skipped, 7);
        QVERIFY(result->addedIds.isEmpty());
        QCOMPARE(m_store->sources().size(), 7);

        const QList<OpmlFeed> feeds = feedsOf(m_store->sources());
        QCOMPARE(feeds.size(), 6);  // the feeds, not the Maildir
        for (const OpmlFeed &f : feeds)
            QVERIFY2(f.xmlUrl != QLatin1String("/tmp/Mail"), qPrintable(f.xmlUrl));
    }

    void invalidUrlsAreSkippedWithAReason()
    {
        QString error;
        const auto result = importOpml(*m_store, parsed("invalid-urls.opml"), &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->added, 2);
        QCOMPARE(result->skipped, 3);
        QCOMPARE(result->problems.size(), 3);
        QVERIFY2(result->problems.at(0).startsWith(QLatin1String("\"Script\" skipped:")), qPrintable(result->problems.at(0)));
        QVERIFY2(result->problems.at(1).contains(QLatin1String("http://, https:// or file://")), qPrintable(result->problems.at(1)));
        QVERIFY2(result->problems.at(2).contains(QLatin1String("\"ftp\"")), qPrintable(result->problems.at(2)));
        QVERIFY(byLocation(m_store->sources(), QStringLiteral("http://legacy.example.com/rss")));  // feed:// = http://
    }

    void feedsOfRoundTrip()
    {
        QString error;
        const QList<OpmlFeed> original = parsed("feedly-export.opml");
        QVERIFY(importOpml(*m_store, original, &error));
        const QList<OpmlFeed> exported = feedsOf(m_store->sources());
        QCOMPARE(exported.size(), original.size());
        for (int i = 0; i < original.size(); ++i) {
            QCOMPARE(exported.at(i).title, original.at(i).title);
            QCOMPARE(exported.at(i).xmlUrl, original.at(i).xmlUrl);
            QCOMPARE(exported.at(i).htmlUrl, original.at(i).htmlUrl);
            QCOMPARE(exported.at(i).category, original.at(i).category);
        }
        const auto reparsed = parseOpml(writeOpml(exported, QStringLiteral("t")), &error);
        QVERIFY2(reparsed, qPrintable(error));
        QCOMPARE(reparsed->size(), original.size());
    }

    void addSourcesIsOneTransaction()
    {
        // A statement failing on the second of three sources: none of them is stored.
        QVERIFY(m_store->runWrite([](QSqlDatabase &db, QString *error) {
            QSqlQuery q(db);
            const bool ok = q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_boom BEFORE INSERT ON sources"
                                                  " WHEN NEW.name = 'boom' BEGIN SELECT RAISE(ABORT, 'boom'); END"));
            if (!ok)
                *error = q.lastError().text();
            return ok;
        }).result());
        const QList<OpmlFeed> feeds{{QStringLiteral("a"), QStringLiteral("https://a.example.com/rss"), {}, {}},
                                    {QStringLiteral("boom"), QStringLiteral("https://b.example.com/rss"), {}, {}},
                                    {QStringLiteral("c"), QStringLiteral("https://c.example.com/rss"), {}, {}}};
        QString error;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("addSources failed")));
        QVERIFY(!importOpml(*m_store, feeds, &error));
        QVERIFY2(error.contains(QLatin1String("none was added")), qPrintable(error));
        QVERIFY(m_store->sources().isEmpty());
    }

    void nothingToAddTouchesNothing()
    {
        QString error;
        const auto result = importOpml(*m_store, {}, &error);
        QVERIFY(result);
        QCOMPARE(result->added, 0);
        QVERIFY(m_store->sources().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOpmlImport)
#include "tst_opmlimport.moc"
