#pragma once
/// @file syncmanager.h
/// @brief Orchestrates source syncs: starts sources, tiers their batches, feeds the store,
/// watches local sources for changes and reports progress.

#include "sources/source.h"
#include "sync/tiering.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

class QFileSystemWatcher;
class QTimer;

namespace fi {

class ItemStore;

/// Totals of one syncAll() run.
struct SyncTotals {
    int sources = 0;
    int sourcesFailed = 0;  ///< Sources that failed entirely (unreachable, missing directory, …).
    int added = 0;
    int updated = 0;
    int removed = 0;
    int failed = 0;         ///< Items that could not be read (see itemFailed()).
};

/**
 * @brief Runs syncs of configured sources. Lives on, and must be used from, the thread that
 * created it (GUI thread in the app, main thread in the CLI); the sources do their blocking work
 * elsewhere. At most one sync per source runs at a time; a request during a run is queued once.
 *
 * Does not own the store. Item errors are logged to <logDir>/sync.log with their origin.
 */
class SyncManager : public QObject {
    Q_OBJECT
public:
    SyncManager(ItemStore *store, const AppConfig &config, QString logDir, QObject *parent = nullptr);
    ~SyncManager() override;

    /// Sync every enabled source. allFinished() follows once all of them finished.
    void syncAll();
    /// Sync one source by id (ignored if unknown, disabled or inbound: SourceKind::Capability::Inbound).
    void syncSource(qint64 sourceId);
    /// Sync every enabled local source (SourceKind::pollSeconds() == 0); remote sources are
    /// polled on their own schedule (SyncScheduler).
    void syncLocal();
    /// Watch local sources (QFileSystemWatcher, debounced 500 ms) and rescan them every
    /// AppConfig::rescanIntervalSeconds as a safety net (syncLocal()).
    void setWatching(bool enabled);
    /**
     * @brief Store records that source @p sourceId received itself (an inbound connector: the
     * local webhook; or `focusinbox push`), as one transaction: each upsert is tiered and given
     * its deadline like a synced record (Tiering::apply; a record's requestedDueMs overrides the
     * policy), stored (an upsert of a known remoteId updates that item, keeping its triage
     * state), and newItems() reports the new ones. Flag updates and removals are ignored.
     * @p done (may be empty) is called once on this object's thread after the commit, with the
     * row id of each upsert in order, or with the store's reason when it refused the batch or
     * the source is unknown or disabled. No sync run is involved (sourceStarted/Finished are
     * not emitted). Errors are logged to sync.log.
     */
    void deliver(qint64 sourceId, const SourceBatch &batch, std::function<void(const Delivered &)> done);
    /// Replace configuration (rules, policies) for the next batches.
    void setConfig(const AppConfig &config);
    bool isSyncing() const;

Q_SIGNALS:
    void sourceStarted(qint64 sourceId, const QString &name);
    void sourceProgress(qint64 sourceId, const QString &name, int done, int total);
    void itemFailed(qint64 sourceId, const fi::SourceError &error);
    /// After the last batch of that run has committed.
    void sourceFinished(qint64 sourceId, const QString &name, const fi::SyncResult &result);
    /// After every source of a syncAll() (or of overlapping single syncs) finished.
    void allFinished(const fi::SyncTotals &totals);
    /// Ids of items that were new in a committed batch, and of done items that new activity
    /// reopened (StoreBatchResult::reopenedIds), for notifications.
    void newItems(const QList<qint64> &ids);

private:
    struct Run;
    void startRun(const SourceConfig &config);
    void onBatch(Run *run, const SourceBatch &batch);
    void onFinished(Run *run, const SyncResult &result);
    void completeRun(Run *run);
    void refreshWatches();
    void log(const QString &line);

    ItemStore *m_store;
    std::unique_ptr<Tiering> m_tiering;
    QStringList m_sentFolders;  ///< AppConfig::sentFolders (reply detection, mail/replydetection.h)
    QString m_logDir;
    QHash<qint64, std::shared_ptr<Run>> m_runs;
    QSet<qint64> m_pending;
    SyncTotals m_totals;
    int m_rescanSeconds = 60;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_debounce = nullptr;
    QTimer *m_rescan = nullptr;
};

} // namespace fi

Q_DECLARE_METATYPE(fi::SyncTotals)
