#pragma once
/// @file writebackservice.h
/// @brief Mirrors triage to IMAP servers (issue 3, "Write-back"): marking an item done sets
/// \Seen and, with an archive folder, MOVEs it there (RFC 6851); opening it sets \Seen.

#include "domain/tier.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace fi {

class ItemStore;


/**
 * @brief Listens to ItemStore::itemStateChanged (Done) and ItemStore::itemSeenChanged (true),
 * queues the action in the account's durable fi::imap::WriteBackQueue
 * (<dataDir>/imap-writeback-<sourceId>.json) when the account has write-back on
 * (Account::writeBack, default on), and flushes the queue on a worker thread shortly after.
 * A failed flush (server down, timeout) keeps the actions and is retried with backoff
 * (Timing::retryBaseMs · 2^(n−1), at most Timing::retryMaxMs); queues left over from a previous
 * run are flushed at start(). Nothing is lost: the queue file is rewritten atomically.
 *
 * Lives on, and must be used from, the GUI thread; never blocks it on the network (the password
 * lookup and the IMAP session run in QtConcurrent). Does not own the store.
 */
class WriteBackService : public QObject {
    Q_OBJECT
public:
    struct Timing {
        int flushDelayMs = 1000;   ///< Gather actions for this long before connecting.
        int retryBaseMs = 30 * 1000;
        int retryMaxMs = 30 * 60 * 1000;
    };
    WriteBackService(ItemStore *store, QString dataDir, Timing timing, QObject *parent = nullptr);
    WriteBackService(ItemStore *store, QString dataDir, QObject *parent = nullptr);
    /// Longest wait for running flushes at destruction (ms).
    static constexpr int kStopWaitMs = 500;
    /// Stops running flushes (their connections are shut down) and waits at most kStopWaitMs;
    /// their unapplied actions stay queued for the next start().
    ~WriteBackService() override;

    /// Start listening and flush queues left from an earlier run.
    void start();
    /// Actions waiting for @p sourceId.
    int pending(qint64 sourceId) const;
    /// Path of the queue file of @p sourceId.
    QString queueFile(qint64 sourceId) const;

Q_SIGNALS:
    /// After a flush attempt: @p pending actions are left; @p error is empty on success.
    void flushed(qint64 sourceId, int pending, const QString &error);

private:
    struct Account;
    void onStateChanged(const QList<qint64> &ids, fi::ItemState state);
    void onSeenChanged(const QList<qint64> &ids, bool seen);
    void enqueue(const QList<qint64> &ids, bool done);
    std::shared_ptr<Account> accountFor(qint64 sourceId);  ///< Created on first use.
    void scheduleFlush(qint64 sourceId, int delayMs);
    void flush(qint64 sourceId);

    ItemStore *m_store;
    QString m_dataDir;
    Timing m_timing;
    QHash<qint64, std::shared_ptr<Account>> m_accounts;
};

} // namespace fi
