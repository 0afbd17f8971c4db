// The embedded sample workspace: installed, re-dated to "now", and tiered as a person expects
// (resources/sample/sample-index.tsv lists each message's intended tier).
#include "config/appconfig.h"
#include "sample/sampleworkspace.h"
#include "sources/sourceregistry.h"
#include "storage/itemstore.h"
#include "sync/syncmanager.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fi;

class TestSampleWorkspace : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void installsRedatedCopy();
    void tiersMatchTheIndex();
    void newFileInWatchedMaildirAppears();
    void sampleFeedIsReferenceWithContent();
};

namespace {

struct IndexRow {
    QString messageId;
    int tier = 0;
    int ageMinutes = 0;
    QString kind;
};

QList<IndexRow> readIndex()
{
    QList<IndexRow> rows;
    QFile f(QStringLiteral(FOCUSINBOX_SOURCE_DIR "/resources/sample/sample-index.tsv"));
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> cols = line.split('\t');
        if (cols.size() < 4)
            continue;
        IndexRow row;
        row.messageId = QString::fromUtf8(cols[0]).remove(QLatin1Char('<')).remove(QLatin1Char('>'));
        row.tier = cols[1].toInt();
        row.kind = QString::fromUtf8(cols[2]);
        row.ageMinutes = cols[3].toInt();
        rows << row;
    }
    return rows;
}

/// Sync every source of @p store once and wait for the end.
bool syncOnce(ItemStore &store, SyncManager &sync)
{
    QSignalSpy done(&sync, &SyncManager::allFinished);
    sync.syncAll();
    if (!done.wait(60000))
        return false;
    store.flush();
    return true;
}

} // namespace

void TestSampleWorkspace::installsRedatedCopy()
{
    QTemporaryDir dir;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QString error;
    const int written = installSampleWorkspace(dir.filePath(QStringLiteral("sample")), now, &error);
    QVERIFY2(written > 0, qPrintable(error));
    QCOMPARE(written, readIndex().size());
    QVERIFY(QDir(dir.filePath(QStringLiteral("sample/tmp"))).exists());
    // Installing again leaves existing files alone.
    QCOMPARE(installSampleWorkspace(dir.filePath(QStringLiteral("sample")), now, &error), 0);
}

void TestSampleWorkspace::tiersMatchTheIndex()
{
    QTemporaryDir dir;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString maildir = dir.filePath(QStringLiteral("sample"));
    QString error;
    QVERIFY(installSampleWorkspace(maildir, now, &error) > 0);

    ItemStore store(dir.filePath(QStringLiteral("db.sqlite")));
    QCOMPARE(store.open(&error), OpenError::None);
    QVERIFY(store.addSource(sampleSourceConfig(maildir)).result() > 0);
    SyncManager sync(&store, AppConfig(), QString());
    QVERIFY(syncOnce(store, sync));

    ItemQuery all;
    all.states = ItemQuery::States::All;
    const QList<Item> items = store.items(all);
    const QList<IndexRow> index = readIndex();
    QCOMPARE(items.size(), index.size());

    QStringList wrong;
    for (const IndexRow &row : index) {
        const auto it = std::find_if(items.begin(), items.end(),
                                     [&](const Item &i) { return i.record.messageId == row.messageId; });
        QVERIFY2(it != items.end(), qPrintable(row.messageId));
        QVERIFY(it->record.sample);
        // Re-dated: received = install time − X-Focus-Sample-Age (the Date header has second precision).
        QVERIFY2(qAbs(it->record.receivedMs - (now - qint64(row.ageMinutes) * 60000)) < 2000,
                 qPrintable(row.messageId));
        if (int(it->tier) != row.tier)
            wrong << QStringLiteral("%1 (%2): expected tier %3, got %4 by rule %5")
                         .arg(it->record.subject, row.kind)
                         .arg(row.tier)
                         .arg(int(it->tier))
                         .arg(it->tierReason);
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));

    const TierCounts counts = store.counts(now);
    QVERIFY(counts.now > 0 && counts.async > 0 && counts.reference > 0);
    QVERIFY(counts.overdue > 0);  // some review requests are days old: the sample shows live deadlines
}

