#include "storage/storewriter.h"

#include "storage/database.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>

namespace fi {

namespace {
QAtomicInteger<quint64> s_writerSerial = 0;

/// SQLite's text, with a plain explanation in front when the disk is full or cannot be
/// written (SQLITE_FULL = 13, SQLITE_IOERR = 10; native codes may be extended: low byte).
QString describe(const QSqlError &error)
{
    const int primary = error.nativeErrorCode().toInt() & 0xff;
    if (primary == 13)
        return QCoreApplication::translate("fi::StoreWriter", "The disk is full (%1).").arg(error.text());
    if (primary == 10)
        return QCoreApplication::translate("fi::StoreWriter",
                                           "The database file cannot be written; the disk may be full or "
                                           "failing (%1).")
            .arg(error.text());
    return error.text();
}
} // namespace

QSqlQuery *WriteContext::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return it->second.get();
    auto query = std::make_unique<QSqlQuery>(m_db);
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        error = describe(query->lastError());
        return nullptr;
    }
    return m_statements.emplace(sql, std::move(query)).first->second.get();
}

bool WriteContext::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    error = describe(query.lastError());
    query.finish();
    return false;
}

bool WriteContext::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    error = describe(query.lastError());
    return false;
}

StoreWriter::StoreWriter(QString databasePath, GroupHooks hooks)
    : m_path(std::move(databasePath)),
      m_hooks(std::move(hooks)),
      m_connectionName(QStringLiteral("fi-write-%1").arg(s_writerSerial.fetchAndAddRelaxed(1)))
{
    setObjectName(QStringLiteral("fi-store-writer"));
}

StoreWriter::~StoreWriter()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    wait();
}

bool StoreWriter::startAndWait(QString *errorText)
{
    QMutexLocker lock(&m_mutex);
    start();
    while (!m_started)
        m_ready.wait(&m_mutex);
    if (!m_openError.isEmpty()) {
        if (errorText)
            *errorText = m_openError;
        return false;
    }
    return true;
}

void StoreWriter::enqueue(Job job)
{
    enqueueEntry(Entry{Entry::Raw, std::move(job), {}});
}

void StoreWriter::enqueueEntry(Entry entry)
{
    QMutexLocker lock(&m_mutex);
    m_jobs.push_back(std::move(entry));
    m_wake.wakeOne();
}

const QString StoreWriter::kChainFailed =
    QStringLiteral("not written: an earlier batch of the same sync run failed");

void StoreWriter::endChain(quint64 chain)
{
    if (chain != 0)
        enqueueEntry(Entry{Entry::Control, [this, chain](WriteContext &) { m_failedChains.remove(chain); }, {}});
}

void StoreWriter::flush()
{
    auto promise = std::make_shared<QPromise<void>>();
    QFuture<void> future = promise->future();
    promise->start();
    enqueue([promise](WriteContext &) { promise->finish(); });
    future.waitForFinished();
}

/// One group commit on the writer thread (see StoreWriter::transact()).
class StoreWriter::Group {
public:
    Group(WriteContext &ctx, QSet<quint64> &failedChains, const GroupHooks &hooks)
        : m_ctx(ctx), m_failedChains(failedChains), m_hooks(hooks)
    {
    }
    ~Group() { commit(); }

    bool isOpen() const { return m_open; }
    bool isFull() const
    {
        return m_open && (int(m_pending.size()) >= kMaxGroupJobs || m_timer.elapsed() >= kMaxGroupMs);
    }

