// Hostile IMAP servers (issue 9, "Servers are bounded"), driven by the scripted fake server
// (tests/support/fakeimapserver.py) for what Dovecot cannot produce. Each case ends with a clear
// error or correct data, in bounded time and memory, and asserts what the user would see: the
// source's error (kind and message) and the items in a real ItemStore.
#include "fakeimapserver.h"
#include "imaptestutil.h"
#include "sources/imap/imapcert.h"
#include "sources/imap/imapsession.h"
#include "sources/imap/imapsource.h"
#include "sources/imap/imapsyncstate.h"
#include "storage/itemstore.h"
#include "storeitems.h"
#include "sync/changereplayservice.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace fi;
using namespace fi::test;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

/// Peak resident set size of this process (VmHWM), in bytes.
qint64 peakRss()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

qint64 currentRss()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

/// Resets VmHWM to the current RSS (Linux ≥ 4.0, "5" > /proc/self/clear_refs).
bool resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

imap::Account fakeAccount(const FakeImapServer &server)
{
    imap::Account a;
    a.host = QStringLiteral("127.0.0.1");
    a.port = server.port();
    a.security = imap::Security::None; // loopback: allowed without opt-in
    a.user = QStringLiteral("alice");
    a.timeoutSeconds = 10;
    return a;
}

struct Outcome {
    SyncResult result;
    imap::Error error;
    qint64 elapsedMs = 0;
};

} // namespace

class TestImapHostile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void hugeLiteralIsRefusedInBoundedMemory();
    void untaggedFloodEndsInBoundedMemory();
    void tricklingServerHitsTheCommandDeadline();
    void quittingDuringASilentCommandIsQuick();
    void quittingWhileTheServerNeverGreetsIsQuick();
    void cancelAllStopsEveryConnection();
    void endlessGreetingIsCutOff();
    void tricklingGreetingHitsTheDeadline();
    void messageTextLookingLikeALiteralIsFine();
    void quittingDuringAChangeReplayIsQuick();
    void markupInServerErrorStaysPlainText();
    void uidValidityZeroIsRefused();
    void strayDuplicateAndZeroUidsAreIgnored();
    void withoutCondstoreFlagsAndExpungesAreResynced();
    void highestModSeqGoingBackwardsResyncsFlags();
    void startTlsMissingIsRefused();
    void startTlsRefusedByServerIsRefused();
    void dataInjectedAfterStartTlsOkIsRefused();
    void capabilitiesFromBeforeTlsAreNotTrusted();
    void quittingTheAppClosesEveryConnection(); // last: the application is quitting afterwards

private:
    /// One sync of @p account into m_store, committing batches in order like SyncManager.
    Outcome sync(const imap::Account &account);
    QStringList subjects() const;
    QList<Item> items() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ItemStore> m_store;
    qint64 m_sourceId = 0;
};

void TestImapHostile::initTestCase()
{
    qRegisterMetaType<fi::SourceBatch>();
    qRegisterMetaType<fi::SyncResult>();
    QVERIFY2(QFile::exists(QStringLiteral("/usr/bin/python3")), "the fake IMAP server needs /usr/bin/python3");
}

void TestImapHostile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ItemStore>(m_dir->filePath(QStringLiteral("inbox.sqlite")));
    QCOMPARE(m_store->open(), OpenError::None);
    SourceConfig c;
    c.name = QStringLiteral("Fake");
    c.kind = QStringLiteral("imap");
    c.location = QStringLiteral("imap://alice@127.0.0.1/INBOX");
    m_sourceId = m_store->addSource(c).result();
    QVERIFY(m_sourceId > 0);
}

void TestImapHostile::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

