// The source kind contract (models/sources/sourceregistry.h): every registered kind is complete,
// the built-in kinds say what they can do, their validation rejects unusable settings, and a
// kind registered at runtime is synced, polled, pushed and watched by code that never names it.
#include "config/appconfig.h"
#include "sources/imap/imapaccount.h"
#include "sources/github/githubkind.h"
#include "sources/imap/imapkind.h"
#include "sources/maildir/maildirkind.h"
#include "sources/sourceregistry.h"
#include "sources/webhook/webhookkind.h"
#include "storage/itemstore.h"
#include "sync/syncmanager.h"
#include "sync/syncscheduler.h"
#include "testkind.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileSystemWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace fi;
using namespace fi::test;

namespace {

using C = SourceKind::Capability;

/// A config of @p kind that its validation accepts, in @p dir (a Maildir there, an IMAP URL).
SourceConfig usableConfig(const QString &kind, const QString &dir)
{
    if (kind == maildir::kindKey()) {
        for (const char *sub : {"cur", "new", "tmp"})
            QDir().mkpath(dir + u'/' + QLatin1String(sub));
        return maildir::configFor(dir, QStringLiteral("Mail"));
    }
    SourceConfig c;
    if (kind == imap::kindKey()) {
        imap::Account account;
        account.host = QStringLiteral("127.0.0.1");
        account.user = QStringLiteral("ana");
        account.toConfig(c);
        return c;
    }
    if (kind == github::kindKey())
        return github::configFor(QString(), QStringLiteral("octocat"));
    if (kind == webhook::kindKey())
        return webhook::configFor(18765, webhook::newTokenId());
    c.kind = kind;
    c.location = dir;
    return c;
}

/// The root element of the SVG at @p path, or "" when it cannot be read as XML.
QString svgRoot(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&f);
    while (xml.readNextStartElement())
        return xml.name().toString();
    return {};
}

} // namespace

class TestSourceKinds : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyRegisteredKindIsComplete();
    void builtInCapabilities();
    void validationRejectsUnusableSettings();
    void pollIntervalComesFromTheDescriptor();
    void aKindRegisteredAtRuntimeIsInTheRegistry();
    void schedulerPollsAndPushesAKindItNeverNames();
    void pushSyncsAtOnceAndCoalescesABurst();
    void syncManagerSyncsAndWatchesALocalKindItNeverNames();
};

void TestSourceKinds::initTestCase()
{
    qRegisterMetaType<fi::SyncResult>();
    qRegisterMetaType<fi::SyncTotals>();
}

void TestSourceKinds::everyRegisteredKindIsComplete()
{
    const QStringList keys = SourceRegistry::instance().kinds();
    QVERIFY(keys.contains(maildir::kindKey()));
    QVERIFY(keys.contains(imap::kindKey()));
    for (const QString &key : keys) {
        const SourceKind *kind = SourceRegistry::instance().kind(key);
        QVERIFY2(kind, qPrintable(key));
        QCOMPARE(kind->key, key);
        QVERIFY2(!kind->displayName().isEmpty() && kind->displayName() != key, qPrintable(key));
        QVERIFY2(kind->icon.startsWith(u':'), qPrintable(key + u' ' + kind->icon));
        QCOMPARE(svgRoot(kind->icon), QStringLiteral("svg"));  // the resource is there and is an SVG
        QTemporaryDir dir;
        const SourceConfig config = usableConfig(key, dir.path());
        QVERIFY2(kind->problems(config).isEmpty(), qPrintable(key + u' ' + kind->problems(config).join(u' ')));
        if (kind->has(C::Inbound)) {
            // Nothing to sync: a listener (the connector) receives the items.
            QVERIFY2(!kind->createSync && !SourceRegistry::instance().createSync(config), qPrintable(key));
            QVERIFY2(kind->createConnector && !kind->has(C::Push) && !kind->has(C::Remote), qPrintable(key));
            QCOMPARE(kind->defaultPollSeconds, 0);
        } else {
            QVERIFY2(kind->createSync, qPrintable(key));
            const std::unique_ptr<Source> source = kind->createSync(config);
            QVERIFY2(source, qPrintable(key));
            QCOMPARE(source->config().kind, key);
            // The capabilities and the hooks agree.
            QCOMPARE(kind->has(C::Push), bool(kind->createConnector));
        }
        QCOMPARE(kind->has(C::Remote), kind->defaultPollSeconds > 0);
        if (!kind->has(C::Remote) && !kind->has(C::Inbound))
            QVERIFY2(kind->watchPaths, qPrintable(key));  // local: watched between rescans
        if (kind->has(C::NeedsSecret))
            QVERIFY2(kind->cleanup, qPrintable(key));  // the secret goes with the source
        if (kind->has(C::OnDemandContent) || kind->has(C::Mail))
            QVERIFY2(kind->loadContent, qPrintable(key));
    }
}

