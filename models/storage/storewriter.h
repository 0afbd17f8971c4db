#pragma once
/// @file storewriter.h
/// @brief The writer thread: owns the only write connection and runs queued jobs on it,
/// one savepoint per job inside group commits (qBittorrent's dbresumedatastorage pattern; a
/// failing job rolls back to its savepoint alone and never takes other callers' writes with it).

#include <QFuture>
#include <QMutex>
#include <QPromise>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <memory>
#include <unordered_map>

namespace fi {

/// What a job gets: the write connection and a cache of prepared statements.
/// Lives on the writer thread only.
class WriteContext {
public:
    explicit WriteContext(QSqlDatabase db) : m_db(std::move(db)) {}
    ~WriteContext() { clear(); }

    QSqlDatabase &db() { return m_db; }
    /// A statement prepared once per connection and reused; bind values by position.
    /// Returns nullptr (and sets error()) if it does not prepare. Call finish() after SELECTs.
    QSqlQuery *prepared(const QString &sql);
    /// exec() @p query; on failure remember its error text and return false.
    bool exec(QSqlQuery &query);
    /// Run a statement without values (DDL, BEGIN/COMMIT).
    bool exec(const QString &sql);

    /// Last error text (English, from SQLite); set by prepared()/exec() or by a job.
    QString error;

    /// Drop all cached statements (before the connection closes).
    void clear() { m_statements.clear(); }

private:
    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

class StoreWriter : public QThread {
public:
    using Job = std::function<void(WriteContext &)>;

    /// Group commit limits: transactional jobs already queued run one after another inside ONE
    /// BEGIN IMMEDIATE … COMMIT, each in its own SAVEPOINT, until kMaxGroupJobs jobs or
    /// kMaxGroupMs of work. Measured with bench/feeds (500 feeds × 50 entries, one batch each):
    /// one commit per batch spent ~25 % of the writer's time rewriting the same B-tree and
    /// FTS5 pages into the WAL and syncing it.
    static constexpr int kMaxGroupJobs = 64;
    static constexpr int kMaxGroupMs = 250;

    /// Statements the writer runs at the edges of every group commit, without values: after
    /// BEGIN IMMEDIATE and just before COMMIT (ItemStore's deferred full-text indexing,
    /// migration 0005). A failing statement fails the group like a failed COMMIT.
    struct GroupHooks {
        QStringList afterBegin;
        QStringList beforeCommit;
    };
    /// @param databasePath an existing, migrated database.
    /// @param hooks run at the edges of every group commit (see GroupHooks).
    explicit StoreWriter(QString databasePath, GroupHooks hooks = {});
    ~StoreWriter() override;  ///< Runs the queued jobs, then stops the thread.

    /// Start the thread and block until its connection is open. @return false with @p errorText.
    bool startAndWait(QString *errorText);
    /// Queue a raw job (runs outside any transaction: a group in progress commits first). Thread-safe.
    void enqueue(Job job);

    /**
     * @brief Queue @p body to run inside a transaction. Thread-safe.
     *
     * Jobs queued back to back share one transaction (group commit, see kMaxGroupJobs), each in
     * its own SAVEPOINT: a job whose body fails is rolled back to its savepoint alone and never
     * takes other callers' writes with it. If the shared COMMIT itself fails (a full disk, an
     * I/O error), or SQLite rolled the whole transaction back on such an error, every job of
     * the group fails with that error and nothing of them is written.
     * @param body fills the result; returns false to roll back (set ctx.error).
     * @param onFailure adjusts the result after a rollback (gets the error text). Also called,
     *        without running @p body, for a job of a failed @p chain (error text kChainFailed).
     * @param onCommit runs on the writer thread after COMMIT, before the future finishes
     *        (used to post change signals).
     * @param chain 0, or the id of a chain of jobs that depend on each other in queue order
     *        (the batches of one sync run: each carries sync state that claims everything before
     *        it as committed). Once one job of a chain fails (BEGIN, a statement or COMMIT),
     *        every later job of that chain is refused on the writer thread without touching the
     *        database, until endChain(). Jobs of other chains and unchained jobs are unaffected.
     */
    template <typename T>
    QFuture<T> transact(std::function<bool(WriteContext &, T &)> body,
                        std::function<void(T &, const QString &)> onFailure,
                        std::function<void(const T &)> onCommit = {}, quint64 chain = 0)
    {
        struct State {
            QPromise<T> promise;
            T result{};
        };
        auto state = std::make_shared<State>();
        QFuture<T> future = state->promise.future();
        state->promise.start();
        TxJob job;
        job.chain = chain;
        job.body = [state, body = std::move(body)](WriteContext &ctx) { return body(ctx, state->result); };
        job.failed = [state, onFailure = std::move(onFailure)](const QString &error) {
            state->result = T{};
            if (onFailure)
                onFailure(state->result, error);
            state->promise.addResult(state->result);
            state->promise.finish();
        };
        job.committed = [state, onCommit = std::move(onCommit)] {
            if (onCommit)
                onCommit(state->result);
            state->promise.addResult(state->result);
            state->promise.finish();
        };
        enqueueEntry(Entry{Entry::Transaction, {}, std::move(job)});
        return future;
    }

    /// Error text given to onFailure for a job refused because an earlier job of its chain failed.
    static const QString kChainFailed;

    /// Forget @p chain (queued: runs after every job queued before it). Call when no more jobs of
    /// the chain will come, e.g. when the sync run ended. Thread-safe. Touches no table, so it
    /// does not end a group commit.
    void endChain(quint64 chain);

    /// Block until every job queued before this call has run (and committed).
    void flush();

protected:
    void run() override;

private:
    /// A transactional job, type-erased (see transact()).
    struct TxJob {
        quint64 chain = 0;
        std::function<bool(WriteContext &)> body;
        std::function<void(const QString &)> failed;  ///< Rolled back or refused.
        std::function<void()> committed;
    };
    struct Entry {
        enum Kind { Raw, Control, Transaction };
        Kind kind = Raw;
        Job raw;    ///< Raw (outside a transaction) or Control (touches no table; may run inside a group).
        TxJob tx;
    };
    void enqueueEntry(Entry entry);
    /// Run the transactional jobs of a group; the group ends at a Raw entry or the limits.
    class Group;

    QString m_path;
    GroupHooks m_hooks;
    QString m_connectionName;
    QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_ready;
    std::deque<Entry> m_jobs;
    /// Chains with a failed job (see transact()). Writer thread only.
    QSet<quint64> m_failedChains;
    bool m_stopping = false;
    bool m_started = false;
    QString m_openError;
};

} // namespace fi