Outcome TestImapHostile::sync(const imap::Account &account)
{
    SourceConfig config;
    config.name = QStringLiteral("Fake");
    account.toConfig(config);
    imap::ImapSource source(config);
    source.setPasswordProvider([](const imap::Account &, QString *) { return QStringLiteral("pw"); });
    Outcome out;
    QEventLoop loop;
    bool done = false;
    QObject::connect(&source, &Source::batchReady, &loop, [&](const SourceBatch &b) {
        m_store->applyBatch(toStoreBatch(m_sourceId, b)).waitForFinished();
    });
    QObject::connect(&source, &Source::finished, &loop, [&](const SyncResult &r) {
        out.result = r;
        done = true;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    source.start(m_store->knownItems(m_sourceId), m_store->syncState(m_sourceId));
    if (!done)
        loop.exec();
    out.elapsedMs = timer.elapsed();
    if (!done) {
        out.result.ok = false;
        out.result.error = QStringLiteral("test timeout: no finished() within 60 s");
    }
    out.error = source.lastError();
    return out;
}

QList<Item> TestImapHostile::items() const
{
    ItemQuery q;
    q.states = ItemQuery::States::All;
    q.sourceId = m_sourceId;
    return m_store->items(q);
}

QStringList TestImapHostile::subjects() const
{
    QStringList out;
    for (const Item &i : items())
        out.append(i.record.subject);
    out.sort();
    return out;
}

void TestImapHostile::hugeLiteralIsRefusedInBoundedMemory()
{
    FakeImapServer server(QStringLiteral("literal_huge"));
    QVERIFY2(server.start(), qPrintable(server.error()));
    QVERIFY(resetPeakRss());
    const qint64 before = currentRss();
    const Outcome o = sync(fakeAccount(server)); // default limits: 64 MiB per literal
    const qint64 grown = peakRss() - before;
    qInfo("literal {4294967295}: %lld ms, peak RSS growth %.1f MiB", o.elapsedMs, double(grown) / kMiB);
    QVERIFY(!o.result.ok);
    QCOMPARE(o.error.kind, imap::ErrorKind::Protocol);
    QVERIFY2(o.result.error.contains(QLatin1String("more than the limit")), qPrintable(o.result.error));
    QVERIFY2(o.elapsedMs < 10000, "refused as soon as the size was announced");
    QVERIFY2(grown < 48 * kMiB, "nothing close to the announced 4 GiB (or the 64 MiB sent) was kept");
    QVERIFY(items().isEmpty());
}

void TestImapHostile::untaggedFloodEndsInBoundedMemory()
{
    FakeImapServer server(QStringLiteral("flood"));
    QVERIFY2(server.start(), qPrintable(server.error()));
    imap::Account a = fakeAccount(server);
    a.limits.maxResponseBytes = 2 * kMiB;
    QVERIFY(resetPeakRss());
    const qint64 before = currentRss();
    const Outcome o = sync(a);
    const qint64 grown = peakRss() - before;
    qInfo("flood of untagged FETCH responses: %lld ms, peak RSS growth %.1f MiB", o.elapsedMs, double(grown) / kMiB);
    QVERIFY(!o.result.ok);
    QCOMPARE(o.error.kind, imap::ErrorKind::Protocol);
    QVERIFY2(o.result.error.contains(QLatin1String("sent more than")), qPrintable(o.result.error));
    QVERIFY2(o.elapsedMs < 20000, "the flood is cut off, not read to its end (2 GiB)");
    QVERIFY2(grown < 160 * kMiB, "memory stays bounded by the response cap");
    QVERIFY(o.result.retryable);
}

void TestImapHostile::tricklingServerHitsTheCommandDeadline()
{
    // One byte every second: libetpan's 10 s read timeout never fires, the 3 s deadline does.
    FakeImapServer server(QStringLiteral("drip"), {QStringLiteral("--drip-seconds"), QStringLiteral("1")});
    QVERIFY2(server.start(), qPrintable(server.error()));
    imap::Account a = fakeAccount(server);
    a.limits.commandDeadlineSeconds = 3;
    const Outcome o = sync(a);
    QVERIFY(!o.result.ok);
    QCOMPARE(o.error.kind, imap::ErrorKind::Timeout);
    QVERIFY2(o.result.error.contains(QLatin1String("within 3 seconds")), qPrintable(o.result.error));
    QVERIFY2(o.elapsedMs < 7000, qPrintable(QStringLiteral("took %1 ms").arg(o.elapsedMs)));
    QVERIFY(o.result.retryable);
    // The deadline is part of the account's settings.
    SourceConfig c;
    a.toConfig(c);
    QCOMPARE(imap::Account::fromConfig(c)->limits.commandDeadlineSeconds, 3);
}

void TestImapHostile::quittingDuringASilentCommandIsQuick()
{
    FakeImapServer server(QStringLiteral("silent_select"));
    QVERIFY2(server.start(), qPrintable(server.error()));
    imap::Account a = fakeAccount(server);
    a.timeoutSeconds = 30; // the product default: a join would wait this long
    SourceConfig config;
    a.toConfig(config);
    auto source = std::make_unique<imap::ImapSource>(config);
    source->setPasswordProvider([](const imap::Account &, QString *) { return QStringLiteral("pw"); });
    bool finished = false;
    QObject::connect(source.get(), &Source::finished, source.get(), [&] { finished = true; });
    source->start({}, {});
    QTRY_VERIFY_WITH_TIMEOUT(server.log().contains(QLatin1String("SELECT")), 10000);
    QTest::qWait(300); // the worker is now blocked reading the answer that never comes
    QElapsedTimer timer;
    timer.start();
    source.reset(); // what quitting does
    const qint64 ms = timer.elapsed();
    qInfo("destroying a source blocked on a silent server took %lld ms", ms);
    QVERIFY2(ms < 2000, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
    QVERIFY(!finished);
    // The worker did not just get left behind: its connection was shut down at once.
    QTRY_VERIFY_WITH_TIMEOUT(server.log().contains(QLatin1String("C1 closed")), 1000);
}

void TestImapHostile::quittingWhileTheServerNeverGreetsIsQuick()
{
    // Before the first byte the socket is out of reach (libetpan connects on its own): the
    // worker is left to end at its read timeout, emitting nothing, and quitting does not wait.
    FakeImapServer server(QStringLiteral("silent_greeting"));
    QVERIFY2(server.start(), qPrintable(server.error()));
    imap::Account a = fakeAccount(server);
    a.timeoutSeconds = 3;
    SourceConfig config;
    a.toConfig(config);
    auto source = std::make_unique<imap::ImapSource>(config);
    source->setPasswordProvider([](const imap::Account &, QString *) { return QStringLiteral("pw"); });
    source->start({}, {});
    QTRY_VERIFY_WITH_TIMEOUT(server.log().contains(QLatin1String("C1 connected")), 10000);
    QTest::qWait(200);
    QElapsedTimer timer;
    timer.start();
    source.reset();
    const qint64 ms = timer.elapsed();
    qInfo("destroying a source waiting for a greeting took %lld ms", ms);
    QVERIFY2(ms < 2000, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
    QTRY_VERIFY_WITH_TIMEOUT(server.log().contains(QLatin1String("C1 closed")), 6000); // its read timeout
    QTest::qWait(200);
}

void TestImapHostile::cancelAllStopsEveryConnection()
{
    // What the app calls when it quits: every connection of the process is shut down.
    FakeImapServer server(QStringLiteral("silent_select"));
    QVERIFY2(server.start(), qPrintable(server.error()));
    imap::Account a = fakeAccount(server);
    a.timeoutSeconds = 30;
    SourceConfig config;
    a.toConfig(config);
    imap::ImapSource source(config);
    source.setPasswordProvider([](const imap::Account &, QString *) { return QStringLiteral("pw"); });
    QSignalSpy finished(&source, &Source::finished);
    source.start({}, {});
    QTRY_VERIFY_WITH_TIMEOUT(server.log().contains(QLatin1String("SELECT")), 10000);
    QElapsedTimer timer;
    timer.start();
    imap::StreamGuard::cancelAll();
    QVERIFY(finished.wait(2000));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!finished.first().first().value<SyncResult>().ok);
    QTRY_VERIFY_WITH_TIMEOUT(server.log().contains(QLatin1String("C1 closed")), 1000);
}

void TestImapHostile::endlessGreetingIsCutOff()
{
    // Read inside connect(), before any command: bounded all the same.
    FakeImapServer server(QStringLiteral("endless_greeting"));
    QVERIFY2(server.start(), qPrintable(server.error()));
    imap::Account a = fakeAccount(server);
    a.limits.maxResponseBytes = 1 * kMiB;
    QVERIFY(resetPeakRss());
    const qint64 before = currentRss();
    const Outcome o = sync(a);
    const qint64 grown = peakRss() - before;
    qInfo("greeting without end: %lld ms, peak RSS growth %.1f MiB (%s)", o.elapsedMs, double(grown) / kMiB,
          qPrintable(o.result.error));
    QVERIFY(!o.result.ok);
    QVERIFY(o.error.isError());
    QVERIFY2(o.elapsedMs < 10000, "cut off, not read to its end (1 GiB)");
    QVERIFY2(grown < 48 * kMiB, "memory stays bounded by the response cap");
    QVERIFY(!server.log().contains(QLatin1String("LOGIN")));
}

void TestImapHostile::tricklingGreetingHitsTheDeadline()
{
    FakeImapServer server(QStringLiteral("drip_greeting"), {QStringLiteral("--drip-seconds"), QStringLiteral("1")});
    QVERIFY2(server.start(), qPrintable(server.error()));
    imap::Account a = fakeAccount(server);
    a.limits.commandDeadlineSeconds = 3;
    const Outcome o = sync(a);
    qInfo("trickling greeting: %lld ms (%s)", o.elapsedMs, qPrintable(o.result.error));
    QVERIFY(!o.result.ok);
    QCOMPARE(o.error.kind, imap::ErrorKind::Timeout);
    QVERIFY2(o.elapsedMs < 7000, qPrintable(QStringLiteral("took %1 ms").arg(o.elapsedMs)));
}

void TestImapHostile::messageTextLookingLikeALiteralIsFine()
{
    // Literal content is never scanned for "{N}": a message quoting one syncs normally.
    FakeImapServer server(QStringLiteral("tricky_text"));
    QVERIFY2(server.start(), qPrintable(server.error()));
    const Outcome o = sync(fakeAccount(server));
    QVERIFY2(o.result.ok, qPrintable(o.result.error));
    QCOMPARE(subjects(), (QStringList{QStringLiteral("first"), QStringLiteral("second {4294967295}"),
                                      QStringLiteral("third")}));
}

void TestImapHostile::quittingDuringAChangeReplayIsQuick()
{
    FakeImapServer server(QStringLiteral("silent_select"));
    QVERIFY2(server.start(), qPrintable(server.error()));
    imap::Account a = fakeAccount(server);
    a.timeoutSeconds = 30;
    SourceConfig config = *m_store->source(m_sourceId);
    a.toConfig(config);
    QVERIFY(m_store->updateSource(config).result());
    imap::ImapSource::setDefaultPasswordProvider([](const imap::Account &, QString *) { return QStringLiteral("pw"); });
    // A change in the journal "from an earlier run": \Seen for the message with UID 1.
    Item item = makeItem(QStringLiteral("INBOX#<hostile-1@example.org>"), QStringLiteral("Hostile"), kBase);
    item.record.folder = QString();
    item.record.locator = QStringLiteral("1234:1");
    QVERIFY(m_store->applyBatch(StoreBatch{m_sourceId, {item}, {}, {}, {}}).result().ok);
    QVERIFY(m_store->setSeen({idOf(*m_store, item.record.remoteId)}, true).result());
    QCOMPARE(m_store->pendingChangeCount(m_sourceId), 1);
    ChangeReplayService::Timing timing;
    timing.flushDelayMs = 0;
    auto service = std::make_unique<ChangeReplayService>(m_store.get(), timing);
    service->start(); // replays what is left in the journal
    QTRY_VERIFY_WITH_TIMEOUT(server.log().contains(QLatin1String("SELECT")), 10000);
    QTest::qWait(300);
    QElapsedTimer timer;
    timer.start();
    service.reset(); // what quitting does
    const qint64 ms = timer.elapsed();
    imap::ImapSource::setDefaultPasswordProvider({});
    qInfo("destroying the change replay service during a replay on a silent server took %lld ms", ms);
    QVERIFY2(ms < 2000, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
    QTRY_VERIFY_WITH_TIMEOUT(server.log().contains(QLatin1String("C1 closed")), 1000);
    // Nothing lost: the change is still journaled for the next start.
    QCOMPARE(m_store->pendingChangeCount(m_sourceId), 1);
}

void TestImapHostile::markupInServerErrorStaysPlainText()
{
    FakeImapServer server(QStringLiteral("markup"));
    QVERIFY2(server.start(), qPrintable(server.error()));
    const Outcome o = sync(fakeAccount(server));
    QVERIFY(!o.result.ok);
    QCOMPARE(o.error.kind, imap::ErrorKind::Protocol);
    // The server's words arrive literally (no markup removed or interpreted, nothing read from
    // file:///dev/zero); showing them with Qt::PlainText is the view's part.
    QVERIFY2(o.result.error.contains(QLatin1String("<b>bold</b> <img src=file:///dev/zero>")), qPrintable(o.result.error));
    QVERIFY(!o.result.error.contains(u'\r') && !o.result.error.contains(u'\n'));
    QVERIFY(items().isEmpty());
}

void TestImapHostile::uidValidityZeroIsRefused()
{
    FakeImapServer server(QStringLiteral("uidvalidity0"));
    QVERIFY2(server.start(), qPrintable(server.error()));
    const Outcome o = sync(fakeAccount(server));
    QVERIFY(!o.result.ok);
    QCOMPARE(o.error.kind, imap::ErrorKind::Protocol);
    QVERIFY2(o.result.error.contains(QLatin1String("UIDVALIDITY")), qPrintable(o.result.error));
    QVERIFY(items().isEmpty());
    QVERIFY(m_store->syncState(m_sourceId).isEmpty());
}

void TestImapHostile::strayDuplicateAndZeroUidsAreIgnored()
{
    FakeImapServer server(QStringLiteral("stray_uids"));
    QVERIFY2(server.start(), qPrintable(server.error()));
    for (int round = 1; round <= 2; ++round) {
        const Outcome o = sync(fakeAccount(server));
        QVERIFY2(o.result.ok, qPrintable(o.result.error));
        QCOMPARE(subjects(), (QStringList{QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third")}));
        QSet<QString> remoteIds;
        for (const Item &i : items())
            remoteIds.insert(i.record.remoteId);
        QCOMPARE(remoteIds.size(), 3);
    }
}

void TestImapHostile::withoutCondstoreFlagsAndExpungesAreResynced()
{
    FakeImapServer server(QStringLiteral("no_condstore"));
    QVERIFY2(server.start(), qPrintable(server.error()));
    Outcome o = sync(fakeAccount(server));
    QVERIFY2(o.result.ok, qPrintable(o.result.error));
    QCOMPARE(subjects(), (QStringList{QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third")}));
    o = sync(fakeAccount(server)); // the server now: 2 seen+flagged, 3 expunged, 4 new
    QVERIFY2(o.result.ok, qPrintable(o.result.error));
    QCOMPARE(subjects(), (QStringList{QStringLiteral("first"), QStringLiteral("fourth"), QStringLiteral("second")}));
    for (const Item &i : items()) {
        const bool second = i.record.subject == QLatin1String("second");
        QCOMPARE(i.record.flags.seen, second);
        QCOMPARE(i.record.flags.flagged, second);
    }
    // The branch Dovecot never takes: a full FLAGS listing, no CHANGEDSINCE.
    const QString log = server.log();
    QVERIFY2(log.contains(QLatin1String("C2 ")) && log.contains(QLatin1String("UID FETCH 1:3 (UID FLAGS)")), qPrintable(log));
    QVERIFY(!log.contains(QLatin1String("CHANGEDSINCE")));
}

void TestImapHostile::highestModSeqGoingBackwardsResyncsFlags()
{
    FakeImapServer server(QStringLiteral("modseq_backwards"));
    QVERIFY2(server.start(), qPrintable(server.error()));
    Outcome o = sync(fakeAccount(server));
    QVERIFY2(o.result.ok, qPrintable(o.result.error));
    QCOMPARE(subjects().size(), 3);
    o = sync(fakeAccount(server)); // HIGHESTMODSEQ 100 → 50; 2 flagged at modseq 40; 3 expunged
    QVERIFY2(o.result.ok, qPrintable(o.result.error));
    QCOMPARE(subjects(), (QStringList{QStringLiteral("first"), QStringLiteral("second")}));
    for (const Item &i : items())
        QCOMPARE(i.record.flags.flagged, i.record.subject == QLatin1String("second"));
    // The next sync trusts CHANGEDSINCE again, from the new (lower) value.
    const imap::FolderState state = imap::FolderState::decode(m_store->syncState(m_sourceId).value(QStringLiteral("INBOX")));
    QCOMPARE(state.highestModSeq, quint64(50));
    QVERIFY(state.knownUids);
    QCOMPARE(state.knownUids->count(), quint64(2));  // 3 expunged
}

void TestImapHostile::startTlsMissingIsRefused()
{
    FakeImapServer server(QStringLiteral("starttls_missing"));
    QVERIFY2(server.start(), qPrintable(server.error()));
    imap::Account a = fakeAccount(server);
    a.security = imap::Security::StartTls;
    const Outcome o = sync(a);
    QCOMPARE(o.error.kind, imap::ErrorKind::StartTlsMissing);
    QVERIFY(!server.log().contains(QLatin1String("LOGIN")));
}

void TestImapHostile::startTlsRefusedByServerIsRefused()
{
    FakeImapServer server(QStringLiteral("starttls_refused"));
    QVERIFY2(server.start(), qPrintable(server.error()));
    imap::Account a = fakeAccount(server);
    a.security = imap::Security::StartTls;
    const Outcome o = sync(a);
    QVERIFY(!o.result.ok);
    QCOMPARE(o.error.kind, imap::ErrorKind::Tls);
    QVERIFY2(!server.log().contains(QLatin1String("LOGIN")), "no password sent in clear text");
    QVERIFY(items().isEmpty());
}

void TestImapHostile::dataInjectedAfterStartTlsOkIsRefused()
{
    // Written for the imap-tls branch's behaviour: the connection is refused (libetpan's
    // CVE-2020-15953 check, or the session's own), and no password is sent.
    FakeImapServer server(QStringLiteral("starttls_inject"));
    QVERIFY2(server.start(), qPrintable(server.error()));
    imap::Account a = fakeAccount(server);
    a.security = imap::Security::StartTls;
    a.trustedFingerprint = imap::sha256Fingerprint(server.certificateDer());
    const Outcome o = sync(a);
    QVERIFY2(!o.result.ok, "data injected after the STARTTLS OK must refuse the connection");
    QVERIFY(o.error.kind == imap::ErrorKind::Tls || o.error.kind == imap::ErrorKind::Protocol);
    QVERIFY2(!server.log().contains(QLatin1String("LOGIN")), qPrintable(server.log()));
    QVERIFY(items().isEmpty());
}

void TestImapHostile::capabilitiesFromBeforeTlsAreNotTrusted()
{
    // Written for the imap-tls branch's behaviour (RFC 3501 §6.2.1: capabilities are re-read
    // after STARTTLS): what the server claimed in clear text is forgotten.
    FakeImapServer server(QStringLiteral("caps_before_tls"));
    QVERIFY2(server.start(), qPrintable(server.error()));
    imap::Account a = fakeAccount(server);
    a.security = imap::Security::StartTls;
    a.trustedFingerprint = imap::sha256Fingerprint(server.certificateDer());
    imap::Session session;
    imap::Error e;
    QVERIFY2(session.connect(a, &e), qPrintable(e.message));
    QVERIFY2(!session.hasIdle() && !session.hasMove() && !session.hasCondStore() && !session.hasQResync(),
             "capabilities seen before TLS must not be used after it");
}

void TestImapHostile::quittingTheAppClosesEveryConnection()
{
    FakeImapServer server(QStringLiteral("silent_select"));
    QVERIFY2(server.start(), qPrintable(server.error()));
    imap::Account a = fakeAccount(server);
    a.timeoutSeconds = 30;
    SourceConfig config;
    a.toConfig(config);
    imap::ImapSource source(config); // not destroyed before the end: only the quit signal acts
    source.setPasswordProvider([](const imap::Account &, QString *) { return QStringLiteral("pw"); });
    source.start({}, {});
    QTRY_VERIFY_WITH_TIMEOUT(server.log().contains(QLatin1String("SELECT")), 10000);
    QElapsedTimer timer;
    timer.start();
    QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    QCoreApplication::exec(); // returns at once, emitting aboutToQuit like the app's main()
    QTRY_VERIFY_WITH_TIMEOUT(server.log().contains(QLatin1String("C1 closed")), 2000);
    qInfo("connection closed %lld ms after the event loop ended", timer.elapsed());
    QVERIFY(timer.elapsed() < 2000);
}

QTEST_GUILESS_MAIN(TestImapHostile)
#include "tst_imaphostile.moc"
