#pragma once
/// @file syncscheduler.h
/// @brief When remote sources sync: per-account poll interval, push (IMAP IDLE) and retry with
/// exponential backoff after a failure; and the per-source status the UI shows.

#include "sources/source.h"

#include <QHash>
#include <QObject>

#include <memory>

class QTimer;

namespace fi {

class ItemStore;
class SyncManager;

/// What the user sees about one source (sidebar, tooltips).
struct SourceStatus {
    enum class State {
        Idle,    ///< Not syncing; the last run (if any) succeeded.
        Syncing, ///< A run is in progress.
        Failed,  ///< The last run failed; see error / nextSyncMs.
    };
    State state = State::Idle;
    QString error;               ///< Translated reason of the last failure (Failed only).
    bool retryable = true;       ///< Failed: whether a retry is scheduled (network) or the user must act.
    int consecutiveFailures = 0;
    qint64 lastSuccessMs = 0;    ///< UTC epoch ms of the last successful run; 0 = never (this session).
    qint64 nextSyncMs = 0;       ///< UTC epoch ms of the next scheduled poll or retry; 0 = none.
    bool pushActive = false;     ///< A push connection (IDLE) or an inbound listener is established.
    /// While pushActive: the connector's PushWatcher::summary() / description() (may be empty).
    QString pushSummary;
    QString pushDescription;
    /// The source's kind delivers items itself (SourceKind::Capability::Inbound): it is never
    /// synced; a failure is its listener's (e.g. the port is taken).
    bool inbound = false;
    int added = 0;               ///< Items new in the last successful run.
};

/**
 * @brief Schedules syncs of remote sources (SourceKind::pollSeconds() > 0) and tracks the
 * status of every source.
 *
 * - Poll: each remote source syncs pollIntervalSeconds after its last run finished (default
 *   IMAP 120 s, per-account setting, minimum 30 s — issue 3).
 * - Push: where the kind offers a connector (SourceKind::createConnector: IMAP IDLE, RFC 2177)
 *   it runs beside the poll;
 *   a reported change syncs the source at once; changes reported in the Timing::pushDebounceMs
 *   after that make one more sync at the window's end (a burst of deliveries costs two syncs,
 *   not one per message). A watcher that fails is
 *   restarted with the same backoff as syncs; one whose server cannot push is not restarted.
 * - Retry: a run that fails with SyncResult::retryable is retried after
 *   retryDelayMs(consecutive failures): Timing::retryBaseMs · 2^(n−1), at most
 *   Timing::retryMaxMs (30 s, 60 s, 2 min … 30 min). A non-retryable failure (wrong password,
 *   untrusted certificate) waits for the user: retryNow(), a manual sync or an edited source.
 *
 * - Inbound: a kind that receives its items (SourceKind::Capability::Inbound: the local
 *   webhook) gets its connector (a listener) started whatever its poll interval, with
 *   PushWatcher::setDeliver() wired to SyncManager::deliver(); when it fails (the port is taken)
 *   the source shows Failed with the reason and the listener is retried with the same backoff.
 *
 * Local sources are left to SyncManager's file watches and periodic rescan; only their status
 * is tracked. Lives on, and must be used from, the GUI thread. Does not own its arguments.
 */
class SyncScheduler : public QObject {
    Q_OBJECT
public:
    /// Intervals in ms. Defaults are the product's; tests shorten them.
    struct Timing {
        int retryBaseMs = 30 * 1000;
        int retryMaxMs = 30 * 60 * 1000;
        int pushDebounceMs = 500;  ///< window after a push-triggered sync that coalesces pushes
    };

    SyncScheduler(SyncManager *sync, ItemStore *store, Timing timing, QObject *parent = nullptr);
    SyncScheduler(SyncManager *sync, ItemStore *store, QObject *parent = nullptr);
    ~SyncScheduler() override;

    /// Read the sources and start push watchers; follows ItemStore::sourcesChanged() afterwards.
    /// Also asks every kind to keep its connections between syncs until the scheduler is gone.
    void start();

    SourceStatus status(qint64 sourceId) const;
    /// Delay before retry number @p consecutiveFailures (≥ 1), in ms.
    static qint64 retryDelayMs(int consecutiveFailures, const Timing &timing);

public Q_SLOTS:
    /// Sync now, forgetting the backoff (the user fixed something or asked for it).
    void retryNow(qint64 sourceId);

Q_SIGNALS:
    void statusChanged(qint64 sourceId);

private:
    struct Entry;
    /// Tell every kind to keep (or stop keeping) connections between syncs (SourceKind::keepConnections).
    void keepConnections(bool keep);
    void refreshSources();
    void onStarted(qint64 sourceId);
    void onFinished(qint64 sourceId, const SyncResult &result);
    void schedule(Entry &entry, qint64 delayMs);
    void startPush(qint64 sourceId);
    void pushFailed(qint64 sourceId, const QString &reason);

    SyncManager *m_sync;
    ItemStore *m_store;
    Timing m_timing;
    QHash<qint64, std::shared_ptr<Entry>> m_entries;
    bool m_keepingConnections = false;
};

} // namespace fi
Q_DECLARE_METATYPE(fi::SourceStatus)
