#pragma once
/// @file source.h
/// @brief The contract every source kind implements (Akonadi ResourceBase style):
/// retrieve since a sync state, report batches incrementally, abort, report errors.

#include "domain/item.h"
#include "sources/knownitems.h"

#include <QHash>
#include <QObject>
#include <QSemaphore>
#include <QVariantMap>

#include <atomic>
#include <functional>
#include <memory>

namespace fi {

/// A configured source as stored in the `sources` table.
struct SourceConfig {
    qint64 id = 0;
    QString kind;          ///< The kind's registry key (SourceKind::key; sourceregistry.h).
    QString name;          ///< User-visible name.
    QString location;      ///< Kind-specific: Maildir root path, IMAP URL, feed URL.
    QVariantMap settings;  ///< Kind-specific options (stored as JSON). Never secrets.
    bool enabled = true;
    bool sample = false;   ///< The embedded sample workspace.
};

/// A flag change for an item the store already has.
struct FlagUpdate {
    QString remoteId;
    QString locator;       ///< New locator (Maildir file names change with flags).
    QString fingerprint;
    ItemFlags flags;
};

/// One incremental unit of work from a source; the store commits it in one transaction.
struct SourceBatch {
    QList<ItemRecord> upserts;      ///< New or changed items (full records).
    QList<FlagUpdate> flagUpdates;  ///< Changed flags/locators of known items.
    QStringList removedRemoteIds;   ///< Items that disappeared at the source.
    /// Opaque per-folder sync state to persist with this batch (folder → state);
    /// empty map = unchanged. Committed in the same transaction as the items.
    QMap<QString, QByteArray> syncState;
    /// Non-empty: the source moved permanently (a feed's HTTP 301/308 redirect, RFC 9110
    /// §15.4.2/§15.4.9) and SourceConfig::location becomes this, in the batch's transaction.
    QString location;
};

/// A message or entry the source could not read. It is counted, logged and shown; the sync goes on.
struct SourceError {
    QString where;   ///< Path, URL or remote id of the failing input.
    QString reason;  ///< Human-readable, translated.
};

/// Outcome of one sync run.
struct SyncResult {
    bool ok = true;           ///< false when the source failed entirely (unreachable, missing dir…).
    QString error;            ///< Why it failed, when !ok.
    int added = 0;
    int updated = 0;
    int removed = 0;
    int failed = 0;           ///< Items that could not be parsed (see SourceError).
    bool aborted = false;
    /// When !ok: whether trying again later may help (network trouble) rather than needing the
    /// user to fix the configuration (wrong password, untrusted certificate, bad settings).
    bool retryable = true;
};

/// What became of records a connector delivered itself (PushWatcher::Deliver).
struct Delivered {
    bool ok = false;
    QString error;            ///< Translated reason when !ok (the store refused the batch).
    QList<qint64> itemIds;    ///< Row id of each upserted record, in the batch's order (when ok).
    QList<bool> created;      ///< Per record: whether it was new (false = an update of a stored item).
};

/**
 * @brief A kind's long-lived connector (SourceKind::createConnector): push notification of
 * changes at a remote source (IMAP IDLE, RFC 2177), so new items arrive without waiting for the
 * next poll; or, for an inbound kind (SourceKind::Capability::Inbound: the local webhook), the
 * listener that receives the items themselves and hands them over with deliver(). Lives on the
 * thread that created it; blocking network work happens on its own worker thread and the
 * signals are delivered queued on the owner thread. Destroying it stops the worker (bounded by
 * the network timeout).
 */
class PushWatcher : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~PushWatcher() override = default;
    /// Connect and start listening. Call once.
    virtual void start() = 0;

    /// Stores records an inbound connector received, like a sync batch (tiers, deadlines,
    /// notifications: SyncManager::deliver()), and calls @p done once on the owner thread after
    /// the commit (or the refusal). Only upserts are used.
    using Deliver = std::function<void(const SourceBatch &batch, std::function<void(const Delivered &)> done)>;
    /// Set by whoever runs the connector (SyncScheduler), before start(). Owner thread.
    void setDeliver(Deliver deliver) { m_deliver = std::move(deliver); }

