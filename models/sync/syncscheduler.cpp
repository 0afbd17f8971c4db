#include "sync/syncscheduler.h"

#include "sources/sourceregistry.h"
#include "sync/backoff.h"
#include "storage/itemstore.h"
#include "sync/syncmanager.h"

#include <QDateTime>
#include <QTimer>

namespace fi {

struct SyncScheduler::Entry {
    SourceConfig config;
    qint64 pollMs = 0;                 ///< 0 = local source (not scheduled here)
    SourceStatus status;
    QTimer *timer = nullptr;           ///< next poll / retry
    QTimer *pushDebounce = nullptr;
    QTimer *pushRetry = nullptr;
    std::unique_ptr<PushWatcher> push;
    int pushFailures = 0;
    bool pushUnavailable = false;
    bool pushTrailing = false;         ///< a push came during the debounce window

    ~Entry()
    {
        delete timer;
        delete pushDebounce;
        delete pushRetry;
    }
};

namespace {
qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

/// Whether two configs of the same id need a new schedule (location, settings, state).
bool sameSetup(const SourceConfig &a, const SourceConfig &b)
{
    return a.kind == b.kind && a.location == b.location && a.settings == b.settings && a.enabled == b.enabled;
}
} // namespace

SyncScheduler::SyncScheduler(SyncManager *sync, ItemStore *store, Timing timing, QObject *parent)
    : QObject(parent), m_sync(sync), m_store(store), m_timing(timing)
{
    connect(m_sync, &SyncManager::sourceStarted, this, [this](qint64 id, const QString &) { onStarted(id); });
    connect(m_sync, &SyncManager::sourceFinished, this,
            [this](qint64 id, const QString &, const SyncResult &r) { onFinished(id, r); });
}

SyncScheduler::SyncScheduler(SyncManager *sync, ItemStore *store, QObject *parent)
    : SyncScheduler(sync, store, Timing{}, parent)
{
}

SyncScheduler::~SyncScheduler()
{
    if (m_keepingConnections)
        keepConnections(false);
}

void SyncScheduler::keepConnections(bool keep)
{
    m_keepingConnections = keep;
    const SourceRegistry &registry = SourceRegistry::instance();
    for (const QString &key : registry.kinds()) {
        const SourceKind *kind = registry.kind(key);
        if (kind && kind->keepConnections)
            kind->keepConnections(keep);
    }
}

void SyncScheduler::start()
{
    if (!m_keepingConnections)
        keepConnections(true);  // polls and pushes come again and again: reuse connections
    connect(m_store, &ItemStore::sourcesChanged, this, &SyncScheduler::refreshSources, Qt::UniqueConnection);
    refreshSources();
}

qint64 SyncScheduler::retryDelayMs(int consecutiveFailures, const Timing &timing)
{
    return backoffDelayMs(consecutiveFailures, timing.retryBaseMs, timing.retryMaxMs);
}

SourceStatus SyncScheduler::status(qint64 sourceId) const
{
    const auto it = m_entries.constFind(sourceId);
    return it == m_entries.constEnd() ? SourceStatus{} : (*it)->status;
}

void SyncScheduler::refreshSources()
{
    QSet<qint64> seen;
    for (const SourceConfig &config : m_store->sources()) {
        if (!config.enabled)
            continue;
        seen.insert(config.id);
        const auto it = m_entries.constFind(config.id);
        if (it != m_entries.constEnd() && sameSetup((*it)->config, config)) {
            (*it)->config.name = config.name;
            continue;
        }
        // New or edited: a fresh schedule, a fresh push connection, the backoff forgotten.
        auto entry = std::make_shared<Entry>();
        entry->config = config;
        if (it != m_entries.constEnd()) {
            entry->status.lastSuccessMs = (*it)->status.lastSuccessMs;
            entry->status.state = (*it)->status.state == SourceStatus::State::Syncing ? SourceStatus::State::Syncing
                                                                                      : SourceStatus::State::Idle;
        }
        const SourceKind *kind = SourceRegistry::instance().kind(config.kind);
        entry->pollMs = kind ? qint64(kind->pollSeconds(config)) * 1000 : 0;
        m_entries.insert(config.id, entry);
        entry->status.inbound = kind && kind->has(SourceKind::Capability::Inbound);
        if (entry->pollMs > 0)
            schedule(*entry, entry->pollMs);
        if (entry->pollMs > 0 || entry->status.inbound)
            startPush(config.id);
        Q_EMIT statusChanged(config.id);
    }
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (!seen.contains(it.key())) {
            const qint64 id = it.key();
            it = m_entries.erase(it);
            Q_EMIT statusChanged(id);
        } else {
            ++it;
        }
    }
}

