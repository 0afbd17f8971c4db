#pragma once
/// @file changereplayservice.h
/// @brief Replays the change journal (pending_changes) to the sources, per source, on workers
/// (issue 10, "A change journal instead of JSON queues"; docs/decisions/0004).

#include <QHash>
#include <QObject>

#include <memory>

namespace fi {

class ItemStore;

namespace detail {
struct ReplayGate;     ///< The store as the replay workers reach it (changereplayservice.cpp).
struct ReplayOutcome;  ///< What one replay left behind (changereplayservice.cpp).
} // namespace detail

/**
 * @brief Listens to ItemStore::changesJournaled and, ItemStore::pendingChanges() of that source
 * in hand, runs a replayer made by the source's kind (SourceKind::createReplayer) on a worker
 * thread of its own pool, Timing::flushDelayMs after the last change (so a burst of triage is
 * replayed in one go). Each outcome the replayer reports is committed with
 * ItemStore::commitChangeOutcome() before the replayer goes on; once a commit fails, every
 * later report of that replay is refused (returns false) so nothing runs ahead of the journal.
 *
 * One replay at a time per source; changes journaled during a replay start another one right
 * after it. A replay that leaves changes behind (connection failure, changes not reported, a
 * failed commit) is retried with backoff (Timing::retryBaseMs · 2^(n−1), at most
 * Timing::retryMaxMs, see backoff.h), unless its ReplayResult says it is not retryable (wrong
 * password, untrusted certificate): then it waits for the next journaled change or start().
 * Sources whose kind has no replayer keep their rows untouched.
 *
 * Lives on, and must be used from, the thread of the store (the GUI thread); never blocks it on
 * the network. Does not own the store; the store must outlive the service. Once the service is
 * destroyed, a replay still running (a connection the replayer could not cut short) no longer
 * reaches the store: its remaining reports are refused and its changes stay journaled.
 */
class ChangeReplayService : public QObject {
    Q_OBJECT
public:
    struct Timing {
        int flushDelayMs = 1000;          ///< Gather changes for this long before replaying (ms).
        int retryBaseMs = 30 * 1000;      ///< First retry after a failed replay (ms).
        int retryMaxMs = 30 * 60 * 1000;  ///< Longest retry delay (ms).
    };
    ChangeReplayService(ItemStore *store, Timing timing, QObject *parent = nullptr);
    explicit ChangeReplayService(ItemStore *store, QObject *parent = nullptr);
    /// Longest wait for running replays at destruction (ms).
    static constexpr int kStopWaitMs = 500;
    /// Cancels running replays (ChangeReplayer::cancel()) and waits at most kStopWaitMs for them;
    /// what they did not report stays journaled for the next start().
    ~ChangeReplayService() override;

    /// Start listening, and replay what an earlier run left in the journal (also retries sources
    /// that were waiting for the user).
    void start();
    /// Changes of @p sourceId waiting in the journal.
    int pending(qint64 sourceId) const;

Q_SIGNALS:
    /// After a replay of @p sourceId ended: @p pending changes are left; @p error (translated)
    /// is empty when the replay itself succeeded. Not emitted for a source removed meanwhile.
    void flushed(qint64 sourceId, int pending, const QString &error);

private:
    struct Source;
    void onJournaled(qint64 sourceId);
    std::shared_ptr<Source> entry(qint64 sourceId);  ///< Created on first use.
    void schedule(qint64 sourceId, int delayMs);
    void replay(qint64 sourceId);
    void finished(qint64 sourceId, const detail::ReplayOutcome &outcome);

    ItemStore *m_store;
    Timing m_timing;
    /// The store as the workers see it: cleared at destruction (guarded by its own mutex).
    std::shared_ptr<detail::ReplayGate> m_gate;
    QHash<qint64, std::shared_ptr<Source>> m_sources;
};

} // namespace fi