void TestSourceKinds::builtInCapabilities()
{
    const SourceKind *md = SourceRegistry::instance().kind(maildir::kindKey());
    const SourceKind *im = SourceRegistry::instance().kind(imap::kindKey());
    QVERIFY(md && im);
    QCOMPARE(md->capabilities, SourceKind::Capabilities(C::WriteBack | C::Mail));  // seen and flag reach the files
    QCOMPARE(im->capabilities,
             SourceKind::Capabilities(C::Remote | C::Push | C::WriteBack | C::OnDemandContent | C::NeedsSecret | C::Mail));
    QCOMPARE(md->displayName(), QStringLiteral("Maildir folder"));
    QCOMPARE(im->displayName(), QStringLiteral("IMAP account"));
    QVERIFY(!md->cleanup);  // nothing outside the store and the user's own folder
    const SourceKind *gh = SourceRegistry::instance().kind(github::kindKey());
    QVERIFY(gh);
    QCOMPARE(gh->capabilities, SourceKind::Capabilities(C::Remote | C::WriteBack | C::NeedsSecret | C::Mute | C::InlineContent));
    QVERIFY(gh->createReplayer && gh->journals && gh->defaultRules.size() > 0 && gh->reopenOnActivity);
    const SourceKind *wh = SourceRegistry::instance().kind(webhook::kindKey());
    QVERIFY(wh);
    QCOMPARE(wh->capabilities, SourceKind::Capabilities(C::Inbound | C::NeedsSecret | C::InlineContent));
    QCOMPARE(wh->displayName(), QStringLiteral("Local webhook"));
    QVERIFY(!wh->createReplayer && !wh->journals);  // nothing goes back to a script
}

void TestSourceKinds::validationRejectsUnusableSettings()
{
    const SourceKind *md = SourceRegistry::instance().kind(maildir::kindKey());
    const SourceKind *im = SourceRegistry::instance().kind(imap::kindKey());
    QTemporaryDir dir;

    QVERIFY(!md->problems(maildir::configFor(QString(), QStringLiteral("x"))).isEmpty());
    const QStringList notMaildir = md->problems(maildir::configFor(dir.path(), QStringLiteral("x")));
    QCOMPARE(notMaildir.size(), 1);
    QVERIFY2(notMaildir.first().contains(QLatin1String("not a Maildir")), qPrintable(notMaildir.first()));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("cur")));
    QVERIFY(md->problems(maildir::configFor(dir.path(), QStringLiteral("x"))).isEmpty());

    SourceConfig noHost;
    noHost.kind = imap::kindKey();
    noHost.location = QStringLiteral("imaps://ana@/INBOX");
    QVERIFY(!im->problems(noHost).isEmpty());
    noHost.location.clear();
    QVERIFY(!im->problems(noHost).isEmpty());
    SourceConfig badSecurity = usableConfig(imap::kindKey(), dir.path());
    QVERIFY(im->problems(badSecurity).isEmpty());
    badSecurity.settings.insert(QStringLiteral("security"), QStringLiteral("rot13"));
    QVERIFY(!im->problems(badSecurity).isEmpty());
}