void SyncScheduler::schedule(Entry &entry, qint64 delayMs)
{
    if (!entry.timer) {
        entry.timer = new QTimer;
        entry.timer->setSingleShot(true);
        connect(entry.timer, &QTimer::timeout, this, [this, id = entry.config.id] { m_sync->syncSource(id); });
    }
    entry.timer->start(int(qMin<qint64>(delayMs, std::numeric_limits<int>::max())));
    entry.status.nextSyncMs = nowMs() + delayMs;
}

void SyncScheduler::onStarted(qint64 sourceId)
{
    const auto it = m_entries.constFind(sourceId);
    if (it == m_entries.constEnd())
        return;
    Entry &e = **it;
    if (e.timer)
        e.timer->stop();
    e.status.nextSyncMs = 0;
    e.status.state = SourceStatus::State::Syncing;
    Q_EMIT statusChanged(sourceId);
}

void SyncScheduler::onFinished(qint64 sourceId, const SyncResult &result)
{
    const auto it = m_entries.constFind(sourceId);
    if (it == m_entries.constEnd())
        return;
    Entry &e = **it;
    SourceStatus &s = e.status;
    if (result.ok || result.aborted) {
        s.state = SourceStatus::State::Idle;
        s.error.clear();
        s.retryable = true;
        if (result.ok) {
            s.consecutiveFailures = 0;
            s.lastSuccessMs = nowMs();
            s.added = result.added;
            // The account works again (e.g. the password was fixed): bring IDLE back too.
            const bool pushWaiting = e.pushRetry && e.pushRetry->isActive();
            if (e.pollMs > 0 && !e.push && !e.pushUnavailable && !pushWaiting) {
                e.pushFailures = 0;
                startPush(sourceId);
            }
        }
        if (e.pollMs > 0)
            schedule(e, e.pollMs);
    } else {
        s.state = SourceStatus::State::Failed;
        s.error = result.error;
        s.retryable = result.retryable;
        ++s.consecutiveFailures;
        s.nextSyncMs = 0;
        if (e.pollMs > 0 && result.retryable)
            schedule(e, retryDelayMs(s.consecutiveFailures, m_timing));
    }
    Q_EMIT statusChanged(sourceId);
}

void SyncScheduler::retryNow(qint64 sourceId)
{
    const auto it = m_entries.constFind(sourceId);
    if (it != m_entries.constEnd()) {
        Entry &e = **it;
        e.status.consecutiveFailures = 0;
        if (!e.push && (e.pollMs > 0 || e.status.inbound) && !e.pushUnavailable) {
            if (e.pushRetry)
                e.pushRetry->stop();
            e.pushFailures = 0;
            startPush(sourceId);
        }
    }
    m_sync->syncSource(sourceId);
}

