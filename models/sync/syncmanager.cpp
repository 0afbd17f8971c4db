#include "sync/syncmanager.h"

#include "triage/screener.h"

#include "config/privatefiles.h"

#include "mail/conversations.h"
#include "mail/replydetection.h"
#include "sources/sourceregistry.h"
#include "sources/statelines.h"
#include "storage/itemstore.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QTimer>

namespace fi {

struct SyncManager::Run {
    SourceConfig config;
    std::unique_ptr<Source> source;
    SyncResult result;          ///< Accumulated from committed batches.
    /// StoreBatch::runId of this run's batches: once one fails to commit, the store refuses the
    /// rest, so no later batch advances the sync state past the failed one.
    quint64 storeRun = ItemStore::newSyncRun();
    int batchesInFlight = 0;
    int batchesRefused = 0;     ///< Batches not written because an earlier one failed.
    bool storeFailed = false;   ///< A batch of this run failed to commit.
    QElapsedTimer started;
    bool sourceDone = false;
    SyncResult sourceResult;    ///< What the source reported in finished().
    /// Sent mail already read for reply detection (remoteId → fingerprint). It is never stored
    /// as items, so it is handed to the source as "known" to be skipped while unchanged.
    QHash<QString, QString> sentSeen;
    /// New senders wait in the screener (issue 14): the source screens (triage/screener.h) and
    /// this is not its first import (every sender would be new then).
    bool screens = false;
};

namespace {
/// syncState key of Run::sentSeen (statelines encoding).
const QString kSentSeenKey = QStringLiteral("#sent-seen");
} // namespace

SyncManager::SyncManager(ItemStore *store, const AppConfig &config, QString logDir, QObject *parent)
    : QObject(parent),
      m_store(store),
      m_tiering(std::make_unique<Tiering>(config)),
      m_sentFolders(config.sentFolders),
      m_logDir(std::move(logDir)),
      m_rescanSeconds(config.rescanIntervalSeconds)
{
    qRegisterMetaType<SourceBatch>();
    qRegisterMetaType<SourceError>();
    qRegisterMetaType<SyncResult>();
    qRegisterMetaType<SyncTotals>();
}

SyncManager::~SyncManager()
{
    for (const auto &run : std::as_const(m_runs)) {
        if (run->source) {
            run->source->disconnect(this);
            run->source->abort();
        }
    }
}

void SyncManager::setConfig(const AppConfig &config)
{
    m_tiering = std::make_unique<Tiering>(config);
    m_sentFolders = config.sentFolders;
    m_rescanSeconds = config.rescanIntervalSeconds;
    if (m_rescan)
        m_rescan->setInterval(m_rescanSeconds * 1000);
}

bool SyncManager::isSyncing() const { return !m_runs.isEmpty(); }

void SyncManager::syncAll()
{
    const QList<SourceConfig> sources = m_store->sources();
    for (const SourceConfig &config : sources) {
        if (config.enabled)
            syncSource(config.id);
    }
    if (m_runs.isEmpty()) {
        const SyncTotals totals = m_totals;
        m_totals = {};
        // Nothing to do: still answer, asynchronously, like a real run.
        QTimer::singleShot(0, this, [this, totals] { Q_EMIT allFinished(totals); });
    }
}

void SyncManager::syncLocal()
{
    for (const SourceConfig &config : m_store->sources()) {
        if (!config.enabled)
            continue;
        const SourceKind *kind = SourceRegistry::instance().kind(config.kind);
        if (kind && kind->pollSeconds(config) == 0)
            syncSource(config.id);
    }
}

void SyncManager::syncSource(qint64 sourceId)
{
    if (m_runs.contains(sourceId)) {
        m_pending.insert(sourceId);
        return;
    }
    const std::optional<SourceConfig> config = m_store->source(sourceId);
    if (!config || !config->enabled)
        return;
    if (const SourceKind *kind = SourceRegistry::instance().kind(config->kind);
        kind && kind->has(SourceKind::Capability::Inbound))
        return;  // its items come to the app (deliver()): there is nothing to fetch
    startRun(*config);
}

void SyncManager::deliver(qint64 sourceId, const SourceBatch &batch, std::function<void(const Delivered &)> done)
{
    const std::optional<SourceConfig> config = m_store->source(sourceId);
    if (!config || !config->enabled) {
        if (done) {
            Delivered refused;
            refused.error = config ? tr("The source \"%1\" is disabled.").arg(config->name)
                                   : tr("The source no longer exists.");
            done(refused);
        }
        return;
    }
    StoreBatch store;
    store.sourceId = sourceId;
    store.upserts.reserve(batch.upserts.size());
    for (const ItemRecord &record : batch.upserts)
        store.upserts.append(m_tiering->apply(record, *config));
    auto *watcher = new QFutureWatcher<StoreBatchResult>(this);
    const int count = int(batch.upserts.size());
    connect(watcher, &QFutureWatcher<StoreBatchResult>::finished, this,
            [this, watcher, done = std::move(done), count, name = config->name, location = config->location] {
                watcher->deleteLater();
                const StoreBatchResult res = watcher->result();
                Delivered result;
                result.ok = res.ok && res.changedIds.size() >= count;
                if (result.ok) {
                    result.itemIds = res.changedIds.first(count);
                    for (const qint64 id : std::as_const(result.itemIds))
                        result.created << res.addedIds.contains(id);
                    if (!res.addedIds.isEmpty())
                        Q_EMIT newItems(res.addedIds);
                } else {
                    result.error = res.error.isEmpty() ? tr("The store did not take the items.") : res.error;
                    log(QStringLiteral("source %1 (%2): delivered items not stored: %3").arg(name, location, result.error));
                }
                if (done)
                    done(result);
            });
    watcher->setFuture(m_store->applyBatch(store));
}

void SyncManager::startRun(const SourceConfig &config)
{
    auto run = std::make_shared<Run>();
    run->config = config;
    run->source = SourceRegistry::instance().createSync(config);
    m_runs.insert(config.id, run);
    ++m_totals.sources;
    Run *r = run.get();
    r->started.start();
    if (!run->source) {
        SyncResult failed;
        failed.ok = false;
        failed.error = tr("Unknown source kind \"%1\"").arg(config.kind);
        onFinished(r, failed);
        return;
    }
    connect(r->source.get(), &Source::batchReady, this, [this, r](const SourceBatch &b) { onBatch(r, b); });
    connect(r->source.get(), &Source::progress, this, [this, r](int done, int total) {
        Q_EMIT sourceProgress(r->config.id, r->config.name, done, total);
    });
    connect(r->source.get(), &Source::itemFailed, this, [this, r](const SourceError &error) {
        log(QStringLiteral("source %1 (%2): %3: %4").arg(r->config.name, r->config.location, error.where, error.reason));
        Q_EMIT itemFailed(r->config.id, error);
    });
    connect(r->source.get(), &Source::finished, this, [this, r](const SyncResult &res) { onFinished(r, res); });
    Q_EMIT sourceStarted(config.id, config.name);
    const QMap<QString, QByteArray> state = m_store->syncState(config.id);
    r->sentSeen = decodeStateLines(state.value(kSentSeenKey));
    const SourceKind *kind = SourceRegistry::instance().kind(config.kind);
    r->screens = m_store->hasItems(config.id) && screensNewSenders(config, kind && kind->has(SourceKind::Capability::Mail));
    // Read by the source when it needs them, on its own thread (issue 17: a sync that finds
    // nothing changed reads none). m_store outlives this manager, whose destructor stops every run.
    KnownItemsProvider known(
        [store = m_store, id = config.id, sentSeen = r->sentSeen] {
            KnownItems items = store->knownItems(id);
            items.insert(sentSeen);
            return items;
        },
        [store = m_store, id = config.id, sentSeen = r->sentSeen](const QStringList &remoteIds) {
            KnownItems items = store->knownItemsAmong(id, remoteIds);
            for (const QString &remoteId : remoteIds) {
                if (const auto it = sentSeen.constFind(remoteId); it != sentSeen.constEnd())
                    items.insert(it.key(), it.value());
            }
            return items;
        },
        // Sent mail seen as replies is not at any locator of the items table: not needed here.
        [store = m_store, id = config.id](const QString &folder, const QStringList &locators) {
            return store->knownItemsAt(id, folder, locators);
        });
    r->source->setMaxBatchesAhead(Source::kMaxBatchesAhead);
    r->source->start(known, state);
}

void SyncManager::onBatch(Run *run, const SourceBatch &batch)
{
    StoreBatch store;
    store.sourceId = run->config.id;
    store.upserts.reserve(batch.upserts.size());
    const mail::SentFolders sent(m_sentFolders, run->config);
    bool sentChanged = false;
    for (const ItemRecord &record : batch.upserts) {
        if (sent.contains(record.folder)) {
            // Sent mail is not an inbox item: it answers the items it replies to, in the batch's
            // own transaction (StoreBatch::repliedMessageIds), whichever of them comes first.
            for (const QString &answered : mail::repliedMessageIds(record)) {
                const auto known = store.repliedMessageIds.constFind(answered);
                if (known == store.repliedMessageIds.cend()
                    || (record.receivedMs > 0 && (*known == 0 || record.receivedMs < *known)))
                    store.repliedMessageIds.insert(answered, record.receivedMs);
            }
            store.sentThreading.append(mail::threadingInput(record));
            run->sentSeen.insert(record.remoteId, record.fingerprint);
            sentChanged = true;
            continue;
        }
        store.upserts.append(m_tiering->apply(record, run->config));
    }
    // Renames and removals of already-read sent mail concern no stored item.
    for (const FlagUpdate &update : batch.flagUpdates) {
        if (run->sentSeen.contains(update.remoteId)) {
            run->sentSeen.insert(update.remoteId, update.fingerprint);
            sentChanged = true;
        } else {
            store.flagUpdates.append(update);
        }
    }
    for (const QString &removed : batch.removedRemoteIds) {
        if (run->sentSeen.remove(removed) > 0)
            sentChanged = true;
        else
            store.removedRemoteIds.append(removed);
    }
    store.syncState = batch.syncState;
    store.location = batch.location;
    if (!batch.location.isEmpty()) {
        log(QStringLiteral("source %1 (%2): moved permanently to %3").arg(run->config.name, run->config.location, batch.location));
        run->config.location = batch.location;
    }
    store.runId = run->storeRun;
    if (run->screens)
        store.screenReasons = screenableReasons();
    store.written = run->source->batchCreditReleaser();
    if (const SourceKind *kind = SourceRegistry::instance().kind(run->config.kind))
        store.threadBySubject = kind->has(SourceKind::Capability::Mail);
    if (const SourceKind *kind = SourceRegistry::instance().kind(run->config.kind);
        kind && kind->reopenOnActivity) {
        store.reopenOnActivity = true;
        store.reopenDue = m_tiering->dueFunction();
    }
    if (sentChanged)
        store.syncState.insert(kSentSeenKey, encodeStateLines(run->sentSeen));

    ++run->batchesInFlight;
    auto *watcher = new QFutureWatcher<StoreBatchResult>(this);
    const qint64 sourceId = run->config.id;
    connect(watcher, &QFutureWatcher<StoreBatchResult>::finished, this, [this, watcher, sourceId] {
        watcher->deleteLater();
        const auto it = m_runs.constFind(sourceId);
        if (it == m_runs.constEnd())
            return;
        Run *r = it->get();
        const StoreBatchResult res = watcher->result();
        --r->batchesInFlight;
        if (res.ok) {
            r->result.added += res.added;
            r->result.updated += res.updated;
            r->result.removed += res.removed;
            // A done item that new activity reopened is news like a new one.
            if (const QList<qint64> fresh = res.addedIds + res.reopenedIds; !fresh.isEmpty())
                Q_EMIT newItems(fresh);
        } else if (res.skipped) {
            ++r->batchesRefused;  // an earlier batch of this run failed: reported there
        } else {
            // The store refuses this run's later batches (StoreBatch::runId), so the folder's
            // sync state stays before this batch and the next run fetches its messages again.
            r->storeFailed = true;
            r->result.ok = false;
            r->result.retryable = true;
            r->result.error = tr("Could not store a batch: %1").arg(res.error);
            log(QStringLiteral("source %1 (%2): store error after %3 ms: %4")
                    .arg(r->config.name, r->config.location)
                    .arg(r->started.elapsed())
                    .arg(res.error));
            r->source->abort();
        }
        if (r->sourceDone && r->batchesInFlight == 0)
            completeRun(r);
    });
    watcher->setFuture(m_store->applyBatch(store));
}

void SyncManager::onFinished(Run *run, const SyncResult &result)
{
    run->sourceDone = true;
    run->sourceResult = result;
    if (run->batchesInFlight == 0)
        QTimer::singleShot(0, this, [this, id = run->config.id] {
            const auto it = m_runs.constFind(id);
            if (it != m_runs.constEnd())
                completeRun(it->get());
        });
}

void SyncManager::completeRun(Run *run)
{
    m_store->endSyncRun(run->storeRun);  // queued after every batch of this run
    SyncResult final = run->result;
    final.failed = run->sourceResult.failed;
    // A source stopped because its batch could not be stored failed; it was not cancelled
    // (an aborted run shows as idle in the source status, and the failure must show).
    final.aborted = run->sourceResult.aborted && !run->storeFailed;
    if (run->storeFailed) {
        // The store error is the cause; the source only stopped because it was asked to.
        if (run->batchesRefused > 0)
            log(QStringLiteral("source %1 (%2): %3 later batches of the run not stored; the next sync fetches them again")
                    .arg(run->config.name, run->config.location)
                    .arg(run->batchesRefused));
    } else if (!run->sourceResult.ok) {
        final.ok = false;
        final.error = run->sourceResult.error;
        final.retryable = run->sourceResult.retryable;
        log(QStringLiteral("source %1 (%2) failed: %3").arg(run->config.name, run->config.location, final.error));
    }
    m_totals.added += final.added;
    m_totals.updated += final.updated;
    m_totals.removed += final.removed;
    m_totals.failed += final.failed;
    if (!final.ok)
        ++m_totals.sourcesFailed;

    const qint64 id = run->config.id;
    const QString name = run->config.name;
    std::shared_ptr<Run> keep = m_runs.take(id);  // keep the Run alive until the end of this scope
    if (keep->source)
        keep->source->disconnect(this);
    Q_EMIT sourceFinished(id, name, final);

    if (m_pending.remove(id))
        syncSource(id);
    if (m_runs.isEmpty()) {
        const SyncTotals totals = m_totals;
        m_totals = {};
        refreshWatches();
        Q_EMIT allFinished(totals);
    }
    // The Source may still be delivering queued signals from its own event: delete it later.
    if (keep->source)
        keep->source.release()->deleteLater();
}

void SyncManager::setWatching(bool enabled)
{
    if (!enabled) {
        delete m_watcher;
        m_watcher = nullptr;
        delete m_rescan;
        m_rescan = nullptr;
        return;
    }
    if (!m_watcher) {
        m_watcher = new QFileSystemWatcher(this);
        m_debounce = new QTimer(this);
        m_debounce->setSingleShot(true);
        m_debounce->setInterval(500);
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_debounce, qOverload<>(&QTimer::start));
        connect(m_debounce, &QTimer::timeout, this, &SyncManager::syncLocal);
        m_rescan = new QTimer(this);
        m_rescan->setInterval(m_rescanSeconds * 1000);
        connect(m_rescan, &QTimer::timeout, this, &SyncManager::syncLocal);
        m_rescan->start();
    }
    refreshWatches();
}

void SyncManager::refreshWatches()
{
    if (!m_watcher)
        return;
    QStringList wanted;
    for (const SourceConfig &config : m_store->sources()) {
        if (!config.enabled)
            continue;
        const SourceKind *kind = SourceRegistry::instance().kind(config.kind);
        if (kind && kind->watchPaths)
            wanted += kind->watchPaths(config);
    }
    const QStringList current = m_watcher->directories();
    QStringList toAdd;
    for (const QString &path : std::as_const(wanted)) {
        if (!current.contains(path) && QDir(path).exists())
            toAdd << path;
    }
    if (!toAdd.isEmpty())
        m_watcher->addPaths(toAdd);
}

void SyncManager::log(const QString &line)
{
    qWarning("%s", qPrintable(line));
    if (m_logDir.isEmpty())
        return;
    // O_NOFOLLOW, 0600: a symlink planted at logs/sync.log is never written through.
    QString error;
    if (!appendToPrivateFile(m_logDir + QStringLiteral("/sync.log"),
                             QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' + line.toUtf8() + '\n',
                             &error))
        qWarning("%s", qPrintable(error));
}

} // namespace fi