void TestSourceKinds::pollIntervalComesFromTheDescriptor()
{
    const SourceKind *md = SourceRegistry::instance().kind(maildir::kindKey());
    const SourceKind *im = SourceRegistry::instance().kind(imap::kindKey());
    QTemporaryDir dir;
    QCOMPARE(md->pollSeconds(usableConfig(maildir::kindKey(), dir.path())), 0);
    SourceConfig account = usableConfig(imap::kindKey(), dir.path());
    account.settings.remove(QStringLiteral("pollSeconds"));
    QCOMPARE(im->defaultPollSeconds, 120);
    QCOMPARE(im->pollSeconds(account), 120);
    account.settings.insert(QStringLiteral("pollSeconds"), 300);  // the per-account setting wins
    QCOMPARE(im->pollSeconds(account), 300);
    account.settings.insert(QStringLiteral("pollSeconds"), 5);  // at least 30 s (issue 3)
    QCOMPARE(im->pollSeconds(account), 30);
}

void TestSourceKinds::aKindRegisteredAtRuntimeIsInTheRegistry()
{
    {
        ScopedTestKind ticker(tickKind(QStringLiteral("test-ticker"), 60));
        QVERIFY(SourceRegistry::instance().kinds().contains(ticker.key()));
        const SourceKind *kind = SourceRegistry::instance().kind(ticker.key());
        QVERIFY(kind);
        QCOMPARE(kind->displayName(), QStringLiteral("Ticker (test)"));
        QVERIFY(kind->has(C::Remote));
        QVERIFY(!kind->has(C::Mail));
        SourceConfig config;
        config.kind = ticker.key();
        QCOMPARE(kind->problems(config), QStringList{QStringLiteral("no location")});
        QVERIFY(SourceRegistry::instance().createSync(config));
    }
    QVERIFY(!SourceRegistry::instance().kinds().contains(QStringLiteral("test-ticker")));
    SourceConfig gone;
    gone.kind = QStringLiteral("test-ticker");
    QVERIFY(!SourceRegistry::instance().createSync(gone));
}

void TestSourceKinds::schedulerPollsAndPushesAKindItNeverNames()
{
    ScopedTestKind ticker(tickKind(QStringLiteral("test-poll"), 1, /*push=*/true));
    QTemporaryDir dir;
    ItemStore store(dir.filePath(QStringLiteral("store.sqlite")));
    QCOMPARE(store.open(), OpenError::None);
    SourceConfig config;
    config.kind = ticker.key();
    config.name = QStringLiteral("Ticker");
    config.location = QStringLiteral("test://ticker");
    const qint64 id = store.addSource(config).result();
    QVERIFY(id > 0);

    SyncManager sync(&store, AppConfig{}, dir.path());
    SyncScheduler scheduler(&sync, &store, SyncScheduler::Timing{400, 1600, 50});
    QSignalSpy finished(&sync, &SyncManager::sourceFinished);
    TickSource::starts = 0;
    QElapsedTimer clock;
    clock.start();
    scheduler.start();

    // The descriptor's connector was started, and the scheduler shows it as pushing.
    QTRY_VERIFY(TickConnector::last);
    QTRY_VERIFY(scheduler.status(id).pushActive);
    // Nobody asked for a sync: the poll interval of the descriptor (1 s) brings one, then another.
    QVERIFY(scheduler.status(id).nextSyncMs > 0);
    QTRY_COMPARE_WITH_TIMEOUT(TickSource::starts, 2, 10000);
    QVERIFY2(clock.elapsed() >= 1900, qPrintable(QString::number(clock.elapsed())));  // polled, not looped
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(finished.last().at(0).toLongLong(), id);

    // A push syncs at once, well before the next 1 s poll would.
    QTRY_VERIFY(scheduler.status(id).state == SourceStatus::State::Idle);
    const int before = TickSource::starts;
    QElapsedTimer pushClock;
    pushClock.start();
    TickConnector::last->push();
    QTRY_COMPARE_WITH_TIMEOUT(TickSource::starts, before + 1, 900);
    QVERIFY(pushClock.elapsed() < 900);

    // What the runs delivered went through the store like any other kind's items.
    ItemQuery q;
    q.states = ItemQuery::States::All;
    QTRY_VERIFY(store.items(q).size() >= 3);  // the push's run commits after it started
}

