// ChangeReplayService (issue 10, "A change journal instead of JSON queues"): the journal of a
// source is replayed in order by its kind's replayer on a worker, failures are retried with
// backoff, a commit that fails stops the replay, what is left is replayed by start() of a new
// service on the same database — also after the app was killed with SIGKILL right after "done".
//
// Real ItemStore and service on real SQLite files; the kind is a small test kind registered at
// run time whose replayer follows a script (a kind is the unit the service works with). The
// SIGKILL case runs this executable itself as the child process (see main()); its variant with
// the IMAP replayer and a real Dovecot is tst_killafterdone.

#include "sources/sourceregistry.h"
#include "storage/itemstore.h"
#include "storeitems.h"
#include "sync/changereplayservice.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QMutex>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <cstring>
#include <memory>

using namespace fi;
using namespace fi::test;

namespace {

const QString kKind = QStringLiteral("replay-test");

/// What the test kind's replayers do and what they saw. Guarded by mutex.
struct Script {
    QMutex mutex;
    // set by the test
    int failFirst = 0;          ///< The first N replays fail at "connection level" without reporting.
    bool retryable = true;      ///< ReplayResult::retryable of those failures.
    int blockMs = 0;            ///< Each replay first waits this long (or until cancel(), if honourCancel).
    bool honourCancel = true;   ///< false: cancel() changes nothing (a careless or stuck replayer).
    bool ignoreRefusal = false; ///< Go on reporting after report() returned false (a careless replayer).
    // seen by the test
    int replays = 0;
    QList<qint64> replayAtMs;   ///< When each replay began (ms since reset()).
    QList<qint64> applied;      ///< Change ids whose report() returned true, in order.
    QList<ChangeKind> appliedKinds;
    QList<qint64> appliedItems;
    QList<bool> reports;        ///< Every report()'s return value.
    int finished = 0;           ///< Replays that returned.
    QElapsedTimer clock;

    void reset()
    {
        QMutexLocker lock(&mutex);
        failFirst = 0;
        retryable = true;
        blockMs = 0;
        honourCancel = true;
        ignoreRefusal = false;
        replays = 0;
        replayAtMs.clear();
        applied.clear();
        appliedKinds.clear();
        appliedItems.clear();
        reports.clear();
        finished = 0;
        clock.start();
    }
};

Script &script()
{
    static Script s;
    return s;
}

class ScriptedReplayer : public ChangeReplayer {
public:
    ReplayResult replay(const QList<PendingChange> &changes, const Report &report) override
    {
        Script &s = script();
        int n = 0, failFirst = 0, blockMs = 0;
        bool retryable = true, honourCancel = true, ignoreRefusal = false;
        {
            QMutexLocker lock(&s.mutex);
            n = ++s.replays;
            s.replayAtMs << s.clock.elapsed();
            failFirst = s.failFirst;
            retryable = s.retryable;
            blockMs = s.blockMs;
            honourCancel = s.honourCancel;
            ignoreRefusal = s.ignoreRefusal;
        }
        const QDeadlineTimer until(blockMs);
        while (!until.hasExpired() && !(honourCancel && m_cancelled.load()))
            QThread::msleep(5);
        ReplayResult result;
        if (honourCancel && m_cancelled.load()) {  // a replayer stops applying once cancelled
            result = ReplayResult{false, QStringLiteral("cancelled"), true};
        } else if (n <= failFirst) {
            result = ReplayResult{false, QStringLiteral("server down"), retryable};
        } else {
            for (const PendingChange &change : changes) {
                const bool ok = report(ChangeOutcome{change.id, ChangeOutcome::Status::Applied, {}, {}, {}});
                {
                    QMutexLocker lock(&s.mutex);
                    s.reports << ok;
                    if (ok) {
                        s.applied << change.id;
                        s.appliedKinds << change.kind;
                        s.appliedItems << change.itemId;
                    }
                }
                if (!ok && !ignoreRefusal) {
                    result = ReplayResult{false, QStringLiteral("store refused"), true};
                    break;
                }
            }
        }
        QMutexLocker lock(&s.mutex);
        ++s.finished;
        return result;
    }
    void cancel() override { m_cancelled = true; }

private:
    std::atomic<bool> m_cancelled = false;
};

void registerTestKind()
{
    SourceKind kind;
    kind.key = kKind;
    kind.createSync = [](const SourceConfig &) { return std::unique_ptr<Source>(); };
    kind.journals = [](const SourceConfig &, ChangeKind) { return true; };
    kind.createReplayer = [](const SourceConfig &) { return std::unique_ptr<ChangeReplayer>(new ScriptedReplayer); };
    SourceRegistry::instance().registerKind(kind);
}

const ChangeReplayService::Timing kFast{50, 200, 400};

/// The child of killRightAfterDone: marks item argv[3] of database argv[2] done with the app's
/// services running (replay not yet due), says "committed" and waits to be killed.
int childMain(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 4)
        return 2;
    registerTestKind();
    ItemStore store(QString::fromLocal8Bit(argv[2]));
    if (store.open() != OpenError::None)
        return 3;
    ChangeReplayService service(&store, ChangeReplayService::Timing{60 * 1000, 60 * 1000, 60 * 1000});
    service.start();
    if (!store.setState({QByteArray(argv[3]).toLongLong()}, ItemState::Done).result())
        return 4;
    std::fputs("committed\n", stdout);
    std::fflush(stdout);
    return app.exec();  // until SIGKILL
}

} // namespace

