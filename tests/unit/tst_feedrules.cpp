// The documented example docs/examples/feed-status-now.json (a config.json whose rules lift a
// status-page feed to Now), loaded as the app loads config.json and applied through the real
// Tiering: a status feed's entry lands in Now without a deadline, another feed's entry stays in
// Reference without a deadline (even with incident words in its title), and mail keeps the
// built-in rules.
#include "config/appconfig.h"
#include "sources/feed/feedkind.h"
#include "sources/maildir/maildirkind.h"
#include "sources/sourceregistry.h"
#include "sync/tiering.h"

#include <QDateTime>
#include <QFile>
#include <QTest>

using namespace fi;

namespace {

const QString kExample = QStringLiteral(FOCUSINBOX_SOURCE_DIR "/docs/examples/feed-status-now.json");

/// An entry as the feed kind stores it: the title as subject, the source's category as the
/// "feed.category" attribute (feedkind.h), no recipients, no headers.
ItemRecord entry(const QString &id, const QString &title, const SourceConfig &source)
{
    ItemRecord r;
    r.remoteId = id;
    r.subject = title;
    r.snippet = title;
    r.url = QStringLiteral("https://example.com/") + id;
    r.receivedMs = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
    const QString category = source.settings.value(QLatin1String(feed::kCategorySetting)).toString();
    if (!category.isEmpty())
        r.attributes.insert(QLatin1String(feed::kCategoryAttribute), category);
    return r;
}

SourceConfig withId(SourceConfig config, qint64 id)
{
    config.id = id;
    return config;
}

} // namespace

class TestFeedRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(kExample), qPrintable(kExample));
        // The real feed kind, so Tiering sees a non-mail kind and its default tier.
        const SourceKind *kind = SourceRegistry::instance().kind(feed::kindKey());
        QVERIFY(kind);
        QVERIFY(!kind->has(SourceKind::Capability::Mail));
    }

    void exampleLoadsCleanlyAndKeepsTheBuiltInRules()
    {
        const AppConfig config = AppConfig::load(kExample);
        QVERIFY2(config.errors().isEmpty(), qPrintable(config.errors().join(u'\n')));
        // "rules" replaces the built-in list: the example keeps all of it after its own rule.
        QCOMPARE(config.rules.names(), QStringList{QStringLiteral("status-page-now")} + RuleSet::defaults().names());
    }

    void statusFeedByCategoryLandsInNow_data()
    {
        QTest::addColumn<QString>("category");
        QTest::newRow("top-level folder") << QStringLiteral("Status");
        QTest::newRow("nested folder") << QStringLiteral("Work/Status");
        QTest::newRow("inside a status folder") << QStringLiteral("Work/Status/Cloud");
        QTest::newRow("other case") << QStringLiteral("ops/STATUS");
    }

    void statusFeedByCategoryLandsInNow()
    {
        QFETCH(QString, category);
        const Tiering tiering(AppConfig::load(kExample));
        const SourceConfig source = withId(feed::configFor(QStringLiteral("https://status.example.com/history.atom"),
                                                           QStringLiteral("Example status"), std::nullopt, category), 7);
        const Item item = tiering.apply(entry(QStringLiteral("tag:status.example.com,2026:incident/42"),
                                              QStringLiteral("Elevated error rates on API requests"), source),
                                        source);
        QCOMPARE(item.tier, Tier::Now);
        QCOMPARE(item.tierReason, QStringLiteral("status-page-now"));
        QVERIFY2(!item.dueMs, "a status entry is to be seen, not answered: no deadline");
    }

    void statusFeedByNameLandsInNow()
    {
        const Tiering tiering(AppConfig::load(kExample));
        const SourceConfig source =
            withId(feed::configFor(QStringLiteral("https://www.githubstatus.com/history.atom"), QStringLiteral("GitHub Status")), 8);
        const Item item = tiering.apply(entry(QStringLiteral("tag:githubstatus.com,2005:Incident/1"),
                                              QStringLiteral("Disruption with some GitHub services"), source),
                                        source);
        QCOMPARE(item.tier, Tier::Now);
        QCOMPARE(item.tierReason, QStringLiteral("status-page-now"));
    }

    void otherFeedsStayInReferenceWithoutDeadline_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("title");
        QTest::newRow("blog with incident words") << QStringLiteral("Engineering blog") << QStringLiteral("Work/Blogs")
                                                  << QStringLiteral("Postmortem: production down, urgent fix for the outage");
        QTest::newRow("no category") << QStringLiteral("Release notes") << QString() << QStringLiteral("Qt 6.4.2 released");
        QTest::newRow("category merely containing status") << QStringLiteral("Team") << QStringLiteral("Statuses and updates")
                                                            << QStringLiteral("Weekly update");
        QTest::newRow("name merely containing status") << QStringLiteral("GitHub Status blog") << QString()
                                                       << QStringLiteral("How we run our status page");
    }

    void otherFeedsStayInReferenceWithoutDeadline()
    {
        QFETCH(QString, name);
        QFETCH(QString, category);
        QFETCH(QString, title);
        const Tiering tiering(AppConfig::load(kExample));
        const SourceConfig source =
            withId(feed::configFor(QStringLiteral("https://blog.example.com/feed.xml"), name, std::nullopt, category), 9);
        const Item item = tiering.apply(entry(QStringLiteral("https://blog.example.com/p/1"), title, source), source);
        QCOMPARE(item.tier, Tier::Reference);
        QCOMPARE(item.tierReason, QStringLiteral("kind-default"));
        QVERIFY(!item.dueMs);
    }

    void mailKeepsTheBuiltInRules()
    {
        const Tiering tiering(AppConfig::load(kExample));
        // A Maildir source that happens to be named like a status feed: the example's rule is
        // about feeds only; the built-in urgent-keywords rule still places this mail.
        const SourceConfig mail = withId(maildir::configFor(QStringLiteral("/tmp/Mail"), QStringLiteral("GitHub Status")), 10);
        ItemRecord r;
        r.remoteId = QStringLiteral("1");
        r.from.name = QStringLiteral("Ops");
        r.from.address = QStringLiteral("ops@example.com");
        Address team;
        team.address = QStringLiteral("team@example.com");
        r.to = {team};
        r.subject = QStringLiteral("Production down in eu-west");
        r.receivedMs = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
        const Item item = tiering.apply(r, mail);
        QCOMPARE(item.tier, Tier::Now);
        QCOMPARE(item.tierReason, QStringLiteral("urgent-keywords"));
        QVERIFY(item.dueMs);  // mail in Now owes an answer: the tier's default policy
    }
};

QTEST_GUILESS_MAIN(TestFeedRules)
#include "tst_feedrules.moc"