    void add(TxJob job)
    {
        if (job.chain != 0 && m_failedChains.contains(job.chain)) {
            job.failed(kChainFailed);
            return;
        }
        m_ctx.error.clear();
        if (!m_open) {
            if (!m_ctx.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
                fail(job, m_ctx.error);
                return;
            }
            if (!runAll(m_hooks.afterBegin)) {
                const QString error = m_ctx.error;
                m_ctx.exec(QStringLiteral("ROLLBACK"));
                fail(job, error);
                return;
            }
            m_open = true;
            m_timer.start();
        }
        if (!m_ctx.exec(QStringLiteral("SAVEPOINT job"))) {
            abandon(m_ctx.error, job);
            return;
        }
        if (job.body(m_ctx) && m_ctx.exec(QStringLiteral("RELEASE job"))) {
            m_pending.push_back(std::move(job));
            return;
        }
        const QString error = m_ctx.error;
        // SQLite may have rolled the whole transaction back (SQLITE_FULL, IOERR, BUSY, NOMEM):
        // then the savepoint is gone too and the group's earlier jobs are lost with it.
        if (m_ctx.exec(QStringLiteral("ROLLBACK TO job")) && m_ctx.exec(QStringLiteral("RELEASE job")))
            fail(job, error);
        else
            abandon(error, job);
    }

    /// COMMIT the group and finish its jobs' futures; a failed COMMIT fails all of them.
    void commit()
    {
        if (!m_open)
            return;
        m_open = false;
        m_ctx.error.clear();
        std::vector<TxJob> jobs;
        jobs.swap(m_pending);
        if (runAll(m_hooks.beforeCommit) && m_ctx.exec(QStringLiteral("COMMIT"))) {
            for (TxJob &job : jobs)
                job.committed();
            return;
        }
        const QString error = m_ctx.error;
        m_ctx.exec(QStringLiteral("ROLLBACK"));
        for (TxJob &job : jobs)
            fail(job, error);
    }

private:
    bool runAll(const QStringList &statements)
    {
        for (const QString &sql : statements) {
            if (!m_ctx.exec(sql))
                return false;
        }
        return true;
    }
    void fail(TxJob &job, const QString &error)
    {
        if (job.chain != 0)
            m_failedChains.insert(job.chain);
        job.failed(error);
    }
    /// The transaction is lost: roll back what is left and fail @p current and every pending job.
    void abandon(const QString &error, TxJob &current)
    {
        m_ctx.exec(QStringLiteral("ROLLBACK"));
        m_open = false;
        std::vector<TxJob> jobs;
        jobs.swap(m_pending);
        for (TxJob &job : jobs)
            fail(job, error);
        fail(current, error);
    }

    WriteContext &m_ctx;
    QSet<quint64> &m_failedChains;
    const GroupHooks &m_hooks;
    std::vector<TxJob> m_pending;
    QElapsedTimer m_timer;
    bool m_open = false;
};

void StoreWriter::run()
{
    QString error;
    QSqlDatabase db = db::openConnection(m_path, m_connectionName, db::Role::Write, &error);
    {
        QMutexLocker lock(&m_mutex);
        m_started = true;
        m_openError = db.isOpen() ? QString() : (error.isEmpty() ? QStringLiteral("open failed") : error);
        m_ready.wakeAll();
        if (!db.isOpen()) {
            // Nothing can be written: fail every job by running it without a connection
            // would be wrong, so drop them; their promises cancel when destroyed.
            m_jobs.clear();
            return;
        }
    }
    {
        WriteContext ctx(db);
        db = QSqlDatabase();
        {
            Group group(ctx, m_failedChains, m_hooks);
            for (;;) {
                Entry entry;
                {
                    QMutexLocker lock(&m_mutex);
                    if (m_jobs.empty() && group.isOpen()) {
                        // Nothing more queued: the group ends here (never waits for more work).
                        lock.unlock();
                        group.commit();
                        continue;
                    }
                    while (m_jobs.empty() && !m_stopping)
                        m_wake.wait(&m_mutex);
                    if (m_jobs.empty() && m_stopping)
                        break;
                    entry = std::move(m_jobs.front());
                    m_jobs.pop_front();
                }
                switch (entry.kind) {
                case Entry::Raw:
                    group.commit();
                    entry.raw(ctx);
                    break;
                case Entry::Control:
                    entry.raw(ctx);
                    break;
                case Entry::Transaction:
                    group.add(std::move(entry.tx));
                    if (group.isFull())
                        group.commit();
                    break;
                }
            }
        }
        ctx.clear();
        // Fold the WAL back into the main file on a clean shutdown.
        ctx.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    db::closeConnection(m_connectionName);
}

} // namespace fi