class TestChangeReplayService : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ItemStore> m_store;
    int m_connections = 0;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("inbox.sqlite")); }

    qint64 addSource(const QString &kind = kKind)
    {
        SourceConfig config;
        config.kind = kind;
        config.name = QStringLiteral("Test source");
        config.location = QStringLiteral("test:replay");
        return m_store->addSource(config).result();
    }

    QList<qint64> addItems(qint64 sourceId, const QStringList &remoteIds)
    {
        QList<Item> items;
        for (const QString &remoteId : remoteIds)
            items << makeItem(remoteId, QStringLiteral("Subject ") + remoteId, kBase);
        const StoreBatchResult r = m_store->applyBatch(StoreBatch{sourceId, items, {}, {}, {}}).result();
        return r.ok ? r.addedIds : QList<qint64>();
    }

    bool execRaw(const QString &sql)
    {
        const QString name = QStringLiteral("raw-%1").arg(++m_connections);
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(dbPath());
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            if (db.open()) {
                QSqlQuery q(db);
                ok = q.exec(sql);
                if (!ok)
                    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    static QList<qint64> ids(const QList<PendingChange> &changes)
    {
        QList<qint64> result;
        for (const PendingChange &c : changes)
            result << c.id;
        return result;
    }

    template <typename T>
    static T locked(const std::function<T(Script &)> &read)
    {
        QMutexLocker lock(&script().mutex);
        return read(script());
    }
    static int replays() { return locked<int>([](Script &s) { return s.replays; }); }
    static QList<qint64> applied() { return locked<QList<qint64>>([](Script &s) { return s.applied; }); }

private Q_SLOTS:
    void initTestCase() { registerTestKind(); }
    void init()
    {
        script().reset();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<ItemStore>(dbPath());
        QCOMPARE(m_store->open(), OpenError::None);
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void replaysInJournalOrder();
    void retriesWithBackoffAfterFailures();
    void notRetryableWaitsForTheNextChange();
    void failedCommitStopsTheReplay();
    void changesDuringAReplayAreReplayedAfterIt();
    void startReplaysLeftovers();
    void sourceRemovedDuringAReplay();
    void destructionCancelsWithinTheLimit();
    void killRightAfterDoneStillReplays();
};

void TestChangeReplayService::replaysInJournalOrder()
{
    const qint64 source = addSource();
    const qint64 quiet = addSource(QStringLiteral("maildir"));  // journals nothing, replays nothing
    const QList<qint64> items = addItems(source, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    QCOMPARE(items.size(), 3);
    QCOMPARE(addItems(quiet, {QStringLiteral("q")}).size(), 1);
    ChangeReplayService service(m_store.get(), kFast);
    QSignalSpy flushed(&service, &ChangeReplayService::flushed);
    service.start();
    // A burst of triage, as the user does it.
    m_store->setSeen({items[0]}, true);
    m_store->setState({items[1]}, ItemState::Done);
    m_store->setTier({items[2]}, Tier::Now, QStringLiteral("manual"), std::nullopt, QString());
    QVERIFY(m_store->setSeen({items[0]}, false).result());
    const QList<PendingChange> journal = m_store->pendingChanges(source);
    QCOMPARE(journal.size(), 4);
    QCOMPARE(service.pending(source), 4);

    QTRY_VERIFY_WITH_TIMEOUT(!flushed.isEmpty() && flushed.last().at(1).toInt() == 0, 10000);
    QCOMPARE(flushed.last().at(0).toLongLong(), source);
    QCOMPARE(flushed.last().at(2).toString(), QString());
    QCOMPARE(applied(), ids(journal));
    QCOMPARE(locked<QList<ChangeKind>>([](Script &s) { return s.appliedKinds; }),
             (QList<ChangeKind>{ChangeKind::Seen, ChangeKind::Done, ChangeKind::Tier, ChangeKind::Unseen}));
    QCOMPARE(locked<QList<qint64>>([](Script &s) { return s.appliedItems; }),
             (QList<qint64>{items[0], items[1], items[2], items[0]}));
    QCOMPARE(service.pending(source), 0);
    QCOMPARE(m_store->pendingChangeCount(source), 0);
    for (const QVariantList &signal : std::as_const(flushed))
        QCOMPARE(signal.at(0).toLongLong(), source);  // nothing for the source whose kind replays nothing
}

void TestChangeReplayService::retriesWithBackoffAfterFailures()
{
    {
        QMutexLocker lock(&script().mutex);
        script().failFirst = 2;
    }
    const qint64 source = addSource();
    const QList<qint64> items = addItems(source, {QStringLiteral("r")});
    ChangeReplayService service(m_store.get(), kFast);  // retries after 200 ms, then 400 ms
    QSignalSpy flushed(&service, &ChangeReplayService::flushed);
    service.start();
    QVERIFY(m_store->setState(items, ItemState::Done).result());

    QTRY_COMPARE_WITH_TIMEOUT(flushed.size(), 3, 10000);
    QCOMPARE(flushed[0].at(1).toInt(), 1);
    QCOMPARE(flushed[0].at(2).toString(), QStringLiteral("server down"));
    QCOMPARE(flushed[1].at(1).toInt(), 1);
    QCOMPARE(flushed[1].at(2).toString(), QStringLiteral("server down"));
    QCOMPARE(flushed[2].at(1).toInt(), 0);
    QCOMPARE(flushed[2].at(2).toString(), QString());
    QCOMPARE(replays(), 3);
    QCOMPARE(applied().size(), 1);
    const QList<qint64> at = locked<QList<qint64>>([](Script &s) { return s.replayAtMs; });
    // Backoff: base, then twice the base (timers may fire up to 5 % early).
    QVERIFY2(at[1] - at[0] >= 190, qPrintable(QStringLiteral("first retry after %1 ms").arg(at[1] - at[0])));
    QVERIFY2(at[2] - at[1] >= 380, qPrintable(QStringLiteral("second retry after %1 ms").arg(at[2] - at[1])));
    // Success resets the backoff: nothing more runs.
    QTest::qWait(600);
    QCOMPARE(replays(), 3);
    QCOMPARE(m_store->pendingChangeCount(source), 0);
}

void TestChangeReplayService::notRetryableWaitsForTheNextChange()
{
    {
        QMutexLocker lock(&script().mutex);
        script().failFirst = 2;
        script().retryable = false;  // e.g. the password is wrong: retrying on a timer helps nobody
    }
    const qint64 source = addSource();
    const QList<qint64> items = addItems(source, {QStringLiteral("n1"), QStringLiteral("n2")});
    ChangeReplayService service(m_store.get(), ChangeReplayService::Timing{50, 100, 100});
    QSignalSpy flushed(&service, &ChangeReplayService::flushed);
    service.start();
    QVERIFY(m_store->setState({items[0]}, ItemState::Done).result());
    QTRY_COMPARE_WITH_TIMEOUT(flushed.size(), 1, 10000);
    QCOMPARE(flushed[0].at(1).toInt(), 1);
    QTest::qWait(500);  // five retry periods
    QCOMPARE(replays(), 1);
    QCOMPARE(m_store->pendingChangeCount(source), 1);

    service.start();  // e.g. the account was edited: try again
    QTRY_COMPARE_WITH_TIMEOUT(flushed.size(), 2, 10000);
    QCOMPARE(flushed[1].at(1).toInt(), 1);
    QTest::qWait(500);
    QCOMPARE(replays(), 2);

    QVERIFY(m_store->setState({items[1]}, ItemState::Done).result());  // the user goes on: try again
    QTRY_COMPARE_WITH_TIMEOUT(flushed.size(), 3, 10000);
    QCOMPARE(flushed[2].at(1).toInt(), 0);
    QCOMPARE(replays(), 3);
    QCOMPARE(applied().size(), 2);
}

// The replayer applied a change at the source, but its outcome cannot be committed: the replay
// stops there (even a careless replayer's further reports are refused), nothing after it is
// marked applied, and a later replay goes on from the journal.
void TestChangeReplayService::failedCommitStopsTheReplay()
{
    {
        QMutexLocker lock(&script().mutex);
        script().ignoreRefusal = true;
    }
    const qint64 source = addSource();
    const QList<qint64> items = addItems(source, {QStringLiteral("f1"), QStringLiteral("f2"), QStringLiteral("f3")});
    QVERIFY(m_store->setState(items, ItemState::Done).result());
    const QList<qint64> journal = ids(m_store->pendingChanges(source));
    QCOMPARE(journal.size(), 3);
    QVERIFY(execRaw(QStringLiteral("CREATE TRIGGER fail BEFORE DELETE ON pending_changes WHEN OLD.id = %1"
                                   " BEGIN SELECT RAISE(ABORT, 'disk trouble'); END")
                        .arg(journal[1])));

    ChangeReplayService service(m_store.get(), ChangeReplayService::Timing{50, 300, 300});
    QSignalSpy flushed(&service, &ChangeReplayService::flushed);
    service.start();
    QTRY_COMPARE_WITH_TIMEOUT(flushed.size(), 1, 10000);
    QCOMPARE(locked<QList<bool>>([](Script &s) { return s.reports; }), (QList<bool>{true, false, false}));
    QCOMPARE(applied(), QList<qint64>{journal[0]});
    QCOMPARE(flushed[0].at(1).toInt(), 2);
    QVERIFY(!flushed[0].at(2).toString().isEmpty());
    QCOMPARE(ids(m_store->pendingChanges(source)), (QList<qint64>{journal[1], journal[2]}));

    // The disk recovers: the retry (backoff) replays the rest, in order.
    QVERIFY(execRaw(QStringLiteral("DROP TRIGGER fail")));
    QTRY_VERIFY_WITH_TIMEOUT(flushed.size() >= 2 && flushed.last().at(1).toInt() == 0, 10000);
    QCOMPARE(applied(), journal);
}

void TestChangeReplayService::changesDuringAReplayAreReplayedAfterIt()
{
    {
        QMutexLocker lock(&script().mutex);
        script().blockMs = 1500;
        script().honourCancel = false;
    }
    const qint64 source = addSource();
    const QList<qint64> items = addItems(source, {QStringLiteral("d1"), QStringLiteral("d2")});
    ChangeReplayService service(m_store.get(), ChangeReplayService::Timing{20, 60 * 1000, 60 * 1000});
    QSignalSpy flushed(&service, &ChangeReplayService::flushed);
    service.start();
    QVERIFY(m_store->setState({items[0]}, ItemState::Done).result());
    QTRY_COMPARE_WITH_TIMEOUT(replays(), 1, 10000);  // the first replay is running (blocked)
    QVERIFY(m_store->setState({items[1]}, ItemState::Done).result());
    QTest::qWait(100);  // past flushDelayMs: the service must not start a second replay of the source
    QCOMPARE(replays(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(flushed.size() >= 2 && flushed.last().at(1).toInt() == 0, 10000);
    QCOMPARE(replays(), 2);  // one right after the other (the retry delay is a minute)
    QCOMPARE(applied().size(), 2);
    QCOMPARE(m_store->pendingChangeCount(source), 0);
}

void TestChangeReplayService::startReplaysLeftovers()
{
    const qint64 source = addSource();
    const QList<qint64> items = addItems(source, {QStringLiteral("l1"), QStringLiteral("l2")});
    {
        // A run that quits before its replay was due.
        ChangeReplayService first(m_store.get(), ChangeReplayService::Timing{60 * 1000, 60 * 1000, 60 * 1000});
        first.start();
        QVERIFY(m_store->setState(items, ItemState::Done).result());
        QVERIFY(m_store->setSeen({items[0]}, true).result());
    }
    QCOMPARE(replays(), 0);
    const QList<qint64> journal = ids(m_store->pendingChanges(source));
    QCOMPARE(journal.size(), 3);
    m_store.reset();  // the app quits

    m_store = std::make_unique<ItemStore>(dbPath());
    QCOMPARE(m_store->open(), OpenError::None);
    ChangeReplayService second(m_store.get(), kFast);
    QSignalSpy flushed(&second, &ChangeReplayService::flushed);
    second.start();
    QTRY_VERIFY_WITH_TIMEOUT(!flushed.isEmpty() && flushed.last().at(1).toInt() == 0, 10000);
    QCOMPARE(applied(), journal);
}

// The user removes the source while its replay runs: the journal goes with it, the replay's
// reports are refused, and nothing is retried or reported as an error.
void TestChangeReplayService::sourceRemovedDuringAReplay()
{
    {
        QMutexLocker lock(&script().mutex);
        script().blockMs = 300;
        script().honourCancel = false;
    }
    const qint64 source = addSource();
    const QList<qint64> items = addItems(source, {QStringLiteral("g1"), QStringLiteral("g2")});
    ChangeReplayService service(m_store.get(), ChangeReplayService::Timing{20, 50, 50});
    QSignalSpy flushed(&service, &ChangeReplayService::flushed);
    service.start();
    QVERIFY(m_store->setState(items, ItemState::Done).result());
    QTRY_COMPARE_WITH_TIMEOUT(replays(), 1, 10000);
    QVERIFY(m_store->removeSource(source).result());
    QTRY_COMPARE_WITH_TIMEOUT(locked<int>([](Script &s) { return s.finished; }), 1, 10000);
    QCOMPARE(locked<QList<bool>>([](Script &s) { return s.reports; }), QList<bool>{false});
    QTest::qWait(300);  // six retry periods
    QCOMPARE(replays(), 1);
    QCOMPARE(flushed.size(), 0);
    QCOMPARE(service.pending(source), 0);
}

void TestChangeReplayService::destructionCancelsWithinTheLimit()
{
    const qint64 source = addSource();
    const QList<qint64> items = addItems(source, {QStringLiteral("x1")});
    // A replayer that ignores cancel() (stuck connecting) and then tries to report: the
    // destructor still returns after at most kStopWaitMs, and the late report never reaches the
    // store (the change stays journaled for the next start).
    {
        QMutexLocker lock(&script().mutex);
        script().blockMs = 1500;
        script().honourCancel = false;
    }
    auto service = std::make_unique<ChangeReplayService>(m_store.get(), ChangeReplayService::Timing{10, 60000, 60000});
    service->start();
    QVERIFY(m_store->setState(items, ItemState::Done).result());
    QTRY_COMPARE_WITH_TIMEOUT(replays(), 1, 10000);
    QElapsedTimer timer;
    timer.start();
    service.reset();
    const qint64 waited = timer.elapsed();
    QVERIFY2(waited <= ChangeReplayService::kStopWaitMs + 300, qPrintable(QStringLiteral("waited %1 ms").arg(waited)));
    QVERIFY2(waited >= ChangeReplayService::kStopWaitMs - 50, qPrintable(QStringLiteral("waited %1 ms").arg(waited)));
    QTRY_COMPARE_WITH_TIMEOUT(locked<int>([](Script &s) { return s.finished; }), 1, 10000);
    QCOMPARE(locked<QList<bool>>([](Script &s) { return s.reports; }), QList<bool>{false});
    QCOMPARE(m_store->pendingChangeCount(source), 1);

    // A replayer that honours cancel() ends at once; the destructor does not wait for the limit.
    script().reset();
    {
        QMutexLocker lock(&script().mutex);
        script().blockMs = 60 * 1000;
    }
    service = std::make_unique<ChangeReplayService>(m_store.get(), ChangeReplayService::Timing{10, 60000, 60000});
    service->start();
    QTRY_COMPARE_WITH_TIMEOUT(replays(), 1, 10000);
    timer.start();
    service.reset();
    QVERIFY2(timer.elapsed() < ChangeReplayService::kStopWaitMs, qPrintable(QString::number(timer.elapsed())));
    QTRY_COMPARE_WITH_TIMEOUT(locked<int>([](Script &s) { return s.finished; }), 1, 10000);
    QCOMPARE(m_store->pendingChangeCount(source), 1);
}

// kill -9 right after "done": the change was journaled in the same transaction as the state, so
// the next start replays it.
void TestChangeReplayService::killRightAfterDoneStillReplays()
{
    const qint64 source = addSource();
    const QList<qint64> items = addItems(source, {QStringLiteral("k1")});
    QCOMPARE(m_store->pendingChangeCount(source), 0);
    m_store.reset();  // the app that runs now is the child

    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--journal-child"), dbPath(), QString::number(items[0])});
    QVERIFY(child.waitForStarted(10000));
    QByteArray out;
    QDeadlineTimer deadline(30000);
    while (!out.contains("committed\n") && !deadline.hasExpired() && child.state() == QProcess::Running) {
        child.waitForReadyRead(100);
        out += child.readAllStandardOutput();
    }
    QVERIFY2(out.contains("committed\n"), out.constData());
    child.kill();  // SIGKILL
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    m_store = std::make_unique<ItemStore>(dbPath());
    QCOMPARE(m_store->open(), OpenError::None);
    QCOMPARE(m_store->item(items[0])->state, ItemState::Done);
    const QList<PendingChange> journal = m_store->pendingChanges(source);
    QCOMPARE(journal.size(), 1);
    QCOMPARE(journal[0].kind, ChangeKind::Done);
    QCOMPARE(replays(), 0);

    ChangeReplayService service(m_store.get(), kFast);
    QSignalSpy flushed(&service, &ChangeReplayService::flushed);
    service.start();
    QTRY_VERIFY_WITH_TIMEOUT(!flushed.isEmpty() && flushed.last().at(1).toInt() == 0, 10000);
    QCOMPARE(applied(), QList<qint64>{journal[0].id});
    QCOMPARE(locked<QList<ChangeKind>>([](Script &s) { return s.appliedKinds; }), QList<ChangeKind>{ChangeKind::Done});
}

int main(int argc, char **argv)
{
    if (argc >= 2 && std::strcmp(argv[1], "--journal-child") == 0)
        return childMain(argc, argv);
    QCoreApplication app(argc, argv);
    TestChangeReplayService test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_changereplayservice.moc"