void TestSampleWorkspace::newFileInWatchedMaildirAppears()
{
    QTemporaryDir dir;
    const QString maildir = dir.filePath(QStringLiteral("mail"));
    for (const char *sub : {"cur", "new", "tmp"})
        QVERIFY(QDir(maildir).mkpath(QLatin1String(sub)));
    QString error;
    ItemStore store(dir.filePath(QStringLiteral("db.sqlite")));
    QCOMPARE(store.open(&error), OpenError::None);
    SourceConfig config;
    config.kind = QStringLiteral("maildir");
    config.name = QStringLiteral("Work");
    config.location = maildir;
    QVERIFY(store.addSource(config).result() > 0);
    SyncManager sync(&store, AppConfig(), QString());
    QVERIFY(syncOnce(store, sync));
    sync.setWatching(true);

    // Deliver like an MTA: write in tmp/, rename into new/.
    QFile tmp(maildir + QStringLiteral("/tmp/1763700000.M1P1.test"));
    QVERIFY(tmp.open(QIODevice::WriteOnly));
    tmp.write("From: Bea <bea@example.org>\nTo: me@example.org\nSubject: Outage in eu-west\n"
              "Message-ID: <watch-1@example.org>\nDate: Fri, 21 Nov 2025 10:00:00 +0000\n\nThe API is down.\n");
    tmp.close();
    QVERIFY(QFile::rename(tmp.fileName(), maildir + QStringLiteral("/new/1763700000.M1P1.test")));

    // The promise: visible within 5 s while the app runs.
    QTRY_VERIFY_WITH_TIMEOUT(store.items(ItemQuery()).size() == 1, 5000);
    QCOMPARE(store.items(ItemQuery()).first().record.subject, QStringLiteral("Outage in eu-west"));
}

QTEST_GUILESS_MAIN(TestSampleWorkspace)
void TestSampleWorkspace::sampleFeedIsReferenceWithContent()
{
    // The sample workspace shows a feed too: a local file, re-dated like the mail, read by the
    // real feed kind; its entries are Reference with no deadline, with their page and content.
    QTemporaryDir dir;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QString error;
    const QList<SourceConfig> feeds = installSampleFeeds(dir.filePath(QStringLiteral("feeds")), now, &error);
    QVERIFY2(!feeds.isEmpty(), qPrintable(error));
    const SourceKind *kind = SourceRegistry::instance().kind(feeds.first().kind);
    QVERIFY(kind && !kind->has(SourceKind::Capability::Mail) && kind->has(SourceKind::Capability::InlineContent));
    QCOMPARE(feeds.first().name, QStringLiteral("Northwind Platform changelog"));

    ItemStore store(dir.filePath(QStringLiteral("db.sqlite")));
    QCOMPARE(store.open(&error), OpenError::None);
    for (const SourceConfig &feed : feeds)
        QVERIFY(store.addSource(feed).result() > 0);
    SyncManager sync(&store, AppConfig(), QString());
    QVERIFY(syncOnce(store, sync));

    ItemQuery all;
    all.states = ItemQuery::States::All;
    const QList<Item> items = store.items(all);
    QCOMPARE(items.size(), 3);
    for (const Item &item : items) {
        QVERIFY(item.record.sample);
        QCOMPARE(item.tier, Tier::Reference);
        QVERIFY(!item.dueMs.has_value());
        QVERIFY2(item.record.url.startsWith(QLatin1String("https://changelog.northwind.dev/2026/")),
                 qPrintable(item.record.url));
        QVERIFY(item.record.receivedMs <= now && item.record.receivedMs > now - 4 * 86400000LL);
    }
    const auto canary = std::find_if(items.begin(), items.end(), [](const Item &i) {
        return i.record.remoteId == QLatin1String("changelog-2026-118");
    });
    QVERIFY(canary != items.end());
    QCOMPARE(canary->record.from.name, QStringLiteral("Priya Raman"));
    QVERIFY(qAbs(canary->record.receivedMs - (now - 95 * 60000LL)) < 2000);
    const std::optional<ItemRecord::InlineContent> content = store.content(canary->id);
    QVERIFY(content && content->body.contains(QLatin1String("budget-gate.png")));
    // Installing again leaves the files alone and gives the same sources.
    QCOMPARE(installSampleFeeds(dir.filePath(QStringLiteral("feeds")), now + 3600000, &error).size(), feeds.size());
}

#include "tst_sampleworkspace.moc"