    /// One translated sentence for the source's status details while established(), e.g. "New
    /// mail arrives as soon as the server reports it (IMAP IDLE)." Empty = a generic text.
    virtual QString description() const { return {}; }
    /// A short translated status line while established(), e.g. "Listening on :8765".
    /// Empty = the generic "Up to date · instant".
    virtual QString summary() const { return {}; }

protected:
    /// Hand @p batch to the Deliver function; without one, @p done gets a failure at once.
    void deliver(const SourceBatch &batch, std::function<void(const Delivered &)> done) const
    {
        if (m_deliver) {
            m_deliver(batch, std::move(done));
        } else if (done) {
            Delivered refused;
            refused.error = tr("The app is not ready to store items yet.");
            done(refused);
        }
    }

Q_SIGNALS:
    /// The server is pushing changes now (e.g. the IDLE command was accepted).
    void established();
    /// Something changed at the source: sync it.
    void changed();
    /// The server cannot push (e.g. no IDLE capability): rely on polling. Final.
    void unavailable(const QString &reason);
    /// The connection failed or dropped (translated reason). Final; start a new watcher to retry.
    void failed(const QString &reason);

private:
    Deliver m_deliver;
};

/**
 * @brief Abstract source. Lives on the thread that created it (the GUI / main thread);
 * implementations do blocking work (file scans, parsing, network) on worker threads and
 * emit the signals below from the owner thread (queued), so receivers need no locking.
 *
 * Lifecycle: start() → zero or more batchReady()/progress()/itemFailed() → exactly one finished().
 * The receiver must consume each batch before the source moves on only in the sense of
 * ordering: batches are emitted in order and each may depend on the previous being applied.
 */
class Source : public QObject {
    Q_OBJECT
public:
    explicit Source(SourceConfig config, QObject *parent = nullptr)
        : QObject(parent), m_config(std::move(config)) {}
    ~Source() override = default;

    const SourceConfig &config() const { return m_config; }

    /**
     * @brief Begin a sync. Returns immediately.
     * @param known  What the store has for this source (remoteId → fingerprint), read on the first
     *               known.items() (any thread): a sync that finds nothing changed should not ask.
     * @param syncState Persisted per-folder state from the last committed batch.
     */
    virtual void start(const KnownItemsProvider &known, const QMap<QString, QByteArray> &syncState) = 0;

    /// Ask a running sync to stop soon; finished() is still emitted (with aborted = true).
    virtual void abort() = 0;

    /**
     * @brief Flow control between the source's worker and the store (bounded memory).
     *
     * With @p maxBatches > 0 (SyncManager sets kMaxBatchesAhead before start()), a source whose
     * worker produces batches faster than the store writes them waits in acquireBatchCredit()
     * until the store has run an earlier batch's statements (batchCreditReleaser(), called by
     * the store writer): at most @p maxBatches batches are parsed and not yet written, so a
     * first sync of 100,000 messages holds a few batches in memory, not the whole backlog.
     * 0 (the default, e.g. a test that only listens to batchReady) = no limit.
     * Owner thread; call before start().
     */
    void setMaxBatchesAhead(int maxBatches)
    {
        m_maxBatchesAhead = maxBatches;
        m_credits = std::make_shared<QSemaphore>(maxBatches);
    }
    /// What the receiver calls once it is done with one batch (written or refused), from any
    /// thread, even after this source is gone. Empty when there is no limit.
    std::function<void()> batchCreditReleaser() const
    {
        if (m_maxBatchesAhead <= 0)
            return {};
        return [credits = m_credits] { credits->release(); };
    }
    /// SyncManager's limit: enough to keep the writer busy while the next batch is parsed.
    static constexpr int kMaxBatchesAhead = 4;

    // What a source's kind offers besides a sync run (poll interval, push connector, watch
    // paths, content) is in its SourceKind descriptor (sourceregistry.h), not here.

Q_SIGNALS:
    void batchReady(const fi::SourceBatch &batch);
    /// @param done items processed so far; @param total best estimate (0 = unknown).
    void progress(int done, int total);
    void itemFailed(const fi::SourceError &error);
    void finished(const fi::SyncResult &result);

protected:
    /// For the worker thread, before it posts a batch: wait for a credit (see setMaxBatchesAhead()).
    /// @return false if @p abort became true while waiting (post nothing then).
    bool acquireBatchCredit(const std::atomic_bool &abort)
    {
        if (m_maxBatchesAhead <= 0)
            return true;
        while (!m_credits->tryAcquire(1, 100)) {
            if (abort.load())
                return false;
        }
        return true;
    }

private:
    SourceConfig m_config;
    std::atomic_int m_maxBatchesAhead{0};
    std::shared_ptr<QSemaphore> m_credits = std::make_shared<QSemaphore>(0);
};

} // namespace fi

Q_DECLARE_METATYPE(fi::SourceBatch)
Q_DECLARE_METATYPE(fi::SourceError)
Q_DECLARE_METATYPE(fi::SyncResult)
