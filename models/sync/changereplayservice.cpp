#include "sync/changereplayservice.h"

#include "sources/changereplayer.h"
#include "sources/sourceregistry.h"
#include "storage/itemstore.h"
#include "sync/backoff.h"

#include <QDeadlineTimer>
#include <QFutureWatcher>
#include <QMutex>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace fi {

namespace {

/// Replays run here, not in the global pool: QCoreApplication's destructor waits for the global
/// pool, and a replay still connecting to a silent server (which its cancel() may not cut short)
/// would hold the exit for the network timeout. Never destroyed, so nothing waits for it; the
/// process exit ends such a replay (its changes stay journaled).
QThreadPool *replayPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(qMax(4, QThread::idealThreadCount()));  // a hung source never blocks the others
        return p;
    }();
    return pool;
}

/// Lets the GUI thread cancel the replayer a worker is running. Thread-safe.
class CancelHandle {
public:
    void cancel()
    {
        QMutexLocker lock(&m_mutex);
        m_cancelled = true;
        if (m_replayer)
            m_replayer->cancel();
    }
    /// @return false when cancelled already (then @p replayer must not run).
    bool attach(ChangeReplayer *replayer)
    {
        QMutexLocker lock(&m_mutex);
        if (m_cancelled)
            return false;
        m_replayer = replayer;
        return true;
    }
    void detach()
    {
        QMutexLocker lock(&m_mutex);
        m_replayer = nullptr;
    }

private:
    QMutex m_mutex;
    ChangeReplayer *m_replayer = nullptr;
    bool m_cancelled = false;
};

} // namespace

/// The store as the workers reach it. close() (at the service's destruction) waits for a store
/// call in progress and makes every later one fail, so no worker outliving the service touches
/// the store.
struct detail::ReplayGate {
    QMutex mutex;
    ItemStore *store = nullptr;

    QList<PendingChange> pendingChanges(qint64 sourceId)
    {
        QMutexLocker lock(&mutex);
        return store ? store->pendingChanges(sourceId) : QList<PendingChange>();
    }
    /// Blocks until the outcome is committed (the store's writer is another thread).
    bool commit(const ChangeOutcome &outcome)
    {
        QMutexLocker lock(&mutex);
        return store && store->commitChangeOutcome(outcome).result();
    }
    void close()
    {
        QMutexLocker lock(&mutex);
        store = nullptr;
    }
};

/// What a replay left behind (worker → GUI thread).
struct detail::ReplayOutcome {
    int pending = 0;        ///< Changes of the source in the journal afterwards.
    bool clean = true;      ///< Every change of this replay left the journal and nothing failed.
    bool retryable = true;  ///< ReplayResult::retryable.
    QString error;          ///< Translated; empty when clean.
};

struct ChangeReplayService::Source {
    QTimer *timer = nullptr;  ///< Owned by the service (parented).
    QFuture<detail::ReplayOutcome> running;
    std::shared_ptr<CancelHandle> cancel;  ///< Of the running replay.
    bool replaying = false;
    bool again = false;   ///< Changes were journaled during the replay.
    int failures = 0;     ///< Consecutive unclean replays (backoff).
};

namespace {
using Outcome = detail::ReplayOutcome;
} // namespace

ChangeReplayService::ChangeReplayService(ItemStore *store, Timing timing, QObject *parent)
    : QObject(parent), m_store(store), m_timing(timing), m_gate(std::make_shared<detail::ReplayGate>())
{
    m_gate->store = store;
}

ChangeReplayService::ChangeReplayService(ItemStore *store, QObject *parent)
    : ChangeReplayService(store, Timing{}, parent)
{
}

ChangeReplayService::~ChangeReplayService()
{
    // Quitting never waits on a silent server: cancel every replay, give them kStopWaitMs to
    // return, then cut the store off from one still running (it owns its replayer and config).
    for (const auto &source : std::as_const(m_sources)) {
        if (source->cancel)
            source->cancel->cancel();
    }
    QDeadlineTimer deadline(kStopWaitMs);
    for (const auto &source : std::as_const(m_sources)) {
        while (source->replaying && !source->running.isFinished() && !deadline.hasExpired())
            QThread::msleep(5);
    }
    m_gate->close();
}

void ChangeReplayService::start()
{
    connect(m_store, &ItemStore::changesJournaled, this, &ChangeReplayService::onJournaled, Qt::UniqueConnection);
    const SourceRegistry &registry = SourceRegistry::instance();
    for (const SourceConfig &source : m_store->sources()) {
        const SourceKind *kind = registry.kind(source.kind);
        if (kind && kind->createReplayer && m_store->pendingChangeCount(source.id) > 0)
            schedule(source.id, 0);
    }
}

int ChangeReplayService::pending(qint64 sourceId) const
{
    return m_store->pendingChangeCount(sourceId);
}

void ChangeReplayService::onJournaled(qint64 sourceId)
{
    schedule(sourceId, m_timing.flushDelayMs);
}

