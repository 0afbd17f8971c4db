#pragma once
/// @file storewriter.h
/// @brief The writer thread: owns the only write connection and runs queued jobs on it,
/// one transaction per job (qBittorrent's dbresumedatastorage pattern, without coalescing:
/// a failing job rolls back alone and never takes other callers' writes with it).

#include <QFuture>
#include <QMutex>
#include <QPromise>
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
     * @param onFailure adjusts the result after a rollback (gets the error text).
     * @param onCommit runs on the writer thread after COMMIT, before the future finishes
     *        (used to post change signals).
     */
    template <typename T>
    QFuture<T> transact(std::function<bool(WriteContext &, T &)> body,
                        std::function<void(T &, const QString &)> onFailure,
                        std::function<void(const T &)> onCommit = {})
    {
        auto promise = std::make_shared<QPromise<T>>();
        QFuture<T> future = promise->future();
        promise->start();
        enqueue([promise, body = std::move(body), onFailure = std::move(onFailure),
                 onCommit = std::move(onCommit)](WriteContext &ctx) {
            T result{};
            ctx.error.clear();
            bool ok = ctx.exec(QStringLiteral("BEGIN IMMEDIATE"));
            ok = ok && body(ctx, result);
            ok = ok && ctx.exec(QStringLiteral("COMMIT"));
            if (!ok) {
                const QString error = ctx.error;
                ctx.exec(QStringLiteral("ROLLBACK"));
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
    bool m_stopping = false;
    bool m_started = false;
    QString m_openError;
};

} // namespace fi