void SyncScheduler::startPush(qint64 sourceId)
{
    const auto it = m_entries.constFind(sourceId);
    if (it == m_entries.constEnd())
        return;
    Entry &e = **it;
    const SourceKind *kind = SourceRegistry::instance().kind(e.config.kind);
    e.push = kind && kind->createConnector ? kind->createConnector(e.config) : nullptr;
    if (!e.push) {
        if (e.status.inbound) {
            // An inbound source without a listener receives nothing: say why, and wait for the user.
            e.status.state = SourceStatus::State::Failed;
            e.status.retryable = false;
            e.status.error = kind ? kind->problems(e.config).join(QLatin1Char(' ')) : QString();
            if (e.status.error.isEmpty())
                e.status.error = tr("This source cannot listen with its settings.");
            Q_EMIT statusChanged(sourceId);
        }
        return;
    }
    PushWatcher *w = e.push.get();
    if (e.status.inbound) {
        w->setDeliver([this, sourceId](const SourceBatch &batch, std::function<void(const Delivered &)> done) {
            m_sync->deliver(sourceId, batch, std::move(done));
        });
    }
    connect(w, &PushWatcher::established, this, [this, sourceId, w] {
        const auto found = m_entries.constFind(sourceId);
        if (found == m_entries.constEnd())
            return;
        Entry &entry = **found;
        entry.pushFailures = 0;
        entry.status.pushActive = true;
        entry.status.pushSummary = w->summary();
        entry.status.pushDescription = w->description();
        if (entry.status.inbound && entry.status.state == SourceStatus::State::Failed) {
            entry.status.state = SourceStatus::State::Idle;  // the listener's trouble is over
            entry.status.error.clear();
            entry.status.consecutiveFailures = 0;
            entry.status.nextSyncMs = 0;
        }
        // The server is reachable again: do not wait for the backoff.
        if (entry.status.state == SourceStatus::State::Failed && entry.status.retryable)
            m_sync->syncSource(sourceId);
        Q_EMIT statusChanged(sourceId);
    });
    connect(w, &PushWatcher::changed, this, [this, sourceId] {
        const auto found = m_entries.constFind(sourceId);
        if (found == m_entries.constEnd())
            return;
        Entry &entry = **found;
        // Leading edge: the first push syncs at once (issue 17: new mail in the list within
        // 100 ms); pushes during the window after it make one more sync at its end.
        if (entry.pushDebounce && entry.pushDebounce->isActive()) {
            entry.pushTrailing = true;
            return;
        }
        if (!entry.pushDebounce) {
            entry.pushDebounce = new QTimer;
            entry.pushDebounce->setSingleShot(true);
            entry.pushDebounce->setInterval(m_timing.pushDebounceMs);
            connect(entry.pushDebounce, &QTimer::timeout, this, [this, sourceId] {
                const auto again = m_entries.constFind(sourceId);
                if (again == m_entries.constEnd() || !(*again)->pushTrailing)
                    return;
                (*again)->pushTrailing = false;
                m_sync->syncSource(sourceId);
                (*again)->pushDebounce->start();
            });
        }
        m_sync->syncSource(sourceId);
        entry.pushDebounce->start();
    });
    connect(w, &PushWatcher::unavailable, this, [this, sourceId](const QString &) {
        const auto found = m_entries.constFind(sourceId);
        if (found == m_entries.constEnd())
            return;
        Entry &entry = **found;
        entry.pushUnavailable = true;  // polling only
        entry.status.pushActive = false;
        entry.push.release()->deleteLater();
        Q_EMIT statusChanged(sourceId);
    });
    connect(w, &PushWatcher::failed, this, [this, sourceId](const QString &reason) { pushFailed(sourceId, reason); });
    w->start();
}

void SyncScheduler::pushFailed(qint64 sourceId, const QString &reason)
{
    const auto found = m_entries.constFind(sourceId);
    if (found == m_entries.constEnd())
        return;
    Entry &e = **found;
    e.status.pushActive = false;
    if (e.push)
        e.push.release()->deleteLater();
    ++e.pushFailures;
    if (e.status.inbound) {
        // Nothing syncs an inbound source: its listener's trouble is the source's status.
        e.status.state = SourceStatus::State::Failed;
        e.status.error = reason;
        e.status.retryable = true;
        e.status.consecutiveFailures = e.pushFailures;
        e.status.nextSyncMs = nowMs() + retryDelayMs(e.pushFailures, m_timing);
    }
    // Otherwise the sync of the same account reports the same trouble in the status.
    if (!e.pushRetry) {
        e.pushRetry = new QTimer;
        e.pushRetry->setSingleShot(true);
        connect(e.pushRetry, &QTimer::timeout, this, [this, sourceId] {
            const auto it = m_entries.constFind(sourceId);
            // A wrong password or an untrusted certificate waits for the user (retryNow()).
            if (it != m_entries.constEnd() && !(*it)->push
                && !((*it)->status.state == SourceStatus::State::Failed && !(*it)->status.retryable))
                startPush(sourceId);
        });
    }
    e.pushRetry->start(int(retryDelayMs(e.pushFailures, m_timing)));
    Q_EMIT statusChanged(sourceId);
}

} // namespace fi
