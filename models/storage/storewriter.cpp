#include "storage/storewriter.h"

#include "storage/database.h"

#include <QAtomicInteger>
#include <QCoreApplication>
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

StoreWriter::StoreWriter(QString databasePath)
    : m_path(std::move(databasePath)),
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
    QMutexLocker lock(&m_mutex);
    m_jobs.push_back(std::move(job));
    m_wake.wakeOne();
}

const QString StoreWriter::kChainFailed =
    QStringLiteral("not written: an earlier batch of the same sync run failed");

void StoreWriter::endChain(quint64 chain)
{
    if (chain != 0)
        enqueue([this, chain](WriteContext &) { m_failedChains.remove(chain); });
}

void StoreWriter::flush()
{
    auto promise = std::make_shared<QPromise<void>>();
    QFuture<void> future = promise->future();
    promise->start();
    enqueue([promise](WriteContext &) { promise->finish(); });
    future.waitForFinished();
}

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
        for (;;) {
            std::deque<Job> batch;
            {
                QMutexLocker lock(&m_mutex);
                while (m_jobs.empty() && !m_stopping)
                    m_wake.wait(&m_mutex);
                if (m_jobs.empty() && m_stopping)
                    break;
                batch.swap(m_jobs);
            }
            for (Job &job : batch)
                job(ctx);
        }
        ctx.clear();
        // Fold the WAL back into the main file on a clean shutdown.
        ctx.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    db::closeConnection(m_connectionName);
}

} // namespace fi