void TestSourceKinds::pushSyncsAtOnceAndCoalescesABurst()
{
    ScopedTestKind ticker(tickKind(QStringLiteral("test-burst"), 3600, /*push=*/true));
    QTemporaryDir dir;
    ItemStore store(dir.filePath(QStringLiteral("store.sqlite")));
    QCOMPARE(store.open(), OpenError::None);
    SourceConfig config;
    config.kind = ticker.key();
    config.name = QStringLiteral("Burst");
    config.location = QStringLiteral("test://burst");
    const qint64 id = store.addSource(config).result();
    SyncManager sync(&store, AppConfig{}, dir.path());
    // A long window: the first push must not wait for it.
    SyncScheduler scheduler(&sync, &store, SyncScheduler::Timing{400, 1600, 1500});
    QSignalSpy finished(&sync, &SyncManager::sourceFinished);
    scheduler.start();
    QTRY_VERIFY(TickConnector::last);
    QTRY_VERIFY(scheduler.status(id).pushActive);
    TickSource::starts = 0;
    finished.clear();

    QElapsedTimer clock;
    clock.start();
    TickConnector::last->push();
    QTRY_COMPARE_WITH_TIMEOUT(TickSource::starts, 1, 1000);
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    QTRY_COMPARE(finished.size(), 1);
    // Five more pushes inside the window: one more sync when it ends, not five.
    for (int i = 0; i < 5; ++i)
        TickConnector::last->push();
    QTest::qWait(500);
    QCOMPARE(TickSource::starts, 1);
    QTRY_COMPARE_WITH_TIMEOUT(TickSource::starts, 2, 3000);
    QVERIFY(clock.elapsed() >= 1400);
    QTest::qWait(1700);
    QCOMPARE(TickSource::starts, 2);  // the trailing sync opened no window of its own pushes
}

void TestSourceKinds::syncManagerSyncsAndWatchesALocalKindItNeverNames()
{
    QTemporaryDir dir;
    const QString watched = dir.filePath(QStringLiteral("watched"));
    QVERIFY(QDir().mkpath(watched));
    ScopedTestKind local(tickKind(QStringLiteral("test-local"), 0, false, watched));
    ScopedTestKind remote(tickKind(QStringLiteral("test-remote"), 3600));
    ItemStore store(dir.filePath(QStringLiteral("store.sqlite")));
    QCOMPARE(store.open(), OpenError::None);
    SourceConfig l;
    l.kind = local.key();
    l.name = QStringLiteral("Local");
    l.location = watched;
    const qint64 localId = store.addSource(l).result();
    SourceConfig r = l;
    r.kind = remote.key();
    r.name = QStringLiteral("Remote");
    const qint64 remoteId = store.addSource(r).result();
    QVERIFY(localId > 0 && remoteId > 0);

    SyncManager sync(&store, AppConfig{}, dir.path());
    QSignalSpy finished(&sync, &SyncManager::sourceFinished);
    // syncLocal() takes the kinds whose descriptor says "0 s: not polled" and only those.
    sync.syncLocal();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toLongLong(), localId);

    // Watching: a change in the descriptor's watch path syncs the local source again.
    sync.setWatching(true);
    QTest::qWait(100);
    finished.clear();
    QFile touch(watched + QStringLiteral("/new-file"));
    QVERIFY(touch.open(QIODevice::WriteOnly));
    touch.close();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(finished.first().at(0).toLongLong(), localId);
    sync.setWatching(false);
}

QTEST_GUILESS_MAIN(TestSourceKinds)
#include "tst_sourcekinds.moc"
