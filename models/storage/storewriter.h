#pragma once
/// @file storewriter.h
/// @brief The writer thread: owns the only write connection and runs queued jobs on it,
/// one transaction per job (qBittorrent's dbresumedatastorage pattern, without coalescing:
/// a failing job rolls back alone and never takes other callers' writes with it).

#include <QFuture>
#include <QMutex>
#include <QPromise>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
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

    /// @param databasePath an existing, migrated database.
    explicit StoreWriter(QString databasePath);
    ~StoreWriter() override;  ///< Runs the queued jobs, then stops the thread.

    /// Start the thread and block until its connection is open. @return false with @p errorText.
    bool startAndWait(QString *errorText);

    /// Queue a raw job (runs outside any transaction). Thread-safe.
    void enqueue(Job job);

    /**
     * @brief Queue @p body to run inside BEGIN IMMEDIATE … COMMIT. Thread-safe.
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
        auto promise = std::make_shared<QPromise<T>>();
        QFuture<T> future = promise->future();
        promise->start();
        enqueue([this, promise, chain, body = std::move(body), onFailure = std::move(onFailure),
                 onCommit = std::move(onCommit)](WriteContext &ctx) {
            T result{};
            if (chain != 0 && m_failedChains.contains(chain)) {
                if (onFailure)
                    onFailure(result, kChainFailed);
                promise->addResult(result);
                promise->finish();
                return;
            }
            ctx.error.clear();
            bool ok = ctx.exec(QStringLiteral("BEGIN IMMEDIATE"));
            ok = ok && body(ctx, result);
            ok = ok && ctx.exec(QStringLiteral("COMMIT"));
            if (!ok) {
                const QString error = ctx.error;
                ctx.exec(QStringLiteral("ROLLBACK"));
                if (chain != 0)
                    m_failedChains.insert(chain);
                if (onFailure)
                    onFailure(result, error);
            } else if (onCommit) {
                onCommit(result);
            }
            promise->addResult(result);
            promise->finish();
        });
        return future;
    }

    /// Error text given to onFailure for a job refused because an earlier job of its chain failed.
    static const QString kChainFailed;

    /// Forget @p chain (queued: runs after every job queued before it). Call when no more jobs of
    /// the chain will come, e.g. when the sync run ended. Thread-safe.
    void endChain(quint64 chain);

    /// Block until every job queued before this call has run.
    void flush();

protected:
    void run() override;

private:
    QString m_path;
    QString m_connectionName;
    QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_ready;
    std::deque<Job> m_jobs;
    /// Chains with a failed job (see transact()). Writer thread only.
    QSet<quint64> m_failedChains;
    bool m_stopping = false;
    bool m_started = false;
    QString m_openError;
};

} // namespace fi