std::shared_ptr<ChangeReplayService::Source> ChangeReplayService::entry(qint64 sourceId)
{
    std::shared_ptr<Source> &source = m_sources[sourceId];
    if (!source)
        source = std::make_shared<Source>();
    return source;
}

void ChangeReplayService::schedule(qint64 sourceId, int delayMs)
{
    const std::shared_ptr<Source> source = entry(sourceId);
    if (!source->timer) {
        source->timer = new QTimer(this);
        source->timer->setSingleShot(true);
        connect(source->timer, &QTimer::timeout, this, [this, sourceId] { replay(sourceId); });
    }
    source->timer->start(delayMs);
}

namespace {

/// The worker: one replay of @p config's journal. Touches the store only through @p gate.
Outcome runReplay(const std::shared_ptr<detail::ReplayGate> &gate, const std::shared_ptr<CancelHandle> &cancel,
                  const SourceKind::ReplayerFactory &factory, const SourceConfig &config)
{
    Outcome out;
    const QList<PendingChange> changes = gate->pendingChanges(config.id);
    QSet<qint64> replayed;
    for (const PendingChange &change : changes)
        replayed.insert(change.id);
    QString lastFailure;
    bool refused = false;
    if (!changes.isEmpty()) {
        std::unique_ptr<ChangeReplayer> replayer = factory(config);
        if (!replayer) {
            out.clean = false;
            out.error = ChangeReplayService::tr("The source cannot send changes now.");
        } else if (cancel->attach(replayer.get())) {
            std::atomic<bool> stop = false;
            const ChangeReplayer::Report report = [&](const ChangeOutcome &outcome) {
                // Nothing runs ahead of the journal: after one failed commit, refuse the rest.
                if (stop.load() || !replayed.contains(outcome.changeId))
                    return false;
                if (!gate->commit(outcome)) {
                    stop = true;
                    return false;
                }
                if (outcome.status == ChangeOutcome::Status::Failed)
                    lastFailure = outcome.error;
                return true;
            };
            const ReplayResult result = replayer->replay(changes, report);
            cancel->detach();
            refused = stop.load();
            out.retryable = result.retryable;
            if (!result.ok) {
                out.clean = false;
                out.error = result.error;
            }
        } else {
            out.clean = false;  // cancelled before it began
        }
    }
    const QList<PendingChange> left = gate->pendingChanges(config.id);
    out.pending = int(left.size());
    bool leftOver = false;
    for (const PendingChange &change : left)
        leftOver = leftOver || replayed.contains(change.id);
    if (out.clean && (refused || leftOver)) {
        out.clean = false;
        out.error = refused ? ChangeReplayService::tr("A change sent to the source could not be saved.")
                  : !lastFailure.isEmpty() ? lastFailure
                                           : ChangeReplayService::tr("Some changes could not be sent yet.");
    }
    return out;
}

} // namespace

void ChangeReplayService::replay(qint64 sourceId)
{
    const std::shared_ptr<Source> source = entry(sourceId);
    if (source->replaying) {
        source->again = true;
        return;
    }
    const std::optional<SourceConfig> config = m_store->source(sourceId);
    if (!config)
        return;  // removed: its journal went with it
    const SourceKind *kind = SourceRegistry::instance().kind(config->kind);
    if (!kind || !kind->createReplayer)
        return;  // nothing can replay it (yet): the rows stay
    source->replaying = true;
    source->again = false;
    source->cancel = std::make_shared<CancelHandle>();
    source->running = QtConcurrent::run(
        replayPool(), [gate = m_gate, cancel = source->cancel, factory = kind->createReplayer, config = *config] {
            return runReplay(gate, cancel, factory, config);
        });
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, sourceId] {
        watcher->deleteLater();
        finished(sourceId, watcher->result());
    });
    watcher->setFuture(source->running);
}

void ChangeReplayService::finished(qint64 sourceId, const Outcome &outcome)
{
    const std::shared_ptr<Source> source = entry(sourceId);
    source->replaying = false;
    source->cancel.reset();
    if (!m_store->source(sourceId)) {  // removed during the replay: its journal went with it
        source->again = false;
        source->failures = 0;
        return;
    }
    if (!outcome.clean)
        qWarning("Replaying changes to source %lld failed, %d change(s) kept: %s", sourceId, outcome.pending,
                 qUtf8Printable(outcome.error));
    if (outcome.clean)
        source->failures = 0;
    else
        ++source->failures;
    if (source->again)
        schedule(sourceId, 0);  // changes came in meanwhile: they have waited long enough
    else if (!outcome.clean && outcome.retryable && outcome.pending > 0)
        schedule(sourceId, int(backoffDelayMs(source->failures, m_timing.retryBaseMs, m_timing.retryMaxMs)));
    // Not retryable: wait for the next journaled change or start().
    source->again = false;
    Q_EMIT flushed(sourceId, outcome.pending, outcome.error);
}

} // namespace fi
